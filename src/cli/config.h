// Settings for every subcommand, resolved in this order (later wins):
// built-in defaults < TOML file (--config or PLN_CONFIG) < PLN_* environment < flags.
#pragma once

#include <string>
#include <vector>

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
  // Per client address; 0: no limit (see app/accounts/auth_service.h).
  int signups_per_hour = 10;
  int logins_per_minute = 30;  // password checks: login, tokens, /me/password, DELETE /me
  // Argon2 runs on hash_threads workers; hash_queue more callers may wait, the
  // rest get 503 (serve keeps threads + queue below the HTTP thread count).
  int hash_threads = 1;
  int hash_queue = 2;
  // An unanswered mentorship request expires after this long (default 14 days).
  int mentorship_request_ttl_seconds = 14 * 24 * 3600;
  // Who may post opportunities: "members" (everyone) or "leads" (program leads and admins).
  std::string opportunity_posting = "members";
  // The periodic sweep deletes events older than this that every durable
  // consumer has handled (docs/architecture.md, "Events").
  int event_retention_days = 30;
  // Open client connections at most; 0: the descriptor limit (RLIMIT_NOFILE)
  // minus a reserve for the database, WAL and log files (see RunServe).
  int max_connections = 0;
  // Peers (IPs or CIDRs) whose X-Forwarded-For header names the client.
  std::vector<std::string> trusted_proxies;
  // When set, GET /metrics needs "Authorization: Bearer <token>"; when empty
  // it answers loopback clients only.
  std::string metrics_token;

  // The database the stores open: the URL, or the SQLite path inside data_dir.
  std::string DatabaseTarget() const;
  bool UsesPostgres() const;
};

// The command-line flags that set Config fields; empty strings are "not given".
// Integers stay text here so that they are range-checked like the environment's
// before they are narrowed (a wrapped 4294967297 must not become 1).
struct ConfigFlags {
  std::string config_file, data, database, log_format, log_level;
  std::string listen, web_root, threads, mentorship_request_ttl, max_connections;
  std::string trusted_proxies, metrics_token;  // proxies: comma-separated
  std::string signups_per_hour, logins_per_minute, hash_threads, hash_queue;
  std::string event_retention_days;
};

// Resolves `config` from the TOML file (flags.config_file or PLN_CONFIG), the
// PLN_* environment and the flags, in that order, and validates the result.
// kValidation/kMalformed naming the setting at fault, its value and what is allowed.
Status ResolveConfig(const ConfigFlags& flags, Config& config);

// The layers one by one (ResolveConfig calls them in order); each validates.
Status LoadConfigFile(const std::string& path, Config& config);
Status LoadEnvironment(Config& config);
Status ApplyFlags(const ConfigFlags& flags, Config& config);
// Splits "host:port"; kValidation if the port is not 0..65535.
Status ParseListen(const std::string& listen, std::string& host, int& port);

}  // namespace pln::cli
