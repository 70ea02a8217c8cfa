// Request metrics in the Prometheus text exposition format:
//   pln_http_requests_total{method,route,status}            counter
//   pln_http_request_duration_seconds{route} _bucket/_sum/_count  histogram
//
// Series are registered up front (one per route and method, plus catch-alls
// for unmatched and static requests), so recording is lock-free: a few
// relaxed atomic increments on the slot's own counters.
// Thread safety: AddSeries() only before serving; Record() and Render() from
// any thread concurrently.
#pragma once

#include <array>
#include <atomic>
#include <cstdint>
#include <deque>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace pln::http {

class Metrics {
 public:
  // Upper bounds of the duration buckets, in seconds (+Inf is implicit).
  static constexpr std::array<double, 13> kBuckets = {
      0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0};

  Metrics() = default;
  Metrics(const Metrics&) = delete;
  Metrics& operator=(const Metrics&) = delete;

  // Returns the id to pass to Record(). Series with the same route share one
  // histogram. Not thread-safe.
  size_t AddSeries(std::string_view method, std::string_view route);

  // `status` outside 100..599 is counted as 599.
  void Record(size_t series, int status, double seconds);

  std::string Render() const;

 private:
  static constexpr int kMinStatus = 100, kMaxStatus = 599;

  struct Histogram {
    std::string route;
    std::array<std::atomic<uint64_t>, kBuckets.size() + 1> buckets{};  // last: +Inf
    std::atomic<uint64_t> sum_ns{0};
  };
  struct Series {
    std::string method, route;
    Histogram* histogram = nullptr;
    std::array<std::atomic<uint64_t>, kMaxStatus - kMinStatus + 1> by_status{};
  };

  // deque/unique_ptr: atomics never move once registered.
  std::deque<Series> series_;
  std::vector<std::unique_ptr<Histogram>> histograms_;
};

// Prometheus label value escaping (\\, \", \n).
std::string EscapeLabelValue(std::string_view v);

}  // namespace pln::http
