// Synthetic member networks for benchmarks and `pln gen`.
//
// GenerateNetwork builds a network that looks like a PLN rather than a random
// graph, deterministically from a seed:
//   * fields of work (a fixed list of real field names) with Zipf-like sizes;
//     each member has a primary field and sometimes a second one;
//   * organizations nested in fields (most members of an organization share its
//     field), with heavy-tailed sizes (a few large employers, many small ones);
//   * schools/cohorts as groups, cutting across fields;
//   * career stages (learners, early career, mid career, senior), flags (open to
//     mentoring for experienced members, seeking a mentor for learners, a few
//     non-discoverable members) and 3-8 skills drawn from the primary field's
//     skills, with levels that grow with the stage;
//   * connections from a Chung–Lu model (each member gets a Pareto-distributed
//     expected degree, tail exponent `exponent`, capped at `max_degree`, rescaled
//     so the mean is `avg_degree`) restricted to communities: an edge's first end
//     is drawn by weight over everyone, the second by weight inside the first
//     end's organization (share `in_organization`), field (`in_field`), group
//     (`in_group`), or over everyone. The degree distribution is heavy-tailed and
//     the graph is clustered, with hubs; no self-loops or duplicate edges; the
//     number of edges is exactly round(members × avg_degree / 2) when the
//     communities leave room for it.
// The same options (seed included) always give the same network, on any machine.
//
// Thread safety: a plain function over caller-owned values.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <utility>
#include <vector>

#include "base/result.h"
#include "graph/snapshot.h"

namespace pln::graph {

struct SyntheticOptions {
  uint32_t members = 1000;
  double avg_degree = 20;
  uint64_t seed = 1;
  double exponent = 2.5;    // tail exponent of the degree distribution (P(d) ~ d^-exponent)
  uint32_t max_degree = 0;  // cap on expected degree; 0 = min(5,000, members / 4)
  double in_organization = 0.45;
  double in_field = 0.30;
  double in_group = 0.10;            // the rest goes to anyone
  uint32_t organization_size = 120;  // mean members per organization
};

struct SyntheticNetwork {
  // Member i has attributes members[i]; ids in them index the name tables.
  std::vector<MemberAttributes> members;
  std::vector<std::pair<uint32_t, uint32_t>> edges;  // u < v, sorted, unique
  std::vector<std::string> field_names, skill_names, organization_names, group_names;
  // A person's display name for member i ("Ana Okafor"), deterministic.
  std::string MemberName(uint32_t i) const;
};

// Called with (done, total) as edges are drawn; may be null.
using GenerateProgress = std::function<void(size_t done, size_t total)>;

// kValidation if members < 2, avg_degree <= 0 or >= members - 1, or a share is
// negative or the shares add up to more than 1.
Result<SyntheticNetwork> GenerateNetwork(const SyntheticOptions& options,
                                         const GenerateProgress& progress = nullptr);

// Snapshot of a generated network: member i has external id i + 1 (the member id
// `pln gen` gives it in a database).
Result<std::shared_ptr<const Snapshot>> BuildSnapshot(const SyntheticNetwork& network);

}  // namespace pln::graph
