// Small text helpers shared by every layer. ASCII-only case folding on purpose:
// SQLite's lower() and PostgreSQL's lower() under the C collation agree on it,
// so filters behave the same in the app and in both stores.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace pln {

std::string AsciiLower(std::string_view s);
// Trims ASCII whitespace at both ends and collapses inner runs to one space.
std::string NormalizeSpace(std::string_view s);
bool IsValidUtf8(std::string_view s);
// Decodes the UTF-8 code point at s[i] and moves i past it; an invalid byte
// gives 0 and moves i by one.
uint32_t NextCodePoint(std::string_view s, size_t& i);
// Number of Unicode code points; s must be valid UTF-8.
size_t Utf8Length(std::string_view s);
// The longest prefix of valid UTF-8 s that fits in max_bytes, cut before a
// code point, with "…" appended when something was cut (within max_bytes).
std::string TruncateUtf8(std::string_view s, size_t max_bytes);
// True if s holds a control character other than \n and \t.
bool HasControlChars(std::string_view s, bool allow_newlines);
// True if valid UTF-8 s holds a bidirectional embedding, override or isolate
// (U+202A–U+202E, U+2066–U+2069): they reorder the text around them, so a name
// could display as something else than it is.
bool HasBidiControls(std::string_view s);
// True if valid UTF-8 s is not empty and shows nothing: every code point is
// whitespace or an invisible format character (U+200B zero width space, U+2060
// word joiner, U+FEFF, U+00AD soft hyphen, Hangul fillers, ...).
bool IsOnlyInvisible(std::string_view s);
std::vector<std::string> SplitWords(std::string_view s);
bool ContainsFolded(std::string_view haystack, std::string_view folded_needle);
// "José Ñúñez-O'Brien" → "josenunezobrien": the ASCII letters (lower-cased) and
// digits of s, with the Latin letters with diacritics that names use folded to
// their base letters (Latin-1 and Latin Extended-A); everything else, invalid
// bytes included, is dropped.
std::string AsciiFoldAlnum(std::string_view s);
// How search words compare, accents, case and punctuation aside: AsciiFoldAlnum
// of the word, or the lower-cased word when that leaves nothing (a word in
// another script still matches itself). "Sofía" and "sofia" give "sofia".
std::string FoldSearchWord(std::string_view word);
// Every whitespace-separated word of s folded by FoldSearchWord, joined by one
// space: "Data-Science  Lead" → "datascience lead".
std::string FoldSearchWords(std::string_view s);

}  // namespace pln
