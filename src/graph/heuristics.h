// Classic single-feature link-prediction scorers, used as baselines by the
// evaluation harness (graph/linkpred.h). Exact: no degree caps, no budgets.
//
//   common neighbours      |N(u) ∩ N(v)|
//   Adamic–Adar            Σ_{z ∈ N(u) ∩ N(v)} 1 / ln |N(z)|
//   resource allocation    Σ_{z ∈ N(u) ∩ N(v)} 1 / |N(z)|
//   personalized PageRank  PPR vector of u (restart probability alpha), computed by
//                          the push method of Andersen, Chung & Lang (2006) to
//                          residual tolerance epsilon per unit of degree.
//
// Candidates are non-neighbours v != u with a positive score; ranking ties go to
// the lower node index. Sums run over z in ascending index order.
//
// Thread safety: reentrant; per-thread scratch buffers.
#pragma once

#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

#include "graph/snapshot.h"

namespace pln::graph {

enum class Heuristic { kCommonNeighbours, kAdamicAdar, kResourceAllocation, kPersonalizedPageRank };
std::string_view HeuristicName(Heuristic h);

struct PageRankOptions {
  double alpha = 0.15;    // restart probability
  double epsilon = 1e-5;  // push threshold: residual(v) > epsilon * deg(v)
};

// Every candidate of u with its score, in ascending node order.
std::vector<std::pair<uint32_t, double>> HeuristicScores(const Snapshot& g, uint32_t u, Heuristic h,
                                                         const PageRankOptions& ppr = {});

// The k best candidates of u, best first.
std::vector<uint32_t> HeuristicTopK(const Snapshot& g, uint32_t u, Heuristic h, size_t k,
                                    const PageRankOptions& ppr = {});

}  // namespace pln::graph
