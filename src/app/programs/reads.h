// Reads the parts of app/programs/ share, inside the caller's transaction:
// the people a view names, the program and proposal views, and the inputs of
// the optimal matching. No authorization here: callers check access first
// (app/programs/access.h). Internal to app/programs/.
#pragma once

#include <unordered_map>
#include <vector>

#include "app/programs/access.h"
#include "app/programs/optimal_matching.h"
#include "app/programs/views.h"
#include "app/repositories.h"
#include "domain/member.h"
#include "domain/program.h"

namespace pln::app {

// Members loaded once for a view; a missing one reads as a bare id.
struct People {
  std::unordered_map<MemberId, domain::Member> members;
  MemberSummary Summary(MemberId id) const;
};
Result<People> LoadPeople(Tx& tx, std::vector<MemberId> ids);

std::vector<MemberId> IdsOf(const std::vector<domain::Participant>& participants);
int CountRole(const std::vector<domain::Participant>& participants, domain::ParticipantRole role);
// `with_email` only for the leads' views.
ParticipantView ViewOf(const domain::Participant& p, const People& people, bool with_email);

// The program as `me` sees it (`access` from LoadAccess for `me`).
Result<ProgramView> BuildView(Tx& tx, MemberId me, Access access);
Result<ProposalView> BuildProposalView(Tx& tx, const domain::Program& program,
                                       domain::Proposal proposal);
// The proposal's pairs as the mentorship seams take them (app/programs/ports.h).
std::vector<PublishedPair> PublishedPairs(const domain::Proposal& proposal);
// Participants, pins/forbids, blocks and profiles, as the program stands now.
Result<MatchInput> LoadMatchInput(Tx& tx, const domain::Program& program);

}  // namespace pln::app
