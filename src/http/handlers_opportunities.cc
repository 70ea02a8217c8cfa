// Opportunities (issue 18): posting, For you, interest and dismissal; their
// JSON is http/json/opportunities.h. Without the services (a server built
// without them) the routes answer 503.
#include "http/handlers.h"
#include "http/json/opportunities.h"
#include "http/json_body.h"
#include "http/json_writer.h"

namespace pln::http {
namespace {

template <typename T>
Result<T*> Running(T* service) {
  if (service == nullptr) return UnavailableError("Opportunities are not served by this server.");
  return service;
}

Result<OpportunityId> OpportunityParam(const Context& ctx) {
  ASSIGN_OR_RETURN(int64_t id, PathId(ctx, "id", "opportunity"));
  return OpportunityId(id);
}

void RespondWithOpportunity(const app::OpportunityView& v, int status, Response& out) {
  JsonWriter w(2048);
  WriteOpportunity(w, v);
  out.SetJson(status, w.Take());
}

// Close and hide: the id, one call, the post back.
using PostAction = Result<app::OpportunityView> (app::OpportunityPosting::*)(const domain::Viewer&,
                                                                             OpportunityId);
Status Act(Context& ctx, PostAction action, Response& out) {
  ASSIGN_OR_RETURN(auto* posting, Running(ctx.deps.services.opportunity_posting));
  ASSIGN_OR_RETURN(OpportunityId id, OpportunityParam(ctx));
  ASSIGN_OR_RETURN(app::OpportunityView v, (posting->*action)(ctx.Viewer(), id));
  RespondWithOpportunity(v, 200, out);
  return Status::Ok();
}

}  // namespace

Status HandlePostOpportunity(Context& ctx, Response& out) {
  ASSIGN_OR_RETURN(auto* posting, Running(ctx.deps.services.opportunity_posting));
  ASSIGN_OR_RETURN(nlohmann::json body, ParseJsonObject(ctx.request));
  ASSIGN_OR_RETURN(domain::OpportunityInput in, ReadOpportunityInput(body));
  ASSIGN_OR_RETURN(app::OpportunityView v, posting->Post(ctx.Viewer(), std::move(in)));
  RespondWithOpportunity(v, 201, out);
  return Status::Ok();
}

Status HandleGetOpportunity(Context& ctx, Response& out) {
  ASSIGN_OR_RETURN(auto* posting, Running(ctx.deps.services.opportunity_posting));
  ASSIGN_OR_RETURN(OpportunityId id, OpportunityParam(ctx));
  ASSIGN_OR_RETURN(app::OpportunityView v, posting->Get(ctx.Viewer(), id));
  RespondWithOpportunity(v, 200, out);
  return Status::Ok();
}

Status HandleEditOpportunity(Context& ctx, Response& out) {
  ASSIGN_OR_RETURN(auto* posting, Running(ctx.deps.services.opportunity_posting));
  ASSIGN_OR_RETURN(OpportunityId id, OpportunityParam(ctx));
  ASSIGN_OR_RETURN(nlohmann::json body, ParseJsonObject(ctx.request));
  ASSIGN_OR_RETURN(app::OpportunityPatch patch, ReadOpportunityPatch(body));
  ASSIGN_OR_RETURN(app::OpportunityView v, posting->Edit(ctx.Viewer(), id, patch));
  RespondWithOpportunity(v, 200, out);
  return Status::Ok();
}

Status HandleCloseOpportunity(Context& ctx, Response& out) {
  return Act(ctx, &app::OpportunityPosting::Close, out);
}

Status HandleHideOpportunity(Context& ctx, Response& out) {
  return Act(ctx, &app::OpportunityPosting::Hide, out);
}

Status HandleRepostOpportunity(Context& ctx, Response& out) {
  ASSIGN_OR_RETURN(auto* posting, Running(ctx.deps.services.opportunity_posting));
  ASSIGN_OR_RETURN(OpportunityId id, OpportunityParam(ctx));
  ASSIGN_OR_RETURN(nlohmann::json body, ParseJsonObject(ctx.request));
  ASSIGN_OR_RETURN(int64_t closes_at, ReadRepost(body));
  ASSIGN_OR_RETURN(app::OpportunityView v, posting->Repost(ctx.Viewer(), id, closes_at));
  RespondWithOpportunity(v, 200, out);
  return Status::Ok();
}

Status HandleReportOpportunity(Context& ctx, Response& out) {
  ASSIGN_OR_RETURN(auto* posting, Running(ctx.deps.services.opportunity_posting));
  ASSIGN_OR_RETURN(OpportunityId id, OpportunityParam(ctx));
  ASSIGN_OR_RETURN(nlohmann::json body, ParseJsonObject(ctx.request));
  ASSIGN_OR_RETURN(std::string reason, ReadOptionalText(body, "reason"));
  RETURN_IF_ERROR(posting->Report(ctx.Viewer(), id, reason));
  out.SetNoContent();
  return Status::Ok();
}

Status HandleMyOpportunities(Context& ctx, Response& out) {
  ASSIGN_OR_RETURN(auto* posting, Running(ctx.deps.services.opportunity_posting));
  ASSIGN_OR_RETURN(OpportunityListParams p, ReadOpportunityListParams(ctx.request));
  ASSIGN_OR_RETURN(auto page, posting->ListMine(ctx.caller().member, p.cursor, p.limit));
  JsonWriter w(256 + page.items.size() * 2048);
  WriteOpportunityPage(w, page);
  out.SetJson(200, w.Take());
  return Status::Ok();
}

Status HandleOpportunitiesForYou(Context& ctx, Response& out) {
  ASSIGN_OR_RETURN(auto* for_you, Running(ctx.deps.services.opportunities_for_you));
  ASSIGN_OR_RETURN(ForYouParams p, ReadForYouParams(ctx.request));
  ASSIGN_OR_RETURN(auto page, for_you->ForYou(ctx.Viewer(), std::move(p.query), p.cursor, p.limit));
  JsonWriter w(256 + page.items.size() * 2560);
  WriteForYouPage(w, page);
  out.SetJson(200, w.Take());
  return Status::Ok();
}

Status HandleExpressInterest(Context& ctx, Response& out) {
  ASSIGN_OR_RETURN(auto* interest, Running(ctx.deps.services.opportunity_interest));
  ASSIGN_OR_RETURN(OpportunityId id, OpportunityParam(ctx));
  ASSIGN_OR_RETURN(nlohmann::json body, ParseJsonObject(ctx.request));
  ASSIGN_OR_RETURN(std::string note, ReadOptionalText(body, "note"));
  ASSIGN_OR_RETURN(app::OpportunityView v, interest->Express(ctx.Viewer(), id, note));
  RespondWithOpportunity(v, 201, out);
  return Status::Ok();
}

Status HandleWithdrawInterest(Context& ctx, Response& out) {
  ASSIGN_OR_RETURN(auto* interest, Running(ctx.deps.services.opportunity_interest));
  ASSIGN_OR_RETURN(OpportunityId id, OpportunityParam(ctx));
  RETURN_IF_ERROR(interest->Withdraw(ctx.Viewer(), id));
  out.SetNoContent();
  return Status::Ok();
}

Status HandleListInterested(Context& ctx, Response& out) {
  ASSIGN_OR_RETURN(auto* interest, Running(ctx.deps.services.opportunity_interest));
  ASSIGN_OR_RETURN(OpportunityId id, OpportunityParam(ctx));
  ASSIGN_OR_RETURN(auto items, interest->Interested(ctx.Viewer(), id));
  JsonWriter w(256 + items.size() * 512);
  WriteInterestedMembers(w, items);
  out.SetJson(200, w.Take());
  return Status::Ok();
}

Status HandleMyInterests(Context& ctx, Response& out) {
  ASSIGN_OR_RETURN(auto* interest, Running(ctx.deps.services.opportunity_interest));
  ASSIGN_OR_RETURN(auto items, interest->Mine(ctx.Viewer()));
  JsonWriter w(256 + items.size() * 2048);
  WriteMyInterests(w, items);
  out.SetJson(200, w.Take());
  return Status::Ok();
}

Status HandleDismissOpportunity(Context& ctx, Response& out) {
  ASSIGN_OR_RETURN(auto* dismissal, Running(ctx.deps.services.opportunity_dismissal));
  ASSIGN_OR_RETURN(OpportunityId id, OpportunityParam(ctx));
  RETURN_IF_ERROR(dismissal->Dismiss(ctx.Viewer(), id));
  out.SetNoContent();
  return Status::Ok();
}

}  // namespace pln::http
