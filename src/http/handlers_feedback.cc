// Feedback requests, reviews, endorsements and the skill timeline (issue 5);
// their JSON is http/json/feedback.h.
#include "http/handlers.h"
#include "http/json/feedback.h"
#include "http/json_body.h"
#include "http/json_writer.h"
#include "http/query.h"

namespace pln::http {
namespace {

Result<FeedbackRequestId> RequestIdParam(const Context& ctx) {
  ASSIGN_OR_RETURN(int64_t id, PathId(ctx, "id", "feedback request"));
  return FeedbackRequestId(id);
}

void RespondWithRequest(const app::FeedbackRequestView& v, int status, Response& out) {
  JsonWriter w(2048);
  WriteFeedbackRequest(w, v);
  out.SetJson(status, w.Take());
}

void RespondWithReview(const domain::Review& review, int status, Response& out) {
  JsonWriter w(1024);
  WriteReview(w, review);
  out.SetJson(status, w.Take());
}

Status Respond(Context& ctx, app::ReviewerAction action, Response& out) {
  ASSIGN_OR_RETURN(FeedbackRequestId id, RequestIdParam(ctx));
  ASSIGN_OR_RETURN(app::FeedbackRequestView v,
                   ctx.deps.services.feedback_requests.Respond(ctx.caller().member, id, action));
  RespondWithRequest(v, 200, out);
  return Status::Ok();
}

}  // namespace

Status HandleMyFeedbackStats(Context& ctx, Response& out) {
  ASSIGN_OR_RETURN(app::Reciprocity r,
                   ctx.deps.services.feedback_requests.MyReciprocity(ctx.caller().member));
  JsonWriter w(128);
  WriteReciprocity(w, r);
  out.SetJson(200, w.Take());
  return Status::Ok();
}

Status HandleSuggestReviewers(Context& ctx, Response& out) {
  ASSIGN_OR_RETURN(std::string skill, ReadSuggestionSkill(ctx.request));
  ASSIGN_OR_RETURN(auto items,
                   ctx.deps.services.reviewer_suggestions.Suggest(ctx.caller().member, skill));
  JsonWriter w(256 + items.size() * 384);
  WriteReviewerSuggestions(w, items);
  out.SetJson(200, w.Take());
  return Status::Ok();
}

Status HandleCreateFeedbackRequest(Context& ctx, Response& out) {
  ASSIGN_OR_RETURN(nlohmann::json body, ParseJsonObject(ctx.request));
  ASSIGN_OR_RETURN(domain::FeedbackRequestInput in, ReadFeedbackRequestInput(body));
  ASSIGN_OR_RETURN(app::FeedbackRequestView v, ctx.deps.services.feedback_requests.CreateRequest(
                                                   ctx.caller().member, std::move(in)));
  RespondWithRequest(v, 201, out);
  return Status::Ok();
}

Status HandleListFeedbackRequests(Context& ctx, Response& out) {
  ASSIGN_OR_RETURN(FeedbackRequestsQuery q, ReadFeedbackRequestsQuery(ctx.request));
  ASSIGN_OR_RETURN(auto page, ctx.deps.services.feedback_requests.ListRequests(
                                  ctx.caller().member, q.role, q.cursor, q.limit));
  JsonWriter w(256 + page.items.size() * 2048);
  WriteFeedbackRequestPage(w, page);
  out.SetJson(200, w.Take());
  return Status::Ok();
}

Status HandleGetFeedbackRequest(Context& ctx, Response& out) {
  ASSIGN_OR_RETURN(FeedbackRequestId id, RequestIdParam(ctx));
  ASSIGN_OR_RETURN(app::FeedbackRequestView v,
                   ctx.deps.services.feedback_requests.GetRequest(ctx.caller().member, id));
  RespondWithRequest(v, 200, out);
  return Status::Ok();
}

Status HandleAcceptFeedbackRequest(Context& ctx, Response& out) {
  return Respond(ctx, app::ReviewerAction::kAccept, out);
}
Status HandleDeclineFeedbackRequest(Context& ctx, Response& out) {
  return Respond(ctx, app::ReviewerAction::kDecline, out);
}

Status HandleSubmitReview(Context& ctx, Response& out) {
  ASSIGN_OR_RETURN(FeedbackRequestId id, RequestIdParam(ctx));
  ASSIGN_OR_RETURN(nlohmann::json body, ParseJsonObject(ctx.request));
  ASSIGN_OR_RETURN(domain::ReviewInput in, ReadReviewInput(body));
  ASSIGN_OR_RETURN(domain::Review review, ctx.deps.services.feedback_requests.SubmitReview(
                                              ctx.caller().member, id, std::move(in)));
  RespondWithReview(review, 201, out);
  return Status::Ok();
}

Status HandleReactToReview(Context& ctx, Response& out) {
  ASSIGN_OR_RETURN(int64_t id, PathId(ctx, "id", "review"));
  ASSIGN_OR_RETURN(nlohmann::json body, ParseJsonObject(ctx.request));
  ASSIGN_OR_RETURN(app::ReviewReaction reaction, ReadReviewReaction(body));
  ASSIGN_OR_RETURN(domain::Review review, ctx.deps.services.feedback_requests.React(
                                              ctx.caller().member, ReviewId(id), reaction));
  RespondWithReview(review, 200, out);
  return Status::Ok();
}

Status HandleSkillTimeline(Context& ctx, Response& out) {
  // Path parameters arrive percent-encoded ("UX%20Research").
  std::optional<std::string> skill = PercentDecode(ctx.params.Get("skill"), false);
  if (!skill) return ValidationError({{"skill", "must be a URL-encoded skill name"}});
  ASSIGN_OR_RETURN(app::SkillTimeline t,
                   ctx.deps.services.skill_timelines.Timeline(ctx.caller().member, *skill));
  JsonWriter w(512 + t.points.size() * 256);
  WriteSkillTimeline(w, t);
  out.SetJson(200, w.Take());
  return Status::Ok();
}

Status HandleEndorse(Context& ctx, Response& out) {
  ASSIGN_OR_RETURN(int64_t member, PathId(ctx, "id", "member"));
  ASSIGN_OR_RETURN(nlohmann::json body, ParseJsonObject(ctx.request));
  ASSIGN_OR_RETURN(app::EndorsementInput in, ReadEndorsementInput(body));
  ASSIGN_OR_RETURN(app::EndorsementView e, ctx.deps.services.endorsements.Endorse(
                                               ctx.caller().member, MemberId(member), in));
  JsonWriter w(512);
  WriteEndorsement(w, e);
  out.SetJson(201, w.Take());
  return Status::Ok();
}

Status HandleListEndorsements(Context& ctx, Response& out) {
  ASSIGN_OR_RETURN(int64_t member, PathId(ctx, "id", "member"));
  ASSIGN_OR_RETURN(auto items, ctx.deps.services.endorsements.List(ctx.Viewer(), MemberId(member)));
  JsonWriter w(256 + items.size() * 384);
  WriteEndorsements(w, items);
  out.SetJson(200, w.Take());
  return Status::Ok();
}

Status HandleListShownReviews(Context& ctx, Response& out) {
  ASSIGN_OR_RETURN(int64_t member, PathId(ctx, "id", "member"));
  ASSIGN_OR_RETURN(auto items, ctx.deps.services.feedback_requests.ListShownReviews(
                                   ctx.Viewer(), MemberId(member)));
  JsonWriter w(256 + items.size() * 1024);
  WriteShownReviews(w, items);
  out.SetJson(200, w.Take());
  return Status::Ok();
}

Status HandleRemoveEndorsement(Context& ctx, Response& out) {
  ASSIGN_OR_RETURN(int64_t id, PathId(ctx, "id", "endorsement"));
  RETURN_IF_ERROR(ctx.deps.services.endorsements.Remove(ctx.caller().member, EndorsementId(id)));
  out.SetNoContent();
  return Status::Ok();
}

}  // namespace pln::http
