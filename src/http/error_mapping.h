// The one place where pln's error kinds become HTTP statuses and error bodies.
//
// Body shape (docs/api.md):
//   {"error": {"code": "...", "message": "...", "details": [{"field", "message"}]}}
// kInternal errors never show their message or code: clients get a generic
// one and the caller (api.cc) logs the real message for every 5xx.
// 404s always carry the code "not_found", the only one docs/api.md lists.
#pragma once

#include <string>

#include "base/result.h"
#include "http/request.h"

namespace pln::http {

int HttpStatusFor(ErrorKind kind);

// The JSON error body for `error` (with the public message).
std::string ErrorBody(const Error& error);

// Fills `out` with status, body and headers (Retry-After for kRateLimited).
void ErrorToResponse(const Error& error, Response& out);

// 405 has no ErrorKind (it is about routing, never about a use case), so it
// is built here directly; `allow` lists the route's methods ("GET, POST").
void MethodNotAllowedResponse(std::string_view allow, Response& out);
// 431 Request Header Fields Too Large (a transport limit, so no ErrorKind either).
void HeadersTooLargeResponse(size_t limit_bytes, Response& out);

// Shorthands for errors the HTTP layer raises itself.
Error PayloadTooLargeError(size_t limit_bytes);
Error UnsupportedMediaTypeError();
Error MalformedJsonError(std::string message);

inline constexpr const char* kInternalMessage = "Something went wrong on our side.";

}  // namespace pln::http
