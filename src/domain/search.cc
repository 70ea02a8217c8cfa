#include "domain/search.h"

#include <algorithm>
#include <cstdint>

#include "base/text.h"

namespace pln::domain {
namespace {

using L = SearchLimits;
using W = SearchWeights;

// Code points that end a word outside ASCII: Latin-1 signs and spaces, × and ÷,
// general punctuation (dashes, curly quotes, zero-width and directional marks),
// CJK punctuation, variation selectors, the byte-order mark and fullwidth ASCII
// punctuation. Letters of every script stay inside words.
bool IsSeparator(uint32_t cp) {
  return cp == 0 || (cp >= 0x80 && cp < 0xC0) || cp == 0xD7 || cp == 0xF7 ||
         (cp >= 0x2000 && cp <= 0x206F) || (cp >= 0x3000 && cp <= 0x303F) ||
         (cp >= 0xFE00 && cp <= 0xFE0F) || cp == 0xFEFF || (cp >= 0xFF01 && cp <= 0xFF0F);
}

bool IsApostrophe(uint32_t cp) {
  return cp == '\'' || cp == 0x2019;
}

// Calls emit(folded_word, begin_byte, end_byte) for each word of text.
template <typename Emit>
void ForEachWord(std::string_view text, Emit emit) {
  std::string word;
  size_t begin = 0, end = 0;
  auto flush = [&] {
    if (!word.empty()) emit(word, begin, end);
    word.clear();
  };
  for (size_t i = 0; i < text.size();) {
    const size_t at = i;
    const uint32_t cp = NextCodePoint(text, i);
    std::string folded;
    if (cp < 0x80) {
      if (IsApostrophe(cp)) continue;  // joins: O'Brien
      const char c = static_cast<char>(cp);
      if (c >= 'a' && c <= 'z') {
        folded = c;
      } else if (c >= 'A' && c <= 'Z') {
        folded = static_cast<char>(c - 'A' + 'a');
      } else if (c >= '0' && c <= '9') {
        folded = c;
      }
    } else if (IsApostrophe(cp)) {
      continue;
    } else if (!IsSeparator(cp)) {
      folded = AsciiFoldAlnum(text.substr(at, i - at));
      if (folded.empty()) folded = text.substr(at, i - at);  // another script's letter
    }
    if (folded.empty()) {
      flush();
      continue;
    }
    if (word.empty()) begin = at;
    word += folded;
    end = i;
  }
  flush();
}

// Does query word `q` match folded word `w`: equal, or begun by it when a prefix.
enum class Match { kNone, kPrefix, kExact };
Match MatchWord(std::string_view q, std::string_view w, bool prefix) {
  if (w == q) return Match::kExact;
  if (prefix && w.size() > q.size() && w.substr(0, q.size()) == q) return Match::kPrefix;
  return Match::kNone;
}

// The best match of `q` among the space-separated words of `folded`.
Match BestIn(std::string_view q, std::string_view folded, bool prefix) {
  Match best = Match::kNone;
  for (size_t i = 0; i < folded.size();) {
    size_t j = folded.find(' ', i);
    if (j == std::string_view::npos) j = folded.size();
    best = std::max(best, MatchWord(q, folded.substr(i, j - i), prefix));
    if (best == Match::kExact) return best;
    i = j + 1;
  }
  return best;
}

bool IsPrefixWord(const SearchQuery& q, size_t i) {
  return q.prefix_last && i + 1 == q.words.size();
}

// Words are [a-z0-9] and other scripts' letters: no quote, star or backslash can
// reach either engine's syntax, so quoting them is enough.
std::string Quoted(std::string_view word, char quote) {
  return std::string(1, quote) + std::string(word) + quote;
}

// Moves a byte offset back to the start of the code point it falls in.
size_t CodePointStart(std::string_view s, size_t at) {
  while (at > 0 && at < s.size() && (static_cast<unsigned char>(s[at]) & 0xC0) == 0x80) --at;
  return at;
}

}  // namespace

std::vector<std::string> SearchWords(std::string_view text) {
  std::vector<std::string> out;
  ForEachWord(text, [&](const std::string& w, size_t, size_t) { out.push_back(w); });
  return out;
}

std::string FoldForSearch(std::string_view text) {
  std::string out;
  ForEachWord(text, [&](const std::string& w, size_t, size_t) {
    if (!out.empty()) out += ' ';
    out += w;
  });
  return out;
}

Result<SearchQuery> ParseSearchQuery(std::string_view typed) {
  if (!IsValidUtf8(typed)) return ValidationError({{"q", "must be valid UTF-8 text"}});
  if (Utf8Length(typed) > L::kMaxQueryChars) {
    return ValidationError({{"q", "must be at most 200 characters"}});
  }
  SearchQuery q;
  size_t last_end = 0;
  ForEachWord(typed, [&](const std::string& w, size_t, size_t end) {
    q.words.push_back(w);
    last_end = end;
  });
  if (q.words.empty()) return ValidationError({{"q", "must contain a letter or a digit"}});
  // A trailing space or sign means the last word is finished.
  q.prefix_last = last_end == typed.size();
  if (q.words.size() > L::kMaxWords) {
    q.words.resize(L::kMaxWords);
    q.prefix_last = false;
  }
  size_t chars = 0;
  for (const std::string& w : q.words) chars += Utf8Length(w);
  q.names_only = chars <= L::kNamesOnlyChars;
  if (q.names_only) q.prefix_last = true;
  return q;
}

std::string Fts5Expression(const SearchQuery& q, std::string_view name_column) {
  std::string expr;
  for (size_t i = 0; i < q.words.size(); ++i) {
    if (!expr.empty()) expr += ' ';
    expr += Quoted(q.words[i], '"');
    if (IsPrefixWord(q, i)) expr += '*';
  }
  if (q.names_only) return std::string(name_column) + " : (" + expr + ")";
  return expr;
}

std::string TsQueryText(const SearchQuery& q) {
  std::string expr;
  for (size_t i = 0; i < q.words.size(); ++i) {
    if (!expr.empty()) expr += " & ";
    expr += Quoted(q.words[i], '\'');
    const bool prefix = IsPrefixWord(q, i);
    if (prefix || q.names_only) expr += ':';
    if (prefix) expr += '*';
    if (q.names_only) expr += 'A';
  }
  return expr;
}

int ScoreDocument(const SearchQuery& q, const FoldedDocument& doc) {
  int score = 0;
  for (size_t i = 0; i < q.words.size(); ++i) {
    const std::string& w = q.words[i];
    const bool prefix = IsPrefixWord(q, i);
    int best = 0;
    switch (BestIn(w, doc.title, prefix)) {
      case Match::kExact: best = W::kTitle; break;
      case Match::kPrefix: best = W::kTitlePrefix; break;
      case Match::kNone: break;
    }
    if (!q.names_only && best < W::kTags) {
      switch (BestIn(w, doc.tags, prefix)) {
        case Match::kExact: best = W::kTags; break;
        case Match::kPrefix: best = W::kTagsPrefix; break;
        case Match::kNone: break;
      }
      if (best == 0 && BestIn(w, doc.body, prefix) != Match::kNone) best = W::kBody;
    }
    if (best == 0) return 0;
    score += best;
  }
  return score;
}

std::vector<SnippetPart> MakeSnippet(std::string_view text, const SearchQuery& q,
                                     size_t max_chars) {
  struct Hit {
    size_t begin, end;
  };
  std::vector<Hit> hits;
  ForEachWord(text, [&](const std::string& w, size_t begin, size_t end) {
    for (size_t i = 0; i < q.words.size(); ++i) {
      if (MatchWord(q.words[i], w, IsPrefixWord(q, i)) != Match::kNone) {
        hits.push_back({begin, end});
        return;
      }
    }
  });
  // The window: from a little before the first hit, max_chars code points long,
  // both ends moved to a word boundary (a space) when one is near.
  size_t from = 0;
  if (!hits.empty()) {
    size_t back = max_chars / 4;
    from = hits.front().begin;
    while (from > 0 && back > 0) {
      from = CodePointStart(text, from - 1);
      --back;
    }
    if (from > 0) {
      const size_t space = text.find(' ', from);
      if (space != std::string_view::npos && space < hits.front().begin) from = space + 1;
    }
  }
  size_t to = from, chars = 0;
  while (to < text.size() && chars < max_chars) {
    NextCodePoint(text, to);
    ++chars;
  }
  if (to < text.size()) {
    const size_t space = text.rfind(' ', to);
    if (space != std::string_view::npos && space > from &&
        (hits.empty() || space >= hits.front().end)) {
      to = space;
    }
  }
  std::vector<SnippetPart> parts;
  auto add = [&](std::string_view piece, bool hit) {
    if (piece.empty()) return;
    if (!parts.empty() && parts.back().hit == hit) {
      parts.back().text += piece;
    } else {
      parts.push_back({std::string(piece), hit});
    }
  };
  if (from > 0) add("…", false);
  size_t at = from;
  for (const Hit& h : hits) {
    if (h.end <= from || h.begin >= to) continue;
    add(text.substr(at, h.begin - at), false);
    add(text.substr(h.begin, std::min(h.end, to) - h.begin), true);
    at = std::min(h.end, to);
  }
  add(text.substr(at, to - at), false);
  if (to < text.size()) add("…", false);
  return parts;
}

}  // namespace pln::domain
