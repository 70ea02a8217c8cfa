#include "http/metrics.h"

#include <gtest/gtest.h>

namespace pln::http {
namespace {

TEST(MetricsTest, RendersCountersAndCumulativeHistogram) {
  Metrics m;
  size_t get_me = m.AddSeries("GET", "/api/v1/me");
  size_t del_me = m.AddSeries("DELETE", "/api/v1/me");
  m.Record(get_me, 200, 0.0001);
  m.Record(get_me, 200, 0.003);
  m.Record(get_me, 401, 0.7);
  m.Record(del_me, 204, 10.0);
  const std::string text = m.Render();

  EXPECT_NE(text.find("# TYPE pln_http_requests_total counter\n"), std::string::npos);
  EXPECT_NE(text.find("# HELP pln_http_requests_total "), std::string::npos);
  EXPECT_NE(text.find("# TYPE pln_http_request_duration_seconds histogram\n"), std::string::npos);
  EXPECT_NE(
      text.find("pln_http_requests_total{method=\"GET\",route=\"/api/v1/me\",status=\"200\"} 2\n"),
      std::string::npos)
      << text;
  EXPECT_NE(
      text.find("pln_http_requests_total{method=\"GET\",route=\"/api/v1/me\",status=\"401\"} 1\n"),
      std::string::npos);
  EXPECT_NE(text.find("status=\"204\"} 1\n"), std::string::npos);
  // Both methods share the route's histogram: 4 observations.
  EXPECT_NE(
      text.find("pln_http_request_duration_seconds_bucket{route=\"/api/v1/me\",le=\"0.0005\"} 1\n"),
      std::string::npos)
      << text;
  EXPECT_NE(
      text.find("pln_http_request_duration_seconds_bucket{route=\"/api/v1/me\",le=\"0.005\"} 2\n"),
      std::string::npos);
  EXPECT_NE(
      text.find("pln_http_request_duration_seconds_bucket{route=\"/api/v1/me\",le=\"1\"} 3\n"),
      std::string::npos);
  EXPECT_NE(
      text.find("pln_http_request_duration_seconds_bucket{route=\"/api/v1/me\",le=\"5\"} 3\n"),
      std::string::npos);
  EXPECT_NE(
      text.find("pln_http_request_duration_seconds_bucket{route=\"/api/v1/me\",le=\"+Inf\"} 4\n"),
      std::string::npos);
  EXPECT_NE(text.find("pln_http_request_duration_seconds_count{route=\"/api/v1/me\"} 4\n"),
            std::string::npos);
  EXPECT_NE(text.find("pln_http_request_duration_seconds_sum{route=\"/api/v1/me\"} 10.7031"),
            std::string::npos)
      << text;
  // Every line is a comment or "name{labels} value".
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    ASSERT_NE(end, std::string::npos);
    std::string line = text.substr(start, end - start);
    EXPECT_TRUE(line.rfind("# ", 0) == 0 || line.find("} ") != std::string::npos) << line;
    start = end + 1;
  }
}

TEST(MetricsTest, UnusedStatusesAreNotListed) {
  Metrics m;
  m.AddSeries("GET", "/x");
  EXPECT_EQ(m.Render().find("pln_http_requests_total{"), std::string::npos);
  m.Record(99, 200, 0.1);  // unknown series: ignored
}

TEST(MetricsTest, EscapesLabels) {
  EXPECT_EQ(EscapeLabelValue("a\"b\\c\nd"), "a\\\"b\\\\c\\nd");
}

}  // namespace
}  // namespace pln::http
