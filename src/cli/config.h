// Settings for every subcommand, resolved in this order (later wins):
// built-in defaults < TOML file (--config or PLN_CONFIG) < PLN_* environment < flags.
#pragma once

#include <string>

#include "base/result.h"

namespace pln::cli {

struct Config {
  std::string data_dir = "./pln-data";  // SQLite file lives here as pln.db
  std::string database;                 // postgresql:// URL; empty: SQLite in data_dir
  std::string listen = "127.0.0.1:8080";
  int threads =
      0;  // HTTP worker threads; 0: twice the CPU cores (measured best, docs/performance.md)
  int pool_size = 8;     // database connections
  std::string web_root;  // empty: <binary dir>/../web/dist when it exists
  bool secure_cookies = false;
  std::string log_format = "text";  // "text" | "json"
  std::string log_level = "info";
  std::string password_strength = "interactive";
  // Per client address; 0: no limit (see app/auth_service.h).
  int signups_per_hour = 10;
  int logins_per_minute = 30;  // password checks: login, tokens, /me/password, DELETE /me
  // Argon2 runs on hash_threads workers; hash_queue more callers may wait, the
  // rest get 503 (serve keeps threads + queue below the HTTP thread count).
  int hash_threads = 1;
  int hash_queue = 2;
  // An unanswered mentorship request expires after this long (default 14 days).
  int mentorship_request_ttl_seconds = 14 * 24 * 3600;

  // The database the stores open: the URL, or the SQLite path inside data_dir.
  std::string DatabaseTarget() const;
  bool UsesPostgres() const;
};

// Loads the TOML file (if given or named by PLN_CONFIG) and the environment into
// `config`. kValidation/kMalformed with the key or line at fault.
Status LoadConfigFile(const std::string& path, Config& config);
Status LoadEnvironment(Config& config);
// Splits "host:port"; kValidation if the port is not 0..65535.
Status ParseListen(const std::string& listen, std::string& host, int& port);

}  // namespace pln::cli
