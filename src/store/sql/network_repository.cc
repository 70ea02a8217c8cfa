#include "store/sql/network_repository.h"

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "store/sql/member_repository.h"
#include "store/sql/sql_tx.h"

namespace pln::store::sql {
namespace {

// SELECT list and FROM of each relation's pairs, ordered by (first, second).
struct PairSource {
  std::string_view first, second, from;
};

PairSource SourceOf(app::NetworkRelation relation) {
  switch (relation) {
    case app::NetworkRelation::kConnections: return {"a_id", "b_id", "connections"};
    case app::NetworkRelation::kFollows: return {"follower_id", "followee_id", "follows"};
    case app::NetworkRelation::kBlocks: return {"blocker_id", "blocked_id", "blocks"};
    case app::NetworkRelation::kPendingRequests: return {"from_id", "to_id", "connection_requests"};
    case app::NetworkRelation::kDismissals:
      return {"member_id", "dismissed_id", "recommendation_dismissals"};
  }
  return {"a_id", "b_id", "connections"};
}

// The columns of a NetworkMember, read by MemberFromRow.
constexpr std::string_view kMemberColumns =
    "SELECT id, stage, discoverable, organization, open_mentoring, open_being_mentored, "
    "open_opportunities, vis_bio, vis_details, vis_skills, vis_goals, vis_connections "
    "FROM members";

Status MemberFromRow(SqlRow& row, app::NetworkMember& m) {
  m.id = MemberId(row[0].AsInt());
  std::optional<domain::CareerStage> parsed = domain::ParseCareerStage(row[1].text());
  if (!parsed) return CorruptRow("career stage", row[1].AsText());
  m.stage = *parsed;
  m.discoverable = row[2].AsInt() != 0;
  m.organization = row[3].TakeText();
  return ReadOpenToAndVisibility(row, 4, m.open_to, m.visibility);
}

}  // namespace

Result<std::vector<app::NetworkMember>> SqlNetworkRepository::ScanMembers(int64_t after_id,
                                                                          int limit) {
  std::vector<app::NetworkMember> out;
  if (limit <= 0) return out;
  ASSIGN_OR_RETURN(SqlRows rows,
                   tx_.Query(std::string(kMemberColumns) + " WHERE id > ? ORDER BY id LIMIT ?",
                             {after_id, limit}));
  if (rows.rows.empty()) return out;
  out.reserve(rows.rows.size());
  for (SqlRow& row : rows.rows) {
    RETURN_IF_ERROR(MemberFromRow(row, out.emplace_back()));
  }
  const int64_t first = out.front().id.value(), last = out.back().id.value();
  // Both lists arrive ordered by member, so one merge pass assigns them.
  auto attach = [&](std::string_view sql, auto&& add) -> Status {
    ASSIGN_OR_RETURN(SqlRows list, tx_.Query(sql, {first, last}));
    size_t i = 0;
    for (SqlRow& row : list.rows) {
      const int64_t member = row[0].AsInt();
      while (i < out.size() && out[i].id.value() < member) ++i;
      if (i < out.size() && out[i].id.value() == member) add(out[i], row);
    }
    return Status::Ok();
  };
  RETURN_IF_ERROR(
      attach("SELECT member_id, name FROM member_fields WHERE member_id >= ? AND member_id <= ? "
             "ORDER BY member_id, position",
             [](app::NetworkMember& m, SqlRow& row) { m.fields.push_back(row[1].TakeText()); }));
  RETURN_IF_ERROR(attach(
      "SELECT member_id, name, level FROM member_skills WHERE member_id >= ? AND member_id <= ? "
      "ORDER BY member_id, position",
      [](app::NetworkMember& m, SqlRow& row) {
        m.skills.push_back({row[1].TakeText(), static_cast<int>(row[2].AsInt())});
      }));
  return out;
}

Status SqlNetworkRepository::EachMember(
    const std::function<Status(const app::NetworkMember&)>& fn) {
  app::NetworkMember m;
  return tx_.QueryEach(std::string(kMemberColumns) + " ORDER BY id", {},
                       [&](SqlRow& row) -> Status {
                         RETURN_IF_ERROR(MemberFromRow(row, m));
                         return fn(m);
                       });
}

Status SqlNetworkRepository::EachField(
    const std::function<Status(MemberId, std::string_view)>& fn) {
  return tx_.QueryEach("SELECT member_id, name FROM member_fields", {},
                       [&](SqlRow& row) { return fn(MemberId(row[0].AsInt()), row[1].text()); });
}

Status SqlNetworkRepository::EachSkill(
    const std::function<Status(MemberId, std::string_view, int)>& fn) {
  return tx_.QueryEach(
      "SELECT member_id, name, level FROM member_skills", {}, [&](SqlRow& row) -> Status {
        return fn(MemberId(row[0].AsInt()), row[1].text(), static_cast<int>(row[2].AsInt()));
      });
}

Status SqlNetworkRepository::EachPair(app::NetworkRelation relation,
                                      const std::function<Status(app::MemberPair)>& fn) {
  const PairSource src = SourceOf(relation);
  std::string sql = "SELECT " + std::string(src.first) + ", " + std::string(src.second) + " FROM " +
                    std::string(src.from);
  if (relation == app::NetworkRelation::kPendingRequests) sql += " WHERE status = 'pending'";
  sql += " ORDER BY " + std::string(src.first) + ", " + std::string(src.second);
  return tx_.QueryEach(sql, {}, [&](SqlRow& row) -> Status {
    return fn({MemberId(row[0].AsInt()), MemberId(row[1].AsInt())});
  });
}

Result<bool> SqlNetworkRepository::Dismiss(MemberId member, MemberId dismissed, int64_t now) {
  Result<SqlRows> rows = tx_.Change(
      "INSERT INTO recommendation_dismissals (member_id, dismissed_id, created_at) "
      "VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
      {member.value(), dismissed.value(), now});
  if (!rows.ok()) {
    if (IsForeignKeyViolation(rows.error())) return NotFoundError("member");
    return std::move(rows).error();
  }
  return rows->affected > 0;
}

}  // namespace pln::store::sql
