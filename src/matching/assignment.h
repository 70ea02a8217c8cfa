// Optimal mentee → mentor assignment with mentor capacities.
//
// Solve() returns an assignment that (1) maximises the number of matched mentees and
// (2) among those, maximises the total score. It is exact: a lexicographic min-cost
// flow solved by successive shortest paths (one Dijkstra with node potentials per unit
// of mentor capacity, capped at the mentor's candidate count), where each pair costs
// (-1, -score) and a unit may stay unused at cost (0, 0). Costs are compared
// lexicographically, so
// the count is optimised exactly (no big-M) and the score second. See
// docs/adr/0003-matching-solver.md.
//
// Thread safety: pure function; no shared state.
#pragma once

#include <cstdint>
#include <vector>

namespace pln::matching {

struct Edge {
  int32_t mentee;  // 0 .. mentees-1
  int32_t mentor;  // 0 .. mentors-1
  double score;    // any finite number; higher is better
};

struct Problem {
  int32_t mentees = 0;
  int32_t mentors = 0;
  std::vector<int32_t> capacity;  // per mentor, >= 0
  std::vector<Edge> edges;        // allowed pairs; duplicates keep the best score
};

struct Assignment {
  static constexpr int32_t kUnmatched = -1;
  std::vector<int32_t> mentor_of;  // per mentee: mentor index or kUnmatched
  int64_t matched = 0;
  double score = 0;
};

// Preconditions (programmer errors, asserted): indices in range, capacities >= 0.
Assignment Solve(const Problem& problem);

// Greedy baseline for benchmarks: pairs by descending score while capacity lasts.
Assignment SolveGreedy(const Problem& problem);

}  // namespace pln::matching
