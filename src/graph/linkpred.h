// Link-prediction evaluation: random edge holdout, hit rate@K and MRR, and the
// weight tuning behind pln's blended scorer.
//
// Protocol (docs/linkpred.md):
//   * HoldoutSplit hides a seeded random share of the undirected edges, only
//     hiding an edge if both endpoints keep at least one training edge (so every
//     query stays a known member with a neighbourhood).
//   * Queries are the endpoints of hidden edges. Each hidden edge {u,v} counts as
//     two directed pairs (u→v and v→u). hit@K = share of directed pairs (u,v) with
//     v in u's top K; MRR = mean over pairs of 1/rank of v in u's list, truncated
//     at max(K, 100) (0 when absent). Existing training neighbours are never
//     ranked, other hidden neighbours of u are (they are simply other hits).
//   * TuneWeights never sees the test edges: it hides a validation share of the
//     TRAINING edges, gathers pln's candidates and features on what remains and
//     picks feature weights by coordinate ascent on validation hit rate + MRR,
//     starting from resource allocation alone.
//
// Thread safety: functions are reentrant; Evaluate runs `threads` workers that
// call the ranker concurrently (rankers must be thread-safe).
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <utility>
#include <vector>

#include "graph/edge_list.h"
#include "graph/recommender.h"

namespace pln::graph {

using EdgePairs = std::vector<std::pair<uint32_t, uint32_t>>;

struct HoldoutResult {
  EdgePairs train, test;
};
HoldoutResult HoldoutSplit(uint32_t node_count, const EdgePairs& edges, double fraction,
                           uint64_t seed);

struct Metrics {
  std::vector<size_t> ks;
  std::vector<double> hit_rate;  // parallel to ks
  double mrr = 0;
  size_t pairs = 0;  // directed held-out pairs
  size_t queries = 0;
  double seconds = 0;  // wall time of the ranking calls
  // The same restricted to "sparse" queries (training degree <= sparse_max_degree),
  // the members for whom the graph alone says little: where attributes matter.
  std::vector<double> sparse_hit_rate;
  double sparse_mrr = 0;
  size_t sparse_pairs = 0;
};

// Fills `out` with the query's top-k member indices, best first.
using Ranker = std::function<void(uint32_t query, size_t k, std::vector<uint32_t>& out)>;
using Progress = std::function<void(size_t done, size_t total)>;

// `train_degree` (optional, per node) enables the sparse-query breakdown.
Metrics Evaluate(uint32_t node_count, const EdgePairs& test, const Ranker& ranker,
                 const std::vector<size_t>& ks, unsigned threads = 2,
                 const Progress& progress = nullptr,
                 const std::vector<uint32_t>* train_degree = nullptr,
                 uint32_t sparse_max_degree = 5);

struct TuneOptions {
  std::vector<size_t> ks = {10, 20, 50};
  double validation_fraction = 0.1;
  uint64_t seed = 1;
  size_t max_queries = 4000;
  RecommendOptions recommend;
  int rounds = 3;
};
struct TuneResult {
  Weights weights{};
  double baseline_objective = 0;  // resource allocation alone on validation
  double objective = 0;           // with the tuned weights
};
Result<TuneResult> TuneWeights(uint32_t node_count, const EdgePairs& train,
                               const AttributeTable* attributes, const TuneOptions& options,
                               const Progress& progress = nullptr);

}  // namespace pln::graph
