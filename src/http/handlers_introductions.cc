// Warm introductions (issue 18): ask, list, read, forward, decline, accept,
// withdraw; broker suggestions for a member and introduction paths from an
// opportunity. The JSON is http/json/introductions'.
#include "http/handlers.h"
#include "http/json/introductions.h"
#include "http/json_body.h"

namespace pln::http {
namespace {

Result<IntroductionId> IntroductionIdParam(const Context& ctx) {
  ASSIGN_OR_RETURN(int64_t id, PathId(ctx, "id", "introduction"));
  return IntroductionId(id);
}

using Transition = Result<app::IntroductionView> (app::Introductions::*)(MemberId, IntroductionId);

// decline / accept / withdraw: the introduction and no body.
Status Decide(Context& ctx, Response& out, Transition transition) {
  ASSIGN_OR_RETURN(IntroductionId id, IntroductionIdParam(ctx));
  ASSIGN_OR_RETURN(app::IntroductionView v,
                   (ctx.deps.services.introductions.*transition)(ctx.caller().member, id));
  out.SetJson(200, IntroductionJson(v));
  return Status::Ok();
}

}  // namespace

Status HandleCreateIntroduction(Context& ctx, Response& out) {
  ASSIGN_OR_RETURN(nlohmann::json body, ParseJsonObject(ctx.request));
  ASSIGN_OR_RETURN(domain::IntroductionInput in, ReadIntroductionInput(body));
  ASSIGN_OR_RETURN(app::IntroductionView v,
                   ctx.deps.services.introductions.Request(ctx.caller().member, std::move(in)));
  out.SetJson(201, IntroductionJson(v));
  return Status::Ok();
}

Status HandleListIntroductions(Context& ctx, Response& out) {
  ASSIGN_OR_RETURN(domain::IntroductionRole role, ReadIntroductionRole(ctx.request));
  ASSIGN_OR_RETURN(auto items, ctx.deps.services.introductions.List(ctx.caller().member, role));
  out.SetJson(200, IntroductionListJson(items));
  return Status::Ok();
}

Status HandleGetIntroduction(Context& ctx, Response& out) {
  ASSIGN_OR_RETURN(IntroductionId id, IntroductionIdParam(ctx));
  ASSIGN_OR_RETURN(app::IntroductionView v,
                   ctx.deps.services.introductions.Get(ctx.caller().member, id));
  out.SetJson(200, IntroductionJson(v));
  return Status::Ok();
}

Status HandleForwardIntroduction(Context& ctx, Response& out) {
  ASSIGN_OR_RETURN(IntroductionId id, IntroductionIdParam(ctx));
  ASSIGN_OR_RETURN(std::optional<std::string> blurb, ReadForwardBody(ctx.request));
  ASSIGN_OR_RETURN(app::IntroductionView v, ctx.deps.services.introductions.Forward(
                                                ctx.caller().member, id, std::move(blurb)));
  out.SetJson(200, IntroductionJson(v));
  return Status::Ok();
}

Status HandleDeclineIntroduction(Context& ctx, Response& out) {
  return Decide(ctx, out, &app::Introductions::Decline);
}

Status HandleAcceptIntroduction(Context& ctx, Response& out) {
  return Decide(ctx, out, &app::Introductions::Accept);
}

Status HandleWithdrawIntroduction(Context& ctx, Response& out) {
  return Decide(ctx, out, &app::Introductions::Withdraw);
}

Status HandleSuggestIntroductionBrokers(Context& ctx, Response& out) {
  ASSIGN_OR_RETURN(int64_t id, PathId(ctx, "id", "member"));
  ASSIGN_OR_RETURN(app::BrokerSuggestions s, ctx.deps.services.introduction_brokers.Suggest(
                                                 ctx.caller().member, MemberId(id)));
  out.SetJson(200, BrokerSuggestionsJson(s));
  return Status::Ok();
}

Status HandleOpportunityIntroductionPaths(Context& ctx, Response& out) {
  ASSIGN_OR_RETURN(int64_t id, PathId(ctx, "id", "opportunity"));
  ASSIGN_OR_RETURN(auto paths, ctx.deps.services.introduction_brokers.FromOpportunity(
                                   ctx.caller().member, OpportunityId(id)));
  out.SetJson(200, IntroductionPathsJson(paths));
  return Status::Ok();
}

}  // namespace pln::http
