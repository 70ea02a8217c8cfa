#include "store/sql/sql_text.h"

namespace pln::store::sql {

std::string Placeholders(size_t n) {
  std::string out;
  out.reserve(n * 3);
  for (size_t i = 0; i < n; ++i) {
    if (i > 0) out += ", ";
    out += '?';
  }
  return out;
}

std::string PlaceholderTuple(size_t n) {
  // Appends instead of "(" + ... + ")", which trips GCC 12's -Wrestrict false positive.
  std::string out = "(";
  out += Placeholders(n);
  out += ')';
  return out;
}

std::string IdListCte(size_t n) {
  std::string out = "WITH ids(id) AS MATERIALIZED (VALUES ";
  for (size_t i = 0; i < n; ++i) {
    if (i > 0) out += ", ";
    out += "(CAST(? AS BIGINT))";
  }
  out += ") ";
  return out;
}

std::string ContainsPattern(std::string_view word) {
  std::string out = "%";
  for (char c : word) {
    if (c == '%' || c == '_' || c == '\\') out += '\\';
    out += c;
  }
  out += '%';
  return out;
}

}  // namespace pln::store::sql
