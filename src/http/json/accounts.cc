#include "http/json/accounts.h"

#include <optional>
#include <utility>

#include "base/clock.h"
#include "http/json_body.h"

namespace pln::http {

namespace {

// Reads the strings `keys` in order, then reports unknown fields.
Result<std::vector<std::string>> ReadStrings(const nlohmann::json& body,
                                             std::initializer_list<std::string_view> keys) {
  std::vector<FieldError> errors;
  ObjectReader r(body, "", errors);
  std::vector<std::optional<std::string>> values;
  for (std::string_view key : keys) values.push_back(r.String(key));
  r.Finish();
  if (!errors.empty()) return ValidationError(std::move(errors));
  std::vector<std::string> out;
  for (std::optional<std::string>& v : values) out.push_back(std::move(*v));
  return out;
}

}  // namespace

Result<Credentials> ReadCredentials(const nlohmann::json& body) {
  ASSIGN_OR_RETURN(std::vector<std::string> v, ReadStrings(body, {"email", "password"}));
  return Credentials{std::move(v[0]), std::move(v[1]), ""};
}

Result<Credentials> ReadNamedCredentials(const nlohmann::json& body) {
  ASSIGN_OR_RETURN(std::vector<std::string> v, ReadStrings(body, {"email", "password", "name"}));
  return Credentials{std::move(v[0]), std::move(v[1]), std::move(v[2])};
}

Result<PasswordChange> ReadPasswordChange(const nlohmann::json& body) {
  ASSIGN_OR_RETURN(std::vector<std::string> v,
                   ReadStrings(body, {"current_password", "new_password"}));
  return PasswordChange{std::move(v[0]), std::move(v[1])};
}

Result<std::string> ReadPasswordConfirmation(const nlohmann::json& body) {
  ASSIGN_OR_RETURN(std::vector<std::string> v, ReadStrings(body, {"password"}));
  return std::move(v[0]);
}

void WriteIssuedToken(JsonWriter& w, const app::IssuedToken& token) {
  w.BeginObject()
      .Field("id", token.id.value())
      .Field("name", token.name)
      .Field("token", token.token)
      .Field("created_at", FormatIso8601(token.created_at))
      .EndObject();
}

void WriteTokenList(JsonWriter& w, const std::vector<app::ApiToken>& tokens) {
  w.BeginObject().Key("items").BeginArray();
  for (const app::ApiToken& t : tokens) {
    w.BeginObject()
        .Field("id", t.id.value())
        .Field("name", t.name)
        .Field("created_at", FormatIso8601(t.created_at))
        .EndObject();
  }
  w.EndArray().EndObject();
}

void WriteCredentialsReset(JsonWriter& w, const app::CredentialsReset& reset) {
  w.BeginObject().Key("revoked_tokens").BeginArray();
  for (const app::ApiToken& t : reset.revoked_tokens) {
    w.BeginObject().Field("id", t.id.value()).Field("name", t.name).EndObject();
  }
  w.EndArray().Field("ended_sessions", reset.ended_sessions).EndObject();
}

}  // namespace pln::http
