// The composition root: turns a Config into an opened store and the services
// wired on top of it. Only src/cli knows every layer.
#pragma once

#include <memory>

#include "app/auth_service.h"
#include "app/connection_service.h"
#include "app/feedback_service.h"
#include "app/mentorship_service.h"
#include "app/network_service.h"
#include "app/notification_service.h"
#include "app/profile_service.h"
#include "app/program_mentorships.h"
#include "app/program_service.h"
#include "app/repositories.h"
#include "base/clock.h"
#include "base/result.h"
#include "cli/config.h"

namespace pln::cli {

struct Runtime {
  Config config;
  SystemClock clock;
  std::unique_ptr<app::Store> store;
  std::unique_ptr<app::AuthService> auth;
  std::unique_ptr<app::ProfileService> profiles;
  std::unique_ptr<app::ConnectionService> connections;
  std::unique_ptr<app::FeedbackService> feedback;
  std::unique_ptr<app::MentorshipService> mentorship;
  std::unique_ptr<app::NotificationService> notifications;
  app::ProgramMentorships program_mentorships;
  std::unique_ptr<app::ProgramService> programs;
  // Loaded by StartNetwork (only `pln serve` needs it); declared last so it is
  // destroyed first, before the services that point at it.
  std::unique_ptr<app::NetworkService> network;
};

// Opens the database named by the config (creating the data directory for
// SQLite) and applies pending migrations when `migrate` is true.
Result<std::unique_ptr<Runtime>> OpenRuntime(const Config& config, bool migrate = true);

// Loads the network engine from the store (logging the time and the counts),
// makes the services that change the network tell it after each commit, and
// gives mentor discovery and reviewer suggestions their proximity measure.
Status StartNetwork(Runtime& rt);

}  // namespace pln::cli
