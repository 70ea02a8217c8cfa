// Cohort mentoring programs (issue 4, item 5), the program itself: create,
// list, read, close. The other parts: participants.h (CSV import,
// preferences), constraints.h (pins/forbids), matching.h (run, proposal,
// publish), dashboard.h.
//
// Authorization (app/programs/access.h): only members with role program_lead
// or admin create programs, and the creator becomes the program's lead; only
// a program's leads close it; its participants read their own view of it (the
// mentors, their own preferences and, once published, their own pair); anyone
// else gets kNotFound, exactly as for a missing program. A participant never
// sees a member they are blocked with.
//
// Thread safety: stateless over Store; safe from any thread.
#pragma once

#include <memory>
#include <vector>

#include "app/programs/views.h"
#include "app/repositories.h"
#include "base/clock.h"
#include "base/result.h"
#include "domain/program.h"

namespace pln::app {

class Programs {
 public:
  virtual ~Programs() = default;
  // kForbidden "not_program_lead" unless `me` is a program_lead or admin;
  // kValidation for bad input.
  virtual Result<ProgramView> Create(MemberId me, domain::ProgramInput input) = 0;
  // The programs `me` leads or takes part in, newest first (at most 100).
  virtual Result<std::vector<ProgramSummary>> ListMine(MemberId me) = 0;
  virtual Result<ProgramView> Get(MemberId me, ProgramId id) = 0;
  // Leads only; a published program ends (kConflict "wrong_status" otherwise).
  // Its pairs stay as they are; the dashboard keeps showing them.
  virtual Result<ProgramView> Close(MemberId me, ProgramId id) = 0;
};

// `store` and `clock` are borrowed and must outlive the result.
std::unique_ptr<Programs> MakePrograms(Store& store, const Clock& clock);

}  // namespace pln::app
