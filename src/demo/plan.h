// The demo network's plan: a realistic learning community a newcomer can log into
// right after installing pln ("pln demo"), and a data set for trying the
// recommenders, dashboards and mentoring flows.
//
// The network is generated from a seed (same seed and member count, same
// people and ties): learners from recent bootcamp and university cohorts,
// early-career people and experienced professionals across eight fields, who
// connect mostly inside their cohort, employer and field, with a few
// well-connected hubs. Member #1 is the fixed login kDemoEmail.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"
#include "domain/member.h"

namespace pln::demo {

inline constexpr char kDemoEmail[] = "demo@pln.example";
inline constexpr char kDemoEmailDomain[] = "demo.pln.example";

struct DemoOptions {
  int members = 320;  // 1 to kMaxDemoMembers, the demo login included
  uint64_t seed = 42;
  std::string password = "demo-password";  // for every demo member
  // HashPassword strength; tests pass "min" to keep them fast.
  std::string password_strength = "interactive";
};
inline constexpr int kMaxDemoMembers = 1'000'000;

// --- The plan: what the network looks like, before anything is written ---------

struct DemoPerson {
  std::string email;
  domain::Profile profile;
  int64_t created_at = 0;  // Unix ms, before the clock's now
};
struct DemoTie {
  int a = 0, b = 0;  // indexes into DemoPlan::people; a != b
  int64_t at = 0;    // Unix ms, after both members joined
};
struct DemoRequest {
  int from = 0, to = 0;
  std::string note;
  int64_t at = 0;
};
struct DemoPlan {
  std::vector<DemoPerson> people;     // [0] is the demo login
  std::vector<DemoTie> connections;   // a < b, no duplicates
  std::vector<DemoRequest> requests;  // pending; never between connected members
  std::vector<DemoTie> follows;       // a follows b
};

// Builds the network in memory. Deterministic in (options.members, options.seed,
// now_ms): person i depends only on the seed and i, so a larger run extends a
// smaller one with the same people. now_ms places join and connection times in
// the months before it and names the recent cohorts.
// Errors: kValidation if options.members is outside 1..kMaxDemoMembers.
Result<DemoPlan> BuildDemoPlan(const DemoOptions& options, int64_t now_ms);

// "José Ñúñez-O'Brien" → "josenunezobrien": the ASCII letters and digits of a
// name for a demo e-mail address (Latin letters with diacritics are folded).
std::string DemoEmailSlug(std::string_view name);

}  // namespace pln::demo
