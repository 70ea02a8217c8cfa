#include "store/sql/member_repository.h"

#include <algorithm>
#include <tuple>
#include <unordered_map>
#include <utility>

#include "base/text.h"
#include "store/sql/search_text.h"
#include "store/sql/sql_text.h"
#include "store/sql/sql_tx.h"

namespace pln::store::sql {

Error CorruptRow(std::string_view what, std::string_view value) {
  return InternalError("unexpected " + std::string(what) + " '" + std::string(value) +
                       "' in the database");
}

Result<domain::Visibility> ParseVisibility(const SqlValue& v) {
  std::string text = v.AsText();
  std::optional<domain::Visibility> out = domain::ParseVisibility(text);
  if (!out) return CorruptRow("visibility", text);
  return *out;
}

Status ReadOpenToAndVisibility(const SqlRow& row, size_t first, domain::OpenTo& open_to,
                               domain::SectionVisibility& visibility) {
  open_to.mentoring = row[first].AsInt() != 0;
  open_to.being_mentored = row[first + 1].AsInt() != 0;
  open_to.opportunities = row[first + 2].AsInt() != 0;
  ASSIGN_OR_RETURN(visibility.bio, ParseVisibility(row[first + 3]));
  ASSIGN_OR_RETURN(visibility.details, ParseVisibility(row[first + 4]));
  ASSIGN_OR_RETURN(visibility.skills, ParseVisibility(row[first + 5]));
  ASSIGN_OR_RETURN(visibility.goals, ParseVisibility(row[first + 6]));
  ASSIGN_OR_RETURN(visibility.connections, ParseVisibility(row[first + 7]));
  return Status::Ok();
}

namespace {

// IN lists are split so a statement never has more than a few hundred parameters.
constexpr size_t kIdChunk = 300;

// The columns MemberFromRow reads, of `members m`.
constexpr std::string_view kMemberColumns =
    "SELECT m.id, m.email, m.role, m.name, m.headline, m.bio, m.location, m.organization, "
    "m.stage, m.open_mentoring, m.open_being_mentored, m.open_opportunities, m.vis_bio, "
    "m.vis_details, m.vis_skills, m.vis_goals, m.vis_connections, m.discoverable, "
    "m.created_at, m.updated_at";

// Fields, skills and goals of a set of members (the `ids` of IdListCte) in one
// round trip; the second column tells the lists apart.
constexpr std::string_view kListBranches[] = {
    "SELECT t.member_id, 0 AS kind, t.position, t.name, 0 AS level "
    "FROM ids CROSS JOIN member_fields t WHERE t.member_id = ids.id",
    "SELECT t.member_id, 1, t.position, t.name, t.level "
    "FROM ids CROSS JOIN member_skills t WHERE t.member_id = ids.id",
    "SELECT t.member_id, 2, t.position, t.text, 0 "
    "FROM ids CROSS JOIN member_goals t WHERE t.member_id = ids.id",
};

Result<domain::Member> MemberFromRow(SqlRow& row) {
  domain::Member m;
  m.id = MemberId(row[0].AsInt());
  m.email = row[1].TakeText();
  std::string role = row[2].AsText();
  std::optional<domain::Role> parsed_role = domain::ParseRole(role);
  if (!parsed_role) return CorruptRow("role", role);
  m.role = *parsed_role;
  domain::Profile& p = m.profile;
  p.name = row[3].TakeText();
  p.headline = row[4].TakeText();
  p.bio = row[5].TakeText();
  p.location = row[6].TakeText();
  p.organization = row[7].TakeText();
  std::string stage = row[8].AsText();
  std::optional<domain::CareerStage> parsed_stage = domain::ParseCareerStage(stage);
  if (!parsed_stage) return CorruptRow("career stage", stage);
  p.stage = *parsed_stage;
  RETURN_IF_ERROR(ReadOpenToAndVisibility(row, 9, p.open_to, p.visibility));
  p.discoverable = row[17].AsInt() != 0;
  m.created_at = row[18].AsInt();
  m.updated_at = row[19].AsInt();
  return m;
}

std::vector<SqlValue> ProfileValues(const domain::Profile& p) {
  return {p.name,
          p.headline,
          p.bio,
          p.location,
          p.organization,
          domain::ToString(p.stage),
          p.open_to.mentoring,
          p.open_to.being_mentored,
          p.open_to.opportunities,
          domain::ToString(p.visibility.bio),
          domain::ToString(p.visibility.details),
          domain::ToString(p.visibility.skills),
          domain::ToString(p.visibility.goals),
          domain::ToString(p.visibility.connections),
          p.discoverable,
          SearchText(p)};
}

Result<std::optional<app::Account>> AccountFrom(Result<SqlRows> rows) {
  if (!rows.ok()) return std::move(rows).error();
  if (rows->rows.empty()) return std::optional<app::Account>();
  SqlRow& row = rows->rows[0];
  app::Account account;
  account.id = MemberId(row[0].AsInt());
  account.email = row[1].TakeText();
  account.password_hash = row[2].TakeText();
  std::string role = row[3].AsText();
  std::optional<domain::Role> parsed = domain::ParseRole(role);
  if (!parsed) return CorruptRow("role", role);
  account.role = *parsed;
  return std::optional<app::Account>(std::move(account));
}

Status ExpectOneRow(const Result<SqlRows>& result) {
  if (!result.ok()) return result.error();
  if (result->affected == 0) return NotFoundError("member");
  return Status::Ok();
}

}  // namespace

Result<MemberId> SqlMemberRepository::Create(const app::NewMember& member) {
  std::vector<SqlValue> params = {member.email, member.password_hash,
                                  domain::ToString(member.role)};
  for (SqlValue& v : ProfileValues(member.profile)) params.push_back(std::move(v));
  params.emplace_back(member.now);
  params.emplace_back(member.now);
  // DO NOTHING instead of catching a unique violation: on PostgreSQL a failed
  // statement would abort the whole transaction.
  ASSIGN_OR_RETURN(SqlRows rows,
                   tx_.Change("INSERT INTO members (email, password_hash, role, name, headline, "
                              "bio, location, organization, stage, open_mentoring, "
                              "open_being_mentored, open_opportunities, vis_bio, vis_details, "
                              "vis_skills, vis_goals, vis_connections, discoverable, "
                              "search_text, created_at, updated_at) VALUES (" +
                                  Placeholders(21) + ") ON CONFLICT DO NOTHING RETURNING id",
                              params));
  if (rows.rows.empty()) {
    return ConflictError("email_taken", "This e-mail address is already registered.");
  }
  MemberId id(rows.rows[0][0].AsInt());
  RETURN_IF_ERROR(InsertLists(id, member.profile));
  return id;
}

Status SqlMemberRepository::InsertLists(MemberId id, const domain::Profile& p) {
  const int64_t mid = id.value();
  if (!p.fields.empty()) {
    std::vector<SqlValue> params;
    std::string sql = "INSERT INTO member_fields (member_id, position, name, name_norm) VALUES ";
    for (size_t i = 0; i < p.fields.size(); ++i) {
      sql += i == 0 ? "(?, ?, ?, ?)" : ", (?, ?, ?, ?)";
      params.insert(params.end(),
                    {mid, static_cast<int64_t>(i), p.fields[i], AsciiLower(p.fields[i])});
    }
    RETURN_IF_ERROR(tx_.Change(sql, params));
  }
  if (!p.skills.empty()) {
    std::vector<SqlValue> params;
    std::string sql =
        "INSERT INTO member_skills (member_id, position, name, name_norm, level) VALUES ";
    for (size_t i = 0; i < p.skills.size(); ++i) {
      sql += i == 0 ? "(?, ?, ?, ?, ?)" : ", (?, ?, ?, ?, ?)";
      params.insert(params.end(), {mid, static_cast<int64_t>(i), p.skills[i].name,
                                   AsciiLower(p.skills[i].name), p.skills[i].level});
    }
    RETURN_IF_ERROR(tx_.Change(sql, params));
  }
  if (!p.goals.empty()) {
    std::vector<SqlValue> params;
    std::string sql = "INSERT INTO member_goals (member_id, position, text) VALUES ";
    for (size_t i = 0; i < p.goals.size(); ++i) {
      sql += i == 0 ? "(?, ?, ?)" : ", (?, ?, ?)";
      params.insert(params.end(), {mid, static_cast<int64_t>(i), p.goals[i]});
    }
    RETURN_IF_ERROR(tx_.Change(sql, params));
  }
  return Status::Ok();
}

Result<std::vector<domain::Member>> SqlMemberRepository::Load(const std::string& sql,
                                                              const std::vector<SqlValue>& params,
                                                              bool with_lists) {
  ASSIGN_OR_RETURN(SqlRows rows, tx_.Query(sql, params));
  std::vector<domain::Member> members;
  members.reserve(rows.rows.size());
  for (SqlRow& row : rows.rows) {
    ASSIGN_OR_RETURN(domain::Member m, MemberFromRow(row));
    members.push_back(std::move(m));
  }
  if (with_lists) RETURN_IF_ERROR(LoadLists(members));
  return members;
}

Status SqlMemberRepository::LoadLists(std::vector<domain::Member>& members) {
  std::unordered_map<int64_t, domain::Member*> by_id;
  for (domain::Member& m : members) by_id[m.id.value()] = &m;
  for (size_t start = 0; start < members.size(); start += kIdChunk) {
    const size_t n = std::min(kIdChunk, members.size() - start);
    std::vector<SqlValue> params;
    for (size_t i = 0; i < n; ++i) params.emplace_back(members[start + i].id.value());
    std::string sql = IdListCte(n);
    bool first = true;
    for (std::string_view branch : kListBranches) {
      if (!first) sql += " UNION ALL ";
      first = false;
      sql += branch;
    }
    // No ORDER BY: sorting the UNION cost a temp B-tree per query (a quarter of a
    // profile read); rows are put in (kind, position) order here instead.
    ASSIGN_OR_RETURN(SqlRows rows, tx_.Query(sql, params));
    std::vector<SqlRow*> ordered;
    ordered.reserve(rows.rows.size());
    for (SqlRow& row : rows.rows) ordered.push_back(&row);
    std::sort(ordered.begin(), ordered.end(), [](const SqlRow* a, const SqlRow* b) {
      const auto ka = std::make_tuple((*a)[0].AsInt(), (*a)[1].AsInt(), (*a)[2].AsInt());
      const auto kb = std::make_tuple((*b)[0].AsInt(), (*b)[1].AsInt(), (*b)[2].AsInt());
      return ka < kb;
    });
    for (SqlRow* row_ptr : ordered) {
      SqlRow& row = *row_ptr;
      auto it = by_id.find(row[0].AsInt());
      if (it == by_id.end()) continue;
      domain::Profile& p = it->second->profile;
      switch (row[1].AsInt()) {
        case 0: p.fields.push_back(row[3].TakeText()); break;
        case 1:
          p.skills.push_back(domain::Skill{row[3].TakeText(), static_cast<int>(row[4].AsInt())});
          break;
        default: p.goals.push_back(row[3].TakeText()); break;
      }
    }
  }
  return Status::Ok();
}

Result<std::optional<domain::Member>> SqlMemberRepository::Get(MemberId id) {
  ASSIGN_OR_RETURN(
      std::vector<domain::Member> members,
      Load(std::string(kMemberColumns) + " FROM members m WHERE m.id = ?", {id.value()}));
  if (members.empty()) return std::optional<domain::Member>();
  return std::optional<domain::Member>(std::move(members[0]));
}

Result<std::vector<domain::Member>> SqlMemberRepository::GetMany(const std::vector<MemberId>& ids) {
  return LoadMany(ids, true);
}

Result<std::vector<domain::Member>> SqlMemberRepository::GetManyWithoutLists(
    const std::vector<MemberId>& ids) {
  return LoadMany(ids, false);
}

Result<std::vector<domain::Member>> SqlMemberRepository::LoadMany(const std::vector<MemberId>& ids,
                                                                  bool with_lists) {
  std::vector<MemberId> unique = ids;
  std::sort(unique.begin(), unique.end());
  unique.erase(std::unique(unique.begin(), unique.end()), unique.end());
  std::unordered_map<MemberId, domain::Member> found;
  for (size_t start = 0; start < unique.size(); start += kIdChunk) {
    const size_t n = std::min(kIdChunk, unique.size() - start);
    std::vector<SqlValue> params;
    for (size_t i = 0; i < n; ++i) params.emplace_back(unique[start + i].value());
    ASSIGN_OR_RETURN(std::vector<domain::Member> members,
                     Load(IdListCte(n) + std::string(kMemberColumns) +
                              " FROM ids CROSS JOIN members m WHERE m.id = ids.id",
                          params, with_lists));
    for (domain::Member& m : members) found.emplace(m.id, std::move(m));
  }
  std::vector<domain::Member> out;
  out.reserve(ids.size());
  for (MemberId id : ids) {
    auto it = found.find(id);
    if (it != found.end()) out.push_back(it->second);
  }
  return out;
}

Result<std::unordered_map<MemberId, app::MemberSummary>> SqlMemberRepository::Summaries(
    const std::vector<MemberId>& ids) {
  std::vector<MemberId> unique = ids;
  std::sort(unique.begin(), unique.end());
  unique.erase(std::unique(unique.begin(), unique.end()), unique.end());
  std::unordered_map<MemberId, app::MemberSummary> out;
  out.reserve(unique.size());
  for (size_t start = 0; start < unique.size(); start += kIdChunk) {
    const size_t n = std::min(kIdChunk, unique.size() - start);
    std::vector<SqlValue> params;
    params.reserve(n);
    for (size_t i = 0; i < n; ++i) params.emplace_back(unique[start + i].value());
    ASSIGN_OR_RETURN(SqlRows rows,
                     tx_.Query(IdListCte(n) + "SELECT m.id, m.name, m.headline, m.stage "
                                              "FROM ids CROSS JOIN members m WHERE m.id = ids.id",
                               params));
    for (SqlRow& row : rows.rows) {
      app::MemberSummary s;
      s.id = MemberId(row[0].AsInt());
      s.name = row[1].TakeText();
      s.headline = row[2].TakeText();
      const std::string stage = row[3].AsText();
      std::optional<domain::CareerStage> parsed = domain::ParseCareerStage(stage);
      if (!parsed) return CorruptRow("career stage", stage);
      s.stage = *parsed;
      out.emplace(s.id, std::move(s));
    }
  }
  return out;
}

Result<std::optional<app::Account>> SqlMemberRepository::FindAccountByEmail(
    const std::string& email) {
  return AccountFrom(
      tx_.Query("SELECT id, email, password_hash, role FROM members WHERE email = ?", {email}));
}

Result<std::optional<app::Account>> SqlMemberRepository::GetAccount(MemberId id) {
  return AccountFrom(
      tx_.Query("SELECT id, email, password_hash, role FROM members WHERE id = ?", {id.value()}));
}

Status SqlMemberRepository::UpdateProfile(MemberId id, const domain::Profile& profile,
                                          int64_t now) {
  std::vector<SqlValue> params = ProfileValues(profile);
  params.emplace_back(now);
  params.emplace_back(id.value());
  RETURN_IF_ERROR(ExpectOneRow(tx_.Change(
      "UPDATE members SET name = ?, headline = ?, bio = ?, location = ?, organization = ?, "
      "stage = ?, open_mentoring = ?, open_being_mentored = ?, open_opportunities = ?, "
      "vis_bio = ?, vis_details = ?, vis_skills = ?, vis_goals = ?, vis_connections = ?, "
      "discoverable = ?, search_text = ?, updated_at = ? WHERE id = ?",
      params)));
  RETURN_IF_ERROR(tx_.Change("DELETE FROM member_fields WHERE member_id = ?", {id.value()}));
  RETURN_IF_ERROR(tx_.Change("DELETE FROM member_skills WHERE member_id = ?", {id.value()}));
  RETURN_IF_ERROR(tx_.Change("DELETE FROM member_goals WHERE member_id = ?", {id.value()}));
  return InsertLists(id, profile);
}

Status SqlMemberRepository::SetPasswordHash(MemberId id, const std::string& hash) {
  return ExpectOneRow(
      tx_.Change("UPDATE members SET password_hash = ? WHERE id = ?", {hash, id.value()}));
}

Status SqlMemberRepository::SetRole(MemberId id, domain::Role role) {
  return ExpectOneRow(
      tx_.Change("UPDATE members SET role = ? WHERE id = ?", {domain::ToString(role), id.value()}));
}

Status SqlMemberRepository::Delete(MemberId id) {
  return ExpectOneRow(tx_.Change("DELETE FROM members WHERE id = ?", {id.value()}));
}

Result<std::vector<domain::Member>> SqlMemberRepository::Scan(const app::MemberScan& scan) {
  if (scan.limit <= 0) return std::vector<domain::Member>();
  std::string where = " WHERE m.id > ?";
  std::vector<SqlValue> params = {scan.after_id};
  if (scan.only_discoverable) where += " AND m.discoverable = 1";
  if (scan.exclude_blocked_with) {
    // Two primary-key probes rather than one OR, which planners handle poorly.
    where +=
        " AND NOT EXISTS (SELECT 1 FROM blocks b WHERE b.blocker_id = ? AND b.blocked_id = m.id)"
        " AND NOT EXISTS (SELECT 1 FROM blocks b WHERE b.blocker_id = m.id AND b.blocked_id = ?)";
    params.emplace_back(scan.exclude_blocked_with->value());
    params.emplace_back(scan.exclude_blocked_with->value());
  }
  for (const std::string& word : scan.text_words) {
    if (word.empty()) continue;
    where += " AND m.search_text LIKE ? ESCAPE '\\'";
    params.emplace_back(ContainsPattern(word));
  }
  if (scan.field) {
    where +=
        " AND EXISTS (SELECT 1 FROM member_fields f WHERE f.member_id = m.id AND f.name_norm = ?)";
    params.emplace_back(AsciiLower(*scan.field));
  }
  if (scan.skill) {
    where +=
        " AND EXISTS (SELECT 1 FROM member_skills s WHERE s.member_id = m.id AND s.name_norm = ?)";
    params.emplace_back(AsciiLower(*scan.skill));
  }
  if (scan.stage) {
    where += " AND m.stage = ?";
    params.emplace_back(domain::ToString(*scan.stage));
  }
  if (scan.open_to) {
    // Column names come from this fixed table, never from the caller.
    if (*scan.open_to == "mentoring") {
      where += " AND m.open_mentoring = 1";
    } else if (*scan.open_to == "being_mentored") {
      where += " AND m.open_being_mentored = 1";
    } else if (*scan.open_to == "opportunities") {
      where += " AND m.open_opportunities = 1";
    } else {
      return std::vector<domain::Member>();  // nobody is open to an unknown thing
    }
  }
  where += " ORDER BY m.id LIMIT ?";
  params.emplace_back(scan.limit);
  return Load(std::string(kMemberColumns) + " FROM members m" + where, params);
}

Result<int64_t> SqlMemberRepository::Count() {
  ASSIGN_OR_RETURN(SqlRows rows, tx_.Query("SELECT COUNT(*) FROM members"));
  return rows.rows.empty() ? 0 : rows.rows[0][0].AsInt();
}

}  // namespace pln::store::sql
