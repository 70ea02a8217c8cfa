#include "cli/config.h"

#include <toml++/toml.h>
#include <cstdlib>

namespace pln::cli {

std::string Config::DatabaseTarget() const {
  if (!database.empty()) return database;
  return data_dir + "/pln.db";
}

bool Config::UsesPostgres() const {
  return database.rfind("postgresql://", 0) == 0 || database.rfind("postgres://", 0) == 0;
}

namespace {

Status CheckChoice(const std::string& key, const std::string& value,
                   std::initializer_list<const char*> allowed) {
  std::string list;
  for (const char* a : allowed) {
    if (value == a) return Status::Ok();
    list += list.empty() ? a : std::string(", ") + a;
  }
  return ValidationError({{key, "must be one of " + list + " (got \"" + value + "\")"}});
}

Status Validate(const Config& c) {
  RETURN_IF_ERROR(CheckChoice("log_format", c.log_format, {"text", "json"}));
  RETURN_IF_ERROR(
      CheckChoice("log_level", c.log_level, {"trace", "debug", "info", "warn", "error"}));
  RETURN_IF_ERROR(CheckChoice("password_strength", c.password_strength, {"interactive", "min"}));
  if (c.threads < 0 || c.threads > 256) return ValidationError({{"threads", "must be 0..256"}});
  if (c.signups_per_hour < 0 || c.signups_per_hour > 1000000)
    return ValidationError({{"signups_per_hour", "must be 0..1000000 (0: no limit)"}});
  if (c.logins_per_minute < 0 || c.logins_per_minute > 1000000)
    return ValidationError({{"logins_per_minute", "must be 0..1000000 (0: no limit)"}});
  if (c.hash_threads < 1 || c.hash_threads > 64)
    return ValidationError({{"hash_threads", "must be 1..64"}});
  if (c.hash_queue < 0 || c.hash_queue > 1024)
    return ValidationError({{"hash_queue", "must be 0..1024"}});
  if (c.pool_size < 1 || c.pool_size > 256)
    return ValidationError({{"pool_size", "must be 1..256"}});
  if (c.mentorship_request_ttl_seconds < 1 || c.mentorship_request_ttl_seconds > 365 * 24 * 3600) {
    return ValidationError(
        {{"mentorship_request_ttl_seconds", "must be 1..31536000 (one second to a year)"}});
  }
  if (!c.database.empty() && !c.UsesPostgres()) {
    return ValidationError({{"database", "must be a postgresql:// URL (leave empty for SQLite)"}});
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
  std::vector<FieldError> unknown;
  for (auto&& [key, node] : t) {
    const std::string k(key.str());
    auto str = [&](std::string& out) {
      if (auto v = node.value<std::string>())
        out = *v;
      else
        unknown.push_back({k, "must be a string"});
    };
    auto num = [&](int& out) {
      if (auto v = node.value<int64_t>())
        out = static_cast<int>(*v);
      else
        unknown.push_back({k, "must be an integer"});
    };
    if (k == "data")
      str(c.data_dir);
    else if (k == "database")
      str(c.database);
    else if (k == "listen")
      str(c.listen);
    else if (k == "threads")
      num(c.threads);
    else if (k == "pool_size")
      num(c.pool_size);
    else if (k == "web_root")
      str(c.web_root);
    else if (k == "log_format")
      str(c.log_format);
    else if (k == "log_level")
      str(c.log_level);
    else if (k == "password_strength")
      str(c.password_strength);
    else if (k == "signups_per_hour")
      num(c.signups_per_hour);
    else if (k == "logins_per_minute")
      num(c.logins_per_minute);
    else if (k == "hash_threads")
      num(c.hash_threads);
    else if (k == "hash_queue")
      num(c.hash_queue);
    else if (k == "mentorship_request_ttl_seconds")
      num(c.mentorship_request_ttl_seconds);
    else if (k == "secure_cookies") {
      if (auto v = node.value<bool>())
        c.secure_cookies = *v;
      else
        unknown.push_back({k, "must be true or false"});
    } else {
      unknown.push_back({k, "unknown setting"});
    }
  }
  if (!unknown.empty())
    return ValidationError(std::move(unknown), "config file " + path + " is invalid");
  return Validate(c);
}

Status LoadEnvironment(Config& c) {
  auto get = [](const char* name, std::string& out) {
    if (const char* v = std::getenv(name); v && *v) out = v;
  };
  auto get_int = [](const char* name, int& out) -> Status {
    const char* v = std::getenv(name);
    if (!v || !*v) return Status::Ok();
    char* end = nullptr;
    long n = std::strtol(v, &end, 10);
    if (*end != '\0') return ValidationError({{name, "must be an integer"}});
    out = static_cast<int>(n);
    return Status::Ok();
  };
  get("PLN_DATA", c.data_dir);
  get("PLN_DATABASE", c.database);
  get("PLN_LISTEN", c.listen);
  get("PLN_WEB_ROOT", c.web_root);
  get("PLN_LOG_FORMAT", c.log_format);
  get("PLN_LOG_LEVEL", c.log_level);
  get("PLN_PASSWORD_STRENGTH", c.password_strength);
  RETURN_IF_ERROR(get_int("PLN_THREADS", c.threads));
  RETURN_IF_ERROR(get_int("PLN_POOL_SIZE", c.pool_size));
  RETURN_IF_ERROR(get_int("PLN_SIGNUPS_PER_HOUR", c.signups_per_hour));
  RETURN_IF_ERROR(get_int("PLN_LOGINS_PER_MINUTE", c.logins_per_minute));
  RETURN_IF_ERROR(get_int("PLN_HASH_THREADS", c.hash_threads));
  RETURN_IF_ERROR(get_int("PLN_HASH_QUEUE", c.hash_queue));
  RETURN_IF_ERROR(get_int("PLN_MENTORSHIP_REQUEST_TTL_SECONDS", c.mentorship_request_ttl_seconds));
  if (const char* v = std::getenv("PLN_SECURE_COOKIES")) {
    c.secure_cookies = std::string(v) == "1" || std::string(v) == "true";
  }
  return Validate(c);
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
