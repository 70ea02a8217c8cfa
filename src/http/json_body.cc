#include "http/json_body.h"

#include <cmath>

#include "base/text.h"
#include "http/error_mapping.h"

namespace pln::http {

namespace {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

bool EqualsFolded(std::string_view a, std::string_view folded) {
  if (a.size() != folded.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    char c = a[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != folded[i]) return false;
  }
  return true;
}

// "…parse error at line 1, column 5: syntax error while parsing value - invalid
// literal; last read: 'tru,'" → "syntax error while parsing value - invalid literal".
// The byte position is reported separately, so only the reason is kept.
std::string ParseErrorReason(const char* what) {
  std::string_view s(what);
  size_t col = s.find("column ");
  size_t start = s.find(": ", col == std::string_view::npos ? 0 : col);
  if (start == std::string_view::npos) return "invalid JSON";
  s.remove_prefix(start + 2);
  size_t end = s.find("; last read");
  if (end != std::string_view::npos) s = s.substr(0, end);
  return std::string(s);
}

}  // namespace

std::string JoinPath(std::string_view prefix, std::string_view key) {
  if (prefix.empty()) return std::string(key);
  std::string out;
  out.reserve(prefix.size() + 1 + key.size());
  out.append(prefix).push_back('.');
  out.append(key);
  return out;
}

Status CheckJsonContentType(std::string_view content_type) {
  size_t semi = content_type.find(';');
  if (!EqualsFolded(Trim(content_type.substr(0, semi)), "application/json")) {
    return UnsupportedMediaTypeError();
  }
  while (semi != std::string_view::npos) {
    std::string_view rest = content_type.substr(semi + 1);
    semi = rest.find(';');
    std::string_view param = Trim(rest.substr(0, semi));
    size_t eq = param.find('=');
    if (eq == std::string_view::npos) continue;
    if (!EqualsFolded(Trim(param.substr(0, eq)), "charset")) continue;
    std::string_view value = Trim(param.substr(eq + 1));
    if (value.size() >= 2 && value.front() == '"' && value.back() == '"') {
      value = value.substr(1, value.size() - 2);
    }
    if (!EqualsFolded(value, "utf-8") && !EqualsFolded(value, "utf8")) {
      return UnsupportedMediaTypeError();
    }
  }
  return Status::Ok();
}

Status CheckJsonDepth(std::string_view text, int max_depth) {
  int depth = 0;
  bool in_string = false;
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (in_string) {
      if (c == '\\') {
        ++i;  // skip the escaped character (an escaped quote does not end the string)
      } else if (c == '"') {
        in_string = false;
      }
      continue;
    }
    switch (c) {
      case '"': in_string = true; break;
      case '[':
      case '{':
        if (++depth > max_depth) {
          return MalformedJsonError("JSON is nested deeper than " + std::to_string(max_depth) +
                                    " levels (at byte " + std::to_string(i + 1) + ").");
        }
        break;
      case ']':
      case '}':
        --depth;  // unbalanced input is the parser's to report
        break;
      default: break;
    }
  }
  return Status::Ok();
}

Result<nlohmann::json> ParseJsonText(std::string_view text) {
  if (!IsValidUtf8(text)) return MalformedJsonError("The request body is not valid UTF-8.");
  RETURN_IF_ERROR(CheckJsonDepth(text));
  try {
    return nlohmann::json::parse(text.begin(), text.end());
  } catch (const nlohmann::json::parse_error& e) {
    // e.byte is the 1-based offset of the last byte read.
    size_t line = 1, column = 1;
    const size_t end = std::min<size_t>(e.byte > 0 ? e.byte - 1 : 0, text.size());
    for (size_t i = 0; i < end; ++i) {
      if (text[i] == '\n') {
        ++line;
        column = 1;
      } else {
        ++column;
      }
    }
    return MalformedJsonError("Malformed JSON at line " + std::to_string(line) + ", column " +
                              std::to_string(column) + ": " + ParseErrorReason(e.what()) + ".");
  } catch (const nlohmann::json::out_of_range&) {
    return MalformedJsonError("Malformed JSON: a number is too large.");  // e.g. 1e400
  } catch (const nlohmann::json::exception&) {
    return MalformedJsonError("Malformed JSON.");
  }
}

Result<nlohmann::json> ParseJsonObject(const Request& request) {
  if (request.body.empty()) {
    return MalformedJsonError("The request body is empty; expected a JSON object.");
  }
  RETURN_IF_ERROR(CheckJsonContentType(request.content_type));
  ASSIGN_OR_RETURN(nlohmann::json json, ParseJsonText(request.body));
  if (!json.is_object()) return MalformedJsonError("The request body must be a JSON object.");
  return json;
}

ObjectReader::ObjectReader(const nlohmann::json& object, std::string path,
                           std::vector<FieldError>& errors)
    : object_(object), path_(std::move(path)), errors_(&errors) {}

std::string ObjectReader::PathOf(std::string_view key) const {
  return JoinPath(path_, key);
}

void ObjectReader::AddError(std::string_view key, std::string message) {
  errors_->push_back({PathOf(key), std::move(message)});
}

const nlohmann::json* ObjectReader::Find(std::string_view key, Presence p) {
  known_.emplace_back(key);
  auto it = object_.find(key);
  if (it == object_.end()) {
    if (p == Presence::kRequired) AddError(key, "is required");
    return nullptr;
  }
  return &*it;
}

std::optional<std::string> ObjectReader::String(std::string_view key, Presence p) {
  const nlohmann::json* v = Find(key, p);
  if (v == nullptr) return std::nullopt;
  if (!v->is_string()) {
    AddError(key, "must be a string");
    return std::nullopt;
  }
  const auto& s = v->get_ref<const std::string&>();
  if (s.size() > kMaxJsonString) {
    AddError(key, "is too long");
    return std::nullopt;
  }
  return s;
}

