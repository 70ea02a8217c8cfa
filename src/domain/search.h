// Full-text search (issue 19): how typed text becomes words both engines index
// and match the same way, the query expressions handed to SQLite FTS5 and to
// PostgreSQL's tsquery, the score that orders results, and highlighted
// snippets. Pure rules, no I/O.
//
// Why fold here and not in the engines: FTS5's unicode61 tokenizer and
// PostgreSQL's text search parser split and fold text differently. The store
// indexes FoldForSearch(text), which holds only words of [a-z0-9] and letters
// of other scripts separated by single spaces, and the query goes through the
// same folding, so on both engines a word matches exactly when it matches
// here. The engines only find candidates; ScoreDocument orders them, so the
// same fixtures give the same top results on both.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"

namespace pln::domain {

struct SearchLimits {
  static constexpr size_t kMaxQueryChars = 200;  // code points
  static constexpr size_t kMaxWords = 8;         // words beyond these are ignored
  // A query of at most this many folded characters matches name prefixes only.
  static constexpr size_t kNamesOnlyChars = 2;
};

// The search words of `text`, in order: split at whitespace and punctuation
// (an apostrophe joins: "O'Brien" is "obrien"), Latin letters with diacritics
// folded to their base letters and ASCII lower-cased ("Sofía" is "sofia",
// "Data-Science" is "data science"), letters of other scripts kept as they are.
std::vector<std::string> SearchWords(std::string_view text);
// SearchWords joined by single spaces: what the store indexes.
std::string FoldForSearch(std::string_view text);

struct SearchQuery {
  std::vector<std::string> words;  // folded, at most kMaxWords, none empty
  // The last word is still being typed (the text did not end in a space), so it
  // also matches words it begins ("pyth" finds "python").
  bool prefix_last = true;
  // One or two characters in all: only names and titles, by prefix.
  bool names_only = false;
};

// kValidation "q" for text that is not UTF-8, too long, or has no letter or
// digit. Search syntax characters (" * : ( ) ^ - + NEAR AND OR NOT) are plain
// text: they separate words or are words like any other, never operators.
Result<SearchQuery> ParseSearchQuery(std::string_view typed);

// An FTS5 MATCH expression: every word as a quoted string, the last with * when
// it is a prefix, all required. With `names_only`, restricted to `name_column`.
std::string Fts5Expression(const SearchQuery& q, std::string_view name_column);
// A to_tsquery('simple', …) argument: quoted lexemes joined by &, the last with
// :* when it is a prefix. With `names_only` every lexeme is labelled A: the store
// puts the title at weight A of its tsvector.
std::string TsQueryText(const SearchQuery& q);

// A document's folded parts, as FoldForSearch gives them.
struct FoldedDocument {
  std::string_view title;  // a member's name, a post's or group's title
  std::string_view tags;   // skills, fields, a group's topic
  std::string_view body;   // headline, text, description
};

// Weights of the parts: a word in the title counts more than in the tags, more
// than in the body; an exact word more than a prefix.
struct SearchWeights {
  static constexpr int kTitle = 10, kTitlePrefix = 8, kTags = 4, kTagsPrefix = 3, kBody = 1;
};

// 0 when some query word matches nowhere (every word is required); otherwise the
// sum over the words of the best part each matches. With `names_only`, only the
// title counts.
int ScoreDocument(const SearchQuery& q, const FoldedDocument& doc);

// A piece of a snippet; `hit` marks a matched word.
struct SnippetPart {
  std::string text;
  bool hit = false;
  bool operator==(const SnippetPart&) const = default;
};
// At most `max_chars` code points of `text` around its first matched word (or
// its start when none matches), cut at word boundaries with "…" where cut, in
// parts so that a client can mark the hits without parsing markup. `text` is
// shown as written (not folded); it must be valid UTF-8.
std::vector<SnippetPart> MakeSnippet(std::string_view text, const SearchQuery& q, size_t max_chars);

}  // namespace pln::domain
