#include "http/error_mapping.h"

#include "http/json_writer.h"

namespace pln::http {

int HttpStatusFor(ErrorKind kind) {
  switch (kind) {
    case ErrorKind::kMalformed: return 400;
    case ErrorKind::kValidation: return 422;
    case ErrorKind::kUnauthenticated: return 401;
    case ErrorKind::kForbidden: return 403;
    case ErrorKind::kNotFound: return 404;
    case ErrorKind::kConflict: return 409;
    case ErrorKind::kTooLarge: return 413;
    case ErrorKind::kUnsupportedMedia: return 415;
    case ErrorKind::kRateLimited: return 429;
    case ErrorKind::kUnavailable: return 503;
    case ErrorKind::kInternal: return 500;
  }
  return 500;
}

namespace {

// The public code for an error. docs/api.md gives 404 exactly one code,
// "not_found", so finer codes from the services (e.g. "not_connected") stay
// internal; kInternal never shows its code either.
std::string_view PublicCode(const Error& error) {
  switch (error.kind()) {
    case ErrorKind::kInternal: return "internal";
    case ErrorKind::kNotFound: return "not_found";
    default: return error.code();
  }
}

}  // namespace

std::string ErrorBody(const Error& error) {
  const bool internal = error.kind() == ErrorKind::kInternal;
  JsonWriter w(128);
  w.BeginObject().Key("error").BeginObject();
  w.Field("code", PublicCode(error));
  w.Field("message",
          internal ? std::string_view(kInternalMessage) : std::string_view(error.message()));
  w.Key("details").BeginArray();
  if (!internal) {
    for (const FieldError& d : error.details()) {
      w.BeginObject().Field("field", d.field).Field("message", d.message).EndObject();
    }
  }
  w.EndArray().EndObject().EndObject();
  return w.Take();
}

void ErrorToResponse(const Error& error, Response& out) {
  out.SetJson(HttpStatusFor(error.kind()), ErrorBody(error));
  // 429 always says when to come back; a 503 does when the service knows (e.g. "busy").
  if (error.kind() == ErrorKind::kRateLimited || error.retry_after().has_value()) {
    out.headers.emplace_back("Retry-After", std::to_string(error.retry_after().value_or(60)));
  }
}

namespace {

// An error body for a status that has no ErrorKind (routing, transport).
void StatusErrorResponse(int status, std::string_view code, std::string_view message,
                         Response& out) {
  JsonWriter w(128);
  w.BeginObject().Key("error").BeginObject();
  w.Field("code", code);
  w.Field("message", message);
  w.Key("details").BeginArray().EndArray().EndObject().EndObject();
  out.SetJson(status, w.Take());
}

}  // namespace

void MethodNotAllowedResponse(std::string_view allow, Response& out) {
  StatusErrorResponse(405, "method_not_allowed",
                      "This method is not allowed here; allowed: " + std::string(allow) + ".", out);
  out.headers.emplace_back("Allow", std::string(allow));
}

void HeadersTooLargeResponse(size_t limit_bytes, Response& out) {
  StatusErrorResponse(
      431, "headers_too_large",
      "The request line and headers are larger than " + std::to_string(limit_bytes) + " bytes.",
      out);
}

Error PayloadTooLargeError(size_t limit_bytes) {
  return Error(ErrorKind::kTooLarge, "payload_too_large",
               "The request body is larger than " + std::to_string(limit_bytes) + " bytes.");
}

Error UnsupportedMediaTypeError() {
  return Error(ErrorKind::kUnsupportedMedia, "unsupported_media_type",
               "Request bodies must be JSON (Content-Type: application/json).");
}

Error MalformedJsonError(std::string message) {
  return Error(ErrorKind::kMalformed, "malformed_json", std::move(message));
}

}  // namespace pln::http
