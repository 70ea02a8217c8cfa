#include "http/query.h"

#include <charconv>

#include "base/text.h"

namespace pln::http {

namespace {

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

}  // namespace

std::optional<std::string> PercentDecode(std::string_view s, bool plus_is_space) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (c == '%') {
      if (i + 2 >= s.size()) return std::nullopt;
      const int hi = HexValue(s[i + 1]);
      const int lo = HexValue(s[i + 2]);
      if (hi < 0 || lo < 0) return std::nullopt;
      const char decoded = static_cast<char>(hi * 16 + lo);
      if (decoded == '\0') return std::nullopt;
      out.push_back(decoded);
      i += 2;
    } else if (c == '+' && plus_is_space) {
      out.push_back(' ');
    } else {
      out.push_back(c);
    }
  }
  if (!IsValidUtf8(out)) return std::nullopt;
  return out;
}

Result<QueryParams> QueryParams::Parse(std::string_view query) {
  QueryParams params;
  while (!query.empty()) {
    const size_t amp = query.find('&');
    std::string_view part = query.substr(0, amp);
    query = amp == std::string_view::npos ? std::string_view() : query.substr(amp + 1);
    if (part.empty()) continue;
    const size_t eq = part.find('=');
    auto key = PercentDecode(part.substr(0, eq), true);
    auto value = PercentDecode(
        eq == std::string_view::npos ? std::string_view() : part.substr(eq + 1), true);
    if (!key || !value) return MalformedError("The query string is not correctly encoded.");
    params.items_.emplace_back(std::move(*key), std::move(*value));
  }
  return params;
}

std::optional<std::string_view> QueryParams::Get(std::string_view key) const {
  for (const auto& [k, v] : items_) {
    if (k == key) return std::string_view(v);
  }
  return std::nullopt;
}

Result<int> ParseLimit(const QueryParams& query, int default_limit, int max_limit) {
  auto raw = query.Get("limit");
  if (!raw) return default_limit;
  int value = 0;
  auto [end, ec] = std::from_chars(raw->data(), raw->data() + raw->size(), value);
  if (raw->empty() || ec != std::errc() || end != raw->data() + raw->size() || value < 1 ||
      value > max_limit) {
    return ValidationError(
        {{"limit", "must be an integer between 1 and " + std::to_string(max_limit)}});
  }
  return value;
}

PageParams ReadPageParams(const QueryParams& query, std::vector<FieldError>& errors,
                          int default_limit, int max_limit) {
  PageParams page;
  Result<int> limit = ParseLimit(query, default_limit, max_limit);
  if (limit.ok()) {
    page.limit = *limit;
  } else {
    for (const FieldError& e : limit.error().details()) errors.push_back(e);
  }
  page.cursor = std::string(query.Get("cursor").value_or(""));
  return page;
}

}  // namespace pln::http
