#include "base/result.h"

#include <cctype>

namespace pln {

Error MalformedError(std::string message) {
  return Error(ErrorKind::kMalformed, "malformed_request", std::move(message));
}
Error ValidationError(std::vector<FieldError> details, std::string message) {
  return Error(ErrorKind::kValidation, "validation_failed", std::move(message), std::move(details));
}
Error UnauthenticatedError(std::string message) {
  return Error(ErrorKind::kUnauthenticated, "unauthenticated", std::move(message));
}
Error ForbiddenError(std::string message, std::string code) {
  return Error(ErrorKind::kForbidden, std::move(code), std::move(message));
}
Error NotFoundError(std::string what) {
  std::string message = what + " not found";
  message[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(message[0])));
  return Error(ErrorKind::kNotFound, "not_found", message + ".");
}
Error ConflictError(std::string code, std::string message) {
  return Error(ErrorKind::kConflict, std::move(code), std::move(message));
}
Error InternalError(std::string message) {
  return Error(ErrorKind::kInternal, "internal", std::move(message));
}
Error UnavailableError(std::string message) {
  return Error(ErrorKind::kUnavailable, "unavailable", std::move(message));
}

}  // namespace pln
