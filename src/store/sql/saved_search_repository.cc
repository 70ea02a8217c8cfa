#include "store/sql/saved_search_repository.h"

#include <nlohmann/json.hpp>

#include "store/sql/member_repository.h"
#include "store/sql/sql_connection.h"
#include "store/sql/sql_tx.h"

namespace pln::store::sql {
namespace {

constexpr std::string_view kSelect =
    "SELECT id, member_id, name, query, period, created_at, updated_at, last_alert_at "
    "FROM saved_searches";

std::string QueryJson(const domain::OpportunityQuery& q) {
  nlohmann::json kinds = nlohmann::json::array();
  for (domain::OpportunityKind k : q.kinds) kinds.push_back(domain::ToString(k));
  nlohmann::json j = {{"kinds", kinds},         {"fields", q.fields},
                      {"skills", q.skills},     {"remote_only", q.remote_only},
                      {"location", q.location}, {"keywords", q.keywords}};
  if (q.stage) j["stage"] = domain::ToString(*q.stage);
  return j.dump();
}

bool ReadStrings(const nlohmann::json& j, std::string_view key, std::vector<std::string>& out) {
  auto it = j.find(key);
  if (it == j.end() || !it->is_array()) return false;
  for (const auto& v : *it) {
    if (!v.is_string()) return false;
    out.push_back(v.get<std::string>());
  }
  return true;
}

Result<domain::OpportunityQuery> ParseQuery(const std::string& text) {
  const nlohmann::json j = nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false);
  domain::OpportunityQuery q;
  std::vector<std::string> kinds;
  if (!j.is_object() || !ReadStrings(j, "kinds", kinds) || !ReadStrings(j, "fields", q.fields) ||
      !ReadStrings(j, "skills", q.skills) || !j.contains("remote_only") ||
      !j["remote_only"].is_boolean() || !j.contains("location") || !j["location"].is_string() ||
      !j.contains("keywords") || !j["keywords"].is_string()) {
    return CorruptRow("saved_searches.query", text);
  }
  for (const std::string& k : kinds) {
    std::optional<domain::OpportunityKind> kind = domain::ParseOpportunityKind(k);
    if (!kind) return CorruptRow("saved_searches.query", text);
    q.kinds.push_back(*kind);
  }
  if (j.contains("stage")) {
    std::optional<domain::CareerStage> stage;
    if (j["stage"].is_string()) stage = domain::ParseCareerStage(j["stage"].get<std::string>());
    if (!stage) return CorruptRow("saved_searches.query", text);
    q.stage = stage;
  }
  q.remote_only = j["remote_only"].get<bool>();
  q.location = j["location"].get<std::string>();
  q.keywords = j["keywords"].get<std::string>();
  return q;
}

Result<app::SavedSearch> FromRow(SqlRow& row) {
  app::SavedSearch s;
  s.id = SavedSearchId(row[0].AsInt());
  s.member = MemberId(row[1].AsInt());
  s.search.name = row[2].TakeText();
  ASSIGN_OR_RETURN(s.search.query, ParseQuery(row[3].AsText()));
  std::optional<domain::AlertPeriod> period = domain::ParseAlertPeriod(row[4].AsText());
  if (!period) return CorruptRow("saved_searches.period", row[4].AsText());
  s.search.period = *period;
  s.created_at = row[5].AsInt();
  s.updated_at = row[6].AsInt();
  if (!row[7].is_null()) s.last_alert_at = row[7].AsInt();
  return s;
}

Result<std::vector<app::SavedSearch>> Many(Result<SqlRows> rows) {
  if (!rows.ok()) return std::move(rows).error();
  std::vector<app::SavedSearch> out;
  out.reserve(rows->rows.size());
  for (SqlRow& row : rows->rows) {
    ASSIGN_OR_RETURN(app::SavedSearch s, FromRow(row));
    out.push_back(std::move(s));
  }
  return out;
}

Result<bool> Changed(Result<SqlRows> rows) {
  if (!rows.ok()) return std::move(rows).error();
  return rows->affected > 0;
}

}  // namespace

Result<SavedSearchId> SqlSavedSearchRepository::Create(MemberId member,
                                                       const domain::SavedSearchInput& search,
                                                       int64_t now) {
  Result<SqlRows> rows = tx_.Change(
      "INSERT INTO saved_searches (member_id, name, query, period, created_at, updated_at) "
      "VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
      {member.value(), search.name, QueryJson(search.query),
       std::string(domain::ToString(search.period)), now, now});
  if (!rows.ok() && IsForeignKeyViolation(rows.error())) return NotFoundError("member");
  if (!rows.ok()) return std::move(rows).error();
  return SavedSearchId(rows->rows.at(0)[0].AsInt());
}

