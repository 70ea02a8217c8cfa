#include "http/json/mentorship.h"

#include <cmath>
#include <optional>
#include <utility>

#include "base/clock.h"
#include "http/json/common.h"
#include "http/query.h"

namespace pln::http {
namespace {

// Allowed values, for 422 messages ("must be one of: …").
constexpr std::string_view kFormatValues = "video, in_person, chat, mixed";
constexpr std::string_view kCadenceValues = "weekly, biweekly, monthly";
constexpr std::string_view kGoalStatusValues = "open, in_progress, done";

// A JSON integer, or null when unset.
void WriteOptionalInt(JsonWriter& w, std::string_view key, const std::optional<int64_t>& value) {
  w.Key(key);
  if (value) {
    w.Int(*value);
  } else {
    w.Null();
  }
}

template <typename T, typename Write>
std::string ItemsJson(const std::vector<T>& items, size_t bytes_per_item, Write write) {
  JsonWriter w(256 + items.size() * bytes_per_item);
  w.BeginObject().Key("items").BeginArray();
  for (const T& item : items) write(w, item);
  w.EndArray().EndObject();
  return w.Take();
}

}  // namespace

void WriteOffer(JsonWriter& w, const app::OfferView& v) {
  const domain::MentorOffer& o = v.offer;
  w.BeginObject().Key("mentor");
  WriteMemberSummary(w, v.mentor);
  w.StringArray("fields", o.fields).StringArray("skills", o.skills);
  WriteMarkdown(w, "help", o.help);
  w.Field("format", domain::ToString(o.format))
      .Field("cadence", domain::ToString(o.cadence))
      .Field("capacity", o.capacity)
      .Field("paused", o.paused)
      .Field("open_slots", v.open_slots);
  WriteOptionalTime(w, "last_active_at", v.last_active_at);
  std::optional<int64_t> hours;
  if (v.median_response_ms) hours = *v.median_response_ms / (3600 * 1000);
  WriteOptionalInt(w, "median_response_hours", hours);
  w.Field("updated_at", FormatIso8601(o.updated_at)).EndObject();
}

void WriteMentorshipRequest(JsonWriter& w, const app::MentorshipRequestView& v) {
  const domain::MentorshipRequest& r = v.request;
  w.BeginObject().Field("id", r.id.value()).Key("mentee");
  WriteMemberSummary(w, v.mentee);
  w.Key("mentor");
  WriteMemberSummary(w, v.mentor);
  WriteMarkdown(w, "message", r.message);
  w.StringArray("goals", r.goals).Field("status", domain::ToString(r.status));
  w.Field("decline_reason", r.decline_reason)
      .Field("info_question", r.info_question)
      .Field("info_answer", r.info_answer)
      .Field("created_at", FormatIso8601(r.created_at))
      .Field("expires_at", FormatIso8601(r.expires_at));
  WriteOptionalTime(w, "closed_at", r.closed_at);
  std::optional<int64_t> mentorship;
  if (r.mentorship) mentorship = r.mentorship->value();
  WriteOptionalInt(w, "mentorship", mentorship);
  w.EndObject();
}

void WriteMentorship(JsonWriter& w, const app::MentorshipView& v) {
  const domain::Mentorship& m = v.mentorship;
  w.BeginObject().Field("id", m.id.value()).Key("mentor");
  WriteMemberSummary(w, v.mentor);
  w.Key("mentee");
  WriteMemberSummary(w, v.mentee);
  WriteOptionalInt(w, "program", m.program);
  w.Field("cadence", domain::ToString(m.cadence))
      .Field("status", domain::ToString(m.status))
      .Field("started_at", FormatIso8601(m.started_at));
  WriteOptionalTime(w, "ended_at", m.ended_at);
  w.Field("end_note", m.end_note);
  WriteOptionalTime(w, "last_check_in_at", m.last_check_in_at);
  w.Field("next_check_in_due", FormatIso8601(v.next_check_in_due))
      .Field("check_in_overdue", v.check_in_overdue)
      .Field("mentor_shows_alumni", m.mentor_shows_alumni)
      .Field("mentee_shows_alumni", m.mentee_shows_alumni)
      .Field("alumni_visible", domain::AlumniTieVisible(m));
  w.Key("goals").BeginArray();
  for (const domain::MentorshipGoal& g : m.goals) {
    w.BeginObject()
        .Field("id", g.id)
        .Field("text", g.text)
        .Field("status", domain::ToString(g.status))
        .EndObject();
  }
  w.EndArray().Key("check_ins").BeginArray();
  for (const domain::CheckIn& c : v.check_ins) {
    w.BeginObject().Field("id", c.id).Field("author", c.author.value()).Field("date", c.date);
    WriteMarkdown(w, "notes", c.notes);
    WriteMarkdown(w, "next_steps", c.next_steps);
    w.Field("created_at", FormatIso8601(c.created_at)).EndObject();
  }
  w.EndArray().Key("feedback").BeginArray();
  for (const domain::CompletionFeedback& f : v.feedback) {
    w.BeginObject()
        .Field("author", f.author.value())
        .Field("helpfulness", f.helpfulness)
        .Field("went_well", f.went_well)
        .Field("suggestion", f.suggestion)
        .Field("created_at", FormatIso8601(f.created_at))
        .EndObject();
  }
  w.EndArray().Key("alumni_check_in").BeginObject().Key("plans").BeginArray();
  for (const app::AlumniPlanView& p : v.alumni_plans) {
    w.BeginObject()
        .Field("member", p.plan.member.value())
        .Field("every_months", p.plan.every_months)
        .Field("next_due", FormatIso8601(p.next_due))
        .Field("due", p.due)
        .EndObject();
  }
  w.EndArray().Key("notes").BeginArray();
  for (const domain::AlumniCheckIn& c : v.alumni_check_ins) {
    w.BeginObject().Field("id", c.id).Field("author", c.author.value());
    WriteMarkdown(w, "note", c.note);
    w.Field("created_at", FormatIso8601(c.created_at)).EndObject();
  }
  w.EndArray().EndObject().EndObject();
}

void WriteAlumniTie(JsonWriter& w, const app::AlumniTie& t) {
  w.BeginObject().Field("mentorship", t.mentorship.value()).Key("other");
  WriteMemberSummary(w, t.other);
  w.Field("role", t.role)
      .Field("started_at", FormatIso8601(t.started_at))
      .Field("ended_at", FormatIso8601(t.ended_at))
      .EndObject();
}

std::string OfferJson(const app::OfferView& offer) {
  JsonWriter w(1024);
  WriteOffer(w, offer);
  return w.Take();
}

std::string MentorPageJson(const app::MentorPage& page) {
  JsonWriter w(256 + page.items.size() * 1024);
  w.BeginObject().Key("items").BeginArray();
  for (const app::MentorMatch& m : page.items) {
    w.BeginObject().Key("offer");
    WriteOffer(w, m.offer);
    // The score goes out as a percentage (0..100).
    w.Field("score", static_cast<int64_t>(std::lround(m.score * 100)))
        .Field("full", m.full)
        .StringArray("reasons", m.reasons)
        .Field("askable", m.askable);
    if (!m.askable) {
      w.Field("not_askable", m.not_askable_code).Field("not_askable_reason", m.not_askable_reason);
    }
    w.EndObject();
  }
  w.EndArray();
  std::optional<std::string> next;
  if (!page.next_cursor.empty()) next = page.next_cursor;
  WriteNextCursor(w, next);
  w.EndObject();
  return w.Take();
}

std::string MentorshipRequestJson(const app::MentorshipRequestView& request) {
  JsonWriter w(1024);
  WriteMentorshipRequest(w, request);
  return w.Take();
}

std::string MentorshipRequestListJson(const std::vector<app::MentorshipRequestView>& items) {
  return ItemsJson(items, 1024, WriteMentorshipRequest);
}

std::string MentorshipJson(const app::MentorshipView& mentorship) {
  JsonWriter w(2048);
  WriteMentorship(w, mentorship);
  return w.Take();
}

std::string MentorshipListJson(const std::vector<app::MentorshipView>& items) {
  return ItemsJson(items, 2048, WriteMentorship);
}

std::string AlumniTieListJson(const std::vector<app::AlumniTie>& ties) {
  return ItemsJson(ties, 256, WriteAlumniTie);
}

Result<app::OfferInput> ReadOfferInput(const nlohmann::json& body) {
  std::vector<FieldError> errors;
  ObjectReader r(body, "", errors);
  app::OfferInput in;
  in.fields = r.StringArray("fields", Presence::kOptional).value_or(std::vector<std::string>{});
  in.skills = r.StringArray("skills", Presence::kOptional).value_or(std::vector<std::string>{});
  in.help = r.String("help").value_or("");
  in.format = r.Enum<domain::MentorFormat>("format", Presence::kRequired, domain::ParseMentorFormat,
                                           kFormatValues)
                  .value_or(domain::MentorFormat::kVideo);
  in.cadence =
      r.Enum<domain::Cadence>("cadence", Presence::kRequired, domain::ParseCadence, kCadenceValues)
          .value_or(domain::Cadence::kBiweekly);
  in.capacity = static_cast<int>(r.Int("capacity", Presence::kRequired, 1, 20).value_or(1));
  in.paused = r.Bool("paused", Presence::kOptional).value_or(false);
  r.Finish();
  if (!errors.empty()) return ValidationError(std::move(errors));
  return in;
}

Result<app::MentorSearch> ReadMentorSearch(const Request& request) {
  ASSIGN_OR_RETURN(QueryParams query, QueryParams::Parse(request.query));
  std::vector<FieldError> errors;
  if (auto f = query.Get("for"); f && !f->empty() && *f != "me") {
    errors.push_back({"for", "must be me (mentors are ranked for the caller)"});
  }
  app::MentorSearch search;
  if (auto field = query.Get("field"); field && !field->empty()) search.field = std::string(*field);
  if (auto skill = query.Get("skill"); skill && !skill->empty()) search.skill = std::string(*skill);
  Result<int> limit = ParseLimit(query);
  if (!limit.ok()) {
    for (const FieldError& e : limit.error().details()) errors.push_back(e);
  }
  if (!errors.empty()) return ValidationError(std::move(errors));
  search.limit = *limit;
  search.cursor = std::string(query.Get("cursor").value_or(""));
  return search;
}

Result<NewMentorshipRequest> ReadNewMentorshipRequest(const nlohmann::json& body) {
  std::vector<FieldError> errors;
  ObjectReader r(body, "", errors);
  NewMentorshipRequest in;
  in.mentor = MemberId(r.Id("mentor").value_or(0));
  in.input.message = r.String("message").value_or("");
  in.input.goals = r.StringArray("goals").value_or(std::vector<std::string>{});
  r.Finish();
  if (!errors.empty()) return ValidationError(std::move(errors));
  return in;
}

Result<app::MentorshipRole> ReadMentorshipRole(const Request& request) {
  ASSIGN_OR_RETURN(QueryParams query, QueryParams::Parse(request.query));
  auto v = query.Get("role");
  if (!v || v->empty() || *v == "mentee") return app::MentorshipRole::kMentee;
  if (*v == "mentor") return app::MentorshipRole::kMentor;
  return ValidationError({{"role", "must be one of: mentee, mentor"}});
}

Result<std::string> ReadTextBody(const nlohmann::json& body, std::string_view key,
                                 Presence presence) {
  std::vector<FieldError> errors;
  ObjectReader r(body, "", errors);
  std::string text = r.String(key, presence).value_or("");
  r.Finish();
  if (!errors.empty()) return ValidationError(std::move(errors));
  return text;
}

Result<app::GoalChange> ReadGoalChange(const nlohmann::json& body) {
  std::vector<FieldError> errors;
  ObjectReader r(body, "", errors);
  app::GoalChange change;
  change.text = r.String("text", Presence::kOptional);
  change.status = r.Enum<domain::GoalStatus>("status", Presence::kOptional, domain::ParseGoalStatus,
                                             kGoalStatusValues);
  r.Finish();
  if (!errors.empty()) return ValidationError(std::move(errors));
  return change;
}

Result<domain::CheckIn> ReadCheckIn(const nlohmann::json& body) {
  std::vector<FieldError> errors;
  ObjectReader r(body, "", errors);
  domain::CheckIn in;
  in.date = r.String("date").value_or("");
  in.notes = r.String("notes").value_or("");
  in.next_steps = r.String("next_steps", Presence::kOptional).value_or("");
  r.Finish();
  if (!errors.empty()) return ValidationError(std::move(errors));
  return in;
}

Result<domain::CompletionFeedback> ReadCompletionFeedback(const nlohmann::json& body) {
  std::vector<FieldError> errors;
  ObjectReader r(body, "", errors);
  domain::CompletionFeedback in;
  in.helpfulness = static_cast<int>(r.Int("helpfulness", Presence::kRequired, 1, 5).value_or(0));
  in.went_well = r.String("went_well").value_or("");
  in.suggestion = r.String("suggestion", Presence::kOptional).value_or("");
  r.Finish();
  if (!errors.empty()) return ValidationError(std::move(errors));
  return in;
}

Result<bool> ReadAlumniVisible(const nlohmann::json& body) {
  std::vector<FieldError> errors;
  ObjectReader r(body, "", errors);
  const bool visible = r.Bool("visible").value_or(false);
  r.Finish();
  if (!errors.empty()) return ValidationError(std::move(errors));
  return visible;
}

Result<int> ReadAlumniCheckInPlan(const nlohmann::json& body) {
  std::vector<FieldError> errors;
  ObjectReader r(body, "", errors);
  const int64_t every = r.Int("every_months", Presence::kRequired, 0, 12).value_or(0);
  r.Finish();
  if (!errors.empty()) return ValidationError(std::move(errors));
  return static_cast<int>(every);
}

}  // namespace pln::http
