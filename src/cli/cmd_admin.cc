// Operator commands: migrate, sweep and user management.
#include <iostream>

#include "cli/commands.h"
#include "cli/runtime.h"

namespace pln::cli {

int ReportError(const Error& error) {
  std::cerr << "pln: " << error.message() << "\n";
  for (const auto& d : error.details()) std::cerr << "  " << d.field << ": " << d.message << "\n";
  return 1;
}

int RunMigrate(const Config& config) {
  auto rt = OpenRuntime(config, /*migrate=*/true);
  if (!rt.ok()) return ReportError(rt.error());
  std::cout << "Database (" << (*rt)->store->Kind() << ") is up to date.\n";
  return 0;
}

// The same sweeps `pln serve` runs in the background, once, on the calling thread: for a
// cron job beside servers, and for tests, which need to know that a sweep has finished
// before they check what it did not send. Idempotent (notifications are deduplicated).
int RunSweep(const Config& config) {
  auto rt = OpenRuntime(config);
  if (!rt.ok()) return ReportError(rt.error());
  Runtime& r = **rt;
  Result<app::SweepResult> feedback = r.feedback_reminders->SendDue(r.clock.NowMs());
  if (!feedback.ok()) return ReportError(feedback.error());
  Result<int> mentorship = r.mentorship_sweep->Run();
  if (!mentorship.ok()) return ReportError(mentorship.error());
  Result<int> introductions = r.introduction_sweep->Run();
  if (!introductions.ok()) return ReportError(introductions.error());
  // New posts matched against saved searches first, so that their alerts can go out now.
  if (Status matched = r.alert_events->CatchUp(); !matched.ok())
    return ReportError(matched.error());
  Result<int> alerts = r.saved_search_sweep->Run();
  if (!alerts.ok()) return ReportError(alerts.error());
  Result<int64_t> pruned = app::PruneEventLog(*r.database, r.clock, r.config.event_retention_days);
  if (!pruned.ok()) return ReportError(pruned.error());
  std::cout << "Swept: " << feedback->lapsed << " feedback slot(s) lapsed, "
            << feedback->reminders_due << " feedback reminder(s) due, " << *mentorship
            << " mentorship event(s) (expiries, overdue check-ins, alumni reminders), "
            << *introductions << " introduction(s) settled at expiry, " << *alerts
            << " saved-search alert(s).\n";
  return 0;
}

int RunUserCreate(const Config& config, const std::string& email, const std::string& name,
                  const std::string& password, domain::Role role) {
  auto rt = OpenRuntime(config);
  if (!rt.ok()) return ReportError(rt.error());
  auto id = (*rt)->auth->CreateUser(email, password, name, role);
  if (!id.ok()) return ReportError(id.error());
  std::cout << "Created member " << id->value() << " <" << email << "> as "
            << domain::ToString(role) << ".\n";
  return 0;
}

int RunUserSetRole(const Config& config, const std::string& email, domain::Role role) {
  auto rt = OpenRuntime(config);
  if (!rt.ok()) return ReportError(rt.error());
  if (auto s = (*rt)->auth->SetRole(email, role); !s.ok()) return ReportError(s.error());
  std::cout << email << " is now " << domain::ToString(role) << ".\n";
  return 0;
}

int RunUserResetPassword(const Config& config, const std::string& email,
                         const std::string& password) {
  auto rt = OpenRuntime(config);
  if (!rt.ok()) return ReportError(rt.error());
  auto reset = (*rt)->auth->ResetPassword(email, password);
  if (!reset.ok()) return ReportError(reset.error());
  std::cout << "Password of " << email << " changed; " << reset->ended_sessions
            << " session(s) ended and " << reset->revoked_tokens.size()
            << " API token(s) revoked.\n";
  return 0;
}

}  // namespace pln::cli
