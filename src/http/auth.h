// Authentication middleware: who is calling, and is a cookie-authenticated
// write accompanied by its CSRF token.
//
// Credentials, in order: `Authorization: Bearer <token>` (an unknown or
// expired token is a 401 even on routes that allow anonymous callers, so a
// script with a revoked token fails loudly), then the `pln_session` cookie (an
// unknown or expired cookie just means anonymous: browsers keep stale cookies).
// Cookie-authenticated POST/PATCH/PUT/DELETE need `X-CSRF-Token` equal to the
// session's token (constant-time compare), else 403 csrf_failed. Bearer
// callers need no CSRF token: browsers never attach that header on their own.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "app/accounts/accounts.h"
#include "base/result.h"
#include "http/request.h"
#include "http/router.h"

namespace pln::http {

inline constexpr std::string_view kSessionCookie = "pln_session";

// The value of cookie `name` in a Cookie header ("a=1; pln_session=xyz"), if set.
std::optional<std::string_view> FindCookie(std::string_view cookie_header, std::string_view name);
// The token of "Bearer <token>" (scheme case-insensitive), if that is the scheme.
std::optional<std::string_view> BearerToken(std::string_view authorization);

// Set-Cookie values. `max_age_seconds` is clamped at 0.
std::string SessionCookie(std::string_view token, int64_t max_age_seconds, bool secure);
std::string ClearedSessionCookie(bool secure);

struct AuthOutcome {
  std::optional<app::Principal> principal;
  std::string_view session_token;  // the raw cookie when the principal came from it
};

// Resolves the caller of `route` per the rules above. kUnauthenticated (401)
// when the route needs a member and there is none or a bearer token is bad;
// kForbidden "csrf_failed" (403); storage errors pass through.
Result<AuthOutcome> Authenticate(app::Accounts& auth, const Request& request,
                                 const RouteSpec& route);

}  // namespace pln::http
