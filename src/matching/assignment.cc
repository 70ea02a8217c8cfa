#include "matching/assignment.h"

#include <algorithm>
#include <cassert>
#include <limits>
#include <queue>
#include <utility>

namespace pln::matching {

namespace {

// A cost in the ordered group Z × R with lexicographic order: `count` counts
// matches (negated), `score` the negated total score.
struct Cost {
  int64_t count = 0;
  double score = 0;
  friend Cost operator+(Cost a, Cost b) { return {a.count + b.count, a.score + b.score}; }
  friend Cost operator-(Cost a, Cost b) { return {a.count - b.count, a.score - b.score}; }
  friend bool operator<(Cost a, Cost b) {
    return a.count != b.count ? a.count < b.count : a.score < b.score;
  }
};

constexpr Cost kInfinity{std::numeric_limits<int64_t>::max() / 4, 0};

struct Arc {
  int32_t mentee;
  double score;
};

// Adjacency in CSR form: arcs of mentor b are arcs[start[b] .. start[b+1]).
struct Csr {
  std::vector<int32_t> start;
  std::vector<Arc> arcs;
};

// Arcs grouped by mentor (dedupe keeps the best score per pair).
Csr BuildCsr(const Problem& p) {
  std::vector<Edge> edges = p.edges;
  std::sort(edges.begin(), edges.end(), [](const Edge& a, const Edge& b) {
    if (a.mentor != b.mentor) return a.mentor < b.mentor;
    if (a.mentee != b.mentee) return a.mentee < b.mentee;
    return a.score > b.score;
  });
  Csr csr;
  csr.start.assign(p.mentors + 1, 0);
  csr.arcs.reserve(edges.size());
  for (size_t k = 0; k < edges.size(); ++k) {
    const Edge& e = edges[k];
    assert(e.mentee >= 0 && e.mentee < p.mentees && e.mentor >= 0 && e.mentor < p.mentors);
    if (k > 0 && edges[k - 1].mentee == e.mentee && edges[k - 1].mentor == e.mentor) continue;
    csr.arcs.push_back({e.mentee, e.score});
    ++csr.start[e.mentor + 1];
  }
  for (int32_t i = 0; i < p.mentors; ++i) csr.start[i + 1] += csr.start[i];
  return csr;
}

}  // namespace

Assignment Solve(const Problem& p) {
  assert(static_cast<int32_t>(p.capacity.size()) == p.mentors);
  const int32_t n = p.mentees;
  const int32_t m = p.mentors;
  const Csr csr = BuildCsr(p);

  // Supply is added one unit at a time at mentors (the smaller side in practice, so
  // free mentees stay plentiful and searches short). Nodes: mentors 0..m-1, mentees
  // m..m+n-1, sink m+n. Arcs: mentor→mentee (-1, -score); mentee→sink (0, 0), capacity
  // 1 ("matched"); mentor→sink (0, 0) unbounded ("unit unused"). Every added unit
  // always reaches the sink, so each step is a successive shortest path for a fixed
  // supply vector and the flow stays optimal (no negative residual cycle).
  const int32_t sink = n + m;
  const int32_t nodes = n + m + 1;
  auto edge_cost = [](double score) { return Cost{-1, -score}; };
  std::vector<Cost> potential(nodes);
  for (int32_t b = 0; b < m; ++b) {
    for (int32_t k = csr.start[b]; k < csr.start[b + 1]; ++k) {
      const Arc& a = csr.arcs[k];
      Cost c = edge_cost(a.score);
      if (c < potential[m + a.mentee]) potential[m + a.mentee] = c;
    }
  }
  for (int32_t e = 0; e < n; ++e) {
    if (potential[m + e] < potential[sink]) potential[sink] = potential[m + e];
  }

  std::vector<Cost> dist(nodes, kInfinity);
  std::vector<int32_t> parent(nodes, -1);
  std::vector<char> settled(nodes, 0), reached(nodes, 0);
  std::vector<int32_t> touched;
  std::vector<int32_t> mentor_of(n, Assignment::kUnmatched);
  std::vector<double> score_of(n, 0);

  using Item = std::pair<Cost, int32_t>;
  auto greater = [](const Item& a, const Item& b) { return b.first < a.first; };
  std::priority_queue<Item, std::vector<Item>, decltype(greater)> heap(greater);

  for (int32_t start = 0; start < m; ++start) {
    // More units than candidates can never be used.
    int64_t units = std::min<int64_t>(p.capacity[start], csr.start[start + 1] - csr.start[start]);
    for (int64_t unit = 0; unit < units; ++unit) {
      touched.clear();
      auto relax = [&](int32_t from, int32_t to, Cost d) {
        // Pruning: Dijkstra stops when the sink is settled, so a node whose tentative
        // distance is not below the sink's can never lie on this unit's path (ties
        // would settle with a zero potential change). This cuts heap traffic ~3x.
        if (settled[to] || !(d < dist[to]) || !(d < dist[sink])) return;
        if (!reached[to]) {
          reached[to] = 1;
          touched.push_back(to);
        }
        dist[to] = d;
        parent[to] = from;
        heap.push({d, to});
      };
      dist[start] = Cost{};
      reached[start] = 1;
      touched.push_back(start);
      heap.push({Cost{}, start});
      Cost total{};
      while (!heap.empty()) {
        auto [d, u] = heap.top();
        heap.pop();
        if (settled[u] || dist[u] < d) continue;
        settled[u] = 1;
        if (u == sink) {
          total = d;
          break;
        }
        if (u < m) {
          for (int32_t k = csr.start[u]; k < csr.start[u + 1]; ++k) {
            const Arc& a = csr.arcs[k];
            if (mentor_of[a.mentee] == u) continue;  // saturated
            int32_t v = m + a.mentee;
            relax(u, v, d + edge_cost(a.score) + potential[u] - potential[v]);
          }
          relax(u, sink, d + potential[u] - potential[sink]);  // unit unused
        } else {
          const int32_t e = u - m;
          if (mentor_of[e] == Assignment::kUnmatched) {
            relax(u, sink, d + potential[u] - potential[sink]);
          } else {
            const int32_t b = mentor_of[e];
            relax(u, b, d + (Cost{} - edge_cost(score_of[e])) + potential[u] - potential[b]);
          }
        }
      }
      while (!heap.empty()) heap.pop();

      for (int32_t v : touched) {
        if (settled[v]) potential[v] = potential[v] + dist[v] - total;
      }

      // Walk back from the sink. A mentee node on the path takes the mentor before it;
      // a mentor reached from a mentee (reverse arc) gives that mentee up.
      int32_t end = parent[sink];
      int32_t e = -1;  // mentee index that must move to parent[m + e]
      if (end >= m) {
        e = end - m;  // free mentee becomes matched
      } else if (end != start) {
        e = parent[end] - m;  // mentor `end` leaves its unit unused, releasing e
      }
      while (e >= 0) {
        int32_t b = parent[m + e];
        mentor_of[e] = b;
        for (int32_t k = csr.start[b]; k < csr.start[b + 1]; ++k) {
          if (csr.arcs[k].mentee == e) {
            score_of[e] = csr.arcs[k].score;
            break;
          }
        }
        if (b == start) break;
        e = parent[b] - m;
      }

      for (int32_t v : touched) {
        dist[v] = kInfinity;
        settled[v] = 0;
        reached[v] = 0;
        parent[v] = -1;
      }
    }
  }

  Assignment out;
  out.mentor_of = std::move(mentor_of);
  for (int32_t i = 0; i < n; ++i) {
    if (out.mentor_of[i] != Assignment::kUnmatched) {
      ++out.matched;
      out.score += score_of[i];
    }
  }
  return out;
}

Assignment SolveGreedy(const Problem& p) {
  std::vector<Edge> edges = p.edges;
  std::sort(edges.begin(), edges.end(),
            [](const Edge& a, const Edge& b) { return a.score > b.score; });
  Assignment out;
  out.mentor_of.assign(p.mentees, Assignment::kUnmatched);
  std::vector<int32_t> left = p.capacity;
  for (const Edge& e : edges) {
    if (out.mentor_of[e.mentee] != Assignment::kUnmatched || left[e.mentor] <= 0) continue;
    out.mentor_of[e.mentee] = e.mentor;
    --left[e.mentor];
    ++out.matched;
    out.score += e.score;
  }
  return out;
}

}  // namespace pln::matching
