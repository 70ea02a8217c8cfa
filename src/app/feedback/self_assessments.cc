#include "app/feedback/self_assessments.h"

#include "domain/feedback.h"

namespace pln::app {

Status RecordSelfAssessments(Tx& tx, MemberId member, const std::vector<domain::Skill>& before,
                             const std::vector<domain::Skill>& after, int64_t now) {
  for (const domain::Skill& s : domain::ChangedSkillLevels(before, after)) {
    RETURN_IF_ERROR(tx.feedback().RecordSelfAssessment(member, s, now));
  }
  return Status::Ok();
}

}  // namespace pln::app
