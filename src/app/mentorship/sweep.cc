#include "app/mentorship/sweep.h"

#include <string>

#include "app/events/ports.h"
#include "app/mentorship/expiry.h"
#include "app/mentorship/loading.h"
#include "domain/mentorship.h"

namespace pln::app {

Result<int> MentorshipSweep::Run() {
  const int64_t now = clock_.NowMs();
  int done = 0;
  RETURN_IF_ERROR(store_.Write([&](Tx& tx) -> Status {
    done = 0;
    ASSIGN_OR_RETURN(auto expired, tx.mentorship().ExpireRequests(now, std::nullopt));
    RETURN_IF_ERROR(TellExpired(tx, expired, now));
    done += static_cast<int>(expired.size());
    ASSIGN_OR_RETURN(auto active, tx.mentorship().ListActive());
    for (const auto& m : active) {
      const int64_t period = domain::OverduePeriod(m, now);
      if (period == 0) continue;
      const std::string key = "mentorship.check_in_overdue:" + std::to_string(m.id.value()) + ":" +
                              std::to_string(domain::NextCheckInDue(m)) + ":" +
                              std::to_string(period);
      // Recorded once per period however often the sweep runs (the key).
      RETURN_IF_ERROR(Emit(
          tx,
          CheckInOverdue{m.id, m.mentor, m.mentee, std::string(domain::ToString(m.cadence)), key},
          now, std::nullopt, key));
      ++done;
    }
    // Light alumni check-ins: one reminder per due period (the key carries
    // the due time, which a new note moves on).
    ASSIGN_OR_RETURN(auto plans, tx.mentorship().ListAlumniPlansDue());
    for (const AlumniPlanDue& d : plans) {
      const int64_t due = domain::AlumniCheckInDue(d.plan, d.ended_at, d.last_check_in);
      if (now < due) continue;
      ASSIGN_OR_RETURN(bool blocked, BlockedEitherWay(tx, d.plan.member, d.other));
      if (blocked) continue;
      const std::string key =
          "mentorship.alumni_check_in:" + std::to_string(d.plan.mentorship.value()) + ":" +
          std::to_string(d.plan.member.value()) + ":" + std::to_string(due);
      RETURN_IF_ERROR(Emit(
          tx, AlumniCheckInDue{d.plan.mentorship, d.plan.member, d.other, d.plan.every_months, due},
          now, std::nullopt, key));
      ++done;
    }
    return Status::Ok();
  }));
  return done;
}

}  // namespace pln::app
