// Opaque pagination cursors. Clients must treat them as tokens; inside they hold
// the last key seen, so pages stay stable while rows are added.
#pragma once

#include <cstdint>
#include <string>

#include "base/result.h"

namespace pln::app {

std::string EncodeCursor(int64_t key);
// Empty cursor → 0 (first page). kMalformed "bad_cursor" for anything pln did not issue.
Result<int64_t> DecodeCursor(const std::string& cursor);
// kValidation on field "limit" unless 1 <= limit <= 100.
Status ValidateLimit(int limit);

}  // namespace pln::app
