#include "http/json/feedback.h"

#include <algorithm>
#include <utility>

#include "base/clock.h"
#include "http/json/common.h"
#include "http/json_body.h"
#include "http/query.h"

namespace pln::http {
namespace {

void WriteRubric(JsonWriter& w, const domain::Rubric& rubric) {
  w.BeginObject().Key("criteria").BeginArray();
  for (const domain::Criterion& c : rubric.criteria) {
    w.BeginObject().Field("id", c.id).Field("name", c.name).StringArray("levels", c.levels);
    w.EndObject();
  }
  w.EndArray().EndObject();
}

void WriteTimelinePoint(JsonWriter& w, const app::TimelinePoint& p) {
  w.BeginObject().Field("at", FormatIso8601(p.at)).Field("kind", p.kind);
  w.Key("level");
  if (p.level_centis > 0) {
    w.Int(p.level_centis);
  } else {
    w.Null();
  }
  w.Key("source");
  if (p.source) {
    w.Int(*p.source);
  } else {
    w.Null();
  }
  w.EndObject();
}

void WriteReviewerSuggestion(JsonWriter& w, const app::ReviewerSuggestion& s) {
  w.BeginObject().Key("member");
  WriteMemberSummary(w, s.member);
  w.Field("skill_level", s.skill_level).Key("hops");
  if (s.hops) {
    w.Int(*s.hops);
  } else {
    w.Null();
  }
  w.Field("mutual", s.mutual).Key("via");
  if (s.via) {
    WriteMemberSummary(w, *s.via);
  } else {
    w.Null();
  }
  w.Key("reciprocity");
  WriteReciprocity(w, s.reciprocity);
  w.StringArray("reasons", s.reasons).EndObject();
}

}  // namespace

void WriteReview(JsonWriter& w, const domain::Review& r) {
  w.BeginObject()
      .Field("id", r.id.value())
      .Field("request", r.request.value())
      .Field("reviewer", r.reviewer.value());
  w.Key("ratings").BeginObject();
  for (const auto& [id, score] : r.ratings) w.Field(id, score);
  w.EndObject();
  WriteMarkdown(w, "strengths", r.strengths);
  WriteMarkdown(w, "improvements", r.improvements);
  WriteMarkdown(w, "next_step", r.next_step);
  w.Field("created_at", FormatIso8601(r.created_at)).Field("thanked", r.thanked);
  w.Key("reply");
  if (r.reply.empty()) {
    w.Null();
  } else {
    w.String(r.reply);
  }
  w.Key("usefulness");
  if (r.usefulness) {
    w.Int(*r.usefulness);
  } else {
    w.Null();
  }
  w.Field("on_profile", r.on_profile).EndObject();
}

void WriteFeedbackRequest(JsonWriter& w, const app::FeedbackRequestView& v) {
  const domain::FeedbackRequest& r = v.request;
  w.BeginObject().Field("id", r.id.value()).Key("requester");
  WriteMemberSummary(w, v.requester);
  w.Field("skill", r.skill).Key("artifact").BeginObject().Field("title", r.artifact.title);
  w.Key("url");
  if (r.artifact.url.empty()) {
    w.Null();
  } else {
    w.String(r.artifact.url);
  }
  WriteMarkdown(w, "text", r.artifact.text);
  w.EndObject();
  WriteMarkdown(w, "question", r.question);
  w.Key("rubric");
  WriteRubric(w, r.rubric);
  w.Field("deadline", r.deadline).Field("created_at", FormatIso8601(r.created_at));
  w.Key("reviewers").BeginArray();
  for (size_t i = 0; i < r.reviewers.size(); ++i) {
    w.BeginObject().Key("member");
    WriteMemberSummary(w, v.reviewers[i]);
    w.Field("status", domain::ToString(r.reviewers[i].status)).EndObject();
  }
  w.EndArray().Key("reviews").BeginArray();
  for (const domain::Review& review : v.reviews) WriteReview(w, review);
  w.EndArray().EndObject();
}

void WriteFeedbackRequestPage(JsonWriter& w, const app::Page<app::FeedbackRequestView>& page) {
  w.BeginObject().Key("items").BeginArray();
  for (const auto& v : page.items) WriteFeedbackRequest(w, v);
  w.EndArray();
  WriteNextCursor(w, page.next_cursor);
  w.EndObject();
}

void WriteShownReviews(JsonWriter& w, const std::vector<app::ShownReview>& items) {
  w.BeginObject().Key("items").BeginArray();
  for (const app::ShownReview& s : items) {
    w.BeginObject().Field("skill", s.skill).Field("artifact_title", s.artifact_title);
    w.Key("reviewer");
    WriteMemberSummary(w, s.reviewer);
    w.Key("review");
    WriteReview(w, s.review);
    w.EndObject();
  }
  w.EndArray().EndObject();
}

void WriteReciprocity(JsonWriter& w, const app::Reciprocity& r) {
  w.BeginObject().Field("given", r.given).Field("received", r.received);
  w.Key("median_response_hours");
  if (r.median_response_ms) {
    w.Int(*r.median_response_ms / (3600 * 1000));
  } else {
    w.Null();
  }
  w.Field("lapsed", r.lapsed).Key("usefulness");
  if (r.usefulness_centis) {
    w.Int(*r.usefulness_centis);
  } else {
    w.Null();
  }
  w.EndObject();
}

void WriteReviewerSuggestions(JsonWriter& w, const std::vector<app::ReviewerSuggestion>& items) {
  w.BeginObject().Key("items").BeginArray();
  for (const app::ReviewerSuggestion& s : items) WriteReviewerSuggestion(w, s);
  w.EndArray().EndObject();
}

void WriteEndorsement(JsonWriter& w, const app::EndorsementView& e) {
  w.BeginObject().Field("id", e.endorsement.id.value()).Key("endorser");
  WriteMemberSummary(w, e.endorser);
  w.Field("member", e.endorsement.member.value())
      .Field("skill", e.endorsement.skill)
      .Field("note", e.endorsement.note)
      .Field("created_at", FormatIso8601(e.endorsement.created_at))
      .EndObject();
}

void WriteEndorsements(JsonWriter& w, const std::vector<app::EndorsementView>& items) {
  w.BeginObject().Key("counts").BeginObject();
  std::vector<std::pair<std::string, int>> counts;
  for (const auto& e : items) {
    auto it = std::find_if(counts.begin(), counts.end(),
                           [&](const auto& c) { return c.first == e.endorsement.skill; });
    if (it == counts.end()) {
      counts.emplace_back(e.endorsement.skill, 1);
    } else {
      ++it->second;
    }
  }
  for (const auto& [skill, n] : counts) w.Field(skill, n);
  w.EndObject().Key("items").BeginArray();
  for (const auto& e : items) WriteEndorsement(w, e);
  w.EndArray().EndObject();
}

void WriteSkillTimeline(JsonWriter& w, const app::SkillTimeline& t) {
  w.BeginObject()
      .Field("skill", t.skill)
      .Field("review_count", t.review_count)
      .Field("endorsement_count", t.endorsement_count)
      .Field("has_outside_feedback", t.has_outside_feedback);
  w.Key("points").BeginArray();
  for (const app::TimelinePoint& p : t.points) WriteTimelinePoint(w, p);
  w.EndArray().Key("series").BeginObject().Key("self_assessments").BeginArray();
  for (const app::SelfAssessmentPoint& p : t.self_assessments) {
    w.BeginObject().Field("at", FormatIso8601(p.at)).Field("level", p.level).EndObject();
  }
  w.EndArray().Key("reviews").BeginArray();
  for (const app::ReviewPoint& p : t.reviews) {
    w.BeginObject()
        .Field("at", FormatIso8601(p.at))
        .Field("review", p.review.value())
        .Field("mean", p.mean_centis);
    w.Key("criteria").BeginArray();
    for (const app::CriterionRating& c : p.criteria) {
      w.BeginObject().Field("id", c.id).Field("name", c.name).Field("score", c.score).EndObject();
    }
    w.EndArray().EndObject();
  }
  w.EndArray().Key("endorsements").BeginArray();
  for (const app::EndorsementPoint& p : t.endorsements) {
    w.BeginObject()
        .Field("at", FormatIso8601(p.at))
        .Field("endorsement", p.endorsement.value())
        .Field("count", p.cumulative)
        .EndObject();
  }
  w.EndArray();
  for (const app::ExtraSeries& series : t.extra) {
    w.Key(series.kind).BeginArray();
    for (const app::TimelinePoint& p : series.points) WriteTimelinePoint(w, p);
    w.EndArray();
  }
  w.EndObject().StringArray("skills_without_feedback", t.skills_without_feedback).EndObject();
}

Result<domain::FeedbackRequestInput> ReadFeedbackRequestInput(const nlohmann::json& body) {
  std::vector<FieldError> errors;
  ObjectReader r(body, "", errors);
  domain::FeedbackRequestInput in;
  in.skill = r.String("skill").value_or("");
  if (auto a = r.Object("artifact")) {
    in.artifact.title = a->String("title").value_or("");
    in.artifact.url = a->String("url", Presence::kOptional).value_or("");
    in.artifact.text = a->String("text", Presence::kOptional).value_or("");
    a->Finish();
  }
  in.question = r.String("question").value_or("");
  in.reviewers = r.MemberIds("reviewers").value_or(std::vector<MemberId>{});
  in.deadline = r.String("deadline").value_or("");
  if (auto rubric = r.Object("rubric", Presence::kOptional)) {
    domain::Rubric parsed;
    rubric->ObjectArray("criteria", Presence::kRequired, [&](ObjectReader& c, size_t) {
      domain::Criterion criterion;
      criterion.id = c.String("id").value_or("");
      criterion.name = c.String("name").value_or("");
      criterion.levels = c.StringArray("levels").value_or(std::vector<std::string>{});
      parsed.criteria.push_back(std::move(criterion));
    });
    rubric->Finish();
    in.rubric = std::move(parsed);
  }
  r.Finish();
  if (!errors.empty()) return ValidationError(std::move(errors));
  return in;
}

Result<domain::ReviewInput> ReadReviewInput(const nlohmann::json& body) {
  std::vector<FieldError> errors;
  ObjectReader r(body, "", errors);
  domain::ReviewInput in;
  if (auto ratings = r.Object("ratings")) {
    // Every key is a criterion id; which ones the rubric has is the domain's check.
    for (const auto& [key, value] : body.at("ratings").items()) {
      in.ratings[key] =
          static_cast<int>(ratings->Int(key, Presence::kRequired, -1000, 1000).value_or(0));
    }
    ratings->Finish();
  }
  in.strengths = r.String("strengths").value_or("");
  in.improvements = r.String("improvements").value_or("");
  in.next_step = r.String("next_step").value_or("");
  r.Finish();
  if (!errors.empty()) return ValidationError(std::move(errors));
  return in;
}

Result<app::ReviewReaction> ReadReviewReaction(const nlohmann::json& body) {
  std::vector<FieldError> errors;
  ObjectReader r(body, "", errors);
  app::ReviewReaction reaction;
  reaction.thanked = r.Bool("thanked", Presence::kOptional);
  reaction.reply = r.String("reply", Presence::kOptional);
  if (auto u = r.Int("usefulness", Presence::kOptional, 1, 5)) {
    reaction.usefulness = static_cast<int>(*u);
  }
  reaction.on_profile = r.Bool("on_profile", Presence::kOptional);
  r.Finish();
  if (!errors.empty()) return ValidationError(std::move(errors));
  return reaction;
}

Result<app::EndorsementInput> ReadEndorsementInput(const nlohmann::json& body) {
  std::vector<FieldError> errors;
  ObjectReader r(body, "", errors);
  app::EndorsementInput in;
  in.skill = r.String("skill").value_or("");
  in.note = r.String("note", Presence::kOptional).value_or("");
  r.Finish();
  if (!errors.empty()) return ValidationError(std::move(errors));
  return in;
}

Result<FeedbackRequestsQuery> ReadFeedbackRequestsQuery(const Request& request) {
  ASSIGN_OR_RETURN(QueryParams query, QueryParams::Parse(request.query));
  FeedbackRequestsQuery out;
  if (auto v = query.Get("role"); v && !v->empty()) {
    if (*v == "reviewer") {
      out.role = app::FeedbackRole::kReviewer;
    } else if (*v != "requester") {
      return ValidationError({{"role", "must be one of: " + std::string(kFeedbackRoleValues)}});
    }
  }
  ASSIGN_OR_RETURN(out.limit, ParseLimit(query));
  out.cursor = std::string(query.Get("cursor").value_or(""));
  return out;
}

Result<std::string> ReadSuggestionSkill(const Request& request) {
  ASSIGN_OR_RETURN(QueryParams query, QueryParams::Parse(request.query));
  return std::string(query.Get("skill").value_or(""));
}

}  // namespace pln::http
