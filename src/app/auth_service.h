// Accounts, sessions, API tokens and login throttling.
// Thread-safe: holds no per-request state except the throttle table (locked).
#pragma once

#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "app/network_observer.h"
#include "app/repositories.h"
#include "base/clock.h"
#include "base/result.h"
#include "domain/member.h"

namespace pln::app {

struct AuthConfig {
  int64_t session_ttl_ms = 30LL * 24 * 3600 * 1000;  // 30 days
  std::string password_strength = "interactive";     // see HashPassword
  int max_failed_logins = 5;                         // per e-mail and per client
  int64_t throttle_window_ms = 15LL * 60 * 1000;     // failures counted over this window
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

class AuthService {
 public:
  AuthService(Store& store, const Clock& clock, AuthConfig config);

  // Creates an account with a default profile and logs it in.
  // kValidation (email/password/name details), kConflict "email_taken".
  Result<NewSession> SignUp(const std::string& email, const std::string& password,
                            const std::string& name);
  // `client` identifies the caller for throttling (its IP address).
  // kUnauthenticated "invalid_credentials", kRateLimited "too_many_attempts".
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

  // Ends every other session of the member. kUnauthenticated "wrong_password".
  Status ChangePassword(MemberId member, const std::string& current_session_token,
                        const std::string& current_password, const std::string& new_password);
  // Deletes the account and all of its data. kUnauthenticated "wrong_password".
  Status DeleteAccount(MemberId member, const std::string& password);

  // Operator commands (CLI), no password check of the caller.
  Result<MemberId> CreateUser(const std::string& email, const std::string& password,
                              const std::string& name, domain::Role role);
  Status SetRole(const std::string& email, domain::Role role);
  Status ResetPassword(const std::string& email, const std::string& new_password);

  // Told after each committed change to the member network (signup, profile,
  // deletion / connections, requests, follows, blocks). Null: nobody is told.
  // Set once at start-up, before the service is shared between threads.
  void SetNetworkObserver(NetworkObserver* observer) { network_ = observer; }

 private:
  Result<NewSession> StartSession(MemberId member);
  Result<Account> CheckPassword(const std::string& email, const std::string& password,
                                const std::string& client);
  // Throttle: returns kRateLimited while `key` has too many recent failures.
  Status CheckThrottle(const std::string& key);
  void RecordFailure(const std::string& key);
  void ClearFailures(const std::string& key);

  Store& store_;
  const Clock& clock_;
  AuthConfig config_;
  NetworkObserver* network_ = nullptr;
  std::mutex throttle_mu_;
  struct Failures {
    int count = 0;
    int64_t window_start = 0;
  };
  std::unordered_map<std::string, Failures> failures_;  // GUARDED_BY(throttle_mu_)
};

}  // namespace pln::app
