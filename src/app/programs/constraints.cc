#include "app/programs/constraints.h"

#include <algorithm>

#include "app/programs/access.h"
#include "app/programs/optimal_matching.h"
#include "app/programs/reads.h"

namespace pln::app {
namespace {

using domain::ParticipantRole;

// A pin must be a pair the matching may choose, and a mentee's only pin.
Status CheckPin(Tx& tx, const domain::Program& program, MemberId mentee, MemberId mentor) {
  ASSIGN_OR_RETURN(MatchInput in, LoadMatchInput(tx, program));
  std::erase_if(in.constraints, [&](const domain::PairConstraint& c) {
    return c.mentee == mentee && c.mentor == mentor;
  });
  auto candidates = CandidatePairs(in);
  const bool allowed = std::any_of(candidates.begin(), candidates.end(), [&](const auto& c) {
    return c.mentee == mentee && c.mentor == mentor;
  });
  if (!allowed) {
    return ValidationError({{"rule",
                             "this pair is not allowed (avoid list, forbidden, same organization, "
                             "not allowed between these members, or no capacity)"}});
  }
  const bool pinned_elsewhere = std::any_of(
      in.constraints.begin(), in.constraints.end(),
      [&](const auto& c) { return c.rule == domain::PairRule::kPin && c.mentee == mentee; });
  if (pinned_elsewhere) {
    return ValidationError({{"mentee", "is already pinned to another mentor"}});
  }
  return Status::Ok();
}

class StoredConstraints final : public ProgramConstraints {
 public:
  StoredConstraints(Store& store, const Clock& clock) : store_(store), clock_(clock) {}

  Result<std::vector<domain::PairConstraint>> Set(MemberId me, ProgramId id, MemberId mentee,
                                                  MemberId mentor,
                                                  std::optional<domain::PairRule> rule) override {
    const int64_t now = clock_.NowMs();
    std::vector<domain::PairConstraint> out;
    RETURN_IF_ERROR(store_.Write([&](Tx& tx) -> Status {
      ASSIGN_OR_RETURN(Access access, LoadForLead(tx, me, id));
      if (!domain::CanEditParticipants(access.program.status)) {
        return WrongStatus(access.program, "pairs can no longer be pinned or forbidden");
      }
      ASSIGN_OR_RETURN(auto a, tx.programs().GetParticipant(id, mentee));
      ASSIGN_OR_RETURN(auto b, tx.programs().GetParticipant(id, mentor));
      std::vector<FieldError> errors;
      if (!a || a->role != ParticipantRole::kMentee) {
        errors.push_back({"mentee", "must be a mentee of this program"});
      }
      if (!b || b->role != ParticipantRole::kMentor) {
        errors.push_back({"mentor", "must be a mentor of this program"});
      }
      if (!errors.empty()) return ValidationError(std::move(errors));
      if (!rule) {
        ASSIGN_OR_RETURN(bool removed, tx.programs().DeleteConstraint(id, mentee, mentor));
        (void)removed;  // removing a rule that is not there is already done
      } else {
        if (*rule == domain::PairRule::kPin) {
          RETURN_IF_ERROR(CheckPin(tx, access.program, mentee, mentor));
        }
        RETURN_IF_ERROR(tx.programs().SetConstraint(id, {mentee, mentor, *rule}, now));
      }
      ASSIGN_OR_RETURN(out, tx.programs().Constraints(id));
      return Status::Ok();
    }));
    return out;
  }

  Result<std::vector<domain::PairConstraint>> List(MemberId me, ProgramId id) override {
    std::vector<domain::PairConstraint> out;
    RETURN_IF_ERROR(store_.Read([&](Tx& tx) -> Status {
      ASSIGN_OR_RETURN(Access access, LoadForLead(tx, me, id));
      ASSIGN_OR_RETURN(out, tx.programs().Constraints(id));
      return Status::Ok();
    }));
    return out;
  }

 private:
  Store& store_;
  const Clock& clock_;
};

}  // namespace

std::unique_ptr<ProgramConstraints> MakeProgramConstraints(Store& store, const Clock& clock) {
  return std::make_unique<StoredConstraints>(store, clock);
}

}  // namespace pln::app
