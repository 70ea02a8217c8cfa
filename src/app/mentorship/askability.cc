#include "app/mentorship/askability.h"

#include "domain/feedback.h"
#include "domain/mentorship.h"

namespace pln::app {

Result<std::unordered_map<MemberId, NotAskable>> NotAskableMentors(Tx& tx, MemberId mentee,
                                                                   int64_t now) {
  std::unordered_map<MemberId, NotAskable> out;
  ASSIGN_OR_RETURN(auto mentorships, tx.mentorship().ListMentorships(mentee));
  // Newest first: a pair's current mentorship wins over an earlier, ended one.
  for (const domain::Mentorship& m : mentorships) {
    if (m.mentee != mentee || out.contains(m.mentor)) continue;
    if (m.status == domain::MentorshipStatus::kActive) {
      out[m.mentor] = {"current", "your current mentor"};
    } else if (m.ended_at) {
      out[m.mentor] = {"past", "mentored you until " + domain::IsoDateOf(*m.ended_at)};
    }
  }
  ASSIGN_OR_RETURN(auto open, tx.mentorship().OpenRequestsOf(mentee));
  for (const domain::MentorshipRequest& r : open) {
    if (r.expires_at <= now) continue;
    auto it = out.find(r.mentor);
    if (it != out.end() && it->second.code == "current") continue;
    out[r.mentor] = {"pending", "request pending since " + domain::IsoDateOf(r.created_at)};
  }
  return out;
}

}  // namespace pln::app
