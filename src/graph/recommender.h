// "People you may know": candidate generation, features, blended score, reasons.
//
// For a viewer v the recommender gathers candidates from
//   * 2 hops: neighbours of v's neighbours (intermediates visited lowest degree
//     first; intermediates above max_intermediate_degree are skipped, and the
//     walk stops after max_two_hop_visits edge visits, so hubs neither dominate
//     nor cost unbounded work);
//   * 3 hops: resource spread one step further (a "local path" term), under its
//     own visit budget; it ranks the members two hops found and adds new ones
//     only while two hops found fewer than max_scored_candidates;
//   * attributes: members sharing v's organization, fields, skills or groups,
//     scanning at most max_posting_scan entries per inverted-index list; this is
//     also how newcomers without connections get suggestions (cold start), with
//     the most connected members as a last resort;
//   * follows either way.
// Each candidate gets a feature vector (Feature below) and the score is the dot
// product with Weights. Attribute similarity (same organization + the shared
// field/skill/group sums) also multiplies the graph terms, so shared profile
// facts can lift a candidate in proportion to its graph proximity. Weights are learned by
// graph/linkpred.h's TuneWeights on a validation split carved out of a training graph;
// DefaultWeights() are the values recorded in docs/linkpred.md.
//
// Never suggested: the viewer, existing connections, pending requests either
// way, dismissed members, members blocked either way, non-discoverable members.
//
// Reasons are data: the exact number of mutual connections, up to three of them
// (most connected first), shared field/skill/group ids, same organization, the
// complementarity flag (viewer seeks a mentor; candidate is experienced, open to
// mentoring and works in a field the viewer aims for, or masters a skill the viewer
// is a beginner in) and follows. Reasons only use what the view contains, which by
// contract (snapshot.h) is what members may see.
//
// Thread safety: all functions are reentrant; each thread keeps its own scratch
// buffers (thread_local, sized to the graph, reused across queries).
#pragma once

#include <array>
#include <cstdint>
#include <string_view>
#include <vector>

#include "graph/delta.h"

namespace pln::graph {

// Graph proximity features (RA, AA, CN, three-hop and the attribute-boosted ones)
// are rescaled per viewer so that the viewer's best candidate has 1.
enum Feature : uint8_t {
  kResourceAllocation = 0,      // Σ 1/deg(z) over mutual neighbours z
  kAdamicAdar,                  // Σ 1/ln deg(z)
  kCommonNeighbours,            // |mutual neighbours|
  kThreeHop,                    // resource allocation over 3-step paths
  kPopularity,                  // ln(1 + deg(candidate))
  kSameOrganization,            // 0/1
  kSharedFields,                // Σ idf over shared fields
  kSharedSkills,                // Σ idf over shared skills
  kSharedGroups,                // Σ idf over shared groups
  kComplementary,               // 0/1, see header comment
  kFollows,                     // 1 if either follows the other, 2 if both
  kAttributeBoostedRA,          // resource allocation × attribute similarity
  kAttributeBoostedThreeHop,    // three_hop × attribute similarity
  kPopularityByViewerDegree,    // ln(1 + deg(candidate)) × ln(1 + deg(viewer)): lets the
                                // hub penalty grow with the viewer's own degree
  kAbsoluteResourceAllocation,  // resource allocation without per-viewer rescaling
  kFeatureCount,
};
using Weights = std::array<double, kFeatureCount>;
std::string_view FeatureName(Feature f);
// Weights for the server when no tuned ones are configured.
Weights DefaultWeights();

struct RecommendOptions {
  uint32_t max_intermediate_degree = 1000;
  uint32_t max_two_hop_visits = 30'000;
  uint32_t max_three_hop_visits = 4'000;
  uint32_t max_three_hop_degree = 300;  // second-hop nodes above this are not expanded
  uint32_t max_posting_scan = 500;
  // Total entries scanned over all of the viewer's lists (organization first,
  // then the most specific, by IDF).
  uint32_t max_attribute_scan = 1'000;
  // Members reached through the graph (with or without shared attributes) beyond
  // this many are cut to the best by a cheap pre-score (rescaled resource
  // allocation + half the rescaled three-hop term + a quarter of the rescaled
  // attribute pre-score below) before any profile is read; follows are kept.
  uint32_t max_scored_candidates = 1'000;
  // Of those, only the best this many by the same pre-score have their profile
  // read for the attribute features (the rest score on graph terms alone).
  uint32_t max_profiled_candidates = 700;
  // Members found only through shared attributes beyond this many are cut to
  // the best by a pre-score (same organization + IDF of the shared fields, skills
  // and groups, summed while scanning the inverted indexes; members open to
  // mentoring first when the viewer seeks a mentor) before profiles are read.
  uint32_t max_attribute_candidates = 100;
  bool three_hop = true;
  bool attributes = true;
  bool reasons = true;
};

struct Candidate {
  uint32_t node;
  std::array<float, kFeatureCount> f;
};

struct Reasons {
  uint32_t mutual_count = 0;
  std::vector<uint32_t> mutuals;  // up to 3 member indices, most connected first
  std::vector<uint32_t> shared_fields, shared_skills, shared_groups;
  bool same_organization = false;
  bool complementary = false;
  bool follows = false;
};

struct Suggestion {
  uint32_t node;
  double score;
  Reasons reasons;  // empty unless RecommendOptions::reasons
};

// Fills `out` with every admissible candidate and its features (no ranking).
// Unknown viewer (>= node_count) gives no candidates.
void CollectCandidates(const GraphView& g, uint32_t viewer, const RecommendOptions& options,
                       std::vector<Candidate>& out);

// Top-k suggestions, best first (ties: lower index first). Scores at most 10·k
// graph candidates and reads at most 7·k profiles (within `options`): the
// budgets above are sized for ranking 50 deep, a top 20 needs fewer.
std::vector<Suggestion> Recommend(const GraphView& g, uint32_t viewer, size_t k,
                                  const Weights& weights, const RecommendOptions& options = {});

// Reasons for showing `candidate` to `viewer` (also usable for any pair).
Reasons Explain(const GraphView& g, uint32_t viewer, uint32_t candidate);

}  // namespace pln::graph
