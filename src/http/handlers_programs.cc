// Cohort programs (issue 4, item 5): thin handlers over the parts of app/programs/.
// CSV imports take the file itself as the body (Content-Type: text/csv).
#include <string>

#include "base/text.h"
#include "http/handlers.h"
#include "http/json/common.h"
#include "http/json_body.h"
#include "http/json_writer.h"

namespace pln::http {
namespace {

Result<ProgramId> ProgramIdParam(const Context& ctx) {
  ASSIGN_OR_RETURN(int64_t id, PathId(ctx, "id", "program"));
  return ProgramId(id);
}

void WriteIdArray(JsonWriter& w, std::string_view key, const std::vector<MemberId>& ids) {
  w.Key(key).BeginArray();
  for (MemberId id : ids) w.Int(id.value());
  w.EndArray();
}

void WriteProgram(JsonWriter& w, const app::ProgramSummary& s) {
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

void WritePair(JsonWriter& w, const domain::ProposedPair& p) {
  w.Field("score_milli", p.score_milli).Field("fit_milli", p.fit_milli).Key("preference_rank");
  if (p.preference_rank > 0) {
    w.Int(p.preference_rank);
  } else {
    w.Null();
  }
  w.Field("pinned", p.pinned).StringArray("reasons", p.reasons);
}

void RespondWithProgram(const app::ProgramView& v, int status, Response& out) {
  JsonWriter w(1024 + v.counterparts.size() * 256);
  w.BeginObject();
  WriteProgram(w, v.summary);
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
  out.SetJson(status, w.Take());
}

void WriteImportRow(JsonWriter& w, const domain::ImportRow& r) {
  w.Field("line", r.line)
      .Field("email", r.email)
      .Field("role", domain::ToString(r.role))
      .Field("capacity", r.capacity);
}

void RespondWithPreview(const app::ImportPreview& p, bool committed, Response& out) {
  JsonWriter w(1024 + (p.to_add.size() + p.already_participants.size()) * 256);
  w.BeginObject().Field("committed", committed).Field("can_commit", p.can_commit());
  auto rows = [&](std::string_view key, const std::vector<app::ImportPreviewRow>& rows) {
    w.Key(key).BeginArray();
    for (const auto& r : rows) {
      w.BeginObject();
      WriteImportRow(w, r.row);
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
      WriteImportRow(w, r);
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
  out.SetJson(200, w.Take());
}

void RespondWithProposal(const app::ProposalView& v, Response& out) {
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
    WritePair(w, v.proposal.pairs[i]);
    w.EndObject();
  }
  w.EndArray().Key("unmatched").BeginArray();
  for (size_t i = 0; i < v.proposal.unmatched.size(); ++i) {
    w.BeginObject().Key("mentee");
    WriteMemberSummary(w, v.unmatched[i]);
    w.Field("reason", v.proposal.unmatched[i].reason).EndObject();
  }
  w.EndArray().EndObject();
  out.SetJson(200, w.Take());
}

void RespondWithConstraints(const std::vector<domain::PairConstraint>& items, Response& out) {
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
  out.SetJson(200, w.Take());
}

// The body of an import: CSV text in UTF-8.
Result<std::string_view> CsvBody(const Context& ctx) {
  const std::string_view type = ctx.request.content_type;
  const std::string media = AsciiLower(NormalizeSpace(type.substr(0, type.find(';'))));
  if (media != "text/csv" && media != "text/plain") {
    return Error(ErrorKind::kUnsupportedMedia, "unsupported_media_type",
                 "Imports take the CSV file as the body (Content-Type: text/csv).");
  }
  if (!IsValidUtf8(ctx.request.body)) {
    return ValidationError({{"csv", "must be UTF-8 text"}});
  }
  return ctx.request.body;
}

}  // namespace

Status HandleCreateProgram(Context& ctx, Response& out) {
  ASSIGN_OR_RETURN(nlohmann::json body, ParseJsonObject(ctx.request));
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
  ASSIGN_OR_RETURN(app::ProgramView v,
                   ctx.deps.services.programs.Create(ctx.caller().member, std::move(in)));
  RespondWithProgram(v, 201, out);
  return Status::Ok();
}

Status HandleListPrograms(Context& ctx, Response& out) {
  ASSIGN_OR_RETURN(auto items, ctx.deps.services.programs.ListMine(ctx.caller().member));
  JsonWriter w(128 + items.size() * 384);
  w.BeginObject().Key("items").BeginArray();
  for (const auto& s : items) {
    w.BeginObject();
    WriteProgram(w, s);
    w.EndObject();
  }
  w.EndArray().EndObject();
  out.SetJson(200, w.Take());
  return Status::Ok();
}

Status HandleGetProgram(Context& ctx, Response& out) {
  ASSIGN_OR_RETURN(ProgramId id, ProgramIdParam(ctx));
  ASSIGN_OR_RETURN(app::ProgramView v, ctx.deps.services.programs.Get(ctx.caller().member, id));
  RespondWithProgram(v, 200, out);
  return Status::Ok();
}

Status HandlePreviewProgramImport(Context& ctx, Response& out) {
  ASSIGN_OR_RETURN(ProgramId id, ProgramIdParam(ctx));
  ASSIGN_OR_RETURN(std::string_view csv, CsvBody(ctx));
  ASSIGN_OR_RETURN(app::ImportPreview p, ctx.deps.services.program_participants.PreviewImport(
                                             ctx.caller().member, id, csv));
  RespondWithPreview(p, false, out);
  return Status::Ok();
}

Status HandleCommitProgramImport(Context& ctx, Response& out) {
  ASSIGN_OR_RETURN(ProgramId id, ProgramIdParam(ctx));
  ASSIGN_OR_RETURN(std::string_view csv, CsvBody(ctx));
  ASSIGN_OR_RETURN(app::ImportPreview p, ctx.deps.services.program_participants.CommitImport(
                                             ctx.caller().member, id, csv));
  RespondWithPreview(p, true, out);
  return Status::Ok();
}

Status HandleListProgramParticipants(Context& ctx, Response& out) {
  ASSIGN_OR_RETURN(ProgramId id, ProgramIdParam(ctx));
  ASSIGN_OR_RETURN(auto items,
                   ctx.deps.services.program_participants.List(ctx.caller().member, id));
  JsonWriter w(128 + items.size() * 320);
  w.BeginObject().Key("items").BeginArray();
  for (const auto& p : items) WriteParticipant(w, p, true);
  w.EndArray().EndObject();
  out.SetJson(200, w.Take());
  return Status::Ok();
}

Status HandleRemoveProgramParticipant(Context& ctx, Response& out) {
  ASSIGN_OR_RETURN(ProgramId id, ProgramIdParam(ctx));
  ASSIGN_OR_RETURN(int64_t member, PathId(ctx, "memberId", "participant"));
  RETURN_IF_ERROR(
      ctx.deps.services.program_participants.Remove(ctx.caller().member, id, MemberId(member)));
  out.SetNoContent();
  return Status::Ok();
}

Status HandleSetProgramPreferences(Context& ctx, Response& out) {
  ASSIGN_OR_RETURN(ProgramId id, ProgramIdParam(ctx));
  ASSIGN_OR_RETURN(nlohmann::json body, ParseJsonObject(ctx.request));
  std::vector<FieldError> errors;
  ObjectReader r(body, "", errors);
  constexpr size_t kMaxListed = 100;
  std::vector<MemberId> ranked =
      r.MemberIds("ranked", Presence::kOptional, kMaxListed).value_or(std::vector<MemberId>{});
  std::vector<MemberId> avoid =
      r.MemberIds("avoid", Presence::kOptional, kMaxListed).value_or(std::vector<MemberId>{});
  r.Finish();
  if (!errors.empty()) return ValidationError(std::move(errors));
  ASSIGN_OR_RETURN(app::ProgramView v,
                   ctx.deps.services.program_participants.SetPreferences(
                       ctx.caller().member, id, std::move(ranked), std::move(avoid)));
  RespondWithProgram(v, 200, out);
  return Status::Ok();
}

Status HandleListProgramConstraints(Context& ctx, Response& out) {
  ASSIGN_OR_RETURN(ProgramId id, ProgramIdParam(ctx));
  ASSIGN_OR_RETURN(auto items, ctx.deps.services.program_constraints.List(ctx.caller().member, id));
  RespondWithConstraints(items, out);
  return Status::Ok();
}

Status HandleSetProgramConstraint(Context& ctx, Response& out) {
  ASSIGN_OR_RETURN(ProgramId id, ProgramIdParam(ctx));
  ASSIGN_OR_RETURN(nlohmann::json body, ParseJsonObject(ctx.request));
  std::vector<FieldError> errors;
  ObjectReader r(body, "", errors);
  auto mentee = r.Id("mentee");
  auto mentor = r.Id("mentor");
  auto rule = r.String("rule");
  r.Finish();
  std::optional<domain::PairRule> parsed;
  if (rule && *rule != "none") {
    parsed = domain::ParsePairRule(*rule);
    if (!parsed) errors.push_back({"rule", "must be one of: pin, forbid, none"});
  }
  if (!errors.empty()) return ValidationError(std::move(errors));
  ASSIGN_OR_RETURN(auto items,
                   ctx.deps.services.program_constraints.Set(
                       ctx.caller().member, id, MemberId(*mentee), MemberId(*mentor), parsed));
  RespondWithConstraints(items, out);
  return Status::Ok();
}

Status HandleRunProgramMatching(Context& ctx, Response& out) {
  ASSIGN_OR_RETURN(ProgramId id, ProgramIdParam(ctx));
  ASSIGN_OR_RETURN(app::ProposalView v,
                   ctx.deps.services.program_matching.Run(ctx.caller().member, id));
  RespondWithProposal(v, out);
  return Status::Ok();
}

Status HandleGetProgramProposal(Context& ctx, Response& out) {
  ASSIGN_OR_RETURN(ProgramId id, ProgramIdParam(ctx));
  ASSIGN_OR_RETURN(app::ProposalView v,
                   ctx.deps.services.program_matching.Proposal(ctx.caller().member, id));
  RespondWithProposal(v, out);
  return Status::Ok();
}

Status HandlePublishProgram(Context& ctx, Response& out) {
  ASSIGN_OR_RETURN(ProgramId id, ProgramIdParam(ctx));
  ASSIGN_OR_RETURN(app::ProgramView v,
                   ctx.deps.services.program_matching.Publish(ctx.caller().member, id));
  RespondWithProgram(v, 200, out);
  return Status::Ok();
}

Status HandleCloseProgram(Context& ctx, Response& out) {
  ASSIGN_OR_RETURN(ProgramId id, ProgramIdParam(ctx));
  ASSIGN_OR_RETURN(app::ProgramView v, ctx.deps.services.programs.Close(ctx.caller().member, id));
  RespondWithProgram(v, 200, out);
  return Status::Ok();
}

Status HandleProgramDashboard(Context& ctx, Response& out) {
  ASSIGN_OR_RETURN(ProgramId id, ProgramIdParam(ctx));
  ASSIGN_OR_RETURN(app::Dashboard d,
                   ctx.deps.services.program_dashboard.Get(ctx.caller().member, id));
  JsonWriter w(512 + d.pairs.size() * 512);
  w.BeginObject()
      .Field("status", domain::ToString(d.status))
      .Field("mentees", d.mentees)
      .Field("mentors", d.mentors)
      .Field("capacity", d.capacity)
      .Field("matched", d.matched)
      .Field("unmatched", d.unmatched);
  // null: the mentorship activity is not available (shown as "–").
  auto optional_int = [&](std::string_view key, const std::optional<int>& v) {
    w.Key(key);
    if (v) {
      w.Int(*v);
    } else {
      w.Null();
    }
  };
  optional_int("check_ins", d.check_ins);
  optional_int("at_risk", d.at_risk);
  w.Key("pairs").BeginArray();
  for (const app::DashboardPair& p : d.pairs) {
    w.BeginObject().Key("mentee");
    WriteMemberSummary(w, p.mentee);
    w.Key("mentor");
    WriteMemberSummary(w, p.mentor);
    WritePair(w, p.pair);
    optional_int("check_ins",
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
  out.SetJson(200, w.Take());
  return Status::Ok();
}

}  // namespace pln::http
