// URL decoding and query strings.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/result.h"

namespace pln::http {

// Decodes %XX escapes (and '+' as a space when `plus_is_space`, as in query
// strings). nullopt for a truncated or non-hex escape, an encoded NUL, or a
// result that is not valid UTF-8.
std::optional<std::string> PercentDecode(std::string_view s, bool plus_is_space);

// A decoded query string ("a=1&b=x%20y"). Keys may repeat; Get returns the first.
class QueryParams {
 public:
  // kMalformed "malformed_request" if any part cannot be decoded.
  static Result<QueryParams> Parse(std::string_view query);

  std::optional<std::string_view> Get(std::string_view key) const;

 private:
  std::vector<std::pair<std::string, std::string>> items_;
};

// The page size of list routes: default 20, 1..100; kValidation naming field
// "limit" if it is not such an integer.
Result<int> ParseLimit(const QueryParams& query, int default_limit = 20, int max_limit = 100);

// The cursor and page size of a list route.
struct PageParams {
  std::string cursor;  // empty: the first page
  int limit = 20;
};
// Reads `cursor` and `limit` (as ParseLimit); a bad limit is added to
// `errors`, so that one 422 names it together with the route's other parameters.
PageParams ReadPageParams(const QueryParams& query, std::vector<FieldError>& errors,
                          int default_limit = 20, int max_limit = 100);

}  // namespace pln::http
