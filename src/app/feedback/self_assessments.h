// The self-assessment history behind the skill timeline: written with every
// profile change of a skill level, by whoever changes the profile.
#pragma once

#include <cstdint>
#include <vector>

#include "app/repositories.h"
#include "base/ids.h"
#include "base/result.h"
#include "domain/member.h"

namespace pln::app {

// Records the self-assessments a profile change makes (domain::ChangedSkillLevels)
// inside the caller's transaction, so the history exists exactly when the change does.
Status RecordSelfAssessments(Tx& tx, MemberId member, const std::vector<domain::Skill>& before,
                             const std::vector<domain::Skill>& after, int64_t now);

}  // namespace pln::app
