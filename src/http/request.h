// Transport-neutral request and response types shared by the router, the
// middleware and the handlers. The Beast adapter (server.cc) fills a Request
// with views into its own buffers and turns a Response into bytes, so nothing
// but server.cc has to include Beast.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace pln::http {

enum class Method : uint8_t { kGet, kHead, kPost, kPut, kPatch, kDelete, kOptions, kOther };

std::string_view ToString(Method m);  // "GET", …, "OTHER"
Method ParseMethod(std::string_view s);
// POST, PUT, PATCH and DELETE change state and therefore need CSRF protection
// when the caller is authenticated by cookie.
bool IsUnsafe(Method m);

// One parsed HTTP request. Every view points into storage owned by the caller
// (the connection) and stays valid while the request is being handled.
struct Request {
  Method method = Method::kGet;
  std::string_view path;   // target without the query string, not decoded
  std::string_view query;  // after '?', empty if none
  std::string_view content_type;
  std::string_view cookie;         // the Cookie header
  std::string_view authorization;  // the Authorization header
  std::string_view csrf_token;     // the X-CSRF-Token header
  std::string_view body;
  std::string_view remote_address;  // client IP address, for login throttling
};

// What a handler answers. `content_type` and `cache_control` must point to
// storage with static duration (they are string constants everywhere).
struct Response {
  int status = 200;
  std::string_view content_type;  // empty: no body
  std::string_view cache_control;
  std::string body;
  // Extra headers (Set-Cookie, Allow, Retry-After); rare, so a plain vector.
  std::vector<std::pair<std::string_view, std::string>> headers;

  void SetJson(int status_code, std::string json) {
    status = status_code;
    content_type = kJsonType;
    body = std::move(json);
  }
  void SetNoContent() {
    status = 204;
    content_type = {};
    body.clear();
  }

  static constexpr std::string_view kJsonType = "application/json";
};

}  // namespace pln::http
