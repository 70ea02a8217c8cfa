#include "graph/heuristics.h"

#include <algorithm>
#include <cmath>

namespace pln::graph {

namespace {

struct DenseScratch {
  std::vector<double> score, residual;
  std::vector<uint8_t> is_neighbour;
  std::vector<uint32_t> touched, queue;
  std::vector<uint8_t> in_queue;
  void Ensure(uint32_t n) {
    if (score.size() < n) {
      score.assign(n, 0.0);
      residual.assign(n, 0.0);
      is_neighbour.assign(n, 0);
      in_queue.assign(n, 0);
    }
  }
};

DenseScratch& Scratch() {
  thread_local DenseScratch s;
  return s;
}

}  // namespace

std::string_view HeuristicName(Heuristic h) {
  switch (h) {
    case Heuristic::kCommonNeighbours: return "common neighbours";
    case Heuristic::kAdamicAdar: return "Adamic-Adar";
    case Heuristic::kResourceAllocation: return "resource allocation";
    case Heuristic::kPersonalizedPageRank: return "personalized PageRank";
  }
  return "?";
}

std::vector<std::pair<uint32_t, double>> HeuristicScores(const Snapshot& g, uint32_t u, Heuristic h,
                                                         const PageRankOptions& ppr) {
  std::vector<std::pair<uint32_t, double>> out;
  const uint32_t n = g.node_count();
  if (u >= n) return out;
  DenseScratch& s = Scratch();
  s.Ensure(n);
  s.touched.clear();
  for (uint32_t z : g.Neighbours(u)) s.is_neighbour[z] = 1;
  if (h == Heuristic::kPersonalizedPageRank) {
    // Push: move alpha of a node's residual into its score, spread the rest evenly.
    s.residual[u] = 1.0;
    s.touched.push_back(u);
    s.queue.clear();
    s.queue.push_back(u);
    s.in_queue[u] = 1;
    size_t head = 0;
    while (head < s.queue.size()) {
      uint32_t x = s.queue[head++];
      s.in_queue[x] = 0;
      auto nx = g.Neighbours(x);
      double r = s.residual[x];
      if (nx.empty() || r <= ppr.epsilon * static_cast<double>(nx.size())) continue;
      s.score[x] += ppr.alpha * r;
      s.residual[x] = 0;
      double share = (1.0 - ppr.alpha) * r / static_cast<double>(nx.size());
      for (uint32_t y : nx) {
        if (s.residual[y] == 0 && s.score[y] == 0) s.touched.push_back(y);
        s.residual[y] += share;
        if (!s.in_queue[y] && s.residual[y] > ppr.epsilon * static_cast<double>(g.Degree(y))) {
          s.in_queue[y] = 1;
          s.queue.push_back(y);
        }
      }
      if (head > (1u << 20) && head * 2 > s.queue.size()) {
        s.queue.erase(s.queue.begin(), s.queue.begin() + static_cast<long>(head));
        head = 0;
      }
    }
  } else {
    for (uint32_t z : g.Neighbours(u)) {
      double dz = static_cast<double>(g.Degree(z));
      double w = h == Heuristic::kCommonNeighbours ? 1.0
                 : h == Heuristic::kAdamicAdar     ? 1.0 / std::log(dz)
                                                   : 1.0 / dz;
      for (uint32_t v : g.Neighbours(z)) {
        if (v == u) continue;
        if (s.score[v] == 0) s.touched.push_back(v);
        s.score[v] += w;
      }
    }
  }
  std::sort(s.touched.begin(), s.touched.end());
  s.touched.erase(std::unique(s.touched.begin(), s.touched.end()), s.touched.end());
  for (uint32_t v : s.touched) {
    if (v != u && !s.is_neighbour[v] && s.score[v] > 0) out.emplace_back(v, s.score[v]);
    s.score[v] = 0;
    s.residual[v] = 0;
  }
  s.score[u] = 0;
  s.residual[u] = 0;
  for (uint32_t z : g.Neighbours(u)) s.is_neighbour[z] = 0;
  return out;
}

std::vector<uint32_t> HeuristicTopK(const Snapshot& g, uint32_t u, Heuristic h, size_t k,
                                    const PageRankOptions& ppr) {
  auto scores = HeuristicScores(g, u, h, ppr);
  size_t m = std::min(k, scores.size());
  std::partial_sort(scores.begin(), scores.begin() + m, scores.end(),
                    [](const auto& a, const auto& b) {
                      return a.second != b.second ? a.second > b.second : a.first < b.first;
                    });
  std::vector<uint32_t> out;
  out.reserve(m);
  for (size_t i = 0; i < m; ++i) out.push_back(scores[i].first);
  return out;
}

}  // namespace pln::graph
