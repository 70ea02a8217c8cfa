#include "http/json/saved_searches.h"

#include "base/clock.h"
#include "http/json/common.h"
#include "http/json_body.h"
#include "http/json_writer.h"

namespace pln::http {
namespace {

constexpr std::string_view kPeriods = "instant, daily, weekly";
constexpr std::string_view kStages = "learner, early_career, experienced";

void WriteQuery(JsonWriter& w, const domain::OpportunityQuery& q) {
  w.BeginObject();
  w.Key("kinds").BeginArray();
  for (domain::OpportunityKind k : q.kinds) w.String(domain::ToString(k));
  w.EndArray();
  w.Key("fields").BeginArray();
  for (const std::string& f : q.fields) w.String(f);
  w.EndArray();
  w.Key("skills").BeginArray();
  for (const std::string& s : q.skills) w.String(s);
  w.EndArray();
  w.Key("stage");
  if (q.stage) {
    w.String(domain::ToString(*q.stage));
  } else {
    w.Null();
  }
  w.Field("remote_only", q.remote_only);
  w.Field("location", q.location);
  w.Field("keywords", q.keywords);
  w.EndObject();
}

void WriteSavedSearch(JsonWriter& w, const app::SavedSearchView& v) {
  w.BeginObject();
  w.Field("id", v.id.value());
  w.Field("name", v.name);
  w.Field("description", v.description);
  w.Key("query");
  WriteQuery(w, v.query);
  w.Field("period", domain::ToString(v.period));
  w.Field("created_at", FormatIso8601(v.created_at));
  w.Field("updated_at", FormatIso8601(v.updated_at));
  WriteOptionalTime(w, "last_alert_at", v.last_alert_at);
  w.EndObject();
}

// The query object at `key` (absent: nullopt, an empty query for POST).
std::optional<domain::OpportunityQuery> ReadQuery(ObjectReader& r) {
  std::optional<ObjectReader> q = r.Object("query", Presence::kOptional);
  if (!q) return std::nullopt;
  domain::OpportunityQuery out;
  if (auto kinds = q->StringArray("kinds", Presence::kOptional)) {
    for (size_t i = 0; i < kinds->size(); ++i) {
      std::optional<domain::OpportunityKind> k = domain::ParseOpportunityKind((*kinds)[i]);
      if (k) {
        out.kinds.push_back(*k);
      } else {
        q->AddError("kinds[" + std::to_string(i) + "]",
                    "must be one of: job, internship, project, volunteering, event");
      }
    }
  }
  out.fields = q->StringArray("fields", Presence::kOptional).value_or(std::vector<std::string>{});
  out.skills = q->StringArray("skills", Presence::kOptional).value_or(std::vector<std::string>{});
  out.stage =
      q->Enum<domain::CareerStage>("stage", Presence::kOptional, domain::ParseCareerStage, kStages);
  out.remote_only = q->Bool("remote_only", Presence::kOptional).value_or(false);
  out.location = q->String("location", Presence::kOptional).value_or("");
  out.keywords = q->String("keywords", Presence::kOptional).value_or("");
  q->Finish();
  return out;
}

}  // namespace

std::string SavedSearchJson(const app::SavedSearchView& view) {
  JsonWriter w(512);
  WriteSavedSearch(w, view);
  return w.Take();
}

std::string SavedSearchListJson(const std::vector<app::SavedSearchView>& items) {
  JsonWriter w(256 + items.size() * 512);
  w.BeginObject().Key("items").BeginArray();
  for (const app::SavedSearchView& v : items) WriteSavedSearch(w, v);
  w.EndArray().EndObject();
  return w.Take();
}

Result<domain::SavedSearchInput> ReadSavedSearchInput(const nlohmann::json& body) {
  std::vector<FieldError> errors;
  ObjectReader r(body, "", errors);
  domain::SavedSearchInput in;
  in.name = r.String("name", Presence::kOptional).value_or("");
  in.query = ReadQuery(r).value_or(domain::OpportunityQuery{});
  in.period =
      r.Enum<domain::AlertPeriod>("period", Presence::kOptional, domain::ParseAlertPeriod, kPeriods)
          .value_or(domain::AlertPeriod::kDaily);
  r.Finish();
  if (!errors.empty()) return ValidationError(std::move(errors));
  return in;
}

Result<app::SavedSearchPatch> ReadSavedSearchPatch(const nlohmann::json& body) {
  std::vector<FieldError> errors;
  ObjectReader r(body, "", errors);
  app::SavedSearchPatch patch;
  patch.name = r.String("name", Presence::kOptional);
  patch.query = ReadQuery(r);
  patch.period = r.Enum<domain::AlertPeriod>("period", Presence::kOptional,
                                             domain::ParseAlertPeriod, kPeriods);
  r.Finish();
  if (!errors.empty()) return ValidationError(std::move(errors));
  return patch;
}

}  // namespace pln::http
