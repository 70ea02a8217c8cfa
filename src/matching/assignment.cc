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
  int32_t mentor;
  double score;
};

// Adjacency in CSR form: arcs of mentee i are arcs[start[i] .. start[i+1]).
struct Csr {
  std::vector<int32_t> start;
  std::vector<Arc> arcs;
};

Csr BuildCsr(const Problem& p) {
  std::vector<Edge> edges = p.edges;
  std::sort(edges.begin(), edges.end(), [](const Edge& a, const Edge& b) {
    if (a.mentee != b.mentee) return a.mentee < b.mentee;
    if (a.mentor != b.mentor) return a.mentor < b.mentor;
    return a.score > b.score;
  });
  Csr csr;
  csr.start.assign(p.mentees + 1, 0);
  csr.arcs.reserve(edges.size());
  for (size_t k = 0; k < edges.size(); ++k) {
    const Edge& e = edges[k];
    assert(e.mentee >= 0 && e.mentee < p.mentees && e.mentor >= 0 && e.mentor < p.mentors);
    if (k > 0 && edges[k - 1].mentee == e.mentee && edges[k - 1].mentor == e.mentor) continue;
    csr.arcs.push_back({e.mentor, e.score});
    ++csr.start[e.mentee + 1];
  }
  for (int32_t i = 0; i < p.mentees; ++i) csr.start[i + 1] += csr.start[i];
  return csr;
}

}  // namespace

Assignment Solve(const Problem& p) {
  assert(static_cast<int32_t>(p.capacity.size()) == p.mentors);
  const int32_t n = p.mentees;
  const int32_t m = p.mentors;
  const Csr csr = BuildCsr(p);

  // Nodes: mentees 0..n-1, mentors n..n+m-1, sink n+m.
  const int32_t sink = n + m;
  const int32_t nodes = n + m + 1;
  std::vector<Cost> potential(nodes);
  std::vector<Cost> dist(nodes, kInfinity);
  std::vector<int32_t> parent(nodes, -1);  // node we came from
  std::vector<char> settled(nodes, 0);
  std::vector<int32_t> touched;
  std::vector<int32_t> mentor_of(n, Assignment::kUnmatched);
  std::vector<double> score_of(n, 0);  // score of the current real edge
  std::vector<std::vector<int32_t>> mentees_of(m);

  auto edge_cost = [](double score) { return Cost{-1, -score}; };

  using Item = std::pair<Cost, int32_t>;
  auto greater = [](const Item& a, const Item& b) { return b.first < a.first; };
  std::priority_queue<Item, std::vector<Item>, decltype(greater)> heap(greater);

  for (int32_t r = 0; r < n; ++r) {
    // A new mentee has no residual arc into it, so any potential that makes its
    // outgoing reduced costs non-negative keeps the invariant.
    Cost pr = potential[sink];  // the private "unmatched" arc costs (0, 0)
    for (int32_t k = csr.start[r]; k < csr.start[r + 1]; ++k) {
      const Arc& a = csr.arcs[k];
      Cost need = potential[n + a.mentor] - edge_cost(a.score);
      if (pr < need) pr = need;
    }
    potential[r] = pr;

    touched.clear();
    auto relax = [&](int32_t from, int32_t to, Cost d) {
      if (settled[to] || !(d < dist[to])) return;
      if (dist[to].count == kInfinity.count && dist[to].score == 0) touched.push_back(to);
      dist[to] = d;
      parent[to] = from;
      heap.push({d, to});
    };
    dist[r] = Cost{};
    touched.push_back(r);
    heap.push({Cost{}, r});
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
      if (u < n) {
        // Mentee: arcs to mentors other than its own, and its "unmatched" arc.
        for (int32_t k = csr.start[u]; k < csr.start[u + 1]; ++k) {
          const Arc& a = csr.arcs[k];
          if (a.mentor == mentor_of[u]) continue;
          int32_t v = n + a.mentor;
          relax(u, v, d + edge_cost(a.score) + potential[u] - potential[v]);
        }
        // Mentees reached here are matched (only the start is not); the start may
        // stay unmatched. A matched mentee may be displaced to unmatched.
        relax(u, sink, d + potential[u] - potential[sink]);
      } else {
        const int32_t mentor = u - n;
        if (static_cast<int32_t>(mentees_of[mentor].size()) < p.capacity[mentor]) {
          relax(u, sink, d + potential[u] - potential[sink]);
        }
        for (int32_t w : mentees_of[mentor]) {
          Cost back = Cost{} - edge_cost(score_of[w]);
          relax(u, w, d + back + potential[u] - potential[w]);
        }
      }
    }
    while (!heap.empty()) heap.pop();

    // Potentials: settled nodes move by dist - total (a constant shift of the usual
    // π + min(dist, total) update), so unsettled nodes need no update.
    for (int32_t v : touched) {
      if (settled[v]) potential[v] = potential[v] + dist[v] - total;
    }

    // Augment along the path ending at the sink.
    int32_t end = parent[sink];
    auto detach = [&](int32_t w) {
      int32_t old = mentor_of[w];
      auto& list = mentees_of[old];
      auto it = std::find(list.begin(), list.end(), w);
      *it = list.back();
      list.pop_back();
      return old;
    };
    int32_t cur = -1;  // mentor (index) that gains the row parent[n + cur]
    if (end < n) {
      if (end != r) {
        cur = detach(end);
        mentor_of[end] = Assignment::kUnmatched;
      } else {
        mentor_of[r] = Assignment::kUnmatched;
      }
    } else {
      cur = end - n;
    }
    while (cur >= 0) {
      int32_t w = parent[n + cur];
      int32_t old = (w == r) ? -1 : detach(w);
      mentor_of[w] = cur;
      mentees_of[cur].push_back(w);
      for (int32_t k = csr.start[w]; k < csr.start[w + 1]; ++k) {
        if (csr.arcs[k].mentor == cur) {
          score_of[w] = csr.arcs[k].score;
          break;
        }
      }
      if (w == r) break;
      cur = old;
    }

    for (int32_t v : touched) {
      dist[v] = kInfinity;
      settled[v] = 0;
      parent[v] = -1;
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
