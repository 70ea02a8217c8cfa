#include "app/programs/matching.h"

#include <algorithm>
#include <set>
#include <unordered_map>
#include <utility>

#include "app/events/ports.h"
#include "app/programs/access.h"
#include "app/programs/optimal_matching.h"
#include "app/programs/reads.h"

namespace pln::app {
namespace {

using domain::Participant;
using domain::ParticipantRole;

// The proposal still fits the program: every pair is allowed now and the
// mentors' capacities hold. Participants, preferences or constraints may have
// changed since matching ran.
Status CheckStillValid(const MatchInput& in, const domain::Proposal& proposal) {
  std::set<std::pair<MemberId, MemberId>> allowed;
  for (const CandidatePair& c : CandidatePairs(in)) allowed.insert({c.mentee, c.mentor});
  std::unordered_map<MemberId, int> room;
  for (const Participant& p : in.participants) {
    if (p.role == ParticipantRole::kMentor) room[p.member] = p.capacity;
  }
  for (const domain::ProposedPair& pair : proposal.pairs) {
    if (allowed.count({pair.mentee, pair.mentor}) == 0 || --room[pair.mentor] < 0) {
      return ConflictError("stale_proposal",
                           "Participants, preferences or constraints changed since matching "
                           "ran; run the matching again before publishing.");
    }
  }
  for (const domain::PairConstraint& c : in.constraints) {
    if (c.rule != domain::PairRule::kPin) continue;
    bool kept = std::any_of(proposal.pairs.begin(), proposal.pairs.end(), [&](const auto& p) {
      return p.mentee == c.mentee && p.mentor == c.mentor;
    });
    if (!kept) {
      return ConflictError("stale_proposal",
                           "A pin was added since matching ran; run the matching again.");
    }
  }
  return Status::Ok();
}

// Records the published assignment: its mentees and mentors are told what it
// means for them (NotificationConsumer).
Status RecordPublished(Tx& tx, const domain::Program& program, const domain::Proposal& proposal,
                       MemberId by, int64_t now) {
  ProgramPublished e;
  e.program = program.id;
  e.name = program.name;
  for (const domain::ProposedPair& p : proposal.pairs) e.pairs.push_back({p.mentee, p.mentor});
  for (const domain::UnmatchedMentee& u : proposal.unmatched) e.unmatched.push_back(u.mentee);
  return Emit(tx, std::move(e), now, by);
}

class StoredMatching final : public ProgramMatching {
 public:
  StoredMatching(Store& store, const Clock& clock, ProgramMentorshipSink& sink)
      : store_(store), clock_(clock), sink_(sink) {}

  Result<ProposalView> Run(MemberId me, ProgramId id) override {
    const int64_t now = clock_.NowMs();
    ProposalView view;
    RETURN_IF_ERROR(store_.Write([&](Tx& tx) -> Status {
      ASSIGN_OR_RETURN(Access access, LoadForLead(tx, me, id));
      if (!domain::CanRunMatching(access.program.status)) {
        return WrongStatus(access.program, "the assignment is final");
      }
      ASSIGN_OR_RETURN(MatchInput in, LoadMatchInput(tx, access.program));
      if (CountRole(in.participants, ParticipantRole::kMentee) == 0 ||
          CountRole(in.participants, ParticipantRole::kMentor) == 0) {
        return ConflictError("no_participants",
                             "Import at least one mentee and one mentor before matching.");
      }
      ASSIGN_OR_RETURN(domain::Proposal proposal, ComputeProposal(in, now));
      RETURN_IF_ERROR(tx.programs().SaveProposal(id, proposal));
      RETURN_IF_ERROR(tx.programs().SetStatus(id, domain::ProgramStatus::kMatching, now));
      access.program.status = domain::ProgramStatus::kMatching;
      ASSIGN_OR_RETURN(view, BuildProposalView(tx, access.program, std::move(proposal)));
      return Status::Ok();
    }));
    return view;
  }

  Result<ProposalView> Proposal(MemberId me, ProgramId id) override {
    ProposalView view;
    RETURN_IF_ERROR(store_.Read([&](Tx& tx) -> Status {
      ASSIGN_OR_RETURN(Access access, LoadForLead(tx, me, id));
      ASSIGN_OR_RETURN(auto proposal, tx.programs().GetProposal(id));
      if (!proposal) return NotFoundError("proposal");
      ASSIGN_OR_RETURN(view, BuildProposalView(tx, access.program, std::move(*proposal)));
      return Status::Ok();
    }));
    return view;
  }

  Result<ProgramView> Publish(MemberId me, ProgramId id) override {
    const int64_t now = clock_.NowMs();
    ProgramView view;
    RETURN_IF_ERROR(store_.Write([&](Tx& tx) -> Status {
      ASSIGN_OR_RETURN(Access access, LoadForLead(tx, me, id));
      if (!domain::CanPublish(access.program.status)) {
        return WrongStatus(access.program, access.program.status == domain::ProgramStatus::kDraft
                                               ? "run the matching before publishing"
                                               : "it was published already");
      }
      ASSIGN_OR_RETURN(auto proposal, tx.programs().GetProposal(id));
      if (!proposal) return WrongStatus(access.program, "run the matching before publishing");
      ASSIGN_OR_RETURN(MatchInput in, LoadMatchInput(tx, access.program));
      RETURN_IF_ERROR(CheckStillValid(in, *proposal));
      RETURN_IF_ERROR(tx.programs().SetStatus(id, domain::ProgramStatus::kPublished, now));
      access.program.status = domain::ProgramStatus::kPublished;
      access.program.published_at = now;
      RETURN_IF_ERROR(sink_.OnPublished(tx, access.program, PublishedPairs(*proposal), now));
      RETURN_IF_ERROR(RecordPublished(tx, access.program, *proposal, me, now));
      ASSIGN_OR_RETURN(access, LoadAccess(tx, me, id));
      ASSIGN_OR_RETURN(view, BuildView(tx, me, std::move(access)));
      return Status::Ok();
    }));
    return view;
  }

 private:
  Store& store_;
  const Clock& clock_;
  ProgramMentorshipSink& sink_;
};

}  // namespace

std::unique_ptr<ProgramMatching> MakeProgramMatching(Store& store, const Clock& clock,
                                                     ProgramMentorshipSink& sink) {
  return std::make_unique<StoredMatching>(store, clock, sink);
}

}  // namespace pln::app
