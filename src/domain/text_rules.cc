#include "domain/text_rules.h"

#include <set>

#include "base/text.h"

namespace pln::domain {
namespace {

std::string Trimmed(std::string_view s) {
  size_t b = s.find_first_not_of(" \t\r\n");
  size_t e = s.find_last_not_of(" \t\r\n");
  return b == std::string_view::npos ? "" : std::string(s.substr(b, e - b + 1));
}

// Shared tail of both checks: control characters, presence and length.
void CheckClean(const std::string& clean, std::string_view field, size_t max, bool required,
                bool allow_newlines, std::vector<FieldError>& errors) {
  if (HasControlChars(clean, allow_newlines)) {
    errors.push_back({std::string(field), "must not contain control characters"});
  } else if (required && clean.empty()) {
    errors.push_back({std::string(field), "is required"});
  } else if (Utf8Length(clean) > max) {
    errors.push_back({std::string(field), LimitMessage(max)});
  }
}

}  // namespace

std::string LimitMessage(size_t n) {
  return "must be at most " + std::to_string(n) + " characters";
}

std::string CheckText(std::string_view value, std::string_view field, size_t max, bool required,
                      std::vector<FieldError>& errors) {
  if (!IsValidUtf8(value)) {
    errors.push_back({std::string(field), "must be valid UTF-8 text"});
    return "";
  }
  std::string clean = Trimmed(value);
  CheckClean(clean, field, max, required, /*allow_newlines=*/true, errors);
  return clean;
}

std::string CheckLine(std::string_view value, std::string_view field, size_t max, bool required,
                      std::vector<FieldError>& errors) {
  if (!IsValidUtf8(value)) {
    errors.push_back({std::string(field), "must be valid UTF-8 text"});
    return "";
  }
  std::string clean = NormalizeSpace(value);
  CheckClean(clean, field, max, required, /*allow_newlines=*/false, errors);
  return clean;
}

void CheckShownText(std::string_view clean, std::string_view field,
                    std::vector<FieldError>& errors) {
  if (IsOnlyInvisible(clean)) {
    errors.push_back({std::string(field), "must contain visible characters"});
  } else if (HasBidiControls(clean)) {
    errors.push_back({std::string(field),
                      "must not contain bidirectional override or isolate characters "
                      "(U+202A-U+202E, U+2066-U+2069)"});
  }
}

std::string Indexed(std::string_view field, size_t i) {
  return std::string(field) + "[" + std::to_string(i) + "]";
}

std::vector<std::string> CheckNames(const std::vector<std::string>& names, std::string_view field,
                                    size_t max_len, size_t max_count, bool required,
                                    std::vector<FieldError>& errors) {
  std::vector<std::string> out;
  const size_t errors_before = errors.size();
  if (names.size() > max_count) {
    errors.push_back(
        {std::string(field), "must have at most " + std::to_string(max_count) + " entries"});
    return out;
  }
  std::set<std::string> seen;
  for (size_t i = 0; i < names.size(); ++i) {
    std::string clean = CheckLine(names[i], Indexed(field, i), max_len, true, errors);
    if (clean.empty()) continue;
    if (seen.insert(AsciiLower(clean)).second) out.push_back(std::move(clean));
  }
  if (required && out.empty() && errors.size() == errors_before) {
    errors.push_back({std::string(field), "needs at least one entry"});
  }
  return out;
}

}  // namespace pln::domain
