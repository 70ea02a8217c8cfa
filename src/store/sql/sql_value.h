// Values that cross the SQL driver boundary: statement parameters and result
// cells. Only three types exist in pln's schema (integers, text, NULL), so both
// drivers map everything onto these; booleans are stored as 0/1 integers and
// times as Unix milliseconds.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace pln::store::sql {

class SqlValue {
 public:
  enum class Type { kNull, kInt, kText };

  SqlValue() = default;        // NULL
  SqlValue(std::nullptr_t) {}  // NOLINT: implicit so parameter lists read naturally
  SqlValue(int64_t i) : type_(Type::kInt), int_(i) {}                   // NOLINT
  SqlValue(int i) : type_(Type::kInt), int_(i) {}                       // NOLINT
  SqlValue(bool b) : type_(Type::kInt), int_(b ? 1 : 0) {}              // NOLINT
  SqlValue(std::string s) : type_(Type::kText), text_(std::move(s)) {}  // NOLINT
  SqlValue(std::string_view s) : type_(Type::kText), text_(s) {}        // NOLINT
  SqlValue(const char* s) : type_(Type::kText), text_(s) {}             // NOLINT

  Type type() const { return type_; }
  bool is_null() const { return type_ == Type::kNull; }
  // The integer value; text is parsed (0 if it is not a number), NULL is 0.
  int64_t AsInt() const;
  // The text value; integers are formatted, NULL is "".
  std::string AsText() const;
  // The stored text without a copy; empty unless type() is kText.
  const std::string& text() const { return text_; }
  // Moves the text out (valid for kText only; otherwise as AsText()).
  std::string TakeText();

  bool operator==(const SqlValue&) const = default;

 private:
  Type type_ = Type::kNull;
  int64_t int_ = 0;
  std::string text_;
};

using SqlRow = std::vector<SqlValue>;

// The outcome of one statement.
struct SqlRows {
  std::vector<SqlRow> rows;
  int64_t affected = 0;  // rows changed by INSERT/UPDATE/DELETE; 0 for queries
};

}  // namespace pln::store::sql
