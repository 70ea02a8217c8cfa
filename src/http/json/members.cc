#include "http/json/members.h"

#include <vector>

#include "base/clock.h"
#include "http/json/common.h"
#include "http/json_body.h"

namespace pln::http {

namespace {

void WriteOpenTo(JsonWriter& w, const domain::OpenTo& open_to) {
  w.BeginObject()
      .Field("mentoring", open_to.mentoring)
      .Field("being_mentored", open_to.being_mentored)
      .Field("opportunities", open_to.opportunities)
      .EndObject();
}

void WriteSkills(JsonWriter& w, const std::vector<domain::Skill>& skills) {
  w.BeginArray();
  for (const domain::Skill& s : skills) {
    w.BeginObject().Field("name", s.name).Field("level", s.level).EndObject();
  }
  w.EndArray();
}

std::optional<domain::Visibility> ReadVisibility(ObjectReader& r, std::string_view key) {
  return r.Enum<domain::Visibility>(key, Presence::kOptional, domain::ParseVisibility,
                                    kVisibilityValues);
}

}  // namespace

void WriteProfile(JsonWriter& w, const domain::Profile& p) {
  w.BeginObject();
  w.Field("name", p.name).Field("headline", p.headline).Field("bio", p.bio);
  w.Field("location", p.location).Field("organization", p.organization);
  w.Field("stage", domain::ToString(p.stage));
  w.StringArray("fields", p.fields);
  w.Key("skills");
  WriteSkills(w, p.skills);
  w.StringArray("goals", p.goals);
  w.Key("open_to");
  WriteOpenTo(w, p.open_to);
  const domain::SectionVisibility& v = p.visibility;
  w.Key("visibility").BeginObject();
  w.Field("bio", domain::ToString(v.bio)).Field("details", domain::ToString(v.details));
  w.Field("skills", domain::ToString(v.skills)).Field("goals", domain::ToString(v.goals));
  w.Field("connections", domain::ToString(v.connections));
  w.EndObject();
  w.Field("discoverable", p.discoverable);
  w.EndObject();
}

std::string MeJson(const app::MeView& me, std::optional<std::string_view> csrf_token) {
  JsonWriter w(1024);
  const domain::Member& m = me.member;
  w.BeginObject();
  w.Field("id", m.id.value()).Field("email", m.email).Field("role", domain::ToString(m.role));
  w.Field("created_at", FormatIso8601(m.created_at));
  w.Key("profile");
  WriteProfile(w, m.profile);
  w.Field("connection_count", me.connection_count);
  if (csrf_token) w.Field("csrf_token", *csrf_token);
  w.EndObject();
  return w.Take();
}

void WriteMemberView(JsonWriter& w, const domain::MemberView& v) {
  w.BeginObject();
  w.Field("id", v.id.value()).Field("name", v.name).Field("headline", v.headline);
  w.Field("stage", domain::ToString(v.stage));
  if (v.bio) w.Field("bio", *v.bio);
  if (v.location) w.Field("location", *v.location);
  if (v.organization) w.Field("organization", *v.organization);
  if (v.open_to) {
    w.Key("open_to");
    WriteOpenTo(w, *v.open_to);
  }
  if (v.fields) w.StringArray("fields", *v.fields);
  if (v.skills) {
    w.Key("skills");
    WriteSkills(w, *v.skills);
  }
  if (v.goals) w.StringArray("goals", *v.goals);
  w.Key("hidden_sections").BeginArray();
  for (domain::Section s : v.hidden_sections) w.String(domain::ToString(s));
  w.EndArray();
  const domain::Relationship& r = v.relationship;
  w.Key("relationship").BeginObject();
  w.Field("connection", domain::ConnectionState(r));
  if (r.pending_outgoing) {
    w.Field("request_id", r.pending_outgoing->value());
  } else if (r.pending_incoming) {
    w.Field("request_id", r.pending_incoming->value());
  }
  w.Field("following", r.following).Field("followed_by", r.followed_by);
  w.EndObject();
  if (v.actions) {
    const domain::MemberActions& a = *v.actions;
    w.Key("actions").BeginObject();
    w.Field("can_connect", a.can_connect)
        .Field("can_answer_request", a.can_answer_request)
        .Field("can_follow", a.can_follow)
        .Field("can_ask_mentor", a.can_ask_mentor);
    if (!a.ask_mentor_note.empty()) w.Field("ask_mentor_note", a.ask_mentor_note);
    w.EndObject();
  }
  w.EndObject();
}

Result<domain::ProfilePatch> ReadProfilePatch(const nlohmann::json& body) {
  std::vector<FieldError> errors;
  ObjectReader r(body, "", errors);
  domain::ProfilePatch patch;
  constexpr Presence kOpt = Presence::kOptional;
  patch.name = r.String("name", kOpt);
  patch.headline = r.String("headline", kOpt);
  patch.bio = r.String("bio", kOpt);
  patch.location = r.String("location", kOpt);
  patch.organization = r.String("organization", kOpt);
  patch.stage = r.Enum<domain::CareerStage>("stage", kOpt, domain::ParseCareerStage, kStageValues);
  patch.fields = r.StringArray("fields", kOpt);
  patch.goals = r.StringArray("goals", kOpt);

  std::vector<domain::Skill> skills;
  bool skills_ok = true;
  const size_t errors_before = errors.size();
  if (r.ObjectArray("skills", kOpt, [&](ObjectReader& s, size_t) {
        std::optional<std::string> name = s.String("name");
        std::optional<int64_t> level = s.Int("level", Presence::kRequired, 1, 5);
        if (name && level) {
          skills.push_back({std::move(*name), static_cast<int>(*level)});
        } else {
          skills_ok = false;
        }
      })) {
    if (skills_ok && errors.size() == errors_before) patch.skills = std::move(skills);
  }

  if (std::optional<ObjectReader> o = r.Object("open_to", kOpt)) {
    patch.open_mentoring = o->Bool("mentoring", kOpt);
    patch.open_being_mentored = o->Bool("being_mentored", kOpt);
    patch.open_opportunities = o->Bool("opportunities", kOpt);
    o->Finish();
  }
  if (std::optional<ObjectReader> v = r.Object("visibility", kOpt)) {
    patch.vis_bio = ReadVisibility(*v, "bio");
    patch.vis_details = ReadVisibility(*v, "details");
    patch.vis_skills = ReadVisibility(*v, "skills");
    patch.vis_goals = ReadVisibility(*v, "goals");
    patch.vis_connections = ReadVisibility(*v, "connections");
    v->Finish();
  }
  patch.discoverable = r.Bool("discoverable", kOpt);
  r.Finish();
  if (!errors.empty()) return ValidationError(std::move(errors));
  return patch;
}

Result<DirectoryQuery> ReadDirectoryQuery(const Request& request) {
  ASSIGN_OR_RETURN(QueryParams query, QueryParams::Parse(request.query));
  std::vector<FieldError> errors;
  DirectoryQuery out;
  domain::DirectoryFilter& filter = out.filter;
  if (auto q = query.Get("q")) filter.text = std::string(*q);
  if (auto field = query.Get("field"); field && !field->empty()) filter.field = std::string(*field);
  if (auto skill = query.Get("skill"); skill && !skill->empty()) filter.skill = std::string(*skill);
  if (auto stage = query.Get("stage"); stage && !stage->empty()) {
    filter.stage = domain::ParseCareerStage(*stage);
    if (!filter.stage) errors.push_back({"stage", "must be one of: " + std::string(kStageValues)});
  }
  if (auto open_to = query.Get("open_to"); open_to && !open_to->empty()) {
    if (*open_to == "mentoring" || *open_to == "being_mentored" || *open_to == "opportunities") {
      filter.open_to = std::string(*open_to);
    } else {
      errors.push_back({"open_to", "must be one of: " + std::string(kOpenToValues)});
    }
  }
  out.page = ReadPageParams(query, errors);
  if (!errors.empty()) return ValidationError(std::move(errors));
  return out;
}

void WriteMemberPage(JsonWriter& w, const app::Page<domain::MemberView>& page) {
  w.BeginObject().Key("items").BeginArray();
  for (const domain::MemberView& view : page.items) WriteMemberView(w, view);
  w.EndArray();
  WriteNextCursor(w, page.next_cursor);
  w.EndObject();
}

}  // namespace pln::http