std::optional<int64_t> ObjectReader::Int(std::string_view key, Presence p, int64_t min,
                                         int64_t max) {
  const nlohmann::json* v = Find(key, p);
  if (v == nullptr) return std::nullopt;
  const std::string range =
      min == 1 && max == std::numeric_limits<int64_t>::max()
          ? "must be a positive integer"
          : "must be an integer between " + std::to_string(min) + " and " + std::to_string(max);
  int64_t value = 0;
  if (v->is_number_unsigned()) {
    const auto u = v->get<uint64_t>();
    if (u > static_cast<uint64_t>(std::numeric_limits<int64_t>::max())) {
      AddError(key, range);
      return std::nullopt;
    }
    value = static_cast<int64_t>(u);
  } else if (v->is_number_integer()) {
    value = v->get<int64_t>();
  } else if (v->is_number_float()) {
    // Integers beyond 64 bits arrive here as doubles: name the real problem.
    const double d = v->get<double>();
    const bool huge_integer = std::isfinite(d) && std::trunc(d) == d && std::fabs(d) >= 9.2e18;
    AddError(key, huge_integer ? range : "must be an integer");
    return std::nullopt;
  } else {
    AddError(key, "must be an integer");
    return std::nullopt;
  }
  if (value < min || value > max) {
    AddError(key, range);
    return std::nullopt;
  }
  return value;
}

std::optional<int64_t> ObjectReader::Id(std::string_view key, Presence p) {
  return Int(key, p, 1, std::numeric_limits<int64_t>::max());
}

std::optional<std::vector<MemberId>> ObjectReader::MemberIds(std::string_view key, Presence p,
                                                             size_t max_items) {
  const nlohmann::json* v = Find(key, p);
  if (v == nullptr) return std::nullopt;
  if (!v->is_array()) {
    AddError(key, "must be an array of member ids");
    return std::nullopt;
  }
  if (v->size() > max_items) {
    AddError(key, "has more than " + std::to_string(max_items) + " member ids");
    return std::nullopt;
  }
  std::vector<MemberId> out;
  out.reserve(v->size());
  bool ok = true;
  for (size_t i = 0; i < v->size(); ++i) {
    const nlohmann::json& item = (*v)[i];
    if (!item.is_number_integer() || item.get<int64_t>() <= 0) {
      AddError(std::string(key) + "[" + std::to_string(i) + "]", "must be a member id");
      ok = false;
      continue;
    }
    out.emplace_back(item.get<int64_t>());
  }
  if (!ok) return std::nullopt;
  return out;
}

std::optional<bool> ObjectReader::Bool(std::string_view key, Presence p) {
  const nlohmann::json* v = Find(key, p);
  if (v == nullptr) return std::nullopt;
  if (!v->is_boolean()) {
    AddError(key, "must be true or false");
    return std::nullopt;
  }
  return v->get<bool>();
}

std::optional<std::vector<std::string>> ObjectReader::StringArray(std::string_view key,
                                                                  Presence p) {
  const nlohmann::json* v = Find(key, p);
  if (v == nullptr) return std::nullopt;
  if (!v->is_array()) {
    AddError(key, "must be an array of strings");
    return std::nullopt;
  }
  if (v->size() > kMaxJsonArray) {
    AddError(key, "has too many items");
    return std::nullopt;
  }
  std::vector<std::string> out;
  out.reserve(v->size());
  bool ok = true;
  for (size_t i = 0; i < v->size(); ++i) {
    const nlohmann::json& item = (*v)[i];
    const std::string item_key = std::string(key) + "[" + std::to_string(i) + "]";
    if (!item.is_string()) {
      AddError(item_key, "must be a string");
      ok = false;
      continue;
    }
    const auto& s = item.get_ref<const std::string&>();
    if (s.size() > kMaxJsonString) {
      AddError(item_key, "is too long");
      ok = false;
      continue;
    }
    out.push_back(s);
  }
  if (!ok) return std::nullopt;
  return out;
}

bool ObjectReader::ObjectArray(std::string_view key, Presence p,
                               const std::function<void(ObjectReader&, size_t)>& each) {
  const nlohmann::json* v = Find(key, p);
  if (v == nullptr) return false;
  if (!v->is_array()) {
    AddError(key, "must be an array of objects");
    return false;
  }
  if (v->size() > kMaxJsonArray) {
    AddError(key, "has too many items");
    return false;
  }
  for (size_t i = 0; i < v->size(); ++i) {
    const nlohmann::json& item = (*v)[i];
    const std::string item_key = std::string(key) + "[" + std::to_string(i) + "]";
    if (!item.is_object()) {
      AddError(item_key, "must be an object");
      continue;
    }
    ObjectReader element(item, PathOf(item_key), *errors_);
    each(element, i);
    element.Finish();
  }
  return true;
}

std::optional<ObjectReader> ObjectReader::Object(std::string_view key, Presence p) {
  const nlohmann::json* v = Find(key, p);
  if (v == nullptr) return std::nullopt;
  if (!v->is_object()) {
    AddError(key, "must be an object");
    return std::nullopt;
  }
  return ObjectReader(*v, PathOf(key), *errors_);
}

void ObjectReader::Finish() {
  for (const auto& [key, value] : object_.items()) {
    bool known = false;
    for (const std::string& k : known_) {
      if (k == key) {
        known = true;
        break;
      }
    }
    if (!known) AddError(key, "unknown field");
  }
}

}  // namespace pln::http
