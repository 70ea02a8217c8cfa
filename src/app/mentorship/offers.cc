#include "app/mentorship/offers.h"

#include <utility>

#include "app/mentorship/loading.h"

namespace pln::app {
namespace {

class StoredMentorOffers final : public MentorOffers {
 public:
  StoredMentorOffers(Store& store, const Clock& clock) : store_(store), clock_(clock) {}

  Result<OfferView> Mine(MemberId me) override {
    OfferView v;
    RETURN_IF_ERROR(store_.Read([&](Tx& tx) -> Status {
      ASSIGN_OR_RETURN(v, LoadOfferView(tx, me));
      return Status::Ok();
    }));
    return v;
  }

  Result<OfferView> Put(MemberId me, OfferInput in) override {
    const int64_t now = clock_.NowMs();
    domain::MentorOffer offer;
    offer.mentor = me;
    offer.fields = std::move(in.fields);
    offer.skills = std::move(in.skills);
    offer.help = std::move(in.help);
    offer.format = in.format;
    offer.cadence = in.cadence;
    offer.capacity = in.capacity;
    offer.paused = in.paused;
    offer.created_at = now;
    offer.updated_at = now;
    ASSIGN_OR_RETURN(offer, domain::ValidateOffer(std::move(offer)));
    OfferView v;
    RETURN_IF_ERROR(store_.Write([&](Tx& tx) -> Status {
      RETURN_IF_ERROR(tx.mentorship().PutOffer(offer));
      ASSIGN_OR_RETURN(v, LoadOfferView(tx, me));
      return Status::Ok();
    }));
    return v;
  }

  Result<OfferView> Get(const domain::Viewer& viewer, MemberId mentor) override {
    OfferView v;
    RETURN_IF_ERROR(store_.Read([&](Tx& tx) -> Status {
      if (viewer.id && *viewer.id != mentor) {
        ASSIGN_OR_RETURN(bool blocked, BlockedEitherWay(tx, *viewer.id, mentor));
        if (blocked) return NotFoundError("mentor offer");
      }
      ASSIGN_OR_RETURN(v, LoadOfferView(tx, mentor));
      if (v.offer.paused && viewer.id != mentor) return NotFoundError("mentor offer");
      return Status::Ok();
    }));
    return v;
  }

 private:
  Store& store_;
  const Clock& clock_;
};

}  // namespace

std::unique_ptr<MentorOffers> MakeMentorOffers(Store& store, const Clock& clock) {
  return std::make_unique<StoredMentorOffers>(store, clock);
}

}  // namespace pln::app
