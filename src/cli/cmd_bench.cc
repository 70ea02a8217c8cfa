// `pln bench pymk`: people-you-may-know and "how you're connected" on a
// generated network (see docs/performance.md for the figures and how to read them).
#include <time.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <random>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "cli/cmd_gen.h"
#include "cli/commands.h"
#include "graph/engine.h"

namespace pln::cli {

namespace {

using Clock = std::chrono::steady_clock;

double Ms(Clock::duration d) {
  return std::chrono::duration<double, std::milli>(d).count();
}

// Nearest-rank percentile of unsorted samples.
double Percentile(std::vector<double> v, double p) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  const auto rank = static_cast<size_t>(p * static_cast<double>(v.size()));
  return v[std::min(v.size() - 1, rank)];
}

Result<std::vector<int64_t>> QueryMembers(const BenchArgs& a) {
  std::vector<int64_t> ids;
  if (!a.members_file.empty()) {
    std::ifstream in(a.members_file);
    if (!in) return MalformedError("cannot read " + a.members_file);
    std::string token;
    while (in >> token) {
      char* end = nullptr;
      const long long v = std::strtoll(token.c_str(), &end, 10);
      if (*end != '\0' || v < 1 || v > static_cast<long long>(a.members)) {
        return MalformedError(a.members_file + ": \"" + token + "\" is not a member id 1.." +
                              std::to_string(a.members));
      }
      ids.push_back(v);
    }
    return ids;
  }
  std::mt19937_64 rng(a.seed + 1000);
  ids.reserve(a.queries);
  for (size_t i = 0; i < a.queries; ++i) {
    ids.push_back(1 + static_cast<int64_t>(rng() % a.members));
  }
  return ids;
}

// CPU time of the calling thread: unlike wall time it leaves out the time the
// thread waited for a core (on a shared machine, a preempted 0.5 ms query
// takes a whole scheduler slice of wall time).
double ThreadCpuMs() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}

struct Run {
  double seconds = 0;
  std::vector<double> latency_ms, cpu_ms;
};

// Runs every query once over `threads` threads; each thread first answers one
// untimed query (its scratch buffers are sized to the graph on first use).
Run RunQueries(const graph::Engine& engine, const std::vector<int64_t>& ids, size_t k,
               unsigned threads) {
  std::atomic<size_t> next{0};
  std::vector<std::vector<double>> lat(threads), cpu(threads);
  std::atomic<unsigned> ready{0};
  std::atomic<bool> go{false};
  Clock::time_point start;
  std::vector<std::thread> pool;
  for (unsigned t = 0; t < threads; ++t) {
    pool.emplace_back([&, t] {
      (void)engine.PeopleYouMayKnow(MemberId(ids[t % ids.size()]), k);
      lat[t].reserve(ids.size() / threads + 1);
      ready.fetch_add(1);
      while (!go.load()) std::this_thread::yield();
      for (;;) {
        const size_t i = next.fetch_add(1);
        if (i >= ids.size()) break;
        const auto s = Clock::now();
        const double c = ThreadCpuMs();
        auto res = engine.PeopleYouMayKnow(MemberId(ids[i]), k);
        cpu[t].push_back(ThreadCpuMs() - c);
        lat[t].push_back(Ms(Clock::now() - s));
        if (!res.ok()) std::abort();
      }
    });
  }
  while (ready.load() < threads) std::this_thread::yield();
  start = Clock::now();
  go.store(true);
  for (auto& th : pool) th.join();
  Run run;
  run.seconds = Ms(Clock::now() - start) / 1000;
  for (auto& v : lat) run.latency_ms.insert(run.latency_ms.end(), v.begin(), v.end());
  for (auto& v : cpu) run.cpu_ms.insert(run.cpu_ms.end(), v.begin(), v.end());
  return run;
}

double Mean(const std::vector<double>& v) {
  double s = 0;
  for (double x : v) s += x;
  return v.empty() ? 0 : s / static_cast<double>(v.size());
}

}  // namespace

CLI::App* AddBenchCommand(CLI::App& app, BenchArgs& args) {
  auto* bench = app.add_subcommand("bench", "Benchmarks");
  bench->require_subcommand(1);
  auto* pymk = bench->add_subcommand(
      "pymk",
      "Measure people you may know (top-K latency and throughput) and how you're connected on "
      "a generated network");
  AddNetworkOptions(pymk, args.members, args.avg_degree, args.seed, "1000000", "40");
  pymk->add_option("--queries", args.queries, "Random members to query (default 10000)")
      ->check(CLI::Range(size_t{1}, size_t{100'000'000}));
  pymk->add_option("--k", args.k, "Suggestions per query (default 20)")
      ->check(CLI::Range(size_t{1}, size_t{1000}));
  pymk->add_option("--threads", args.threads, "Thread counts to measure (default 1,2)")
      ->delimiter(',')
      ->check(CLI::Range(1u, 256u));
  pymk->add_option("--members-file", args.members_file,
                   "Query these member ids (1-based, whitespace-separated) instead of random ones");
  pymk->add_option("--answers", args.answers,
                   "Write each queried member's top K (member<TAB>ids) to this file");
  return pymk;
}

