// Data commands: demo network, export, import.
#include <fstream>
#include <iostream>

#include "app/backup.h"
#include "app/progress.h"
#include "cli/commands.h"
#include "cli/runtime.h"
#include "demo/introductions.h"
#include "demo/mentorship.h"
#include "demo/opportunities.h"
#include "demo/program.h"
#include "demo/saved_searches.h"
#include "demo/seeder.h"

namespace pln::cli {

int RunDemo(const Config& config, int members, uint64_t seed) {
  auto rt = OpenRuntime(config);
  if (!rt.ok()) return ReportError(rt.error());
  demo::DemoOptions options;
  options.members = members;
  options.seed = seed;
  app::ProgressBar bar;
  auto summary = demo::SeedDemoNetwork(*(*rt)->store, (*rt)->clock, options, bar.AsFn());
  bar.Finish();
  if (!summary.ok()) return ReportError(summary.error());
  auto program = demo::SeedDemoProgram(*(*rt)->store, (*rt)->clock, options);
  if (!program.ok()) return ReportError(program.error());
  auto mentoring = demo::SeedDemoMentorship(*(*rt)->store, (*rt)->clock);
  if (!mentoring.ok()) return ReportError(mentoring.error());
  auto opportunities = demo::SeedDemoOpportunities(*(*rt)->store, (*rt)->clock);
  if (!opportunities.ok()) return ReportError(opportunities.error());
  auto introductions = demo::SeedDemoIntroductions(*(*rt)->store, (*rt)->clock);
  if (!introductions.ok()) return ReportError(introductions.error());
  auto searches = demo::SeedDemoSavedSearches(*(*rt)->store, (*rt)->clock);
  if (!searches.ok()) return ReportError(searches.error());
  std::cout << "Demo network ready: " << summary->members_created << " members created, "
            << summary->members_existing << " already there, " << summary->connections
            << " connections, " << mentoring->offers << " new mentor offers, "
            << opportunities->opportunities << " new opportunities.\n"
            << "Log in as " << summary->demo_email << " with password " << summary->demo_password
            << "\n"
            << "Program lead: " << demo::kDemoLeadEmail
            << " (same password), with the draft program \"" << demo::kDemoProgramName << "\"\n";
  return 0;
}

int RunExport(const Config& config, const std::string& file) {
  auto rt = OpenRuntime(config);
  if (!rt.ok()) return ReportError(rt.error());
  std::ofstream out_file;
  std::ostream* out = &std::cout;
  if (file != "-") {
    out_file.open(file, std::ios::binary | std::ios::trunc);
    if (!out_file) {
      std::cerr << "pln: cannot write " << file << "\n";
      return 1;
    }
    out = &out_file;
  }
  app::ProgressBar bar;
  Status s = app::ExportJsonLines(*(*rt)->store, *out, bar.AsFn());
  bar.Finish();
  if (!s.ok()) return ReportError(s.error());
  out->flush();
  if (!*out) {
    std::cerr << "pln: writing " << file << " failed\n";
    return 1;
  }
  if (file != "-") std::cerr << "Exported to " << file << "\n";
  return 0;
}

int RunImport(const Config& config, const std::string& file) {
  auto rt = OpenRuntime(config);
  if (!rt.ok()) return ReportError(rt.error());
  std::ifstream in_file;
  std::istream* in = &std::cin;
  if (file != "-") {
    in_file.open(file, std::ios::binary);
    if (!in_file) {
      std::cerr << "pln: cannot read " << file << "\n";
      return 1;
    }
    in = &in_file;
  }
  app::ProgressBar bar;
  Status s = app::ImportJsonLines(*(*rt)->store, *in, bar.AsFn());
  bar.Finish();
  if (!s.ok()) return ReportError(s.error());
  std::cerr << "Imported " << file << " into " << (*rt)->store->Kind() << "\n";
  return 0;
}

}  // namespace pln::cli
