// `pln match --pairs PAIRS.csv --capacity CAP.csv`: the cohort-matching solver on
// plain CSV (see src/matching/csv_input.h for the formats). Prints `mentee,mentor`
// lines of an assignment that maximises the number of matched mentees, then the
// total score, and a final line `# matched=N score=S`. Exit 0 ok; 1 with a
// line-numbered message on stderr for bad input.
//
// AddMatchCommand registers the subcommand with its own callback, which ends the
// process with the command's exit code, so main.cc only calls it before parse().
#pragma once

#include <CLI/CLI.hpp>

namespace pln::cli {

void AddMatchCommand(CLI::App& app);

}  // namespace pln::cli
