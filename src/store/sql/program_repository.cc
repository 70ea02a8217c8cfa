#include "store/sql/program_repository.h"

#include <nlohmann/json.hpp>

#include "store/sql/sql_tx.h"

namespace pln::store::sql {
namespace {

constexpr std::string_view kSelectProgram =
    "SELECT p.id, p.name, p.description, p.status, p.exclude_same_org, p.default_capacity, "
    "p.created_at, p.updated_at, p.published_at FROM programs p";
constexpr std::string_view kSelectParticipant =
    "SELECT member_id, role, capacity, ranked, avoid, joined_at FROM program_participants";

std::string IdsJson(const std::vector<MemberId>& ids) {
  nlohmann::json j = nlohmann::json::array();
  for (MemberId id : ids) j.push_back(id.value());
  return j.dump();
}

Result<std::vector<MemberId>> ParseIds(const std::string& text) {
  nlohmann::json j = nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (!j.is_array()) return InternalError("unreadable member list in the database");
  std::vector<MemberId> out;
  for (const auto& v : j) {
    if (!v.is_number_integer()) return InternalError("unreadable member list in the database");
    out.emplace_back(v.get<int64_t>());
  }
  return out;
}

Result<domain::Program> ProgramFromRow(SqlRow& row) {
  domain::Program p;
  p.id = ProgramId(row[0].AsInt());
  p.name = row[1].TakeText();
  p.description = row[2].TakeText();
  std::optional<domain::ProgramStatus> status = domain::ParseProgramStatus(row[3].AsText());
  if (!status) return InternalError("unexpected program status in the database");
  p.status = *status;
  p.exclude_same_organization = row[4].AsInt() != 0;
  p.default_capacity = static_cast<int>(row[5].AsInt());
  p.created_at = row[6].AsInt();
  p.updated_at = row[7].AsInt();
  if (!row[8].is_null()) p.published_at = row[8].AsInt();
  return p;
}

Result<domain::Participant> ParticipantFromRow(SqlRow& row) {
  domain::Participant p;
  p.member = MemberId(row[0].AsInt());
  std::optional<domain::ParticipantRole> role = domain::ParseParticipantRole(row[1].AsText());
  if (!role) return InternalError("unexpected participant role in the database");
  p.role = *role;
  p.capacity = static_cast<int>(row[2].AsInt());
  ASSIGN_OR_RETURN(p.ranked, ParseIds(row[3].AsText()));
  ASSIGN_OR_RETURN(p.avoid, ParseIds(row[4].AsText()));
  p.joined_at = row[5].AsInt();
  return p;
}

Status LoadLeads(SqlTx& tx, domain::Program& p) {
  ASSIGN_OR_RETURN(SqlRows rows, tx.Query("SELECT member_id FROM program_leads "
                                          "WHERE program_id = ? ORDER BY position, member_id",
                                          {p.id.value()}));
  for (SqlRow& row : rows.rows) p.leads.emplace_back(row[0].AsInt());
  return Status::Ok();
}

Status Done(Result<SqlRows> rows) {
  if (!rows.ok()) return std::move(rows).error();
  return Status::Ok();
}

}  // namespace

Result<ProgramId> SqlProgramRepository::Create(const domain::ProgramInput& in, MemberId lead,
                                               int64_t now) {
  ASSIGN_OR_RETURN(
      SqlRows rows,
      tx_.Change(
          "INSERT INTO programs (name, description, status, exclude_same_org, "
          "default_capacity, created_at, updated_at, published_at, proposal_at, "
          "proposal_total) VALUES (?, ?, 'draft', ?, ?, ?, ?, NULL, NULL, NULL) "
          "RETURNING id",
          {in.name, in.description, in.exclude_same_organization, in.default_capacity, now, now}));
  const ProgramId id(rows.rows.at(0)[0].AsInt());
  Result<SqlRows> added =
      tx_.Change("INSERT INTO program_leads (program_id, member_id, position) VALUES (?, ?, 0)",
                 {id.value(), lead.value()});
  if (!added.ok() && IsForeignKeyViolation(added.error())) return NotFoundError("member");
  if (!added.ok()) return std::move(added).error();
  return id;
}

Result<std::optional<domain::Program>> SqlProgramRepository::Get(ProgramId id) {
  ASSIGN_OR_RETURN(SqlRows rows,
                   tx_.Query(std::string(kSelectProgram) + " WHERE p.id = ?", {id.value()}));
  if (rows.rows.empty()) return std::optional<domain::Program>();
  ASSIGN_OR_RETURN(domain::Program p, ProgramFromRow(rows.rows[0]));
  RETURN_IF_ERROR(LoadLeads(tx_, p));
  return std::optional<domain::Program>(std::move(p));
}

Result<std::vector<domain::Program>> SqlProgramRepository::ListFor(MemberId member, int limit) {
  ASSIGN_OR_RETURN(
      SqlRows rows,
      tx_.Query(std::string(kSelectProgram) +
                    " WHERE p.id IN (SELECT program_id FROM program_leads WHERE member_id = ?)"
                    " OR p.id IN (SELECT program_id FROM program_participants WHERE member_id = ?)"
                    " ORDER BY p.id DESC LIMIT ?",
                {member.value(), member.value(), limit}));
  std::vector<domain::Program> out;
  for (SqlRow& row : rows.rows) {
    ASSIGN_OR_RETURN(domain::Program p, ProgramFromRow(row));
    RETURN_IF_ERROR(LoadLeads(tx_, p));
    out.push_back(std::move(p));
  }
  return out;
}

Status SqlProgramRepository::SetStatus(ProgramId id, domain::ProgramStatus status, int64_t now) {
  if (status == domain::ProgramStatus::kPublished) {
    return Done(
        tx_.Change("UPDATE programs SET status = ?, updated_at = ?, published_at = ? WHERE id = ?",
                   {domain::ToString(status), now, now, id.value()}));
  }
  return Done(tx_.Change("UPDATE programs SET status = ?, updated_at = ? WHERE id = ?",
                         {domain::ToString(status), now, id.value()}));
}

Result<std::vector<domain::Participant>> SqlProgramRepository::Participants(ProgramId id) {
  ASSIGN_OR_RETURN(SqlRows rows, tx_.Query(std::string(kSelectParticipant) +
                                               " WHERE program_id = ? ORDER BY role, member_id",
                                           {id.value()}));
  std::vector<domain::Participant> out;
  for (SqlRow& row : rows.rows) {
    ASSIGN_OR_RETURN(domain::Participant p, ParticipantFromRow(row));
    out.push_back(std::move(p));
  }
  return out;
}

Result<std::optional<domain::Participant>> SqlProgramRepository::GetParticipant(ProgramId id,
                                                                                MemberId member) {
  ASSIGN_OR_RETURN(SqlRows rows, tx_.Query(std::string(kSelectParticipant) +
                                               " WHERE program_id = ? AND member_id = ?",
                                           {id.value(), member.value()}));
  if (rows.rows.empty()) return std::optional<domain::Participant>();
  ASSIGN_OR_RETURN(domain::Participant p, ParticipantFromRow(rows.rows[0]));
  return std::optional<domain::Participant>(std::move(p));
}

Status SqlProgramRepository::AddParticipants(ProgramId id,
                                             const std::vector<domain::Participant>& add,
                                             int64_t now) {
  for (const domain::Participant& p : add) {
    Result<SqlRows> rows = tx_.Change(
        "INSERT INTO program_participants (program_id, member_id, role, capacity, ranked, avoid, "
        "joined_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        {id.value(), p.member.value(), domain::ToString(p.role), p.capacity, IdsJson(p.ranked),
         IdsJson(p.avoid), p.joined_at > 0 ? p.joined_at : now});
    if (!rows.ok() && IsUniqueViolation(rows.error())) {
      return ConflictError("already_participant", "A member is already in this program.");
    }
    if (!rows.ok() && IsForeignKeyViolation(rows.error())) return NotFoundError("member");
    if (!rows.ok()) return std::move(rows).error();
  }
  return Status::Ok();
}

