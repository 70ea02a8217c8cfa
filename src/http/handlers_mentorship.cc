// Mentor offers, mentor discovery, mentorship requests and mentorships
// (issue 4). Markdown fields (help, message, notes) go out twice: the source
// and `*_html`, rendered safely.
#include <cmath>

#include "http/handlers.h"
#include "http/json/common.h"
#include "http/json_body.h"
#include "http/json_writer.h"
#include "http/query.h"

namespace pln::http {
namespace {

constexpr std::string_view kFormatValues = "video, in_person, chat, mixed";
constexpr std::string_view kCadenceValues = "weekly, biweekly, monthly";
constexpr std::string_view kGoalStatusValues = "open, in_progress, done";

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
  w.Key("median_response_hours");
  if (v.median_response_ms) {
    w.Int(*v.median_response_ms / (3600 * 1000));
  } else {
    w.Null();
  }
  w.Field("updated_at", FormatIso8601(o.updated_at)).EndObject();
}

void WriteRequest(JsonWriter& w, const app::MentorshipRequestView& v) {
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
  w.Key("mentorship");
  if (r.mentorship) {
    w.Int(r.mentorship->value());
  } else {
    w.Null();
  }
  w.EndObject();
}

void WriteMentorship(JsonWriter& w, const app::MentorshipView& v) {
  const domain::Mentorship& m = v.mentorship;
  w.BeginObject().Field("id", m.id.value()).Key("mentor");
  WriteMemberSummary(w, v.mentor);
  w.Key("mentee");
  WriteMemberSummary(w, v.mentee);
  w.Key("program");
  if (m.program) {
    w.Int(*m.program);
  } else {
    w.Null();
  }
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

void RespondWith(const app::OfferView& v, Response& out) {
  JsonWriter w(1024);
  WriteOffer(w, v);
  out.SetJson(200, w.Take());
}

void RespondWith(const app::MentorshipRequestView& v, int status, Response& out) {
  JsonWriter w(1024);
  WriteRequest(w, v);
  out.SetJson(status, w.Take());
}

void RespondWith(const app::MentorshipView& v, int status, Response& out) {
  JsonWriter w(2048);
  WriteMentorship(w, v);
  out.SetJson(status, w.Take());
}

Result<MentorshipRequestId> RequestIdParam(const Context& ctx) {
  ASSIGN_OR_RETURN(int64_t id, PathId(ctx, "id", "mentorship request"));
  return MentorshipRequestId(id);
}

Result<MentorshipId> MentorshipIdParam(const Context& ctx) {
  ASSIGN_OR_RETURN(int64_t id, PathId(ctx, "id", "mentorship"));
  return MentorshipId(id);
}

// Reads a body holding exactly one string field `key` (required or not).
Result<std::string> OneText(const Context& ctx, std::string_view key, Presence presence) {
  ASSIGN_OR_RETURN(nlohmann::json body, ParseJsonObject(ctx.request));
  std::vector<FieldError> errors;
  ObjectReader r(body, "", errors);
  std::string text = r.String(key, presence).value_or("");
  r.Finish();
  if (!errors.empty()) return ValidationError(std::move(errors));
  return text;
}

using RequestAction = Result<app::MentorshipRequestView> (app::MentorshipService::*)(
    MemberId, MentorshipRequestId, const std::string&);

// accept / withdraw take no body; decline / ask-info / answer one text field.
Status ActOnRequest(Context& ctx, Response& out, RequestAction action, std::string_view key) {
  ASSIGN_OR_RETURN(MentorshipRequestId id, RequestIdParam(ctx));
  ASSIGN_OR_RETURN(std::string text, OneText(ctx, key, Presence::kRequired));
  ASSIGN_OR_RETURN(app::MentorshipRequestView v,
                   (ctx.deps.services.mentorship.*action)(ctx.caller().member, id, text));
  RespondWith(v, 200, out);
  return Status::Ok();
}

}  // namespace

Status HandleGetMyMentorOffer(Context& ctx, Response& out) {
  ASSIGN_OR_RETURN(app::OfferView v, ctx.deps.services.mentorship.MyOffer(ctx.caller().member));
  RespondWith(v, out);
  return Status::Ok();
}

Status HandlePutMyMentorOffer(Context& ctx, Response& out) {
  ASSIGN_OR_RETURN(nlohmann::json body, ParseJsonObject(ctx.request));
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
  ASSIGN_OR_RETURN(app::OfferView v,
                   ctx.deps.services.mentorship.PutOffer(ctx.caller().member, std::move(in)));
  RespondWith(v, out);
  return Status::Ok();
}

Status HandleGetMentorOffer(Context& ctx, Response& out) {
  ASSIGN_OR_RETURN(int64_t id, PathId(ctx, "id", "member"));
  ASSIGN_OR_RETURN(app::OfferView v,
                   ctx.deps.services.mentorship.GetOffer(ctx.Viewer(), MemberId(id)));
  RespondWith(v, out);
  return Status::Ok();
}

Status HandleFindMentors(Context& ctx, Response& out) {
  ASSIGN_OR_RETURN(QueryParams query, QueryParams::Parse(ctx.request.query));
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
  ASSIGN_OR_RETURN(app::MentorPage page,
                   ctx.deps.services.mentorship.FindMentors(ctx.caller().member, search));
  JsonWriter w(256 + page.items.size() * 1024);
  w.BeginObject().Key("items").BeginArray();
  for (const app::MentorMatch& m : page.items) {
    w.BeginObject().Key("offer");
    WriteOffer(w, m.offer);
    w.Field("score", static_cast<int64_t>(std::lround(m.score * 100)))
        .Field("full", m.full)
        .StringArray("reasons", m.reasons)
        .EndObject();
  }
  w.EndArray().Key("next_cursor");
  if (page.next_cursor.empty()) {
    w.Null();
  } else {
    w.String(page.next_cursor);
  }
  w.EndObject();
  out.SetJson(200, w.Take());
  return Status::Ok();
}

Status HandleCreateMentorshipRequest(Context& ctx, Response& out) {
  ASSIGN_OR_RETURN(nlohmann::json body, ParseJsonObject(ctx.request));
  std::vector<FieldError> errors;
  ObjectReader r(body, "", errors);
  const int64_t mentor = r.Id("mentor").value_or(0);
  domain::MentorshipRequestInput in;
  in.message = r.String("message").value_or("");
  in.goals = r.StringArray("goals").value_or(std::vector<std::string>{});
  r.Finish();
  if (!errors.empty()) return ValidationError(std::move(errors));
  ASSIGN_OR_RETURN(app::MentorshipRequestView v,
                   ctx.deps.services.mentorship.CreateRequest(ctx.caller().member, MemberId(mentor),
                                                              std::move(in)));
  RespondWith(v, 201, out);
  return Status::Ok();
}

Status HandleListMentorshipRequests(Context& ctx, Response& out) {
  ASSIGN_OR_RETURN(QueryParams query, QueryParams::Parse(ctx.request.query));
  app::MentorshipRole role = app::MentorshipRole::kMentee;
  if (auto v = query.Get("role"); v && !v->empty()) {
    if (*v == "mentor") {
      role = app::MentorshipRole::kMentor;
    } else if (*v != "mentee") {
      return ValidationError({{"role", "must be one of: mentee, mentor"}});
    }
  }
  ASSIGN_OR_RETURN(auto items,
                   ctx.deps.services.mentorship.ListRequests(ctx.caller().member, role));
  JsonWriter w(256 + items.size() * 1024);
  w.BeginObject().Key("items").BeginArray();
  for (const auto& v : items) WriteRequest(w, v);
  w.EndArray().EndObject();
  out.SetJson(200, w.Take());
  return Status::Ok();
}

Status HandleGetMentorshipRequest(Context& ctx, Response& out) {
  ASSIGN_OR_RETURN(MentorshipRequestId id, RequestIdParam(ctx));
  ASSIGN_OR_RETURN(app::MentorshipRequestView v,
                   ctx.deps.services.mentorship.GetRequest(ctx.caller().member, id));
  RespondWith(v, 200, out);
  return Status::Ok();
}

Status HandleAcceptMentorshipRequest(Context& ctx, Response& out) {
  ASSIGN_OR_RETURN(MentorshipRequestId id, RequestIdParam(ctx));
  ASSIGN_OR_RETURN(app::MentorshipRequestView v,
                   ctx.deps.services.mentorship.Accept(ctx.caller().member, id));
  RespondWith(v, 200, out);
  return Status::Ok();
}

Status HandleWithdrawMentorshipRequest(Context& ctx, Response& out) {
  ASSIGN_OR_RETURN(MentorshipRequestId id, RequestIdParam(ctx));
  ASSIGN_OR_RETURN(app::MentorshipRequestView v,
                   ctx.deps.services.mentorship.Withdraw(ctx.caller().member, id));
  RespondWith(v, 200, out);
  return Status::Ok();
}

Status HandleDeclineMentorshipRequest(Context& ctx, Response& out) {
  return ActOnRequest(ctx, out, &app::MentorshipService::Decline, "reason");
}

Status HandleAskInfoMentorshipRequest(Context& ctx, Response& out) {
  return ActOnRequest(ctx, out, &app::MentorshipService::AskInfo, "question");
}

Status HandleAnswerMentorshipRequest(Context& ctx, Response& out) {
  return ActOnRequest(ctx, out, &app::MentorshipService::Answer, "answer");
}

Status HandleListMentorships(Context& ctx, Response& out) {
  ASSIGN_OR_RETURN(auto items, ctx.deps.services.mentorship.ListMentorships(ctx.caller().member));
  JsonWriter w(256 + items.size() * 2048);
  w.BeginObject().Key("items").BeginArray();
  for (const auto& v : items) WriteMentorship(w, v);
  w.EndArray().EndObject();
  out.SetJson(200, w.Take());
  return Status::Ok();
}

Status HandleGetMentorship(Context& ctx, Response& out) {
  ASSIGN_OR_RETURN(MentorshipId id, MentorshipIdParam(ctx));
  ASSIGN_OR_RETURN(app::MentorshipView v,
                   ctx.deps.services.mentorship.GetMentorship(ctx.caller().member, id));
  RespondWith(v, 200, out);
  return Status::Ok();
}

Status HandleAddMentorshipGoal(Context& ctx, Response& out) {
  ASSIGN_OR_RETURN(MentorshipId id, MentorshipIdParam(ctx));
  ASSIGN_OR_RETURN(std::string text, OneText(ctx, "text", Presence::kRequired));
  ASSIGN_OR_RETURN(app::MentorshipView v,
                   ctx.deps.services.mentorship.AddGoal(ctx.caller().member, id, text));
  RespondWith(v, 201, out);
  return Status::Ok();
}

Status HandleUpdateMentorshipGoal(Context& ctx, Response& out) {
  ASSIGN_OR_RETURN(MentorshipId id, MentorshipIdParam(ctx));
  ASSIGN_OR_RETURN(int64_t goal, PathId(ctx, "goalId", "goal"));
  ASSIGN_OR_RETURN(nlohmann::json body, ParseJsonObject(ctx.request));
  std::vector<FieldError> errors;
  ObjectReader r(body, "", errors);
  app::GoalChange change;
  change.text = r.String("text", Presence::kOptional);
  change.status = r.Enum<domain::GoalStatus>("status", Presence::kOptional, domain::ParseGoalStatus,
                                             kGoalStatusValues);
  r.Finish();
  if (!errors.empty()) return ValidationError(std::move(errors));
  ASSIGN_OR_RETURN(app::MentorshipView v,
                   ctx.deps.services.mentorship.UpdateGoal(ctx.caller().member, id, goal, change));
  RespondWith(v, 200, out);
  return Status::Ok();
}

Status HandleDeleteMentorshipGoal(Context& ctx, Response& out) {
  ASSIGN_OR_RETURN(MentorshipId id, MentorshipIdParam(ctx));
  ASSIGN_OR_RETURN(int64_t goal, PathId(ctx, "goalId", "goal"));
  ASSIGN_OR_RETURN(app::MentorshipView v,
                   ctx.deps.services.mentorship.DeleteGoal(ctx.caller().member, id, goal));
  RespondWith(v, 200, out);
  return Status::Ok();
}

Status HandleAddCheckIn(Context& ctx, Response& out) {
  ASSIGN_OR_RETURN(MentorshipId id, MentorshipIdParam(ctx));
  ASSIGN_OR_RETURN(nlohmann::json body, ParseJsonObject(ctx.request));
  std::vector<FieldError> errors;
  ObjectReader r(body, "", errors);
  domain::CheckIn in;
  in.date = r.String("date").value_or("");
  in.notes = r.String("notes").value_or("");
  in.next_steps = r.String("next_steps", Presence::kOptional).value_or("");
  r.Finish();
  if (!errors.empty()) return ValidationError(std::move(errors));
  ASSIGN_OR_RETURN(app::MentorshipView v,
                   ctx.deps.services.mentorship.AddCheckIn(ctx.caller().member, id, std::move(in)));
  RespondWith(v, 201, out);
  return Status::Ok();
}

Status HandleEndMentorship(Context& ctx, Response& out) {
  ASSIGN_OR_RETURN(MentorshipId id, MentorshipIdParam(ctx));
  ASSIGN_OR_RETURN(std::string note, OneText(ctx, "note", Presence::kOptional));
  ASSIGN_OR_RETURN(app::MentorshipView v,
                   ctx.deps.services.mentorship.End(ctx.caller().member, id, note));
  RespondWith(v, 200, out);
  return Status::Ok();
}

Status HandleMentorshipFeedback(Context& ctx, Response& out) {
  ASSIGN_OR_RETURN(MentorshipId id, MentorshipIdParam(ctx));
  ASSIGN_OR_RETURN(nlohmann::json body, ParseJsonObject(ctx.request));
  std::vector<FieldError> errors;
  ObjectReader r(body, "", errors);
  domain::CompletionFeedback in;
  in.helpfulness = static_cast<int>(r.Int("helpfulness", Presence::kRequired, 1, 5).value_or(0));
  in.went_well = r.String("went_well").value_or("");
  in.suggestion = r.String("suggestion", Presence::kOptional).value_or("");
  r.Finish();
  if (!errors.empty()) return ValidationError(std::move(errors));
  ASSIGN_OR_RETURN(app::MentorshipView v, ctx.deps.services.mentorship.LeaveFeedback(
                                              ctx.caller().member, id, std::move(in)));
  RespondWith(v, 201, out);
  return Status::Ok();
}

Status HandleMentorshipAlumni(Context& ctx, Response& out) {
  ASSIGN_OR_RETURN(MentorshipId id, MentorshipIdParam(ctx));
  ASSIGN_OR_RETURN(nlohmann::json body, ParseJsonObject(ctx.request));
  std::vector<FieldError> errors;
  ObjectReader r(body, "", errors);
  const bool visible = r.Bool("visible").value_or(false);
  r.Finish();
  if (!errors.empty()) return ValidationError(std::move(errors));
  ASSIGN_OR_RETURN(app::MentorshipView v,
                   ctx.deps.services.mentorship.SetAlumniVisible(ctx.caller().member, id, visible));
  RespondWith(v, 200, out);
  return Status::Ok();
}

Status HandleAlumniCheckInPlan(Context& ctx, Response& out) {
  ASSIGN_OR_RETURN(MentorshipId id, MentorshipIdParam(ctx));
  ASSIGN_OR_RETURN(nlohmann::json body, ParseJsonObject(ctx.request));
  std::vector<FieldError> errors;
  ObjectReader r(body, "", errors);
  const int64_t every = r.Int("every_months", Presence::kRequired, 0, 12).value_or(0);
  r.Finish();
  if (!errors.empty()) return ValidationError(std::move(errors));
  ASSIGN_OR_RETURN(app::MentorshipView v, ctx.deps.services.mentorship.SetAlumniCheckIn(
                                              ctx.caller().member, id, static_cast<int>(every)));
  RespondWith(v, 200, out);
  return Status::Ok();
}

Status HandleAddAlumniCheckIn(Context& ctx, Response& out) {
  ASSIGN_OR_RETURN(MentorshipId id, MentorshipIdParam(ctx));
  ASSIGN_OR_RETURN(std::string note, OneText(ctx, "note", Presence::kRequired));
  ASSIGN_OR_RETURN(app::MentorshipView v,
                   ctx.deps.services.mentorship.AddAlumniCheckIn(ctx.caller().member, id, note));
  RespondWith(v, 201, out);
  return Status::Ok();
}

Status HandleListMemberAlumni(Context& ctx, Response& out) {
  ASSIGN_OR_RETURN(int64_t id, PathId(ctx, "id", "member"));
  ASSIGN_OR_RETURN(auto ties, ctx.deps.services.mentorship.ListAlumni(ctx.Viewer(), MemberId(id)));
  JsonWriter w(256 + ties.size() * 256);
  w.BeginObject().Key("items").BeginArray();
  for (const app::AlumniTie& t : ties) {
    w.BeginObject().Field("mentorship", t.mentorship.value()).Key("other");
    WriteMemberSummary(w, t.other);
    w.Field("role", t.role)
        .Field("started_at", FormatIso8601(t.started_at))
        .Field("ended_at", FormatIso8601(t.ended_at))
        .EndObject();
  }
  w.EndArray().EndObject();
  out.SetJson(200, w.Take());
  return Status::Ok();
}

}  // namespace pln::http
