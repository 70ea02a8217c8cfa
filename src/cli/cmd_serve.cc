#include <pthread.h>
#include <signal.h>
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <functional>
#include <iostream>
#include <thread>

#include <spdlog/spdlog.h>

#include "base/ip_network.h"
#include "base/periodic_task.h"
#include "cli/commands.h"
#include "cli/runtime.h"
#include "http/server.h"

namespace pln::cli {
namespace {

// The web app ships next to the binary: build/pln → web/dist.
std::string DefaultWebRoot() {
  std::error_code ec;
  auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  if (ec) return "";
  auto candidate = exe.parent_path().parent_path() / "web" / "dist";
  return std::filesystem::exists(candidate / "index.html", ec) ? candidate.string() : "";
}

// Client connections the descriptor limit leaves room for. The reserve covers
// what else the process keeps open: stdio, the listening socket, epoll and its
// wake-up descriptors, every pooled database connection (SQLite: database, WAL
// and shared-memory files; PostgreSQL: a socket), a static file per I/O thread,
// and slack for the network engine and migrations.
size_t ConnectionLimit(const Config& config, int threads) {
  constexpr size_t kMax = 1000000;  // Config's range for max_connections
  const size_t reserve = 32 + 3 * static_cast<size_t>(config.pool_size) + threads;
  rlimit limit{};
  if (getrlimit(RLIMIT_NOFILE, &limit) != 0 || limit.rlim_cur == RLIM_INFINITY) {
    return config.max_connections > 0 ? config.max_connections : kMax;
  }
  const size_t room = limit.rlim_cur > reserve + 1 ? limit.rlim_cur - reserve : 1;
  if (config.max_connections == 0) return std::min(room, kMax);
  if (static_cast<size_t>(config.max_connections) > room) {
    spdlog::warn(
        "max_connections = {} is more than the open-file limit ({}) leaves room for ({} after a "
        "reserve of {}); accept() may fail with EMFILE (the server backs off, but raise "
        "`ulimit -n` or lower max_connections)",
        config.max_connections, limit.rlim_cur, room, reserve);
  }
  return config.max_connections;
}

void SweepFeedback(app::FeedbackReminders& reminders, const Clock& clock) {
  Result<app::SweepResult> r = reminders.SendDue(clock.NowMs());
  if (!r.ok()) {
    spdlog::warn("feedback sweep failed: {}", r.error().message());
  } else if (r->lapsed > 0 || r->reminders_due > 0) {
    spdlog::info("feedback sweep: {} slot(s) lapsed, {} reminder(s) due", r->lapsed,
                 r->reminders_due);
  }
}

void SweepMentorship(app::MentorshipSweep& sweep) {
  if (auto n = sweep.Run(); !n.ok()) {
    spdlog::warn("mentorship sweep failed: {}", n.error().message());
  }
}

void SweepIntroductions(app::IntroductionSweep& sweep) {
  if (auto n = sweep.Run(); !n.ok()) {
    spdlog::warn("introduction sweep failed: {}", n.error().message());
  }
}

void SweepSavedSearches(app::SavedSearchSweep& sweep) {
  Result<int> n = sweep.Run();
  if (!n.ok()) {
    spdlog::warn("saved-search sweep failed: {}", n.error().message());
  } else if (*n > 0) {
    spdlog::info("saved-search sweep: {} alert(s) sent", *n);
  }
}

void PruneEvents(Runtime& rt) {
  Result<int64_t> n = app::PruneEventLog(*rt.database, rt.clock, rt.config.event_retention_days);
  if (!n.ok()) {
    spdlog::warn("event retention sweep failed: {}", n.error().message());
  } else if (*n > 0) {
    spdlog::info("event retention sweep: {} event(s) deleted", *n);
  }
}

// Short enough that another node's connection shows in this node's
// suggestions within seconds; a pass over an idle log is one small query each.
constexpr std::chrono::seconds kEventCatchUpInterval{2};

}  // namespace

int RunServe(const Config& config_in) {
  Config config = config_in;
  http::HttpConfig http_config;
  if (auto s = ParseListen(config.listen, http_config.host, http_config.port); !s.ok()) {
    return ReportError(s.error());
  }
  if (config.web_root.empty()) config.web_root = DefaultWebRoot();
  if (config.web_root.empty()) {
    spdlog::warn(
        "web app not found (build it with `npm --prefix web run build`); serving the API only");
  }
  // Handlers block on the database, so a few threads per core; more only adds
  // context switches (8 threads on 2 cores doubled the p99 in bench/http).
  http_config.threads =
      config.threads > 0 ? config.threads
                         : std::max(2, 2 * static_cast<int>(std::thread::hardware_concurrency()));
  // Hash callers wait on their HTTP thread (app/accounts/password_hasher.h): keep at
  // least one HTTP thread that can never be waiting for a hash.
  const int max_hash_waiters = std::max(1, http_config.threads - 1);
  if (config.hash_threads + config.hash_queue > max_hash_waiters) {
    config.hash_threads = std::min(config.hash_threads, max_hash_waiters);
    config.hash_queue = max_hash_waiters - config.hash_threads;
    spdlog::warn("hash_threads + hash_queue must stay below the {} HTTP threads; using {} + {}",
                 http_config.threads, config.hash_threads, config.hash_queue);
  }
  http_config.web_root = config.web_root;
  http_config.secure_cookies = config.secure_cookies;
  http_config.max_connections = ConnectionLimit(config, http_config.threads);
  for (const std::string& proxy : config.trusted_proxies) {
    // Validated when the config was read; a bad entry cannot reach here.
    if (auto network = ParseIpNetwork(proxy)) http_config.trusted_proxies.push_back(*network);
  }
  http_config.metrics_token = config.metrics_token;
  spdlog::debug("at most {} client connections", http_config.max_connections);

  // Block the stop signals before any thread starts, so only the waiter below sees them.
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);

