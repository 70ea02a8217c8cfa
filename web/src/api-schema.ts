// GENERATED from src/http/openapi.json by openapi-typescript — do not edit by hand.
// Regenerate after changing openapi.json:  cd web && npm run gen:api
// scripts/test.sh fails when this file differs from what the generator makes of openapi.json.
export interface paths {
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Health check
         * @description Not under /api/v1. Runs a trivial read transaction against the database.
         */
        get: operations["health"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Prometheus metrics
         * @description Not under /api/v1. Served to loopback clients only; when the server's metrics_token is set, only to Authorization: Bearer <metrics_token> (loopback included).
         */
        get: operations["metrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** This API description */
        get: operations["openapi"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/signup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create an account and log in */
        post: operations["signUp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Log in with e-mail and password */
        post: operations["logIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End the current session */
        post: operations["logOut"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List your API tokens */
        get: operations["listTokens"];
        put?: never;
        /**
         * Create an API token
         * @description Takes the account's e-mail and password (not a session), so scripts can obtain a token.
         */
        post: operations["createToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke an API token */
        delete: operations["revokeToken"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your account and full profile */
        get: operations["getMe"];
        put?: never;
        post?: never;
        /** Delete your account and all of its data */
        delete: operations["deleteAccount"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/next-steps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What waits for you, by urgency, then growth suggestions (Home)
         * @description Connection requests to answer, mentorship requests to answer (as mentor) and questions to answer on your own requests (as mentee), feedback to give before its deadline, the next check-in of each active mentorship, programs asking you to rank mentors and proposals to review as a program lead, ordered by urgency: an item's due time, or for an undated one the time it started waiting plus seven days. Then growth suggestions, each saying why. `newcomer` is true until your profile has a field, skills and a goal; `start` lists those three steps with which are done. `programs` lists the programs you lead with where they stand. Members blocked either way never appear.
         */
        get: operations["getNextSteps"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/profile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change your profile
         * @description Any subset of the profile's keys; open_to and visibility may be partial objects.
         */
        patch: operations["updateProfile"];
        trace?: never;
    };
    "/me/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change your password */
        post: operations["changePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/members/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A member as you may see them
         * @description Anonymous callers see public sections only, of discoverable members with at least one public section; any other member is a 404 to them.
         */
        get: operations["getMember"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search the directory */
        get: operations["searchMembers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/connections/requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your connection requests */
        get: operations["listConnectionRequests"];
        put?: never;
        /** Ask a member to connect */
        post: operations["sendConnectionRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/connections/requests/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept a request sent to you */
        post: operations["acceptConnectionRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/connections/requests/{id}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Decline a request sent to you */
        post: operations["declineConnectionRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/connections/requests/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw a request you sent */
        post: operations["withdrawConnectionRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/connections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your connections */
        get: operations["listConnections"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/connections/{memberId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** End a connection */
        delete: operations["removeConnection"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/follows": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Follow a member */
        post: operations["follow"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/follows/{memberId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Stop following a member */
        delete: operations["unfollow"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/blocks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Members you blocked */
        get: operations["listBlocks"];
        put?: never;
        /** Block a member */
        post: operations["block"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/blocks/{memberId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Unblock a member */
        delete: operations["unblock"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/feedback/requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Feedback requests I made (role=requester) or was asked to review (role=reviewer) */
        get: operations["listFeedbackRequests"];
        put?: never;
        /** Ask chosen connections for rubric-based feedback */
        post: operations["createFeedbackRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/feedback/requests/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A feedback request (requester and invited reviewers only) */
        get: operations["getFeedbackRequest"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/feedback/requests/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept a request to review */
        post: operations["acceptFeedbackRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/feedback/requests/{id}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Decline a request to review */
        post: operations["declineFeedbackRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/feedback/requests/{id}/reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Answer a feedback request with the rubric */
        post: operations["submitReview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/feedback/reviews/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Thank, reply once, rate usefulness or show on profile (requester only) */
        patch: operations["reactToReview"];
        trace?: never;
    };
    "/skills/{skill}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My growth timeline for one skill */
        get: operations["skillTimeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/members/{id}/endorsements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A member's endorsements with counts per skill (as their skills section is visible) */
        get: operations["listEndorsements"];
        put?: never;
        /** Endorse a connection's skill */
        post: operations["endorse"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/endorsements/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove an endorsement (the endorser or the endorsed member) */
        delete: operations["removeEndorsement"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/feedback/reviewer-suggestions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Members to ask about a skill: connections and connections of connections who rate it above you, with reasons */
        get: operations["suggestReviewers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/feedback-stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Feedback I gave vs received and my median response time */
        get: operations["myFeedbackStats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/members/{id}/reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Reviews a member chose to show on their profile */
        get: operations["listShownReviews"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's notifications, newest first */
        get: operations["listNotifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notifications/unread-count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How many of the caller's notifications are unread */
        get: operations["countUnreadNotifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark one of the caller's notifications read (idempotent) */
        post: operations["readNotification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notifications/read-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark all of the caller's notifications read */
        post: operations["readAllNotifications"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/recommendations/people": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * People you may know, with the reasons for each suggestion
         * @description Suggestions from the in-memory network engine: mutual connections, shared fields and skills, the same organization and complementarity (experienced members open to mentoring in a field a learner aims for). Never yourself, your connections, anyone with a pending request either way, anyone you dismissed or blocked or who blocked you, nor members who are not discoverable. Reasons only state what you may see on that member's profile. A newcomer without connections gets suggestions from their fields, skills and organization.
         */
        get: operations["peopleYouMayKnow"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/recommendations/people/{id}/dismiss": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Never suggest this member again
         * @description Idempotent: dismissing the same member again also answers 204.
         */
        post: operations["dismissSuggestion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/members/{id}/paths": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * How you're connected to a member
         * @description Up to 3 shortest connection paths of at most 3 hops, strongest ties first (a hop's strength is the number of mutual connections of its two ends). Intermediaries are members you may see and are not blocked either way; a hop between two other members is shown only if you may see the connections of one of them. An empty list when there is no such path.
         */
        get: operations["howConnected"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/programs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Programs the caller leads or takes part in, newest first */
        get: operations["listPrograms"];
        put?: never;
        /** Create a cohort program (program leads and admins) */
        post: operations["createProgram"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/programs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The program's id. */
                id: number;
            };
            cookie?: never;
        };
        /** A program as the caller sees it (leads and participants) */
        get: operations["getProgram"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/programs/{id}/import/preview": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The program's id. */
                id: number;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Dry run of a participant CSV: rows to add, unknown e-mails, duplicates, line-numbered errors */
        post: operations["previewProgramImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/programs/{id}/import": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The program's id. */
                id: number;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import a participant CSV: all rows or none */
        post: operations["commitProgramImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/programs/{id}/participants": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The program's id. */
                id: number;
            };
            cookie?: never;
        };
        /** Participants with e-mails and preferences (leads) */
        get: operations["listProgramParticipants"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/programs/{id}/participants/{memberId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The program's id. */
                id: number;
                /** @description The participant's member id. */
                memberId: number;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a participant before publishing (leads) */
        delete: operations["removeProgramParticipant"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/programs/{id}/preferences": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The program's id. */
                id: number;
            };
            cookie?: never;
        };
        get?: never;
        /** Set the caller's own preferences (participants, before publishing) */
        put: operations["setProgramPreferences"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/programs/{id}/constraints": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The program's id. */
                id: number;
            };
            cookie?: never;
        };
        /** Pins and forbids (leads) */
        get: operations["listProgramConstraints"];
        put?: never;
        /** Pin, forbid or clear a mentee–mentor pair (leads) */
        post: operations["setProgramConstraint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/programs/{id}/matching": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The program's id. */
                id: number;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Compute the optimal assignment and store it as the proposal (leads) */
        post: operations["runProgramMatching"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/programs/{id}/proposal": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The program's id. */
                id: number;
            };
            cookie?: never;
        };
        /** The stored proposal (leads) */
        get: operations["getProgramProposal"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/programs/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The program's id. */
                id: number;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish the proposal once (leads) */
        post: operations["publishProgram"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/programs/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The program's id. */
                id: number;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End a published program (leads) */
        post: operations["closeProgram"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/programs/{id}/dashboard": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The program's id. */
                id: number;
            };
            cookie?: never;
        };
        /** Matched/unmatched counts, check-ins and pairs at risk (leads) */
        get: operations["getProgramDashboard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/mentor-offer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My mentor offer */
        get: operations["getMyMentorOffer"];
        /** Publish, update or pause my mentor offer */
        put: operations["putMyMentorOffer"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/members/{id}/mentor-offer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A member's mentor offer (404 when none, paused or blocked) */
        get: operations["getMentorOffer"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/members/{id}/mentorship-alumni": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Ended mentorships a member shows on their profile (both sides agreed) */
        get: operations["listMentorshipAlumni"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mentors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Mentors ranked for me, with reasons */
        get: operations["findMentors"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mentorship/requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Requests I sent (role=mentee) or received (role=mentor) */
        get: operations["listMentorshipRequests"];
        put?: never;
        /** Ask a mentor, with a message and goals (at most 5 open requests) */
        post: operations["createMentorshipRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mentorship/requests/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One request (404 unless I am a party) */
        get: operations["getMentorshipRequest"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mentorship/requests/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept (mentor; capacity enforced, overlapping requests closed) */
        post: operations["acceptMentorshipRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mentorship/requests/{id}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Decline with a reason (mentor) */
        post: operations["declineMentorshipRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mentorship/requests/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw (mentee) */
        post: operations["withdrawMentorshipRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mentorship/requests/{id}/ask-info": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ask the mentee for more information (mentor) */
        post: operations["askMentorshipInfo"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mentorship/requests/{id}/answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Answer the mentor's question (mentee; pending again) */
        post: operations["answerMentorshipInfo"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mentorships": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My mentorships, as mentor or mentee */
        get: operations["listMentorships"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mentorships/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One mentorship (404 unless I am a party) */
        get: operations["getMentorship"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mentorships/{id}/goals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a goal */
        post: operations["addMentorshipGoal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mentorships/{id}/goals/{goalId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a goal */
        delete: operations["deleteMentorshipGoal"];
        options?: never;
        head?: never;
        /** Change a goal's text or status */
        patch: operations["updateMentorshipGoal"];
        trace?: never;
    };
    "/mentorships/{id}/check-ins": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Log a check-in (either side) */
        post: operations["addCheckIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mentorships/{id}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End the mentorship (either side) */
        post: operations["endMentorship"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mentorships/{id}/feedback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Completion feedback, once per side after the end */
        post: operations["leaveMentorshipFeedback"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mentorships/{id}/alumni": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** My consent to show the alumni tie on both profiles */
        put: operations["setMentorshipAlumni"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mentorships/{id}/alumni-check-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** My light periodic check-in on an ended mentorship (every 3 or 6 months, or 0 = off) */
        put: operations["setAlumniCheckInPlan"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mentorships/{id}/alumni-check-ins": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Log a light check-in note on an ended mentorship (seen by both; resets the clock) */
        post: operations["addAlumniCheckIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/opportunities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Post an opportunity (job, internship, project, volunteering or event)
         * @description Any member may post, unless the site setting opportunity_posting is "leads" (then only program leads and admins: 403 posting_restricted). Every bad field is named in the 422 details (closing date in the past or beyond a year, an unknown kind, a skill listed twice or with a level outside 1..5, oversized text, an event without start and end); nothing is stored.
         */
        post: operations["postOpportunity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/opportunities/for-you": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Open opportunities ranked for me, each with its reasons
         * @description Ranked by skill fit (required skills met at the level asked; endorsed or reviewed skills count fully), fields and career stage, network proximity (posted by a connection, a mentor, an alumni tie or a second-degree member; connections who work at the organization) and freshness. Never shows my own posts, posts I dismissed, posts by members blocked either way, closed, hidden or expired ones. 503 when the index is not loaded on this server.
         */
        get: operations["opportunitiesForYou"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/opportunities/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One opportunity
         * @description 404 when it does not exist, when its poster and I are blocked either way, or when it is hidden and I am neither its poster nor a moderator.
         */
        get: operations["getOpportunity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Edit my open opportunity
         * @description Only the poster (403 not_poster); only while open (409 not_open). The merged post is validated whole.
         */
        patch: operations["editOpportunity"];
        trace?: never;
    };
    "/opportunities/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close my opportunity */
        post: operations["closeOpportunity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/opportunities/{id}/repost": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reopen my closed or expired opportunity with a new closing date */
        post: operations["repostOpportunity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/opportunities/{id}/hide": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Hide an opportunity (admins and program leads) */
        post: operations["hideOpportunity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/opportunities/{id}/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Report an opportunity to the moderators (once per member) */
        post: operations["reportOpportunity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/opportunities/{id}/interest": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Say I'm interested, with a short note
         * @description 409 already_interested the second time; 409 not_open for a closed or expired post; 422 for my own post or a note over 500 characters.
         */
        post: operations["expressInterest"];
        /** Withdraw my interest */
        delete: operations["withdrawInterest"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/opportunities/{id}/interested": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who is interested in my opportunity (the poster only) */
        get: operations["listInterested"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/opportunities/{id}/dismiss": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Never show this opportunity in my For-you list again */
        post: operations["dismissOpportunity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/opportunities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My posts, every state, newest first */
        get: operations["myOpportunities"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/interests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The opportunities I said I'm interested in, newest first */
        get: operations["myInterests"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/introductions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Introductions I asked for (role=requester), am asked to forward (broker) or to answer (target) */
        get: operations["listIntroductions"];
        put?: never;
        /** Ask a mutual connection (broker) to introduce me to a member (target); 5 a week */
        post: operations["createIntroduction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/introductions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One introduction as my role sees it (404 for anyone else) */
        get: operations["getIntroduction"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/introductions/{id}/forward": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Forward it to the target (broker; may edit the blurb) */
        post: operations["forwardIntroduction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/introductions/{id}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Decline, silently (broker before forwarding, target after) */
        post: operations["declineIntroduction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/introductions/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept (target): requester and target become connected */
        post: operations["acceptIntroduction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/introductions/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw (requester) */
        post: operations["withdrawIntroduction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/members/{id}/introduction-brokers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Mutual connections who could introduce me to this member, best first, with reasons */
        get: operations["suggestIntroductionBrokers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/opportunities/{id}/introduction-paths": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** People to meet at an opportunity (its poster, members at its organization) with the best broker for each */
        get: operations["opportunityIntroductionPaths"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/saved-searches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's saved searches, oldest first */
        get: operations["listSavedSearches"];
        put?: never;
        /**
         * Save an opportunity search with alerts (at most 10 per member)
         * @description New opportunities that match it are told in-app as notifications of kind saved_search.alert, at most one per saved search per period (instant: at most one every 10 minutes). Only posts made after saving count, never the member's own, never from a member either side blocked, and never the same post twice.
         */
        post: operations["createSavedSearch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/saved-searches/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One of the caller's saved searches */
        get: operations["getSavedSearch"];
        put?: never;
        post?: never;
        /** Delete a saved search (its pending alerts go with it) */
        delete: operations["deleteSavedSearch"];
        options?: never;
        head?: never;
        /** Rename a saved search, replace its query or change its period */
        patch: operations["updateSavedSearch"];
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        Error: {
            error: {
                /** @example validation_failed */
                code: string;
                message: string;
                details: components["schemas"]["FieldError"][];
            };
        };
        FieldError: {
            /** @example skills[2].level */
            field: string;
            message: string;
        };
        Health: {
            /** @enum {string} */
            status: "ok";
            /** @enum {string} */
            database: "sqlite" | "postgresql";
        };
        /** @enum {string} */
        Role: "member" | "program_lead" | "admin";
        /** @enum {string} */
        CareerStage: "learner" | "early_career" | "experienced";
        /** @enum {string} */
        Visibility: "public" | "members" | "connections";
        /** @enum {string} */
        Section: "bio" | "details" | "skills" | "goals" | "connections";
        /** @enum {string} */
        RequestStatus: "pending" | "accepted" | "declined" | "withdrawn";
        Skill: {
            name: string;
            level: number;
        };
        OpenTo: {
            mentoring: boolean;
            being_mentored: boolean;
            opportunities: boolean;
        };
        SectionVisibility: {
            bio: components["schemas"]["Visibility"];
            details: components["schemas"]["Visibility"];
            skills: components["schemas"]["Visibility"];
            goals: components["schemas"]["Visibility"];
            connections: components["schemas"]["Visibility"];
        };
        Profile: {
            name: string;
            headline: string;
            /** @description Markdown */
            bio: string;
            location: string;
            organization: string;
            stage: components["schemas"]["CareerStage"];
            fields: string[];
            skills: components["schemas"]["Skill"][];
            goals: string[];
            open_to: components["schemas"]["OpenTo"];
            visibility: components["schemas"]["SectionVisibility"];
            discoverable: boolean;
        };
        /** @description Any subset of Profile; unknown keys are rejected with 422. */
        ProfilePatch: {
            name?: string;
            headline?: string;
            bio?: string;
            location?: string;
            organization?: string;
            stage?: components["schemas"]["CareerStage"];
            fields?: string[];
            skills?: components["schemas"]["Skill"][];
            goals?: string[];
            open_to?: {
                mentoring?: boolean;
                being_mentored?: boolean;
                opportunities?: boolean;
            };
            visibility?: {
                bio?: components["schemas"]["Visibility"];
                details?: components["schemas"]["Visibility"];
                skills?: components["schemas"]["Visibility"];
                goals?: components["schemas"]["Visibility"];
                connections?: components["schemas"]["Visibility"];
            };
            discoverable?: boolean;
        };
        Me: {
            /** Format: int64 */
            id: number;
            /** Format: email */
            email: string;
            role: components["schemas"]["Role"];
            /**
             * Format: date-time
             * @example 2026-11-28T15:04:05.123Z
             */
            created_at: string;
            profile: components["schemas"]["Profile"];
            /** Format: int64 */
            connection_count: number;
            /** @description Only for cookie sessions: send it as X-CSRF-Token on writes. */
            csrf_token?: string;
        };
        Relationship: {
            /** @enum {string} */
            connection: "none" | "connected" | "pending_outgoing" | "pending_incoming" | "self";
            /**
             * Format: int64
             * @description The pending request, if any.
             */
            request_id?: number;
            following: boolean;
            followed_by: boolean;
        };
        /** @description Keys of hidden sections are absent. `actions` only on GET /members/{id} for a signed-in viewer other than the member. */
        MemberView: {
            /** Format: int64 */
            id: number;
            name: string;
            headline: string;
            stage: components["schemas"]["CareerStage"];
            bio?: string;
            location?: string;
            organization?: string;
            open_to?: components["schemas"]["OpenTo"];
            fields?: string[];
            skills?: components["schemas"]["Skill"][];
            goals?: string[];
            hidden_sections: components["schemas"]["Section"][];
            relationship: components["schemas"]["Relationship"];
            actions?: components["schemas"]["MemberActions"];
        };
        MemberSummary: {
            /** Format: int64 */
            id: number;
            name: string;
            headline: string;
            stage: components["schemas"]["CareerStage"];
        };
        MemberSummaryList: {
            items: components["schemas"]["MemberSummary"][];
        };
        ConnectionRequest: {
            /** Format: int64 */
            id: number;
            from: components["schemas"]["MemberSummary"];
            to: components["schemas"]["MemberSummary"];
            note: string;
            status: components["schemas"]["RequestStatus"];
            /**
             * Format: date-time
             * @example 2026-11-28T15:04:05.123Z
             */
            created_at: string;
            /**
             * Format: date-time
             * @example 2026-11-28T15:04:05.123Z
             */
            decided_at?: string;
        };
        Connection: {
            member: components["schemas"]["MemberSummary"];
            /**
             * Format: date-time
             * @example 2026-11-28T15:04:05.123Z
             */
            since: string;
        };
        MemberViewPage: {
            items: components["schemas"]["MemberView"][];
            next_cursor: string | null;
        };
        ConnectionRequestPage: {
            items: components["schemas"]["ConnectionRequest"][];
            next_cursor: string | null;
        };
        ConnectionPage: {
            items: components["schemas"]["Connection"][];
            next_cursor: string | null;
        };
        SignUpInput: {
            /** Format: email */
            email: string;
            password: string;
            name: string;
        };
        LogInInput: {
            email: string;
            password: string;
        };
        CreateTokenInput: {
            email: string;
            password: string;
            /** @description A label for the token. */
            name: string;
        };
        IssuedToken: {
            /** Format: int64 */
            id: number;
            name: string;
            /** @description Bearer token, shown only once. */
            token: string;
            /**
             * Format: date-time
             * @example 2026-11-28T15:04:05.123Z
             */
            created_at: string;
        };
        TokenList: {
            items: {
                /** Format: int64 */
                id: number;
                name: string;
                /**
                 * Format: date-time
                 * @example 2026-11-28T15:04:05.123Z
                 */
                created_at: string;
            }[];
        };
        ChangePasswordInput: {
            current_password: string;
            new_password: string;
        };
        DeleteAccountInput: {
            password: string;
        };
        SendRequestInput: {
            /** Format: int64 */
            to: number;
            note?: string;
        };
        MemberInput: {
            /** Format: int64 */
            member: number;
        };
        FollowResult: {
            /** Format: int64 */
            member: number;
            /** @enum {boolean} */
            following: true;
        };
        BlockResult: {
            /** Format: int64 */
            member: number;
            /** @enum {boolean} */
            blocked: true;
        };
        Criterion: {
            id: string;
            name: string;
            /** @description What scores 1..5 mean, level 1 first. */
            levels: string[];
        };
        Rubric: {
            criteria: components["schemas"]["Criterion"][];
        };
        ArtifactInput: {
            title: string;
            /** @description http(s) link */
            url?: string;
            /** @description Markdown */
            text?: string;
        };
        FeedbackRequestInput: {
            skill: string;
            artifact: components["schemas"]["ArtifactInput"];
            question: string;
            /** @description Member ids; each must be a connection (and not blocked). */
            reviewers: number[];
            /**
             * Format: date
             * @description YYYY-MM-DD, today or later (UTC)
             */
            deadline: string;
            rubric?: components["schemas"]["Rubric"];
        };
        Review: {
            /** Format: int64 */
            id: number;
            /** Format: int64 */
            request: number;
            /** Format: int64 */
            reviewer: number;
            ratings: {
                [key: string]: number;
            };
            strengths: string;
            /** @description Sanitised HTML rendered from the Markdown source (no raw HTML). */
            strengths_html: string;
            improvements: string;
            improvements_html: string;
            next_step: string;
            next_step_html: string;
            /** Format: date-time */
            created_at: string;
            thanked: boolean;
            reply: string | null;
            usefulness: number | null;
            on_profile: boolean;
        };
        ReviewInput: {
            /** @description One score per criterion id of the request's rubric. */
            ratings: {
                [key: string]: number;
            };
            strengths: string;
            improvements: string;
            next_step: string;
        };
        ReviewReactionInput: {
            thanked?: boolean;
            /** @description Once only. */
            reply?: string;
            usefulness?: number;
            on_profile?: boolean;
        };
        FeedbackRequest: {
            /** Format: int64 */
            id: number;
            requester: components["schemas"]["MemberSummary"];
            skill: string;
            artifact: {
                title: string;
                url: string | null;
                text: string;
                text_html: string;
            };
            question: string;
            question_html: string;
            rubric: components["schemas"]["Rubric"];
            /** Format: date */
            deadline: string;
            /** Format: date-time */
            created_at: string;
            reviewers: {
                member: components["schemas"]["MemberSummary"];
                /**
                 * @description lapsed: invited or accepted, and the deadline day (UTC) passed without a review.
                 * @enum {string}
                 */
                status: "invited" | "accepted" | "declined" | "submitted" | "lapsed";
            }[];
            /** @description The requester sees every review, a reviewer only their own. */
            reviews: components["schemas"]["Review"][];
        };
        FeedbackRequestList: {
            items: components["schemas"]["FeedbackRequest"][];
            /** @description Pass back as cursor for the next page; null on the last page. */
            next_cursor: string | null;
        };
        SkillTimeline: {
            skill: string;
            review_count: number;
            endorsement_count: number;
            has_outside_feedback: boolean;
            /** @description Every series merged, oldest first. */
            points: {
                /** Format: date-time */
                at: string;
                /** @description self_assessment, review, endorsement, or the kind of a further series. */
                kind: string;
                /** @description Hundredths of a 1..5 level (350 = 3.5); null for endorsements. */
                level: number | null;
                /** Format: int64 */
                source: number | null;
            }[];
            /** @description Further series (e.g. completed mentorship goals) appear under their kind. */
            series: {
                /** @description Every self-rating of the skill, oldest first. */
                self_assessments: {
                    /** Format: date-time */
                    at: string;
                    level: number;
                }[];
                reviews: {
                    /** Format: date-time */
                    at: string;
                    /** Format: int64 */
                    review: number;
                    /** @description Hundredths of the mean rating (350 = 3.5). */
                    mean: number;
                    criteria: {
                        id: string;
                        name: string;
                        score: number;
                    }[];
                }[];
                endorsements: {
                    /** Format: date-time */
                    at: string;
                    /** Format: int64 */
                    endorsement: number;
                    /** @description Endorsements of the skill so far. */
                    count: number;
                }[];
            } & {
                [key: string]: Record<string, never>[];
            };
            /** @description The caller's skills with no review and no endorsement yet. */
            skills_without_feedback: string[];
        };
        EndorsementInput: {
            skill: string;
            note?: string;
        };
        Endorsement: {
            /** Format: int64 */
            id: number;
            endorser: components["schemas"]["MemberSummary"];
            /** Format: int64 */
            member: number;
            skill: string;
            note: string;
            /** Format: date-time */
            created_at: string;
        };
        EndorsementList: {
            counts: {
                [key: string]: number;
            };
            items: components["schemas"]["Endorsement"][];
        };
        Reciprocity: {
            given: number;
            received: number;
            median_response_hours: number | null;
            /** @description Requests this member let lapse. */
            lapsed: number;
            /** @description Mean usefulness rating of the reviews given, in hundredths (100..500). */
            usefulness: number | null;
        };
        ReviewerSuggestionList: {
            items: {
                member: components["schemas"]["MemberSummary"];
                skill_level: number;
                reciprocity: components["schemas"]["Reciprocity"];
                reasons: string[];
                /** @description Distance in the network engine: 1 a connection, 2 a connection of a connection, 3 one step further (a mentor); null when farther. */
                hops: number | null;
                /** @description Connections shared with you. */
                mutual: number;
                /** @description The first intermediary on the path (one of your connections), when it may be named. */
                via: components["schemas"]["MemberSummary"] | null;
            }[];
        };
        ShownReviewList: {
            items: {
                skill: string;
                artifact_title: string;
                reviewer: components["schemas"]["MemberSummary"];
                review: components["schemas"]["Review"];
            }[];
        };
        Notification: {
            /** Format: int64 */
            id: number;
            /** @description e.g. connection.request, connection.accepted, feedback.request, feedback.review, mentorship.*, saved_search.alert (new opportunities that match a saved search; link: the post, or /opportunities?saved_search={id} for several) */
            kind: string;
            /** @description Plain text. */
            title: string;
            /** @description Plain text; may be empty. */
            body: string;
            /** @description Path inside the web app; may be empty. */
            link: string;
            /** Format: date-time */
            created_at: string;
            read: boolean;
        };
        NotificationPage: {
            items: components["schemas"]["Notification"][];
            next_cursor: string | null;
            /** Format: int64 */
            unread: number;
        };
        UnreadCount: {
            /** Format: int64 */
            unread: number;
        };
        SuggestionReasons: {
            /** @description Exact number of mutual connections. */
            mutual_count: number;
            /** @description Up to 3 mutual connections, most connected first. */
            mutuals: components["schemas"]["MemberSummary"][];
            shared_fields: string[];
            shared_skills: string[];
            same_organization: string | null;
            /** @description Experienced and open to mentoring in a field you aim for, or strong in a skill you are starting. */
            complementary: boolean;
            complementary_in: string | null;
            follows_you: boolean;
            you_follow: boolean;
        };
        PersonSuggestion: {
            member: components["schemas"]["MemberSummary"];
            /** @description The reasons as one sentence, e.g. "14 mutual connections, including Ana and Raj; both work on UX Research". */
            reason: string;
            reasons: components["schemas"]["SuggestionReasons"];
        };
        PersonSuggestionList: {
            items: components["schemas"]["PersonSuggestion"][];
        };
        ConnectionPath: {
            hops: number;
            /** @description You first, the member last. */
            members: components["schemas"]["MemberSummary"][];
            hop_strength: number[];
        };
        ConnectionPathList: {
            items: components["schemas"]["ConnectionPath"][];
        };
        /** @enum {string} */
        ProgramStatus: "draft" | "matching" | "published" | "closed";
        ProgramInput: {
            name: string;
            description?: string;
            /** @default false */
            exclude_same_organization: boolean;
            /** @default 2 */
            default_capacity: number;
        };
        ProgramParticipant: {
            member: components["schemas"]["MemberSummary"];
            /** @description Only in the leads' participant list. */
            email?: string;
            /** @enum {string} */
            role: "mentee" | "mentor";
            capacity: number;
            ranked: number[];
            avoid: number[];
        };
        ProgramParticipantList: {
            items: components["schemas"]["ProgramParticipant"][];
        };
        Program: {
            /** Format: int64 */
            id: number;
            name: string;
            description: string;
            status: components["schemas"]["ProgramStatus"];
            exclude_same_organization: boolean;
            default_capacity: number;
            /** @enum {string} */
            my_role: "lead" | "mentee" | "mentor";
            mentees: number;
            mentors: number;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            published_at: string | null;
            leads: components["schemas"]["MemberSummary"][];
            me: components["schemas"]["ProgramParticipant"] | null;
            /** @description Mentors for leads and mentees, mentees for mentors; preferences left empty. */
            counterparts: components["schemas"]["ProgramParticipant"][];
            my_pairs: {
                /** Format: int64 */
                mentee: number;
                /** Format: int64 */
                mentor: number;
                partner: components["schemas"]["MemberSummary"];
            }[];
        };
        ProgramList: {
            items: {
                /** Format: int64 */
                id: number;
                name: string;
                description: string;
                status: components["schemas"]["ProgramStatus"];
                exclude_same_organization: boolean;
                default_capacity: number;
                /** @enum {string} */
                my_role: "lead" | "mentee" | "mentor";
                mentees: number;
                mentors: number;
                /** Format: date-time */
                created_at: string;
                /** Format: date-time */
                published_at: string | null;
            }[];
        };
        ImportRow: {
            line: number;
            email: string;
            /** @enum {string} */
            role: "mentee" | "mentor";
            capacity: number;
            member?: components["schemas"]["MemberSummary"];
        };
        ImportPreview: {
            committed: boolean;
            can_commit: boolean;
            to_add: components["schemas"]["ImportRow"][];
            already_participants: components["schemas"]["ImportRow"][];
            unknown_emails: components["schemas"]["ImportRow"][];
            duplicates: components["schemas"]["ImportRow"][];
            errors: {
                line: number;
                field: string;
                message: string;
            }[];
        };
        PreferencesInput: {
            /** @description Mentees only: preferred mentors, best first. */
            ranked?: number[];
            /** @description Participants of the other role never to be paired with. */
            avoid?: number[];
        };
        PairConstraintInput: {
            /** Format: int64 */
            mentee: number;
            /** Format: int64 */
            mentor: number;
            /** @enum {string} */
            rule: "pin" | "forbid" | "none";
        };
        PairConstraintList: {
            items: {
                /** Format: int64 */
                mentee: number;
                /** Format: int64 */
                mentor: number;
                /** @enum {string} */
                rule: "pin" | "forbid";
            }[];
        };
        ProposedPair: {
            mentee: components["schemas"]["MemberSummary"];
            mentor: components["schemas"]["MemberSummary"];
            /** @description Compatibility × 1000: fit plus 0.2 × (6 − rank). */
            score_milli: number;
            fit_milli: number;
            preference_rank: number | null;
            pinned: boolean;
            reasons: string[];
        };
        Proposal: {
            published: boolean;
            /** Format: date-time */
            computed_at: string;
            matched: number;
            unmatched_count: number;
            /** Format: int64 */
            total_score_milli: number;
            pairs: components["schemas"]["ProposedPair"][];
            unmatched: {
                mentee: components["schemas"]["MemberSummary"];
                /** @enum {string} */
                reason: "no_allowed_mentor" | "capacity";
            }[];
        };
        ProgramDashboard: {
            status: components["schemas"]["ProgramStatus"];
            mentees: number;
            mentors: number;
            capacity: number;
            matched: number;
            unmatched: number;
            /** @description null when mentorship activity is not available. */
            check_ins: number | null;
            at_risk: number | null;
            pairs: (components["schemas"]["ProposedPair"] & {
                check_ins: number | null;
                /** Format: date-time */
                last_check_in: string | null;
                at_risk: boolean | null;
            })[];
        };
        MentorOffer: {
            mentor: components["schemas"]["MemberSummary"];
            fields: string[];
            skills: string[];
            help: string;
            help_html: string;
            /** @enum {string} */
            format: "video" | "in_person" | "chat" | "mixed";
            /** @enum {string} */
            cadence: "weekly" | "biweekly" | "monthly";
            capacity: number;
            paused: boolean;
            open_slots: number;
            /** Format: date-time */
            last_active_at: string | null;
            median_response_hours: number | null;
            /** Format: date-time */
            updated_at: string;
        };
        MentorOfferInput: {
            fields?: string[];
            skills?: string[];
            help: string;
            /** @enum {string} */
            format: "video" | "in_person" | "chat" | "mixed";
            /** @enum {string} */
            cadence: "weekly" | "biweekly" | "monthly";
            capacity: number;
            paused?: boolean;
        };
        NextSteps: {
            /** @description True until the profile has a field, skills and a goal. */
            newcomer: boolean;
            /** @description The three-step start, always field, skills, goal. */
            start: components["schemas"]["StartStep"][];
            /** @description What waits for you, most urgent first. */
            items: components["schemas"]["NextStepItem"][];
            suggestions: components["schemas"]["NextStepSuggestion"][];
            /** @description The programs you lead (empty otherwise). */
            programs: components["schemas"]["LeadProgramState"][];
        };
        StartStep: {
            /** @enum {string} */
            step: "field" | "skills" | "goal";
            title: string;
            done: boolean;
            link: string;
        };
        NextStepItem: {
            /** @enum {string} */
            kind: "connection_request" | "mentorship_request" | "mentorship_info" | "feedback_review" | "check_in" | "program_preferences" | "program_review";
            /** @description In words, e.g. "Ana Lima wants to connect with you". */
            title: string;
            detail: string;
            /**
             * Format: date-time
             * @description A deadline, an expiry or a check-in's due time; null when undated.
             * @example 2026-11-28T15:04:05.123Z
             */
            due_at: string | null;
            overdue: boolean;
            /**
             * Format: date-time
             * @description When it started waiting.
             * @example 2026-11-28T15:04:05.123Z
             */
            since: string;
            /** @description Path inside the web app. */
            link: string;
            member?: components["schemas"]["MemberSummary"];
            /** Format: int64 */
            connection_request_id?: number;
            /** Format: int64 */
            mentorship_request_id?: number;
            /** Format: int64 */
            feedback_request_id?: number;
            /** Format: int64 */
            mentorship_id?: number;
            /** Format: int64 */
            program_id?: number;
        };
        NextStepSuggestion: {
            /** @enum {string} */
            kind: "add_field" | "add_skills" | "add_goal" | "find_mentor" | "first_connection" | "ask_feedback" | "offer_mentoring";
            title: string;
            /** @description Why it is suggested. */
            detail: string;
            link: string;
        };
        LeadProgramState: {
            /** Format: int64 */
            id: number;
            name: string;
            status: components["schemas"]["ProgramStatus"];
            /** @enum {string} */
            stage: "draft" | "preferences_open" | "matched" | "published" | "closed";
            /** @description Where it stands, in words. */
            state: string;
            mentees: number;
            mentors: number;
            /** @description Mentees who ranked at least one mentor. */
            ranked: number;
            pairs: number;
            unmatched: number;
            link: string;
        };
        /** @description What you can do on this member's page. */
        MemberActions: {
            /** @description Neither connected nor a pending request either way. */
            can_connect: boolean;
            /** @description They sent you a pending connection request. */
            can_answer_request: boolean;
            can_follow: boolean;
            /** @description They have an open mentor offer and are not your current mentor, a mentor with your pending request or a past mentor. */
            can_ask_mentor: boolean;
            /** @description Why they cannot be asked, in words, when they mentor or say they are open to it. */
            ask_mentor_note?: string;
        };
        MentorMatch: {
            offer: components["schemas"]["MentorOffer"];
            score: number;
            full: boolean;
            reasons: string[];
            /** @description False for your current mentor, a mentor with a pending request from you and a past mentor; those come last. */
            askable: boolean;
            /** @enum {string} */
            not_askable?: "current" | "pending" | "past";
            /** @description Why, in words: "your current mentor", "request pending since 2026-12-05", "mentored you until 2026-08-29". */
            not_askable_reason?: string;
        };
        MentorPage: {
            items: components["schemas"]["MentorMatch"][];
            next_cursor: string | null;
        };
        MentorshipRequest: {
            /** Format: int64 */
            id: number;
            mentee: components["schemas"]["MemberSummary"];
            mentor: components["schemas"]["MemberSummary"];
            message: string;
            message_html: string;
            goals: string[];
            /** @enum {string} */
            status: "pending" | "info_requested" | "accepted" | "declined" | "withdrawn" | "expired" | "matched_elsewhere";
            decline_reason: string;
            info_question: string;
            info_answer: string;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            expires_at: string;
            /** Format: date-time */
            closed_at: string | null;
            /** Format: int64 */
            mentorship: number | null;
        };
        MentorshipRequestList: {
            items: components["schemas"]["MentorshipRequest"][];
        };
        MentorshipRequestInput: {
            /** Format: int64 */
            mentor: number;
            message: string;
            goals: string[];
        };
        DeclineInput: {
            reason: string;
        };
        AskInfoInput: {
            question: string;
        };
        AnswerInput: {
            answer: string;
        };
        Mentorship: {
            /** Format: int64 */
            id: number;
            mentor: components["schemas"]["MemberSummary"];
            mentee: components["schemas"]["MemberSummary"];
            /** Format: int64 */
            program: number | null;
            /** @enum {string} */
            cadence: "weekly" | "biweekly" | "monthly";
            /** @enum {string} */
            status: "active" | "ended";
            /** Format: date-time */
            started_at: string;
            /** Format: date-time */
            ended_at: string | null;
            end_note: string;
            /** Format: date-time */
            last_check_in_at: string | null;
            /** Format: date-time */
            next_check_in_due: string;
            check_in_overdue: boolean;
            mentor_shows_alumni: boolean;
            mentee_shows_alumni: boolean;
            alumni_visible: boolean;
            goals: {
                /** Format: int64 */
                id: number;
                text: string;
                /** @enum {string} */
                status: "open" | "in_progress" | "done";
            }[];
            check_ins: {
                /** Format: int64 */
                id: number;
                /** Format: int64 */
                author: number;
                /** Format: date */
                date: string;
                notes: string;
                notes_html: string;
                next_steps: string;
                next_steps_html: string;
                /** Format: date-time */
                created_at: string;
            }[];
            feedback: {
                /** Format: int64 */
                author: number;
                helpfulness: number;
                went_well: string;
                suggestion: string;
                /** Format: date-time */
                created_at: string;
            }[];
            /** @description The light periodic check-in of an ended mentorship: each side's plan and the notes of both, newest first (empty while active). */
            alumni_check_in: {
                plans: {
                    /** Format: int64 */
                    member: number;
                    /** @enum {integer} */
                    every_months: 3 | 6;
                    /** Format: date-time */
                    next_due: string;
                    due: boolean;
                }[];
                notes: {
                    /** Format: int64 */
                    id: number;
                    /** Format: int64 */
                    author: number;
                    note: string;
                    note_html: string;
                    /** Format: date-time */
                    created_at: string;
                }[];
            };
        };
        MentorshipList: {
            items: components["schemas"]["Mentorship"][];
        };
        GoalInput: {
            text: string;
        };
        GoalPatch: {
            text?: string;
            /** @enum {string} */
            status?: "open" | "in_progress" | "done";
        };
        CheckInInput: {
            /** Format: date */
            date: string;
            notes: string;
            next_steps?: string;
        };
        EndInput: {
            note?: string;
        };
        CompletionFeedbackInput: {
            helpfulness: number;
            went_well: string;
            suggestion?: string;
        };
        AlumniInput: {
            visible: boolean;
        };
        AlumniCheckInPlanInput: {
            /**
             * @description 0 turns the reminder off.
             * @enum {integer}
             */
            every_months: 0 | 3 | 6;
        };
        AlumniCheckInInput: {
            /** @description Markdown, 1..500 characters. */
            note: string;
        };
        AlumniTieList: {
            items: {
                /** Format: int64 */
                mentorship: number;
                other: components["schemas"]["MemberSummary"];
                /** @enum {string} */
                role: "mentor" | "mentee";
                /** Format: date-time */
                started_at: string;
                /** Format: date-time */
                ended_at: string;
            }[];
        };
        CredentialsReset: {
            /** @description The API tokens the change revoked, oldest first. */
            revoked_tokens: {
                id: number;
                name: string;
            }[];
            /** @description Sessions ended (all but the one that made the change). */
            ended_sessions: number;
        };
        OpportunitySkill: {
            name: string;
            level: number;
            /** @description false: nice to have. */
            required: boolean;
        };
        OpportunitySkillInput: {
            name: string;
            /** @description 1..5, default 1. */
            level?: number;
            /** @description Default true; false: nice to have. */
            required?: boolean;
        };
        OpportunityInput: {
            /** @enum {string} */
            kind: "job" | "internship" | "project" | "volunteering" | "event";
            title: string;
            organization: string;
            /** @description Required unless remote. */
            location?: string;
            remote?: boolean;
            /** @description Markdown, at most 10000 characters. */
            description: string;
            skills?: components["schemas"]["OpportunitySkillInput"][];
            fields?: string[];
            stages?: components["schemas"]["CareerStage"][];
            /** @description http(s) link; empty: members answer in the app. */
            apply_url?: string;
            /**
             * Format: date-time
             * @description In the future, within a year; for events by the end.
             */
            closes_at: string;
            /**
             * Format: date-time
             * @description Events only (required for them).
             */
            starts_at?: string;
            /**
             * Format: date-time
             * @description Events only; at most 14 days after the start.
             */
            ends_at?: string;
        };
        OpportunityPatch: {
            /** @enum {string} */
            kind?: "job" | "internship" | "project" | "volunteering" | "event";
            title?: string;
            organization?: string;
            /** @description Required unless remote. */
            location?: string;
            remote?: boolean;
            /** @description Markdown, at most 10000 characters. */
            description?: string;
            skills?: components["schemas"]["OpportunitySkillInput"][];
            fields?: string[];
            stages?: components["schemas"]["CareerStage"][];
            /** @description http(s) link; empty: members answer in the app. */
            apply_url?: string;
            /**
             * Format: date-time
             * @description In the future, within a year; for events by the end.
             */
            closes_at?: string;
            /**
             * Format: date-time
             * @description Events only; null clears it.
             */
            starts_at?: string | null;
            /**
             * Format: date-time
             * @description Events only; null clears it.
             */
            ends_at?: string | null;
        };
        RepostInput: {
            /** Format: date-time */
            closes_at: string;
        };
        ReportInput: {
            reason?: string;
        };
        InterestInput: {
            note?: string;
        };
        Opportunity: {
            /** Format: int64 */
            id: number;
            /** @enum {string} */
            kind: "job" | "internship" | "project" | "volunteering" | "event";
            /** @enum {string} */
            status: "open" | "closed" | "expired" | "hidden";
            title: string;
            organization: string;
            location: string;
            remote: boolean;
            description: string;
            /** @description The description rendered safely. */
            description_html: string;
            skills: components["schemas"]["OpportunitySkill"][];
            fields: string[];
            stages: components["schemas"]["CareerStage"][];
            apply_url: string | null;
            /** Format: date-time */
            closes_at: string;
            /** Format: date-time */
            starts_at: string | null;
            /** Format: date-time */
            ends_at: string | null;
            poster: components["schemas"]["MemberSummary"];
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
            /** Format: date-time */
            closed_at: string | null;
            /** @description I posted it. */
            mine: boolean;
            /** @description I said I'm interested. */
            interested: boolean;
            /** @description For the poster only; null for others. */
            interested_count: number | null;
        };
        OpportunityPage: {
            items: components["schemas"]["Opportunity"][];
            next_cursor: string | null;
        };
        ForYouItem: {
            opportunity: components["schemas"]["Opportunity"];
            score: number;
            /** @description Why, in words, e.g. "You have 3 of 4 required skills (SQL, Python, dbt); posted by Ana Lima, your mentor; 2 connections work at Acme". */
            reason: string;
            skills_met: string[];
            skills_missing: string[];
            shared_fields: string[];
            connections_at_organization: number;
        };
        ForYouPage: {
            items: components["schemas"]["ForYouItem"][];
            next_cursor: string | null;
        };
        InterestedMember: {
            member: components["schemas"]["MemberSummary"];
            note: string;
            /** Format: date-time */
            created_at: string;
        };
        InterestedList: {
            items: components["schemas"]["InterestedMember"][];
        };
        MyInterest: {
            opportunity: components["schemas"]["Opportunity"];
            note: string;
            /** Format: date-time */
            created_at: string;
        };
        MyInterestList: {
            items: components["schemas"]["MyInterest"][];
        };
        IntroductionInput: {
            /**
             * Format: int64
             * @description A member connected to both me and the target.
             */
            broker: number;
            /** Format: int64 */
            target: number;
            /** @description Meant for the target; the broker may edit it. */
            blurb: string;
            /** @description Private to the broker (Markdown); the target never sees it. */
            note?: string;
            /**
             * Format: int64
             * @description The opportunity this is about.
             */
            opportunity?: number;
        };
        IntroductionForward: {
            blurb?: string;
        };
        /** @description As the viewer's role sees it: declines are silent (the requester sees requested/forwarded until the request expires, then not_possible), and the target never sees the note. */
        Introduction: {
            /** Format: int64 */
            id: number;
            /** @enum {string} */
            role: "requester" | "broker" | "target";
            /** @enum {string} */
            status: "requested" | "forwarded" | "declined_by_broker" | "accepted" | "declined_by_target" | "withdrawn" | "expired" | "not_possible";
            requester: components["schemas"]["MemberSummary"];
            broker: components["schemas"]["MemberSummary"];
            target: components["schemas"]["MemberSummary"];
            /** @description null for the target. */
            note: string | null;
            note_html: string | null;
            blurb: string;
            /** Format: int64 */
            opportunity: number | null;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            expires_at: string;
            /** Format: date-time */
            forwarded_at: string | null;
            /** Format: date-time */
            closed_at: string | null;
            actions: ("forward" | "decline" | "accept" | "withdraw")[];
        };
        IntroductionList: {
            items: components["schemas"]["Introduction"][];
        };
        BrokerSuggestion: {
            broker: components["schemas"]["MemberSummary"];
            score: number;
            reasons: string[];
        };
        BrokerSuggestions: {
            target: components["schemas"]["MemberSummary"];
            items: components["schemas"]["BrokerSuggestion"][];
        };
        IntroductionPath: {
            target: components["schemas"]["MemberSummary"];
            why: string;
            broker: components["schemas"]["BrokerSuggestion"];
        };
        IntroductionPathList: {
            items: components["schemas"]["IntroductionPath"][];
        };
        /**
         * @description At most one alert per period: instant alerts at once, then at most every 10 minutes; daily and weekly at most once a day or a week. A search that never alerted tells its first match at once.
         * @enum {string}
         */
        AlertPeriod: "instant" | "daily" | "weekly";
        /** @description Every part that is set must hold; a list part holds when the post has any of its values. */
        OpportunityQuery: {
            kinds?: ("job" | "internship" | "project" | "volunteering" | "event")[];
            fields?: string[];
            skills?: string[];
            /**
             * @description Posts that suit this career stage (a post naming none suits all). Leave it out for any stage; null is refused, as everywhere in requests.
             * @enum {string}
             */
            stage?: "learner" | "early_career" | "experienced";
            /** @default false */
            remote_only: boolean;
            /** @description Every word occurs in the post's location. */
            location?: string;
            /** @description Every word occurs in the title, organization, description, skills or fields. */
            keywords?: string;
        };
        SavedSearchInput: {
            /** @description Empty or absent: named after the query. */
            name?: string;
            query?: components["schemas"]["OpportunityQuery"];
            /** @default daily */
            period: components["schemas"]["AlertPeriod"];
        };
        /** @description Absent parts stay as they are; a query replaces the old one whole. */
        SavedSearchPatch: {
            /** @description Empty: named after the query. */
            name?: string;
            query?: components["schemas"]["OpportunityQuery"];
            period?: components["schemas"]["AlertPeriod"];
        };
        SavedSearch: {
            /** Format: int64 */
            id: number;
            name: string;
            /** @description The query in words, e.g. "Jobs · Data Science · remote"; "All opportunities" for an empty query. */
            description: string;
            query: {
                kinds: ("job" | "internship" | "project" | "volunteering" | "event")[];
                fields: string[];
                skills: string[];
                /** @enum {string|null} */
                stage: "learner" | "early_career" | "experienced" | null;
                remote_only: boolean;
                location: string;
                keywords: string;
            };
            period: components["schemas"]["AlertPeriod"];
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
            /**
             * Format: date-time
             * @description When it last alerted; null if never.
             */
            last_alert_at: string | null;
        };
        SavedSearchList: {
            items: components["schemas"]["SavedSearch"][];
        };
    };
    responses: {
        /** @description malformed_json, malformed_request or bad_cursor: the body is not JSON, nests deeper than 64, is not UTF-8, or the query string is bad. */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description unauthenticated, invalid_credentials or wrong_password. */
        Unauthenticated: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description forbidden, or csrf_failed (cookie session without a matching X-CSRF-Token). */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description not_found: no such object, or you may not know it exists. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description email_taken, already_connected, request_pending, not_pending or blocked. */
        Conflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description payload_too_large: body over 1 MiB. */
        PayloadTooLarge: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description unsupported_media_type: the body is not application/json. */
        UnsupportedMediaType: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description validation_failed: details name every offending field; unknown fields are reported as "unknown field". */
        ValidationFailed: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description too_many_attempts: too many wrong passwords from this client for this account (or from this client, or the account backs off); rate_limited: too many sign-ups or password checks from this client address. */
        TooManyAttempts: {
            headers: {
                /** @description Seconds to wait. */
                "Retry-After"?: number;
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description unavailable: the database does not answer. */
        Unavailable: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description internal: something went wrong on the server. */
        InternalError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description busy: the password hashing queue is full; try again after Retry-After seconds. */
        Busy: {
            headers: {
                /** @description Seconds to wait. */
                "Retry-After"?: number;
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description headers_too_large: the request line and headers are over 16 KiB. Answered before routing, so any operation can answer it. */
        HeadersTooLarge: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    health: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The server and its database answer. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    metrics: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Prometheus text exposition format 0.0.4: pln_http_requests_total{method,route,status} and pln_http_request_duration_seconds{route}. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
            403: components["responses"]["Forbidden"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
        };
    };
    openapi: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OpenAPI 3.0.3 document. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
        };
    };
    signUp: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SignUpInput"];
            };
        };
        responses: {
            /** @description Account created; the session cookie is set. */
            201: {
                headers: {
                    /** @description pln_session=…; Path=/; HttpOnly; SameSite=Lax; Max-Age=… */
                    "Set-Cookie"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Me"];
                };
            };
            400: components["responses"]["BadRequest"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyAttempts"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Busy"];
        };
    };
    logIn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LogInInput"];
            };
        };
        responses: {
            /** @description Logged in; the session cookie is set. */
            200: {
                headers: {
                    /** @description pln_session=…; Path=/; HttpOnly; SameSite=Lax; Max-Age=… */
                    "Set-Cookie"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Me"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyAttempts"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Busy"];
        };
    };
    logOut: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Logged out; the cookie is cleared. */
            204: {
                headers: {
                    /** @description pln_session=; Max-Age=0 (cookie cleared) */
                    "Set-Cookie"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
        };
    };
    listTokens: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Your tokens (without their values). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenList"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
        };
    };
    createToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateTokenInput"];
            };
        };
        responses: {
            /** @description The token; its value is shown only once. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IssuedToken"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyAttempts"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Busy"];
        };
    };
    revokeToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Token id. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoked. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
        };
    };
    getMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description You. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Me"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
        };
    };
    deleteAccount: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeleteAccountInput"];
            };
        };
        responses: {
            /** @description Deleted; the cookie is cleared. */
            204: {
                headers: {
                    /** @description pln_session=; Max-Age=0 (cookie cleared) */
                    "Set-Cookie"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyAttempts"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Busy"];
        };
    };
    getNextSteps: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Your next steps. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NextSteps"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    updateProfile: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProfilePatch"];
            };
        };
        responses: {
            /** @description You, with the updated profile. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Me"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
        };
    };
    changePassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangePasswordInput"];
            };
        };
        responses: {
            /** @description Changed; every API token is revoked and your other sessions have ended. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CredentialsReset"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyAttempts"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Busy"];
        };
    };
    getMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Member id. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The member; hidden sections are absent and listed in hidden_sections. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberView"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            404: components["responses"]["NotFound"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
        };
    };
    searchMembers: {
        parameters: {
            query?: {
                /** @description Words that must all appear in what you may see of a member. */
                q?: string;
                /** @description Field of interest (exact, case-insensitive). */
                field?: string;
                /** @description Skill name (exact, case-insensitive). */
                skill?: string;
                /** @description Career stage. */
                stage?: components["schemas"]["CareerStage"];
                /** @description What members are open to. */
                open_to?: "mentoring" | "being_mentored" | "opportunities";
                /** @description Opaque cursor from a previous page's next_cursor. */
                cursor?: string;
                /** @description Page size. */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of members. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberViewPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            422: components["responses"]["ValidationFailed"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
        };
    };
    listConnectionRequests: {
        parameters: {
            query?: {
                /** @description Requests you received or sent. */
                direction?: "incoming" | "outgoing";
                /** @description Only requests in this state. */
                status?: components["schemas"]["RequestStatus"];
                /** @description Opaque cursor from a previous page's next_cursor. */
                cursor?: string;
                /** @description Page size. */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of requests, newest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConnectionRequestPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            422: components["responses"]["ValidationFailed"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
        };
    };
    sendConnectionRequest: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SendRequestInput"];
            };
        };
        responses: {
            /** @description The other member had already asked you: their request is accepted (status accepted). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConnectionRequest"];
                };
            };
            /** @description The new pending request. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConnectionRequest"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
        };
    };
    acceptConnectionRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Request id. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request in its new state. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConnectionRequest"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
        };
    };
    declineConnectionRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Request id. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request in its new state. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConnectionRequest"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
        };
    };
    withdrawConnectionRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Request id. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request in its new state. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConnectionRequest"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
        };
    };
    listConnections: {
        parameters: {
            query?: {
                /** @description Opaque cursor from a previous page's next_cursor. */
                cursor?: string;
                /** @description Page size. */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of connections. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConnectionPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            422: components["responses"]["ValidationFailed"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
        };
    };
    removeConnection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The other member's id. */
                memberId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
        };
    };
    follow: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MemberInput"];
            };
        };
        responses: {
            /** @description Already following. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FollowResult"];
                };
            };
            /** @description Now following. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FollowResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
        };
    };
    unfollow: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The followed member's id. */
                memberId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Not following any more. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
        };
    };
    listBlocks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Blocked members. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberSummaryList"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
        };
    };
    block: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MemberInput"];
            };
        };
        responses: {
            /** @description Already blocked. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BlockResult"];
                };
            };
            /** @description Blocked; any connection, follows and pending requests between you end. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BlockResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
        };
    };
    unblock: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The blocked member's id. */
                memberId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Unblocked. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
        };
    };
    listFeedbackRequests: {
        parameters: {
            query?: {
                role?: "requester" | "reviewer";
                /** @description Opaque cursor from a previous page's next_cursor. */
                cursor?: string;
                /** @description Page size. */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Newest first, a page at a time. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeedbackRequestList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            422: components["responses"]["ValidationFailed"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
        };
    };
    createFeedbackRequest: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FeedbackRequestInput"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeedbackRequest"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
        };
    };
    getFeedbackRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The feedback request's id. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeedbackRequest"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            404: components["responses"]["NotFound"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
        };
    };
    acceptFeedbackRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The feedback request's id. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeedbackRequest"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
        };
    };
    declineFeedbackRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The feedback request's id. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeedbackRequest"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
        };
    };
    submitReview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The feedback request's id. */
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReviewInput"];
            };
        };
        responses: {
            /** @description Stored. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Review"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
        };
    };
    reactToReview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The review's id. */
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReviewReactionInput"];
            };
        };
        responses: {
            /** @description Updated. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Review"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
        };
    };
    skillTimeline: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Skill name (URL-encoded), case-insensitive. */
                skill: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Points oldest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SkillTimeline"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            422: components["responses"]["ValidationFailed"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
        };
    };
    listEndorsements: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The member's id. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Oldest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EndorsementList"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
        };
    };
    endorse: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The member's id. */
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EndorsementInput"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Endorsement"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
        };
    };
    removeEndorsement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The endorsement's id. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthenticated"];
            404: components["responses"]["NotFound"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
        };
    };
    suggestReviewers: {
        parameters: {
            query: {
                skill: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description At most 10, best first (level gap, closeness, responsiveness, reciprocity). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewerSuggestionList"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            422: components["responses"]["ValidationFailed"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
        };
    };
    myFeedbackStats: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Mine. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Reciprocity"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
        };
    };
    listShownReviews: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The member's id. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Newest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShownReviewList"];
                };
            };
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
        };
    };
    listNotifications: {
        parameters: {
            query?: {
                /** @description 1..100, default 20. */
                limit?: number;
                /** @description next_cursor of the previous page. */
                cursor?: string;
                /** @description true: only unread ones. */
                unread?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of notifications and the unread count. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            422: components["responses"]["ValidationFailed"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
        };
    };
    countUnreadNotifications: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The unread count. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnreadCount"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
        };
    };
    readNotification: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The notification's id. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The unread count afterwards. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnreadCount"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
        };
    };
    readAllNotifications: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The unread count afterwards (0). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnreadCount"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
        };
    };
    peopleYouMayKnow: {
        parameters: {
            query?: {
                /** @description How many suggestions. */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Suggestions, best first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonSuggestionList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            422: components["responses"]["ValidationFailed"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    dismissSuggestion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The member's id. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Dismissed. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    howConnected: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The member's id. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Paths, strongest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConnectionPathList"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            404: components["responses"]["NotFound"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    listPrograms: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The programs. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgramList"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
        };
    };
    createProgram: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProgramInput"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Program"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
        };
    };
    getProgram: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The program's id. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The program. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Program"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            404: components["responses"]["NotFound"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
        };
    };
    previewProgramImport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The program's id. */
                id: number;
            };
            cookie?: never;
        };
        /** @description The CSV file: `email,role,capacity` per line, optionally with a header naming the columns (any order). Blank lines are skipped. */
        requestBody: {
            content: {
                "text/csv": string;
            };
        };
        responses: {
            /** @description The preview; nothing is stored. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportPreview"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
        };
    };
    commitProgramImport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The program's id. */
                id: number;
            };
            cookie?: never;
        };
        /** @description The CSV file: `email,role,capacity` per line, optionally with a header naming the columns (any order). Blank lines are skipped. */
        requestBody: {
            content: {
                "text/csv": string;
            };
        };
        responses: {
            /** @description Imported. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportPreview"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
        };
    };
    listProgramParticipants: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The program's id. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The participants. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgramParticipantList"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
        };
    };
    removeProgramParticipant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The program's id. */
                id: number;
                /** @description The participant's member id. */
                memberId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
        };
    };
    setProgramPreferences: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The program's id. */
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PreferencesInput"];
            };
        };
        responses: {
            /** @description The program. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Program"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
        };
    };
    listProgramConstraints: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The program's id. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The constraints. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PairConstraintList"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
        };
    };
    setProgramConstraint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The program's id. */
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PairConstraintInput"];
            };
        };
        responses: {
            /** @description All constraints. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PairConstraintList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
        };
    };
    runProgramMatching: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The program's id. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The proposal. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Proposal"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
        };
    };
    getProgramProposal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The program's id. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The proposal. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Proposal"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
        };
    };
    publishProgram: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The program's id. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The published program. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Program"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
        };
    };
    closeProgram: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The program's id. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The closed program. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Program"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
        };
    };
    getProgramDashboard: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The program's id. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The dashboard. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgramDashboard"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
        };
    };
    getMyMentorOffer: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description My offer with open slots and pace. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MentorOffer"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            404: components["responses"]["NotFound"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
        };
    };
    putMyMentorOffer: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MentorOfferInput"];
            };
        };
        responses: {
            /** @description The saved offer. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MentorOffer"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
        };
    };
    getMentorOffer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The member's id. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The offer. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MentorOffer"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            404: components["responses"]["NotFound"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
        };
    };
    listMentorshipAlumni: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The member's id. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Alumni ties. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AlumniTieList"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            404: components["responses"]["NotFound"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
        };
    };
    findMentors: {
        parameters: {
            query?: {
                for?: "me";
                field?: string;
                skill?: string;
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Ranked mentors: those with room first, then full ones, then those you may not ask (askable false, with the reason). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MentorPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            422: components["responses"]["ValidationFailed"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
        };
    };
    listMentorshipRequests: {
        parameters: {
            query?: {
                role?: "mentee" | "mentor";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Newest first, at most 100. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MentorshipRequestList"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            422: components["responses"]["ValidationFailed"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
        };
    };
    createMentorshipRequest: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MentorshipRequestInput"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MentorshipRequest"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
        };
    };
    getMentorshipRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The mentorship request's id. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MentorshipRequest"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            404: components["responses"]["NotFound"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
        };
    };
    acceptMentorshipRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The mentorship request's id. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MentorshipRequest"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
        };
    };
    declineMentorshipRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The mentorship request's id. */
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeclineInput"];
            };
        };
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MentorshipRequest"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
        };
    };
    withdrawMentorshipRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The mentorship request's id. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MentorshipRequest"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
        };
    };
    askMentorshipInfo: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The mentorship request's id. */
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AskInfoInput"];
            };
        };
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MentorshipRequest"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
        };
    };
    answerMentorshipInfo: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The mentorship request's id. */
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AnswerInput"];
            };
        };
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MentorshipRequest"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
        };
    };
    listMentorships: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Newest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MentorshipList"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
        };
    };
    getMentorship: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The mentorship's id. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The mentorship. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Mentorship"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            404: components["responses"]["NotFound"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
        };
    };
    addMentorshipGoal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The mentorship's id. */
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GoalInput"];
            };
        };
        responses: {
            /** @description The mentorship. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Mentorship"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
        };
    };
    deleteMentorshipGoal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The mentorship's id. */
                id: number;
                /** @description The goal's id. */
                goalId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The mentorship. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Mentorship"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
        };
    };
    updateMentorshipGoal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The mentorship's id. */
                id: number;
                /** @description The goal's id. */
                goalId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GoalPatch"];
            };
        };
        responses: {
            /** @description The mentorship. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Mentorship"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
        };
    };
    addCheckIn: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The mentorship's id. */
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CheckInInput"];
            };
        };
        responses: {
            /** @description The mentorship. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Mentorship"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
        };
    };
    endMentorship: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The mentorship's id. */
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EndInput"];
            };
        };
        responses: {
            /** @description The mentorship. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Mentorship"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
        };
    };
    leaveMentorshipFeedback: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The mentorship's id. */
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CompletionFeedbackInput"];
            };
        };
        responses: {
            /** @description The mentorship. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Mentorship"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
        };
    };
    setMentorshipAlumni: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The mentorship's id. */
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AlumniInput"];
            };
        };
        responses: {
            /** @description The mentorship. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Mentorship"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
        };
    };
    setAlumniCheckInPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The mentorship's id. */
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AlumniCheckInPlanInput"];
            };
        };
        responses: {
            /** @description The mentorship. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Mentorship"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
        };
    };
    addAlumniCheckIn: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The mentorship's id. */
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AlumniCheckInInput"];
            };
        };
        responses: {
            /** @description The mentorship with the new note. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Mentorship"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
        };
    };
    postOpportunity: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OpportunityInput"];
            };
        };
        responses: {
            /** @description Created, open. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Opportunity"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    opportunitiesForYou: {
        parameters: {
            query?: {
                /** @description Comma-separated kinds: job, internship, project, volunteering, event. */
                kind?: string;
                /** @description Comma-separated fields; the post names any of them. */
                field?: string;
                /** @description Comma-separated skills; the post asks for any of them. */
                skill?: string;
                /** @description The post suits this career stage. */
                stage?: components["schemas"]["CareerStage"];
                /** @description true: remote posts only. */
                remote?: boolean;
                /** @description Words the location contains. */
                location?: string;
                /** @description Keywords; each occurs in the title, organization, description, skills or fields. */
                q?: string;
                /** @description 1..100, default 20. */
                limit?: number;
                /** @description next_cursor of the previous page. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Best first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ForYouPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            422: components["responses"]["ValidationFailed"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    getOpportunity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The opportunity's id. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The post as I may see it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Opportunity"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            404: components["responses"]["NotFound"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    editOpportunity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The opportunity's id. */
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OpportunityPatch"];
            };
        };
        responses: {
            /** @description Edited. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Opportunity"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    closeOpportunity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The opportunity's id. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Closed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Opportunity"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    repostOpportunity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The opportunity's id. */
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RepostInput"];
            };
        };
        responses: {
            /** @description Open again. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Opportunity"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    hideOpportunity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The opportunity's id. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Hidden. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Opportunity"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    reportOpportunity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The opportunity's id. */
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReportInput"];
            };
        };
        responses: {
            /** @description Reported. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    expressInterest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The opportunity's id. */
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InterestInput"];
            };
        };
        responses: {
            /** @description The post, now with my interest. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Opportunity"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    withdrawInterest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The opportunity's id. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Withdrawn. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthenticated"];
            404: components["responses"]["NotFound"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    listInterested: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The opportunity's id. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Oldest first; members blocked either way are left out. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InterestedList"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    dismissOpportunity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The opportunity's id. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Dismissed (idempotent). */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthenticated"];
            404: components["responses"]["NotFound"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    myOpportunities: {
        parameters: {
            query?: {
                /** @description 1..100, default 20. */
                limit?: number;
                /** @description next_cursor of the previous page. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpportunityPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            422: components["responses"]["ValidationFailed"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    myInterests: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description My interests. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyInterestList"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    listIntroductions: {
        parameters: {
            query?: {
                role?: "requester" | "broker" | "target";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Newest first, at most 100, each as my role sees it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IntroductionList"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            422: components["responses"]["ValidationFailed"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
        };
    };
    createIntroduction: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IntroductionInput"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Introduction"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            /** @description too_many_introductions: 5 asks in 7 days already; broker_busy: the broker was asked 10 times in 7 days. */
            429: {
                headers: {
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
        };
    };
    getIntroduction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The introduction's id. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The introduction. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Introduction"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            404: components["responses"]["NotFound"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
        };
    };
    forwardIntroduction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The introduction's id. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["IntroductionForward"];
            };
        };
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Introduction"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
        };
    };
    declineIntroduction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The introduction's id. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Introduction"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
        };
    };
    acceptIntroduction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The introduction's id. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Introduction"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
        };
    };
    withdrawIntroduction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The introduction's id. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Introduction"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
        };
    };
    suggestIntroductionBrokers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The member to be introduced to. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description At most 5. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BrokerSuggestions"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
        };
    };
    opportunityIntroductionPaths: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The opportunity's id. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description At most 10, best broker first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IntroductionPathList"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            404: components["responses"]["NotFound"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
        };
    };
    listSavedSearches: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The saved searches. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SavedSearchList"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
        };
    };
    createSavedSearch: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SavedSearchInput"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SavedSearch"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
        };
    };
    getSavedSearch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The saved search's id. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The saved search. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SavedSearch"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            404: components["responses"]["NotFound"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
        };
    };
    deleteSavedSearch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The saved search's id. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
        };
    };
    updateSavedSearch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The saved search's id. */
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SavedSearchPatch"];
            };
        };
        responses: {
            /** @description The saved search. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SavedSearch"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
        };
    };
}
