#include "store/sql/feedback_repository.h"

#include <cstdint>
#include <limits>
#include <optional>

#include <nlohmann/json.hpp>

#include "base/text.h"
#include "store/sql/sql_text.h"
#include "store/sql/sql_tx.h"

namespace pln::store::sql {
namespace {

constexpr std::string_view kSelectRequest =
    "SELECT id, requester_id, skill, artifact_title, artifact_url, artifact_text, question, "
    "rubric, deadline, created_at FROM feedback_requests";
constexpr std::string_view kSelectReview =
    "SELECT r.id, r.request_id, r.reviewer_id, r.ratings, r.strengths, r.improvements, "
    "r.next_step, r.created_at, r.thanked, r.reply, r.usefulness, r.on_profile "
    "FROM feedback_reviews r";
constexpr std::string_view kSelectEndorsement =
    "SELECT id, endorser_id, member_id, skill, note, created_at FROM endorsements";

std::string RubricJson(const domain::Rubric& rubric) {
  nlohmann::json criteria = nlohmann::json::array();
  for (const domain::Criterion& c : rubric.criteria) {
    criteria.push_back({{"id", c.id}, {"name", c.name}, {"levels", c.levels}});
  }
  return criteria.dump();
}

Result<domain::Rubric> ParseRubric(const std::string& text) {
  nlohmann::json j = nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (!j.is_array()) return InternalError("corrupt row in feedback_requests: unreadable rubric");
  domain::Rubric rubric;
  for (const auto& c : j) {
    // Every type is checked before get<>(), which throws on a mismatch (a number for a name).
    if (!c.is_object() || !c.contains("id") || !c.contains("name") || !c.contains("levels") ||
        !c["id"].is_string() || !c["name"].is_string() || !c["levels"].is_array()) {
      return InternalError("corrupt row in feedback_requests: unreadable rubric");
    }
    domain::Criterion criterion;
    criterion.id = c["id"].get<std::string>();
    criterion.name = c["name"].get<std::string>();
    for (const auto& l : c["levels"]) {
      if (!l.is_string())
        return InternalError("corrupt row in feedback_requests: unreadable rubric");
      criterion.levels.push_back(l.get<std::string>());
    }
    rubric.criteria.push_back(std::move(criterion));
  }
  return rubric;
}

Result<domain::FeedbackRequest> RequestFromRow(SqlRow& row) {
  domain::FeedbackRequest r;
  r.id = FeedbackRequestId(row[0].AsInt());
  r.requester = MemberId(row[1].AsInt());
  r.skill = row[2].TakeText();
  r.artifact.title = row[3].TakeText();
  r.artifact.url = row[4].TakeText();
  r.artifact.text = row[5].TakeText();
  r.question = row[6].TakeText();
  ASSIGN_OR_RETURN(r.rubric, ParseRubric(row[7].AsText()));
  r.deadline = row[8].TakeText();
  r.created_at = row[9].AsInt();
  return r;
}

Result<domain::Review> ReviewFromRow(SqlRow& row) {
  domain::Review r;
  r.id = ReviewId(row[0].AsInt());
  r.request = FeedbackRequestId(row[1].AsInt());
  r.reviewer = MemberId(row[2].AsInt());
  nlohmann::json ratings = nlohmann::json::parse(row[3].AsText(), nullptr, false);
  if (!ratings.is_object())
    return InternalError("corrupt row in feedback_reviews: unreadable ratings");
  for (const auto& [k, v] : ratings.items()) {
    // In int's range too: get<int>() of a larger number would silently wrap.
    if (!v.is_number_integer() || v.get<int64_t>() < std::numeric_limits<int>::min() ||
        v.get<int64_t>() > std::numeric_limits<int>::max()) {
      return InternalError("corrupt row in feedback_reviews: unreadable ratings");
    }
    r.ratings[k] = v.get<int>();
  }
  r.strengths = row[4].TakeText();
  r.improvements = row[5].TakeText();
  r.next_step = row[6].TakeText();
  r.created_at = row[7].AsInt();
  r.thanked = row[8].AsInt() != 0;
  r.reply = row[9].TakeText();
  if (!row[10].is_null()) r.usefulness = static_cast<int>(row[10].AsInt());
  r.on_profile = row[11].AsInt() != 0;
  return r;
}

domain::Endorsement EndorsementFromRow(SqlRow& row) {
  domain::Endorsement e;
  e.id = EndorsementId(row[0].AsInt());
  e.endorser = MemberId(row[1].AsInt());
  e.member = MemberId(row[2].AsInt());
  e.skill = row[3].TakeText();
  e.note = row[4].TakeText();
  e.created_at = row[5].AsInt();
  return e;
}

Result<std::vector<domain::Review>> Reviews(Result<SqlRows> rows) {
  if (!rows.ok()) return std::move(rows).error();
  std::vector<domain::Review> out;
  for (SqlRow& row : rows->rows) {
    ASSIGN_OR_RETURN(domain::Review r, ReviewFromRow(row));
    out.push_back(std::move(r));
  }
  return out;
}

Status LoadSlots(SqlTx& tx, domain::FeedbackRequest& request) {
  ASSIGN_OR_RETURN(SqlRows rows, tx.Query("SELECT reviewer_id, status, decided_at FROM "
                                          "feedback_reviewers WHERE request_id = ? "
                                          "ORDER BY reviewer_id",
                                          {request.id.value()}));
  for (SqlRow& row : rows.rows) {
    domain::ReviewerSlot slot;
    slot.reviewer = MemberId(row[0].AsInt());
    std::optional<domain::ReviewerStatus> status = domain::ParseReviewerStatus(row[1].AsText());
    if (!status) {
      return InternalError("corrupt row in feedback_reviewers: unexpected status '" +
                           row[1].AsText() + "'");
    }
    slot.status = *status;
    if (!row[2].is_null()) slot.decided_at = row[2].AsInt();
    request.reviewers.push_back(slot);
  }
  return Status::Ok();
}

Status Done(Result<SqlRows> rows) {
  if (!rows.ok()) return std::move(rows).error();
  return Status::Ok();
}

}  // namespace

Result<FeedbackRequestId> SqlFeedbackRepository::CreateRequest(
    MemberId requester, const domain::FeedbackRequestInput& in, int64_t now) {
  const domain::Rubric rubric = in.rubric.value_or(domain::DefaultRubric());
  Result<SqlRows> rows = tx_.Change(
      "INSERT INTO feedback_requests (requester_id, skill, skill_norm, artifact_title, "
      "artifact_url, artifact_text, question, rubric, deadline, created_at) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
      {requester.value(), in.skill, AsciiLower(in.skill), in.artifact.title, in.artifact.url,
       in.artifact.text, in.question, RubricJson(rubric), in.deadline, now});
  if (!rows.ok() && IsForeignKeyViolation(rows.error())) return NotFoundError("member");
  if (!rows.ok()) return std::move(rows).error();
  const FeedbackRequestId id(rows->rows.at(0)[0].AsInt());
  for (MemberId reviewer : in.reviewers) {
    Result<SqlRows> slot = tx_.Change(
        "INSERT INTO feedback_reviewers (request_id, reviewer_id, status, decided_at) "
        "VALUES (?, ?, 'invited', NULL)",
        {id.value(), reviewer.value()});
    if (!slot.ok() && IsForeignKeyViolation(slot.error())) return NotFoundError("member");
    if (!slot.ok()) return std::move(slot).error();
  }
  return id;
}

Result<std::optional<domain::FeedbackRequest>> SqlFeedbackRepository::GetRequest(
    FeedbackRequestId id) {
  ASSIGN_OR_RETURN(SqlRows rows,
                   tx_.Query(std::string(kSelectRequest) + " WHERE id = ?", {id.value()}));
  if (rows.rows.empty()) return std::optional<domain::FeedbackRequest>();
  ASSIGN_OR_RETURN(domain::FeedbackRequest r, RequestFromRow(rows.rows[0]));
  RETURN_IF_ERROR(LoadSlots(tx_, r));
  return std::optional<domain::FeedbackRequest>(std::move(r));
}

Result<std::vector<domain::FeedbackRequest>> SqlFeedbackRepository::ListRequests(
    MemberId member, app::FeedbackRole role, int64_t before_id, int limit) {
  const std::string where =
      role == app::FeedbackRole::kRequester
          ? " WHERE requester_id = ?"
          : " WHERE id IN (SELECT request_id FROM feedback_reviewers WHERE reviewer_id = ?)";
  const int64_t before = before_id > 0 ? before_id : std::numeric_limits<int64_t>::max();
  ASSIGN_OR_RETURN(SqlRows rows, tx_.Query(std::string(kSelectRequest) + where +
                                               " AND id < ? ORDER BY id DESC LIMIT ?",
                                           {member.value(), before, limit}));
  std::vector<domain::FeedbackRequest> out;
  for (SqlRow& row : rows.rows) {
    ASSIGN_OR_RETURN(domain::FeedbackRequest r, RequestFromRow(row));
    RETURN_IF_ERROR(LoadSlots(tx_, r));
    out.push_back(std::move(r));
  }
  return out;
}

Status SqlFeedbackRepository::SetReviewerStatus(FeedbackRequestId id, MemberId reviewer,
                                                domain::ReviewerStatus status, int64_t now) {
  return Done(
      tx_.Change("UPDATE feedback_reviewers SET status = ?, decided_at = ? "
                 "WHERE request_id = ? AND reviewer_id = ?",
                 {domain::ToString(status), now, id.value(), reviewer.value()}));
}

Result<ReviewId> SqlFeedbackRepository::CreateReview(const domain::Review& review) {
  nlohmann::json ratings = nlohmann::json::object();
  for (const auto& [k, v] : review.ratings) ratings[k] = v;
  ASSIGN_OR_RETURN(
      SqlRows rows,
      tx_.Change("INSERT INTO feedback_reviews (request_id, reviewer_id, ratings, strengths, "
                 "improvements, next_step, created_at, thanked, reply, usefulness, on_profile) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?, 0, '', NULL, 0) "
                 "ON CONFLICT DO NOTHING RETURNING id",
                 {review.request.value(), review.reviewer.value(), ratings.dump(), review.strengths,
                  review.improvements, review.next_step, review.created_at}));
  if (rows.rows.empty()) {
    return ConflictError("already_reviewed", "You answered this request already.");
  }
  return ReviewId(rows.rows[0][0].AsInt());
}

Result<std::optional<domain::Review>> SqlFeedbackRepository::GetReview(ReviewId id) {
  ASSIGN_OR_RETURN(
      std::vector<domain::Review> reviews,
      Reviews(tx_.Query(std::string(kSelectReview) + " WHERE r.id = ?", {id.value()})));
  if (reviews.empty()) return std::optional<domain::Review>();
  return std::optional<domain::Review>(std::move(reviews[0]));
}

Result<std::vector<domain::Review>> SqlFeedbackRepository::ListReviews(FeedbackRequestId request) {
  return Reviews(tx_.Query(std::string(kSelectReview) + " WHERE r.request_id = ? ORDER BY r.id",
                           {request.value()}));
}

Result<std::vector<domain::Review>> SqlFeedbackRepository::ListReviewsForSkill(
    MemberId member, const std::string& skill) {
  return Reviews(
      tx_.Query(std::string(kSelectReview) +
                    " JOIN feedback_requests q ON q.id = r.request_id "
                    "WHERE q.requester_id = ? AND q.skill_norm = ? ORDER BY r.created_at, r.id",
                {member.value(), AsciiLower(skill)}));
}

Result<std::vector<domain::Review>> SqlFeedbackRepository::ListShownReviews(MemberId member) {
  return Reviews(tx_.Query(std::string(kSelectReview) +
                               " JOIN feedback_requests q ON q.id = r.request_id "
                               "WHERE q.requester_id = ? AND r.on_profile = 1 ORDER BY r.id DESC",
                           {member.value()}));
}

Status SqlFeedbackRepository::UpdateReaction(const domain::Review& review) {
  SqlValue usefulness = review.usefulness ? SqlValue(*review.usefulness) : SqlValue();
  return Done(tx_.Change(
      "UPDATE feedback_reviews SET thanked = ?, reply = ?, usefulness = ?, on_profile = ? "
      "WHERE id = ?",
      {review.thanked, review.reply, usefulness, review.on_profile, review.id.value()}));
}

Result<EndorsementId> SqlFeedbackRepository::CreateEndorsement(MemberId endorser, MemberId member,
                                                               const std::string& skill,
                                                               const std::string& note,
                                                               int64_t now) {
  Result<SqlRows> rows = tx_.Change(
      "INSERT INTO endorsements (endorser_id, member_id, skill, skill_norm, note, created_at) "
      "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING RETURNING id",
      {endorser.value(), member.value(), skill, AsciiLower(skill), note, now});
  if (!rows.ok() && IsForeignKeyViolation(rows.error())) return NotFoundError("member");
  if (!rows.ok()) return std::move(rows).error();
  if (rows->rows.empty()) {
    return ConflictError("already_endorsed", "You endorsed this skill already.");
  }
  return EndorsementId(rows->rows[0][0].AsInt());
}

Result<std::optional<domain::Endorsement>> SqlFeedbackRepository::GetEndorsement(EndorsementId id) {
  ASSIGN_OR_RETURN(SqlRows rows,
                   tx_.Query(std::string(kSelectEndorsement) + " WHERE id = ?", {id.value()}));
  if (rows.rows.empty()) return std::optional<domain::Endorsement>();
  return std::optional<domain::Endorsement>(EndorsementFromRow(rows.rows[0]));
}

Result<std::vector<domain::Endorsement>> SqlFeedbackRepository::ListEndorsements(MemberId member) {
  ASSIGN_OR_RETURN(SqlRows rows,
                   tx_.Query(std::string(kSelectEndorsement) + " WHERE member_id = ? ORDER BY id",
                             {member.value()}));
  std::vector<domain::Endorsement> out;
  for (SqlRow& row : rows.rows) out.push_back(EndorsementFromRow(row));
  return out;
}

Result<std::unordered_map<MemberId, app::FeedbackStats>> SqlFeedbackRepository::Stats(
    const std::vector<MemberId>& members, const std::string& today) {
  std::unordered_map<MemberId, app::FeedbackStats> out;
  if (members.empty()) return out;
  std::vector<SqlValue> ids;
  for (MemberId m : members) {
    ids.emplace_back(m.value());
    out[m];
  }
  const std::string in = "(" + Placeholders(ids.size()) + ")";
  ASSIGN_OR_RETURN(SqlRows given, tx_.Query("SELECT r.reviewer_id, r.created_at - q.created_at "
                                            "FROM feedback_reviews r JOIN feedback_requests q "
                                            "ON q.id = r.request_id WHERE r.reviewer_id IN " +
                                                in,
                                            ids));
  for (SqlRow& row : given.rows) {
    app::FeedbackStats& s = out[MemberId(row[0].AsInt())];
    ++s.given;
    s.response_ms.push_back(row[1].AsInt());
  }
  ASSIGN_OR_RETURN(SqlRows received,
                   tx_.Query("SELECT q.requester_id, COUNT(*) FROM feedback_reviews r "
                             "JOIN feedback_requests q ON q.id = r.request_id "
                             "WHERE q.requester_id IN " +
                                 in + " GROUP BY q.requester_id",
                             ids));
  for (SqlRow& row : received.rows) {
    out[MemberId(row[0].AsInt())].received = static_cast<int>(row[1].AsInt());
  }
  std::vector<SqlValue> lapse_params{SqlValue(today)};
  lapse_params.insert(lapse_params.end(), ids.begin(), ids.end());
  ASSIGN_OR_RETURN(SqlRows lapsed,
                   tx_.Query("SELECT s.reviewer_id, COUNT(*) FROM feedback_reviewers s "
                             "JOIN feedback_requests q ON q.id = s.request_id "
                             "WHERE (s.status = 'lapsed' OR (s.status IN ('invited', 'accepted') "
                             "AND q.deadline < ?)) AND s.reviewer_id IN " +
                                 in + " GROUP BY s.reviewer_id",
                             lapse_params));
  for (SqlRow& row : lapsed.rows) {
    out[MemberId(row[0].AsInt())].lapsed = static_cast<int>(row[1].AsInt());
  }
  ASSIGN_OR_RETURN(SqlRows useful, tx_.Query("SELECT reviewer_id, SUM(usefulness), COUNT(*) "
                                             "FROM feedback_reviews WHERE usefulness IS NOT NULL "
                                             "AND reviewer_id IN " +
                                                 in + " GROUP BY reviewer_id",
                                             ids));
  for (SqlRow& row : useful.rows) {
    app::FeedbackStats& s = out[MemberId(row[0].AsInt())];
    s.usefulness_sum = static_cast<int>(row[1].AsInt());
    s.usefulness_count = static_cast<int>(row[2].AsInt());
  }
  return out;
}

Result<int64_t> SqlFeedbackRepository::MarkLapsed(const std::string& today, int64_t now) {
  ASSIGN_OR_RETURN(SqlRows rows,
                   tx_.Change("UPDATE feedback_reviewers SET status = 'lapsed', decided_at = ? "
                              "WHERE status IN ('invited', 'accepted') AND request_id IN "
                              "(SELECT id FROM feedback_requests WHERE deadline < ?)",
                              {now, today}));
  return rows.affected;
}

Result<std::vector<app::DueSlot>> SqlFeedbackRepository::ListDueSlots(const std::string& from,
                                                                      const std::string& to) {
  ASSIGN_OR_RETURN(
      SqlRows rows,
      tx_.Query("SELECT q.id, q.requester_id, s.reviewer_id, q.skill, q.artifact_title, "
                "q.deadline, s.status, q.created_at FROM feedback_requests q "
                "JOIN feedback_reviewers s ON s.request_id = q.id "
                "WHERE q.deadline >= ? AND q.deadline <= ? "
                "AND s.status IN ('invited', 'accepted') "
                "ORDER BY q.deadline, q.id, s.reviewer_id",
                {from, to}));
  std::vector<app::DueSlot> out;
  for (SqlRow& row : rows.rows) {
    app::DueSlot d;
    d.request = FeedbackRequestId(row[0].AsInt());
    d.requester = MemberId(row[1].AsInt());
    d.reviewer = MemberId(row[2].AsInt());
    d.skill = row[3].TakeText();
    d.artifact_title = row[4].TakeText();
    d.deadline = row[5].TakeText();
    std::optional<domain::ReviewerStatus> status = domain::ParseReviewerStatus(row[6].AsText());
    if (!status) {
      return InternalError("corrupt row in feedback_reviewers: unexpected status '" +
                           row[6].AsText() + "'");
    }
    d.status = *status;
    d.requested_at = row[7].AsInt();
    out.push_back(std::move(d));
  }
  return out;
}

Status SqlFeedbackRepository::RecordSelfAssessment(MemberId member, const domain::Skill& skill,
                                                   int64_t at) {
  return Done(
      tx_.Change("INSERT INTO skill_assessments (member_id, skill, skill_norm, level, assessed_at) "
                 "VALUES (?, ?, ?, ?, ?)",
                 {member.value(), skill.name, AsciiLower(skill.name), skill.level, at}));
}

Result<std::vector<domain::SelfAssessment>> SqlFeedbackRepository::ListSelfAssessments(
    MemberId member, const std::string& skill) {
  ASSIGN_OR_RETURN(SqlRows rows,
                   tx_.Query("SELECT skill, level, assessed_at FROM skill_assessments "
                             "WHERE member_id = ? AND skill_norm = ? ORDER BY assessed_at, id",
                             {member.value(), AsciiLower(skill)}));
  std::vector<domain::SelfAssessment> out;
  for (SqlRow& row : rows.rows) {
    out.push_back({row[0].TakeText(), static_cast<int>(row[1].AsInt()), row[2].AsInt()});
  }
  return out;
}

Result<std::vector<std::string>> SqlFeedbackRepository::SkillsWithOutsideFeedback(MemberId member) {
  ASSIGN_OR_RETURN(SqlRows rows,
                   tx_.Query("SELECT q.skill_norm FROM feedback_requests q "
                             "JOIN feedback_reviews r ON r.request_id = q.id "
                             "WHERE q.requester_id = ? "
                             "UNION SELECT skill_norm FROM endorsements WHERE member_id = ? "
                             "ORDER BY 1",
                             {member.value(), member.value()}));
  std::vector<std::string> out;
  for (SqlRow& row : rows.rows) out.push_back(row[0].TakeText());
  return out;
}

Result<std::vector<app::NearbyMember>> SqlFeedbackRepository::NearbyMembers(
    MemberId me, int limit, const std::vector<MemberId>& only) {
  // `adj` lists every connection in both directions; hop 1 = my connections,
  // hop 2 = their connections that are neither me nor one of mine.
  std::vector<SqlValue> params{me.value(), me.value(), me.value(), me.value()};
  std::string filter;
  if (!only.empty()) {
    filter = " AND id IN (" + Placeholders(only.size()) + ")";
    for (MemberId m : only) params.emplace_back(m.value());
  }
  params.emplace_back(limit);
  ASSIGN_OR_RETURN(
      SqlRows rows,
      tx_.Query("WITH adj (m, o) AS (SELECT a_id, b_id FROM connections "
                "UNION ALL SELECT b_id, a_id FROM connections), "
                "mine (o) AS (SELECT o FROM adj WHERE m = ?), "
                "near (id, hops, mutual) AS ("
                " SELECT o, 1, (SELECT COUNT(*) FROM adj x WHERE x.m = mine.o "
                "  AND x.o IN (SELECT o FROM mine)) FROM mine "
                " UNION ALL SELECT a.o, 2, COUNT(*) FROM adj a WHERE a.m IN (SELECT o FROM mine) "
                "  AND a.o <> ? AND a.o NOT IN (SELECT o FROM mine) GROUP BY a.o) "
                "SELECT id, hops, mutual FROM near WHERE NOT EXISTS (SELECT 1 FROM blocks b "
                " WHERE (b.blocker_id = ? AND b.blocked_id = near.id) "
                " OR (b.blocked_id = ? AND b.blocker_id = near.id))" +
                    filter + " ORDER BY hops, mutual DESC, id LIMIT ?",
                params));
  std::vector<app::NearbyMember> out;
  for (SqlRow& row : rows.rows) {
    out.push_back({MemberId(row[0].AsInt()), static_cast<int>(row[1].AsInt()),
                   static_cast<int>(row[2].AsInt())});
  }
  return out;
}

Status SqlFeedbackRepository::DeleteEndorsement(EndorsementId id) {
  return Done(tx_.Change("DELETE FROM endorsements WHERE id = ?", {id.value()}));
}

}  // namespace pln::store::sql
