#include "demo/plan.h"

#include <string>

#include "base/text.h"
#include "demo/people.h"
#include "demo/ties.h"

namespace pln::demo {

std::string DemoEmailSlug(std::string_view name) {
  std::string out = AsciiFoldAlnum(name);
  return out.empty() ? "member" : out;
}

Result<DemoPlan> BuildDemoPlan(const DemoOptions& options, int64_t now_ms) {
  if (options.members < 1 || options.members > kMaxDemoMembers) {
    return ValidationError(
        {{"members", "must be between 1 and " + std::to_string(kMaxDemoMembers)}});
  }
  const size_t n = static_cast<size_t>(options.members);
  const std::vector<std::string> terms = RecentTerms(now_ms);
  DemoPlan plan;
  plan.people.resize(n);
  std::vector<Traits> traits(n);
  MakeDemoLogin(now_ms, plan.people[0], traits[0]);
  for (size_t i = 1; i < n; ++i) {
    MakePerson(options.seed, static_cast<int>(i), now_ms, terms, plan.people[i], traits[i]);
  }
  BuildTies(options.seed, traits, plan, now_ms);
  return plan;
}

}  // namespace pln::demo
