// Graph subcommands of `pln`: link prediction on plain edge lists.
//
//   pln linkpred --train EDGES --queries NODES [--k K] [--attributes FILE]
//   pln eval linkpred --edges EDGES [--holdout 0.1] [--seed N] [--k 10,20,50]
//                     [--attributes FILE] [--repeat R]
//
// AddGraphCommands registers both on `app` with their own callbacks: a callback
// runs the command when its subcommand is parsed and then ends the process with
// the command's exit code (0 ok, 1 bad input / error, message on stderr), so
// main.cc only needs to call AddGraphCommands(app) before app.parse().
#pragma once

#include <CLI/CLI.hpp>

namespace pln::cli {

void AddGraphCommands(CLI::App& app);

}  // namespace pln::cli
