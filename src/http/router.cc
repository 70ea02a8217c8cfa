#include "http/router.h"

#include <algorithm>

namespace pln::http {

namespace {

// Splits "/a/b" into {"a", "b"}; false if the path does not start with '/' or
// has more than `max` segments. "/" has no segments; a trailing '/' yields an
// empty last segment, which matches nothing.
template <size_t N>
bool SplitPath(std::string_view path, std::array<std::string_view, N>& out, size_t& count) {
  count = 0;
  if (path.empty() || path[0] != '/') return false;
  if (path.size() == 1) return true;
  size_t start = 1;
  while (true) {
    if (count == N) return false;
    size_t slash = path.find('/', start);
    if (slash == std::string_view::npos) {
      out[count++] = path.substr(start);
      return true;
    }
    out[count++] = path.substr(start, slash - start);
    start = slash + 1;
  }
}

}  // namespace

std::string_view PathParams::Get(std::string_view name) const {
  for (size_t i = 0; i < size_; ++i) {
    if (items_[i].first == name) return items_[i].second;
  }
  return {};
}

void PathParams::Add(std::string_view name, std::string_view value) {
  if (size_ < kMax) items_[size_++] = {name, value};
}

Status Router::Add(const RouteSpec& spec) {
  std::array<std::string_view, kMaxSegments> parts;
  size_t count = 0;
  if (!SplitPath(spec.pattern, parts, count)) {
    return InternalError("bad route pattern: " + std::string(spec.pattern));
  }
  std::vector<Segment> segments;
  size_t params = 0;
  for (size_t i = 0; i < count; ++i) {
    std::string_view part = parts[i];
    if (part.empty()) return InternalError("empty segment in " + std::string(spec.pattern));
    if (part.front() == '{') {
      if (part.size() < 3 || part.back() != '}') {
        return InternalError("bad parameter in " + std::string(spec.pattern));
      }
      segments.push_back({std::string(part.substr(1, part.size() - 2)), true});
      ++params;
    } else {
      segments.push_back({std::string(part), false});
    }
  }
  if (params > PathParams::kMax) {
    return InternalError("too many parameters in " + std::string(spec.pattern));
  }

  auto it = std::find_if(patterns_.begin(), patterns_.end(),
                         [&](const Pattern& p) { return p.text == spec.pattern; });
  if (it == patterns_.end()) {
    patterns_.push_back({std::string(spec.pattern), std::move(segments), {}, {}});
    it = std::prev(patterns_.end());
  }
  Pattern& pattern = *it;
  for (const Route* r : pattern.routes) {
    if (r->spec.method == spec.method) {
      return InternalError("duplicate route " + std::string(ToString(spec.method)) + " " +
                           pattern.text);
    }
  }
  routes_.push_back({spec, pattern.text, routes_.size()});
  routes_.back().spec.pattern = pattern.text;
  pattern.routes.push_back(&routes_.back());
  if (!pattern.allow.empty()) pattern.allow += ", ";
  pattern.allow += ToString(spec.method);
  return Status::Ok();
}

RouteMatch Router::Match(Method method, std::string_view path) const {
  RouteMatch result;
  std::array<std::string_view, kMaxSegments> parts;
  size_t count = 0;
  if (!SplitPath(path, parts, count)) return result;

  const Pattern* best = nullptr;
  for (const Pattern& p : patterns_) {
    if (p.segments.size() != count) continue;
    bool matches = true;
    for (size_t i = 0; i < count && matches; ++i) {
      const Segment& s = p.segments[i];
      matches = s.param ? !parts[i].empty() : s.text == parts[i];
    }
    if (!matches) continue;
    if (best != nullptr) {
      // Prefer the pattern with a literal at the first segment where they differ.
      bool more_specific = false;
      for (size_t i = 0; i < count; ++i) {
        if (p.segments[i].param != best->segments[i].param) {
          more_specific = !p.segments[i].param;
          break;
        }
      }
      if (!more_specific) continue;
    }
    best = &p;
  }
  if (best == nullptr) return result;

  result.pattern = best->text;
  for (const Route* r : best->routes) {
    if (r->spec.method != method) continue;
    result.kind = RouteMatch::Kind::kFound;
    result.route = r;
    for (size_t i = 0; i < count; ++i) {
      if (best->segments[i].param) result.params.Add(best->segments[i].text, parts[i]);
    }
    return result;
  }
  result.kind = RouteMatch::Kind::kMethodNotAllowed;
  result.allow = best->allow;
  return result;
}

std::vector<RouteInfo> Router::Table() const {
  std::vector<RouteInfo> table;
  table.reserve(routes_.size());
  for (const Route& r : routes_) table.push_back({r.spec.method, std::string(r.pattern)});
  return table;
}

}  // namespace pln::http
