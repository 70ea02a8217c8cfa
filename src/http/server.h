// The HTTP server: Boost.Beast over a pool of threads running one io_context.
// Handlers run on the I/O threads and may block on the database; the pool is
// sized for that (HttpConfig::threads).
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "app/accounts/accounts.h"
#include "app/connections/connection_service.h"
#include "app/feedback/endorsements.h"
#include "app/feedback/requests.h"
#include "app/feedback/reviewer_suggestions.h"
#include "app/feedback/timeline.h"
#include "app/home/next_steps.h"
#include "app/introductions/brokers.h"
#include "app/introductions/introductions.h"
#include "app/mentorship/alumni.h"
#include "app/mentorship/discovery.h"
#include "app/mentorship/mentorships.h"
#include "app/mentorship/offers.h"
#include "app/mentorship/requests.h"
#include "app/network/network.h"
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
#include "app/saved_searches/saved_searches.h"
#include "base/ip_network.h"
#include "base/result.h"

namespace pln::http {

struct HttpConfig {
  std::string host = "127.0.0.1";
  int port = 8080;  // 0 picks a free port (see HttpServer::port())
  int threads = 8;
  size_t max_body_bytes = 1 << 20;
  std::string web_root;         // built web app (web/dist); empty: no static files
  bool secure_cookies = false;  // add the Secure attribute (behind HTTPS)
  // Open client connections at most. At the limit the server stops accepting
  // (new clients wait in the listen backlog) until a connection closes, so it
  // never runs out of descriptors; `pln serve` derives it from RLIMIT_NOFILE.
  size_t max_connections = 1024;
  // Peers whose X-Forwarded-For names the client (Request::remote_address).
  std::vector<IpNetwork> trusted_proxies;
  // Non-empty: GET /metrics needs this bearer token; empty: loopback clients only.
  std::string metrics_token;
};

// Everything the handlers call, each capability through the interface HTTP
// sees of it. Not owned.
struct Services {
  app::Accounts& auth;
  app::Profiles& profiles;
  app::Connections& connections;
  app::FeedbackRequests& feedback_requests;
  app::Endorsements& endorsements;
  app::ReviewerSuggestions& reviewer_suggestions;
  app::SkillTimelines& skill_timelines;
  app::MentorOffers& mentor_offers;
  app::MentorDiscovery& mentor_discovery;
  app::MentorshipRequests& mentorship_requests;
  app::Mentorships& mentorships;
  app::MentorshipAlumni& mentorship_alumni;
  app::Notifications& notifications;
  app::Programs& programs;
  app::ProgramParticipants& program_participants;
  app::ProgramConstraints& program_constraints;
  app::ProgramMatching& program_matching;
  app::ProgramDashboard& program_dashboard;
  app::Introductions& introductions;
  app::IntroductionBrokers& introduction_brokers;
  app::SavedSearches& saved_searches;
  app::Store& store;  // health checks only
  // The network engine (`pln serve` loads it); null: its routes answer 503.
  app::Network* network = nullptr;
  // Opportunities (issue 18); null: their routes answer 503. For you needs the
  // in-memory index, which `pln serve` loads with the engine.
  app::OpportunityPosting* opportunity_posting = nullptr;
  app::OpportunityInterest* opportunity_interest = nullptr;
  app::OpportunityDismissal* opportunity_dismissal = nullptr;
  app::OpportunitiesForYou* opportunities_for_you = nullptr;
  // Home's next steps (`pln serve` wires it); null: its route answers 503.
  app::NextSteps* next_steps = nullptr;
};

class HttpServer {
 public:
  // Binds the listening socket; kUnavailable with a readable message if the
  // address is in use or invalid.
  static Result<std::unique_ptr<HttpServer>> Create(const HttpConfig& config, Services services);
  virtual ~HttpServer() = default;
  // Serves until Stop(); returns after in-flight requests finished (at most ~5 s).
  virtual Status Run() = 0;
  // Thread-safe and async-signal-tolerant via an internal flag; may be called from any thread.
  virtual void Stop() = 0;
  virtual int port() const = 0;
};

}  // namespace pln::http
