// Method + path routing over patterns such as "/api/v1/members/{id}".
//
// Patterns are split into '/'-separated segments; a segment is either a
// literal or a parameter "{name}" that matches one non-empty segment. When
// several patterns match a path, the most specific wins: the one whose first
// differing segment is a literal ("/connections/requests" beats
// "/connections/{memberId}"). If the winning pattern has no route for the
// method, the match reports 405 with the methods it does have.
//
// The pattern string doubles as the route's name in metrics and logs.
// Thread safety: build with Add() first; afterwards Match() and Table() are
// const and safe to call from any number of threads.
#pragma once

#include <array>
#include <cstddef>
#include <deque>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/result.h"
#include "http/request.h"

namespace pln::http {

struct Context;  // handlers.h
using Handler = Status (*)(Context& ctx, Response& out);

// Who may call a route.
enum class Access {
  kPublic,    // nobody is authenticated (health, metrics, credential-taking routes)
  kOptional,  // a principal is resolved if credentials are sent
  kMember,    // 401 without a valid session or token
};

struct RouteSpec {
  Method method = Method::kGet;
  std::string_view pattern;
  Access access = Access::kMember;
  bool csrf_exempt = false;  // takes credentials in the body, not a session
  Handler handler = nullptr;
};

struct Route {
  RouteSpec spec;
  std::string_view pattern;  // owned by the router; stable for its lifetime
  size_t index = 0;          // dense, in registration order (metrics slots)
};

// Parameters captured from the path, as views into the pattern and the path.
class PathParams {
 public:
  static constexpr size_t kMax = 4;
  // Empty if absent.
  std::string_view Get(std::string_view name) const;
  void Add(std::string_view name, std::string_view value);
  size_t size() const { return size_; }

 private:
  std::array<std::pair<std::string_view, std::string_view>, kMax> items_{};
  size_t size_ = 0;
};

struct RouteMatch {
  enum class Kind { kFound, kMethodNotAllowed, kNotFound };
  Kind kind = Kind::kNotFound;
  const Route* route = nullptr;  // kFound
  PathParams params;             // kFound
  std::string_view pattern;      // kFound and kMethodNotAllowed
  std::string_view allow;        // kMethodNotAllowed: "GET, POST"
};

// One row of the route table (for the OpenAPI consistency test and docs).
struct RouteInfo {
  Method method;
  std::string pattern;
  bool operator==(const RouteInfo&) const = default;
  auto operator<=>(const RouteInfo&) const = default;
};

class Router {
 public:
  // kInternal for a malformed pattern or a duplicate (method, pattern): both are
  // programming errors, reported as values so startup can fail cleanly.
  Status Add(const RouteSpec& spec);

  RouteMatch Match(Method method, std::string_view path) const;

  std::vector<RouteInfo> Table() const;
  size_t size() const { return routes_.size(); }
  const Route& route(size_t index) const { return routes_[index]; }

 private:
  struct Segment {
    std::string text;  // literal text, or the parameter name without braces
    bool param = false;
  };
  struct Pattern {
    std::string text;
    std::vector<Segment> segments;
    std::vector<const Route*> routes;
    std::string allow;
  };
  static constexpr size_t kMaxSegments = 16;

  std::deque<Pattern> patterns_;  // deque: views into its strings stay valid
  std::deque<Route> routes_;
};

}  // namespace pln::http
