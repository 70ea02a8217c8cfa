// The directory's stored search text (members.search_text) and the data step
// of migration 14 that recomputes it for databases written before it was folded.
#pragma once

#include <string>
#include <string_view>

#include "base/result.h"
#include "domain/member.h"
#include "store/sql/sql_connection.h"

namespace pln::store::sql {

// Name, headline, location, organization, fields and skills, one per line,
// each word folded with FoldSearchWord ("Sofía Núñez" → "sofia nunez").
// Directory words, folded the same way, are matched against it with LIKE: a
// word holds no whitespace, so it never matches across two words or parts.
// Folding here in C++ (never SQL lower()) keeps both engines exactly in step
// with the app's own matching (domain::MatchesDirectoryFilter), whatever the
// PostgreSQL collation.
std::string SearchText(const domain::Profile& p);

// `text` with each of its lines folded by FoldSearchWords (for writers of
// member rows that do not go through the repository, such as `pln gen`).
std::string FoldSearchLines(std::string_view text);

// Recomputes search_text of every member from their stored profile, inside
// the caller's transaction (a migration's data step). Errors: the
// connection's.
Status RefoldMemberSearchText(SqlConnection& conn);

}  // namespace pln::store::sql
