// "How you're connected": shortest connection paths (up to 3 hops) between a
// viewer and a member, strongest ties first.
//
// Paths use connections only. Length 1 is a direct connection; length 2 goes
// through a mutual connection; length 3 is found by a meet-in-the-middle join
// that expands whichever end's neighbourhood is cheaper (sum of degrees). Only the
// shortest length found is returned. Ties between paths of that length go to the
// strongest: a hop's strength is the number of mutual connections of its two
// ends, and a path scores Σ ln(1 + strength) over its hops.
//
// Never on a path: anyone blocked either way with the viewer, members that are
// not discoverable (unless they are the viewer's own connections), and anyone the
// optional `allowed` predicate rejects. No path if viewer and target are blocked
// either way. Work is bounded by PathOptions::max_visits edge visits and
// max_candidates candidate paths.
//
// Thread safety: reentrant; per-thread scratch buffers.
#pragma once

#include <cstdint>
#include <functional>
#include <vector>

#include "graph/delta.h"

namespace pln::graph {

struct ConnectionPath {
  std::vector<uint32_t> nodes;         // viewer first, target last
  std::vector<uint32_t> hop_strength;  // mutual connections per hop
  double strength = 0;
};

struct PathOptions {
  size_t max_paths = 3;
  uint32_t max_hops = 3;  // 1..3
  uint64_t max_visits = 200'000;
  size_t max_candidates = 64;
};

std::vector<ConnectionPath> ShortestPaths(const GraphView& g, uint32_t viewer, uint32_t target,
                                          const PathOptions& options = {},
                                          const std::function<bool(uint32_t)>& allowed = nullptr);

}  // namespace pln::graph