Result<bool> SqlProgramRepository::RemoveParticipant(ProgramId id, MemberId member) {
  RETURN_IF_ERROR(Done(tx_.Change(
      "DELETE FROM program_constraints WHERE program_id = ? AND (mentee_id = ? OR mentor_id = ?)",
      {id.value(), member.value(), member.value()})));
  ASSIGN_OR_RETURN(SqlRows rows,
                   tx_.Change("DELETE FROM program_participants WHERE program_id = ? AND "
                              "member_id = ?",
                              {id.value(), member.value()}));
  return rows.affected > 0;
}

Status SqlProgramRepository::SetPreferences(ProgramId id, MemberId member,
                                            const std::vector<MemberId>& ranked,
                                            const std::vector<MemberId>& avoid) {
  return Done(
      tx_.Change("UPDATE program_participants SET ranked = ?, avoid = ? WHERE program_id = ? AND "
                 "member_id = ?",
                 {IdsJson(ranked), IdsJson(avoid), id.value(), member.value()}));
}

Result<std::vector<std::pair<MemberId, MemberId>>> SqlProgramRepository::BlockedPairs(
    ProgramId id) {
  ASSIGN_OR_RETURN(
      SqlRows rows,
      tx_.Query("SELECT b.blocker_id, b.blocked_id FROM blocks b "
                "JOIN program_participants x ON x.program_id = ? AND x.member_id = b.blocker_id "
                "JOIN program_participants y ON y.program_id = ? AND y.member_id = b.blocked_id "
                "ORDER BY b.blocker_id, b.blocked_id",
                {id.value(), id.value()}));
  std::vector<std::pair<MemberId, MemberId>> out;
  for (SqlRow& row : rows.rows)
    out.emplace_back(MemberId(row[0].AsInt()), MemberId(row[1].AsInt()));
  return out;
}

