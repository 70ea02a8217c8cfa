#include "http/auth.h"

#include "base/crypto.h"

namespace pln::http {

namespace {

std::string_view TrimSpaces(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

}  // namespace

std::optional<std::string_view> FindCookie(std::string_view header, std::string_view name) {
  while (!header.empty()) {
    const size_t semi = header.find(';');
    std::string_view pair = TrimSpaces(header.substr(0, semi));
    header = semi == std::string_view::npos ? std::string_view() : header.substr(semi + 1);
    const size_t eq = pair.find('=');
    if (eq == std::string_view::npos) continue;
    if (TrimSpaces(pair.substr(0, eq)) != name) continue;
    std::string_view value = TrimSpaces(pair.substr(eq + 1));
    if (value.size() >= 2 && value.front() == '"' && value.back() == '"') {
      value = value.substr(1, value.size() - 2);
    }
    return value;
  }
  return std::nullopt;
}

std::optional<std::string_view> BearerToken(std::string_view authorization) {
  authorization = TrimSpaces(authorization);
  constexpr std::string_view kScheme = "bearer";
  if (authorization.size() <= kScheme.size() || authorization[kScheme.size()] != ' ') {
    return std::nullopt;
  }
  for (size_t i = 0; i < kScheme.size(); ++i) {
    char c = authorization[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != kScheme[i]) return std::nullopt;
  }
  std::string_view token = TrimSpaces(authorization.substr(kScheme.size() + 1));
  if (token.empty()) return std::nullopt;
  return token;
}

std::string SessionCookie(std::string_view token, int64_t max_age_seconds, bool secure) {
  std::string cookie;
  cookie.reserve(token.size() + 96);
  cookie.append(kSessionCookie).append("=").append(token);
  cookie.append("; Path=/; HttpOnly; SameSite=Lax; Max-Age=");
  cookie.append(std::to_string(max_age_seconds < 0 ? 0 : max_age_seconds));
  if (secure) cookie.append("; Secure");
  return cookie;
}

std::string ClearedSessionCookie(bool secure) {
  return SessionCookie("", 0, secure);
}

Result<AuthOutcome> Authenticate(app::Accounts& auth, const Request& request,
                                 const RouteSpec& route) {
  AuthOutcome outcome;
  if (route.access == Access::kPublic) return outcome;

  if (!request.authorization.empty()) {
    std::optional<std::string_view> token = BearerToken(request.authorization);
    if (!token) return UnauthenticatedError("Use \"Authorization: Bearer <token>\".");
    ASSIGN_OR_RETURN(outcome.principal, auth.AuthenticateBearer(std::string(*token)));
    if (!outcome.principal) return UnauthenticatedError("The API token is invalid or revoked.");
    return outcome;
  }

  if (!request.cookie.empty()) {
    std::optional<std::string_view> session = FindCookie(request.cookie, kSessionCookie);
    if (session && !session->empty()) {
      ASSIGN_OR_RETURN(outcome.principal, auth.AuthenticateSession(std::string(*session)));
      if (outcome.principal) outcome.session_token = *session;
    }
  }

  if (!outcome.principal) {
    if (route.access == Access::kMember) return UnauthenticatedError();
    return outcome;
  }
  if (outcome.principal->method == app::AuthMethod::kSession && IsUnsafe(request.method) &&
      !route.csrf_exempt) {
    const std::string& expected = outcome.principal->csrf_token;
    if (expected.empty() || !ConstantTimeEquals(request.csrf_token, expected)) {
      return ForbiddenError("Missing or wrong X-CSRF-Token header.", "csrf_failed");
    }
  }
  return outcome;
}

}  // namespace pln::http
