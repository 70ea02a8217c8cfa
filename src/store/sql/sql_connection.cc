#include "store/sql/sql_connection.h"

namespace pln::store::sql {

Error UniqueViolationError(std::string message) {
  return Error(ErrorKind::kConflict, kSqlUniqueViolation, std::move(message));
}
Error ForeignKeyViolationError(std::string message) {
  return Error(ErrorKind::kConflict, kSqlForeignKeyViolation, std::move(message));
}
Error RetryableError(std::string message) {
  return Error(ErrorKind::kUnavailable, kSqlRetryable, std::move(message));
}
bool IsRetryable(const Error& error) {
  return error.code() == kSqlRetryable;
}
bool IsUniqueViolation(const Error& error) {
  return error.code() == kSqlUniqueViolation;
}
bool IsForeignKeyViolation(const Error& error) {
  return error.code() == kSqlForeignKeyViolation;
}

}  // namespace pln::store::sql
