// Accounts, sessions, API tokens and login throttling: the implementation of
// Accounts (accounts.h) for HTTP, and the operator commands of the CLI, which
// is why the class is declared here.
// Thread-safe: holds no per-request state except the throttle table (locked).
#pragma once

#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "app/accounts/accounts.h"
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

class AuthService final : public Accounts {
 public:
  AuthService(Store& store, const Clock& clock, AuthConfig config);

  // Accounts (see accounts.h for the contracts).
  Result<NewSession> SignUp(const std::string& email, const std::string& password,
                            const std::string& name, const std::string& client) override;
  Result<NewSession> LogIn(const std::string& email, const std::string& password,
                           const std::string& client) override;
  Status LogOut(const std::string& session_token) override;
  Result<IssuedToken> CreateToken(const std::string& email, const std::string& password,
                                  const std::string& name, const std::string& client) override;
  Result<std::vector<ApiToken>> ListTokens(MemberId member) override;
  Status RevokeToken(MemberId member, TokenId id) override;
  Result<std::optional<Principal>> AuthenticateSession(const std::string& session_token) override;
  Result<std::optional<Principal>> AuthenticateBearer(const std::string& bearer_token) override;
  Result<CredentialsReset> ChangePassword(MemberId member, const std::string& current_session_token,
                                          const std::string& current_password,
                                          const std::string& new_password,
                                          const std::string& client) override;
  Status DeleteAccount(MemberId member, const std::string& password,
                       const std::string& client) override;

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
