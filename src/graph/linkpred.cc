#include "graph/linkpred.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <random>
#include <thread>

#include "base/mutex.h"

namespace pln::graph {

namespace {

// Queries and their held-out targets: CSR over query nodes.
struct Targets {
  std::vector<uint32_t> queries;
  std::vector<uint32_t> offsets;
  std::vector<uint32_t> targets;
};

Targets GroupTargets(uint32_t n, const EdgePairs& test) {
  std::vector<uint32_t> count(n, 0);
  for (const auto& [u, v] : test) {
    ++count[u];
    ++count[v];
  }
  Targets t;
  std::vector<uint32_t> row(n, 0);
  for (uint32_t u = 0; u < n; ++u) {
    if (count[u] > 0) {
      row[u] = static_cast<uint32_t>(t.queries.size());
      t.queries.push_back(u);
    }
  }
  t.offsets.assign(t.queries.size() + 1, 0);
  for (size_t i = 0; i < t.queries.size(); ++i)
    t.offsets[i + 1] = t.offsets[i] + count[t.queries[i]];
  t.targets.resize(t.offsets.back());
  std::vector<uint32_t> cursor(t.offsets.begin(), t.offsets.end() - 1);
  for (const auto& [u, v] : test) {
    t.targets[cursor[row[u]]++] = v;
    t.targets[cursor[row[v]]++] = u;
  }
  return t;
}

}  // namespace

HoldoutResult HoldoutSplit(uint32_t n, const EdgePairs& edges, double fraction, uint64_t seed) {
  std::vector<uint32_t> degree(n, 0);
  for (const auto& [u, v] : edges) {
    ++degree[u];
    ++degree[v];
  }
  std::vector<size_t> order(edges.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::mt19937_64 rng(seed);
  std::shuffle(order.begin(), order.end(), rng);
  size_t want = static_cast<size_t>(std::llround(fraction * static_cast<double>(edges.size())));
  std::vector<uint8_t> hidden(edges.size(), 0);
  size_t hid = 0;
  for (size_t i : order) {
    if (hid == want) break;
    auto [u, v] = edges[i];
    if (degree[u] < 2 || degree[v] < 2) continue;
    --degree[u];
    --degree[v];
    hidden[i] = 1;
    ++hid;
  }
  HoldoutResult r;
  r.train.reserve(edges.size() - hid);
  r.test.reserve(hid);
  for (size_t i = 0; i < edges.size(); ++i) (hidden[i] ? r.test : r.train).push_back(edges[i]);
  return r;
}

Metrics Evaluate(uint32_t n, const EdgePairs& test, const Ranker& ranker,
                 const std::vector<size_t>& ks, unsigned threads, const Progress& progress,
                 const std::vector<uint32_t>* train_degree, uint32_t sparse_max_degree) {
  Targets t = GroupTargets(n, test);
  Metrics m;
  m.ks = ks;
  m.hit_rate.assign(ks.size(), 0.0);
  m.queries = t.queries.size();
  m.pairs = t.targets.size();
  size_t depth = 100;
  for (size_t k : ks) depth = std::max(depth, k);
  std::atomic<size_t> next{0}, done{0};
  // Guards the totals below and the progress callback (locals, so no GUARDED_BY: the analysis
  // annotates members and globals only).
  Mutex mu;
  std::vector<uint64_t> hits(ks.size(), 0), sparse_hits(ks.size(), 0);
  double rr_sum = 0, sparse_rr_sum = 0;
  size_t sparse_pairs = 0;
  auto start = std::chrono::steady_clock::now();
  auto work = [&] {
    std::vector<uint32_t> list;
    std::vector<uint64_t> local_hits(ks.size(), 0), local_sparse(ks.size(), 0);
    double local_rr = 0, local_sparse_rr = 0;
    size_t local_sparse_pairs = 0;
    for (;;) {
      size_t i = next.fetch_add(1);
      if (i >= t.queries.size()) break;
      list.clear();
      ranker(t.queries[i], depth, list);
      const bool sparse = train_degree && (*train_degree)[t.queries[i]] <= sparse_max_degree;
      if (sparse) local_sparse_pairs += t.offsets[i + 1] - t.offsets[i];
      for (uint32_t j = t.offsets[i]; j < t.offsets[i + 1]; ++j) {
        auto it = std::find(list.begin(), list.end(), t.targets[j]);
        if (it == list.end()) continue;
        size_t rank = static_cast<size_t>(it - list.begin());  // 0-based
        local_rr += 1.0 / static_cast<double>(rank + 1);
        if (sparse) local_sparse_rr += 1.0 / static_cast<double>(rank + 1);
        for (size_t k = 0; k < ks.size(); ++k) {
          if (rank < ks[k]) {
            ++local_hits[k];
            if (sparse) ++local_sparse[k];
          }
        }
      }
      size_t d = done.fetch_add(1) + 1;
      if (progress && (d % 64 == 0 || d == t.queries.size())) {
        MutexLock lock(mu);
        progress(d, t.queries.size());
      }
    }
    MutexLock lock(mu);
    for (size_t k = 0; k < ks.size(); ++k) {
      hits[k] += local_hits[k];
      sparse_hits[k] += local_sparse[k];
    }
    rr_sum += local_rr;
    sparse_rr_sum += local_sparse_rr;
    sparse_pairs += local_sparse_pairs;
  };
  std::vector<std::thread> pool;
  for (unsigned w = 1; w < std::max(1u, threads); ++w) pool.emplace_back(work);
  work();
  for (auto& th : pool) th.join();
  m.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  if (m.pairs > 0) {
    for (size_t k = 0; k < ks.size(); ++k) {
      m.hit_rate[k] = static_cast<double>(hits[k]) / static_cast<double>(m.pairs);
    }
    m.mrr = rr_sum / static_cast<double>(m.pairs);
  }
  m.sparse_pairs = sparse_pairs;
  m.sparse_hit_rate.assign(ks.size(), 0.0);
  if (sparse_pairs > 0) {
    for (size_t k = 0; k < ks.size(); ++k) {
      m.sparse_hit_rate[k] =
          static_cast<double>(sparse_hits[k]) / static_cast<double>(sparse_pairs);
    }
    m.sparse_mrr = sparse_rr_sum / static_cast<double>(sparse_pairs);
  }
  return m;
}

namespace {

// Validation data: per query, candidate features (normalized) and positive flags.
struct TuneData {
  std::vector<uint32_t> offsets;    // per query into rows
  std::vector<uint32_t> positives;  // per query: held-out pairs (found or not)
  std::vector<std::array<float, kFeatureCount>> rows;
  std::vector<uint8_t> label;
  std::vector<uint32_t> node;
  size_t total_pairs = 0;
};

double Objective(const TuneData& d, const Weights& w, const std::vector<size_t>& ks) {
  std::vector<uint64_t> hits(ks.size(), 0);
  double rr = 0;
  std::vector<double> score;
  const size_t queries = d.offsets.size() - 1;
  for (size_t q = 0; q < queries; ++q) {
    size_t b = d.offsets[q], e = d.offsets[q + 1];
    score.resize(e - b);
    for (size_t i = b; i < e; ++i) {
      double s = 0;
      for (size_t f = 0; f < kFeatureCount; ++f) s += w[f] * d.rows[i][f];
      score[i - b] = s;
    }
    for (size_t i = b; i < e; ++i) {
      if (!d.label[i]) continue;
      double si = score[i - b];
      size_t rank = 0;
      for (size_t j = b; j < e && rank < 100; ++j) {
        double sj = score[j - b];
        if (sj > si || (sj == si && d.node[j] < d.node[i])) ++rank;
      }
      if (rank >= 100) continue;
      rr += 1.0 / static_cast<double>(rank + 1);
      for (size_t k = 0; k < ks.size(); ++k) {
        if (rank < ks[k]) ++hits[k];
      }
    }
  }
  double pairs = static_cast<double>(std::max<size_t>(1, d.total_pairs));
  double hit_mean = 0;
  for (size_t k = 0; k < ks.size(); ++k) hit_mean += static_cast<double>(hits[k]) / pairs;
  hit_mean /= static_cast<double>(std::max<size_t>(1, ks.size()));
  return hit_mean + rr / pairs;
}

}  // namespace

Result<TuneResult> TuneWeights(uint32_t n, const EdgePairs& train, const AttributeTable* attributes,
                               const TuneOptions& o, const Progress& progress) {
  HoldoutResult split =
      HoldoutSplit(n, train, o.validation_fraction, o.seed ^ 0x9E3779B97F4A7C15ull);
  ASSIGN_OR_RETURN(auto snap, BuildSnapshot(n, split.train, attributes));
  GraphView view(*snap, nullptr);
  Targets t = GroupTargets(n, split.test);
  std::vector<size_t> order(t.queries.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::mt19937_64 rng(o.seed + 17);
  std::shuffle(order.begin(), order.end(), rng);
  if (order.size() > o.max_queries) order.resize(o.max_queries);
  std::sort(order.begin(), order.end());

  TuneData d;
  d.offsets.push_back(0);
  std::vector<Candidate> cands;
  std::vector<uint8_t> is_target(n, 0);
  size_t done = 0;
  for (size_t qi : order) {
    uint32_t q = t.queries[qi];
    for (uint32_t j = t.offsets[qi]; j < t.offsets[qi + 1]; ++j) is_target[t.targets[j]] = 1;
    d.total_pairs += t.offsets[qi + 1] - t.offsets[qi];
    CollectCandidates(view, q, o.recommend, cands);
    for (const Candidate& c : cands) {
      d.rows.push_back(c.f);
      d.label.push_back(is_target[c.node]);
      d.node.push_back(c.node);
    }
    d.offsets.push_back(static_cast<uint32_t>(d.rows.size()));
    for (uint32_t j = t.offsets[qi]; j < t.offsets[qi + 1]; ++j) is_target[t.targets[j]] = 0;
    if (progress && (++done % 64 == 0 || done == order.size())) progress(done, order.size());
  }
  // Normalize each feature by its mean non-zero value so one grid fits all.
  std::array<double, kFeatureCount> scale{};
  for (size_t f = 0; f < kFeatureCount; ++f) {
    double sum = 0;
    size_t cnt = 0;
    for (const auto& r : d.rows) {
      if (r[f] != 0.f) {
        sum += std::fabs(r[f]);
        ++cnt;
      }
    }
    scale[f] = cnt ? sum / static_cast<double>(cnt) : 1.0;
    for (auto& r : d.rows) r[f] = static_cast<float>(r[f] / scale[f]);
  }
  std::array<bool, kFeatureCount> present{};
  for (const auto& r : d.rows) {
    for (size_t f = 0; f < kFeatureCount; ++f) present[f] = present[f] || r[f] != 0.f;
  }

  TuneResult result;
  {
    Weights ra{};
    ra[kResourceAllocation] = 1.0;
    result.baseline_objective = Objective(d, ra, o.ks);
  }
  const std::vector<double> grid = {0, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 3, 10};
  const std::vector<double> signed_grid = {-0.3,  -0.1, -0.03, -0.01, -0.003, 0,
                                           0.003, 0.01, 0.03,  0.1,   0.3};
  // Coordinate ascent from each anchor (one feature at weight 1); keep the best.
  double best = -1;
  Weights w{};
  for (Feature anchor : {kResourceAllocation, kAdamicAdar}) {
    Weights cur{};
    cur[anchor] = 1.0;
    double cur_best = Objective(d, cur, o.ks);
    for (int round = 0; round < o.rounds; ++round) {
      bool improved = false;
      for (size_t f = 0; f < kFeatureCount; ++f) {
        if (f == anchor || !present[f]) continue;
        const auto& values =
            f == kPopularity || f == kPopularityByViewerDegree ? signed_grid : grid;
        for (double v : values) {
          if (v == cur[f]) continue;
          Weights trial = cur;
          trial[f] = v;
          double obj = Objective(d, trial, o.ks);
          if (obj > cur_best + 1e-9) {
            cur_best = obj;
            cur = trial;
            improved = true;
          }
        }
      }
      if (!improved) break;
    }
    if (cur_best > best) {
      best = cur_best;
      w = cur;
    }
  }
  result.objective = best;
  for (size_t f = 0; f < kFeatureCount; ++f) result.weights[f] = w[f] / scale[f];
  return result;
}

}  // namespace pln::graph
