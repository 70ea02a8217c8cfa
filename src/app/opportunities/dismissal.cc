#include "app/opportunities/dismissal.h"

#include <memory>

#include "app/events/ports.h"
#include "app/opportunities/loading.h"

namespace pln::app {
namespace {

class DismissalImpl final : public OpportunityDismissal {
 public:
  DismissalImpl(Store& store, const Clock& clock) : store_(store), clock_(clock) {}

  Status Dismiss(const domain::Viewer& me, OpportunityId id) override {
    return store_.Write([&](Tx& tx) -> Status {
      const int64_t now = clock_.NowMs();
      ASSIGN_OR_RETURN(domain::Opportunity post,
                       opportunities_internal::LoadVisible(tx, *me.id, me.role, id));
      ASSIGN_OR_RETURN(bool added, tx.opportunities().Dismiss(*me.id, post.id, now));
      if (!added) return Status::Ok();
      return Emit(tx, OpportunityDismissed{id, *me.id}, now, *me.id);
    });
  }

 private:
  Store& store_;
  const Clock& clock_;
};

}  // namespace

std::unique_ptr<OpportunityDismissal> MakeOpportunityDismissal(Store& store, const Clock& clock) {
  return std::make_unique<DismissalImpl>(store, clock);
}

}  // namespace pln::app
