#include "cli/runtime.h"

#include <filesystem>
#include <system_error>

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
  rt->auth = std::make_unique<app::AuthService>(*rt->store, rt->clock, auth_config);
  rt->profiles = std::make_unique<app::ProfileService>(*rt->store, rt->clock);
  rt->connections = std::make_unique<app::ConnectionService>(*rt->store, rt->clock);
  rt->feedback = std::make_unique<app::FeedbackService>(*rt->store, rt->clock);
  app::MentorshipConfig mentorship_config;
  mentorship_config.request_ttl_ms =
      static_cast<int64_t>(config.mentorship_request_ttl_seconds) * 1000;
  rt->mentorship = std::make_unique<app::MentorshipService>(
      *rt->store, rt->clock, mentorship_config, rt->mentor_proximity);
  rt->notifications = std::make_unique<app::NotificationService>(*rt->store, rt->clock);
  return rt;
}

}  // namespace pln::cli
