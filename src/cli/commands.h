// Subcommands of the `pln` binary. Each returns the process exit code and
// prints readable errors itself.
#pragma once

#include <string>

#include "cli/config.h"
#include "domain/member.h"

namespace pln::cli {

int RunServe(const Config& config);
int RunMigrate(const Config& config);
// Runs the deadline and expiry sweeps of `pln serve` once and exits.
int RunSweep(const Config& config);
int RunDemo(const Config& config, int members, uint64_t seed);
int RunUserCreate(const Config& config, const std::string& email, const std::string& name,
                  const std::string& password, domain::Role role);
int RunUserSetRole(const Config& config, const std::string& email, domain::Role role);
int RunUserResetPassword(const Config& config, const std::string& email,
                         const std::string& password);
int RunExport(const Config& config, const std::string& file);
int RunImport(const Config& config, const std::string& file);

// Prints "pln: <message>" and field details to stderr; returns 1.
int ReportError(const Error& error);

}  // namespace pln::cli
