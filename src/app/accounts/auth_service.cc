#include "app/accounts/auth_service.h"

#include "base/crypto.h"
#include "domain/member.h"

namespace pln::app {

namespace {
constexpr std::string_view kTokenPrefix = "pln_";

Error InvalidCredentials() {
  return Error(ErrorKind::kUnauthenticated, "invalid_credentials",
               "The e-mail address or password is not correct.");
}
Error WrongPassword() {
  return Error(ErrorKind::kUnauthenticated, "wrong_password", "The password is not correct.",
               {{"password", "is not correct"}});
}

constexpr int64_t kHourMs = 3600LL * 1000;
constexpr int64_t kMinuteMs = 60LL * 1000;
}  // namespace

AuthService::AuthService(Store& store, const Clock& clock, AuthConfig config)
    : store_(store),
      clock_(clock),
      config_(std::move(config)),
      hasher_(config_.hash_threads, config_.hash_queue),
      throttle_(config_.throttle),
      signups_(config_.signups_per_hour, kHourMs, config_.throttle.capacity),
      logins_(config_.logins_per_minute, kMinuteMs, config_.throttle.capacity) {}

Result<NewSession> AuthService::SignUp(const std::string& email, const std::string& password,
                                       const std::string& name, const std::string& client) {
  // Counted before validation: an invalid attempt costs the client one too.
  RETURN_IF_ERROR(signups_.Acquire(client, clock_.NowMs(), "sign-ups"));
  // Collect every field problem at once so the form can show them together.
  std::vector<FieldError> errors;
  auto norm_email = domain::NormalizeEmail(email);
  if (!norm_email.ok())
    for (const auto& d : norm_email.error().details()) errors.push_back(d);
  Status pw = domain::ValidateNewPassword(password);
  if (!pw.ok())
    for (const auto& d : pw.error().details()) errors.push_back(d);
  auto norm_name = domain::NormalizeName(name);
  if (!norm_name.ok())
    for (const auto& d : norm_name.error().details()) errors.push_back(d);
  if (!errors.empty()) return ValidationError(std::move(errors));

  Result<std::string> hash = hasher_.Hash(password, config_.password_strength);
  if (!hash.ok()) {
    signups_.Refund(client);  // busy: not the client's fault, so not charged
    return std::move(hash).error();
  }
  NewMember m;
  m.email = *norm_email;
  m.password_hash = std::move(*hash);
  m.profile.name = *norm_name;
  m.now = clock_.NowMs();
  MemberId id;
  RETURN_IF_ERROR(store_.Write([&](Tx& tx) -> Status {
    ASSIGN_OR_RETURN(id, tx.members().Create(m));
    return Emit(tx, MemberJoined{id}, m.now, id);
  }));
  // The device that created the account is its first known device.
  throttle_.RememberDevice(m.email, client);
  return StartSession(id);
}

Result<NewSession> AuthService::LogIn(const std::string& email, const std::string& password,
                                      const std::string& client) {
  ASSIGN_OR_RETURN(Account account, CheckPassword(email, password, client));
  return StartSession(account.id);
}

Status AuthService::LogOut(const std::string& session_token) {
  return store_.Write([&](Tx& tx) { return tx.sessions().Delete(Sha256Hex(session_token)); });
}

Result<IssuedToken> AuthService::CreateToken(const std::string& email, const std::string& password,
                                             const std::string& name, const std::string& client) {
  auto clean_name = domain::NormalizeName(name, "name");
  if (!clean_name.ok()) return std::move(clean_name).error();
  ASSIGN_OR_RETURN(Account account, CheckPassword(email, password, client));
  IssuedToken out;
  out.name = *clean_name;
  out.token = std::string(kTokenPrefix) + RandomToken(32);
  out.created_at = clock_.NowMs();
  RETURN_IF_ERROR(store_.Write([&](Tx& tx) -> Status {
    ASSIGN_OR_RETURN(
        out.id, tx.tokens().Create(account.id, out.name, Sha256Hex(out.token), out.created_at));
    return Status::Ok();
  }));
  return out;
}

Result<std::vector<ApiToken>> AuthService::ListTokens(MemberId member) {
  std::vector<ApiToken> out;
  RETURN_IF_ERROR(store_.Read([&](Tx& tx) -> Status {
    ASSIGN_OR_RETURN(out, tx.tokens().ListFor(member));
    return Status::Ok();
  }));
  return out;
}

Status AuthService::RevokeToken(MemberId member, TokenId id) {
  return store_.Write([&](Tx& tx) -> Status {
    ASSIGN_OR_RETURN(bool deleted, tx.tokens().Delete(member, id));
    if (!deleted) return NotFoundError("token");
    return Status::Ok();
  });
}

Result<std::optional<Principal>> AuthService::AuthenticateSession(
    const std::string& session_token) {
  if (session_token.empty() || session_token.size() > 200) return std::optional<Principal>();
  std::optional<Principal> out;
  const int64_t now = clock_.NowMs();
  RETURN_IF_ERROR(store_.Read([&](Tx& tx) -> Status {
    ASSIGN_OR_RETURN(auto session, tx.sessions().Find(Sha256Hex(session_token)));
    if (!session || session->expires_at <= now) return Status::Ok();
    ASSIGN_OR_RETURN(auto account, tx.members().GetAccount(session->member));
    if (!account) return Status::Ok();
    out = Principal{account->id, account->role, AuthMethod::kSession, session->csrf_token};
    return Status::Ok();
  }));
  return out;
}

Result<std::optional<Principal>> AuthService::AuthenticateBearer(const std::string& bearer_token) {
  if (bearer_token.size() > 200 || bearer_token.rfind(kTokenPrefix, 0) != 0) {
    return std::optional<Principal>();
  }
  std::optional<Principal> out;
  RETURN_IF_ERROR(store_.Read([&](Tx& tx) -> Status {
    ASSIGN_OR_RETURN(auto token, tx.tokens().FindByHash(Sha256Hex(bearer_token)));
    if (!token) return Status::Ok();
    ASSIGN_OR_RETURN(auto account, tx.members().GetAccount(token->member));
    if (!account) return Status::Ok();
    out = Principal{account->id, account->role, AuthMethod::kToken, ""};
    return Status::Ok();
  }));
  return out;
}

Result<CredentialsReset> AuthService::ChangePassword(MemberId member,
                                                     const std::string& current_session_token,
                                                     const std::string& current_password,
                                                     const std::string& new_password,
                                                     const std::string& client) {
  RETURN_IF_ERROR(domain::ValidateNewPassword(new_password, "new_password"));
  std::optional<Account> account;
  RETURN_IF_ERROR(store_.Read([&](Tx& tx) -> Status {
    ASSIGN_OR_RETURN(account, tx.members().GetAccount(member));
    return Status::Ok();
  }));
  if (!account) return NotFoundError("member");
  RETURN_IF_ERROR(VerifyThrottled(
      account->email, &*account, current_password, client,
      Error(ErrorKind::kUnauthenticated, "wrong_password", "The current password is not correct.",
            {{"current_password", "is not correct"}})));
  const std::string keep = current_session_token.empty() ? "" : Sha256Hex(current_session_token);
  return ReplacePassword(member, new_password, keep);
}

Result<CredentialsReset> AuthService::ReplacePassword(MemberId member,
                                                      const std::string& new_password,
                                                      const std::string& keep_session_hash) {
  ASSIGN_OR_RETURN(std::string hash, hasher_.Hash(new_password, config_.password_strength));
  // Whoever knew the old password may have made tokens or sessions with it:
  // they all end with it, in the same transaction.
  CredentialsReset out;
  RETURN_IF_ERROR(store_.Write([&](Tx& tx) -> Status {
    RETURN_IF_ERROR(tx.members().SetPasswordHash(member, hash));
    ASSIGN_OR_RETURN(out.ended_sessions, tx.sessions().DeleteAllFor(member, keep_session_hash));
    ASSIGN_OR_RETURN(out.revoked_tokens, tx.tokens().DeleteAllFor(member));
    return Status::Ok();
  }));
  return out;
}

Status AuthService::DeleteAccount(MemberId member, const std::string& password,
                                  const std::string& client) {
  std::optional<Account> account;
  RETURN_IF_ERROR(store_.Read([&](Tx& tx) -> Status {
    ASSIGN_OR_RETURN(account, tx.members().GetAccount(member));
    return Status::Ok();
  }));
  if (!account) return NotFoundError("member");
  RETURN_IF_ERROR(VerifyThrottled(account->email, &*account, password, client, WrongPassword()));
  RETURN_IF_ERROR(store_.Write([&](Tx& tx) -> Status {
    RETURN_IF_ERROR(tx.members().Delete(member));
    return Emit(tx, MemberDeleted{member}, clock_.NowMs(), member);
  }));
  return Status::Ok();
}

Result<MemberId> AuthService::CreateUser(const std::string& email, const std::string& password,
                                         const std::string& name, domain::Role role) {
  ASSIGN_OR_RETURN(std::string norm_email, domain::NormalizeEmail(email));
  RETURN_IF_ERROR(domain::ValidateNewPassword(password));
  ASSIGN_OR_RETURN(std::string norm_name, domain::NormalizeName(name));
  ASSIGN_OR_RETURN(std::string hash, hasher_.Hash(password, config_.password_strength));
  NewMember m{norm_email, hash, role, {}, clock_.NowMs()};
  m.profile.name = norm_name;
  MemberId id;
  RETURN_IF_ERROR(store_.Write([&](Tx& tx) -> Status {
    ASSIGN_OR_RETURN(id, tx.members().Create(m));
    return Emit(tx, MemberJoined{id}, m.now, id);
  }));
  return id;
}

Status AuthService::SetRole(const std::string& email, domain::Role role) {
  ASSIGN_OR_RETURN(std::string norm_email, domain::NormalizeEmail(email));
  return store_.Write([&](Tx& tx) -> Status {
    ASSIGN_OR_RETURN(auto account, tx.members().FindAccountByEmail(norm_email));
    if (!account) return NotFoundError("member with e-mail " + norm_email);
    RETURN_IF_ERROR(tx.members().SetRole(account->id, role));
    return Emit(tx, MemberUpdated{account->id}, clock_.NowMs());
  });
}

Result<CredentialsReset> AuthService::ResetPassword(const std::string& email,
                                                    const std::string& new_password) {
  ASSIGN_OR_RETURN(std::string norm_email, domain::NormalizeEmail(email));
  RETURN_IF_ERROR(domain::ValidateNewPassword(new_password));
  std::optional<Account> account;
  RETURN_IF_ERROR(store_.Read([&](Tx& tx) -> Status {
    ASSIGN_OR_RETURN(account, tx.members().FindAccountByEmail(norm_email));
    return Status::Ok();
  }));
  if (!account) return NotFoundError("member with e-mail " + norm_email);
  return ReplacePassword(account->id, new_password, "");
}

Result<NewSession> AuthService::StartSession(MemberId member) {
  NewSession s;
  s.member = member;
  s.token = RandomToken(32);
  s.csrf_token = RandomToken(24);
  const int64_t now = clock_.NowMs();
  s.expires_at = now + config_.session_ttl_ms;
  SessionRecord record{Sha256Hex(s.token), member, s.csrf_token, now, s.expires_at};
  RETURN_IF_ERROR(store_.Write([&](Tx& tx) -> Status {
    // Expired sessions are swept on login: cheap, and no background job is needed.
    RETURN_IF_ERROR(tx.sessions().DeleteExpired(now));
    return tx.sessions().Create(record);
  }));
  return s;
}

Result<Account> AuthService::CheckPassword(const std::string& email, const std::string& password,
                                           const std::string& client) {
  auto norm_email = domain::NormalizeEmail(email);
  if (!norm_email.ok()) return InvalidCredentials();
  std::optional<Account> account;
  RETURN_IF_ERROR(store_.Read([&](Tx& tx) -> Status {
    ASSIGN_OR_RETURN(account, tx.members().FindAccountByEmail(*norm_email));
    return Status::Ok();
  }));
  RETURN_IF_ERROR(VerifyThrottled(*norm_email, account ? &*account : nullptr, password, client,
                                  InvalidCredentials()));
  return *account;
}

Status AuthService::VerifyThrottled(const std::string& email, const Account* account,
                                    const std::string& password, const std::string& client,
                                    const Error& wrong) {
  const int64_t now = clock_.NowMs();
  RETURN_IF_ERROR(logins_.Acquire(client, now, "sign-in attempts"));
  RETURN_IF_ERROR(throttle_.Check(email, client, now));
  bool right = false;
  if (password.size() <= 1024) {  // longer ones are never set (domain rules), so not worth hashing
    Result<bool> verified =
        hasher_.Verify(account ? account->password_hash : DummyHash(), password);
    if (!verified.ok()) {
      logins_.Refund(client);  // busy: the server's congestion, not the client's attempt
      return std::move(verified).error();
    }
    right = *verified;
  }
  if (!right || account == nullptr) {
    throttle_.RecordFailure(email, client, clock_.NowMs());
    return wrong;
  }
  throttle_.RecordSuccess(email, client, clock_.NowMs());
  return Status::Ok();
}

const std::string& AuthService::DummyHash() {
  // Hashed once, lazily: commands that never verify an unknown address do not pay for it.
  std::call_once(dummy_once_, [this] {
    auto hash = HashPassword(RandomToken(16), config_.password_strength);
    dummy_hash_ = hash.ok() ? *hash : std::string();
  });
  return dummy_hash_;
}

}  // namespace pln::app
