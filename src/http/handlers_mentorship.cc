// Mentor offers, mentor discovery, mentorship requests, mentorships and
// alumni ties (issue 4). The JSON is http/json/mentorship's.
#include "http/handlers.h"
#include "http/json/mentorship.h"
#include "http/json_body.h"

namespace pln::http {
namespace {

Result<MentorshipRequestId> RequestIdParam(const Context& ctx) {
  ASSIGN_OR_RETURN(int64_t id, PathId(ctx, "id", "mentorship request"));
  return MentorshipRequestId(id);
}

Result<MentorshipId> MentorshipIdParam(const Context& ctx) {
  ASSIGN_OR_RETURN(int64_t id, PathId(ctx, "id", "mentorship"));
  return MentorshipId(id);
}

// The body's one text field `key` (see ReadTextBody).
Result<std::string> TextBody(const Context& ctx, std::string_view key, Presence presence) {
  ASSIGN_OR_RETURN(nlohmann::json body, ParseJsonObject(ctx.request));
  return ReadTextBody(body, key, presence);
}

using RequestDecision = Result<app::MentorshipRequestView> (app::MentorshipRequests::*)(
    MemberId, MentorshipRequestId, const std::string&);

// decline / ask-info / answer: the request and one required text field.
Status DecideRequest(Context& ctx, Response& out, RequestDecision decide, std::string_view key) {
  ASSIGN_OR_RETURN(MentorshipRequestId id, RequestIdParam(ctx));
  ASSIGN_OR_RETURN(std::string text, TextBody(ctx, key, Presence::kRequired));
  ASSIGN_OR_RETURN(app::MentorshipRequestView v,
                   (ctx.deps.services.mentorship_requests.*decide)(ctx.caller().member, id, text));
  out.SetJson(200, MentorshipRequestJson(v));
  return Status::Ok();
}

}  // namespace

// ---- Offers and discovery ----

Status HandleGetMyMentorOffer(Context& ctx, Response& out) {
  ASSIGN_OR_RETURN(app::OfferView v, ctx.deps.services.mentor_offers.Mine(ctx.caller().member));
  out.SetJson(200, OfferJson(v));
  return Status::Ok();
}

Status HandlePutMyMentorOffer(Context& ctx, Response& out) {
  ASSIGN_OR_RETURN(nlohmann::json body, ParseJsonObject(ctx.request));
  ASSIGN_OR_RETURN(app::OfferInput in, ReadOfferInput(body));
  ASSIGN_OR_RETURN(app::OfferView v,
                   ctx.deps.services.mentor_offers.Put(ctx.caller().member, std::move(in)));
  out.SetJson(200, OfferJson(v));
  return Status::Ok();
}

Status HandleGetMentorOffer(Context& ctx, Response& out) {
  ASSIGN_OR_RETURN(int64_t id, PathId(ctx, "id", "member"));
  ASSIGN_OR_RETURN(app::OfferView v,
                   ctx.deps.services.mentor_offers.Get(ctx.Viewer(), MemberId(id)));
  out.SetJson(200, OfferJson(v));
  return Status::Ok();
}

Status HandleFindMentors(Context& ctx, Response& out) {
  ASSIGN_OR_RETURN(app::MentorSearch search, ReadMentorSearch(ctx.request));
  ASSIGN_OR_RETURN(app::MentorPage page,
                   ctx.deps.services.mentor_discovery.Find(ctx.caller().member, search));
  out.SetJson(200, MentorPageJson(page));
  return Status::Ok();
}

// ---- Requests ----

Status HandleCreateMentorshipRequest(Context& ctx, Response& out) {
  ASSIGN_OR_RETURN(nlohmann::json body, ParseJsonObject(ctx.request));
  ASSIGN_OR_RETURN(NewMentorshipRequest in, ReadNewMentorshipRequest(body));
  ASSIGN_OR_RETURN(app::MentorshipRequestView v,
                   ctx.deps.services.mentorship_requests.Create(ctx.caller().member, in.mentor,
                                                                std::move(in.input)));
  out.SetJson(201, MentorshipRequestJson(v));
  return Status::Ok();
}

Status HandleListMentorshipRequests(Context& ctx, Response& out) {
  ASSIGN_OR_RETURN(app::MentorshipRole role, ReadMentorshipRole(ctx.request));
  ASSIGN_OR_RETURN(auto items,
                   ctx.deps.services.mentorship_requests.List(ctx.caller().member, role));
  out.SetJson(200, MentorshipRequestListJson(items));
  return Status::Ok();
}

Status HandleGetMentorshipRequest(Context& ctx, Response& out) {
  ASSIGN_OR_RETURN(MentorshipRequestId id, RequestIdParam(ctx));
  ASSIGN_OR_RETURN(app::MentorshipRequestView v,
                   ctx.deps.services.mentorship_requests.Get(ctx.caller().member, id));
  out.SetJson(200, MentorshipRequestJson(v));
  return Status::Ok();
}

Status HandleAcceptMentorshipRequest(Context& ctx, Response& out) {
  ASSIGN_OR_RETURN(MentorshipRequestId id, RequestIdParam(ctx));
  ASSIGN_OR_RETURN(app::MentorshipRequestView v,
                   ctx.deps.services.mentorship_requests.Accept(ctx.caller().member, id));
  out.SetJson(200, MentorshipRequestJson(v));
  return Status::Ok();
}

Status HandleWithdrawMentorshipRequest(Context& ctx, Response& out) {
  ASSIGN_OR_RETURN(MentorshipRequestId id, RequestIdParam(ctx));
  ASSIGN_OR_RETURN(app::MentorshipRequestView v,
                   ctx.deps.services.mentorship_requests.Withdraw(ctx.caller().member, id));
  out.SetJson(200, MentorshipRequestJson(v));
  return Status::Ok();
}

Status HandleDeclineMentorshipRequest(Context& ctx, Response& out) {
  return DecideRequest(ctx, out, &app::MentorshipRequests::Decline, "reason");
}

Status HandleAskInfoMentorshipRequest(Context& ctx, Response& out) {
  return DecideRequest(ctx, out, &app::MentorshipRequests::AskInfo, "question");
}

Status HandleAnswerMentorshipRequest(Context& ctx, Response& out) {
  return DecideRequest(ctx, out, &app::MentorshipRequests::Answer, "answer");
}

// ---- Mentorships ----

Status HandleListMentorships(Context& ctx, Response& out) {
  ASSIGN_OR_RETURN(auto items, ctx.deps.services.mentorships.List(ctx.caller().member));
  out.SetJson(200, MentorshipListJson(items));
  return Status::Ok();
}

Status HandleGetMentorship(Context& ctx, Response& out) {
  ASSIGN_OR_RETURN(MentorshipId id, MentorshipIdParam(ctx));
  ASSIGN_OR_RETURN(app::MentorshipView v,
                   ctx.deps.services.mentorships.Get(ctx.caller().member, id));
  out.SetJson(200, MentorshipJson(v));
  return Status::Ok();
}

Status HandleAddMentorshipGoal(Context& ctx, Response& out) {
  ASSIGN_OR_RETURN(MentorshipId id, MentorshipIdParam(ctx));
  ASSIGN_OR_RETURN(std::string text, TextBody(ctx, "text", Presence::kRequired));
  ASSIGN_OR_RETURN(app::MentorshipView v,
                   ctx.deps.services.mentorships.AddGoal(ctx.caller().member, id, text));
  out.SetJson(201, MentorshipJson(v));
  return Status::Ok();
}

Status HandleUpdateMentorshipGoal(Context& ctx, Response& out) {
  ASSIGN_OR_RETURN(MentorshipId id, MentorshipIdParam(ctx));
  ASSIGN_OR_RETURN(int64_t goal, PathId(ctx, "goalId", "goal"));
  ASSIGN_OR_RETURN(nlohmann::json body, ParseJsonObject(ctx.request));
  ASSIGN_OR_RETURN(app::GoalChange change, ReadGoalChange(body));
  ASSIGN_OR_RETURN(app::MentorshipView v,
                   ctx.deps.services.mentorships.UpdateGoal(ctx.caller().member, id, goal, change));
  out.SetJson(200, MentorshipJson(v));
  return Status::Ok();
}

Status HandleDeleteMentorshipGoal(Context& ctx, Response& out) {
  ASSIGN_OR_RETURN(MentorshipId id, MentorshipIdParam(ctx));
  ASSIGN_OR_RETURN(int64_t goal, PathId(ctx, "goalId", "goal"));
  ASSIGN_OR_RETURN(app::MentorshipView v,
                   ctx.deps.services.mentorships.DeleteGoal(ctx.caller().member, id, goal));
  out.SetJson(200, MentorshipJson(v));
  return Status::Ok();
}

Status HandleAddCheckIn(Context& ctx, Response& out) {
  ASSIGN_OR_RETURN(MentorshipId id, MentorshipIdParam(ctx));
  ASSIGN_OR_RETURN(nlohmann::json body, ParseJsonObject(ctx.request));
  ASSIGN_OR_RETURN(domain::CheckIn in, ReadCheckIn(body));
  ASSIGN_OR_RETURN(app::MentorshipView v, ctx.deps.services.mentorships.AddCheckIn(
                                              ctx.caller().member, id, std::move(in)));
  out.SetJson(201, MentorshipJson(v));
  return Status::Ok();
}

Status HandleEndMentorship(Context& ctx, Response& out) {
  ASSIGN_OR_RETURN(MentorshipId id, MentorshipIdParam(ctx));
  ASSIGN_OR_RETURN(std::string note, TextBody(ctx, "note", Presence::kOptional));
  ASSIGN_OR_RETURN(app::MentorshipView v,
                   ctx.deps.services.mentorships.End(ctx.caller().member, id, note));
  out.SetJson(200, MentorshipJson(v));
  return Status::Ok();
}

Status HandleMentorshipFeedback(Context& ctx, Response& out) {
  ASSIGN_OR_RETURN(MentorshipId id, MentorshipIdParam(ctx));
  ASSIGN_OR_RETURN(nlohmann::json body, ParseJsonObject(ctx.request));
  ASSIGN_OR_RETURN(domain::CompletionFeedback in, ReadCompletionFeedback(body));
  ASSIGN_OR_RETURN(app::MentorshipView v, ctx.deps.services.mentorships.LeaveFeedback(
                                              ctx.caller().member, id, std::move(in)));
  out.SetJson(201, MentorshipJson(v));
  return Status::Ok();
}

// ---- Alumni ties ----

Status HandleMentorshipAlumni(Context& ctx, Response& out) {
  ASSIGN_OR_RETURN(MentorshipId id, MentorshipIdParam(ctx));
  ASSIGN_OR_RETURN(nlohmann::json body, ParseJsonObject(ctx.request));
  ASSIGN_OR_RETURN(bool visible, ReadAlumniVisible(body));
  ASSIGN_OR_RETURN(app::MentorshipView v, ctx.deps.services.mentorship_alumni.SetVisible(
                                              ctx.caller().member, id, visible));
  out.SetJson(200, MentorshipJson(v));
  return Status::Ok();
}

Status HandleAlumniCheckInPlan(Context& ctx, Response& out) {
  ASSIGN_OR_RETURN(MentorshipId id, MentorshipIdParam(ctx));
  ASSIGN_OR_RETURN(nlohmann::json body, ParseJsonObject(ctx.request));
  ASSIGN_OR_RETURN(int every_months, ReadAlumniCheckInPlan(body));
  ASSIGN_OR_RETURN(app::MentorshipView v, ctx.deps.services.mentorship_alumni.SetCheckInPlan(
                                              ctx.caller().member, id, every_months));
  out.SetJson(200, MentorshipJson(v));
  return Status::Ok();
}

Status HandleAddAlumniCheckIn(Context& ctx, Response& out) {
  ASSIGN_OR_RETURN(MentorshipId id, MentorshipIdParam(ctx));
  ASSIGN_OR_RETURN(std::string note, TextBody(ctx, "note", Presence::kRequired));
  ASSIGN_OR_RETURN(app::MentorshipView v,
                   ctx.deps.services.mentorship_alumni.AddCheckIn(ctx.caller().member, id, note));
  out.SetJson(201, MentorshipJson(v));
  return Status::Ok();
}

Status HandleListMemberAlumni(Context& ctx, Response& out) {
  ASSIGN_OR_RETURN(int64_t id, PathId(ctx, "id", "member"));
  ASSIGN_OR_RETURN(auto ties, ctx.deps.services.mentorship_alumni.List(ctx.Viewer(), MemberId(id)));
  out.SetJson(200, AlumniTieListJson(ties));
  return Status::Ok();
}

}  // namespace pln::http
