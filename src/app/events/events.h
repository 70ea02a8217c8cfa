// Domain events: the facts a committed change produced, appended to the event
// log in the same transaction as the change (tx.events().Append, see
// events/ports.h) and handed to consumers in sequence order afterwards
// (event_dispatcher.h). One struct per event; its payload is JSON text.
//
// Payloads name ids and the few values a consumer cannot read back later
// (a note, a reason, the period a reminder is for). Consumers that need the
// current state (names, relations) read it from the store when they handle
// the event, so an event never has to carry a copy of a profile.
//
// Adding an event: a struct with kType (never renamed: stored rows carry it),
// its fields in EncodePayload/DecodeEvent (events.cc), and an alternative in
// DomainEvent. Consumers ignore alternatives they do not handle.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "base/ids.h"
#include "base/result.h"

namespace pln::app {

// ---- Members ----
struct MemberJoined {
  static constexpr std::string_view kType = "MemberJoined";
  MemberId member;
};
// Profile, attributes, visibility, discoverability or role changed.
struct MemberUpdated {
  static constexpr std::string_view kType = "MemberUpdated";
  MemberId member;
};
struct MemberDeleted {
  static constexpr std::string_view kType = "MemberDeleted";
  MemberId member;
};

// ---- Connections, follows, blocks ----
struct ConnectionRequested {
  static constexpr std::string_view kType = "ConnectionRequested";
  RequestId request;
  MemberId from, to;
  std::string note;
};
// `by` accepted a request from `other` (or sent one that crossed theirs).
struct ConnectionMade {
  static constexpr std::string_view kType = "ConnectionMade";
  RequestId request;
  MemberId by, other;
};
// A pending request was declined (by `to`) or withdrawn (by `from`).
struct ConnectionRequestClosed {
  static constexpr std::string_view kType = "ConnectionRequestClosed";
  RequestId request;
  MemberId from, to;
  std::string status;  // "declined" | "withdrawn"
};
struct ConnectionRemoved {
  static constexpr std::string_view kType = "ConnectionRemoved";
  MemberId by, other;
};
struct Followed {
  static constexpr std::string_view kType = "Followed";
  MemberId follower, followee;
};
struct Unfollowed {
  static constexpr std::string_view kType = "Unfollowed";
  MemberId follower, followee;
};
// Also ended the connection, follows and pending requests between the two.
struct Blocked {
  static constexpr std::string_view kType = "Blocked";
  MemberId blocker, blocked;
};
struct Unblocked {
  static constexpr std::string_view kType = "Unblocked";
  MemberId blocker, blocked;
};
struct SuggestionDismissed {
  static constexpr std::string_view kType = "SuggestionDismissed";
  MemberId viewer, other;
};

// ---- Mentorship ----
struct MentorshipRequested {
  static constexpr std::string_view kType = "MentorshipRequested";
  MentorshipRequestId request;
  MemberId mentee, mentor;
  std::vector<std::string> goals;
};
struct MentorshipAccepted {
  static constexpr std::string_view kType = "MentorshipAccepted";
  MentorshipRequestId request;
  MentorshipId mentorship;
  MemberId mentee, mentor;
};
struct MentorshipDeclined {
  static constexpr std::string_view kType = "MentorshipDeclined";
  MentorshipRequestId request;
  MemberId mentee, mentor;
  std::string reason;
};
struct MentorshipWithdrawn {
  static constexpr std::string_view kType = "MentorshipWithdrawn";
  MentorshipRequestId request;
  MemberId mentee, mentor;
};
struct MentorshipInfoRequested {
  static constexpr std::string_view kType = "MentorshipInfoRequested";
  MentorshipRequestId request;
  MemberId mentee, mentor;
  std::string question;
};
struct MentorshipInfoAnswered {
  static constexpr std::string_view kType = "MentorshipInfoAnswered";
  MentorshipRequestId request;
  MemberId mentee, mentor;
  std::string answer;
};
struct MentorshipRequestExpired {
  static constexpr std::string_view kType = "MentorshipRequestExpired";
  MentorshipRequestId request;
  MemberId mentee, mentor;
};
// The mentee found a mentor for the same goals elsewhere; this request closed.
struct MentorshipMatchedElsewhere {
  static constexpr std::string_view kType = "MentorshipMatchedElsewhere";
  MentorshipRequestId request;
  MemberId mentee, mentor;
};
// A mentorship made without a request (a program or an administrator).
struct MentorshipStarted {
  static constexpr std::string_view kType = "MentorshipStarted";
  MentorshipId mentorship;
  MemberId mentee, mentor;
};
struct CheckInLogged {
  static constexpr std::string_view kType = "CheckInLogged";
  MentorshipId mentorship;
  MemberId author, other;
  std::string date;  // YYYY-MM-DD
  std::string next_steps;
};
struct MentorshipEnded {
  static constexpr std::string_view kType = "MentorshipEnded";
  MentorshipId mentorship;
  MemberId by, other;
};
struct AlumniCheckInLogged {
  static constexpr std::string_view kType = "AlumniCheckInLogged";
  MentorshipId mentorship;
  MemberId author, other;
  std::string note;
};
// Recorded once per overdue period (the event's dedupe key).
struct CheckInOverdue {
  static constexpr std::string_view kType = "CheckInOverdue";
  MentorshipId mentorship;
  MemberId mentor, mentee;
  std::string cadence;  // domain::ToString(Cadence)
  std::string period_key;
};
// Recorded once per due time of the member's alumni plan.
struct AlumniCheckInDue {
  static constexpr std::string_view kType = "AlumniCheckInDue";
  MentorshipId mentorship;
  MemberId member, other;
  int64_t every_months = 0;
  int64_t due = 0;
};

// ---- Feedback ----
struct FeedbackRequested {
  static constexpr std::string_view kType = "FeedbackRequested";
  FeedbackRequestId request;
  MemberId requester;
  std::vector<MemberId> reviewers;
  std::string skill, question;
};
struct ReviewSubmitted {
  static constexpr std::string_view kType = "ReviewSubmitted";
  FeedbackRequestId request;
  ReviewId review;
  MemberId reviewer, requester;
  std::string skill;
};
// A reviewer's deadline is near (days 1..2) or today (0); recorded once per
// request, reviewer and stage ("soon" | "due").
struct FeedbackReminderDue {
  static constexpr std::string_view kType = "FeedbackReminderDue";
  FeedbackRequestId request;
  MemberId reviewer;
  std::string deadline, artifact_title, skill;
  int64_t days = 0;
  bool invited = false;  // not yet accepted or declined
};
struct EndorsementGiven {
  static constexpr std::string_view kType = "EndorsementGiven";
  EndorsementId endorsement;
  MemberId from, to;
  std::string skill;
};

// ---- Programs ----
struct ProgramPair {
  MemberId mentee, mentor;
};
// A program's assignment was published: these pairs now have mentorships.
struct ProgramPublished {
  static constexpr std::string_view kType = "ProgramPublished";
  ProgramId program;
  std::string name;
  std::vector<ProgramPair> pairs;
  std::vector<MemberId> unmatched;
};

// Members joined a program (a lead's import, or the demo): mentees are asked
// to rank mentors while preferences are open, mentors learn they take part.
struct ProgramParticipantsAdded {
  static constexpr std::string_view kType = "ProgramParticipantsAdded";
  ProgramId program;
  std::string name;
  std::vector<MemberId> mentees, mentors;
};

// ---- Opportunities ----
// A post was created or reposted (opened again); alert sweeps and the For-you
// index react to it.
struct OpportunityPosted {
  static constexpr std::string_view kType = "OpportunityPosted";
  OpportunityId opportunity;
  MemberId poster;
  bool repost = false;
};
// The poster edited an open post.
struct OpportunityEdited {
  static constexpr std::string_view kType = "OpportunityEdited";
  OpportunityId opportunity;
  MemberId poster;
};
// No longer open: closed by the poster or hidden by a moderator (`by`).
struct OpportunityClosed {
  static constexpr std::string_view kType = "OpportunityClosed";
  OpportunityId opportunity;
  MemberId poster, by;
  std::string status;  // "closed" | "hidden"
};
struct InterestExpressed {
  static constexpr std::string_view kType = "InterestExpressed";
  OpportunityId opportunity;
  MemberId member, poster;
};
struct InterestWithdrawn {
  static constexpr std::string_view kType = "InterestWithdrawn";
  OpportunityId opportunity;
  MemberId member, poster;
};
// `member` dismissed the post from their For-you list.
struct OpportunityDismissed {
  static constexpr std::string_view kType = "OpportunityDismissed";
  OpportunityId opportunity;
  MemberId member;
};
struct OpportunityReported {
  static constexpr std::string_view kType = "OpportunityReported";
  OpportunityId opportunity;
  MemberId reporter;
  std::string reason;
};

// ---- Introductions ----
// `requester` asked `broker` to introduce them to `target`. The private note to
// the broker never travels in an event (only the broker may read it).
struct IntroductionRequested {
  static constexpr std::string_view kType = "IntroductionRequested";
  IntroductionId introduction;
  MemberId requester, broker, target;
};
struct IntroductionForwarded {
  static constexpr std::string_view kType = "IntroductionForwarded";
  IntroductionId introduction;
  MemberId requester, broker, target;
};
// The target accepted: requester and target are now connected.
struct IntroductionAccepted {
  static constexpr std::string_view kType = "IntroductionAccepted";
  IntroductionId introduction;
  MemberId requester, broker, target;
};
// Ended without an introduction. Declines are silent: the requester is told
// only "not possible this time", at expiry or withdrawal, never who declined.
struct IntroductionClosed {
  static constexpr std::string_view kType = "IntroductionClosed";
  IntroductionId introduction;
  MemberId requester, broker, target;
  std::string status;  // "declined_by_broker" | "declined_by_target" | "withdrawn" | "expired"
};

// ---- Community ----
struct GroupCreated {
  static constexpr std::string_view kType = "GroupCreated";
  GroupId group;
  MemberId owner;
};
// `member`'s standing in `group` changed, by `by` (themselves when joining or
// leaving): "member" | "requested" | "invited" | "left" | "removed" |
// "refused"; `role` is the role they now hold ("" when they hold none).
struct GroupMembershipChanged {
  static constexpr std::string_view kType = "GroupMembershipChanged";
  GroupId group;
  MemberId member, by;
  std::string state, role;
};
// A post was published; `group` is 0 for a profile post. `mentions` are the
// members its body names (the consumer tells only those who may read it).
struct PostPublished {
  static constexpr std::string_view kType = "PostPublished";
  PostId post;
  MemberId author;
  GroupId group;
  std::vector<MemberId> mentions;
};
// `parent_author` is 0 for a top-level comment.
struct CommentAdded {
  static constexpr std::string_view kType = "CommentAdded";
  CommentId comment;
  PostId post;
  MemberId author, post_author, parent_author;
  std::vector<MemberId> mentions;
};

using DomainEvent =
    std::variant<MemberJoined, MemberUpdated, MemberDeleted, ConnectionRequested, ConnectionMade,
                 ConnectionRequestClosed, ConnectionRemoved, Followed, Unfollowed, Blocked,
                 Unblocked, SuggestionDismissed, MentorshipRequested, MentorshipAccepted,
                 MentorshipDeclined, MentorshipWithdrawn, MentorshipInfoRequested,
                 MentorshipInfoAnswered, MentorshipRequestExpired, MentorshipMatchedElsewhere,
                 MentorshipStarted, CheckInLogged, MentorshipEnded, AlumniCheckInLogged,
                 CheckInOverdue, AlumniCheckInDue, FeedbackRequested, ReviewSubmitted,
                 FeedbackReminderDue, EndorsementGiven, ProgramPublished, OpportunityPosted,
                 OpportunityEdited, OpportunityClosed, InterestExpressed, InterestWithdrawn,
                 OpportunityDismissed, OpportunityReported, IntroductionRequested,
                 IntroductionForwarded, IntroductionAccepted, IntroductionClosed, GroupCreated,
                 GroupMembershipChanged, PostPublished, CommentAdded, ProgramParticipantsAdded>;

std::string_view EventType(const DomainEvent& event);
// JSON object text; never fails.
std::string EncodePayload(const DomainEvent& event);
// kNotFound "event type" for a type this build does not know (a newer node
// wrote it); kMalformed for a payload that is not what its type needs. Never
// throws.
Result<DomainEvent> DecodeEvent(std::string_view type, std::string_view payload);

// One row of the log as stored.
struct StoredEvent {
  int64_t seq = 0;
  std::string type;
  int64_t at = 0;  // ms since the epoch
  std::optional<MemberId> actor;
  std::string payload;
};

}  // namespace pln::app
