// `pln`: the single binary. Parses the command line and hands over to a command.
#include <CLI/CLI.hpp>

#include <sys/stat.h>

#include <iostream>

#include "cli/cmd_gen.h"
#include "cli/cmd_graph.h"
#include "cli/cmd_match.h"
#include "cli/commands.h"
#include "cli/config.h"
#include "cli/logging.h"

namespace {

using pln::cli::Config;

// Flags shared by every subcommand; they override the config file and PLN_* variables.
void AddCommonFlags(CLI::App* cmd, pln::cli::ConfigFlags& f) {
  cmd->add_option("--config", f.config_file, "TOML config file (also PLN_CONFIG)");
  cmd->add_option("--data", f.data,
                  "Directory of the SQLite database (default ./pln-data; PLN_DATA)");
  cmd->add_option(
      "--database", f.database,
      "postgresql://user@host:port/db to use PostgreSQL instead of SQLite (PLN_DATABASE)");
  cmd->add_option("--log-format", f.log_format, "text or json (PLN_LOG_FORMAT)");
  cmd->add_option("--log-level", f.log_level, "trace, debug, info, warn or error (PLN_LOG_LEVEL)");
}

int ParseRole(const std::string& s, pln::domain::Role& role) {
  auto r = pln::domain::ParseRole(s);
  if (!r) {
    std::cerr << "pln: unknown role \"" << s << "\" (use member, program_lead or admin)\n";
    return 2;
  }
  role = *r;
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{
      "pln — a self-hosted Personal Learning Network.\n"
      "Run `pln <command> --help` for the options of a command."};
  app.require_subcommand(1);
  app.set_version_flag("--version", "pln 0.1.0");
  pln::cli::ConfigFlags f;
  auto* serve = app.add_subcommand("serve", "Run the web server and JSON API");
  AddCommonFlags(serve, f);
  serve->add_option("--listen", f.listen,
                    "HOST:PORT to listen on (default 127.0.0.1:8080; PLN_LISTEN)");
  // Integer flags are read as text and range-checked with the config file's rules.
  serve->add_option("--threads", f.threads,
                    "HTTP worker threads, 0..256 (default 0: twice the CPU cores; PLN_THREADS)");
  serve->add_option("--web-root", f.web_root,
                    "Directory of the built web app (default <binary>/../web/dist)");
  serve->add_option("--mentorship-request-ttl", f.mentorship_request_ttl,
                    "Seconds before an unanswered mentorship request expires, 1..31536000 "
                    "(default 14 days; PLN_MENTORSHIP_REQUEST_TTL_SECONDS)");
  serve->add_option("--event-retention-days", f.event_retention_days,
                    "Days the event log keeps events every consumer has handled, 1..3650 "
                    "(default 30; PLN_EVENT_RETENTION_DAYS)");
  serve->add_option("--max-connections", f.max_connections,
                    "Open client connections at most, 0..1000000; at the limit new ones wait "
                    "(default 0: the open-file limit minus a reserve; PLN_MAX_CONNECTIONS)");
  serve->add_option("--trusted-proxies", f.trusted_proxies,
                    "Comma-separated IPs/CIDRs of reverse proxies whose X-Forwarded-For names "
                    "the client (default none; PLN_TRUSTED_PROXIES)");
  serve->add_option("--metrics-token", f.metrics_token,
                    "Bearer token GET /metrics requires, 16+ characters (default none: "
                    "loopback clients only; PLN_METRICS_TOKEN)");
  serve->add_option("--signups-per-hour", f.signups_per_hour,
                    "Sign-ups per client address per hour, 0..1000000 (default 10, 0: no limit; "
                    "PLN_SIGNUPS_PER_HOUR)");
  serve->add_option("--logins-per-minute", f.logins_per_minute,
                    "Password checks (login, token, password change, account deletion) per client "
                    "address per minute, 0..1000000 (default 30, 0: no limit; "
                    "PLN_LOGINS_PER_MINUTE)");
  serve->add_option("--hash-threads", f.hash_threads,
                    "Threads that hash and verify passwords, 1..64 (default 1; PLN_HASH_THREADS)");
  serve->add_option("--hash-queue", f.hash_queue,
                    "Password checks that may wait for a hash thread, 0..1024; more get 503 "
                    "(default 2; PLN_HASH_QUEUE)");

  auto* migrate = app.add_subcommand("migrate", "Apply pending database migrations and exit");
  AddCommonFlags(migrate, f);
  auto* sweep = app.add_subcommand(
      "sweep", "Run the deadline and expiry sweeps of `pln serve` once and exit (idempotent)");
  AddCommonFlags(sweep, f);
  sweep->add_option("--event-retention-days", f.event_retention_days,
                    "Days the event log keeps handled events, 1..3650 (default 30; "
                    "PLN_EVENT_RETENTION_DAYS)");

  int demo_members = 320;
  uint64_t demo_seed = 42;
  auto* demo = app.add_subcommand("demo", "Seed a demo network (idempotent) and print its login");
  AddCommonFlags(demo, f);
  demo->add_option("--members", demo_members, "Number of demo members (default 320)")
      ->check(CLI::Range(2, 1000000));
  demo->add_option("--seed", demo_seed, "Random seed (default 42)");

  auto* user = app.add_subcommand("user", "Manage accounts");
  user->require_subcommand(1);
  std::string email, name, password, role_name = "member";
  auto* ucreate = user->add_subcommand("create", "Create an account");
  AddCommonFlags(ucreate, f);
  ucreate->add_option("--email", email, "E-mail address")->required();
  ucreate->add_option("--name", name, "Display name")->required();
  ucreate->add_option("--password", password,
                      "Password (8+ characters); read from PLN_PASSWORD if absent");
  ucreate->add_option("--role", role_name, "member, program_lead or admin (default member)");
  auto* urole = user->add_subcommand("set-role", "Change the role of an account");
  AddCommonFlags(urole, f);
  urole->add_option("--email", email, "E-mail address")->required();
  urole->add_option("--role", role_name, "member, program_lead or admin")->required();
  auto* ureset = user->add_subcommand("reset-password", "Set a new password and end all sessions");
  AddCommonFlags(ureset, f);
  ureset->add_option("--email", email, "E-mail address")->required();
  ureset->add_option("--password", password, "New password; read from PLN_PASSWORD if absent");

  std::string file;
  auto* exp = app.add_subcommand("export", "Write the whole database as JSON Lines");
  AddCommonFlags(exp, f);
  exp->add_option("file", file, "Output file, or - for stdout")->required();
  auto* imp = app.add_subcommand("import", "Load a JSON Lines export into an empty database");
  AddCommonFlags(imp, f);
  imp->add_option("file", file, "Input file, or - for stdin")->required();

  pln::cli::AddGraphCommands(app);
  pln::cli::AddMatchCommand(app);
  pln::cli::GenArgs gen_args;
  auto* gen = pln::cli::AddGenCommand(app, gen_args);
  AddCommonFlags(gen, f);
  pln::cli::BenchArgs bench_args;
  auto* bench_pymk = pln::cli::AddBenchCommand(app, bench_args);
  AddCommonFlags(bench_pymk, f);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e);
  }

  Config config;
  // A setting pln cannot use is a usage error (exit 2, like a bad flag), not a failed run.
  if (auto s = pln::cli::ResolveConfig(f, config); !s.ok()) {
    pln::cli::ReportError(s.error());
    return 2;
  }
  pln::cli::SetUpLogging(config.log_format, config.log_level);
  // Everything pln writes is private: the data folder, the SQLite database and
  // the -wal/-shm files SQLite creates behind our back hold password, session and
  // token hashes, and so do exports. A process umask set before any command runs
  // covers every file and folder whoever creates it (0700 folders, 0600 files);
  // chmod after the fact would leave a window and miss SQLite's own files.
  umask(077);
  if (password.empty()) {
    if (const char* p = std::getenv("PLN_PASSWORD")) password = p;
  }

  if (*serve) {
    return pln::cli::RunServe(config);
  }
  if (*migrate) return pln::cli::RunMigrate(config);
  if (*sweep) return pln::cli::RunSweep(config);
  if (*demo) return pln::cli::RunDemo(config, demo_members, demo_seed);
  if (*exp) return pln::cli::RunExport(config, file);
  if (*imp) return pln::cli::RunImport(config, file);
  if (*gen) return pln::cli::RunGen(config, gen_args);
  if (*bench_pymk) return pln::cli::RunBenchPymk(config, bench_args);
  pln::domain::Role role = pln::domain::Role::kMember;
  if (int rc = ParseRole(role_name, role); rc != 0) return rc;
  if (*ucreate) {
    if (password.empty()) {
      std::cerr << "pln: give --password or set PLN_PASSWORD\n";
      return 2;
    }
    return pln::cli::RunUserCreate(config, email, name, password, role);
  }
  if (*urole) return pln::cli::RunUserSetRole(config, email, role);
  if (*ureset) {
    if (password.empty()) {
      std::cerr << "pln: give --password or set PLN_PASSWORD\n";
      return 2;
    }
    return pln::cli::RunUserResetPassword(config, email, password);
  }
  return 2;
}