  auto runtime = OpenRuntime(config, RuntimeOptions{.migrate = true, .load_network = true});
  if (!runtime.ok()) return ReportError(runtime.error());
  Runtime& rt = **runtime;
  auto server = http::HttpServer::Create(http_config, http::Services{*rt.auth,
                                                                     *rt.profiles,
                                                                     *rt.connections,
                                                                     *rt.feedback_requests,
                                                                     *rt.endorsements,
                                                                     *rt.reviewer_suggestions,
                                                                     *rt.skill_timelines,
                                                                     *rt.mentor_offers,
                                                                     *rt.mentor_discovery,
                                                                     *rt.mentorship_requests,
                                                                     *rt.mentorships,
                                                                     *rt.mentorship_alumni,
                                                                     *rt.notifications,
                                                                     *rt.programs,
                                                                     *rt.program_participants,
                                                                     *rt.program_constraints,
                                                                     *rt.program_matching,
                                                                     *rt.program_dashboard,
                                                                     *rt.introductions,
                                                                     *rt.introduction_brokers,
                                                                     *rt.saved_searches,
                                                                     *rt.store,
                                                                     rt.network.get(),
                                                                     rt.opportunity_posting.get(),
                                                                     rt.opportunity_interest.get(),
                                                                     rt.opportunity_dismissal.get(),
                                                                     rt.for_you.get(),
                                                                     rt.next_steps.get()});
  if (!server.ok()) return ReportError(server.error());

  std::thread waiter([&] {
    int sig = 0;
    sigwait(&signals, &sig);
    if (sig == 0) return;
    spdlog::info("received {}, shutting down", sig == SIGINT ? "SIGINT" : "SIGTERM");
    (*server)->Stop();
  });
  spdlog::info("pln {} store; listening on http://{}:{}", rt.store->Kind(), http_config.host,
               (*server)->port());
  Status run;
  {
    // The sweeps only make time-based events (expiry, lapses, reminders) arrive unprompted;
    // reads also apply them lazily. A sweep that throws is logged and runs again next period.
    const auto log_error = [](const std::string& line) { spdlog::error("{}", line); };
    PeriodicTask feedback_sweep(
        "feedback sweep", [&] { SweepFeedback(*rt.feedback_reminders, rt.clock); },
        std::chrono::minutes(10), log_error);
    PeriodicTask mentorship_sweep(
        "mentorship sweep", [&] { SweepMentorship(*rt.mentorship_sweep); }, std::chrono::minutes(1),
        log_error);
    PeriodicTask introduction_sweep(
        "introduction sweep", [&] { SweepIntroductions(*rt.introduction_sweep); },
        std::chrono::minutes(1), log_error);
    // Daily and weekly alerts, and instant ones held back by the minimum gap.
    PeriodicTask saved_search_sweep(
        "saved-search sweep", [&] { SweepSavedSearches(*rt.saved_search_sweep); },
        std::chrono::minutes(1), log_error);
    PeriodicTask event_retention(
        "event retention", [&] { PruneEvents(rt); }, std::chrono::minutes(10), log_error);
    // What a failed dispatch left, and other nodes' writes (PostgreSQL).
    app::EventCatchUp catch_up(*rt.events, kEventCatchUpInterval, log_error);
    // Matching new posts against saved searches (and instant alerts), off the request path.
    app::EventCatchUp alert_catch_up(*rt.alert_events, kEventCatchUpInterval, log_error);
    run = (*server)->Run();
  }
  // Wake the waiter if Run ended for another reason (it is blocked in sigwait).
  pthread_kill(waiter.native_handle(), SIGTERM);
  waiter.join();
  if (!run.ok()) return ReportError(run.error());
  spdlog::info("stopped");
  return 0;
}

}  // namespace pln::cli
