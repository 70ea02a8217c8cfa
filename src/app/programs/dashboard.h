// A cohort program's dashboard for its leads: how many took part and were
// matched, and once published each pair's check-ins (from the mentorship
// feature, through MentorshipActivitySource in app/programs/ports.h) and
// whether it is at risk. Leads only; outsiders get kNotFound "program".
//
// Thread safety: stateless over Store; safe from any thread.
#pragma once

#include <cstdint>
#include <memory>

#include "app/programs/ports.h"
#include "app/programs/views.h"
#include "app/repositories.h"
#include "base/clock.h"
#include "base/result.h"

namespace pln::app {

class ProgramDashboard {
 public:
  virtual ~ProgramDashboard() = default;
  virtual Result<Dashboard> Get(MemberId me, ProgramId id) = 0;

  // A published pair is at risk after this long without a check-in (counted
  // from publishing when there was none).
  static constexpr int64_t kAtRiskMs = int64_t{30} * 24 * 3600 * 1000;
};

// Borrowed, and must outlive the result: `store`, `clock`, `activity`
// (app::ProgramMentorships).
std::unique_ptr<ProgramDashboard> MakeProgramDashboard(Store& store, const Clock& clock,
                                                       MentorshipActivitySource& activity);

}  // namespace pln::app
