#include "http/json/introductions.h"

#include "base/clock.h"
#include "http/json/common.h"
#include "http/json_body.h"
#include "http/query.h"

namespace pln::http {
namespace {

std::string_view RoleName(domain::IntroductionRole role) {
  switch (role) {
    case domain::IntroductionRole::kRequester: return "requester";
    case domain::IntroductionRole::kBroker: return "broker";
    case domain::IntroductionRole::kTarget: return "target";
  }
  return "requester";
}

void WriteBroker(JsonWriter& w, const app::BrokerSuggestion& s) {
  w.BeginObject().Key("broker");
  WriteMemberSummary(w, s.broker);
  w.Field("score", static_cast<int64_t>(s.score)).StringArray("reasons", s.reasons).EndObject();
}

}  // namespace

void WriteIntroduction(JsonWriter& w, const app::IntroductionView& v) {
  w.BeginObject()
      .Field("id", v.id.value())
      .Field("role", RoleName(v.role))
      .Field("status", v.status)
      .Key("requester");
  WriteMemberSummary(w, v.requester);
  w.Key("broker");
  WriteMemberSummary(w, v.broker);
  w.Key("target");
  WriteMemberSummary(w, v.target);
  if (v.note) {
    WriteMarkdown(w, "note", *v.note);
  } else {
    w.Key("note").Null().Key("note_html").Null();
  }
  w.Field("blurb", v.blurb).Key("opportunity");
  if (v.opportunity) {
    w.Int(v.opportunity->value());
  } else {
    w.Null();
  }
  w.Field("created_at", FormatIso8601(v.created_at))
      .Field("expires_at", FormatIso8601(v.expires_at));
  WriteOptionalTime(w, "forwarded_at", v.forwarded_at);
  WriteOptionalTime(w, "closed_at", v.closed_at);
  w.StringArray("actions", v.actions).EndObject();
}

std::string IntroductionJson(const app::IntroductionView& v) {
  JsonWriter w(1024);
  WriteIntroduction(w, v);
  return w.Take();
}

std::string IntroductionListJson(const std::vector<app::IntroductionView>& items) {
  JsonWriter w(256 + items.size() * 1024);
  w.BeginObject().Key("items").BeginArray();
  for (const app::IntroductionView& v : items) WriteIntroduction(w, v);
  w.EndArray().EndObject();
  return w.Take();
}

std::string BrokerSuggestionsJson(const app::BrokerSuggestions& s) {
  JsonWriter w(256 + s.brokers.size() * 512);
  w.BeginObject().Key("target");
  WriteMemberSummary(w, s.target);
  w.Key("items").BeginArray();
  for (const app::BrokerSuggestion& b : s.brokers) WriteBroker(w, b);
  w.EndArray().EndObject();
  return w.Take();
}

std::string IntroductionPathsJson(const std::vector<app::IntroductionPath>& paths) {
  JsonWriter w(256 + paths.size() * 768);
  w.BeginObject().Key("items").BeginArray();
  for (const app::IntroductionPath& p : paths) {
    w.BeginObject().Key("target");
    WriteMemberSummary(w, p.target);
    w.Field("why", p.why).Key("broker");
    WriteBroker(w, p.broker);
    w.EndObject();
  }
  w.EndArray().EndObject();
  return w.Take();
}

Result<domain::IntroductionInput> ReadIntroductionInput(const nlohmann::json& body) {
  std::vector<FieldError> errors;
  ObjectReader r(body, "", errors);
  domain::IntroductionInput in;
  in.broker = MemberId(r.Id("broker").value_or(0));
  in.target = MemberId(r.Id("target").value_or(0));
  in.blurb = r.String("blurb").value_or("");
  in.note = r.String("note", Presence::kOptional).value_or("");
  if (auto opp = r.Id("opportunity", Presence::kOptional)) in.opportunity = OpportunityId(*opp);
  r.Finish();
  if (!errors.empty()) return ValidationError(std::move(errors));
  return in;
}

Result<std::optional<std::string>> ReadForwardBody(const Request& request) {
  if (request.body.empty()) return std::optional<std::string>();
  ASSIGN_OR_RETURN(nlohmann::json body, ParseJsonObject(request));
  std::vector<FieldError> errors;
  ObjectReader r(body, "", errors);
  std::optional<std::string> blurb = r.String("blurb", Presence::kOptional);
  r.Finish();
  if (!errors.empty()) return ValidationError(std::move(errors));
  return blurb;
}

Result<domain::IntroductionRole> ReadIntroductionRole(const Request& request) {
  ASSIGN_OR_RETURN(QueryParams query, QueryParams::Parse(request.query));
  auto v = query.Get("role");
  if (!v || v->empty() || *v == "requester") return domain::IntroductionRole::kRequester;
  if (*v == "broker") return domain::IntroductionRole::kBroker;
  if (*v == "target") return domain::IntroductionRole::kTarget;
  return ValidationError({{"role", "must be one of: requester, broker, target"}});
}

}  // namespace pln::http