Result<std::optional<app::SavedSearch>> SqlSavedSearchRepository::Get(SavedSearchId id) {
  ASSIGN_OR_RETURN(std::vector<app::SavedSearch> found,
                   Many(tx_.Query(std::string(kSelect) + " WHERE id = ?", {id.value()})));
  if (found.empty()) return std::optional<app::SavedSearch>();
  return std::optional<app::SavedSearch>(std::move(found[0]));
}

Result<std::vector<app::SavedSearch>> SqlSavedSearchRepository::ListByMember(MemberId member) {
  return Many(
      tx_.Query(std::string(kSelect) + " WHERE member_id = ? ORDER BY id", {member.value()}));
}

Result<int> SqlSavedSearchRepository::CountByMember(MemberId member) {
  ASSIGN_OR_RETURN(
      SqlRows rows,
      tx_.Query("SELECT COUNT(*) FROM saved_searches WHERE member_id = ?", {member.value()}));
  return static_cast<int>(rows.rows.at(0)[0].AsInt());
}

Result<bool> SqlSavedSearchRepository::Update(SavedSearchId id,
                                              const domain::SavedSearchInput& search, int64_t now) {
  return Changed(tx_.Change(
      "UPDATE saved_searches SET name = ?, query = ?, period = ?, updated_at = ? WHERE id = ?",
      {search.name, QueryJson(search.query), std::string(domain::ToString(search.period)), now,
       id.value()}));
}

Result<bool> SqlSavedSearchRepository::Delete(SavedSearchId id) {
  return Changed(tx_.Change("DELETE FROM saved_searches WHERE id = ?", {id.value()}));
}

Result<std::vector<app::SavedSearch>> SqlSavedSearchRepository::ListAll(int64_t after, int limit) {
  return Many(
      tx_.Query(std::string(kSelect) + " WHERE id > ? ORDER BY id LIMIT ?", {after, limit}));
}

Result<bool> SqlSavedSearchRepository::AddMatch(SavedSearchId id, OpportunityId opportunity,
                                                int64_t matched_at) {
  Result<bool> added = Changed(
      tx_.Change("INSERT INTO saved_search_matches (saved_search_id, opportunity_id, matched_at) "
                 "VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                 {id.value(), opportunity.value(), matched_at}));
  if (!added.ok() && IsForeignKeyViolation(added.error())) return NotFoundError("saved search");
  return added;
}

Result<std::vector<app::PendingMatch>> SqlSavedSearchRepository::Pending(SavedSearchId id) {
  ASSIGN_OR_RETURN(SqlRows rows, tx_.Query("SELECT opportunity_id, matched_at "
                                           "FROM saved_search_matches WHERE saved_search_id = ? "
                                           "AND told_at IS NULL ORDER BY matched_at, "
                                           "opportunity_id",
                                           {id.value()}));
  std::vector<app::PendingMatch> out;
  for (SqlRow& row : rows.rows) out.push_back({OpportunityId(row[0].AsInt()), row[1].AsInt()});
  return out;
}

Result<std::vector<SavedSearchId>> SqlSavedSearchRepository::WithPending(int64_t after, int limit) {
  ASSIGN_OR_RETURN(SqlRows rows, tx_.Query("SELECT DISTINCT saved_search_id "
                                           "FROM saved_search_matches WHERE told_at IS NULL "
                                           "AND saved_search_id > ? ORDER BY saved_search_id "
                                           "LIMIT ?",
                                           {after, limit}));
  std::vector<SavedSearchId> out;
  for (SqlRow& row : rows.rows) out.emplace_back(row[0].AsInt());
  return out;
}

Status SqlSavedSearchRepository::MarkAlerted(SavedSearchId id,
                                             const std::vector<OpportunityId>& told, int64_t now) {
  for (OpportunityId o : told) {
    RETURN_IF_ERROR(
        tx_.Change("UPDATE saved_search_matches SET told_at = ? "
                   "WHERE saved_search_id = ? AND opportunity_id = ? "
                   "AND told_at IS NULL",
                   {now, id.value(), o.value()}));
  }
  RETURN_IF_ERROR(
      tx_.Change("UPDATE saved_searches SET last_alert_at = ? WHERE id = ?", {now, id.value()}));
  return Status::Ok();
}

Status SqlSavedSearchRepository::DropPending(SavedSearchId id,
                                             const std::vector<OpportunityId>& dropped) {
  for (OpportunityId o : dropped) {
    RETURN_IF_ERROR(
        tx_.Change("DELETE FROM saved_search_matches WHERE saved_search_id = ? "
                   "AND opportunity_id = ? AND told_at IS NULL",
                   {id.value(), o.value()}));
  }
  return Status::Ok();
}

}  // namespace pln::store::sql
