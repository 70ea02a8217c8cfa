// /me, /me/profile and /members.
#include "http/handlers.h"
#include "http/json/members.h"
#include "http/json_body.h"
#include "http/json_writer.h"

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
  // The answer is the whole Me (docs/api.md), not just the profile.
  ASSIGN_OR_RETURN(app::MeView me,
                   ctx.deps.services.profiles.UpdateProfile(ctx.caller().member, patch));
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
  ASSIGN_OR_RETURN(DirectoryQuery query, ReadDirectoryQuery(ctx.request));
  ASSIGN_OR_RETURN(app::Page<domain::MemberView> page,
                   ctx.deps.services.profiles.Search(ctx.Viewer(), query.filter, query.page.cursor,
                                                     query.page.limit));
  JsonWriter w(256 + page.items.size() * 512);
  WriteMemberPage(w, page);
  out.SetJson(200, w.Take());
  return Status::Ok();
}

}  // namespace pln::http
