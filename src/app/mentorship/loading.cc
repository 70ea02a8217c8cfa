#include "app/mentorship/loading.h"

#include <algorithm>
#include <optional>
#include <utility>

#include "domain/relationship.h"

namespace pln::app {

MemberSummary Summarize(const domain::Member& m) {
  return MemberSummary{m.id, m.profile.name, m.profile.headline, m.profile.stage};
}

Result<std::unordered_map<MemberId, domain::Member>> LoadMembers(Tx& tx,
                                                                 const std::vector<MemberId>& ids) {
  std::unordered_map<MemberId, domain::Member> out;
  if (ids.empty()) return out;
  ASSIGN_OR_RETURN(auto members, tx.members().GetMany(ids));
  for (auto& m : members) out.emplace(m.id, std::move(m));
  return out;
}

MemberSummary SummaryOf(const std::unordered_map<MemberId, domain::Member>& people, MemberId id) {
  auto it = people.find(id);
  if (it != people.end()) return Summarize(it->second);
  MemberSummary s;
  s.id = id;
  return s;
}

Result<bool> BlockedEitherWay(Tx& tx, MemberId a, MemberId b) {
  ASSIGN_OR_RETURN(auto rels, tx.connections().Relationships(a, {b}));
  return rels[b].blocked_either_way();
}

Result<domain::Mentorship> LoadMentorship(Tx& tx, MemberId me, MentorshipId id) {
  ASSIGN_OR_RETURN(auto m, tx.mentorship().GetMentorship(id));
  if (!m || !domain::IsParty(me, *m)) return NotFoundError("mentorship");
  ASSIGN_OR_RETURN(bool blocked, BlockedEitherWay(tx, me, domain::OtherParty(me, *m)));
  if (blocked) return NotFoundError("mentorship");
  return std::move(*m);
}

Result<MentorshipView> MentorshipViewOf(Tx& tx, domain::Mentorship m, int64_t now) {
  ASSIGN_OR_RETURN(auto people, LoadMembers(tx, {m.mentor, m.mentee}));
  MentorshipView v;
  v.mentor = SummaryOf(people, m.mentor);
  v.mentee = SummaryOf(people, m.mentee);
  ASSIGN_OR_RETURN(v.check_ins, tx.mentorship().ListCheckIns(m.id));
  ASSIGN_OR_RETURN(v.feedback, tx.mentorship().ListFeedback(m.id));
  v.check_in_overdue = domain::CheckInOverdue(m, now);
  v.next_check_in_due = domain::NextCheckInDue(m);
  if (m.status == domain::MentorshipStatus::kEnded) {
    ASSIGN_OR_RETURN(v.alumni_check_ins, tx.mentorship().ListAlumniCheckIns(m.id));
    std::optional<int64_t> last;
    if (!v.alumni_check_ins.empty()) last = v.alumni_check_ins.front().created_at;
    ASSIGN_OR_RETURN(auto plans, tx.mentorship().ListAlumniPlans(m.id));
    for (domain::AlumniPlan& p : plans) {
      AlumniPlanView pv;
      pv.next_due = domain::AlumniCheckInDue(p, m.ended_at.value_or(m.started_at), last);
      pv.due = now >= pv.next_due;
      pv.plan = std::move(p);
      v.alumni_plans.push_back(std::move(pv));
    }
  }
  v.mentorship = std::move(m);
  return v;
}

OfferView MakeOfferView(domain::MentorOffer offer, const domain::Member& mentor,
                        const MentorStats& stats) {
  OfferView v;
  v.mentor = Summarize(mentor);
  v.open_slots = std::max(0, offer.capacity - stats.active);
  v.last_active_at = stats.last_active_at;
  v.median_response_ms = domain::Median(stats.response_ms);
  v.offer = std::move(offer);
  return v;
}

Result<OfferView> LoadOfferView(Tx& tx, MemberId mentor) {
  ASSIGN_OR_RETURN(auto offer, tx.mentorship().GetOffer(mentor));
  if (!offer) return NotFoundError("mentor offer");
  ASSIGN_OR_RETURN(auto member, tx.members().Get(mentor));
  if (!member) return NotFoundError("mentor offer");
  ASSIGN_OR_RETURN(auto stats, tx.mentorship().Stats({mentor}));
  return MakeOfferView(std::move(*offer), *member, stats[mentor]);
}

}  // namespace pln::app
