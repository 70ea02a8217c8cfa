// The per-skill growth timeline (issue 5): self-assessments, review ratings
// (mean and per criterion), cumulative endorsements and the series of every
// registered TimelineSource (feedback/timeline_source.h). Thread-safe
// (stateless over Store; sources are called concurrently).
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "app/feedback/timeline_source.h"
#include "app/repositories.h"
#include "base/ids.h"
#include "base/result.h"

namespace pln::app {

class SkillTimelines {
 public:
  virtual ~SkillTimelines() = default;
  // The caller's own timeline for `skill`: every series, and the skills that
  // have no outside feedback yet. kValidation for a bad skill name.
  virtual Result<SkillTimeline> Timeline(MemberId me, const std::string& skill) = 0;
};

// Every timeline gets the series of `sources` after the built-in ones, in
// order. Borrows `store`; it must outlive the result.
std::unique_ptr<SkillTimelines> MakeSkillTimelines(
    Store& store, std::vector<std::shared_ptr<TimelineSource>> sources);

}  // namespace pln::app
