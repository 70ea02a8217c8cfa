#include "store/sql/mentorship_repository.h"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "store/sql/sql_text.h"
#include "store/sql/sql_tx.h"

namespace pln::store::sql {
namespace {

constexpr std::string_view kSelectOffer =
    "SELECT mentor_id, fields, skills, help, format, cadence, capacity, paused, created_at, "
    "updated_at FROM mentor_offers";
constexpr std::string_view kSelectRequest =
    "SELECT id, mentee_id, mentor_id, message, goals, status, decline_reason, info_question, "
    "info_answer, created_at, expires_at, first_response_at, closed_at, mentorship_id "
    "FROM mentorship_requests";
constexpr std::string_view kRequestColumns =
    "id, mentee_id, mentor_id, message, goals, status, decline_reason, info_question, "
    "info_answer, created_at, expires_at, first_response_at, closed_at, mentorship_id";
constexpr std::string_view kSelectMentorship =
    "SELECT id, mentor_id, mentee_id, request_id, program_id, cadence, status, started_at, "
    "ended_at, ended_by, end_note, last_check_in_at, mentor_shows_alumni, mentee_shows_alumni "
    "FROM mentorships";
constexpr std::string_view kOpenStatuses = "('pending', 'info_requested')";

std::string NamesJson(const std::vector<std::string>& names) {
  return nlohmann::json(names).dump();
}

Result<std::vector<std::string>> ParseNames(const std::string& text) {
  nlohmann::json j = nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (!j.is_array()) return InternalError("unreadable name list in the database");
  std::vector<std::string> out;
  for (const auto& v : j) {
    if (!v.is_string()) return InternalError("unreadable name list in the database");
    out.push_back(v.get<std::string>());
  }
  return out;
}

SqlValue OptionalInt(const std::optional<int64_t>& v) {
  return v ? SqlValue(*v) : SqlValue();
}

std::optional<int64_t> OptionalOf(const SqlValue& v) {
  if (v.is_null()) return std::nullopt;
  return v.AsInt();
}

Result<domain::MentorOffer> OfferFromRow(SqlRow& row) {
  domain::MentorOffer o;
  o.mentor = MemberId(row[0].AsInt());
  ASSIGN_OR_RETURN(o.fields, ParseNames(row[1].AsText()));
  ASSIGN_OR_RETURN(o.skills, ParseNames(row[2].AsText()));
  o.help = row[3].TakeText();
  auto format = domain::ParseMentorFormat(row[4].AsText());
  auto cadence = domain::ParseCadence(row[5].AsText());
  if (!format || !cadence) return InternalError("unreadable mentor offer in the database");
  o.format = *format;
  o.cadence = *cadence;
  o.capacity = static_cast<int>(row[6].AsInt());
  o.paused = row[7].AsInt() != 0;
  o.created_at = row[8].AsInt();
  o.updated_at = row[9].AsInt();
  return o;
}

Result<domain::MentorshipRequest> RequestFromRow(SqlRow& row) {
  domain::MentorshipRequest r;
  r.id = MentorshipRequestId(row[0].AsInt());
  r.mentee = MemberId(row[1].AsInt());
  r.mentor = MemberId(row[2].AsInt());
  r.message = row[3].TakeText();
  ASSIGN_OR_RETURN(r.goals, ParseNames(row[4].AsText()));
  auto status = domain::ParseMentorshipRequestStatus(row[5].AsText());
  if (!status) return InternalError("unexpected mentorship request status in the database");
  r.status = *status;
  r.decline_reason = row[6].TakeText();
  r.info_question = row[7].TakeText();
  r.info_answer = row[8].TakeText();
  r.created_at = row[9].AsInt();
  r.expires_at = row[10].AsInt();
  r.first_response_at = OptionalOf(row[11]);
  r.closed_at = OptionalOf(row[12]);
  if (!row[13].is_null()) r.mentorship = MentorshipId(row[13].AsInt());
  return r;
}

Result<std::vector<domain::MentorshipRequest>> Requests(Result<SqlRows> rows) {
  if (!rows.ok()) return std::move(rows).error();
  std::vector<domain::MentorshipRequest> out;
  for (SqlRow& row : rows->rows) {
    ASSIGN_OR_RETURN(domain::MentorshipRequest r, RequestFromRow(row));
    out.push_back(std::move(r));
  }
  return out;
}

Result<domain::Mentorship> MentorshipFromRow(SqlRow& row) {
  domain::Mentorship m;
  m.id = MentorshipId(row[0].AsInt());
  m.mentor = MemberId(row[1].AsInt());
  m.mentee = MemberId(row[2].AsInt());
  if (!row[3].is_null()) m.request = MentorshipRequestId(row[3].AsInt());
  m.program = OptionalOf(row[4]);
  auto cadence = domain::ParseCadence(row[5].AsText());
  auto status = domain::ParseMentorshipStatus(row[6].AsText());
  if (!cadence || !status) return InternalError("unreadable mentorship in the database");
  m.cadence = *cadence;
  m.status = *status;
  m.started_at = row[7].AsInt();
  m.ended_at = OptionalOf(row[8]);
  if (!row[9].is_null()) m.ended_by = MemberId(row[9].AsInt());
  m.end_note = row[10].TakeText();
  m.last_check_in_at = OptionalOf(row[11]);
  m.mentor_shows_alumni = row[12].AsInt() != 0;
  m.mentee_shows_alumni = row[13].AsInt() != 0;
  return m;
}

Status Done(Result<SqlRows> rows) {
  if (!rows.ok()) return std::move(rows).error();
  return Status::Ok();
}

std::vector<SqlValue> IdValues(const std::vector<MemberId>& ids) {
  std::vector<SqlValue> out;
  for (MemberId id : ids) out.emplace_back(id.value());
  return out;
}

}  // namespace

Status SqlMentorshipRepository::PutOffer(const domain::MentorOffer& o) {
  Result<SqlRows> rows = tx_.Change(
      "INSERT INTO mentor_offers (mentor_id, fields, skills, help, format, cadence, capacity, "
      "paused, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
      "ON CONFLICT (mentor_id) DO UPDATE SET fields = excluded.fields, skills = excluded.skills, "
      "help = excluded.help, format = excluded.format, cadence = excluded.cadence, "
      "capacity = excluded.capacity, paused = excluded.paused, updated_at = excluded.updated_at",
      {o.mentor.value(), NamesJson(o.fields), NamesJson(o.skills), o.help,
       domain::ToString(o.format), domain::ToString(o.cadence), o.capacity, o.paused, o.created_at,
       o.updated_at});
  if (!rows.ok() && IsForeignKeyViolation(rows.error())) return NotFoundError("member");
  return Done(std::move(rows));
}

Result<std::optional<domain::MentorOffer>> SqlMentorshipRepository::GetOffer(MemberId mentor) {
  ASSIGN_OR_RETURN(SqlRows rows,
                   tx_.Query(std::string(kSelectOffer) + " WHERE mentor_id = ?", {mentor.value()}));
  if (rows.rows.empty()) return std::optional<domain::MentorOffer>();
  ASSIGN_OR_RETURN(domain::MentorOffer o, OfferFromRow(rows.rows[0]));
  return std::optional<domain::MentorOffer>(std::move(o));
}

Result<std::vector<domain::MentorOffer>> SqlMentorshipRepository::ListOpenOffers() {
  ASSIGN_OR_RETURN(SqlRows rows,
                   tx_.Query(std::string(kSelectOffer) + " WHERE paused = 0 ORDER BY mentor_id"));
  std::vector<domain::MentorOffer> out;
  for (SqlRow& row : rows.rows) {
    ASSIGN_OR_RETURN(domain::MentorOffer o, OfferFromRow(row));
    out.push_back(std::move(o));
  }
  return out;
}

Result<std::unordered_map<MemberId, app::MentorStats>> SqlMentorshipRepository::Stats(
    const std::vector<MemberId>& mentors) {
  std::unordered_map<MemberId, app::MentorStats> out;
  if (mentors.empty()) return out;
  for (MemberId m : mentors) out[m];
  const std::vector<SqlValue> ids = IdValues(mentors);
  const std::string in = "(" + Placeholders(ids.size()) + ")";
  ASSIGN_OR_RETURN(SqlRows active,
                   tx_.Query("SELECT mentor_id, COUNT(*) FROM mentorships WHERE status = 'active' "
                             "AND mentor_id IN " +
                                 in + " GROUP BY mentor_id",
                             ids));
  for (SqlRow& row : active.rows) {
    out[MemberId(row[0].AsInt())].active = static_cast<int>(row[1].AsInt());
  }
  ASSIGN_OR_RETURN(SqlRows responses,
                   tx_.Query("SELECT mentor_id, first_response_at - created_at, first_response_at "
                             "FROM mentorship_requests WHERE first_response_at IS NOT NULL "
                             "AND mentor_id IN " +
                                 in,
                             ids));
  auto touch = [&](app::MentorStats& s, int64_t at) {
    if (!s.last_active_at || *s.last_active_at < at) s.last_active_at = at;
  };
  for (SqlRow& row : responses.rows) {
    app::MentorStats& s = out[MemberId(row[0].AsInt())];
    s.response_ms.push_back(row[1].AsInt());
    touch(s, row[2].AsInt());
  }
  ASSIGN_OR_RETURN(SqlRows latest,
                   tx_.Query("SELECT author_id, MAX(created_at) FROM mentorship_checkins "
                             "WHERE author_id IN " +
                                 in + " GROUP BY author_id",
                             ids));
  for (SqlRow& row : latest.rows) touch(out[MemberId(row[0].AsInt())], row[1].AsInt());
  ASSIGN_OR_RETURN(
      SqlRows offers,
      tx_.Query("SELECT mentor_id, updated_at FROM mentor_offers WHERE mentor_id IN " + in, ids));
  for (SqlRow& row : offers.rows) touch(out[MemberId(row[0].AsInt())], row[1].AsInt());
  return out;
}

Result<MentorshipRequestId> SqlMentorshipRepository::CreateRequest(
    const domain::MentorshipRequest& r) {
  Result<SqlRows> rows = tx_.Change(
      "INSERT INTO mentorship_requests (mentee_id, mentor_id, message, goals, status, "
      "decline_reason, info_question, info_answer, created_at, expires_at) "
      "VALUES (?, ?, ?, ?, ?, '', '', '', ?, ?) RETURNING id",
      {r.mentee.value(), r.mentor.value(), r.message, NamesJson(r.goals), ToString(r.status),
       r.created_at, r.expires_at});
  if (!rows.ok() && IsUniqueViolation(rows.error())) {
    return ConflictError("request_open", "You already have an open request to this mentor.");
  }
  if (!rows.ok() && IsForeignKeyViolation(rows.error())) return NotFoundError("member");
  if (!rows.ok()) return std::move(rows).error();
  return MentorshipRequestId(rows->rows.at(0)[0].AsInt());
}

Result<std::optional<domain::MentorshipRequest>> SqlMentorshipRepository::GetRequest(
    MentorshipRequestId id) {
  ASSIGN_OR_RETURN(
      auto list, Requests(tx_.Query(std::string(kSelectRequest) + " WHERE id = ?", {id.value()})));
  if (list.empty()) return std::optional<domain::MentorshipRequest>();
  return std::optional<domain::MentorshipRequest>(std::move(list[0]));
}

Result<std::vector<domain::MentorshipRequest>> SqlMentorshipRepository::ListRequests(
    MemberId member, app::MentorshipRole role, int limit) {
  const std::string column = role == app::MentorshipRole::kMentee ? "mentee_id" : "mentor_id";
  return Requests(
      tx_.Query(std::string(kSelectRequest) + " WHERE " + column + " = ? ORDER BY id DESC LIMIT ?",
                {member.value(), limit}));
}

Result<std::vector<domain::MentorshipRequest>> SqlMentorshipRepository::OpenRequestsOf(
    MemberId mentee) {
  return Requests(tx_.Query(std::string(kSelectRequest) + " WHERE mentee_id = ? AND status IN " +
                                std::string(kOpenStatuses) + " ORDER BY id",
                            {mentee.value()}));
}

Result<bool> SqlMentorshipRepository::UpdateRequest(const domain::MentorshipRequest& r,
                                                    domain::MentorshipRequestStatus expected) {
  ASSIGN_OR_RETURN(
      SqlRows rows,
      tx_.Change("UPDATE mentorship_requests SET status = ?, decline_reason = ?, "
                 "info_question = ?, info_answer = ?, expires_at = ?, first_response_at = ?, "
                 "closed_at = ?, mentorship_id = ? WHERE id = ? AND status = ?",
                 {ToString(r.status), r.decline_reason, r.info_question, r.info_answer,
                  r.expires_at, OptionalInt(r.first_response_at), OptionalInt(r.closed_at),
                  r.mentorship ? SqlValue(r.mentorship->value()) : SqlValue(), r.id.value(),
                  ToString(expected)}));
  return rows.affected == 1;
}

Result<std::vector<domain::MentorshipRequest>> SqlMentorshipRepository::ExpireRequests(
    int64_t now, std::optional<MemberId> member) {
  std::string where = " WHERE status IN " + std::string(kOpenStatuses) + " AND expires_at <= ?";
  std::vector<SqlValue> params = {now, now};
  if (member) {
    where += " AND (mentee_id = ? OR mentor_id = ?)";
    params.emplace_back(member->value());
    params.emplace_back(member->value());
  }
  return Requests(tx_.Change("UPDATE mentorship_requests SET status = 'expired', closed_at = ?" +
                                 where + " RETURNING " + std::string(kRequestColumns),
                             params));
}

Result<MentorshipId> SqlMentorshipRepository::CreateMentorship(const domain::Mentorship& m) {
  Result<SqlRows> rows = tx_.Change(
      "INSERT INTO mentorships (mentor_id, mentee_id, request_id, program_id, cadence, status, "
      "started_at, ended_at, ended_by, end_note, last_check_in_at, mentor_shows_alumni, "
      "mentee_shows_alumni) VALUES (?, ?, ?, ?, ?, ?, ?, NULL, NULL, '', NULL, ?, ?) "
      "RETURNING id",
      {m.mentor.value(), m.mentee.value(), m.request ? SqlValue(m.request->value()) : SqlValue(),
       OptionalInt(m.program), ToString(m.cadence), ToString(m.status), m.started_at,
       m.mentor_shows_alumni, m.mentee_shows_alumni});
  if (!rows.ok() && IsUniqueViolation(rows.error())) {
    return ConflictError("already_mentoring", "These two already have an active mentorship.");
  }
  if (!rows.ok() && IsForeignKeyViolation(rows.error())) return NotFoundError("member");
  if (!rows.ok()) return std::move(rows).error();
  const MentorshipId id(rows->rows.at(0)[0].AsInt());
  int position = 0;
  for (const domain::MentorshipGoal& g : m.goals) {
    RETURN_IF_ERROR(Done(tx_.Change(
        "INSERT INTO mentorship_goals (mentorship_id, position, text, status, updated_at) "
        "VALUES (?, ?, ?, ?, ?)",
        {id.value(), position++, g.text, ToString(g.status), m.started_at})));
  }
  return id;
}

Result<std::vector<domain::Mentorship>> SqlMentorshipRepository::Mentorships(
    std::string_view where, const std::vector<SqlValue>& params) {
  ASSIGN_OR_RETURN(SqlRows rows,
                   tx_.Query(std::string(kSelectMentorship) + std::string(where), params));
  std::vector<domain::Mentorship> out;
  std::vector<SqlValue> ids;
  for (SqlRow& row : rows.rows) {
    ASSIGN_OR_RETURN(domain::Mentorship m, MentorshipFromRow(row));
    ids.emplace_back(m.id.value());
    out.push_back(std::move(m));
  }
  if (out.empty()) return out;
  ASSIGN_OR_RETURN(
      SqlRows goals,
      tx_.Query("SELECT mentorship_id, id, text, status, updated_at FROM "
                "mentorship_goals WHERE mentorship_id IN (" +
                    Placeholders(ids.size()) + ") ORDER BY mentorship_id, position, id",
                ids));
  std::unordered_map<int64_t, std::vector<domain::MentorshipGoal>> by_mentorship;
  for (SqlRow& row : goals.rows) {
    domain::MentorshipGoal g;
    g.id = row[1].AsInt();
    g.text = row[2].TakeText();
    auto status = domain::ParseGoalStatus(row[3].AsText());
    if (!status) return InternalError("unexpected goal status in the database");
    g.status = *status;
    g.updated_at = row[4].AsInt();
    by_mentorship[row[0].AsInt()].push_back(std::move(g));
  }
  for (domain::Mentorship& m : out) m.goals = std::move(by_mentorship[m.id.value()]);
  return out;
}

Result<std::optional<domain::Mentorship>> SqlMentorshipRepository::GetMentorship(MentorshipId id) {
  ASSIGN_OR_RETURN(auto list, Mentorships(" WHERE id = ?", {id.value()}));
  if (list.empty()) return std::optional<domain::Mentorship>();
  return std::optional<domain::Mentorship>(std::move(list[0]));
}

Result<std::vector<domain::Mentorship>> SqlMentorshipRepository::ListMentorships(MemberId member) {
  return Mentorships(" WHERE mentor_id = ? OR mentee_id = ? ORDER BY id DESC",
                     {member.value(), member.value()});
}

Result<std::vector<domain::Mentorship>> SqlMentorshipRepository::ListActive() {
  return Mentorships(" WHERE status = 'active' ORDER BY id", {});
}

Result<int> SqlMentorshipRepository::CountActiveAsMentor(MemberId mentor) {
  ASSIGN_OR_RETURN(SqlRows rows, tx_.Query("SELECT COUNT(*) FROM mentorships WHERE mentor_id = ? "
                                           "AND status = 'active'",
                                           {mentor.value()}));
  return static_cast<int>(rows.rows.at(0)[0].AsInt());
}

Status SqlMentorshipRepository::UpdateMentorship(const domain::Mentorship& m) {
  return Done(tx_.Change(
      "UPDATE mentorships SET status = ?, ended_at = ?, ended_by = ?, end_note = ?, "
      "last_check_in_at = ?, mentor_shows_alumni = ?, mentee_shows_alumni = ? WHERE id = ?",
      {ToString(m.status), OptionalInt(m.ended_at),
       m.ended_by ? SqlValue(m.ended_by->value()) : SqlValue(), m.end_note,
       OptionalInt(m.last_check_in_at), m.mentor_shows_alumni, m.mentee_shows_alumni,
       m.id.value()}));
}

Result<std::vector<domain::Mentorship>> SqlMentorshipRepository::ListAlumni(MemberId member) {
  return Mentorships(
      " WHERE (mentor_id = ? OR mentee_id = ?) AND status = 'ended' AND mentor_shows_alumni = 1 "
      "AND mentee_shows_alumni = 1 ORDER BY ended_at DESC, id DESC",
      {member.value(), member.value()});
}

Result<int64_t> SqlMentorshipRepository::AddGoal(MentorshipId m, const std::string& text,
                                                 int64_t now) {
  ASSIGN_OR_RETURN(SqlRows rows,
                   tx_.Change("INSERT INTO mentorship_goals (mentorship_id, position, text, "
                              "status, updated_at) SELECT ?, COALESCE(MAX(position) + 1, 0), ?, "
                              "'open', ? FROM mentorship_goals WHERE mentorship_id = ? "
                              "RETURNING id",
                              {m.value(), text, now, m.value()}));
  return rows.rows.at(0)[0].AsInt();
}

Result<bool> SqlMentorshipRepository::UpdateGoal(MentorshipId m,
                                                 const domain::MentorshipGoal& goal) {
  ASSIGN_OR_RETURN(SqlRows rows, tx_.Change("UPDATE mentorship_goals SET text = ?, status = ?, "
                                            "updated_at = ? WHERE id = ? AND mentorship_id = ?",
                                            {goal.text, ToString(goal.status), goal.updated_at,
                                             goal.id, m.value()}));
  return rows.affected == 1;
}

Result<bool> SqlMentorshipRepository::DeleteGoal(MentorshipId m, int64_t goal) {
  ASSIGN_OR_RETURN(SqlRows rows,
                   tx_.Change("DELETE FROM mentorship_goals WHERE id = ? AND mentorship_id = ?",
                              {goal, m.value()}));
  return rows.affected == 1;
}

Result<int64_t> SqlMentorshipRepository::AddCheckIn(const domain::CheckIn& c) {
  ASSIGN_OR_RETURN(SqlRows rows, tx_.Change("INSERT INTO mentorship_checkins (mentorship_id, "
                                            "author_id, date, notes, next_steps, created_at) "
                                            "VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
                                            {c.mentorship.value(), c.author.value(), c.date,
                                             c.notes, c.next_steps, c.created_at}));
  return rows.rows.at(0)[0].AsInt();
}

Result<std::vector<domain::CheckIn>> SqlMentorshipRepository::ListCheckIns(MentorshipId m) {
  ASSIGN_OR_RETURN(SqlRows rows, tx_.Query("SELECT id, author_id, date, notes, next_steps, "
                                           "created_at FROM mentorship_checkins WHERE "
                                           "mentorship_id = ? ORDER BY date DESC, id DESC",
                                           {m.value()}));
  std::vector<domain::CheckIn> out;
  for (SqlRow& row : rows.rows) {
    domain::CheckIn c;
    c.id = row[0].AsInt();
    c.mentorship = m;
    c.author = MemberId(row[1].AsInt());
    c.date = row[2].TakeText();
    c.notes = row[3].TakeText();
    c.next_steps = row[4].TakeText();
    c.created_at = row[5].AsInt();
    out.push_back(std::move(c));
  }
  return out;
}

Status SqlMentorshipRepository::AddFeedback(const domain::CompletionFeedback& f) {
  Result<SqlRows> rows = tx_.Change(
      "INSERT INTO mentorship_feedback (mentorship_id, author_id, helpfulness, went_well, "
      "suggestion, created_at) VALUES (?, ?, ?, ?, ?, ?)",
      {f.mentorship.value(), f.author.value(), f.helpfulness, f.went_well, f.suggestion,
       f.created_at});
  if (!rows.ok() && IsUniqueViolation(rows.error())) {
    return ConflictError("feedback_given", "You already left feedback on this mentorship.");
  }
  return Done(std::move(rows));
}

Result<std::vector<domain::CompletionFeedback>> SqlMentorshipRepository::ListFeedback(
    MentorshipId m) {
  ASSIGN_OR_RETURN(SqlRows rows, tx_.Query("SELECT author_id, helpfulness, went_well, suggestion, "
                                           "created_at FROM mentorship_feedback WHERE "
                                           "mentorship_id = ? ORDER BY author_id",
                                           {m.value()}));
  std::vector<domain::CompletionFeedback> out;
  for (SqlRow& row : rows.rows) {
    domain::CompletionFeedback f;
    f.mentorship = m;
    f.author = MemberId(row[0].AsInt());
    f.helpfulness = static_cast<int>(row[1].AsInt());
    f.went_well = row[2].TakeText();
    f.suggestion = row[3].TakeText();
    f.created_at = row[4].AsInt();
    out.push_back(std::move(f));
  }
  return out;
}

Status SqlMentorshipRepository::PutAlumniPlan(const domain::AlumniPlan& plan) {
  return Done(
      tx_.Change("INSERT INTO alumni_checkin_plans (mentorship_id, member_id, every_months, since) "
                 "VALUES (?, ?, ?, ?) ON CONFLICT (mentorship_id, member_id) DO UPDATE SET "
                 "every_months = excluded.every_months, since = excluded.since",
                 {plan.mentorship.value(), plan.member.value(), plan.every_months, plan.since}));
}

Status SqlMentorshipRepository::DeleteAlumniPlan(MentorshipId m, MemberId member) {
  return Done(
      tx_.Change("DELETE FROM alumni_checkin_plans WHERE mentorship_id = ? AND member_id = ?",
                 {m.value(), member.value()}));
}

Result<std::vector<domain::AlumniPlan>> SqlMentorshipRepository::ListAlumniPlans(MentorshipId m) {
  ASSIGN_OR_RETURN(SqlRows rows, tx_.Query("SELECT member_id, every_months, since FROM "
                                           "alumni_checkin_plans WHERE mentorship_id = ? "
                                           "ORDER BY member_id",
                                           {m.value()}));
  std::vector<domain::AlumniPlan> out;
  for (SqlRow& row : rows.rows) {
    out.push_back({m, MemberId(row[0].AsInt()), static_cast<int>(row[1].AsInt()), row[2].AsInt()});
  }
  return out;
}

Result<std::vector<app::AlumniPlanDue>> SqlMentorshipRepository::ListAlumniPlansDue() {
  ASSIGN_OR_RETURN(
      SqlRows rows,
      tx_.Query("SELECT p.mentorship_id, p.member_id, p.every_months, p.since, m.mentor_id, "
                "m.mentee_id, m.ended_at, (SELECT MAX(c.created_at) FROM alumni_checkins c "
                "WHERE c.mentorship_id = p.mentorship_id) FROM alumni_checkin_plans p "
                "JOIN mentorships m ON m.id = p.mentorship_id WHERE m.status = 'ended' "
                "ORDER BY p.mentorship_id, p.member_id",
                {}));
  std::vector<app::AlumniPlanDue> out;
  for (SqlRow& row : rows.rows) {
    app::AlumniPlanDue d;
    d.plan = {MentorshipId(row[0].AsInt()), MemberId(row[1].AsInt()),
              static_cast<int>(row[2].AsInt()), row[3].AsInt()};
    const MemberId mentor(row[4].AsInt()), mentee(row[5].AsInt());
    d.other = d.plan.member == mentor ? mentee : mentor;
    d.ended_at = row[6].is_null() ? 0 : row[6].AsInt();
    if (!row[7].is_null()) d.last_check_in = row[7].AsInt();
    out.push_back(std::move(d));
  }
  return out;
}

Result<int64_t> SqlMentorshipRepository::AddAlumniCheckIn(const domain::AlumniCheckIn& c) {
  ASSIGN_OR_RETURN(SqlRows rows,
                   tx_.Change("INSERT INTO alumni_checkins (mentorship_id, author_id, note, "
                              "created_at) VALUES (?, ?, ?, ?) RETURNING id",
                              {c.mentorship.value(), c.author.value(), c.note, c.created_at}));
  return rows.rows.at(0)[0].AsInt();
}

Result<std::vector<domain::AlumniCheckIn>> SqlMentorshipRepository::ListAlumniCheckIns(
    MentorshipId m) {
  ASSIGN_OR_RETURN(SqlRows rows, tx_.Query("SELECT id, author_id, note, created_at FROM "
                                           "alumni_checkins WHERE mentorship_id = ? "
                                           "ORDER BY created_at DESC, id DESC",
                                           {m.value()}));
  std::vector<domain::AlumniCheckIn> out;
  for (SqlRow& row : rows.rows) {
    domain::AlumniCheckIn c;
    c.id = row[0].AsInt();
    c.mentorship = m;
    c.author = MemberId(row[1].AsInt());
    c.note = row[2].TakeText();
    c.created_at = row[3].AsInt();
    out.push_back(std::move(c));
  }
  return out;
}

}  // namespace pln::store::sql
