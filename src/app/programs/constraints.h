// A cohort program's pins and forbids: the leads' rules for single pairs that
// the optimal matching obeys (app/programs/optimal_matching.h). Leads only;
// outsiders get kNotFound "program" (app/programs/access.h).
//
// Thread safety: stateless over Store; safe from any thread.
#pragma once

#include <memory>
#include <optional>
#include <vector>

#include "app/repositories.h"
#include "base/clock.h"
#include "base/result.h"
#include "domain/program.h"

namespace pln::app {

class ProgramConstraints {
 public:
  virtual ~ProgramConstraints() = default;
  // While participants may change (kConflict "wrong_status" otherwise).
  // kValidation when the pair is not a mentee and a mentor of the program, or
  // for a pin the matching could not keep (a hard constraint rules the pair
  // out, or the mentee is pinned already). `rule` empty removes the pair's
  // rule. Returns every rule of the program, by mentee then mentor.
  virtual Result<std::vector<domain::PairConstraint>> Set(MemberId me, ProgramId id,
                                                          MemberId mentee, MemberId mentor,
                                                          std::optional<domain::PairRule> rule) = 0;
  virtual Result<std::vector<domain::PairConstraint>> List(MemberId me, ProgramId id) = 0;
};

// `store` and `clock` are borrowed and must outlive the result.
std::unique_ptr<ProgramConstraints> MakeProgramConstraints(Store& store, const Clock& clock);

}  // namespace pln::app
