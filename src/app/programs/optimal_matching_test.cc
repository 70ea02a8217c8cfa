#include "app/programs/optimal_matching.h"

#include <functional>
#include <random>
#include <set>

#include <gtest/gtest.h>

namespace pln::app {
namespace {

using domain::PairConstraint;
using domain::PairRule;
using domain::Participant;
using domain::ParticipantRole;

domain::Profile Person(std::string org, std::vector<std::string> fields,
                       std::vector<domain::Skill> skills, domain::CareerStage stage) {
  domain::Profile p;
  p.organization = std::move(org);
  p.fields = std::move(fields);
  p.skills = std::move(skills);
  p.stage = stage;
  return p;
}

Participant Mentee(int64_t id, std::vector<int64_t> ranked = {}, std::vector<int64_t> avoid = {}) {
  Participant p;
  p.member = MemberId(id);
  p.role = ParticipantRole::kMentee;
  for (int64_t r : ranked) p.ranked.push_back(MemberId(r));
  for (int64_t a : avoid) p.avoid.push_back(MemberId(a));
  return p;
}

Participant Mentor(int64_t id, int capacity, std::vector<int64_t> avoid = {}) {
  Participant p;
  p.member = MemberId(id);
  p.role = ParticipantRole::kMentor;
  p.capacity = capacity;
  for (int64_t a : avoid) p.avoid.push_back(MemberId(a));
  return p;
}

MemberId MentorOf(const domain::Proposal& p, int64_t mentee) {
  for (const auto& pair : p.pairs) {
    if (pair.mentee == MemberId(mentee)) return pair.mentor;
  }
  return MemberId();
}

TEST(ProgramMatchingTest, ScoresFitAndPreferenceWithReasons) {
  MatchInput in;
  in.participants = {Mentee(1, {11}), Mentor(10, 1), Mentor(11, 1)};
  in.profiles[MemberId(1)] =
      Person("", {"Data Science"}, {{"Python", 2}}, domain::CareerStage::kLearner);
  in.profiles[MemberId(10)] =
      Person("", {"Data Science"}, {{"Python", 5}}, domain::CareerStage::kExperienced);
  in.profiles[MemberId(11)] = Person("", {"Design"}, {}, domain::CareerStage::kExperienced);
  auto pairs = CandidatePairs(in);
  ASSERT_EQ(pairs.size(), 2u);
  EXPECT_EQ(pairs[0].preference_rank, 0);
  EXPECT_GT(pairs[0].fit_milli, pairs[1].fit_milli);
  EXPECT_EQ(pairs[1].preference_rank, 1);
  EXPECT_EQ(pairs[1].score_milli, pairs[1].fit_milli + 1000);
  EXPECT_EQ(pairs[0].reasons.at(0), "covers 1 of the mentee's 1 goal skill (Python)");
  EXPECT_EQ(pairs[1].reasons.at(0), "ranked #1 by the mentee");
  // The stated preference outweighs the better fit here.
  auto proposal = ComputeProposal(in, 5);
  ASSERT_TRUE(proposal.ok());
  EXPECT_EQ(MentorOf(*proposal, 1), MemberId(11));
  EXPECT_EQ(proposal->computed_at, 5);
}

TEST(ProgramMatchingTest, HardConstraintsRemovePairs) {
  MatchInput in;
  in.exclude_same_organization = true;
  // 1 avoids 10; 11 avoids 2; 3 and 12 share an organization; 4 and 13 are
  // blocked; 5–14 is forbidden; 15 has capacity 0.
  in.participants = {Mentee(1, {}, {10}), Mentee(2),     Mentee(3),          Mentee(4),
                     Mentee(5),           Mentor(10, 5), Mentor(11, 5, {2}), Mentor(12, 5),
                     Mentor(13, 5),       Mentor(14, 5), Mentor(15, 0)};
  in.profiles[MemberId(3)] = Person("Acme Ltd", {}, {}, domain::CareerStage::kLearner);
  in.profiles[MemberId(12)] = Person(" acme  LTD", {}, {}, domain::CareerStage::kExperienced);
  in.blocked = {{MemberId(13), MemberId(4)}};
  in.constraints = {{MemberId(5), MemberId(14), PairRule::kForbid}};
  std::set<std::pair<int64_t, int64_t>> allowed;
  for (const auto& c : CandidatePairs(in)) allowed.insert({c.mentee.value(), c.mentor.value()});
  EXPECT_FALSE(allowed.count({1, 10}));
  EXPECT_FALSE(allowed.count({2, 11}));
  EXPECT_FALSE(allowed.count({3, 12}));
  EXPECT_FALSE(allowed.count({4, 13}));
  EXPECT_FALSE(allowed.count({5, 14}));
  for (int64_t e = 1; e <= 5; ++e) EXPECT_FALSE(allowed.count({e, 15}));
  EXPECT_EQ(allowed.size(), 5u * 5u - 5u);

  in.exclude_same_organization = false;
  bool found = false;
  for (const auto& c : CandidatePairs(in))
    found |= c.mentee == MemberId(3) && c.mentor == MemberId(12);
  EXPECT_TRUE(found);
}

TEST(ProgramMatchingTest, HiddenOrganizationIsNotUsed) {
  MatchInput in;
  in.exclude_same_organization = true;
  in.participants = {Mentee(1), Mentor(10, 1)};
  in.profiles[MemberId(1)] = Person("Acme", {}, {}, domain::CareerStage::kLearner);
  in.profiles[MemberId(10)] = Person("Acme", {}, {}, domain::CareerStage::kExperienced);
  EXPECT_TRUE(CandidatePairs(in).empty());
  in.profiles[MemberId(10)].visibility.details = domain::Visibility::kConnections;
  EXPECT_EQ(CandidatePairs(in).size(), 1u);
}

TEST(ProgramMatchingTest, ExplainsUnmatchedMentees) {
  MatchInput in;
  in.participants = {Mentee(1, {}, {10}), Mentee(2), Mentee(3), Mentor(10, 1)};
  auto proposal = ComputeProposal(in, 0);
  ASSERT_TRUE(proposal.ok());
  ASSERT_EQ(proposal->pairs.size(), 1u);
  ASSERT_EQ(proposal->unmatched.size(), 2u);
  EXPECT_EQ(proposal->unmatched[0].mentee, MemberId(1));
  EXPECT_EQ(proposal->unmatched[0].reason, "no_allowed_mentor");
  EXPECT_EQ(proposal->unmatched[1].reason, "capacity");
}

TEST(ProgramMatchingTest, PinsAreHonouredAndValidated) {
  MatchInput in;
  in.participants = {Mentee(1, {10}), Mentee(2, {10}), Mentor(10, 1), Mentor(11, 1, {2})};
  // Without pins mentee 1 gets 10 and 2 gets nothing, or the reverse; pin 2 → 10.
  in.constraints = {{MemberId(2), MemberId(10), PairRule::kPin}};
  auto proposal = ComputeProposal(in, 0);
  ASSERT_TRUE(proposal.ok());
  EXPECT_EQ(MentorOf(*proposal, 2), MemberId(10));
  EXPECT_EQ(MentorOf(*proposal, 1), MemberId(11));
  for (const auto& p : proposal->pairs) {
    EXPECT_EQ(p.pinned, p.mentee == MemberId(2));
    if (p.pinned) {
      EXPECT_EQ(p.reasons.at(0), "pinned by a program lead");
    }
  }

  // A pin against an avoid list, a second pin for the mentee, an overfull mentor.
  in.constraints = {{MemberId(2), MemberId(11), PairRule::kPin},
                    {MemberId(1), MemberId(10), PairRule::kPin},
                    {MemberId(1), MemberId(11), PairRule::kPin},
                    {MemberId(2), MemberId(10), PairRule::kPin}};
  auto bad = ComputeProposal(in, 0);
  ASSERT_FALSE(bad.ok());
  std::vector<std::string> fields;
  for (const auto& d : bad.error().details()) fields.push_back(d.field);
  EXPECT_EQ(fields,
            (std::vector<std::string>{"constraints[0]", "constraints[2]", "constraints[3]"}));
}

// Exhaustive optimum: the most matched mentees, then the highest total score,
// over every assignment that keeps the pins and capacities.
std::pair<int64_t, int64_t> BruteForce(const MatchInput& in) {
  std::vector<MemberId> mentees;
  std::unordered_map<MemberId, int> capacity;
  for (const auto& p : in.participants) {
    if (p.role == ParticipantRole::kMentee) {
      mentees.push_back(p.member);
    } else {
      capacity[p.member] = p.capacity;
    }
  }
  std::unordered_map<MemberId, std::vector<std::pair<MemberId, int>>> options;
  for (const auto& c : CandidatePairs(in)) options[c.mentee].push_back({c.mentor, c.score_milli});
  std::unordered_map<MemberId, MemberId> pins;
  for (const auto& c : in.constraints) {
    if (c.rule == PairRule::kPin) pins[c.mentee] = c.mentor;
  }
  std::pair<int64_t, int64_t> best{-1, 0};
  std::function<void(size_t, int64_t, int64_t)> go = [&](size_t i, int64_t matched, int64_t score) {
    if (i == mentees.size()) {
      best = std::max(best, {matched, score});
      return;
    }
    const MemberId e = mentees[i];
    auto pin = pins.find(e);
    if (pin == pins.end()) go(i + 1, matched, score);
    for (const auto& [mentor, s] : options[e]) {
      if (pin != pins.end() && pin->second != mentor) continue;
      if (capacity[mentor] == 0) continue;
      --capacity[mentor];
      go(i + 1, matched + 1, score + s);
      ++capacity[mentor];
    }
  };
  go(0, 0, 0);
  return best;
}

TEST(ProgramMatchingTest, OptimalOnRandomSmallInstancesWithConstraintsAndPins) {
  std::mt19937 rng(20261129);
  const std::vector<std::string> skills = {"Python", "SQL", "UX", "Writing", "Rust"};
  const std::vector<std::string> fields = {"Data", "Design", "Web"};
  int solved = 0;
  for (int round = 0; round < 300; ++round) {
    MatchInput in;
    in.exclude_same_organization = rng() % 2 == 0;
    const int mentees = 1 + static_cast<int>(rng() % 6), mentors = 1 + static_cast<int>(rng() % 4);
    auto random_profile = [&](domain::CareerStage stage) {
      domain::Profile p;
      p.organization = "org" + std::to_string(rng() % 3);
      p.fields = {fields[rng() % fields.size()]};
      for (const auto& s : skills) {
        if (rng() % 2) p.skills.push_back({s, 1 + static_cast<int>(rng() % 5)});
      }
      p.stage = stage;
      return p;
    };
    for (int m = 0; m < mentors; ++m) {
      Participant p = Mentor(100 + m, static_cast<int>(rng() % 3));
      if (rng() % 4 == 0) p.avoid.push_back(MemberId(1 + static_cast<int>(rng() % mentees)));
      in.profiles[p.member] = random_profile(domain::CareerStage::kExperienced);
      in.participants.push_back(p);
    }
    for (int e = 0; e < mentees; ++e) {
      Participant p = Mentee(1 + e);
      for (int m = 0; m < mentors; ++m) {
        const auto roll = rng() % 4;
        if (roll == 0 && p.ranked.size() < 5) p.ranked.push_back(MemberId(100 + m));
        if (roll == 1) p.avoid.push_back(MemberId(100 + m));
      }
      in.profiles[p.member] = random_profile(domain::CareerStage::kLearner);
      in.participants.push_back(p);
      if (rng() % 5 == 0) {
        in.blocked.push_back({MemberId(1 + e), MemberId(100 + static_cast<int>(rng() % mentors))});
      }
      if (rng() % 5 == 0) {
        in.constraints.push_back({MemberId(1 + e),
                                  MemberId(100 + static_cast<int>(rng() % mentors)),
                                  PairRule::kForbid});
      }
    }
    // A pin on a random allowed pair, when the mentor still has room.
    auto candidates = CandidatePairs(in);
    if (!candidates.empty() && rng() % 2 == 0) {
      const auto& c = candidates[rng() % candidates.size()];
      in.constraints.push_back({c.mentee, c.mentor, PairRule::kPin});
    }
    auto proposal = ComputeProposal(in, 0);
    ASSERT_TRUE(proposal.ok()) << proposal.error().details().at(0).message;
    auto [matched, score] = BruteForce(in);
    EXPECT_EQ(static_cast<int64_t>(proposal->pairs.size()), matched) << "round " << round;
    EXPECT_EQ(proposal->total_score_milli, score) << "round " << round;
    EXPECT_EQ(proposal->pairs.size() + proposal->unmatched.size(), static_cast<size_t>(mentees));
    ++solved;
  }
  EXPECT_EQ(solved, 300);
}

}  // namespace
}  // namespace pln::app
