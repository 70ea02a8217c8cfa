// Untrusted JSON input: request-body checks and a typed reader for objects.
//
// ParseJsonObject runs the cheap checks before nlohmann sees a byte:
// Content-Type (415), UTF-8 (400), nesting depth by a linear scan (400; a
// 1 MiB "[[[[…" never reaches a recursive structure) and only then parses
// (400 malformed_json naming line and column). Body size is limited earlier by
// the server (413).
//
// ObjectReader pulls typed fields out of a parsed object and collects every
// problem as a FieldError instead of stopping at the first, so one 422 names
// all offending fields. Typical use:
//
//   std::vector<FieldError> errors;
//   ObjectReader r(body, "", errors);
//   auto email = r.String("email");
//   auto note = r.String("note", Presence::kOptional);
//   r.Finish();                      // reports unknown fields
//   if (!errors.empty()) return ValidationError(std::move(errors));
//
// JSON null is never accepted as a value ("name": null is a 422 naming the
// field, not "leave unchanged"): only an absent key means absent.
// Not thread-safe; a reader lives within one request.
#pragma once

#include <cstdint>
#include <functional>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "base/ids.h"
#include "base/result.h"
#include "http/request.h"

namespace pln::http {

inline constexpr int kMaxJsonDepth = 64;
// No text field of pln comes near this; longer strings are rejected before the
// domain spends time normalising them.
inline constexpr size_t kMaxJsonString = 64 * 1024;
inline constexpr size_t kMaxJsonArray = 1000;

// 415 unless the media type is application/json (parameters allowed; a charset
// parameter must be UTF-8).
Status CheckJsonContentType(std::string_view content_type);
// 400 malformed_json if arrays/objects nest deeper than `max_depth`. Linear,
// no recursion, aware of strings and escapes.
Status CheckJsonDepth(std::string_view text, int max_depth = kMaxJsonDepth);
// Parses JSON text (no Content-Type check); 400 malformed_json on any problem.
Result<nlohmann::json> ParseJsonText(std::string_view text);
// Full body check for routes that take a JSON object.
Result<nlohmann::json> ParseJsonObject(const Request& request);

enum class Presence { kRequired, kOptional };

class ObjectReader {
 public:
  // `object` must be a JSON object and outlive the reader; `path` is the JSON
  // path of the object ("" at the root, "skills[2]" inside arrays).
  ObjectReader(const nlohmann::json& object, std::string path, std::vector<FieldError>& errors);

  std::optional<std::string> String(std::string_view key, Presence p = Presence::kRequired);
  // Integers only: decimals, booleans and strings are rejected, as are values
  // outside [min, max] (including numbers too large for int64).
  std::optional<int64_t> Int(std::string_view key, Presence p = Presence::kRequired,
                             int64_t min = std::numeric_limits<int64_t>::min(),
                             int64_t max = std::numeric_limits<int64_t>::max());
  // A positive int64 (database ids).
  std::optional<int64_t> Id(std::string_view key, Presence p = Presence::kRequired);
  std::optional<bool> Bool(std::string_view key, Presence p = Presence::kRequired);
  // A JSON array of at most `max_items` member ids (positive integers); each
  // bad element is its own error ("members[3]: must be a member id").
  std::optional<std::vector<MemberId>> MemberIds(std::string_view key,
                                                 Presence p = Presence::kRequired,
                                                 size_t max_items = kMaxJsonArray);
  std::optional<std::vector<std::string>> StringArray(std::string_view key,
                                                      Presence p = Presence::kRequired);
  // Calls `each` with a reader for every element of an array of objects; the
  // element readers are finished (unknown fields reported) after `each`.
  // Returns false if the field is absent or not an array.
  bool ObjectArray(std::string_view key, Presence p,
                   const std::function<void(ObjectReader& element, size_t index)>& each);
  // A nested object; the caller must Finish() the returned reader.
  std::optional<ObjectReader> Object(std::string_view key, Presence p = Presence::kRequired);

  // A string that must be one of a fixed set; `parse` maps it (nullopt if
  // invalid), `allowed` lists the values for the message ("a, b, c").
  template <typename E, typename Parse>
  std::optional<E> Enum(std::string_view key, Presence p, Parse parse, std::string_view allowed) {
    std::optional<std::string> s = String(key, p);
    if (!s) return std::nullopt;
    std::optional<E> value = parse(*s);
    if (!value) AddError(key, "must be one of: " + std::string(allowed));
    return value;
  }

  // Reports every key of the object that no getter asked for as "unknown field".
  void Finish();

  void AddError(std::string_view key, std::string message);
  std::string PathOf(std::string_view key) const;

 private:
  // The value of `key`, or nullptr if absent (recording "is required" when
  // required). Marks the key as known.
  const nlohmann::json* Find(std::string_view key, Presence p);

  const nlohmann::json& object_;
  std::string path_;
  std::vector<FieldError>* errors_;
  std::vector<std::string> known_;
};

// The JSON path of a single value, for errors raised outside a reader.
std::string JoinPath(std::string_view prefix, std::string_view key);

}  // namespace pln::http
