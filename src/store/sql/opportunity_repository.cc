#include "store/sql/opportunity_repository.h"

#include <nlohmann/json.hpp>

#include "base/text.h"
#include "store/sql/member_repository.h"
#include "store/sql/sql_connection.h"
#include "store/sql/sql_tx.h"

namespace pln::store::sql {
namespace {

constexpr std::string_view kSelect =
    "SELECT id, poster_id, kind, title, organization, location, remote, description, skills, "
    "fields, stages, apply_url, closes_at, starts_at, ends_at, created_at, updated_at, "
    "closed_at, hidden_at, hidden_by FROM opportunities";
constexpr std::string_view kSelectInterest =
    "SELECT opportunity_id, member_id, note, created_at FROM opportunity_interest";

// Lower-cased title, organization, location and description, one per line, for
// keyword search with LIKE (folded here rather than in SQL so both engines agree).
std::string SearchText(const domain::OpportunityInput& p) {
  return AsciiLower(p.title + '\n' + p.organization + '\n' + p.location + '\n' + p.description);
}

std::string SkillsJson(const std::vector<domain::SkillRequirement>& skills) {
  nlohmann::json j = nlohmann::json::array();
  for (const auto& s : skills) {
    j.push_back({{"name", s.name}, {"level", s.level}, {"required", s.required}});
  }
  return j.dump();
}

std::string StagesJson(const std::vector<domain::CareerStage>& stages) {
  nlohmann::json j = nlohmann::json::array();
  for (domain::CareerStage s : stages) j.push_back(domain::ToString(s));
  return j.dump();
}

Result<nlohmann::json> ParseArray(const std::string& text, std::string_view column) {
  nlohmann::json j = nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (!j.is_array()) return CorruptRow(column, text);
  return j;
}

Result<std::vector<domain::SkillRequirement>> ParseSkills(const std::string& text) {
  ASSIGN_OR_RETURN(nlohmann::json j, ParseArray(text, "opportunities.skills"));
  std::vector<domain::SkillRequirement> out;
  for (const auto& v : j) {
    if (!v.is_object() || !v.contains("name") || !v["name"].is_string() || !v.contains("level") ||
        !v["level"].is_number_integer() || !v.contains("required") || !v["required"].is_boolean()) {
      return CorruptRow("opportunities.skills", text);
    }
    const int64_t level = v["level"].get<int64_t>();
    if (level < domain::OpportunityLimits::kMinLevel ||
        level > domain::OpportunityLimits::kMaxLevel) {
      return CorruptRow("opportunities.skills", text);
    }
    out.push_back(
        {v["name"].get<std::string>(), static_cast<int>(level), v["required"].get<bool>()});
  }
  return out;
}

Result<std::vector<std::string>> ParseFields(const std::string& text) {
  ASSIGN_OR_RETURN(nlohmann::json j, ParseArray(text, "opportunities.fields"));
  std::vector<std::string> out;
  for (const auto& v : j) {
    if (!v.is_string()) return CorruptRow("opportunities.fields", text);
    out.push_back(v.get<std::string>());
  }
  return out;
}

Result<std::vector<domain::CareerStage>> ParseStages(const std::string& text) {
  ASSIGN_OR_RETURN(nlohmann::json j, ParseArray(text, "opportunities.stages"));
  std::vector<domain::CareerStage> out;
  for (const auto& v : j) {
    std::optional<domain::CareerStage> s;
    if (v.is_string()) s = domain::ParseCareerStage(v.get<std::string>());
    if (!s) return CorruptRow("opportunities.stages", text);
    out.push_back(*s);
  }
  return out;
}

std::optional<int64_t> OptionalOf(const SqlValue& v) {
  if (v.is_null()) return std::nullopt;
  return v.AsInt();
}

SqlValue OptionalInt(const std::optional<int64_t>& v) {
  return v ? SqlValue(*v) : SqlValue();
}

Result<domain::Opportunity> FromRow(SqlRow& row) {
  domain::Opportunity o;
  o.id = OpportunityId(row[0].AsInt());
  o.poster = MemberId(row[1].AsInt());
  std::optional<domain::OpportunityKind> kind = domain::ParseOpportunityKind(row[2].AsText());
  if (!kind) return CorruptRow("opportunity kind", row[2].AsText());
  domain::OpportunityInput& p = o.post;
  p.kind = *kind;
  p.title = row[3].TakeText();
  p.organization = row[4].TakeText();
  p.location = row[5].TakeText();
  p.remote = row[6].AsInt() != 0;
  p.description = row[7].TakeText();
  ASSIGN_OR_RETURN(p.skills, ParseSkills(row[8].AsText()));
  ASSIGN_OR_RETURN(p.fields, ParseFields(row[9].AsText()));
  ASSIGN_OR_RETURN(p.stages, ParseStages(row[10].AsText()));
  p.apply_url = row[11].TakeText();
  p.closes_at = row[12].AsInt();
  p.starts_at = OptionalOf(row[13]);
  p.ends_at = OptionalOf(row[14]);
  o.created_at = row[15].AsInt();
  o.updated_at = row[16].AsInt();
  o.closed_at = OptionalOf(row[17]);
  o.hidden_at = OptionalOf(row[18]);
  if (!row[19].is_null()) o.hidden_by = MemberId(row[19].AsInt());
  return o;
}

Result<std::vector<domain::Opportunity>> Many(Result<SqlRows> rows) {
  if (!rows.ok()) return std::move(rows).error();
  std::vector<domain::Opportunity> out;
  out.reserve(rows->rows.size());
  for (SqlRow& row : rows->rows) {
    ASSIGN_OR_RETURN(domain::Opportunity o, FromRow(row));
    out.push_back(std::move(o));
  }
  return out;
}

Result<std::vector<app::Interest>> Interests(Result<SqlRows> rows) {
  if (!rows.ok()) return std::move(rows).error();
  std::vector<app::Interest> out;
  for (SqlRow& row : rows->rows) {
    out.push_back({OpportunityId(row[0].AsInt()), MemberId(row[1].AsInt()), row[2].TakeText(),
                   row[3].AsInt()});
  }
  return out;
}

// The content columns in table order, for INSERT and UPDATE alike.
std::vector<SqlValue> ContentValues(const domain::OpportunityInput& p) {
  return {std::string(domain::ToString(p.kind)),
          p.title,
          p.organization,
          p.location,
          p.remote,
          p.description,
          SkillsJson(p.skills),
          nlohmann::json(p.fields).dump(),
          StagesJson(p.stages),
          p.apply_url,
          p.closes_at,
          OptionalInt(p.starts_at),
          OptionalInt(p.ends_at),
          sql::SearchText(p)};  // not domain::SearchText, found by ADL
}

Result<bool> Changed(Result<SqlRows> rows) {
  if (!rows.ok()) return std::move(rows).error();
  return rows->affected > 0;
}

// A row that names a member or post that is gone is "not found", not a 500.
template <typename T>
Result<T> MissingIsNotFound(Result<T> r, std::string_view what) {
  if (!r.ok() && IsForeignKeyViolation(r.error())) return NotFoundError(std::string(what));
  return r;
}

}  // namespace

Result<OpportunityId> SqlOpportunityRepository::Create(MemberId poster,
                                                       const domain::OpportunityInput& post,
                                                       int64_t now) {
  std::vector<SqlValue> values = {poster.value()};
  for (SqlValue& v : ContentValues(post)) values.push_back(std::move(v));
  values.emplace_back(now);
  values.emplace_back(now);
  ASSIGN_OR_RETURN(
      SqlRows rows,
      MissingIsNotFound(
          tx_.Change("INSERT INTO opportunities (poster_id, kind, title, organization, location, "
                     "remote, description, skills, fields, stages, apply_url, closes_at, "
                     "starts_at, ends_at, search_text, created_at, updated_at) VALUES (?, ?, ?, "
                     "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
                     values),
          "member"));
  return OpportunityId(rows.rows.at(0)[0].AsInt());
}

Result<std::optional<domain::Opportunity>> SqlOpportunityRepository::Get(OpportunityId id) {
  ASSIGN_OR_RETURN(std::vector<domain::Opportunity> found,
                   Many(tx_.Query(std::string(kSelect) + " WHERE id = ?", {id.value()})));
  if (found.empty()) return std::optional<domain::Opportunity>();
  return std::optional<domain::Opportunity>(std::move(found[0]));
}

Result<bool> SqlOpportunityRepository::Update(OpportunityId id,
                                              const domain::OpportunityInput& post, bool reopen,
                                              int64_t now) {
  std::vector<SqlValue> values = ContentValues(post);
  values.emplace_back(now);
  values.emplace_back(id.value());
  return Changed(tx_.Change(
      std::string("UPDATE opportunities SET kind = ?, title = ?, organization = ?, location = ?, "
                  "remote = ?, description = ?, skills = ?, fields = ?, stages = ?, "
                  "apply_url = ?, closes_at = ?, starts_at = ?, ends_at = ?, search_text = ?, "
                  "updated_at = ?") +
          (reopen ? ", closed_at = NULL" : "") + " WHERE id = ?",
      values));
}

Result<bool> SqlOpportunityRepository::Close(OpportunityId id, int64_t now) {
  return Changed(tx_.Change(
      "UPDATE opportunities SET closed_at = ?, updated_at = ? WHERE id = ? AND closed_at IS NULL",
      {now, now, id.value()}));
}

Result<bool> SqlOpportunityRepository::Hide(OpportunityId id, MemberId by, int64_t now) {
  return Changed(
      tx_.Change("UPDATE opportunities SET hidden_at = ?, hidden_by = ? "
                 "WHERE id = ? AND hidden_at IS NULL",
                 {now, by.value(), id.value()}));
}

Result<std::vector<domain::Opportunity>> SqlOpportunityRepository::ListByPoster(MemberId poster,
                                                                                int64_t before,
                                                                                int limit) {
  if (before <= 0) before = INT64_MAX;
  return Many(
      tx_.Query(std::string(kSelect) + " WHERE poster_id = ? AND id < ? ORDER BY id DESC LIMIT ?",
                {poster.value(), before, limit}));
}

Result<std::vector<domain::Opportunity>> SqlOpportunityRepository::ListOpen(int64_t now,
                                                                            int64_t after,
                                                                            int limit) {
  return Many(tx_.Query(std::string(kSelect) +
                            " WHERE closed_at IS NULL AND hidden_at IS NULL AND closes_at > ? "
                            "AND id > ? ORDER BY id LIMIT ?",
                        {now, after, limit}));
}

Result<bool> SqlOpportunityRepository::AddInterest(const app::Interest& interest) {
  return MissingIsNotFound(
      Changed(tx_.Change("INSERT INTO opportunity_interest (opportunity_id, member_id, note, "
                         "created_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
                         {interest.opportunity.value(), interest.member.value(), interest.note,
                          interest.created_at})),
      "opportunity");
}

Result<bool> SqlOpportunityRepository::RemoveInterest(OpportunityId id, MemberId member) {
  return Changed(
      tx_.Change("DELETE FROM opportunity_interest WHERE opportunity_id = ? AND member_id = ?",
                 {id.value(), member.value()}));
}

Result<std::vector<app::Interest>> SqlOpportunityRepository::InterestIn(OpportunityId id) {
  return Interests(tx_.Query(
      std::string(kSelectInterest) + " WHERE opportunity_id = ? ORDER BY created_at, member_id",
      {id.value()}));
}

Result<std::vector<app::Interest>> SqlOpportunityRepository::InterestsOf(MemberId member) {
  return Interests(
      tx_.Query(std::string(kSelectInterest) +
                    " WHERE member_id = ? ORDER BY created_at DESC, opportunity_id DESC",
                {member.value()}));
}

Result<bool> SqlOpportunityRepository::Dismiss(MemberId member, OpportunityId id, int64_t now) {
  return MissingIsNotFound(
      Changed(tx_.Change("INSERT INTO opportunity_dismissals (member_id, opportunity_id, "
                         "created_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                         {member.value(), id.value(), now})),
      "opportunity");
}

Result<std::vector<OpportunityId>> SqlOpportunityRepository::Dismissed(MemberId member) {
  ASSIGN_OR_RETURN(SqlRows rows, tx_.Query("SELECT opportunity_id FROM opportunity_dismissals "
                                           "WHERE member_id = ? ORDER BY opportunity_id",
                                           {member.value()}));
  std::vector<OpportunityId> out;
  for (SqlRow& row : rows.rows) out.emplace_back(row[0].AsInt());
  return out;
}

Result<bool> SqlOpportunityRepository::Report(OpportunityId id, MemberId reporter,
                                              const std::string& reason, int64_t now) {
  return MissingIsNotFound(
      Changed(tx_.Change("INSERT INTO opportunity_reports (opportunity_id, reporter_id, reason, "
                         "created_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
                         {id.value(), reporter.value(), reason, now})),
      "opportunity");
}

Result<int> SqlOpportunityRepository::ReportCount(OpportunityId id) {
  ASSIGN_OR_RETURN(
      SqlRows rows,
      tx_.Query("SELECT COUNT(*) FROM opportunity_reports WHERE opportunity_id = ?", {id.value()}));
  return static_cast<int>(rows.rows.at(0)[0].AsInt());
}

}  // namespace pln::store::sql
