// Who may do what in a cohort program: the checks every part of
// app/programs/ runs inside its transaction before it reads or writes.
//   - a program's leads manage it; participants read their own view;
//   - anyone else gets kNotFound "program", exactly as for a missing program;
//   - members blocked either way with the caller are hidden from them.
// Internal to app/programs/ (HTTP never includes it).
#pragma once

#include <optional>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "app/repositories.h"
#include "base/ids.h"
#include "base/result.h"
#include "domain/program.h"

namespace pln::app {

bool IsLead(const domain::Program& program, MemberId member);

// The program and how the caller relates to it.
struct Access {
  domain::Program program;
  bool lead = false;
  std::optional<domain::Participant> me;  // when the caller takes part
};

// kNotFound "program" for a missing program and for outsiders.
Result<Access> LoadAccess(Tx& tx, MemberId me, ProgramId id);
// As LoadAccess, then kForbidden "not_program_lead" unless `me` leads it.
Result<Access> LoadForLead(Tx& tx, MemberId me, ProgramId id);
// As LoadAccess, then kForbidden "not_participant" unless `me` takes part
// (stating preferences is the one thing only participants do; the message
// says so).
Result<Access> LoadForParticipant(Tx& tx, MemberId me, ProgramId id);

// kConflict "wrong_status": "This program is <status>: <what>."
Error WrongStatus(const domain::Program& program, std::string_view what);

// Which of `others` are blocked either way with `me` (not theirs to see or name).
Result<std::unordered_set<MemberId>> BlockedWith(Tx& tx, MemberId me,
                                                 const std::vector<MemberId>& others);

}  // namespace pln::app
