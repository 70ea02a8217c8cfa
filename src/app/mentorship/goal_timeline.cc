#include "app/mentorship/goal_timeline.h"

#include <algorithm>

#include "base/text.h"
#include "domain/mentorship.h"

namespace pln::app {

Status MentorshipGoalTimeline::Contribute(Tx& tx, MemberId member, const std::string& skill_norm,
                                          SkillTimeline& timeline) {
  ASSIGN_OR_RETURN(auto mentorships, tx.mentorship().ListMentorships(member));
  ExtraSeries series{"mentorship_goal", {}};
  for (const domain::Mentorship& m : mentorships) {
    if (m.mentee != member) continue;  // goals are the mentee's growth
    for (const domain::MentorshipGoal& g : m.goals) {
      if (g.status != domain::GoalStatus::kDone) continue;
      if (!ContainsFolded(g.text, skill_norm)) continue;
      series.points.push_back({g.updated_at, "mentorship_goal", 0, m.id.value()});
    }
  }
  if (series.points.empty()) return Status::Ok();
  std::sort(series.points.begin(), series.points.end(),
            [](const TimelinePoint& a, const TimelinePoint& b) { return a.at < b.at; });
  timeline.has_outside_feedback = true;
  timeline.extra.push_back(std::move(series));
  return Status::Ok();
}

}  // namespace pln::app
