// Result<T> and Status: expected failures as values.
//
// Every fallible operation in pln returns Result<T> (a T or an Error) or Status
// (success or an Error). Errors carry a Kind that the HTTP layer maps to a status
// code in exactly one place (src/http/error_mapping.cc), a stable machine-readable
// code string, a human message and optional field-level details.
#pragma once

#include <cassert>
#include <optional>
#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace pln {

enum class ErrorKind {
  kMalformed,         // request could not be parsed at all (bad JSON, bad query string)
  kValidation,        // parsed, but values break the rules; details name the fields
  kUnauthenticated,   // no or invalid credentials
  kForbidden,         // authenticated but not allowed
  kNotFound,          // no such object, or the caller may not know it exists
  kConflict,          // state does not allow the operation (duplicate, wrong state)
  kTooLarge,          // payload over a size limit
  kUnsupportedMedia,  // wrong Content-Type
  kRateLimited,       // too many attempts; retry later
  kUnavailable,       // dependency down or shutting down
  kInternal,          // bug or unexpected failure; message is safe to show, details are logged
};

struct FieldError {
  std::string field;    // JSON path of the offending value, e.g. "skills[2].level"
  std::string message;  // for a person: "must be between 1 and 5"
  bool operator==(const FieldError&) const = default;
};

class Error {
 public:
  Error(ErrorKind kind, std::string code, std::string message, std::vector<FieldError> details = {})
      : kind_(kind),
        code_(std::move(code)),
        message_(std::move(message)),
        details_(std::move(details)) {}

  ErrorKind kind() const { return kind_; }
  const std::string& code() const { return code_; }
  const std::string& message() const { return message_; }
  const std::vector<FieldError>& details() const { return details_; }
  // Seconds a client should wait before retrying (kRateLimited only).
  std::optional<int> retry_after() const { return retry_after_; }
  Error& WithRetryAfter(int seconds) {
    retry_after_ = seconds;
    return *this;
  }

 private:
  ErrorKind kind_;
  std::string code_;
  std::string message_;
  std::vector<FieldError> details_;
  std::optional<int> retry_after_;
};

// Short constructors for the common kinds.
Error MalformedError(std::string message);
Error ValidationError(std::vector<FieldError> details,
                      std::string message = "Some fields are invalid.");
Error UnauthenticatedError(std::string message = "You need to log in.");
Error ForbiddenError(std::string message, std::string code = "forbidden");
Error NotFoundError(std::string what);  // "member not found"
Error ConflictError(std::string code, std::string message);
Error InternalError(std::string message);
Error UnavailableError(std::string message);

template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : v_(std::move(value)) {}      // NOLINT: implicit by design
  Result(Error error) : v_(std::move(error)) {}  // NOLINT

  bool ok() const { return v_.index() == 0; }
  explicit operator bool() const { return ok(); }

  T& value() & {
    assert(ok());
    return std::get<0>(v_);
  }
  const T& value() const& {
    assert(ok());
    return std::get<0>(v_);
  }
  T&& value() && {
    assert(ok());
    return std::get<0>(std::move(v_));
  }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }

  const Error& error() const& {
    assert(!ok());
    return std::get<1>(v_);
  }
  Error&& error() && {
    assert(!ok());
    return std::get<1>(std::move(v_));
  }

 private:
  std::variant<T, Error> v_;
};

class [[nodiscard]] Status {
 public:
  Status() = default;
  Status(Error error) : error_(std::move(error)) {}  // NOLINT: implicit by design
  static Status Ok() { return Status(); }

  bool ok() const { return !error_.has_value(); }
  explicit operator bool() const { return ok(); }
  const Error& error() const& {
    assert(!ok());
    return *error_;
  }
  Error&& error() && {
    assert(!ok());
    return std::move(*error_);
  }

 private:
  std::optional<Error> error_;
};

}  // namespace pln

#define PLN_CONCAT_INNER(a, b) a##b
#define PLN_CONCAT(a, b) PLN_CONCAT_INNER(a, b)

// Returns the error of a Status or Result expression from the enclosing function.
#define RETURN_IF_ERROR(expr)                                     \
  do {                                                            \
    auto&& pln_status_ = (expr);                                  \
    if (!pln_status_.ok()) return std::move(pln_status_).error(); \
  } while (false)

// ASSIGN_OR_RETURN(auto x, MakeX()); binds the value or returns the error.
#define ASSIGN_OR_RETURN(lhs, expr) \
  ASSIGN_OR_RETURN_IMPL(PLN_CONCAT(pln_result_, __LINE__), lhs, expr)
#define ASSIGN_OR_RETURN_IMPL(tmp, lhs, expr)   \
  auto tmp = (expr);                            \
  if (!tmp.ok()) return std::move(tmp).error(); \
  lhs = std::move(tmp).value()
