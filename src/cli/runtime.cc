#include "cli/runtime.h"

#include <chrono>
#include <filesystem>
#include <memory>
#include <string>
#include <system_error>

#include <spdlog/spdlog.h>

#include "app/mentorship/goal_timeline.h"
#include "base/crypto.h"
#include "base/log_throttle.h"
#include "store/open_store.h"

namespace pln::cli {
namespace {

Result<std::unique_ptr<app::NetworkService>> LoadNetwork(app::Store& database, const Clock& clock) {
  app::NetworkService::Options options;
  options.on_sync_error = [](const Error& e) {
    spdlog::warn("network engine out of step: {}", e.message());
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
  ASSIGN_OR_RETURN(auto network,
                   app::NetworkService::Create(database, clock, progress, std::move(options)));
  const app::NetworkLoadStats& s = network->load_stats();
  spdlog::info(
      "network engine loaded in {} ms: {} members, {} connections, {} follows, {} blocks, "
      "{} pending requests, {} dismissals ({:.1f} MiB graph core)",
      s.elapsed_ms, app::FormatCount(s.members), app::FormatCount(s.connections),
      app::FormatCount(s.follows), app::FormatCount(s.blocks), app::FormatCount(s.pending_requests),
      app::FormatCount(s.dismissals),
      static_cast<double>(network->engine_stats().core_bytes) / (1 << 20));
  return network;
}

}  // namespace

Result<std::unique_ptr<Runtime>> OpenRuntime(const Config& config, RuntimeOptions options) {
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
  store::StoreOptions store_options;
  store_options.database = config.DatabaseTarget();
  store_options.pool_size = config.pool_size;
  store_options.migrate = options.migrate;
  ASSIGN_OR_RETURN(rt->database, store::OpenStore(store_options));

  // The engine first: it reads the log's high-water mark before loading, and
  // the dispatcher takes it from there.
  std::vector<app::LiveConsumer*> live;
  if (options.load_network) {
    ASSIGN_OR_RETURN(rt->network, LoadNetwork(*rt->database, rt->clock));
    live.push_back(rt->network.get());
    ASSIGN_OR_RETURN(rt->for_you, app::ForYouIndex::Create(*rt->database, rt->clock, *rt->network));
    spdlog::info("opportunities index loaded: {} open", app::FormatCount(rt->for_you->size()));
    live.push_back(rt->for_you.get());
  }
  app::EventDispatcher::Options dispatch;
  // Throttled: a consumer that keeps failing is retried every catch-up pass (seconds apart).
  dispatch.on_error = [throttle = std::make_shared<LogThrottle>(std::chrono::seconds(60))](
                          std::string_view consumer, const Error& e) {
    const std::string line =
        "event consumer " + std::string(consumer) + ": " + e.message() + " (retried later)";
    if (auto logged = throttle->Record(line)) spdlog::warn("{}", *logged);
  };
  rt->events = std::make_unique<app::EventDispatcher>(
      *rt->database, rt->clock,
      std::vector<app::TransactionalConsumer*>{&rt->notification_consumer}, std::move(live),
      dispatch);
  rt->alert_events = std::make_unique<app::EventDispatcher>(
      *rt->database, rt->clock, std::vector<app::TransactionalConsumer*>{&rt->saved_search_matcher},
      std::vector<app::LiveConsumer*>{}, std::move(dispatch));
  rt->store = std::make_unique<app::EventDispatchingStore>(*rt->database, *rt->events);

  const app::ProximitySource& proximity =
      rt->network ? static_cast<const app::ProximitySource&>(*rt->network) : app::NoProximity();
  app::AuthConfig auth_config;
  auth_config.password_strength = config.password_strength;
  auth_config.signups_per_hour = config.signups_per_hour;
  auth_config.logins_per_minute = config.logins_per_minute;
  auth_config.hash_threads = config.hash_threads;
  auth_config.hash_queue = config.hash_queue;
  rt->auth = std::make_unique<app::AuthService>(*rt->store, rt->clock, auth_config);
  rt->profiles = app::MakeProfiles(*rt->store, rt->clock);
  rt->connections = app::MakeConnections(*rt->store, rt->clock, *rt->profiles);
  rt->feedback_requests = app::MakeFeedbackRequests(*rt->store, rt->clock);
  rt->endorsements = app::MakeEndorsements(*rt->store, rt->clock);
  rt->reviewer_suggestions = app::MakeReviewerSuggestions(*rt->store, rt->clock, proximity);
  rt->skill_timelines =
      app::MakeSkillTimelines(*rt->store, std::vector<std::shared_ptr<app::TimelineSource>>{
                                              std::make_shared<app::MentorshipGoalTimeline>()});
  rt->feedback_reminders = std::make_unique<app::FeedbackReminders>(*rt->store);
  rt->mentor_offers = app::MakeMentorOffers(*rt->store, rt->clock);
  rt->mentor_discovery = app::MakeMentorDiscovery(*rt->store, rt->clock, proximity);
  app::MentorshipRequestConfig request_config;
  request_config.request_ttl_ms =
      static_cast<int64_t>(config.mentorship_request_ttl_seconds) * 1000;
  rt->mentorship_requests = app::MakeMentorshipRequests(*rt->store, rt->clock, request_config);
  rt->mentorships = app::MakeMentorships(*rt->store, rt->clock);
  rt->mentorship_alumni = app::MakeMentorshipAlumni(*rt->store, rt->clock);
  rt->mentorship_sweep = std::make_unique<app::MentorshipSweep>(*rt->store, rt->clock);
  rt->notifications = app::MakeNotifications(*rt->store, rt->clock);
  // Publishing a program creates its mentorships; the dashboard reads their check-ins.
  rt->programs = app::MakePrograms(*rt->store, rt->clock);
  rt->program_participants = app::MakeProgramParticipants(*rt->store, rt->clock);
  rt->program_constraints = app::MakeProgramConstraints(*rt->store, rt->clock);
  rt->program_matching = app::MakeProgramMatching(*rt->store, rt->clock, rt->program_mentorships);
  rt->program_dashboard = app::MakeProgramDashboard(*rt->store, rt->clock, rt->program_mentorships);
  rt->opportunity_posting = app::MakeOpportunityPosting(
      *rt->store, rt->clock, {.leads_only = config.opportunity_posting == "leads"});
  rt->opportunity_interest = app::MakeOpportunityInterest(*rt->store, rt->clock);
  rt->opportunity_dismissal = app::MakeOpportunityDismissal(*rt->store, rt->clock);
  rt->introductions = app::MakeIntroductions(*rt->store, rt->clock);
  rt->introduction_brokers = app::MakeIntroductionBrokers(*rt->store, rt->clock, proximity);
  rt->introduction_sweep = std::make_unique<app::IntroductionSweep>(*rt->store, rt->clock);
  rt->saved_searches = app::MakeSavedSearches(*rt->store, rt->clock);
  rt->saved_search_sweep = std::make_unique<app::SavedSearchSweep>(*rt->store, rt->clock);
  rt->next_steps = app::MakeNextSteps(*rt->store, rt->clock);

  // What a crash between commit and dispatch left behind (the notifications;
  // the engine was just loaded from the tables). Not fatal: `pln serve`
  // retries in the background, and every later write dispatches again.
  if (Status caught = rt->events->CatchUp(); !caught.ok()) {
    spdlog::warn("catching up the event log failed: {}", caught.error().message());
  }
  return rt;
}

}  // namespace pln::cli
