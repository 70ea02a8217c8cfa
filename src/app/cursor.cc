#include "app/cursor.h"

#include <charconv>

namespace pln::app {
namespace {
constexpr std::string_view kPrefix = "c1.";
constexpr uint64_t kMask = 0x5bd1e9955bd1e995ULL;  // hides the raw id from casual reading
}  // namespace

std::string EncodeCursor(int64_t key) {
  char buf[32];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, static_cast<uint64_t>(key) ^ kMask, 36);
  (void)ec;
  return std::string(kPrefix) + std::string(buf, end);
}

Result<int64_t> DecodeCursor(const std::string& cursor) {
  if (cursor.empty()) return int64_t{0};
  auto bad = [] {
    return Error(ErrorKind::kMalformed, "bad_cursor",
                 "The cursor is not valid; start again from the first page.");
  };
  if (cursor.size() > 40 || cursor.compare(0, kPrefix.size(), kPrefix) != 0) return bad();
  uint64_t v = 0;
  const char* b = cursor.data() + kPrefix.size();
  const char* e = cursor.data() + cursor.size();
  auto [p, ec] = std::from_chars(b, e, v, 36);
  if (ec != std::errc() || p != e) return bad();
  int64_t key = static_cast<int64_t>(v ^ kMask);
  if (key < 0) return bad();
  return key;
}

Status ValidateLimit(int limit) {
  if (limit < 1 || limit > 100) return ValidationError({{"limit", "must be between 1 and 100"}});
  return Status::Ok();
}

}  // namespace pln::app
