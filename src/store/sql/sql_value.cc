#include "store/sql/sql_value.h"

#include <charconv>

namespace pln::store::sql {

int64_t SqlValue::AsInt() const {
  switch (type_) {
    case Type::kInt: return int_;
    case Type::kText: {
      int64_t out = 0;
      std::from_chars(text_.data(), text_.data() + text_.size(), out);
      return out;
    }
    case Type::kNull: break;
  }
  return 0;
}

std::string SqlValue::AsText() const {
  switch (type_) {
    case Type::kText: return text_;
    case Type::kInt: return std::to_string(int_);
    case Type::kNull: break;
  }
  return {};
}

std::string SqlValue::TakeText() {
  if (type_ == Type::kText) return std::move(text_);
  return AsText();
}

}  // namespace pln::store::sql
