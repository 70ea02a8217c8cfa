// /auth/* and the account routes under /me that take passwords.
#include <chrono>

#include "base/clock.h"
#include "http/auth.h"
#include "http/handlers.h"
#include "http/json/common.h"
#include "http/json/members.h"
#include "http/json_body.h"
#include "http/json_writer.h"

namespace pln::http {

namespace {

int64_t MaxAgeSeconds(int64_t expires_at_ms) {
  const int64_t now_ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                             std::chrono::system_clock::now().time_since_epoch())
                             .count();
  return (expires_at_ms - now_ms) / 1000;
}

// Answers signup and login: Me with the new session's CSRF token, plus the cookie.
Status RespondWithSession(Context& ctx, const app::NewSession& session, int status, Response& out) {
  ASSIGN_OR_RETURN(app::MeView me, ctx.deps.services.profiles.GetMe(session.member));
  out.SetJson(status, MeJson(me, session.csrf_token));
  out.headers.emplace_back("Set-Cookie",
                           SessionCookie(session.token, MaxAgeSeconds(session.expires_at),
                                         ctx.deps.config.secure_cookies));
  out.cache_control = "no-store";
  return Status::Ok();
}

Status CheckFields(std::vector<FieldError>& errors) {
  if (!errors.empty()) return ValidationError(std::move(errors));
  return Status::Ok();
}

}  // namespace

Status HandleSignUp(Context& ctx, Response& out) {
  ASSIGN_OR_RETURN(nlohmann::json body, ParseJsonObject(ctx.request));
  std::vector<FieldError> errors;
  ObjectReader r(body, "", errors);
  auto email = r.String("email");
  auto password = r.String("password");
  auto name = r.String("name");
  r.Finish();
  RETURN_IF_ERROR(CheckFields(errors));
  ASSIGN_OR_RETURN(app::NewSession session,
                   ctx.deps.services.auth.SignUp(*email, *password, *name,
                                                 std::string(ctx.request.remote_address)));
  return RespondWithSession(ctx, session, 201, out);
}

Status HandleLogIn(Context& ctx, Response& out) {
  ASSIGN_OR_RETURN(nlohmann::json body, ParseJsonObject(ctx.request));
  std::vector<FieldError> errors;
  ObjectReader r(body, "", errors);
  auto email = r.String("email");
  auto password = r.String("password");
  r.Finish();
  RETURN_IF_ERROR(CheckFields(errors));
  ASSIGN_OR_RETURN(
      app::NewSession session,
      ctx.deps.services.auth.LogIn(*email, *password, std::string(ctx.request.remote_address)));
  return RespondWithSession(ctx, session, 200, out);
}

Status HandleLogOut(Context& ctx, Response& out) {
  if (!ctx.session_token.empty()) {
    RETURN_IF_ERROR(ctx.deps.services.auth.LogOut(std::string(ctx.session_token)));
  }
  out.SetNoContent();
  out.headers.emplace_back("Set-Cookie", ClearedSessionCookie(ctx.deps.config.secure_cookies));
  return Status::Ok();
}

Status HandleCreateToken(Context& ctx, Response& out) {
  ASSIGN_OR_RETURN(nlohmann::json body, ParseJsonObject(ctx.request));
  std::vector<FieldError> errors;
  ObjectReader r(body, "", errors);
  auto email = r.String("email");
  auto password = r.String("password");
  auto name = r.String("name");
  r.Finish();
  RETURN_IF_ERROR(CheckFields(errors));
  ASSIGN_OR_RETURN(app::IssuedToken token,
                   ctx.deps.services.auth.CreateToken(*email, *password, *name,
                                                      std::string(ctx.request.remote_address)));
  JsonWriter w(192);
  w.BeginObject()
      .Field("id", token.id.value())
      .Field("name", token.name)
      .Field("token", token.token)
      .Field("created_at", FormatIso8601(token.created_at))
      .EndObject();
  out.SetJson(201, w.Take());
  out.cache_control = "no-store";
  return Status::Ok();
}

Status HandleListTokens(Context& ctx, Response& out) {
  ASSIGN_OR_RETURN(std::vector<app::ApiToken> tokens,
                   ctx.deps.services.auth.ListTokens(ctx.caller().member));
  JsonWriter w(64 + tokens.size() * 96);
  w.BeginObject().Key("items").BeginArray();
  for (const app::ApiToken& t : tokens) {
    w.BeginObject()
        .Field("id", t.id.value())
        .Field("name", t.name)
        .Field("created_at", FormatIso8601(t.created_at))
        .EndObject();
  }
  w.EndArray().EndObject();
  out.SetJson(200, w.Take());
  return Status::Ok();
}

Status HandleRevokeToken(Context& ctx, Response& out) {
  ASSIGN_OR_RETURN(int64_t id, PathId(ctx, "id", "token"));
  RETURN_IF_ERROR(ctx.deps.services.auth.RevokeToken(ctx.caller().member, TokenId(id)));
  out.SetNoContent();
  return Status::Ok();
}

Status HandleChangePassword(Context& ctx, Response& out) {
  ASSIGN_OR_RETURN(nlohmann::json body, ParseJsonObject(ctx.request));
  std::vector<FieldError> errors;
  ObjectReader r(body, "", errors);
  auto current = r.String("current_password");
  auto next = r.String("new_password");
  r.Finish();
  RETURN_IF_ERROR(CheckFields(errors));
  ASSIGN_OR_RETURN(app::CredentialsReset reset,
                   ctx.deps.services.auth.ChangePassword(
                       ctx.caller().member, std::string(ctx.session_token), *current, *next,
                       std::string(ctx.request.remote_address)));
  // Lists what ended so the member can tell which scripts need a new token.
  JsonWriter w(64 + reset.revoked_tokens.size() * 64);
  w.BeginObject().Key("revoked_tokens").BeginArray();
  for (const app::ApiToken& t : reset.revoked_tokens) {
    w.BeginObject().Field("id", t.id.value()).Field("name", t.name).EndObject();
  }
  w.EndArray().Field("ended_sessions", reset.ended_sessions).EndObject();
  out.SetJson(200, w.Take());
  out.cache_control = "no-store";
  return Status::Ok();
}

Status HandleDeleteAccount(Context& ctx, Response& out) {
  ASSIGN_OR_RETURN(nlohmann::json body, ParseJsonObject(ctx.request));
  std::vector<FieldError> errors;
  ObjectReader r(body, "", errors);
  auto password = r.String("password");
  r.Finish();
  RETURN_IF_ERROR(CheckFields(errors));
  RETURN_IF_ERROR(ctx.deps.services.auth.DeleteAccount(ctx.caller().member, *password,
                                                       std::string(ctx.request.remote_address)));
  out.SetNoContent();
  out.headers.emplace_back("Set-Cookie", ClearedSessionCookie(ctx.deps.config.secure_cookies));
  return Status::Ok();
}

}  // namespace pln::http
