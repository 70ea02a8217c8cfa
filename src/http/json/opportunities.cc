#include "http/json/opportunities.h"

#include <charconv>
#include <chrono>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "base/clock.h"
#include "http/json/common.h"
#include "http/json/members.h"
#include "http/json_body.h"
#include "http/query.h"

namespace pln::http {
namespace {

constexpr std::string_view kTimeFormat =
    "must be an ISO 8601 time with a zone, e.g. 2027-01-31T17:00:00Z";

// Reads `n` digits at `at`; nullopt if they are not all digits.
std::optional<int> Digits(std::string_view s, size_t at, size_t n) {
  if (at + n > s.size()) return std::nullopt;
  int v = 0;
  auto [end, ec] = std::from_chars(s.data() + at, s.data() + at + n, v);
  if (ec != std::errc() || end != s.data() + at + n) return std::nullopt;
  return v;
}

// "YYYY-MM-DDTHH:MM[:SS[.fff…]](Z|±HH:MM)" → Unix ms; nullopt for anything else.
std::optional<int64_t> ParseIsoTime(std::string_view s) {
  auto y = Digits(s, 0, 4), mo = Digits(s, 5, 2), d = Digits(s, 8, 2), h = Digits(s, 11, 2),
       mi = Digits(s, 14, 2);
  if (!y || !mo || !d || !h || !mi || s[4] != '-' || s[7] != '-' ||
      (s[10] != 'T' && s[10] != 't') || s[13] != ':') {
    return std::nullopt;
  }
  size_t at = 16;
  int sec = 0, ms = 0;
  if (at < s.size() && s[at] == ':') {
    auto ss = Digits(s, at + 1, 2);
    if (!ss) return std::nullopt;
    sec = *ss;
    at += 3;
    if (at < s.size() && s[at] == '.') {
      size_t digits = 0;
      ++at;
      while (at < s.size() && s[at] >= '0' && s[at] <= '9') {
        if (digits < 3) ms = ms * 10 + (s[at] - '0');
        ++digits;
        ++at;
      }
      if (digits == 0) return std::nullopt;
      for (size_t i = digits; i < 3; ++i) ms *= 10;
    }
  }
  int64_t offset_min = 0;
  if (at < s.size() && (s[at] == 'Z' || s[at] == 'z')) {
    ++at;
  } else if (at < s.size() && (s[at] == '+' || s[at] == '-')) {
    auto oh = Digits(s, at + 1, 2), om = Digits(s, at + 4, 2);
    if (!oh || !om || at + 3 >= s.size() || s[at + 3] != ':' || *oh > 23 || *om > 59) {
      return std::nullopt;
    }
    offset_min = (*oh * 60 + *om) * (s[at] == '-' ? -1 : 1);
    at += 6;
  } else {
    return std::nullopt;
  }
  if (at != s.size() || *mo < 1 || *mo > 12 || *h > 23 || *mi > 59 || sec > 59) return std::nullopt;
  const std::chrono::year_month_day date{std::chrono::year(*y), std::chrono::month(*mo),
                                         std::chrono::day(*d)};
  if (!date.ok()) return std::nullopt;
  const int64_t days = std::chrono::sys_days(date).time_since_epoch().count();
  return ((days * 24 + *h) * 60 + *mi - offset_min) * 60000 + sec * 1000 + ms;
}

std::optional<int64_t> ReadTime(ObjectReader& r, std::string_view key, Presence p) {
  std::optional<std::string> text = r.String(key, p);
  if (!text) return std::nullopt;
  std::optional<int64_t> ms = ParseIsoTime(*text);
  if (!ms) r.AddError(key, std::string(kTimeFormat));
  return ms;
}

std::optional<std::vector<domain::SkillRequirement>> ReadSkills(ObjectReader& r) {
  std::vector<domain::SkillRequirement> skills;
  const bool present = r.ObjectArray("skills", Presence::kOptional, [&](ObjectReader& s, size_t) {
    domain::SkillRequirement req;
    req.name = s.String("name").value_or("");
    req.level = static_cast<int>(s.Int("level", Presence::kOptional, -1000, 1000).value_or(1));
    req.required = s.Bool("required", Presence::kOptional).value_or(true);
    s.Finish();
    skills.push_back(std::move(req));
  });
  if (!present) return std::nullopt;
  return skills;
}

std::optional<std::vector<domain::CareerStage>> ReadStages(ObjectReader& r) {
  std::optional<std::vector<std::string>> names = r.StringArray("stages", Presence::kOptional);
  if (!names) return std::nullopt;
  std::vector<domain::CareerStage> stages;
  for (size_t i = 0; i < names->size(); ++i) {
    auto stage = domain::ParseCareerStage((*names)[i]);
    if (!stage) {
      r.AddError("stages[" + std::to_string(i) + "]",
                 "must be one of: " + std::string(kStageValues));
      continue;
    }
    stages.push_back(*stage);
  }
  return stages;
}

void WriteSkills(JsonWriter& w, const std::vector<domain::SkillRequirement>& skills) {
  w.Key("skills").BeginArray();
  for (const auto& s : skills) {
    w.BeginObject()
        .Field("name", s.name)
        .Field("level", s.level)
        .Field("required", s.required)
        .EndObject();
  }
  w.EndArray();
}

}  // namespace

void WriteOpportunity(JsonWriter& w, const app::OpportunityView& v) {
  const domain::Opportunity& o = v.opportunity;
  const domain::OpportunityInput& p = o.post;
  w.BeginObject()
      .Field("id", o.id.value())
      .Field("kind", domain::ToString(p.kind))
      .Field("status", domain::ToString(v.state))
      .Field("title", p.title)
      .Field("organization", p.organization)
      .Field("location", p.location)
      .Field("remote", p.remote);
  WriteMarkdown(w, "description", p.description);
  WriteSkills(w, p.skills);
  w.StringArray("fields", p.fields);
  w.Key("stages").BeginArray();
  for (domain::CareerStage s : p.stages) w.String(domain::ToString(s));
  w.EndArray();
  w.Key("apply_url");
  if (p.apply_url.empty()) {
    w.Null();
  } else {
    w.String(p.apply_url);
  }
  w.Field("closes_at", FormatIso8601(p.closes_at));
  WriteOptionalTime(w, "starts_at", p.starts_at);
  WriteOptionalTime(w, "ends_at", p.ends_at);
  w.Key("poster");
  WriteMemberSummary(w, v.poster);
  w.Field("created_at", FormatIso8601(o.created_at))
      .Field("updated_at", FormatIso8601(o.updated_at));
  WriteOptionalTime(w, "closed_at", o.closed_at);
  w.Field("mine", v.mine).Field("interested", v.interested);
  w.Key("interested_count");
  if (v.mine) {
    w.Int(v.interested_count);
  } else {
    w.Null();
  }
  w.EndObject();
}

void WriteOpportunityPage(JsonWriter& w, const app::Page<app::OpportunityView>& page) {
  w.BeginObject().Key("items").BeginArray();
  for (const auto& v : page.items) WriteOpportunity(w, v);
  w.EndArray();
  WriteNextCursor(w, page.next_cursor);
  w.EndObject();
}

void WriteForYouPage(JsonWriter& w, const app::Page<app::ForYouItem>& page) {
  w.BeginObject().Key("items").BeginArray();
  for (const auto& item : page.items) {
    w.BeginObject().Key("opportunity");
    WriteOpportunity(w, item.opportunity);
    w.Field("score", item.score).Field("reason", item.reason);
    w.StringArray("skills_met", item.skills_met);
    w.StringArray("skills_missing", item.skills_missing);
    w.StringArray("shared_fields", item.shared_fields);
    w.Field("connections_at_organization", item.connections_at_organization);
    w.EndObject();
  }
  w.EndArray();
  WriteNextCursor(w, page.next_cursor);
  w.EndObject();
}

void WriteInterestedMembers(JsonWriter& w, const std::vector<app::InterestedMemberView>& items) {
  w.BeginObject().Key("items").BeginArray();
  for (const auto& i : items) {
    w.BeginObject().Key("member");
    WriteMemberSummary(w, i.member);
    w.Field("note", i.note).Field("created_at", FormatIso8601(i.created_at)).EndObject();
  }
  w.EndArray().EndObject();
}

void WriteMyInterests(JsonWriter& w, const std::vector<app::MyInterestView>& items) {
  w.BeginObject().Key("items").BeginArray();
  for (const auto& i : items) {
    w.BeginObject().Key("opportunity");
    WriteOpportunity(w, i.opportunity);
    w.Field("note", i.note).Field("created_at", FormatIso8601(i.created_at)).EndObject();
  }
  w.EndArray().EndObject();
}

Result<domain::OpportunityInput> ReadOpportunityInput(const nlohmann::json& body) {
  std::vector<FieldError> errors;
  ObjectReader r(body, "", errors);
  domain::OpportunityInput in;
  constexpr auto kReq = Presence::kRequired, kOpt = Presence::kOptional;
  in.kind = r.Enum<domain::OpportunityKind>("kind", kReq, domain::ParseOpportunityKind,
                                            kOpportunityKindValues)
                .value_or(domain::OpportunityKind::kJob);
  in.title = r.String("title", kReq).value_or("");
  in.organization = r.String("organization", kReq).value_or("");
  in.location = r.String("location", kOpt).value_or("");
  in.remote = r.Bool("remote", kOpt).value_or(false);
  in.description = r.String("description", kReq).value_or("");
  in.skills = ReadSkills(r).value_or(std::vector<domain::SkillRequirement>{});
  in.fields = r.StringArray("fields", kOpt).value_or(std::vector<std::string>{});
  in.stages = ReadStages(r).value_or(std::vector<domain::CareerStage>{});
  in.apply_url = r.String("apply_url", kOpt).value_or("");
  in.closes_at = ReadTime(r, "closes_at", kReq).value_or(0);
  in.starts_at = ReadTime(r, "starts_at", kOpt);
  in.ends_at = ReadTime(r, "ends_at", kOpt);
  r.Finish();
  if (!errors.empty()) return ValidationError(std::move(errors));
  return in;
}

Result<app::OpportunityPatch> ReadOpportunityPatch(const nlohmann::json& body) {
  std::vector<FieldError> errors;
  app::OpportunityPatch p;
  // A null start or end clears it; the reader sees only the keys that carry a value.
  nlohmann::json rest = body;
  for (const char* key : {"starts_at", "ends_at"}) {
    auto it = rest.find(key);
    if (it == rest.end() || !it->is_null()) continue;
    (std::string_view(key) == "starts_at" ? p.starts_at : p.ends_at) = std::optional<int64_t>();
    rest.erase(it);
  }
  ObjectReader r(rest, "", errors);
  constexpr auto kOpt = Presence::kOptional;
  p.kind = r.Enum<domain::OpportunityKind>("kind", kOpt, domain::ParseOpportunityKind,
                                           kOpportunityKindValues);
  p.title = r.String("title", kOpt);
  p.organization = r.String("organization", kOpt);
  p.location = r.String("location", kOpt);
  p.remote = r.Bool("remote", kOpt);
  p.description = r.String("description", kOpt);
  p.skills = ReadSkills(r);
  p.fields = r.StringArray("fields", kOpt);
  p.stages = ReadStages(r);
  p.apply_url = r.String("apply_url", kOpt);
  p.closes_at = ReadTime(r, "closes_at", kOpt);
  if (auto t = ReadTime(r, "starts_at", kOpt)) p.starts_at = t;
  if (auto t = ReadTime(r, "ends_at", kOpt)) p.ends_at = t;
  r.Finish();
  if (!errors.empty()) return ValidationError(std::move(errors));
  return p;
}

Result<int64_t> ReadRepost(const nlohmann::json& body) {
  std::vector<FieldError> errors;
  ObjectReader r(body, "", errors);
  std::optional<int64_t> closes_at = ReadTime(r, "closes_at", Presence::kRequired);
  r.Finish();
  if (!errors.empty()) return ValidationError(std::move(errors));
  return *closes_at;
}

Result<std::string> ReadOptionalText(const nlohmann::json& body, std::string_view key) {
  std::vector<FieldError> errors;
  ObjectReader r(body, "", errors);
  std::string text = r.String(key, Presence::kOptional).value_or("");
  r.Finish();
  if (!errors.empty()) return ValidationError(std::move(errors));
  return text;
}

Result<ForYouParams> ReadForYouParams(const Request& request) {
  ASSIGN_OR_RETURN(QueryParams query, QueryParams::Parse(request.query));
  std::vector<FieldError> errors;
  ForYouParams out;
  auto list = [&](std::string_view key) {
    std::vector<std::string> items;
    std::string_view text = query.Get(key).value_or("");
    while (!text.empty()) {
      const size_t comma = text.find(',');
      std::string_view item = text.substr(0, comma);
      if (!item.empty()) items.emplace_back(item);
      text = comma == std::string_view::npos ? std::string_view() : text.substr(comma + 1);
    }
    return items;
  };
  const std::vector<std::string> kinds = list("kind");
  for (size_t i = 0; i < kinds.size(); ++i) {
    auto kind = domain::ParseOpportunityKind(kinds[i]);
    if (!kind) {
      errors.push_back({"kind", "must be one of: " + std::string(kOpportunityKindValues)});
      break;
    }
    out.query.kinds.push_back(*kind);
  }
  out.query.fields = list("field");
  out.query.skills = list("skill");
  if (auto stage = query.Get("stage"); stage && !stage->empty()) {
    out.query.stage = domain::ParseCareerStage(*stage);
    if (!out.query.stage) {
      errors.push_back({"stage", "must be one of: " + std::string(kStageValues)});
    }
  }
  if (auto remote = query.Get("remote"); remote && !remote->empty()) {
    if (*remote == "true") {
      out.query.remote_only = true;
    } else if (*remote != "false") {
      errors.push_back({"remote", "must be true or false"});
    }
  }
  out.query.location = std::string(query.Get("location").value_or(""));
  out.query.keywords = std::string(query.Get("q").value_or(""));
  PageParams page = ReadPageParams(query, errors);
  out.cursor = std::move(page.cursor);
  out.limit = page.limit;
  // The domain names the query's parts ("keywords", "fields[1]"); the client sent parameters.
  if (auto checked = domain::ValidateOpportunityQuery(out.query); !checked.ok()) {
    for (FieldError e : checked.error().details()) {
      const std::string part = e.field.substr(0, e.field.find('['));
      e.field = part == "keywords" ? "q"
                : part == "fields" ? "field"
                : part == "skills" ? "skill"
                : part == "kinds"  ? "kind"
                                   : part;
      errors.push_back(std::move(e));
    }
  }
  if (!errors.empty()) return ValidationError(std::move(errors));
  return out;
}

Result<OpportunityListParams> ReadOpportunityListParams(const Request& request) {
  ASSIGN_OR_RETURN(QueryParams query, QueryParams::Parse(request.query));
  std::vector<FieldError> errors;
  PageParams page = ReadPageParams(query, errors);
  if (!errors.empty()) return ValidationError(std::move(errors));
  return OpportunityListParams{std::move(page.cursor), page.limit};
}

}  // namespace pln::http
