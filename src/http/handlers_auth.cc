// /auth/* and the account routes under /me that take passwords.
#include <chrono>

#include "http/auth.h"
#include "http/handlers.h"
#include "http/json/accounts.h"
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
// Me is the profile capability's to tell, so it is a second call, after the session exists.
Status RespondWithSession(Context& ctx, const app::NewSession& session, int status, Response& out) {
  ASSIGN_OR_RETURN(app::MeView me, ctx.deps.services.profiles.GetMe(session.member));
  out.SetJson(status, MeJson(me, session.csrf_token));
  out.headers.emplace_back("Set-Cookie",
                           SessionCookie(session.token, MaxAgeSeconds(session.expires_at),
                                         ctx.deps.config.secure_cookies));
  out.cache_control = "no-store";
  return Status::Ok();
}

std::string Client(const Context& ctx) {
  return std::string(ctx.request.remote_address);
}

}  // namespace

Status HandleSignUp(Context& ctx, Response& out) {
  ASSIGN_OR_RETURN(nlohmann::json body, ParseJsonObject(ctx.request));
  ASSIGN_OR_RETURN(Credentials in, ReadNamedCredentials(body));
  ASSIGN_OR_RETURN(app::NewSession session,
                   ctx.deps.services.auth.SignUp(in.email, in.password, in.name, Client(ctx)));
  return RespondWithSession(ctx, session, 201, out);
}

Status HandleLogIn(Context& ctx, Response& out) {
  ASSIGN_OR_RETURN(nlohmann::json body, ParseJsonObject(ctx.request));
  ASSIGN_OR_RETURN(Credentials in, ReadCredentials(body));
  ASSIGN_OR_RETURN(app::NewSession session,
                   ctx.deps.services.auth.LogIn(in.email, in.password, Client(ctx)));
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
  ASSIGN_OR_RETURN(Credentials in, ReadNamedCredentials(body));
  ASSIGN_OR_RETURN(app::IssuedToken token,
                   ctx.deps.services.auth.CreateToken(in.email, in.password, in.name, Client(ctx)));
  JsonWriter w(192);
  WriteIssuedToken(w, token);
  out.SetJson(201, w.Take());
  out.cache_control = "no-store";
  return Status::Ok();
}

Status HandleListTokens(Context& ctx, Response& out) {
  ASSIGN_OR_RETURN(std::vector<app::ApiToken> tokens,
                   ctx.deps.services.auth.ListTokens(ctx.caller().member));
  JsonWriter w(64 + tokens.size() * 96);
  WriteTokenList(w, tokens);
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
  ASSIGN_OR_RETURN(PasswordChange in, ReadPasswordChange(body));
  ASSIGN_OR_RETURN(
      app::CredentialsReset reset,
      ctx.deps.services.auth.ChangePassword(ctx.caller().member, std::string(ctx.session_token),
                                            in.current_password, in.new_password, Client(ctx)));
  JsonWriter w(64 + reset.revoked_tokens.size() * 64);
  WriteCredentialsReset(w, reset);
  out.SetJson(200, w.Take());
  out.cache_control = "no-store";
  return Status::Ok();
}

Status HandleDeleteAccount(Context& ctx, Response& out) {
  ASSIGN_OR_RETURN(nlohmann::json body, ParseJsonObject(ctx.request));
  ASSIGN_OR_RETURN(std::string password, ReadPasswordConfirmation(body));
  RETURN_IF_ERROR(ctx.deps.services.auth.DeleteAccount(ctx.caller().member, password, Client(ctx)));
  out.SetNoContent();
  out.headers.emplace_back("Set-Cookie", ClearedSessionCookie(ctx.deps.config.secure_cookies));
  return Status::Ok();
}

}  // namespace pln::http
