#include "app/mentorship/expiry.h"

#include "app/events/ports.h"

namespace pln::app {

Status TellExpired(Tx& tx, const std::vector<domain::MentorshipRequest>& expired, int64_t now) {
  for (const auto& r : expired) {
    RETURN_IF_ERROR(Emit(tx, MentorshipRequestExpired{r.id, r.mentee, r.mentor}, now));
  }
  return Status::Ok();
}

Status ExpireFor(Tx& tx, MemberId member, int64_t now) {
  ASSIGN_OR_RETURN(auto expired, tx.mentorship().ExpireRequests(now, member));
  return TellExpired(tx, expired, now);
}

}  // namespace pln::app
