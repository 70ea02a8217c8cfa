#include "cli/config.h"

#include <toml++/toml.h>

#include <charconv>
#include <cstdlib>

#include "base/ip_network.h"

namespace pln::cli {

std::string Config::DatabaseTarget() const {
  if (!database.empty()) return database;
  return data_dir + "/pln.db";
}

bool Config::UsesPostgres() const {
  return database.rfind("postgresql://", 0) == 0 || database.rfind("postgres://", 0) == 0;
}

namespace {

// Every integer setting, so the file, the environment and the flags check the
// same range, on the 64-bit value, before narrowing it to the field.
struct IntSetting {
  const char* key;                       // TOML key
  const char* env;                       // PLN_* variable
  const char* flag;                      // command-line flag; nullptr: none
  std::string ConfigFlags::*flag_value;  // where the flag's text is; nullptr: none
  int64_t min, max;
  int Config::*field;
};

constexpr int64_t kYearSeconds = 365LL * 24 * 3600;

const IntSetting kIntSettings[] = {
    {"threads", "PLN_THREADS", "--threads", &ConfigFlags::threads, 0, 256, &Config::threads},
    {"pool_size", "PLN_POOL_SIZE", nullptr, nullptr, 1, 256, &Config::pool_size},
    {"mentorship_request_ttl_seconds", "PLN_MENTORSHIP_REQUEST_TTL_SECONDS",
     "--mentorship-request-ttl", &ConfigFlags::mentorship_request_ttl, 1, kYearSeconds,
     &Config::mentorship_request_ttl_seconds},
    {"max_connections", "PLN_MAX_CONNECTIONS", "--max-connections", &ConfigFlags::max_connections,
     0, 1000000, &Config::max_connections},
    {"signups_per_hour", "PLN_SIGNUPS_PER_HOUR", "--signups-per-hour",
     &ConfigFlags::signups_per_hour, 0, 1000000, &Config::signups_per_hour},
    {"logins_per_minute", "PLN_LOGINS_PER_MINUTE", "--logins-per-minute",
     &ConfigFlags::logins_per_minute, 0, 1000000, &Config::logins_per_minute},
    {"hash_threads", "PLN_HASH_THREADS", "--hash-threads", &ConfigFlags::hash_threads, 1, 64,
     &Config::hash_threads},
    {"hash_queue", "PLN_HASH_QUEUE", "--hash-queue", &ConfigFlags::hash_queue, 0, 1024,
     &Config::hash_queue},
    {"event_retention_days", "PLN_EVENT_RETENTION_DAYS", "--event-retention-days",
     &ConfigFlags::event_retention_days, 1, 3650, &Config::event_retention_days},
};

const IntSetting* FindIntSetting(std::string_view key) {
  for (const IntSetting& s : kIntSettings) {
    if (key == s.key) return &s;
  }
  return nullptr;
}

// `name` is how the user wrote the setting (TOML key, variable or flag).
std::optional<FieldError> SetInt(const IntSetting& s, const std::string& name, int64_t value,
                                 Config& c) {
  if (value < s.min || value > s.max) {
    return FieldError{name, std::to_string(value) + " is out of range; allowed " +
                                std::to_string(s.min) + ".." + std::to_string(s.max)};
  }
  c.*s.field = static_cast<int>(value);
  return std::nullopt;
}

std::optional<FieldError> SetIntText(const IntSetting& s, const std::string& name,
                                     std::string_view text, Config& c) {
  int64_t value = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (end != text.data() + text.size() ||
      (ec != std::errc() && ec != std::errc::result_out_of_range)) {
    return FieldError{name, "must be an integer (got \"" + std::string(text) + "\")"};
  }
  if (ec == std::errc::result_out_of_range) {
    return FieldError{name, std::string(text) + " is out of range; allowed " +
                                std::to_string(s.min) + ".." + std::to_string(s.max)};
  }
  return SetInt(s, name, value, c);
}

// "a, b,,c" -> {"a", "b", "c"}
std::vector<std::string> SplitList(std::string_view text) {
  std::vector<std::string> out;
  while (!text.empty()) {
    const size_t comma = text.find(',');
    std::string_view item = text.substr(0, comma);
    while (!item.empty() && item.front() == ' ') item.remove_prefix(1);
    while (!item.empty() && item.back() == ' ') item.remove_suffix(1);
    if (!item.empty()) out.emplace_back(item);
    text = comma == std::string_view::npos ? std::string_view() : text.substr(comma + 1);
  }
  return out;
}

Status CheckChoice(const std::string& key, const std::string& value,
                   std::initializer_list<const char*> allowed) {
  std::string list;
  for (const char* a : allowed) {
    if (value == a) return Status::Ok();
    list += list.empty() ? a : std::string(", ") + a;
  }
  return ValidationError({{key, "must be one of " + list + " (got \"" + value + "\")"}});
}

// Rules that span the layers; integer ranges were checked as each layer was read.
Status Validate(const Config& c) {
  RETURN_IF_ERROR(CheckChoice("log_format", c.log_format, {"text", "json"}));
  RETURN_IF_ERROR(
      CheckChoice("log_level", c.log_level, {"trace", "debug", "info", "warn", "error"}));
  RETURN_IF_ERROR(CheckChoice("password_strength", c.password_strength, {"interactive", "min"}));
  RETURN_IF_ERROR(CheckChoice("opportunity_posting", c.opportunity_posting, {"members", "leads"}));
  if (!c.database.empty() && !c.UsesPostgres()) {
    return ValidationError({{"database", "must be a postgresql:// URL (leave empty for SQLite)"}});
  }
  for (const std::string& proxy : c.trusted_proxies) {
    if (!ParseIpNetwork(proxy)) {
      return ValidationError({{"trusted_proxies", "\"" + proxy +
                                                      "\" is not an IP address or CIDR network "
                                                      "(e.g. 10.0.0.1, 10.0.0.0/8, fd00::/8)"}});
    }
  }
  if (!c.metrics_token.empty() && c.metrics_token.size() < 16) {
    return ValidationError(
        {{"metrics_token", "must be at least 16 characters (a guessable token protects nothing)"}});
  }
  return Status::Ok();
}

}  // namespace

Status LoadConfigFile(const std::string& path_in, Config& c) {
  std::string path = path_in;
  if (path.empty()) {
    if (const char* env = std::getenv("PLN_CONFIG")) path = env;
  }
  if (path.empty()) return Status::Ok();
  toml::table t;
  try {
    t = toml::parse_file(path);
  } catch (const toml::parse_error& e) {
    return MalformedError("config file " + path + ", line " +
                          std::to_string(e.source().begin.line) + ": " +
                          std::string(e.description()));
  }
  std::vector<FieldError> errors;
  // Not a structured binding: the lambdas below capture `node`, which Clang 14 (the sanitizer
  // build) does not allow for a binding.
  for (auto&& item : t) {
    const std::string k(item.first.str());
    auto& node = item.second;
    auto str = [&](std::string& out) {
      if (auto v = node.value<std::string>())
        out = *v;
      else
        errors.push_back({k, "must be a string"});
    };
    if (const IntSetting* s = FindIntSetting(k)) {
      if (const auto* v = node.as_integer()) {
        if (auto e = SetInt(*s, k, v->get(), c)) errors.push_back(*e);
      } else {
        errors.push_back({k, "must be an integer"});
      }
    } else if (k == "data") {
      str(c.data_dir);
    } else if (k == "database") {
      str(c.database);
    } else if (k == "listen") {
      str(c.listen);
    } else if (k == "web_root") {
      str(c.web_root);
    } else if (k == "log_format") {
      str(c.log_format);
    } else if (k == "log_level") {
      str(c.log_level);
    } else if (k == "password_strength") {
      str(c.password_strength);
    } else if (k == "opportunity_posting") {
      str(c.opportunity_posting);
    } else if (k == "metrics_token") {
      str(c.metrics_token);
    } else if (k == "trusted_proxies") {
      const toml::array* list = node.as_array();
      if (list == nullptr || !list->is_homogeneous(toml::node_type::string)) {
        errors.push_back({k, "must be a list of strings, e.g. [\"10.0.0.1\", \"10.1.0.0/16\"]"});
      } else {
        c.trusted_proxies.clear();
        for (const toml::node& item : *list)
          c.trusted_proxies.push_back(*item.value<std::string>());
      }
    } else if (k == "secure_cookies") {
      if (auto v = node.value<bool>())
        c.secure_cookies = *v;
      else
        errors.push_back({k, "must be true or false"});
    } else {
      errors.push_back({k, "unknown setting"});
    }
  }
  if (!errors.empty())
    return ValidationError(std::move(errors), "config file " + path + " is invalid");
  return Validate(c);
}

Status LoadEnvironment(Config& c) {
  auto get = [](const char* name, std::string& out) {
    if (const char* v = std::getenv(name); v && *v) out = v;
  };
  get("PLN_DATA", c.data_dir);
  get("PLN_DATABASE", c.database);
  get("PLN_LISTEN", c.listen);
  get("PLN_WEB_ROOT", c.web_root);
  get("PLN_LOG_FORMAT", c.log_format);
  get("PLN_LOG_LEVEL", c.log_level);
  get("PLN_PASSWORD_STRENGTH", c.password_strength);
  get("PLN_OPPORTUNITY_POSTING", c.opportunity_posting);
  get("PLN_METRICS_TOKEN", c.metrics_token);
  if (const char* v = std::getenv("PLN_TRUSTED_PROXIES"); v && *v) c.trusted_proxies = SplitList(v);
  std::vector<FieldError> errors;
  for (const IntSetting& s : kIntSettings) {
    const char* v = std::getenv(s.env);
    if (!v || !*v) continue;
    if (auto e = SetIntText(s, s.env, v, c)) errors.push_back(*e);
  }
  if (const char* v = std::getenv("PLN_SECURE_COOKIES")) {
    c.secure_cookies = std::string(v) == "1" || std::string(v) == "true";
  }
  if (!errors.empty())
    return ValidationError(std::move(errors), "the PLN_* environment is invalid");
  return Validate(c);
}

Status ApplyFlags(const ConfigFlags& f, Config& c) {
  auto set = [](const std::string& flag, std::string& out) {
    if (!flag.empty()) out = flag;
  };
  set(f.data, c.data_dir);
  set(f.database, c.database);
  set(f.log_format, c.log_format);
  set(f.log_level, c.log_level);
  set(f.listen, c.listen);
  set(f.web_root, c.web_root);
  set(f.metrics_token, c.metrics_token);
  if (!f.trusted_proxies.empty()) c.trusted_proxies = SplitList(f.trusted_proxies);
  std::vector<FieldError> errors;
  for (const IntSetting& s : kIntSettings) {
    if (s.flag_value == nullptr || (f.*s.flag_value).empty()) continue;
    if (auto e = SetIntText(s, s.flag, f.*s.flag_value, c)) errors.push_back(*e);
  }
  if (!errors.empty()) return ValidationError(std::move(errors), "invalid command-line option");
  return Validate(c);
}

Status ResolveConfig(const ConfigFlags& flags, Config& config) {
  RETURN_IF_ERROR(LoadConfigFile(flags.config_file, config));
  RETURN_IF_ERROR(LoadEnvironment(config));
  return ApplyFlags(flags, config);
}

Status ParseListen(const std::string& listen, std::string& host, int& port) {
  auto colon = listen.rfind(':');
  if (colon == std::string::npos || colon == 0) {
    return ValidationError({{"listen", "must look like HOST:PORT, e.g. 127.0.0.1:8080"}});
  }
  host = listen.substr(0, colon);
  if (host.size() > 2 && host.front() == '[' && host.back() == ']')
    host = host.substr(1, host.size() - 2);
  const std::string p = listen.substr(colon + 1);
  char* end = nullptr;
  long n = std::strtol(p.c_str(), &end, 10);
  if (p.empty() || *end != '\0' || n < 0 || n > 65535) {
    return ValidationError({{"listen", "port must be a number from 0 to 65535"}});
  }
  port = static_cast<int>(n);
  return Status::Ok();
}

}  // namespace pln::cli
