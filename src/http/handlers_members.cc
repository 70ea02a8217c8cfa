// /me, /me/profile and /members.
#include "http/handlers.h"
#include "http/json/common.h"
#include "http/json/members.h"
#include "http/json_body.h"
#include "http/json_writer.h"
#include "http/query.h"

namespace pln::http {

namespace {

std::optional<std::string_view> CsrfOf(const Context& ctx) {
  if (ctx.principal && ctx.principal->method == app::AuthMethod::kSession) {
    return ctx.principal->csrf_token;
  }
  return std::nullopt;
}

}  // namespace

Status HandleGetMe(Context& ctx, Response& out) {
  ASSIGN_OR_RETURN(app::MeView me, ctx.deps.services.profiles.GetMe(ctx.caller().member));
  out.SetJson(200, MeJson(me, CsrfOf(ctx)));
  out.cache_control = "no-store";
  return Status::Ok();
}

Status HandlePatchProfile(Context& ctx, Response& out) {
  ASSIGN_OR_RETURN(nlohmann::json body, ParseJsonObject(ctx.request));
  ASSIGN_OR_RETURN(domain::ProfilePatch patch, ReadProfilePatch(body));
  app::ProfileService& profiles = ctx.deps.services.profiles;
  RETURN_IF_ERROR(profiles.UpdateProfile(ctx.caller().member, patch));
  // The answer is the whole Me (docs/api.md), which UpdateProfile does not return.
  ASSIGN_OR_RETURN(app::MeView me, profiles.GetMe(ctx.caller().member));
  out.SetJson(200, MeJson(me, CsrfOf(ctx)));
  out.cache_control = "no-store";
  return Status::Ok();
}

Status HandleGetMember(Context& ctx, Response& out) {
  ASSIGN_OR_RETURN(int64_t id, PathId(ctx, "id", "member"));
  ASSIGN_OR_RETURN(domain::MemberView view,
                   ctx.deps.services.profiles.GetMember(ctx.Viewer(), MemberId(id)));
  JsonWriter w(1024);
  WriteMemberView(w, view);
  out.SetJson(200, w.Take());
  return Status::Ok();
}

Status HandleSearchMembers(Context& ctx, Response& out) {
  ASSIGN_OR_RETURN(QueryParams query, QueryParams::Parse(ctx.request.query));
  std::vector<FieldError> errors;
  domain::DirectoryFilter filter;
  if (auto q = query.Get("q")) filter.text = std::string(*q);
  if (auto field = query.Get("field"); field && !field->empty()) filter.field = std::string(*field);
  if (auto skill = query.Get("skill"); skill && !skill->empty()) filter.skill = std::string(*skill);
  if (auto stage = query.Get("stage"); stage && !stage->empty()) {
    filter.stage = domain::ParseCareerStage(*stage);
    if (!filter.stage) errors.push_back({"stage", "must be one of: " + std::string(kStageValues)});
  }
  if (auto open_to = query.Get("open_to"); open_to && !open_to->empty()) {
    if (*open_to == "mentoring" || *open_to == "being_mentored" || *open_to == "opportunities") {
      filter.open_to = std::string(*open_to);
    } else {
      errors.push_back({"open_to", "must be one of: " + std::string(kOpenToValues)});
    }
  }
  Result<int> limit = ParseLimit(query);
  if (!limit.ok()) {
    for (const FieldError& e : limit.error().details()) errors.push_back(e);
  }
  if (!errors.empty()) return ValidationError(std::move(errors));
  const std::string cursor(query.Get("cursor").value_or(""));

  ASSIGN_OR_RETURN(app::Page<domain::MemberView> page,
                   ctx.deps.services.profiles.Search(ctx.Viewer(), filter, cursor, *limit));
  JsonWriter w(256 + page.items.size() * 512);
  w.BeginObject().Key("items").BeginArray();
  for (const domain::MemberView& view : page.items) WriteMemberView(w, view);
  w.EndArray();
  WriteNextCursor(w, page.next_cursor);
  w.EndObject();
  out.SetJson(200, w.Take());
  return Status::Ok();
}

}  // namespace pln::http
