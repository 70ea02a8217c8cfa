// Cohort programs (issue 4, item 5): thin handlers over the parts of
// app/programs/; the JSON is in http/json/programs.h. CSV imports take the
// file itself as the body (Content-Type: text/csv).
#include "http/handlers.h"
#include "http/json/programs.h"
#include "http/json_body.h"

namespace pln::http {
namespace {

Result<ProgramId> ProgramIdParam(const Context& ctx) {
  ASSIGN_OR_RETURN(int64_t id, PathId(ctx, "id", "program"));
  return ProgramId(id);
}

}  // namespace

Status HandleCreateProgram(Context& ctx, Response& out) {
  ASSIGN_OR_RETURN(nlohmann::json body, ParseJsonObject(ctx.request));
  ASSIGN_OR_RETURN(domain::ProgramInput in, ReadProgramInput(body));
  ASSIGN_OR_RETURN(app::ProgramView v,
                   ctx.deps.services.programs.Create(ctx.caller().member, std::move(in)));
  out.SetJson(201, ProgramJson(v));
  return Status::Ok();
}

Status HandleListPrograms(Context& ctx, Response& out) {
  ASSIGN_OR_RETURN(auto items, ctx.deps.services.programs.ListMine(ctx.caller().member));
  out.SetJson(200, ProgramListJson(items));
  return Status::Ok();
}

Status HandleGetProgram(Context& ctx, Response& out) {
  ASSIGN_OR_RETURN(ProgramId id, ProgramIdParam(ctx));
  ASSIGN_OR_RETURN(app::ProgramView v, ctx.deps.services.programs.Get(ctx.caller().member, id));
  out.SetJson(200, ProgramJson(v));
  return Status::Ok();
}

Status HandlePreviewProgramImport(Context& ctx, Response& out) {
  ASSIGN_OR_RETURN(ProgramId id, ProgramIdParam(ctx));
  ASSIGN_OR_RETURN(std::string_view csv, ReadCsvBody(ctx.request));
  ASSIGN_OR_RETURN(app::ImportPreview p, ctx.deps.services.program_participants.PreviewImport(
                                             ctx.caller().member, id, csv));
  out.SetJson(200, ImportPreviewJson(p, /*committed=*/false));
  return Status::Ok();
}

Status HandleCommitProgramImport(Context& ctx, Response& out) {
  ASSIGN_OR_RETURN(ProgramId id, ProgramIdParam(ctx));
  ASSIGN_OR_RETURN(std::string_view csv, ReadCsvBody(ctx.request));
  ASSIGN_OR_RETURN(app::ImportPreview p, ctx.deps.services.program_participants.CommitImport(
                                             ctx.caller().member, id, csv));
  out.SetJson(200, ImportPreviewJson(p, /*committed=*/true));
  return Status::Ok();
}

Status HandleListProgramParticipants(Context& ctx, Response& out) {
  ASSIGN_OR_RETURN(ProgramId id, ProgramIdParam(ctx));
  ASSIGN_OR_RETURN(auto items,
                   ctx.deps.services.program_participants.List(ctx.caller().member, id));
  out.SetJson(200, ParticipantListJson(items));
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
  ASSIGN_OR_RETURN(PreferencesInput in, ReadPreferencesInput(body));
  ASSIGN_OR_RETURN(app::ProgramView v,
                   ctx.deps.services.program_participants.SetPreferences(
                       ctx.caller().member, id, std::move(in.ranked), std::move(in.avoid)));
  out.SetJson(200, ProgramJson(v));
  return Status::Ok();
}

Status HandleListProgramConstraints(Context& ctx, Response& out) {
  ASSIGN_OR_RETURN(ProgramId id, ProgramIdParam(ctx));
  ASSIGN_OR_RETURN(auto items, ctx.deps.services.program_constraints.List(ctx.caller().member, id));
  out.SetJson(200, ConstraintListJson(items));
  return Status::Ok();
}

Status HandleSetProgramConstraint(Context& ctx, Response& out) {
  ASSIGN_OR_RETURN(ProgramId id, ProgramIdParam(ctx));
  ASSIGN_OR_RETURN(nlohmann::json body, ParseJsonObject(ctx.request));
  ASSIGN_OR_RETURN(ConstraintInput in, ReadConstraintInput(body));
  ASSIGN_OR_RETURN(auto items, ctx.deps.services.program_constraints.Set(
                                   ctx.caller().member, id, in.mentee, in.mentor, in.rule));
  out.SetJson(200, ConstraintListJson(items));
  return Status::Ok();
}

Status HandleRunProgramMatching(Context& ctx, Response& out) {
  ASSIGN_OR_RETURN(ProgramId id, ProgramIdParam(ctx));
  ASSIGN_OR_RETURN(app::ProposalView v,
                   ctx.deps.services.program_matching.Run(ctx.caller().member, id));
  out.SetJson(200, ProposalJson(v));
  return Status::Ok();
}

Status HandleGetProgramProposal(Context& ctx, Response& out) {
  ASSIGN_OR_RETURN(ProgramId id, ProgramIdParam(ctx));
  ASSIGN_OR_RETURN(app::ProposalView v,
                   ctx.deps.services.program_matching.Proposal(ctx.caller().member, id));
  out.SetJson(200, ProposalJson(v));
  return Status::Ok();
}

Status HandlePublishProgram(Context& ctx, Response& out) {
  ASSIGN_OR_RETURN(ProgramId id, ProgramIdParam(ctx));
  ASSIGN_OR_RETURN(app::ProgramView v,
                   ctx.deps.services.program_matching.Publish(ctx.caller().member, id));
  out.SetJson(200, ProgramJson(v));
  return Status::Ok();
}

Status HandleCloseProgram(Context& ctx, Response& out) {
  ASSIGN_OR_RETURN(ProgramId id, ProgramIdParam(ctx));
  ASSIGN_OR_RETURN(app::ProgramView v, ctx.deps.services.programs.Close(ctx.caller().member, id));
  out.SetJson(200, ProgramJson(v));
  return Status::Ok();
}

Status HandleProgramDashboard(Context& ctx, Response& out) {
  ASSIGN_OR_RETURN(ProgramId id, ProgramIdParam(ctx));
  ASSIGN_OR_RETURN(app::Dashboard d,
                   ctx.deps.services.program_dashboard.Get(ctx.caller().member, id));
  out.SetJson(200, DashboardJson(d));
  return Status::Ok();
}

}  // namespace pln::http
