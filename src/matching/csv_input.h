// Reading a matching problem from the `pln match` CSV files.
//
//   PAIRS: `mentee,mentor,score` per line (score a finite number); pairs not listed
//          are not allowed.
//   CAP:   `mentor,capacity` per line (capacity an integer >= 0); a mentor that is
//          not listed has capacity 0.
// Blank lines and an optional header line (`mentee,mentor,score` / `mentor,capacity`)
// are skipped; fields are trimmed. Errors are validation errors whose message names
// the file and line ("pairs.csv:7: score \"x\" is not a number").
#pragma once

#include <istream>
#include <string>
#include <vector>

#include "base/result.h"
#include "matching/assignment.h"

namespace pln::matching {

struct NamedProblem {
  Problem problem;
  std::vector<std::string> mentee_names;  // in order of first appearance
  std::vector<std::string> mentor_names;
};

Result<NamedProblem> ReadProblem(std::istream& pairs, const std::string& pairs_name,
                                 std::istream& capacity, const std::string& capacity_name);

// Formats an assignment as `pln match` prints it: `mentee,mentor` lines in mentee
// order, then `# matched=N score=S`.
std::string FormatAssignment(const NamedProblem& named, const Assignment& assignment);

}  // namespace pln::matching
