#include "http/json/programs.h"

#include "base/clock.h"
#include "base/text.h"
#include "http/json/common.h"
#include "http/json_body.h"
#include "http/json_writer.h"

namespace pln::http {
namespace {

void WriteIdArray(JsonWriter& w, std::string_view key, const std::vector<MemberId>& ids) {
  w.Key(key).BeginArray();
  for (MemberId id : ids) w.Int(id.value());
  w.EndArray();
}

// The program's own fields, inside an object the caller opened.
void WriteProgramFields(JsonWriter& w, const app::ProgramSummary& s) {
  const domain::Program& p = s.program;
  w.Field("id", p.id.value())
      .Field("name", p.name)
      .Field("description", p.description)
      .Field("status", domain::ToString(p.status))
      .Field("exclude_same_organization", p.exclude_same_organization)
      .Field("default_capacity", p.default_capacity)
      .Field("my_role", app::ToString(s.my_role))
      .Field("mentees", s.mentees)
      .Field("mentors", s.mentors)
      .Field("created_at", FormatIso8601(p.created_at));
  WriteOptionalTime(w, "published_at", p.published_at);
}

void WriteParticipant(JsonWriter& w, const app::ParticipantView& v, bool with_email) {
  w.BeginObject().Key("member");
  WriteMemberSummary(w, v.member);
  if (with_email) w.Field("email", v.email);
  w.Field("role", domain::ToString(v.participant.role)).Field("capacity", v.participant.capacity);
  WriteIdArray(w, "ranked", v.participant.ranked);
  WriteIdArray(w, "avoid", v.participant.avoid);
  w.EndObject();
}

// A pair's score and reasons, inside the pair's object.
void WritePairFields(JsonWriter& w, const domain::ProposedPair& p) {
  w.Field("score_milli", p.score_milli).Field("fit_milli", p.fit_milli).Key("preference_rank");
  if (p.preference_rank > 0) {
    w.Int(p.preference_rank);
  } else {
    w.Null();
  }
  w.Field("pinned", p.pinned).StringArray("reasons", p.reasons);
}

void WriteImportRowFields(JsonWriter& w, const domain::ImportRow& r) {
  w.Field("line", r.line)
      .Field("email", r.email)
      .Field("role", domain::ToString(r.role))
      .Field("capacity", r.capacity);
}

// null: the mentorship activity is not available (shown as "–").
void WriteOptionalInt(JsonWriter& w, std::string_view key, const std::optional<int>& v) {
  w.Key(key);
  if (v) {
    w.Int(*v);
  } else {
    w.Null();
  }
}

}  // namespace

std::string ProgramJson(const app::ProgramView& v) {
  JsonWriter w(1024 + v.counterparts.size() * 256);
  w.BeginObject();
  WriteProgramFields(w, v.summary);
  w.Key("leads").BeginArray();
  for (const auto& l : v.leads) WriteMemberSummary(w, l);
  w.EndArray().Key("me");
  if (v.me) {
    WriteParticipant(w, *v.me, false);
  } else {
    w.Null();
  }
  w.Key("counterparts").BeginArray();
  for (const auto& c : v.counterparts) WriteParticipant(w, c, false);
  w.EndArray().Key("my_pairs").BeginArray();
  for (size_t i = 0; i < v.my_pairs.size(); ++i) {
    w.BeginObject().Field("mentee", v.my_pairs[i].mentee.value());
    w.Field("mentor", v.my_pairs[i].mentor.value()).Key("partner");
    WriteMemberSummary(w, v.my_partners[i]);
    w.EndObject();
  }
  w.EndArray().EndObject();
  return w.Take();
}

std::string ProgramListJson(const std::vector<app::ProgramSummary>& items) {
  JsonWriter w(128 + items.size() * 384);
  w.BeginObject().Key("items").BeginArray();
  for (const auto& s : items) {
    w.BeginObject();
    WriteProgramFields(w, s);
    w.EndObject();
  }
  w.EndArray().EndObject();
  return w.Take();
}

std::string ImportPreviewJson(const app::ImportPreview& p, bool committed) {
  JsonWriter w(1024 + (p.to_add.size() + p.already_participants.size()) * 256);
  w.BeginObject().Field("committed", committed).Field("can_commit", p.can_commit());
  auto rows = [&](std::string_view key, const std::vector<app::ImportPreviewRow>& rows) {
    w.Key(key).BeginArray();
    for (const auto& r : rows) {
      w.BeginObject();
      WriteImportRowFields(w, r.row);
      w.Key("member");
      WriteMemberSummary(w, r.member);
      w.EndObject();
    }
    w.EndArray();
  };
  rows("to_add", p.to_add);
  rows("already_participants", p.already_participants);
  auto plain = [&](std::string_view key, const std::vector<domain::ImportRow>& rows) {
    w.Key(key).BeginArray();
    for (const auto& r : rows) {
      w.BeginObject();
      WriteImportRowFields(w, r);
      w.EndObject();
    }
    w.EndArray();
  };
  plain("unknown_emails", p.unknown_emails);
  plain("duplicates", p.duplicates);
  w.Key("errors").BeginArray();
  for (const auto& e : p.errors) {
    w.BeginObject().Field("line", e.line).Field("field", e.field).Field("message", e.message);
    w.EndObject();
  }
  w.EndArray().EndObject();
  return w.Take();
}

std::string ParticipantListJson(const std::vector<app::ParticipantView>& items) {
  JsonWriter w(128 + items.size() * 320);
  w.BeginObject().Key("items").BeginArray();
  for (const auto& p : items) WriteParticipant(w, p, true);
  w.EndArray().EndObject();
  return w.Take();
}

std::string ConstraintListJson(const std::vector<domain::PairConstraint>& items) {
  JsonWriter w(128 + items.size() * 64);
  w.BeginObject().Key("items").BeginArray();
  for (const auto& c : items) {
    w.BeginObject()
        .Field("mentee", c.mentee.value())
        .Field("mentor", c.mentor.value())
        .Field("rule", domain::ToString(c.rule))
        .EndObject();
  }
  w.EndArray().EndObject();
  return w.Take();
}

std::string ProposalJson(const app::ProposalView& v) {
  JsonWriter w(512 + v.proposal.pairs.size() * 512);
  w.BeginObject()
      .Field("published", v.published)
      .Field("computed_at", FormatIso8601(v.proposal.computed_at))
      .Field("matched", static_cast<int64_t>(v.proposal.pairs.size()))
      .Field("unmatched_count", static_cast<int64_t>(v.proposal.unmatched.size()))
      .Field("total_score_milli", v.proposal.total_score_milli);
  w.Key("pairs").BeginArray();
  for (size_t i = 0; i < v.proposal.pairs.size(); ++i) {
    w.BeginObject().Key("mentee");
    WriteMemberSummary(w, v.mentees[i]);
    w.Key("mentor");
    WriteMemberSummary(w, v.mentors[i]);
    WritePairFields(w, v.proposal.pairs[i]);
    w.EndObject();
  }
  w.EndArray().Key("unmatched").BeginArray();
  for (size_t i = 0; i < v.proposal.unmatched.size(); ++i) {
    w.BeginObject().Key("mentee");
    WriteMemberSummary(w, v.unmatched[i]);
    w.Field("reason", v.proposal.unmatched[i].reason).EndObject();
  }
  w.EndArray().EndObject();
  return w.Take();
}

std::string DashboardJson(const app::Dashboard& d) {
  JsonWriter w(512 + d.pairs.size() * 512);
  w.BeginObject()
      .Field("status", domain::ToString(d.status))
      .Field("mentees", d.mentees)
      .Field("mentors", d.mentors)
      .Field("capacity", d.capacity)
      .Field("matched", d.matched)
      .Field("unmatched", d.unmatched);
  WriteOptionalInt(w, "check_ins", d.check_ins);
  WriteOptionalInt(w, "at_risk", d.at_risk);
  w.Key("pairs").BeginArray();
  for (const app::DashboardPair& p : d.pairs) {
    w.BeginObject().Key("mentee");
    WriteMemberSummary(w, p.mentee);
    w.Key("mentor");
    WriteMemberSummary(w, p.mentor);
    WritePairFields(w, p.pair);
    WriteOptionalInt(w, "check_ins",
                     p.activity ? std::optional<int>(p.activity->check_ins) : std::optional<int>());
    WriteOptionalTime(w, "last_check_in",
                      p.activity ? p.activity->last_check_in : std::optional<int64_t>());
    w.Key("at_risk");
    if (p.at_risk) {
      w.Bool(*p.at_risk);
    } else {
      w.Null();
    }
    w.EndObject();
  }
  w.EndArray().EndObject();
  return w.Take();
}

Result<domain::ProgramInput> ReadProgramInput(const nlohmann::json& body) {
  std::vector<FieldError> errors;
  ObjectReader r(body, "", errors);
  domain::ProgramInput in;
  in.name = r.String("name").value_or("");
  in.description = r.String("description", Presence::kOptional).value_or("");
  in.exclude_same_organization =
      r.Bool("exclude_same_organization", Presence::kOptional).value_or(false);
  in.default_capacity =
      static_cast<int>(r.Int("default_capacity", Presence::kOptional, 1, 20).value_or(2));
  r.Finish();
  if (!errors.empty()) return ValidationError(std::move(errors));
  return in;
}

Result<PreferencesInput> ReadPreferencesInput(const nlohmann::json& body) {
  constexpr size_t kMaxListed = 100;
  std::vector<FieldError> errors;
  ObjectReader r(body, "", errors);
  PreferencesInput in;
  in.ranked =
      r.MemberIds("ranked", Presence::kOptional, kMaxListed).value_or(std::vector<MemberId>{});
  in.avoid =
      r.MemberIds("avoid", Presence::kOptional, kMaxListed).value_or(std::vector<MemberId>{});
  r.Finish();
  if (!errors.empty()) return ValidationError(std::move(errors));
  return in;
}

Result<ConstraintInput> ReadConstraintInput(const nlohmann::json& body) {
  std::vector<FieldError> errors;
  ObjectReader r(body, "", errors);
  auto mentee = r.Id("mentee");
  auto mentor = r.Id("mentor");
  auto rule = r.String("rule");
  r.Finish();
  ConstraintInput in;
  if (rule && *rule != "none") {
    in.rule = domain::ParsePairRule(*rule);
    if (!in.rule) errors.push_back({"rule", "must be one of: pin, forbid, none"});
  }
  if (!errors.empty()) return ValidationError(std::move(errors));
  in.mentee = MemberId(*mentee);
  in.mentor = MemberId(*mentor);
  return in;
}

Result<std::string_view> ReadCsvBody(const Request& request) {
  const std::string_view type = request.content_type;
  const std::string media = AsciiLower(NormalizeSpace(type.substr(0, type.find(';'))));
  if (media != "text/csv" && media != "text/plain") {
    return Error(ErrorKind::kUnsupportedMedia, "unsupported_media_type",
                 "Imports take the CSV file as the body (Content-Type: text/csv).");
  }
  if (!IsValidUtf8(request.body)) {
    return ValidationError({{"csv", "must be UTF-8 text"}});
  }
  return request.body;
}

}  // namespace pln::http
