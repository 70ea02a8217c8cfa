// JSON of accounts (/auth/*, /me/password, DELETE /me): the credential bodies
// read from requests and the tokens and reset reports written back.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "app/accounts/accounts.h"
#include "base/result.h"
#include "http/json_writer.h"

namespace pln::http {

struct Credentials {
  std::string email, password;
  std::string name;  // ReadNamedCredentials only
};
struct PasswordChange {
  std::string current_password, new_password;
};

// {"email", "password"} (login). kValidation naming every missing, wrong or
// unknown field.
Result<Credentials> ReadCredentials(const nlohmann::json& body);
// {"email", "password", "name"} (sign-up; token creation, where name names the token).
Result<Credentials> ReadNamedCredentials(const nlohmann::json& body);
// {"current_password", "new_password"} (POST /me/password).
Result<PasswordChange> ReadPasswordChange(const nlohmann::json& body);
// {"password"} (DELETE /me).
Result<std::string> ReadPasswordConfirmation(const nlohmann::json& body);

// A new token with its secret, shown this once.
void WriteIssuedToken(JsonWriter& w, const app::IssuedToken& token);
// {"items": [...]} without secrets.
void WriteTokenList(JsonWriter& w, const std::vector<app::ApiToken>& tokens);
// What a password change ended, so the member can tell which scripts need a new token.
void WriteCredentialsReset(JsonWriter& w, const app::CredentialsReset& reset);

}  // namespace pln::http
