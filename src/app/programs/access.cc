#include "app/programs/access.h"

#include <algorithm>
#include <string>

namespace pln::app {

bool IsLead(const domain::Program& program, MemberId member) {
  return std::find(program.leads.begin(), program.leads.end(), member) != program.leads.end();
}

Result<Access> LoadAccess(Tx& tx, MemberId me, ProgramId id) {
  ASSIGN_OR_RETURN(auto program, tx.programs().Get(id));
  if (!program) return NotFoundError("program");
  Access a;
  a.lead = IsLead(*program, me);
  ASSIGN_OR_RETURN(a.me, tx.programs().GetParticipant(id, me));
  if (!a.lead && !a.me) return NotFoundError("program");
  a.program = std::move(*program);
  return a;
}

Result<Access> LoadForLead(Tx& tx, MemberId me, ProgramId id) {
  ASSIGN_OR_RETURN(Access a, LoadAccess(tx, me, id));
  if (!a.lead) {
    return ForbiddenError("Only the program's leads can do this.", "not_program_lead");
  }
  return a;
}

Result<Access> LoadForParticipant(Tx& tx, MemberId me, ProgramId id) {
  ASSIGN_OR_RETURN(Access a, LoadAccess(tx, me, id));
  if (!a.me) return ForbiddenError("Only participants state preferences.", "not_participant");
  return a;
}

Error WrongStatus(const domain::Program& program, std::string_view what) {
  return ConflictError("wrong_status", "This program is " + std::string(ToString(program.status)) +
                                           ": " + std::string(what) + ".");
}

Result<std::unordered_set<MemberId>> BlockedWith(Tx& tx, MemberId me,
                                                 const std::vector<MemberId>& others) {
  ASSIGN_OR_RETURN(auto rels, tx.connections().Relationships(me, others));
  std::unordered_set<MemberId> blocked;
  for (const auto& [id, rel] : rels) {
    if (rel.blocked_either_way()) blocked.insert(id);
  }
  return blocked;
}

}  // namespace pln::app
