#include "app/introductions/sweep.h"

#include <string>

#include "app/events/ports.h"
#include "domain/introduction.h"

namespace pln::app {
namespace {

constexpr int kBatch = 500;

}  // namespace

Result<int> IntroductionSweep::Run() {
  const int64_t now = clock_.NowMs();
  int total = 0;
  for (;;) {
    int settled = 0;
    bool more = false;
    RETURN_IF_ERROR(store_.Write([&](Tx& tx) -> Status {
      settled = 0;
      ASSIGN_OR_RETURN(auto due, tx.introductions().DueToSettle(now, kBatch));
      more = static_cast<int>(due.size()) == kBatch;
      for (domain::Introduction& i : due) {
        const domain::IntroductionStatus before = i.status;
        // A silent decline keeps its status (B and C still see what they did);
        // an open request expires. Either way A now hears "not possible".
        if (domain::IsOpen(i.status)) {
          i.status = domain::IntroductionStatus::kExpired;
          i.closed_at = i.expires_at;
        }
        i.settled_at = now;
        i.updated_at = now;
        ASSIGN_OR_RETURN(bool changed, tx.introductions().Update(i, before));
        if (!changed) continue;  // a transition of this moment won; it settles itself
        const std::string key = "introduction.expired:" + std::to_string(i.id.value());
        RETURN_IF_ERROR(Emit(tx,
                             IntroductionClosed{i.id, i.requester, i.broker, i.target, "expired"},
                             now, std::nullopt, key));
        ++settled;
      }
      return Status::Ok();
    }));
    total += settled;
    if (!more || settled == 0) break;
  }
  return total;
}

}  // namespace pln::app
