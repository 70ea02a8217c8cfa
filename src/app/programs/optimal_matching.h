// Cohort matching for a program: from participants, profiles, preferences and
// the lead's pins/forbids to an optimal proposal with per-pair reasons. Pure
// (no I/O); app/programs/matching.h loads the inputs and stores the result.
//
// Candidate pairs are every mentee × mentor pair that no hard constraint rules
// out: either side's avoid list, a forbid, the same organization (when the
// program excludes it), a block in either direction, or a mentor with capacity
// 0. A pair scores pln's mentor fit (domain::ScoreMentorFit, 0..1) plus the
// mentee's stated preference, 0.2 × (6 − rank), in thousandths so totals are
// exact. Pins are forced pairs: each must be a candidate, a mentee is pinned
// at most once, and pins may not exceed a mentor's capacity. The rest is
// solved by src/matching (most matched mentees first, then the highest total
// score) with pinned mentees removed and pinned mentors' capacity reduced,
// which is exactly the optimum over all assignments that contain the pins.
//
// Privacy: only what a member shows to all members feeds the score and the
// reasons (skills and fields when the skills section is not connections-only,
// goals likewise; organization when details are not connections-only), since
// the lead reads the reasons.
//
// Thread safety: pure functions.
#pragma once

#include <unordered_map>
#include <utility>
#include <vector>

#include "base/ids.h"
#include "base/result.h"
#include "domain/member.h"
#include "domain/program.h"

namespace pln::app {

struct MatchInput {
  std::vector<domain::Participant> participants;
  std::unordered_map<MemberId, domain::Profile> profiles;  // missing: an empty profile
  std::vector<domain::PairConstraint> constraints;
  std::vector<std::pair<MemberId, MemberId>> blocked;  // blocker, blocked (either counts)
  bool exclude_same_organization = false;
};

// One allowed pair with its score and reasons (pinned left false).
struct CandidatePair {
  MemberId mentee, mentor;
  int score_milli = 0, fit_milli = 0, preference_rank = 0;
  std::vector<std::string> reasons;
};

// Every allowed pair, by mentee then mentor (participant order).
std::vector<CandidatePair> CandidatePairs(const MatchInput& input);

// The optimal proposal. kValidation with field "constraints[i]" for a pin that
// breaks a hard constraint, pins a mentee twice or overfills a mentor; nothing
// is computed then. Unmatched mentees carry "no_allowed_mentor" when no
// candidate pair exists for them, else "capacity". `now` stamps the proposal.
Result<domain::Proposal> ComputeProposal(const MatchInput& input, int64_t now);

}  // namespace pln::app