int RunBenchPymk(const Config&, const BenchArgs& a) {
  const auto t0 = Clock::now();
  auto net = GenerateWithProgress(a.members, a.avg_degree, a.seed);
  if (!net.ok()) return ReportError(net.error());
  const auto t1 = Clock::now();
  auto snap = graph::BuildSnapshot(*net);
  if (!snap.ok()) return ReportError(snap.error());
  const auto t2 = Clock::now();
  const graph::Snapshot& s = **snap;
  std::printf("network: %u members, %llu connections (generated in %.1f s, seed %llu)\n",
              s.node_count(), static_cast<unsigned long long>(s.connection_count()),
              Ms(t1 - t0) / 1000, static_cast<unsigned long long>(a.seed));
  std::printf("build snapshot: %.2f s\n", Ms(t2 - t1) / 1000);
  std::printf("graph core: %.2f bytes per undirected connection; whole snapshot %.0f MiB\n",
              static_cast<double>(s.CoreMemoryBytes()) /
                  static_cast<double>(std::max<uint64_t>(1, s.connection_count())),
              static_cast<double>(s.MemoryBytes()) / (1 << 20));
  *net = graph::SyntheticNetwork{};  // free the generator's copy

  auto ids = QueryMembers(a);
  if (!ids.ok()) return ReportError(ids.error());
  if (ids->empty()) {
    std::cerr << "pln: no members to query\n";
    return 1;
  }
  graph::Engine::Options options;
  options.background_merge = false;
  auto engine = graph::Engine::Create(*snap, options);
  for (unsigned threads : a.threads) {
    Run run = RunQueries(*engine, *ids, a.k, threads);
    std::printf(
        "people you may know, top %zu, %u thread%s: %.0f queries/s, p50 %.3f ms, p99 %.3f ms, "
        "mean %.3f ms (%zu queries)\n",
        a.k, threads, threads == 1 ? "" : "s",
        static_cast<double>(ids->size()) / std::max(run.seconds, 1e-9),
        Percentile(run.latency_ms, 0.5), Percentile(run.latency_ms, 0.99), Mean(run.latency_ms),
        ids->size());
    std::printf("  CPU time per query: p50 %.3f ms, p99 %.3f ms, mean %.3f ms\n",
                Percentile(run.cpu_ms, 0.5), Percentile(run.cpu_ms, 0.99), Mean(run.cpu_ms));
  }

  // How you're connected: random pairs (mostly 3+ hops apart in a large
  // network) and each viewer with its best suggestion (2-3 hops, many paths).
  std::vector<double> random_lat, near_lat, random_cpu, near_cpu;
  std::mt19937_64 rng(a.seed + 2000);
  const size_t pairs = std::min<size_t>(ids->size(), 5000);
  for (size_t i = 0; i < pairs; ++i) {
    const MemberId from((*ids)[i]), to(1 + static_cast<int64_t>(rng() % a.members));
    auto st = Clock::now();
    double c = ThreadCpuMs();
    auto res = engine->HowConnected(from, to, 3);
    random_cpu.push_back(ThreadCpuMs() - c);
    random_lat.push_back(Ms(Clock::now() - st));
    if (!res.ok()) std::abort();
    auto top = engine->PeopleYouMayKnow(from, 1);
    if (!top.ok() || top->empty()) continue;
    st = Clock::now();
    c = ThreadCpuMs();
    res = engine->HowConnected(from, top->front().member, 3);
    near_cpu.push_back(ThreadCpuMs() - c);
    near_lat.push_back(Ms(Clock::now() - st));
    if (!res.ok()) std::abort();
  }
  std::printf(
      "how you're connected, random pairs: p50 %.3f ms, p99 %.3f ms (CPU p50 %.3f, p99 %.3f; "
      "%zu pairs)\n",
      Percentile(random_lat, 0.5), Percentile(random_lat, 0.99), Percentile(random_cpu, 0.5),
      Percentile(random_cpu, 0.99), random_lat.size());
  std::printf(
      "how you're connected, viewer and top suggestion: p50 %.3f ms, p99 %.3f ms (CPU p50 %.3f, "
      "p99 %.3f)\n",
      Percentile(near_lat, 0.5), Percentile(near_lat, 0.99), Percentile(near_cpu, 0.5),
      Percentile(near_cpu, 0.99));

  if (!a.answers.empty()) {
    std::ofstream out(a.answers, std::ios::trunc);
    for (int64_t id : *ids) {
      auto res = engine->PeopleYouMayKnow(MemberId(id), a.k);
      if (!res.ok()) return ReportError(res.error());
      out << id << '\t';
      for (size_t i = 0; i < res->size(); ++i) {
        out << (i ? " " : "") << (*res)[i].member.value();
      }
      out << '\n';
    }
    if (!out) {
      std::cerr << "pln: cannot write " << a.answers << "\n";
      return 1;
    }
  }
  return 0;
}

}  // namespace pln::cli
