#include "app/opportunities/interest.h"

#include <memory>
#include <string>
#include <unordered_set>
#include <utility>
#include <vector>

#include "app/events/ports.h"
#include "app/opportunities/loading.h"
#include "domain/opportunity.h"

namespace pln::app {
namespace {

using opportunities_internal::LoadVisible;
using opportunities_internal::ViewOf;

class InterestImpl final : public OpportunityInterest {
 public:
  InterestImpl(Store& store, const Clock& clock) : store_(store), clock_(clock) {}

  Result<OpportunityView> Express(const domain::Viewer& me, OpportunityId id,
                                  const std::string& note) override {
    ASSIGN_OR_RETURN(std::string clean, domain::NormalizeInterestNote(note));
    OpportunityView view;
    RETURN_IF_ERROR(store_.Write([&](Tx& tx) -> Status {
      const int64_t now = clock_.NowMs();
      ASSIGN_OR_RETURN(domain::Opportunity post, LoadVisible(tx, *me.id, me.role, id));
      if (post.poster == *me.id) {
        return ValidationError({{"opportunity", "this is your own opportunity"}});
      }
      if (domain::StateAt(post, now) != domain::OpportunityState::kOpen) {
        return ConflictError("not_open", "The opportunity is no longer open.");
      }
      ASSIGN_OR_RETURN(bool added, tx.opportunities().AddInterest({id, *me.id, clean, now}));
      if (!added) {
        return ConflictError(
            "already_interested",
            "You said you are interested already; withdraw it to change the note.");
      }
      RETURN_IF_ERROR(Emit(tx, InterestExpressed{id, *me.id, post.poster}, now, *me.id));
      ASSIGN_OR_RETURN(view, ViewOf(tx, *me.id, std::move(post), now));
      return Status::Ok();
    }));
    return view;
  }

  Status Withdraw(const domain::Viewer& me, OpportunityId id) override {
    return store_.Write([&](Tx& tx) -> Status {
      const int64_t now = clock_.NowMs();
      Result<domain::Opportunity> post = LoadVisible(tx, *me.id, me.role, id);
      if (!post.ok()) return NotFoundError("interest");
      ASSIGN_OR_RETURN(bool removed, tx.opportunities().RemoveInterest(id, *me.id));
      if (!removed) return NotFoundError("interest");
      return Emit(tx, InterestWithdrawn{id, *me.id, post->poster}, now, *me.id);
    });
  }

  Result<std::vector<MyInterestView>> Mine(const domain::Viewer& me) override {
    std::vector<MyInterestView> out;
    RETURN_IF_ERROR(store_.Read([&](Tx& tx) -> Status {
      out.clear();
      const int64_t now = clock_.NowMs();
      ASSIGN_OR_RETURN(auto interests, tx.opportunities().InterestsOf(*me.id));
      for (Interest& i : interests) {
        Result<domain::Opportunity> post = LoadVisible(tx, *me.id, me.role, i.opportunity);
        if (!post.ok()) {
          if (post.error().kind() == ErrorKind::kNotFound) continue;  // hidden or blocked since
          return post.error();
        }
        ASSIGN_OR_RETURN(OpportunityView view, ViewOf(tx, *me.id, std::move(*post), now));
        out.push_back({std::move(view), std::move(i.note), i.created_at});
      }
      return Status::Ok();
    }));
    return out;
  }

  Result<std::vector<InterestedMemberView>> Interested(const domain::Viewer& me,
                                                       OpportunityId id) override {
    std::vector<InterestedMemberView> out;
    RETURN_IF_ERROR(store_.Read([&](Tx& tx) -> Status {
      out.clear();
      ASSIGN_OR_RETURN(domain::Opportunity post, LoadVisible(tx, *me.id, me.role, id));
      if (post.poster != *me.id) {
        return ForbiddenError("Only the poster sees who is interested.", "not_poster");
      }
      ASSIGN_OR_RETURN(auto interests, tx.opportunities().InterestIn(id));
      std::vector<MemberId> ids;
      for (const Interest& i : interests) ids.push_back(i.member);
      if (ids.empty()) return Status::Ok();
      ASSIGN_OR_RETURN(auto rels, tx.connections().Relationships(*me.id, ids));
      ASSIGN_OR_RETURN(auto people, tx.members().Summaries(ids));
      for (Interest& i : interests) {
        if (rels[i.member].blocked_either_way()) continue;
        auto person = people.find(i.member);
        if (person == people.end()) continue;  // deleted since
        out.push_back({person->second, std::move(i.note), i.created_at});
      }
      return Status::Ok();
    }));
    return out;
  }

 private:
  Store& store_;
  const Clock& clock_;
};

}  // namespace

std::unique_ptr<OpportunityInterest> MakeOpportunityInterest(Store& store, const Clock& clock) {
  return std::make_unique<InterestImpl>(store, clock);
}

}  // namespace pln::app
