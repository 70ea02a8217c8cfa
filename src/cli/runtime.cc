#include "cli/runtime.h"

#include <filesystem>
#include <system_error>

#include <spdlog/spdlog.h>

#include "app/mentorship_timeline.h"
#include "base/crypto.h"
#include "store/open_store.h"

namespace pln::cli {

Result<std::unique_ptr<Runtime>> OpenRuntime(const Config& config, bool migrate) {
  RETURN_IF_ERROR(InitCrypto());
  auto rt = std::make_unique<Runtime>();
  rt->config = config;
  if (!config.UsesPostgres()) {
    std::error_code ec;
    std::filesystem::create_directories(config.data_dir, ec);
    if (ec) {
      return UnavailableError("cannot create data directory " + config.data_dir + ": " +
                              ec.message());
    }
  }
  store::StoreOptions options;
  options.database = config.DatabaseTarget();
  options.pool_size = config.pool_size;
  options.migrate = migrate;
  ASSIGN_OR_RETURN(rt->store, store::OpenStore(options));
  app::AuthConfig auth_config;
  auth_config.password_strength = config.password_strength;
  auth_config.signups_per_hour = config.signups_per_hour;
  auth_config.logins_per_minute = config.logins_per_minute;
  auth_config.hash_threads = config.hash_threads;
  auth_config.hash_queue = config.hash_queue;
  rt->auth = std::make_unique<app::AuthService>(*rt->store, rt->clock, auth_config);
  rt->profiles = std::make_unique<app::ProfileService>(*rt->store, rt->clock);
  rt->connections = std::make_unique<app::ConnectionService>(*rt->store, rt->clock);
  rt->feedback = std::make_unique<app::FeedbackService>(*rt->store, rt->clock);
  rt->feedback->AddTimelineSource(std::make_shared<app::MentorshipGoalTimeline>());
  app::MentorshipConfig mentorship_config;
  mentorship_config.request_ttl_ms =
      static_cast<int64_t>(config.mentorship_request_ttl_seconds) * 1000;
  rt->mentorship =
      std::make_unique<app::MentorshipService>(*rt->store, rt->clock, mentorship_config);
  rt->notifications = std::make_unique<app::NotificationService>(*rt->store, rt->clock);
  // Publishing a program creates its mentorships; the dashboard reads their check-ins.
  rt->programs = std::make_unique<app::ProgramService>(
      *rt->store, rt->clock, &rt->program_mentorships, &rt->program_mentorships);
  return rt;
}

Status StartNetwork(Runtime& rt) {
  app::NetworkService::Options options;
  options.on_sync_error = [](const Error& e) {
    spdlog::warn("network engine out of step after a write: {}", e.message());
  };
  int64_t last_logged = 0;
  std::string last_phase;
  auto progress = [&](std::string_view phase, int64_t done, int64_t) {
    if (phase != last_phase) {  // counts restart at each phase
      last_phase = phase;
      last_logged = 0;
    }
    if (done - last_logged < 1'000'000) return;  // a line per million rows at most
    last_logged = done;
    spdlog::info("loading the network: {} {}", app::FormatCount(done), phase);
  };
  ASSIGN_OR_RETURN(rt.network,
                   app::NetworkService::Create(*rt.store, rt.clock, progress, std::move(options)));
  const app::NetworkLoadStats& s = rt.network->load_stats();
  spdlog::info(
      "network engine loaded in {} ms: {} members, {} connections, {} follows, {} blocks, "
      "{} pending requests, {} dismissals ({:.1f} MiB graph core)",
      s.elapsed_ms, app::FormatCount(s.members), app::FormatCount(s.connections),
      app::FormatCount(s.follows), app::FormatCount(s.blocks), app::FormatCount(s.pending_requests),
      app::FormatCount(s.dismissals),
      static_cast<double>(rt.network->engine_stats().core_bytes) / (1 << 20));
  rt.auth->SetNetworkObserver(rt.network.get());
  rt.profiles->SetNetworkObserver(rt.network.get());
  rt.connections->SetNetworkObserver(rt.network.get());
  // Proximity has one source, the engine. The engine is mandatory where these
  // rankings run (only `pln serve` routes reach them) rather than backed by a
  // second SQL measure for commands that never rank: those skip the load.
  rt.mentorship->SetProximitySource(rt.network.get());
  rt.feedback->SetProximitySource(rt.network.get());
  return Status::Ok();
}

}  // namespace pln::cli
