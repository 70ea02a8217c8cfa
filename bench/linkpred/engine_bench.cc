// Quick engine benchmark on a synthetic network (not a test; no assertions).
//
//   engine_bench [members=1000000] [edges=20000000] [queries=20000] [threads=2]
//                [two_hop_visits] [three_hop_visits]
//
// Builds a community-structured graph (80% of edges inside communities of 1,000,
// the rest to a preferentially chosen member, which gives hubs), then reports
// build time, graph-core bytes per undirected edge, people-you-may-know latency
// (p50/p99, top 20) and throughput with `threads` threads, and "how you're
// connected" latency. Build: see bench/linkpred/README.md.
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <thread>
#include <vector>

#include "graph/engine.h"

using namespace pln::graph;
using Clock = std::chrono::steady_clock;

static double Ms(Clock::duration d) {
  return std::chrono::duration<double, std::milli>(d).count();
}

static double Percentile(std::vector<double> v, double p) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  return v[std::min(v.size() - 1, static_cast<size_t>(p * static_cast<double>(v.size())))];
}

int main(int argc, char** argv) {
  const uint32_t n = argc > 1 ? static_cast<uint32_t>(std::atoll(argv[1])) : 1'000'000;
  const uint64_t m = argc > 2 ? static_cast<uint64_t>(std::atoll(argv[2])) : 20'000'000;
  const size_t queries = argc > 3 ? static_cast<size_t>(std::atoll(argv[3])) : 20'000;
  const unsigned threads = argc > 4 ? static_cast<unsigned>(std::atoi(argv[4])) : 2;
  Engine::Options o;
  o.background_merge = false;
  if (argc > 5) o.recommend.max_two_hop_visits = static_cast<uint32_t>(std::atoll(argv[5]));
  if (argc > 6) o.recommend.max_three_hop_visits = static_cast<uint32_t>(std::atoll(argv[6]));

  auto t0 = Clock::now();
  SnapshotBuilder b;
  b.Reserve(n, m);
  for (uint32_t u = 0; u < n; ++u) b.AddMember(u + 1);
  std::mt19937_64 rng(7);
  std::vector<uint32_t> endpoints;
  endpoints.reserve(m / 4);
  for (uint64_t i = 0; i < m; ++i) {
    uint32_t u = static_cast<uint32_t>(rng() % n);
    uint32_t v;
    if (rng() % 10 < 8) {
      v = (u / 1000) * 1000 + static_cast<uint32_t>(rng() % 1000);
      if (v >= n) v = static_cast<uint32_t>(rng() % n);
    } else if (!endpoints.empty() && rng() % 2) {
      v = endpoints[rng() % endpoints.size()];
    } else {
      v = static_cast<uint32_t>(rng() % n);
    }
    b.AddConnection(u, v);
    if (endpoints.size() < m / 4) endpoints.push_back(v);
  }
  for (uint32_t u = 0; u < n; u += 7) {
    MemberAttributes a;
    a.fields = {u % 500, (u / 1000) % 500};
    a.organization = u / 1000;
    b.SetAttributes(u, a);
  }
  auto gen = Clock::now();
  auto snap = *std::move(b).Build();
  auto built = Clock::now();
  std::printf("members %u, undirected connections %llu\n", snap->node_count(),
              static_cast<unsigned long long>(snap->connection_count()));
  std::printf("generate %.1f s, build snapshot %.1f s\n", Ms(gen - t0) / 1000,
              Ms(built - gen) / 1000);
  std::printf(
      "graph core %.2f bytes per undirected edge; whole snapshot %.0f MiB\n",
      static_cast<double>(snap->CoreMemoryBytes()) / static_cast<double>(snap->connection_count()),
      static_cast<double>(snap->MemoryBytes()) / (1 << 20));

  auto engine = Engine::Create(snap, o);
  std::atomic<size_t> next{0};
  std::vector<std::vector<double>> lat(threads), path_lat(threads);
  auto t1 = Clock::now();
  std::vector<std::thread> pool;
  for (unsigned t = 0; t < threads; ++t) {
    pool.emplace_back([&, t] {
      std::mt19937_64 r(100 + t);
      for (;;) {
        size_t i = next.fetch_add(1);
        if (i >= queries) break;
        pln::MemberId viewer(1 + static_cast<int64_t>(r() % n));
        auto s = Clock::now();
        auto res = engine->PeopleYouMayKnow(viewer, 20);
        lat[t].push_back(Ms(Clock::now() - s));
        if (!res.ok()) std::abort();
      }
    });
  }
  for (auto& th : pool) th.join();
  double secs = Ms(Clock::now() - t1) / 1000;
  std::vector<double> all;
  for (auto& v : lat) all.insert(all.end(), v.begin(), v.end());
  std::printf(
      "people you may know (top 20, %u threads): %.0f queries/s, p50 %.3f ms, p99 %.3f ms\n",
      threads, static_cast<double>(queries) / secs, Percentile(all, 0.5), Percentile(all, 0.99));
  std::vector<double> pl;
  std::mt19937_64 r(9);
  for (size_t i = 0; i < std::min<size_t>(queries, 5000); ++i) {
    pln::MemberId a(1 + static_cast<int64_t>(r() % n)), c(1 + static_cast<int64_t>(r() % n));
    auto s = Clock::now();
    auto res = engine->HowConnected(a, c, 3);
    pl.push_back(Ms(Clock::now() - s));
    if (!res.ok()) std::abort();
  }
  std::printf("how you're connected (random pairs): p50 %.3f ms, p99 %.3f ms\n",
              Percentile(pl, 0.5), Percentile(pl, 0.99));
  return 0;
}
