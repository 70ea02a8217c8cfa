// The composition root: turns a Config into an opened store and the services
// wired on top of it. Only src/cli knows every layer.
#pragma once

#include <memory>

#include "app/accounts/auth_service.h"
#include "app/connections/connection_service.h"
#include "app/events/event_dispatcher.h"
#include "app/feedback/endorsements.h"
#include "app/feedback/reminders.h"
#include "app/feedback/requests.h"
#include "app/feedback/reviewer_suggestions.h"
#include "app/feedback/timeline.h"
#include "app/home/next_steps.h"
#include "app/introductions/brokers.h"
#include "app/introductions/introductions.h"
#include "app/introductions/sweep.h"
#include "app/mentorship/alumni.h"
#include "app/mentorship/discovery.h"
#include "app/mentorship/mentorships.h"
#include "app/mentorship/offers.h"
#include "app/mentorship/program_mentorships.h"
#include "app/mentorship/requests.h"
#include "app/mentorship/sweep.h"
#include "app/network/network_service.h"
#include "app/notifications/notification_consumer.h"
#include "app/notifications/notification_service.h"
#include "app/opportunities/dismissal.h"
#include "app/opportunities/for_you.h"
#include "app/opportunities/interest.h"
#include "app/opportunities/posting.h"
#include "app/profiles/profile_service.h"
#include "app/programs/constraints.h"
#include "app/programs/dashboard.h"
#include "app/programs/matching.h"
#include "app/programs/participants.h"
#include "app/programs/programs.h"
#include "app/repositories.h"
#include "app/saved_searches/alerts.h"
#include "app/saved_searches/saved_searches.h"
#include "base/clock.h"
#include "base/result.h"
#include "cli/config.h"

namespace pln::cli {

// Members are declared in construction order (each is built from the ones
// above it) and so destroyed in reverse: services before the store they
// write to, the dispatcher before its consumers.
struct Runtime {
  Config config;
  SystemClock clock;
  // The database itself; only the dispatcher and the network engine use it
  // directly (their own reads and writes append no events).
  std::unique_ptr<app::Store> database;
  // The network engine: loaded only when asked (`pln serve`), else null and
  // the rankings that need it answer kUnavailable (app::NoProximity()).
  std::unique_ptr<app::NetworkService> network;
  // The For-you index of open opportunities: loaded with the engine, else null.
  std::unique_ptr<app::ForYouIndex> for_you;
  app::NotificationConsumer notification_consumer;
  std::unique_ptr<app::EventDispatcher> events;
  // Saved-search alerts read the log on their own dispatcher, driven by a
  // background catch-up (never by the dispatch after a write): posting an
  // opportunity does not wait for matching it against every saved search.
  app::SavedSearchMatcher saved_search_matcher{clock};
  std::unique_ptr<app::EventDispatcher> alert_events;
  // What every service and command writes through: commits, then dispatches
  // the events the write appended (app::EventDispatchingStore).
  std::unique_ptr<app::Store> store;
  std::unique_ptr<app::AuthService> auth;
  std::unique_ptr<app::Profiles> profiles;
  std::unique_ptr<app::Connections> connections;
  std::unique_ptr<app::FeedbackRequests> feedback_requests;
  std::unique_ptr<app::Endorsements> endorsements;
  std::unique_ptr<app::ReviewerSuggestions> reviewer_suggestions;
  std::unique_ptr<app::SkillTimelines> skill_timelines;
  std::unique_ptr<app::FeedbackReminders> feedback_reminders;
  std::unique_ptr<app::MentorOffers> mentor_offers;
  std::unique_ptr<app::MentorDiscovery> mentor_discovery;
  std::unique_ptr<app::MentorshipRequests> mentorship_requests;
  std::unique_ptr<app::Mentorships> mentorships;
  std::unique_ptr<app::MentorshipAlumni> mentorship_alumni;
  std::unique_ptr<app::MentorshipSweep> mentorship_sweep;  // `pln serve` and `pln sweep`
  std::unique_ptr<app::Notifications> notifications;
  app::ProgramMentorships program_mentorships;
  std::unique_ptr<app::Programs> programs;
  std::unique_ptr<app::ProgramParticipants> program_participants;
  std::unique_ptr<app::ProgramConstraints> program_constraints;
  std::unique_ptr<app::ProgramMatching> program_matching;
  std::unique_ptr<app::ProgramDashboard> program_dashboard;
  std::unique_ptr<app::OpportunityPosting> opportunity_posting;
  std::unique_ptr<app::OpportunityInterest> opportunity_interest;
  std::unique_ptr<app::OpportunityDismissal> opportunity_dismissal;
  std::unique_ptr<app::Introductions> introductions;
  std::unique_ptr<app::IntroductionBrokers> introduction_brokers;
  std::unique_ptr<app::IntroductionSweep> introduction_sweep;  // `pln serve` and `pln sweep`
  std::unique_ptr<app::SavedSearches> saved_searches;
  std::unique_ptr<app::SavedSearchSweep> saved_search_sweep;  // `pln serve` and `pln sweep`
  std::unique_ptr<app::NextSteps> next_steps;
};

struct RuntimeOptions {
  bool migrate = true;        // apply pending migrations (else require a current schema)
  bool load_network = false;  // load the network engine (logging the time and counts)
};

// Opens the database named by the config (creating the data directory for
// SQLite), loads the engine if asked, builds the dispatcher and the services,
// and catches up events that a crash left undispatched.
Result<std::unique_ptr<Runtime>> OpenRuntime(const Config& config, RuntimeOptions options);
inline Result<std::unique_ptr<Runtime>> OpenRuntime(const Config& config, bool migrate = true) {
  return OpenRuntime(config, RuntimeOptions{.migrate = migrate});
}

}  // namespace pln::cli
