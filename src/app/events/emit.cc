#include "app/events/ports.h"

#include <utility>

#include "app/repositories.h"

namespace pln::app {

Status Emit(Tx& tx, DomainEvent event, int64_t now, std::optional<MemberId> actor,
            std::string dedupe_key) {
  ASSIGN_OR_RETURN(int64_t seq, tx.events().Append(
                                    NewEvent{std::move(event), now, actor, std::move(dedupe_key)}));
  (void)seq;
  return Status::Ok();
}

}  // namespace pln::app
