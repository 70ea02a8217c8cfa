// Small helpers for building SQL text that both engines accept.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace pln::store::sql {

// "?, ?, ?" with n placeholders (n >= 1), for IN lists and multi-row VALUES.
std::string Placeholders(size_t n);
// "(?, ?, ?)": Placeholders(n) in parentheses.
std::string PlaceholderTuple(size_t n);

// "WITH ids(id) AS MATERIALIZED (VALUES (CAST(? AS BIGINT)), ...) " with n
// placeholders (n >= 1): a list of ids that the statement joins to a table's
// key, `FROM ids CROSS JOIN t WHERE t.key = ids.id`. SQLite then probes the key
// once per id; an `IN (?, ...)` list costs it a temporary index per use instead.
std::string IdListCte(size_t n);

// A LIKE pattern matching any text that contains `word` literally: `%`, `_`
// and `\` in the word are escaped with `\`, so the statement must say
// `LIKE ? ESCAPE '\'`.
std::string ContainsPattern(std::string_view word);

}  // namespace pln::store::sql
