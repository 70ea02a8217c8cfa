#include "app/feedback/endorsements.h"

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "app/events/ports.h"
#include "app/feedback/common.h"
#include "domain/feedback.h"

namespace pln::app {
namespace {

using feedback_internal::CheckSkillsVisible;
using feedback_internal::HiddenTies;
using feedback_internal::Lookup;
using feedback_internal::Summaries;
using feedback_internal::Summarize;

class EndorsementsImpl final : public Endorsements {
 public:
  EndorsementsImpl(Store& store, const Clock& clock) : store_(store), clock_(clock) {}

  Result<EndorsementView> Endorse(MemberId me, MemberId member,
                                  const EndorsementInput& input) override;
  Result<std::vector<EndorsementView>> List(const domain::Viewer& viewer, MemberId member) override;
  Status Remove(MemberId me, EndorsementId id) override;

 private:
  Store& store_;
  const Clock& clock_;
};

Result<EndorsementView> EndorsementsImpl::Endorse(MemberId me, MemberId member,
                                                  const EndorsementInput& input) {
  if (!member.valid() || member == me) {
    return ValidationError({{"member", "must be another member"}});
  }
  std::vector<FieldError> errors;
  Result<std::string> clean_skill = domain::NormalizeSkillName(input.skill);
  Result<std::string> clean_note = domain::NormalizeEndorsementNote(input.note);
  for (const Result<std::string>* r : {&clean_skill, &clean_note}) {
    if (!r->ok()) {
      for (const auto& d : r->error().details()) errors.push_back(d);
    }
  }
  if (!errors.empty()) return ValidationError(std::move(errors));
  EndorsementView view;
  RETURN_IF_ERROR(store_.Write([&](Tx& tx) -> Status {
    ASSIGN_OR_RETURN(auto target, tx.members().Get(member));
    if (!target) return NotFoundError("member");
    ASSIGN_OR_RETURN(auto rels, tx.connections().Relationships(me, {member}));
    const domain::Relationship rel = rels[member];
    if (rel.blocked_either_way()) return NotFoundError("member");
    if (!rel.connected) {
      return ForbiddenError("Only connections can endorse a skill.", "not_connected");
    }
    const int64_t now = clock_.NowMs();
    ASSIGN_OR_RETURN(EndorsementId id,
                     tx.feedback().CreateEndorsement(me, member, *clean_skill, *clean_note, now));
    RETURN_IF_ERROR(Emit(tx, EndorsementGiven{id, me, member, *clean_skill}, now, me));
    ASSIGN_OR_RETURN(auto me_member, tx.members().Get(me));
    view.endorsement = {id, me, member, *clean_skill, *clean_note, now};
    view.endorser.id = me;
    if (me_member) view.endorser = Summarize(*me_member);
    return Status::Ok();
  }));
  return view;
}

Result<std::vector<EndorsementView>> EndorsementsImpl::List(const domain::Viewer& viewer,
                                                            MemberId member) {
  std::vector<EndorsementView> out;
  RETURN_IF_ERROR(store_.Read([&](Tx& tx) -> Status {
    out.clear();
    RETURN_IF_ERROR(CheckSkillsVisible(tx, viewer, member));
    ASSIGN_OR_RETURN(auto endorsements, tx.feedback().ListEndorsements(member));
    std::vector<MemberId> ids;
    for (const auto& e : endorsements) ids.push_back(e.endorser);
    // As for shown reviews: a block between the member and the endorser hides
    // the endorsement from everyone while it lasts.
    ASSIGN_OR_RETURN(auto hidden, HiddenTies(tx, viewer, member, ids));
    ASSIGN_OR_RETURN(auto people, Summaries(tx, ids));
    for (auto& e : endorsements) {
      if (hidden.contains(e.endorser)) continue;
      out.push_back({std::move(e), Lookup(people, e.endorser)});
    }
    return Status::Ok();
  }));
  return out;
}

Status EndorsementsImpl::Remove(MemberId me, EndorsementId id) {
  return store_.Write([&](Tx& tx) -> Status {
    ASSIGN_OR_RETURN(auto e, tx.feedback().GetEndorsement(id));
    if (!e || (e->endorser != me && e->member != me)) return NotFoundError("endorsement");
    return tx.feedback().DeleteEndorsement(id);
  });
}

}  // namespace

std::unique_ptr<Endorsements> MakeEndorsements(Store& store, const Clock& clock) {
  return std::make_unique<EndorsementsImpl>(store, clock);
}

}  // namespace pln::app
