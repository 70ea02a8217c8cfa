#include "store/sql/introduction_repository.h"

#include "base/text.h"
#include "store/sql/member_repository.h"
#include "store/sql/sql_connection.h"
#include "store/sql/sql_tx.h"

namespace pln::store::sql {
namespace {

using domain::IntroductionStatus;

constexpr std::string_view kSelect =
    "SELECT id, requester_id, broker_id, target_id, opportunity_id, status, note, blurb, "
    "created_at, updated_at, expires_at, forwarded_at, closed_at, settled_at FROM introductions";

std::optional<int64_t> OptionalOf(const SqlValue& v) {
  if (v.is_null()) return std::nullopt;
  return v.AsInt();
}

SqlValue OptionalInt(const std::optional<int64_t>& v) {
  return v ? SqlValue(*v) : SqlValue();
}

// Whether a row of this status must (true), must not (false) or may (nullopt)
// say when the broker forwarded it.
std::optional<bool> ForwardedIn(IntroductionStatus s) {
  switch (s) {
    case IntroductionStatus::kRequested:
    case IntroductionStatus::kDeclinedByBroker: return false;
    case IntroductionStatus::kForwarded:
    case IntroductionStatus::kAccepted:
    case IntroductionStatus::kDeclinedByTarget: return true;
    case IntroductionStatus::kWithdrawn:
    case IntroductionStatus::kExpired: return std::nullopt;
  }
  return std::nullopt;
}

Result<domain::Introduction> FromRow(SqlRow& row) {
  domain::Introduction i;
  i.id = IntroductionId(row[0].AsInt());
  i.requester = MemberId(row[1].AsInt());
  i.broker = MemberId(row[2].AsInt());
  i.target = MemberId(row[3].AsInt());
  if (!row[4].is_null()) i.opportunity = OpportunityId(row[4].AsInt());
  std::optional<IntroductionStatus> status = domain::ParseIntroductionStatus(row[5].AsText());
  if (!status) return CorruptRow("introductions.status", row[5].AsText());
  i.status = *status;
  i.note = row[6].TakeText();
  i.blurb = row[7].TakeText();
  i.created_at = row[8].AsInt();
  i.updated_at = row[9].AsInt();
  i.expires_at = row[10].AsInt();
  i.forwarded_at = OptionalOf(row[11]);
  i.closed_at = OptionalOf(row[12]);
  i.settled_at = OptionalOf(row[13]);
  // RoleOf lets the target in on forwarded_at: a row that contradicts its
  // status would show C a request B never sent on, or hide one B did.
  if (std::optional<bool> forwarded = ForwardedIn(i.status);
      forwarded && *forwarded != i.forwarded_at.has_value()) {
    return CorruptRow("introductions.forwarded_at for status", ToString(i.status));
  }
  if (domain::IsOpen(i.status) == i.closed_at.has_value()) {
    return CorruptRow("introductions.closed_at for status", ToString(i.status));
  }
  if (i.requester == i.broker || i.requester == i.target || i.broker == i.target) {
    return CorruptRow("introductions parties", std::to_string(i.id.value()));
  }
  return i;
}

Result<std::vector<domain::Introduction>> Many(Result<SqlRows> rows) {
  if (!rows.ok()) return std::move(rows).error();
  std::vector<domain::Introduction> out;
  out.reserve(rows->rows.size());
  for (SqlRow& row : rows->rows) {
    ASSIGN_OR_RETURN(domain::Introduction i, FromRow(row));
    out.push_back(std::move(i));
  }
  return out;
}

Result<int> CountOf(Result<SqlRows> rows) {
  if (!rows.ok()) return std::move(rows).error();
  return static_cast<int>(rows->rows.at(0)[0].AsInt());
}

// The other end of each of `member`'s connections, with when it started.
constexpr std::string_view kTiesOf =
    "SELECT b_id AS other, created_at AS since FROM connections WHERE a_id = ? "
    "UNION ALL SELECT a_id AS other, created_at AS since FROM connections WHERE b_id = ?";

}  // namespace

Result<IntroductionId> SqlIntroductionRepository::Create(const domain::Introduction& i) {
  SqlValue opportunity = i.opportunity ? SqlValue(i.opportunity->value()) : SqlValue();
  // ON CONFLICT DO NOTHING: the unsettled-pair index decides a race without
  // dooming the transaction on PostgreSQL.
  Result<SqlRows> rows = tx_.Change(
      "INSERT INTO introductions (requester_id, broker_id, target_id, opportunity_id, status, "
      "note, blurb, created_at, updated_at, expires_at, forwarded_at, closed_at, settled_at) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING RETURNING id",
      {i.requester.value(), i.broker.value(), i.target.value(), opportunity, ToString(i.status),
       i.note, i.blurb, i.created_at, i.updated_at, i.expires_at, OptionalInt(i.forwarded_at),
       OptionalInt(i.closed_at), OptionalInt(i.settled_at)});
  if (!rows.ok()) {
    if (IsForeignKeyViolation(rows.error())) {
      return NotFoundError(i.opportunity ? "member or opportunity" : "member");
    }
    return std::move(rows).error();
  }
  if (rows->rows.empty()) {
    return ConflictError("introduction_open",
                         "You already asked for an introduction to this member; wait for it to "
                         "end or withdraw it first.");
  }
  return IntroductionId(rows->rows[0][0].AsInt());
}

Result<std::optional<domain::Introduction>> SqlIntroductionRepository::Get(IntroductionId id) {
  ASSIGN_OR_RETURN(std::vector<domain::Introduction> found,
                   Many(tx_.Query(std::string(kSelect) + " WHERE id = ?", {id.value()})));
  if (found.empty()) return std::optional<domain::Introduction>();
  return std::optional<domain::Introduction>(std::move(found[0]));
}

Result<bool> SqlIntroductionRepository::Update(const domain::Introduction& i,
                                               IntroductionStatus expected) {
  ASSIGN_OR_RETURN(
      SqlRows rows,
      tx_.Change(
          "UPDATE introductions SET status = ?, blurb = ?, forwarded_at = ?, "
          "closed_at = ?, settled_at = ?, updated_at = ? WHERE id = ? AND status = ?",
          {ToString(i.status), i.blurb, OptionalInt(i.forwarded_at), OptionalInt(i.closed_at),
           OptionalInt(i.settled_at), i.updated_at, i.id.value(), ToString(expected)}));
  return rows.affected > 0;
}

Result<std::vector<domain::Introduction>> SqlIntroductionRepository::ListFor(
    MemberId member, domain::IntroductionRole role, int limit) {
  std::string where;
  switch (role) {
    case domain::IntroductionRole::kRequester: where = " WHERE requester_id = ?"; break;
    case domain::IntroductionRole::kBroker: where = " WHERE broker_id = ?"; break;
    case domain::IntroductionRole::kTarget:
      where = " WHERE target_id = ? AND forwarded_at IS NOT NULL";
      break;
  }
  return Many(tx_.Query(std::string(kSelect) + where + " ORDER BY id DESC LIMIT ?",
                        {member.value(), limit}));
}

Result<int> SqlIntroductionRepository::CountRequestedSince(MemberId requester, int64_t since) {
  return CountOf(
      tx_.Query("SELECT COUNT(*) FROM introductions WHERE requester_id = ? AND created_at > ?",
                {requester.value(), since}));
}

Result<int> SqlIntroductionRepository::CountBrokeredSince(MemberId broker, int64_t since) {
  return CountOf(
      tx_.Query("SELECT COUNT(*) FROM introductions WHERE broker_id = ? AND created_at > ?",
                {broker.value(), since}));
}

Result<std::vector<int64_t>> SqlIntroductionRepository::BrokerResponseTimes(MemberId broker,
                                                                            int limit) {
  // The broker answered by forwarding (forwarded_at) or declining (closed_at).
  ASSIGN_OR_RETURN(
      SqlRows rows,
      tx_.Query("SELECT created_at, forwarded_at, closed_at FROM introductions WHERE broker_id = ? "
                "AND (forwarded_at IS NOT NULL OR status = 'declined_by_broker') "
                "ORDER BY id DESC LIMIT ?",
                {broker.value(), limit}));
  std::vector<int64_t> out;
  for (SqlRow& row : rows.rows) {
    const int64_t answered = row[1].is_null() ? row[2].AsInt() : row[1].AsInt();
    out.push_back(std::max<int64_t>(0, answered - row[0].AsInt()));
  }
  return out;
}

Result<std::vector<domain::Introduction>> SqlIntroductionRepository::DueToSettle(int64_t now,
                                                                                 int limit) {
  return Many(tx_.Query(std::string(kSelect) + " WHERE settled_at IS NULL AND expires_at <= ? "
                                               "ORDER BY expires_at, id LIMIT ?",
                        {now, limit}));
}

Result<std::vector<app::MutualConnection>> SqlIntroductionRepository::MutualConnections(MemberId a,
                                                                                        MemberId b,
                                                                                        int limit) {
  ASSIGN_OR_RETURN(
      SqlRows rows,
      tx_.Query("SELECT x.other, x.since, y.since FROM (" + std::string(kTiesOf) + ") x JOIN (" +
                    std::string(kTiesOf) + ") y ON x.other = y.other ORDER BY x.other LIMIT ?",
                {a.value(), a.value(), b.value(), b.value(), limit}));
  std::vector<app::MutualConnection> out;
  for (SqlRow& row : rows.rows) {
    out.push_back({MemberId(row[0].AsInt()), row[1].AsInt(), row[2].AsInt()});
  }
  return out;
}

Result<std::vector<MemberId>> SqlIntroductionRepository::SecondDegreeAt(
    MemberId member, const std::string& organization, int limit) {
  const std::string ties = std::string(kTiesOf);
  const int64_t me = member.value();
  ASSIGN_OR_RETURN(
      SqlRows rows,
      tx_.Query("SELECT DISTINCT m.id FROM (SELECT c.b_id AS o FROM (" + ties +
                    ") mine JOIN connections c ON c.a_id = mine.other UNION ALL "
                    "SELECT c.a_id AS o FROM (" +
                    ties +
                    ") mine JOIN connections c ON c.b_id = mine.other) two "
                    "JOIN members m ON m.id = two.o WHERE m.id <> ? AND LOWER(m.organization) = ? "
                    "ORDER BY m.id LIMIT ?",
                {me, me, me, me, me, AsciiLower(organization), limit}));
  std::vector<MemberId> out;
  for (SqlRow& row : rows.rows) out.emplace_back(row[0].AsInt());
  return out;
}

}  // namespace pln::store::sql
