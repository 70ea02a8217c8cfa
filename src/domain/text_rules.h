// Field checks for free text that members type, shared by the domain rules
// (feedback, mentorship): each adds a FieldError naming the field and returns
// the cleaned text, so a validator can report every bad field at once.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"

namespace pln::domain {

// "must be at most N characters"
std::string LimitMessage(size_t n);

// Multi-line text (Markdown allowed): trimmed; newlines kept.
std::string CheckText(std::string_view value, std::string_view field, size_t max, bool required,
                      std::vector<FieldError>& errors);

// One-line text: trimmed and inner whitespace collapsed.
std::string CheckLine(std::string_view value, std::string_view field, size_t max, bool required,
                      std::vector<FieldError>& errors);

// Names and headlines identify a member to others, so on top of the line rules
// they must show something (not only invisible characters such as U+200B) and
// hold no bidirectional override or isolate (U+202A–U+202E, U+2066–U+2069), which
// would make them display as other text. `clean` is valid UTF-8; adds at most one
// FieldError for `field`.
void CheckShownText(std::string_view clean, std::string_view field,
                    std::vector<FieldError>& errors);

// "field[i]", the name of a list element in a FieldError.
std::string Indexed(std::string_view field, size_t i);

// A list of one-line names (fields, skills, goals): each 1..max_len, no duplicates
// (case-insensitive, the later copy is dropped), at most max_count, at least one if required.
std::vector<std::string> CheckNames(const std::vector<std::string>& names, std::string_view field,
                                    size_t max_len, size_t max_count, bool required,
                                    std::vector<FieldError>& errors);

}  // namespace pln::domain
