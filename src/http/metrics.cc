#include "http/metrics.h"

#include <cstdio>

namespace pln::http {

std::string EscapeLabelValue(std::string_view v) {
  std::string out;
  out.reserve(v.size());
  for (char c : v) {
    if (c == '\\') {
      out += "\\\\";
    } else if (c == '"') {
      out += "\\\"";
    } else if (c == '\n') {
      out += "\\n";
    } else {
      out += c;
    }
  }
  return out;
}

size_t Metrics::AddSeries(std::string_view method, std::string_view route) {
  Histogram* histogram = nullptr;
  for (const auto& h : histograms_) {
    if (h->route == route) histogram = h.get();
  }
  if (histogram == nullptr) {
    histograms_.push_back(std::make_unique<Histogram>());
    histogram = histograms_.back().get();
    histogram->route = std::string(route);
  }
  Series& s = series_.emplace_back();
  s.method = std::string(method);
  s.route = std::string(route);
  s.histogram = histogram;
  return series_.size() - 1;
}

void Metrics::Record(size_t series, int status, double seconds) {
  if (series >= series_.size()) return;
  Series& s = series_[series];
  if (status < kMinStatus || status > kMaxStatus) status = kMaxStatus;
  s.by_status[status - kMinStatus].fetch_add(1, std::memory_order_relaxed);

  Histogram& h = *s.histogram;
  size_t bucket = 0;
  while (bucket < kBuckets.size() && seconds > kBuckets[bucket]) ++bucket;
  h.buckets[bucket].fetch_add(1, std::memory_order_relaxed);
  const double ns = seconds > 0 ? seconds * 1e9 : 0;
  h.sum_ns.fetch_add(static_cast<uint64_t>(ns), std::memory_order_relaxed);
}

std::string Metrics::Render() const {
  std::string out;
  out.reserve(4096);
  char num[64];

  out += "# HELP pln_http_requests_total HTTP requests by method, route and status.\n";
  out += "# TYPE pln_http_requests_total counter\n";
  for (const Series& s : series_) {
    const std::string labels =
        "method=\"" + EscapeLabelValue(s.method) + "\",route=\"" + EscapeLabelValue(s.route) + "\"";
    for (int status = kMinStatus; status <= kMaxStatus; ++status) {
      const uint64_t n = s.by_status[status - kMinStatus].load(std::memory_order_relaxed);
      if (n == 0) continue;
      std::snprintf(num, sizeof num, ",status=\"%d\"} %llu\n", status,
                    static_cast<unsigned long long>(n));
      out += "pln_http_requests_total{" + labels + num;
    }
  }

  out += "# HELP pln_http_request_duration_seconds Time to handle a request, by route.\n";
  out += "# TYPE pln_http_request_duration_seconds histogram\n";
  for (const auto& h : histograms_) {
    const std::string route = "route=\"" + EscapeLabelValue(h->route) + "\"";
    // Read the buckets first; count is then taken as their total so the
    // exposition stays self-consistent while requests keep arriving.
    uint64_t cumulative = 0;
    for (size_t i = 0; i <= kBuckets.size(); ++i) {
      cumulative += h->buckets[i].load(std::memory_order_relaxed);
      if (i < kBuckets.size()) {
        std::snprintf(num, sizeof num, "%g", kBuckets[i]);
      } else {
        std::snprintf(num, sizeof num, "+Inf");
      }
      out += "pln_http_request_duration_seconds_bucket{" + route + ",le=\"" + num + "\"} " +
             std::to_string(cumulative) + "\n";
    }
    std::snprintf(num, sizeof num, "%.9f",
                  static_cast<double>(h->sum_ns.load(std::memory_order_relaxed)) / 1e9);
    out += "pln_http_request_duration_seconds_sum{" + route + "} " + num + "\n";
    out += "pln_http_request_duration_seconds_count{" + route + "} " + std::to_string(cumulative) +
           "\n";
  }
  return out;
}

}  // namespace pln::http
