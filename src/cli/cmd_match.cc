#include "cli/cmd_match.h"

#include <cstdlib>
#include <fstream>
#include <iostream>
#include <memory>
#include <string>

#include "matching/assignment.h"
#include "matching/csv_input.h"

namespace pln::cli {

namespace {

struct MatchArgs {
  std::string pairs, capacity;
};

int RunMatch(const MatchArgs& a) {
  std::ifstream pairs(a.pairs), capacity(a.capacity);
  if (!pairs) {
    std::cerr << "pln: cannot read " << a.pairs << "\n";
    return 1;
  }
  if (!capacity) {
    std::cerr << "pln: cannot read " << a.capacity << "\n";
    return 1;
  }
  auto problem = matching::ReadProblem(pairs, a.pairs, capacity, a.capacity);
  if (!problem.ok()) {
    std::cerr << "pln: " << problem.error().message() << "\n";
    return 1;
  }
  matching::Assignment result = matching::Solve(problem->problem);
  std::cout << matching::FormatAssignment(*problem, result);
  std::cout.flush();
  return 0;
}

}  // namespace

void AddMatchCommand(CLI::App& app) {
  auto args = std::make_shared<MatchArgs>();
  auto* cmd = app.add_subcommand(
      "match", "Optimal mentee→mentor assignment: most matches first, then highest total score");
  cmd->add_option("--pairs", args->pairs, "CSV of allowed pairs: mentee,mentor,score")->required();
  cmd->add_option("--capacity", args->capacity, "CSV of mentor,capacity")->required();
  cmd->callback([args] { std::exit(RunMatch(*args)); });
}

}  // namespace pln::cli
