// The body compiles only when the binary links pln_graph (which defines
// PLN_WITH_GRAPH), so adding this file to src/cli never breaks a build that does
// not have src/graph yet.
#include "cli/cmd_graph.h"

#ifdef PLN_WITH_GRAPH

#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "graph/edge_list.h"
#include "graph/heuristics.h"
#include "graph/linkpred.h"
#include "graph/recommender.h"

namespace pln::cli {

namespace {

using graph::AttributeTable;
using graph::EdgeList;

int Fail(const Error& e) {
  std::cerr << "pln: " << e.message() << "\n";
  return 1;
}

[[noreturn]] void Finish(int code) {
  std::cout.flush();
  std::cerr.flush();
  std::exit(code);
}

graph::Progress MakeProgress(const std::string& label) {
  if (!isatty(STDERR_FILENO)) return nullptr;
  return [label](size_t done, size_t total) {
    int width = 30;
    int filled = total ? static_cast<int>(width * done / total) : width;
    std::fprintf(stderr, "\r%-34s [%s%s] %zu/%zu", label.c_str(), std::string(filled, '#').c_str(),
                 std::string(width - filled, ' ').c_str(), done, total);
    if (done == total) std::fprintf(stderr, "\r%*s\r", 80, "");
    std::fflush(stderr);
  };
}

std::string WeightsLine(const graph::Weights& w) {
  std::string s;
  char buf[64];
  for (size_t f = 0; f < graph::kFeatureCount; ++f) {
    if (w[f] == 0) continue;
    std::snprintf(buf, sizeof buf, "%s%s=%.4g", s.empty() ? "" : " ",
                  std::string(graph::FeatureName(static_cast<graph::Feature>(f))).c_str(), w[f]);
    s += buf;
  }
  return s;
}

struct LinkpredArgs {
  std::string train, queries, attributes;
  size_t k = 20;
  bool no_tune = false;
  uint64_t seed = 1;
  graph::RecommendOptions recommend;
};

int RunLinkpred(const LinkpredArgs& a) {
  auto edges = graph::ReadEdgeList(a.train);
  if (!edges.ok()) return Fail(edges.error());
  EdgeList& el = *edges;
  std::unique_ptr<AttributeTable> attrs;
  if (!a.attributes.empty()) {
    auto t = graph::ReadAttributes(a.attributes, el);
    if (!t.ok()) return Fail(t.error());
    attrs = std::make_unique<AttributeTable>(std::move(*t));
  }
  auto queries = graph::ReadTokens(a.queries);
  if (!queries.ok()) return Fail(queries.error());
  graph::Weights weights = graph::DefaultWeights();
  if (!a.no_tune && el.edges.size() >= 20) {
    graph::TuneOptions to;
    to.seed = a.seed;
    to.ks = {a.k};
    to.recommend = a.recommend;
    to.recommend.reasons = false;
    auto tuned = graph::TuneWeights(el.node_count(), el.edges, attrs.get(), to,
                                    MakeProgress("tuning on the training graph"));
    if (!tuned.ok()) return Fail(tuned.error());
    weights = tuned->weights;
    std::cerr << "pln: weights " << WeightsLine(weights) << "\n";
  }
  auto snap = graph::BuildSnapshot(el.node_count(), el.edges, attrs.get());
  if (!snap.ok()) return Fail(snap.error());
  graph::GraphView view(**snap, nullptr);
  graph::RecommendOptions ro = a.recommend;
  ro.reasons = false;
  std::string line;
  for (const std::string& q : *queries) {
    line = q;
    line += '\t';
    if (auto u = el.Find(q)) {
      auto recs = graph::Recommend(view, *u, a.k, weights, ro);
      for (size_t i = 0; i < recs.size(); ++i) {
        if (i) line += ' ';
        line += el.names[recs[i].node];
      }
    }
    line += '\n';
    std::cout << line;
  }
  return 0;
}

struct EvalArgs {
  std::string edges, attributes;
  double holdout = 0.1;
  uint64_t seed = 1;
  std::vector<size_t> ks = {10, 20, 50};
  int repeat = 1;
  unsigned threads = 2;
  size_t tune_queries = 4000;
  graph::RecommendOptions recommend;
};

constexpr uint32_t kSparseDegree = 5;

struct Row {
  std::string method;
  graph::Metrics m;
};

void PrintTable(const std::vector<size_t>& ks, const std::vector<Row>& rows, bool sparse = false) {
  std::printf("%-36s", "method");
  for (size_t k : ks) std::printf("  hit@%-4zu", k);
  std::printf("  %-7s %8s\n", "MRR", sparse ? "" : "time(s)");
  for (const Row& r : rows) {
    std::printf("%-36s", r.method.c_str());
    for (double h : sparse ? r.m.sparse_hit_rate : r.m.hit_rate) std::printf("  %-8.4f", h);
    if (sparse) {
      std::printf("  %-7.4f\n", r.m.sparse_mrr);
    } else {
      std::printf("  %-7.4f %8.2f\n", r.m.mrr, r.m.seconds);
    }
  }
}

int RunEval(const EvalArgs& a) {
  if (a.holdout <= 0 || a.holdout >= 1) {
    std::cerr << "pln: --holdout must be between 0 and 1\n";
    return 1;
  }
  auto edges = graph::ReadEdgeList(a.edges);
  if (!edges.ok()) return Fail(edges.error());
  EdgeList& el = *edges;
  std::unique_ptr<AttributeTable> attrs;
  if (!a.attributes.empty()) {
    auto t = graph::ReadAttributes(a.attributes, el);
    if (!t.ok()) return Fail(t.error());
    attrs = std::make_unique<AttributeTable>(std::move(*t));
  }
  const uint32_t n = el.node_count();
  std::printf(
      "# %s: %u nodes, %zu undirected edges (%llu self-loops dropped, %llu duplicates merged)%s\n",
      a.edges.c_str(), n, el.edges.size(), static_cast<unsigned long long>(el.self_loops),
      static_cast<unsigned long long>(el.duplicates),
      attrs ? (", attributes for " + std::to_string(attrs->members.size()) + " nodes").c_str()
            : "");
  std::vector<std::vector<Row>> runs;
  for (int rep = 0; rep < a.repeat; ++rep) {
    const uint64_t seed = a.seed + static_cast<uint64_t>(rep);
    auto split = graph::HoldoutSplit(n, el.edges, a.holdout, seed);
    auto snap = graph::BuildSnapshot(n, split.train, attrs.get());
    if (!snap.ok()) return Fail(snap.error());
    const graph::Snapshot& g = **snap;
    std::vector<uint32_t> degree(n);
    for (uint32_t u = 0; u < n; ++u) degree[u] = g.Degree(u);
    std::printf("\n## seed %llu: %zu training edges, %zu held out\n",
                static_cast<unsigned long long>(seed), split.train.size(), split.test.size());
    std::vector<Row> rows;
    for (auto h :
         {graph::Heuristic::kCommonNeighbours, graph::Heuristic::kAdamicAdar,
          graph::Heuristic::kResourceAllocation, graph::Heuristic::kPersonalizedPageRank}) {
      std::string name(graph::HeuristicName(h));
      auto ranker = [&g, h](uint32_t q, size_t k, std::vector<uint32_t>& out) {
        out = graph::HeuristicTopK(g, q, h, k);
      };
      rows.push_back({name, graph::Evaluate(n, split.test, ranker, a.ks, a.threads,
                                            MakeProgress(name), &degree, kSparseDegree)});
    }
    graph::GraphView view(g, nullptr);
    auto add_pln = [&](const std::string& name, const graph::Weights& w, bool use_attributes) {
      graph::RecommendOptions ro = a.recommend;
      ro.reasons = false;
      ro.attributes = use_attributes;
      auto ranker = [&view, w, ro](uint32_t q, size_t k, std::vector<uint32_t>& out) {
        for (const auto& s : graph::Recommend(view, q, k, w, ro)) out.push_back(s.node);
      };
      rows.push_back({name, graph::Evaluate(n, split.test, ranker, a.ks, a.threads,
                                            MakeProgress(name), &degree, kSparseDegree)});
    };
    std::vector<std::pair<std::string, bool>> variants = {{"pln (graph only)", false}};
    if (attrs) variants.push_back({"pln (graph + attributes)", true});
    std::vector<std::string> weight_lines;
    for (const auto& [name, use_attributes] : variants) {
      graph::TuneOptions to;
      to.seed = seed;
      to.ks = a.ks;
      to.max_queries = a.tune_queries;
      to.recommend = a.recommend;
      to.recommend.attributes = use_attributes;
      to.recommend.reasons = false;
      auto tuned =
          graph::TuneWeights(n, split.train, attrs.get(), to, MakeProgress("tuning " + name));
      if (!tuned.ok()) return Fail(tuned.error());
      weight_lines.push_back(name + ": validation objective " +
                             std::to_string(tuned->baseline_objective) +
                             " (resource allocation) -> " + std::to_string(tuned->objective) +
                             "; weights " + WeightsLine(tuned->weights));
      add_pln(name, tuned->weights, use_attributes);
    }
    add_pln("pln (default weights)", graph::DefaultWeights(), attrs != nullptr);
    PrintTable(a.ks, rows);
    std::printf("# sparse queries (<= %u training connections): %zu held-out pairs\n",
                kSparseDegree, rows[0].m.sparse_pairs);
    PrintTable(a.ks, rows, true);
    for (const auto& l : weight_lines) std::printf("#   %s\n", l.c_str());
    std::fflush(stdout);
    runs.push_back(std::move(rows));
  }
  if (runs.size() > 1) {
    std::vector<Row> med = runs[0];
    auto median = [](std::vector<double> v) {
      std::sort(v.begin(), v.end());
      size_t m = v.size() / 2;
      return v.size() % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
    };
    for (size_t r = 0; r < med.size(); ++r) {
      std::vector<double> vals;
      for (size_t k = 0; k < a.ks.size(); ++k) {
        vals.clear();
        for (const auto& run : runs) vals.push_back(run[r].m.hit_rate[k]);
        med[r].m.hit_rate[k] = median(vals);
      }
      vals.clear();
      for (const auto& run : runs) vals.push_back(run[r].m.mrr);
      med[r].m.mrr = median(vals);
      vals.clear();
      for (const auto& run : runs) vals.push_back(run[r].m.seconds);
      med[r].m.seconds = median(vals);
      for (size_t k = 0; k < a.ks.size(); ++k) {
        vals.clear();
        for (const auto& run : runs) vals.push_back(run[r].m.sparse_hit_rate[k]);
        med[r].m.sparse_hit_rate[k] = median(vals);
      }
      vals.clear();
      for (const auto& run : runs) vals.push_back(run[r].m.sparse_mrr);
      med[r].m.sparse_mrr = median(vals);
    }
    std::printf("\n## median over %zu seeds (%llu..%llu)\n", runs.size(),
                static_cast<unsigned long long>(a.seed),
                static_cast<unsigned long long>(a.seed + runs.size() - 1));
    PrintTable(a.ks, med);
    std::printf("\n## median over %zu seeds, sparse queries (<= %u training connections)\n",
                runs.size(), kSparseDegree);
    PrintTable(a.ks, med, true);
  }
  return 0;
}

}  // namespace

void AddBudgetOptions(CLI::App* cmd, graph::RecommendOptions& r) {
  cmd->add_option("--two-hop-visits", r.max_two_hop_visits,
                  "Edge visits allowed for 2-hop candidates per query (default " +
                      std::to_string(r.max_two_hop_visits) + ")");
  cmd->add_option("--three-hop-visits", r.max_three_hop_visits,
                  "Edge visits allowed for the 3-hop term per query, 0 = off (default " +
                      std::to_string(r.max_three_hop_visits) + ")");
  cmd->add_option("--scored-candidates", r.max_scored_candidates,
                  "Candidates reached through the graph that are fully scored per query (default " +
                      std::to_string(r.max_scored_candidates) + ")");
  cmd->add_option("--profiled-candidates", r.max_profiled_candidates,
                  "Of those, how many have their profile read for the attribute features "
                  "(default " +
                      std::to_string(r.max_profiled_candidates) + ")");
  cmd->add_option("--attribute-candidates", r.max_attribute_candidates,
                  "Candidates found only through shared attributes that are fully scored per "
                  "query (default " +
                      std::to_string(r.max_attribute_candidates) + ")");
  cmd->add_option("--attribute-scan", r.max_attribute_scan,
                  "Inverted-index entries scanned for attribute candidates per query (default " +
                      std::to_string(r.max_attribute_scan) + ")");
}

void AddGraphCommands(CLI::App& app) {
  auto lp = std::make_shared<LinkpredArgs>();
  auto* linkpred = app.add_subcommand(
      "linkpred", "Recommend K new neighbours for each query node of an undirected edge list");
  linkpred->add_option("--train", lp->train, "Edge list: two node ids per line, # comments")
      ->required();
  linkpred->add_option("--queries", lp->queries, "Query node ids, whitespace-separated")
      ->required();
  linkpred->add_option("--k", lp->k, "Recommendations per query (default 20)")
      ->check(CLI::Range(1, 100000));
  linkpred->add_option("--attributes", lp->attributes,
                       "Node attributes: node<TAB>key=value ... (see docs/linkpred.md)");
  linkpred->add_flag("--no-tune", lp->no_tune,
                     "Use the built-in weights instead of tuning them on the training graph");
  linkpred->add_option("--seed", lp->seed, "Seed of the tuning split (default 1)");
  AddBudgetOptions(linkpred, lp->recommend);
  linkpred->callback([lp] { Finish(RunLinkpred(*lp)); });

  auto ev = std::make_shared<EvalArgs>();
  auto* eval = app.add_subcommand("eval", "Offline evaluations");
  eval->require_subcommand(1);
  auto* elp = eval->add_subcommand(
      "linkpred", "Hide a share of edges and measure hit rate@K and MRR of each recommender");
  elp->add_option("--edges", ev->edges, "Edge list: two node ids per line, # comments")->required();
  elp->add_option("--holdout", ev->holdout, "Share of edges to hide (default 0.1)");
  elp->add_option("--seed", ev->seed, "Random seed (default 1)");
  elp->add_option("--k", ev->ks, "Cut-offs, comma-separated (default 10,20,50)")->delimiter(',');
  elp->add_option("--attributes", ev->attributes, "Node attributes: node<TAB>key=value ...");
  elp->add_option("--repeat", ev->repeat, "Run seeds seed..seed+R-1 and print medians (default 1)")
      ->check(CLI::Range(1, 100));
  elp->add_option("--threads", ev->threads, "Worker threads (default 2)")->check(CLI::Range(1, 64));
  elp->add_option("--tune-queries", ev->tune_queries,
                  "Validation queries used to tune pln's weights (default 4000)");
  AddBudgetOptions(elp, ev->recommend);
  elp->callback([ev] {
    for (size_t k : ev->ks) {
      if (k == 0) {
        std::cerr << "pln: --k values must be positive\n";
        Finish(1);
      }
    }
    Finish(RunEval(*ev));
  });
}

}  // namespace pln::cli

#else

namespace pln::cli {
void AddGraphCommands(CLI::App&) {}
}  // namespace pln::cli

#endif  // PLN_WITH_GRAPH
