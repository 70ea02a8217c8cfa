// A small streaming JSON writer that appends to one std::string.
//
// Why not build nlohmann::json values and dump() them: every object key and
// node is a separate allocation, and responses are on the hot path (the member
// page is the benchmark route). Writing straight into a reserved buffer costs
// one or two allocations per response. Parsing still uses nlohmann.
//
// The writer inserts commas itself; callers only pair Begin/End calls and
// call Key() before each value inside an object. Strings are escaped per
// RFC 8259; bytes >= 0x80 pass through (pln only stores validated UTF-8).
// Not thread-safe; one writer per response.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pln::http {

class JsonWriter {
 public:
  explicit JsonWriter(size_t reserve = 256) { out_.reserve(reserve); }

  JsonWriter& BeginObject();
  JsonWriter& EndObject();
  JsonWriter& BeginArray();
  JsonWriter& EndArray();
  JsonWriter& Key(std::string_view key);
  JsonWriter& String(std::string_view value);
  JsonWriter& Int(int64_t value);
  JsonWriter& Bool(bool value);
  JsonWriter& Null();

  // Key + value shorthands.
  JsonWriter& Field(std::string_view key, std::string_view value) { return Key(key).String(value); }
  JsonWriter& Field(std::string_view key, const char* value) { return Key(key).String(value); }
  JsonWriter& Field(std::string_view key, const std::string& value) {
    return Key(key).String(value);
  }
  JsonWriter& Field(std::string_view key, int64_t value) { return Key(key).Int(value); }
  JsonWriter& Field(std::string_view key, int value) { return Key(key).Int(value); }
  JsonWriter& Field(std::string_view key, bool value) { return Key(key).Bool(value); }
  JsonWriter& StringArray(std::string_view key, const std::vector<std::string>& values);

  const std::string& str() const { return out_; }
  std::string Take() { return std::move(out_); }

 private:
  void BeforeValue();
  void AppendEscaped(std::string_view s);

  std::string out_;
  // One bit per open container: whether it already holds an element. 64 levels
  // are far more than any response has.
  uint64_t has_element_ = 0;
  int depth_ = 0;
  bool after_key_ = false;
};

}  // namespace pln::http
