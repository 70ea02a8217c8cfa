// The route table: every route of docs/api.md with its access rule.
#include <charconv>

#include "http/handlers.h"

namespace pln::http {

const std::vector<RouteSpec>& ApiRoutes() {
  using enum Method;
  constexpr Access kPublic = Access::kPublic, kOptional = Access::kOptional,
                   kMember = Access::kMember;
  static const std::vector<RouteSpec> kRoutes = {
      {kGet, "/healthz", kPublic, false, HandleHealth},
      {kGet, "/metrics", kPublic, false, HandleMetrics},
      {kGet, "/api/v1/openapi.json", kPublic, false, HandleOpenApi},

      // Signup, login and token creation take credentials, not a session:
      // no principal is resolved and no CSRF token is needed.
      {kPost, "/api/v1/auth/signup", kPublic, true, HandleSignUp},
      {kPost, "/api/v1/auth/login", kPublic, true, HandleLogIn},
      {kPost, "/api/v1/auth/logout", kOptional, false, HandleLogOut},
      {kPost, "/api/v1/auth/tokens", kPublic, true, HandleCreateToken},
      {kGet, "/api/v1/auth/tokens", kMember, false, HandleListTokens},
      {kDelete, "/api/v1/auth/tokens/{id}", kMember, false, HandleRevokeToken},

      {kGet, "/api/v1/me", kMember, false, HandleGetMe},
      {kPatch, "/api/v1/me/profile", kMember, false, HandlePatchProfile},
      {kPost, "/api/v1/me/password", kMember, false, HandleChangePassword},
      {kDelete, "/api/v1/me", kMember, false, HandleDeleteAccount},
      {kGet, "/api/v1/me/next-steps", kMember, false, HandleNextSteps},

      {kGet, "/api/v1/members/{id}", kOptional, false, HandleGetMember},
      {kGet, "/api/v1/members", kMember, false, HandleSearchMembers},

      {kPost, "/api/v1/connections/requests", kMember, false, HandleSendRequest},
      {kGet, "/api/v1/connections/requests", kMember, false, HandleListRequests},
      {kPost, "/api/v1/connections/requests/{id}/accept", kMember, false, HandleAcceptRequest},
      {kPost, "/api/v1/connections/requests/{id}/decline", kMember, false, HandleDeclineRequest},
      {kPost, "/api/v1/connections/requests/{id}/withdraw", kMember, false, HandleWithdrawRequest},
      {kGet, "/api/v1/connections", kMember, false, HandleListConnections},
      {kDelete, "/api/v1/connections/{memberId}", kMember, false, HandleRemoveConnection},

      {kPost, "/api/v1/follows", kMember, false, HandleFollow},
      {kDelete, "/api/v1/follows/{memberId}", kMember, false, HandleUnfollow},
      {kPost, "/api/v1/blocks", kMember, false, HandleBlock},
      {kGet, "/api/v1/blocks", kMember, false, HandleListBlocks},
      {kDelete, "/api/v1/blocks/{memberId}", kMember, false, HandleUnblock},

      {kPost, "/api/v1/feedback/requests", kMember, false, HandleCreateFeedbackRequest},
      {kGet, "/api/v1/feedback/requests", kMember, false, HandleListFeedbackRequests},
      {kGet, "/api/v1/feedback/requests/{id}", kMember, false, HandleGetFeedbackRequest},
      {kPost, "/api/v1/feedback/requests/{id}/accept", kMember, false, HandleAcceptFeedbackRequest},
      {kPost, "/api/v1/feedback/requests/{id}/decline", kMember, false,
       HandleDeclineFeedbackRequest},
      {kPost, "/api/v1/feedback/requests/{id}/reviews", kMember, false, HandleSubmitReview},
      {kPatch, "/api/v1/feedback/reviews/{id}", kMember, false, HandleReactToReview},
      {kGet, "/api/v1/feedback/reviewer-suggestions", kMember, false, HandleSuggestReviewers},
      {kGet, "/api/v1/me/feedback-stats", kMember, false, HandleMyFeedbackStats},
      {kGet, "/api/v1/skills/{skill}/timeline", kMember, false, HandleSkillTimeline},
      {kPost, "/api/v1/members/{id}/endorsements", kMember, false, HandleEndorse},
      {kGet, "/api/v1/members/{id}/endorsements", kOptional, false, HandleListEndorsements},
      {kDelete, "/api/v1/endorsements/{id}", kMember, false, HandleRemoveEndorsement},
      {kGet, "/api/v1/members/{id}/reviews", kOptional, false, HandleListShownReviews},

      {kGet, "/api/v1/me/mentor-offer", kMember, false, HandleGetMyMentorOffer},
      {kPut, "/api/v1/me/mentor-offer", kMember, false, HandlePutMyMentorOffer},
      {kGet, "/api/v1/members/{id}/mentor-offer", kMember, false, HandleGetMentorOffer},
      {kGet, "/api/v1/members/{id}/mentorship-alumni", kMember, false, HandleListMemberAlumni},
      {kGet, "/api/v1/mentors", kMember, false, HandleFindMentors},
      {kPost, "/api/v1/mentorship/requests", kMember, false, HandleCreateMentorshipRequest},
      {kGet, "/api/v1/mentorship/requests", kMember, false, HandleListMentorshipRequests},
      {kGet, "/api/v1/mentorship/requests/{id}", kMember, false, HandleGetMentorshipRequest},
      {kPost, "/api/v1/mentorship/requests/{id}/accept", kMember, false,
       HandleAcceptMentorshipRequest},
      {kPost, "/api/v1/mentorship/requests/{id}/decline", kMember, false,
       HandleDeclineMentorshipRequest},
      {kPost, "/api/v1/mentorship/requests/{id}/withdraw", kMember, false,
       HandleWithdrawMentorshipRequest},
      {kPost, "/api/v1/mentorship/requests/{id}/ask-info", kMember, false,
       HandleAskInfoMentorshipRequest},
      {kPost, "/api/v1/mentorship/requests/{id}/answer", kMember, false,
       HandleAnswerMentorshipRequest},
      {kGet, "/api/v1/mentorships", kMember, false, HandleListMentorships},
      {kGet, "/api/v1/mentorships/{id}", kMember, false, HandleGetMentorship},
      {kPost, "/api/v1/mentorships/{id}/goals", kMember, false, HandleAddMentorshipGoal},
      {kPatch, "/api/v1/mentorships/{id}/goals/{goalId}", kMember, false,
       HandleUpdateMentorshipGoal},
      {kDelete, "/api/v1/mentorships/{id}/goals/{goalId}", kMember, false,
       HandleDeleteMentorshipGoal},
      {kPost, "/api/v1/mentorships/{id}/check-ins", kMember, false, HandleAddCheckIn},
      {kPost, "/api/v1/mentorships/{id}/end", kMember, false, HandleEndMentorship},
      {kPost, "/api/v1/mentorships/{id}/feedback", kMember, false, HandleMentorshipFeedback},
      {kPut, "/api/v1/mentorships/{id}/alumni", kMember, false, HandleMentorshipAlumni},
      {kPut, "/api/v1/mentorships/{id}/alumni-check-in", kMember, false, HandleAlumniCheckInPlan},
      {kPost, "/api/v1/mentorships/{id}/alumni-check-ins", kMember, false, HandleAddAlumniCheckIn},
      {kGet, "/api/v1/notifications", kMember, false, HandleListNotifications},
      {kGet, "/api/v1/notifications/unread-count", kMember, false, HandleUnreadNotifications},
      {kPost, "/api/v1/notifications/{id}/read", kMember, false, HandleReadNotification},
      {kPost, "/api/v1/notifications/read-all", kMember, false, HandleReadAllNotifications},
      {kGet, "/api/v1/recommendations/people", kMember, false, HandlePeopleYouMayKnow},
      {kPost, "/api/v1/recommendations/people/{id}/dismiss", kMember, false,
       HandleDismissSuggestion},
      {kGet, "/api/v1/members/{id}/paths", kMember, false, HandleMemberPaths},
      {kPost, "/api/v1/programs", kMember, false, HandleCreateProgram},
      {kGet, "/api/v1/programs", kMember, false, HandleListPrograms},
      {kGet, "/api/v1/programs/{id}", kMember, false, HandleGetProgram},
      {kPost, "/api/v1/programs/{id}/import/preview", kMember, false, HandlePreviewProgramImport},
      {kPost, "/api/v1/programs/{id}/import", kMember, false, HandleCommitProgramImport},
      {kGet, "/api/v1/programs/{id}/participants", kMember, false, HandleListProgramParticipants},
      {kDelete, "/api/v1/programs/{id}/participants/{memberId}", kMember, false,
       HandleRemoveProgramParticipant},
      {kPut, "/api/v1/programs/{id}/preferences", kMember, false, HandleSetProgramPreferences},
      {kGet, "/api/v1/programs/{id}/constraints", kMember, false, HandleListProgramConstraints},
      {kPost, "/api/v1/programs/{id}/constraints", kMember, false, HandleSetProgramConstraint},
      {kPost, "/api/v1/programs/{id}/matching", kMember, false, HandleRunProgramMatching},
      {kGet, "/api/v1/programs/{id}/proposal", kMember, false, HandleGetProgramProposal},
      {kPost, "/api/v1/programs/{id}/publish", kMember, false, HandlePublishProgram},
      {kPost, "/api/v1/programs/{id}/close", kMember, false, HandleCloseProgram},
      {kGet, "/api/v1/programs/{id}/dashboard", kMember, false, HandleProgramDashboard},

      {kPost, "/api/v1/opportunities", kMember, false, HandlePostOpportunity},
      {kGet, "/api/v1/opportunities/for-you", kMember, false, HandleOpportunitiesForYou},
      {kGet, "/api/v1/opportunities/{id}", kMember, false, HandleGetOpportunity},
      {kPatch, "/api/v1/opportunities/{id}", kMember, false, HandleEditOpportunity},
      {kPost, "/api/v1/opportunities/{id}/close", kMember, false, HandleCloseOpportunity},
      {kPost, "/api/v1/opportunities/{id}/repost", kMember, false, HandleRepostOpportunity},
      {kPost, "/api/v1/opportunities/{id}/hide", kMember, false, HandleHideOpportunity},
      {kPost, "/api/v1/opportunities/{id}/report", kMember, false, HandleReportOpportunity},
      {kPost, "/api/v1/opportunities/{id}/interest", kMember, false, HandleExpressInterest},
      {kDelete, "/api/v1/opportunities/{id}/interest", kMember, false, HandleWithdrawInterest},
      {kGet, "/api/v1/opportunities/{id}/interested", kMember, false, HandleListInterested},
      {kPost, "/api/v1/opportunities/{id}/dismiss", kMember, false, HandleDismissOpportunity},
      {kGet, "/api/v1/me/opportunities", kMember, false, HandleMyOpportunities},
      {kGet, "/api/v1/me/interests", kMember, false, HandleMyInterests},
      {kPost, "/api/v1/introductions", kMember, false, HandleCreateIntroduction},
      {kGet, "/api/v1/introductions", kMember, false, HandleListIntroductions},
      {kGet, "/api/v1/introductions/{id}", kMember, false, HandleGetIntroduction},
      {kPost, "/api/v1/introductions/{id}/forward", kMember, false, HandleForwardIntroduction},
      {kPost, "/api/v1/introductions/{id}/decline", kMember, false, HandleDeclineIntroduction},
      {kPost, "/api/v1/introductions/{id}/accept", kMember, false, HandleAcceptIntroduction},
      {kPost, "/api/v1/introductions/{id}/withdraw", kMember, false, HandleWithdrawIntroduction},
      {kGet, "/api/v1/members/{id}/introduction-brokers", kMember, false,
       HandleSuggestIntroductionBrokers},
      {kGet, "/api/v1/opportunities/{id}/introduction-paths", kMember, false,
       HandleOpportunityIntroductionPaths},
      {kPost, "/api/v1/saved-searches", kMember, false, HandleCreateSavedSearch},
      {kGet, "/api/v1/saved-searches", kMember, false, HandleListSavedSearches},
      {kGet, "/api/v1/saved-searches/{id}", kMember, false, HandleGetSavedSearch},
      {kPatch, "/api/v1/saved-searches/{id}", kMember, false, HandleUpdateSavedSearch},
      {kDelete, "/api/v1/saved-searches/{id}", kMember, false, HandleDeleteSavedSearch},
  };
  return kRoutes;
}

Result<int64_t> PathId(const Context& ctx, std::string_view name, std::string_view what) {
  const std::string_view raw = ctx.params.Get(name);
  int64_t value = 0;
  auto [end, ec] = std::from_chars(raw.data(), raw.data() + raw.size(), value);
  if (raw.empty() || ec != std::errc() || end != raw.data() + raw.size() || value <= 0) {
    return NotFoundError(std::string(what));
  }
  return value;
}

}  // namespace pln::http
