// Completed mentorship goals on a skill's growth timeline (issue 5, item 4):
// a goal the pair marked done whose text names the skill counts as outside
// feedback, dated when it was marked done.
#pragma once

#include <string>

#include "app/feedback/timeline_source.h"

namespace pln::app {

class MentorshipGoalTimeline final : public TimelineSource {
 public:
  // Adds the series "mentorship_goal": one point per done goal of the member's
  // mentorships as mentee whose text contains the skill (case-insensitive).
  Status Contribute(Tx& tx, MemberId member, const std::string& skill_norm,
                    SkillTimeline& timeline) override;
};

}  // namespace pln::app