Result<std::vector<domain::PairConstraint>> SqlProgramRepository::Constraints(ProgramId id) {
  ASSIGN_OR_RETURN(SqlRows rows,
                   tx_.Query("SELECT mentee_id, mentor_id, rule FROM program_constraints "
                             "WHERE program_id = ? ORDER BY mentee_id, mentor_id",
                             {id.value()}));
  std::vector<domain::PairConstraint> out;
  for (SqlRow& row : rows.rows) {
    std::optional<domain::PairRule> rule = domain::ParsePairRule(row[2].AsText());
    if (!rule) return InternalError("unexpected pair rule in the database");
    out.push_back({MemberId(row[0].AsInt()), MemberId(row[1].AsInt()), *rule});
  }
  return out;
}

Status SqlProgramRepository::SetConstraint(ProgramId id, const domain::PairConstraint& c,
                                           int64_t now) {
  return Done(tx_.Change(
      "INSERT INTO program_constraints (program_id, mentee_id, mentor_id, rule, created_at) "
      "VALUES (?, ?, ?, ?, ?) ON CONFLICT (program_id, mentee_id, mentor_id) "
      "DO UPDATE SET rule = excluded.rule, created_at = excluded.created_at",
      {id.value(), c.mentee.value(), c.mentor.value(), domain::ToString(c.rule), now}));
}

Result<bool> SqlProgramRepository::DeleteConstraint(ProgramId id, MemberId mentee,
                                                    MemberId mentor) {
  ASSIGN_OR_RETURN(SqlRows rows, tx_.Change("DELETE FROM program_constraints WHERE program_id = ? "
                                            "AND mentee_id = ? AND mentor_id = ?",
                                            {id.value(), mentee.value(), mentor.value()}));
  return rows.affected > 0;
}

Result<std::optional<domain::Proposal>> SqlProgramRepository::GetProposal(ProgramId id) {
  ASSIGN_OR_RETURN(
      SqlRows head,
      tx_.Query("SELECT proposal_at, proposal_total FROM programs WHERE id = ?", {id.value()}));
  if (head.rows.empty() || head.rows[0][0].is_null()) return std::optional<domain::Proposal>();
  domain::Proposal p;
  p.computed_at = head.rows[0][0].AsInt();
  p.total_score_milli = head.rows[0][1].AsInt();
  ASSIGN_OR_RETURN(SqlRows pairs, tx_.Query("SELECT mentee_id, mentor_id, score_milli, fit_milli, "
                                            "preference_rank, pinned, reasons FROM program_pairs "
                                            "WHERE program_id = ? ORDER BY mentee_id",
                                            {id.value()}));
  for (SqlRow& row : pairs.rows) {
    domain::ProposedPair pair;
    pair.mentee = MemberId(row[0].AsInt());
    pair.mentor = MemberId(row[1].AsInt());
    pair.score_milli = static_cast<int>(row[2].AsInt());
    pair.fit_milli = static_cast<int>(row[3].AsInt());
    pair.preference_rank = static_cast<int>(row[4].AsInt());
    pair.pinned = row[5].AsInt() != 0;
    nlohmann::json reasons = nlohmann::json::parse(row[6].AsText(), nullptr, false);
    if (!reasons.is_array()) return InternalError("unreadable pair reasons in the database");
    for (const auto& r : reasons) {
      if (!r.is_string()) return InternalError("unreadable pair reasons in the database");
      pair.reasons.push_back(r.get<std::string>());
    }
    p.pairs.push_back(std::move(pair));
  }
  ASSIGN_OR_RETURN(SqlRows unmatched, tx_.Query("SELECT mentee_id, reason FROM program_unmatched "
                                                "WHERE program_id = ? ORDER BY mentee_id",
                                                {id.value()}));
  for (SqlRow& row : unmatched.rows) {
    p.unmatched.push_back({MemberId(row[0].AsInt()), row[1].TakeText()});
  }
  return std::optional<domain::Proposal>(std::move(p));
}

Status SqlProgramRepository::SaveProposal(ProgramId id, const domain::Proposal& proposal) {
  RETURN_IF_ERROR(Done(tx_.Change("DELETE FROM program_pairs WHERE program_id = ?", {id.value()})));
  RETURN_IF_ERROR(
      Done(tx_.Change("DELETE FROM program_unmatched WHERE program_id = ?", {id.value()})));
  for (const domain::ProposedPair& pair : proposal.pairs) {
    nlohmann::json reasons = pair.reasons;
    RETURN_IF_ERROR(Done(tx_.Change(
        "INSERT INTO program_pairs (program_id, mentee_id, mentor_id, score_milli, fit_milli, "
        "preference_rank, pinned, reasons) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        {id.value(), pair.mentee.value(), pair.mentor.value(), pair.score_milli, pair.fit_milli,
         pair.preference_rank, pair.pinned, reasons.dump()})));
  }
  for (const domain::UnmatchedMentee& u : proposal.unmatched) {
    RETURN_IF_ERROR(Done(
        tx_.Change("INSERT INTO program_unmatched (program_id, mentee_id, reason) VALUES (?, ?, ?)",
                   {id.value(), u.mentee.value(), u.reason})));
  }
  return Done(tx_.Change("UPDATE programs SET proposal_at = ?, proposal_total = ? WHERE id = ?",
                         {proposal.computed_at, proposal.total_score_milli, id.value()}));
}

}  // namespace pln::store::sql
