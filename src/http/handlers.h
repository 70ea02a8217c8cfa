// Route handlers: parse → call one service → serialize (docs/api.md).
//
// Each handler is a plain function over a Context; the route table in
// routes.cc binds them to methods and paths together with their access rule.
// Handlers return errors as Status; the pipeline (api.cc) maps them to HTTP.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "app/accounts/accounts.h"
#include "base/result.h"
#include "domain/relationship.h"
#include "http/metrics.h"
#include "http/request.h"
#include "http/router.h"
#include "http/server.h"

namespace pln::http {

// What handlers may use; shared by all requests, read-only.
struct Deps {
  Services services;
  HttpConfig config;
  Metrics* metrics = nullptr;
};

struct Context {
  const Deps& deps;
  const Request& request;
  const PathParams& params;
  const std::optional<app::Principal>& principal;  // always set on Access::kMember routes
  std::string_view session_token;                  // raw cookie if cookie-authenticated

  const app::Principal& caller() const { return *principal; }
  // The caller as the app's rules see them: the member and role, or an
  // anonymous visitor on routes that allow one.
  domain::Viewer Viewer() const {
    domain::Viewer viewer;
    if (principal) {
      viewer.id = principal->member;
      viewer.role = principal->role;
    }
    return viewer;
  }
};

// The positive integer path parameter `name`; kNotFound naming `what`
// ("member") otherwise, since such a URL names nothing.
Result<int64_t> PathId(const Context& ctx, std::string_view name, std::string_view what);

// All API routes, in the order of docs/api.md.
const std::vector<RouteSpec>& ApiRoutes();

// handlers_system.cc
Status HandleHealth(Context& ctx, Response& out);
Status HandleMetrics(Context& ctx, Response& out);
Status HandleOpenApi(Context& ctx, Response& out);

// handlers_auth.cc
Status HandleSignUp(Context& ctx, Response& out);
Status HandleLogIn(Context& ctx, Response& out);
Status HandleLogOut(Context& ctx, Response& out);
Status HandleCreateToken(Context& ctx, Response& out);
Status HandleListTokens(Context& ctx, Response& out);
Status HandleRevokeToken(Context& ctx, Response& out);
Status HandleChangePassword(Context& ctx, Response& out);
Status HandleDeleteAccount(Context& ctx, Response& out);

// handlers_members.cc
Status HandleGetMe(Context& ctx, Response& out);
Status HandlePatchProfile(Context& ctx, Response& out);
Status HandleGetMember(Context& ctx, Response& out);
Status HandleSearchMembers(Context& ctx, Response& out);

// handlers_connections.cc
Status HandleSendRequest(Context& ctx, Response& out);
Status HandleListRequests(Context& ctx, Response& out);
Status HandleAcceptRequest(Context& ctx, Response& out);
Status HandleDeclineRequest(Context& ctx, Response& out);
Status HandleWithdrawRequest(Context& ctx, Response& out);
Status HandleListConnections(Context& ctx, Response& out);
Status HandleRemoveConnection(Context& ctx, Response& out);
Status HandleFollow(Context& ctx, Response& out);
Status HandleUnfollow(Context& ctx, Response& out);
Status HandleBlock(Context& ctx, Response& out);
Status HandleListBlocks(Context& ctx, Response& out);
Status HandleUnblock(Context& ctx, Response& out);

// handlers_feedback.cc
Status HandleCreateFeedbackRequest(Context& ctx, Response& out);
Status HandleListFeedbackRequests(Context& ctx, Response& out);
Status HandleGetFeedbackRequest(Context& ctx, Response& out);
Status HandleAcceptFeedbackRequest(Context& ctx, Response& out);
Status HandleDeclineFeedbackRequest(Context& ctx, Response& out);
Status HandleSubmitReview(Context& ctx, Response& out);
Status HandleReactToReview(Context& ctx, Response& out);
Status HandleSkillTimeline(Context& ctx, Response& out);
Status HandleEndorse(Context& ctx, Response& out);
Status HandleListEndorsements(Context& ctx, Response& out);
Status HandleRemoveEndorsement(Context& ctx, Response& out);
Status HandleMyFeedbackStats(Context& ctx, Response& out);
Status HandleListShownReviews(Context& ctx, Response& out);
Status HandleSuggestReviewers(Context& ctx, Response& out);

// handlers_home.cc
Status HandleNextSteps(Context& ctx, Response& out);

// handlers_mentorship.cc
Status HandleGetMyMentorOffer(Context& ctx, Response& out);
Status HandlePutMyMentorOffer(Context& ctx, Response& out);
Status HandleGetMentorOffer(Context& ctx, Response& out);
Status HandleFindMentors(Context& ctx, Response& out);
Status HandleCreateMentorshipRequest(Context& ctx, Response& out);
Status HandleListMentorshipRequests(Context& ctx, Response& out);
Status HandleGetMentorshipRequest(Context& ctx, Response& out);
Status HandleAcceptMentorshipRequest(Context& ctx, Response& out);
Status HandleDeclineMentorshipRequest(Context& ctx, Response& out);
Status HandleWithdrawMentorshipRequest(Context& ctx, Response& out);
Status HandleAskInfoMentorshipRequest(Context& ctx, Response& out);
Status HandleAnswerMentorshipRequest(Context& ctx, Response& out);
Status HandleListMentorships(Context& ctx, Response& out);
Status HandleGetMentorship(Context& ctx, Response& out);
Status HandleAddMentorshipGoal(Context& ctx, Response& out);
Status HandleUpdateMentorshipGoal(Context& ctx, Response& out);
Status HandleDeleteMentorshipGoal(Context& ctx, Response& out);
Status HandleAddCheckIn(Context& ctx, Response& out);
Status HandleEndMentorship(Context& ctx, Response& out);
Status HandleMentorshipFeedback(Context& ctx, Response& out);
Status HandleMentorshipAlumni(Context& ctx, Response& out);
Status HandleAlumniCheckInPlan(Context& ctx, Response& out);
Status HandleAddAlumniCheckIn(Context& ctx, Response& out);
Status HandleListMemberAlumni(Context& ctx, Response& out);
// handlers_notifications.cc
Status HandleListNotifications(Context& ctx, Response& out);
Status HandleUnreadNotifications(Context& ctx, Response& out);
Status HandleReadNotification(Context& ctx, Response& out);
Status HandleReadAllNotifications(Context& ctx, Response& out);
// handlers_network.cc
Status HandlePeopleYouMayKnow(Context& ctx, Response& out);
Status HandleDismissSuggestion(Context& ctx, Response& out);
Status HandleMemberPaths(Context& ctx, Response& out);
// handlers_programs.cc
Status HandleCreateProgram(Context& ctx, Response& out);
Status HandleListPrograms(Context& ctx, Response& out);
Status HandleGetProgram(Context& ctx, Response& out);
Status HandlePreviewProgramImport(Context& ctx, Response& out);
Status HandleCommitProgramImport(Context& ctx, Response& out);
Status HandleListProgramParticipants(Context& ctx, Response& out);
Status HandleRemoveProgramParticipant(Context& ctx, Response& out);
Status HandleSetProgramPreferences(Context& ctx, Response& out);
Status HandleListProgramConstraints(Context& ctx, Response& out);
Status HandleSetProgramConstraint(Context& ctx, Response& out);
Status HandleRunProgramMatching(Context& ctx, Response& out);
Status HandleGetProgramProposal(Context& ctx, Response& out);
Status HandlePublishProgram(Context& ctx, Response& out);
Status HandleCloseProgram(Context& ctx, Response& out);
Status HandleProgramDashboard(Context& ctx, Response& out);
// handlers_introductions.cc
Status HandleCreateIntroduction(Context& ctx, Response& out);
Status HandleListIntroductions(Context& ctx, Response& out);
Status HandleGetIntroduction(Context& ctx, Response& out);
Status HandleForwardIntroduction(Context& ctx, Response& out);
Status HandleDeclineIntroduction(Context& ctx, Response& out);
Status HandleAcceptIntroduction(Context& ctx, Response& out);
Status HandleWithdrawIntroduction(Context& ctx, Response& out);
Status HandleSuggestIntroductionBrokers(Context& ctx, Response& out);
Status HandleOpportunityIntroductionPaths(Context& ctx, Response& out);

// handlers_opportunities.cc (issue 18)
Status HandlePostOpportunity(Context& ctx, Response& out);
Status HandleOpportunitiesForYou(Context& ctx, Response& out);
Status HandleGetOpportunity(Context& ctx, Response& out);
Status HandleEditOpportunity(Context& ctx, Response& out);
Status HandleCloseOpportunity(Context& ctx, Response& out);
Status HandleRepostOpportunity(Context& ctx, Response& out);
Status HandleHideOpportunity(Context& ctx, Response& out);
Status HandleReportOpportunity(Context& ctx, Response& out);
Status HandleExpressInterest(Context& ctx, Response& out);
Status HandleWithdrawInterest(Context& ctx, Response& out);
Status HandleListInterested(Context& ctx, Response& out);
Status HandleDismissOpportunity(Context& ctx, Response& out);
Status HandleMyOpportunities(Context& ctx, Response& out);
Status HandleMyInterests(Context& ctx, Response& out);
// handlers_saved_searches.cc
Status HandleCreateSavedSearch(Context& ctx, Response& out);
Status HandleListSavedSearches(Context& ctx, Response& out);
Status HandleGetSavedSearch(Context& ctx, Response& out);
Status HandleUpdateSavedSearch(Context& ctx, Response& out);
Status HandleDeleteSavedSearch(Context& ctx, Response& out);

}  // namespace pln::http
