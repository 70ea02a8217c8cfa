#include "app/mentorship/program_mentorships.h"

#include <string>

#include "app/mentorship/start.h"

namespace pln::app {

Status ProgramMentorships::OnPublished(Tx& tx, const domain::Program& program,
                                       const std::vector<PublishedPair>& pairs, int64_t now) {
  for (const PublishedPair& pair : pairs) {
    NewMentorshipTerms terms;
    terms.mentee = pair.mentee;
    terms.mentor = pair.mentor;
    terms.program_id = program.id.value();
    Result<MentorshipId> created = CreateAcceptedMentorship(tx, terms, now);
    if (created.ok()) continue;
    const Error& e = created.error();
    if (e.code() == "already_mentoring") continue;  // the pair found each other already
    return e;
  }
  return Status::Ok();
}

Result<std::vector<PairActivity>> ProgramMentorships::Activity(
    Tx& tx, const domain::Program& program, const std::vector<PublishedPair>& pairs) {
  std::vector<PairActivity> out;
  out.reserve(pairs.size());
  for (const PublishedPair& pair : pairs) {
    PairActivity activity;
    ASSIGN_OR_RETURN(auto mentorships, tx.mentorship().ListMentorships(pair.mentee));
    for (const domain::Mentorship& m : mentorships) {
      if (m.program != program.id.value() || m.mentor != pair.mentor) continue;
      ASSIGN_OR_RETURN(auto check_ins, tx.mentorship().ListCheckIns(m.id));
      activity.check_ins = static_cast<int>(check_ins.size());
      activity.last_check_in = m.last_check_in_at;
      break;
    }
    out.push_back(activity);
  }
  return out;
}

}  // namespace pln::app
