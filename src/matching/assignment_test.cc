#include "matching/assignment.h"

#include <gtest/gtest.h>

#include <cmath>
#include <random>
#include <sstream>

#include "matching/csv_input.h"

namespace pln::matching {
namespace {

struct Best {
  int64_t matched = -1;
  double score = 0;
};

// Exhaustive search: every mentee picks nothing or one allowed mentor.
void Brute(const Problem& p, const std::vector<std::vector<std::pair<int32_t, double>>>& adj,
           int32_t i, std::vector<int32_t>& left, int64_t matched, double score, Best& best) {
  if (i == p.mentees) {
    if (matched > best.matched || (matched == best.matched && score > best.score + 1e-9)) {
      best = {matched, score};
    }
    return;
  }
  Brute(p, adj, i + 1, left, matched, score, best);
  for (auto [m, s] : adj[i]) {
    if (left[m] == 0) continue;
    --left[m];
    Brute(p, adj, i + 1, left, matched + 1, score + s, best);
    ++left[m];
  }
}

void CheckValid(const Problem& p, const Assignment& a) {
  std::vector<int32_t> load(p.mentors, 0);
  double score = 0;
  int64_t matched = 0;
  for (int32_t i = 0; i < p.mentees; ++i) {
    int32_t m = a.mentor_of[i];
    if (m == Assignment::kUnmatched) continue;
    ++load[m];
    ++matched;
    bool allowed = false;
    double best = -1e300;
    for (const Edge& e : p.edges) {
      if (e.mentee == i && e.mentor == m) {
        allowed = true;
        best = std::max(best, e.score);
      }
    }
    ASSERT_TRUE(allowed) << "mentee " << i << " got a pair that is not allowed";
    score += best;
  }
  for (int32_t m = 0; m < p.mentors; ++m) ASSERT_LE(load[m], p.capacity[m]);
  EXPECT_EQ(matched, a.matched);
  EXPECT_NEAR(score, a.score, 1e-9);
}

TEST(Solve, MatchesBruteForceOnRandomInstances) {
  std::mt19937_64 rng(7);
  for (int round = 0; round < 3000; ++round) {
    Problem p;
    p.mentees = 1 + static_cast<int32_t>(rng() % 7);
    p.mentors = 1 + static_cast<int32_t>(rng() % 4);
    for (int32_t m = 0; m < p.mentors; ++m) p.capacity.push_back(static_cast<int32_t>(rng() % 3));
    std::uniform_real_distribution<double> score(round % 3 == 0 ? -5.0 : 0.0, 10.0);
    std::vector<std::vector<std::pair<int32_t, double>>> adj(p.mentees);
    for (int32_t i = 0; i < p.mentees; ++i) {
      for (int32_t m = 0; m < p.mentors; ++m) {
        if (rng() % 100 < 55) {
          // Integer scores half the time, so ties are common.
          double s = round % 2 ? std::round(score(rng)) : score(rng);
          p.edges.push_back({i, m, s});
          adj[i].push_back({m, s});
        }
      }
    }
    Best best;
    std::vector<int32_t> left = p.capacity;
    Brute(p, adj, 0, left, 0, 0, best);
    Assignment a = Solve(p);
    CheckValid(p, a);
    ASSERT_EQ(a.matched, best.matched) << "round " << round;
    ASSERT_NEAR(a.score, best.score, 1e-7) << "round " << round;
  }
}

TEST(Solve, PrefersMoreMatchesOverHigherScore) {
  // a-x 100 alone would block b; a-y 1 + b-x 1 matches both.
  Problem p{2, 2, {1, 1}, {{0, 0, 100}, {0, 1, 1}, {1, 0, 1}}};
  Assignment a = Solve(p);
  EXPECT_EQ(a.matched, 2);
  EXPECT_DOUBLE_EQ(a.score, 2);
}

TEST(Solve, GreedyIsNeverBetter) {
  std::mt19937_64 rng(11);
  for (int round = 0; round < 50; ++round) {
    Problem p;
    p.mentees = 300;
    p.mentors = 60;
    for (int32_t m = 0; m < p.mentors; ++m) p.capacity.push_back(1 + rng() % 5);
    for (int32_t i = 0; i < p.mentees; ++i) {
      for (int k = 0; k < 8; ++k) {
        p.edges.push_back({i, static_cast<int32_t>(rng() % p.mentors), (rng() % 1000) / 10.0});
      }
    }
    Assignment exact = Solve(p), greedy = SolveGreedy(p);
    CheckValid(p, exact);
    EXPECT_TRUE(exact.matched > greedy.matched ||
                (exact.matched == greedy.matched && exact.score >= greedy.score - 1e-9));
  }
}

TEST(ReadProblem, ParsesAndFormats) {
  std::istringstream pairs("mentee,mentor,score\nann, bob ,2.5\nann,cat,1\n\ndan,bob,3\n");
  std::istringstream cap("bob,1\r\ncat,1\n");
  auto r = ReadProblem(pairs, "p.csv", cap, "c.csv");
  ASSERT_TRUE(r.ok());
  Assignment a = Solve(r->problem);
  EXPECT_EQ(FormatAssignment(*r, a), "ann,cat\ndan,bob\n# matched=2 score=4\n");
}

TEST(ReadProblem, ReportsLineNumbers) {
  auto err = [](std::string p, std::string c) {
    std::istringstream ps(p), cs(c);
    auto r = ReadProblem(ps, "p.csv", cs, "c.csv");
    return r.ok() ? std::string("ok") : r.error().message();
  };
  EXPECT_EQ(err("a,b,1\na,b\n", ""), "p.csv:2: expected mentee,mentor,score but found 2 field(s)");
  EXPECT_EQ(err("a,b,1\n\na,c,x\n", ""), "p.csv:3: score \"x\" is not a number");
  EXPECT_EQ(err("a,b,1\na,b,2\n", ""), "p.csv:2: pair a,b listed twice");
  EXPECT_EQ(err("a,b,nan\n", ""), "p.csv:1: score \"nan\" is not a number");
  EXPECT_EQ(err("a,b,1\n", "b,1\nb,-2\n"), "c.csv:2: capacity \"-2\" is not an integer >= 0");
  EXPECT_EQ(err("a,b,1\n", "b,1\nb,2\n"), "c.csv:2: mentor b listed twice");
  EXPECT_EQ(err("a,b,1\n", "b\n"), "c.csv:1: expected mentor,capacity but found 1 field(s)");
}

}  // namespace
}  // namespace pln::matching
