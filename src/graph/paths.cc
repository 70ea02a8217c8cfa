#include "graph/paths.h"

#include <algorithm>
#include <cmath>

namespace pln::graph {

namespace {

struct PathScratch {
  std::vector<uint32_t> mark;
  uint32_t epoch = 0;
  std::vector<uint32_t> a, b, tmp1, tmp2;
  void Begin(uint32_t n) {
    if (mark.size() < n) mark.resize(n, 0);
    if (++epoch == 0) {
      std::fill(mark.begin(), mark.end(), 0);
      epoch = 1;
    }
  }
};

PathScratch& Scratch() {
  thread_local PathScratch s;
  return s;
}

uint32_t MutualCount(const GraphView& g, uint32_t x, uint32_t y, std::vector<uint32_t>& nx,
                     std::vector<uint32_t>& ny) {
  g.Neighbours(x, nx);
  g.Neighbours(y, ny);
  std::sort(nx.begin(), nx.end());
  std::sort(ny.begin(), ny.end());
  uint32_t count = 0;
  size_t i = 0, j = 0;
  while (i < nx.size() && j < ny.size()) {
    if (nx[i] < ny[j]) {
      ++i;
    } else if (ny[j] < nx[i]) {
      ++j;
    } else {
      ++count;
      ++i;
      ++j;
    }
  }
  return count;
}

}  // namespace

std::vector<ConnectionPath> ShortestPaths(const GraphView& g, uint32_t viewer, uint32_t target,
                                          const PathOptions& o,
                                          const std::function<bool(uint32_t)>& allowed) {
  std::vector<ConnectionPath> out;
  const uint32_t n = g.node_count();
  if (viewer >= n || target >= n || viewer == target || o.max_hops == 0) return out;
  if (g.BlockedEitherWay(viewer, target)) return out;
  if (g.Connected(viewer, target)) {
    out.push_back({{viewer, target}, {0}, 0});
    out[0].hop_strength[0] = MutualCount(g, viewer, target, Scratch().tmp1, Scratch().tmp2);
    out[0].strength = std::log1p(out[0].hop_strength[0]);
    return out;
  }
  if (o.max_hops < 2) return out;
  PathScratch& s = Scratch();
  auto ok = [&](uint32_t x, bool viewer_neighbour) {
    if (x == viewer || x == target) return false;
    if (g.BlockedEitherWay(viewer, x)) return false;
    if (!viewer_neighbour && !g.Discoverable(x)) return false;
    return !allowed || allowed(x);
  };
  // A = viewer's usable neighbours, B = target's usable neighbours.
  s.a.clear();
  g.ForEach(Relation::kConnection, viewer, [&](uint32_t x) {
    if (ok(x, true)) s.a.push_back(x);
  });
  s.Begin(n);
  g.ForEach(Relation::kConnection, target, [&](uint32_t x) { s.mark[x] = s.epoch; });
  std::vector<std::vector<uint32_t>> candidates;
  for (uint32_t x : s.a) {
    if (s.mark[x] == s.epoch) candidates.push_back({viewer, x, target});
  }
  if (candidates.empty() && o.max_hops >= 3) {
    s.b.clear();
    uint64_t cost_a = 0, cost_b = 0;
    for (uint32_t x : s.a) cost_a += g.Degree(x);
    g.ForEach(Relation::kConnection, target, [&](uint32_t y) {
      if (ok(y, false)) s.b.push_back(y);
    });
    for (uint32_t y : s.b) cost_b += g.Degree(y);
    // Expand the cheaper side; look its 2nd hop up in the other side's marks.
    bool from_viewer = cost_a <= cost_b;
    const auto& expand = from_viewer ? s.a : s.b;
    const auto& other = from_viewer ? s.b : s.a;
    s.Begin(n);
    for (uint32_t y : other) s.mark[y] = s.epoch;
    uint64_t visits = 0;
    for (uint32_t x : expand) {
      if (candidates.size() >= o.max_candidates || visits > o.max_visits) break;
      g.ForEach(Relation::kConnection, x, [&](uint32_t y) {
        ++visits;
        if (s.mark[y] != s.epoch || candidates.size() >= o.max_candidates) return;
        if (from_viewer) {
          candidates.push_back({viewer, x, y, target});
        } else {
          candidates.push_back({viewer, y, x, target});
        }
      });
    }
  }
  for (auto& nodes : candidates) {
    ConnectionPath p;
    p.nodes = std::move(nodes);
    for (size_t i = 0; i + 1 < p.nodes.size(); ++i) {
      uint32_t m = MutualCount(g, p.nodes[i], p.nodes[i + 1], s.tmp1, s.tmp2);
      p.hop_strength.push_back(m);
      p.strength += std::log1p(static_cast<double>(m));
    }
    out.push_back(std::move(p));
  }
  std::sort(out.begin(), out.end(), [](const ConnectionPath& x, const ConnectionPath& y) {
    return x.strength != y.strength ? x.strength > y.strength : x.nodes < y.nodes;
  });
  if (out.size() > o.max_paths) out.resize(o.max_paths);
  return out;
}

}  // namespace pln::graph
