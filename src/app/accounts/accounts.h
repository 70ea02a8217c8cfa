// What HTTP sees of accounts: sign-up, login, sessions, API tokens and the
// password-taking account routes. Implemented by AuthService (auth_service.h),
// which also serves the operator commands of the CLI.
//
// `client` identifies the caller for rate limits and throttling (its IP
// address). Every call that hashes or verifies a password may fail with
// kUnavailable "busy" when the hashing pool is full (see password_hasher.h).
// Implementations are thread-safe.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/repositories.h"
#include "base/ids.h"
#include "base/result.h"
#include "domain/member.h"

namespace pln::app {

enum class AuthMethod { kSession, kToken };

// An authenticated caller.
struct Principal {
  MemberId member;
  domain::Role role = domain::Role::kMember;
  AuthMethod method = AuthMethod::kSession;
  std::string csrf_token;  // sessions only: must accompany cookie-authenticated writes
};

struct NewSession {
  MemberId member;
  std::string token;  // raw cookie value; shown once, stored only hashed
  std::string csrf_token;
  int64_t expires_at = 0;
};

struct IssuedToken {
  TokenId id;
  std::string name;
  std::string token;  // raw bearer token, "pln_…"; shown once
  int64_t created_at = 0;
};

// What a password change or reset ended.
struct CredentialsReset {
  std::vector<ApiToken> revoked_tokens;  // ordered by id
  int64_t ended_sessions = 0;
};

class Accounts {
 public:
  virtual ~Accounts() = default;

  // Creates an account with a default profile and logs it in.
  // kValidation (email/password/name details), kConflict "email_taken",
  // kRateLimited "rate_limited" (too many sign-ups from the client).
  virtual Result<NewSession> SignUp(const std::string& email, const std::string& password,
                                    const std::string& name, const std::string& client) = 0;
  // kUnauthenticated "invalid_credentials", kRateLimited "too_many_attempts"
  // (wrong passwords, login_throttle.h) or "rate_limited" (logins_per_minute).
  virtual Result<NewSession> LogIn(const std::string& email, const std::string& password,
                                   const std::string& client) = 0;
  virtual Status LogOut(const std::string& session_token) = 0;
  virtual Result<IssuedToken> CreateToken(const std::string& email, const std::string& password,
                                          const std::string& name, const std::string& client) = 0;
  virtual Result<std::vector<ApiToken>> ListTokens(MemberId member) = 0;
  virtual Status RevokeToken(MemberId member, TokenId id) = 0;

  // Resolves a session cookie or bearer token; nullopt if unknown or expired.
  virtual Result<std::optional<Principal>> AuthenticateSession(
      const std::string& session_token) = 0;
  virtual Result<std::optional<Principal>> AuthenticateBearer(const std::string& bearer_token) = 0;

  // Revokes every API token and ends every session of the member except the
  // current one (`current_session_token`, empty when the caller used a token).
  // kUnauthenticated "wrong_password"; throttled like LogIn.
  virtual Result<CredentialsReset> ChangePassword(MemberId member,
                                                  const std::string& current_session_token,
                                                  const std::string& current_password,
                                                  const std::string& new_password,
                                                  const std::string& client) = 0;
  // Deletes the account and all of its data. kUnauthenticated "wrong_password";
  // throttled like LogIn.
  virtual Status DeleteAccount(MemberId member, const std::string& password,
                               const std::string& client) = 0;
};

}  // namespace pln::app
