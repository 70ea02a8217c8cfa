// Accounts, sessions, API tokens and login throttling.
// Thread-safe: holds no per-request state except the throttle table (locked).
#pragma once

#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "app/accounts/login_throttle.h"
#include "app/accounts/password_hasher.h"
#include "app/repositories.h"
#include "base/clock.h"
#include "base/result.h"
#include "domain/member.h"

namespace pln::app {

struct AuthConfig {
  int64_t session_ttl_ms = 30LL * 24 * 3600 * 1000;  // 30 days
  std::string password_strength = "interactive";     // see HashPassword
  ThrottleConfig throttle;                           // wrong passwords, see login_throttle.h
  int signups_per_hour = 10;                         // per client address; 0: no limit
  int logins_per_minute = 30;  // password checks per client address, right or wrong; 0: no limit
  int hash_threads = 1;        // Argon2 workers (see password_hasher.h)
  int hash_queue = 2;          // callers that may wait for a worker; more get kUnavailable "busy"
};

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

class AuthService {
 public:
  AuthService(Store& store, const Clock& clock, AuthConfig config);

  // `client` identifies the caller for rate limits and throttling (its IP address).
  // Every call that hashes or verifies a password may fail with kUnavailable
  // "busy" when the hashing pool is full (see password_hasher.h).

  // Creates an account with a default profile and logs it in.
  // kValidation (email/password/name details), kConflict "email_taken",
  // kRateLimited "rate_limited" (too many sign-ups from the client).
  Result<NewSession> SignUp(const std::string& email, const std::string& password,
                            const std::string& name, const std::string& client);
  // kUnauthenticated "invalid_credentials", kRateLimited "too_many_attempts"
  // (wrong passwords, login_throttle.h) or "rate_limited" (logins_per_minute).
  Result<NewSession> LogIn(const std::string& email, const std::string& password,
                           const std::string& client);
  Status LogOut(const std::string& session_token);
  Result<IssuedToken> CreateToken(const std::string& email, const std::string& password,
                                  const std::string& name, const std::string& client);
  Result<std::vector<ApiToken>> ListTokens(MemberId member);
  Status RevokeToken(MemberId member, TokenId id);

  // Resolves a session cookie or bearer token; nullopt if unknown or expired.
  Result<std::optional<Principal>> AuthenticateSession(const std::string& session_token);
  Result<std::optional<Principal>> AuthenticateBearer(const std::string& bearer_token);

  // Revokes every API token and ends every session of the member except the
  // current one (`current_session_token`, empty when the caller used a token).
  // kUnauthenticated "wrong_password"; throttled like LogIn.
  Result<CredentialsReset> ChangePassword(MemberId member, const std::string& current_session_token,
                                          const std::string& current_password,
                                          const std::string& new_password,
                                          const std::string& client);
  // Deletes the account and all of its data. kUnauthenticated "wrong_password";
  // throttled like LogIn.
  Status DeleteAccount(MemberId member, const std::string& password, const std::string& client);

  // Operator commands (CLI), no password check of the caller.
  Result<MemberId> CreateUser(const std::string& email, const std::string& password,
                              const std::string& name, domain::Role role);
  Status SetRole(const std::string& email, domain::Role role);
  // Revokes every API token and ends every session of the member.
  Result<CredentialsReset> ResetPassword(const std::string& email, const std::string& new_password);

 private:
  Result<NewSession> StartSession(MemberId member);
  Result<Account> CheckPassword(const std::string& email, const std::string& password,
                                const std::string& client);
  // The one password check of every route that takes one: rate limit and
  // throttle first, then Argon2 on the pool (against a dummy hash when
  // `account` is null, so unknown addresses take as long as known ones), and
  // the outcome recorded. `wrong` is returned for a wrong password.
  Status VerifyThrottled(const std::string& email, const Account* account,
                         const std::string& password, const std::string& client,
                         const Error& wrong);
  Result<CredentialsReset> ReplacePassword(MemberId member, const std::string& new_password,
                                           const std::string& keep_session_hash);
  const std::string& DummyHash();

  Store& store_;
  const Clock& clock_;
  AuthConfig config_;
  PasswordHasher hasher_;
  LoginThrottle throttle_;
  RateLimit signups_;
  RateLimit logins_;
  std::once_flag dummy_once_;
  std::string dummy_hash_;  // set once by DummyHash()
};

}  // namespace pln::app
