#include "app/programs/optimal_matching.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include "base/text.h"
#include "domain/mentor_fit.h"
#include "matching/assignment.h"

namespace pln::app {
namespace {

using domain::ParticipantRole;
using domain::Visibility;

bool SharedWithMembers(Visibility v) {
  return v != Visibility::kConnections;
}

const domain::Profile& ProfileOf(const MatchInput& in, MemberId id) {
  static const domain::Profile kEmpty;
  auto it = in.profiles.find(id);
  return it == in.profiles.end() ? kEmpty : it->second;
}

domain::LearnerNeeds NeedsOf(const domain::Profile& p) {
  domain::Profile visible;
  if (SharedWithMembers(p.visibility.skills)) {
    visible.fields = p.fields;
    visible.skills = p.skills;
  }
  if (SharedWithMembers(p.visibility.goals)) visible.goals = p.goals;
  domain::LearnerNeeds needs;
  needs.focus_skills = domain::DeriveFocusSkills(visible);
  needs.fields = visible.fields;
  needs.skills = visible.skills;
  needs.stage = p.stage;
  return needs;
}

domain::MentorAreas AreasOf(const domain::Profile& p) {
  domain::MentorAreas areas;
  if (SharedWithMembers(p.visibility.skills)) {
    areas.fields = p.fields;
    areas.skills = p.skills;
  }
  areas.stage = p.stage;
  return areas;
}

std::string OrganizationOf(const domain::Profile& p) {
  if (!SharedWithMembers(p.visibility.details)) return "";
  return AsciiLower(NormalizeSpace(p.organization));
}

std::string JoinList(const std::vector<std::string>& items) {
  std::string out;
  for (size_t i = 0; i < items.size(); ++i) {
    out += (i == 0 ? "" : i + 1 == items.size() ? " and " : ", ") + items[i];
  }
  return out;
}

// Reasons as the lead reads them (about the mentee, not to them).
std::vector<std::string> ReasonsFor(const domain::MentorFit& fit, int rank) {
  std::vector<std::string> out;
  if (rank > 0) out.push_back("ranked #" + std::to_string(rank) + " by the mentee");
  if (fit.focus_total > 0 && !fit.covered.empty()) {
    out.push_back("covers " + std::to_string(fit.covered.size()) + " of the mentee's " +
                  std::to_string(fit.focus_total) + " goal skill" +
                  (fit.focus_total == 1 ? "" : "s") + " (" + JoinList(fit.covered) + ")");
  }
  if (!fit.shared_fields.empty()) out.push_back("both work in " + JoinList(fit.shared_fields));
  if (fit.stage_ahead) out.push_back("further along in their career");
  if (out.empty()) out.push_back("no shared fields or skills stated");
  return out;
}

struct Roster {
  std::vector<const domain::Participant*> mentees, mentors;
  std::unordered_map<MemberId, size_t> mentee_index, mentor_index;
};

Roster MakeRoster(const MatchInput& in) {
  Roster r;
  for (const domain::Participant& p : in.participants) {
    if (p.role == ParticipantRole::kMentee) {
      r.mentee_index.emplace(p.member, r.mentees.size());
      r.mentees.push_back(&p);
    } else {
      r.mentor_index.emplace(p.member, r.mentors.size());
      r.mentors.push_back(&p);
    }
  }
  return r;
}

// Why a pair is not allowed, or empty when it is.
std::string Excluded(const MatchInput& in, const domain::Participant& mentee,
                     const domain::Participant& mentor,
                     const std::set<std::pair<MemberId, MemberId>>& blocked,
                     const std::set<std::pair<MemberId, MemberId>>& forbidden) {
  if (mentor.capacity <= 0) return "the mentor has no capacity";
  if (std::find(mentee.avoid.begin(), mentee.avoid.end(), mentor.member) != mentee.avoid.end() ||
      std::find(mentor.avoid.begin(), mentor.avoid.end(), mentee.member) != mentor.avoid.end()) {
    return "on an avoid list";
  }
  if (forbidden.count({mentee.member, mentor.member}) > 0) return "forbidden by a lead";
  if (blocked.count({mentee.member, mentor.member}) > 0 ||
      blocked.count({mentor.member, mentee.member}) > 0) {
    return "not allowed between these members";  // never say who blocked whom
  }
  if (in.exclude_same_organization) {
    const std::string a = OrganizationOf(ProfileOf(in, mentee.member));
    if (!a.empty() && a == OrganizationOf(ProfileOf(in, mentor.member))) {
      return "same organization";
    }
  }
  return "";
}

}  // namespace

std::vector<CandidatePair> CandidatePairs(const MatchInput& in) {
  const Roster roster = MakeRoster(in);
  std::set<std::pair<MemberId, MemberId>> blocked(in.blocked.begin(), in.blocked.end());
  std::set<std::pair<MemberId, MemberId>> forbidden;
  for (const domain::PairConstraint& c : in.constraints) {
    if (c.rule == domain::PairRule::kForbid) forbidden.insert({c.mentee, c.mentor});
  }
  std::vector<CandidatePair> out;
  for (const domain::Participant* mentee : roster.mentees) {
    const domain::LearnerNeeds needs = NeedsOf(ProfileOf(in, mentee->member));
    for (const domain::Participant* mentor : roster.mentors) {
      if (!Excluded(in, *mentee, *mentor, blocked, forbidden).empty()) continue;
      const domain::MentorFit fit =
          domain::ScoreMentorFit(needs, AreasOf(ProfileOf(in, mentor->member)));
      CandidatePair c;
      c.mentee = mentee->member;
      c.mentor = mentor->member;
      auto r = std::find(mentee->ranked.begin(), mentee->ranked.end(), mentor->member);
      c.preference_rank =
          r == mentee->ranked.end() ? 0 : static_cast<int>(r - mentee->ranked.begin()) + 1;
      c.fit_milli = static_cast<int>(std::lround(fit.score * 1000));
      c.score_milli = c.fit_milli + domain::PreferenceBonusMilli(c.preference_rank);
      c.reasons = ReasonsFor(fit, c.preference_rank);
      out.push_back(std::move(c));
    }
  }
  return out;
}

Result<domain::Proposal> ComputeProposal(const MatchInput& in, int64_t now) {
  const Roster roster = MakeRoster(in);
  std::vector<CandidatePair> candidates = CandidatePairs(in);
  std::map<std::pair<MemberId, MemberId>, size_t> candidate_at;
  for (size_t i = 0; i < candidates.size(); ++i) {
    candidate_at.emplace(std::make_pair(candidates[i].mentee, candidates[i].mentor), i);
  }

  // Pins: validate, then fix them in place.
  std::set<std::pair<MemberId, MemberId>> blocked(in.blocked.begin(), in.blocked.end());
  std::set<std::pair<MemberId, MemberId>> forbidden;
  for (const domain::PairConstraint& c : in.constraints) {
    if (c.rule == domain::PairRule::kForbid) forbidden.insert({c.mentee, c.mentor});
  }
  std::vector<FieldError> errors;
  std::unordered_map<MemberId, size_t> pinned_candidate;  // mentee → candidate
  std::vector<int> capacity(roster.mentors.size());
  for (size_t m = 0; m < roster.mentors.size(); ++m) capacity[m] = roster.mentors[m]->capacity;
  for (size_t i = 0; i < in.constraints.size(); ++i) {
    const domain::PairConstraint& c = in.constraints[i];
    if (c.rule != domain::PairRule::kPin) continue;
    const std::string field = "constraints[" + std::to_string(i) + "]";
    auto e = roster.mentee_index.find(c.mentee);
    auto m = roster.mentor_index.find(c.mentor);
    if (e == roster.mentee_index.end() || m == roster.mentor_index.end()) {
      errors.push_back({field, "pins members who are no longer a mentee and a mentor here"});
      continue;
    }
    auto at = candidate_at.find({c.mentee, c.mentor});
    if (at == candidate_at.end()) {
      errors.push_back({field, "pins a pair that is not allowed: " +
                                   Excluded(in, *roster.mentees[e->second],
                                            *roster.mentors[m->second], blocked, forbidden)});
      continue;
    }
    if (pinned_candidate.count(c.mentee) > 0) {
      errors.push_back({field, "pins a mentee who is already pinned to another mentor"});
      continue;
    }
    if (capacity[m->second] <= 0) {
      errors.push_back({field, "pins more mentees than the mentor's capacity"});
      continue;
    }
    --capacity[m->second];
    pinned_candidate.emplace(c.mentee, at->second);
  }
  if (!errors.empty()) {
    return ValidationError(std::move(errors), "Some pins cannot be honoured.");
  }

  matching::Problem problem;
  problem.mentees = static_cast<int32_t>(roster.mentees.size());
  problem.mentors = static_cast<int32_t>(roster.mentors.size());
  problem.capacity = capacity;
  std::vector<bool> has_candidate(roster.mentees.size(), false);
  for (const CandidatePair& c : candidates) {
    const size_t e = roster.mentee_index.at(c.mentee);
    has_candidate[e] = true;
    if (pinned_candidate.count(c.mentee) > 0) continue;
    problem.edges.push_back({static_cast<int32_t>(e),
                             static_cast<int32_t>(roster.mentor_index.at(c.mentor)),
                             static_cast<double>(c.score_milli)});
  }
  const matching::Assignment assignment = matching::Solve(problem);

  domain::Proposal proposal;
  proposal.computed_at = now;
  for (size_t e = 0; e < roster.mentees.size(); ++e) {
    const MemberId mentee = roster.mentees[e]->member;
    const CandidatePair* chosen = nullptr;
    bool pinned = false;
    if (auto p = pinned_candidate.find(mentee); p != pinned_candidate.end()) {
      chosen = &candidates[p->second];
      pinned = true;
    } else if (assignment.mentor_of[e] != matching::Assignment::kUnmatched) {
      const MemberId mentor = roster.mentors[static_cast<size_t>(assignment.mentor_of[e])]->member;
      chosen = &candidates[candidate_at.at({mentee, mentor})];
    }
    if (chosen == nullptr) {
      proposal.unmatched.push_back(
          {mentee, has_candidate[e] ? std::string("capacity") : std::string("no_allowed_mentor")});
      continue;
    }
    domain::ProposedPair pair;
    pair.mentee = mentee;
    pair.mentor = chosen->mentor;
    pair.score_milli = chosen->score_milli;
    pair.fit_milli = chosen->fit_milli;
    pair.preference_rank = chosen->preference_rank;
    pair.pinned = pinned;
    pair.reasons = chosen->reasons;
    if (pinned) pair.reasons.insert(pair.reasons.begin(), "pinned by a program lead");
    proposal.total_score_milli += pair.score_milli;
    proposal.pairs.push_back(std::move(pair));
  }
  auto by_mentee = [](const auto& a, const auto& b) { return a.mentee < b.mentee; };
  std::sort(proposal.pairs.begin(), proposal.pairs.end(), by_mentee);
  std::sort(proposal.unmatched.begin(), proposal.unmatched.end(), by_mentee);
  return proposal;
}

}  // namespace pln::app
