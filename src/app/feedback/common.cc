#include "app/feedback/common.h"

#include <algorithm>

#include "domain/mentorship.h"

namespace pln::app::feedback_internal {

MemberSummary Summarize(const domain::Member& m) {
  return MemberSummary{m.id, m.profile.name, m.profile.headline, m.profile.stage};
}

Result<std::unordered_map<MemberId, MemberSummary>> Summaries(Tx& tx,
                                                              const std::vector<MemberId>& ids) {
  if (ids.empty()) return std::unordered_map<MemberId, MemberSummary>();
  return tx.members().Summaries(ids);
}

MemberSummary Lookup(const std::unordered_map<MemberId, MemberSummary>& people, MemberId id) {
  auto it = people.find(id);
  if (it != people.end()) return it->second;
  MemberSummary s;
  s.id = id;
  return s;
}

Result<std::unordered_set<MemberId>> ActiveMentorsOf(Tx& tx, MemberId me) {
  std::unordered_set<MemberId> mentors;
  ASSIGN_OR_RETURN(auto mentorships, tx.mentorship().ListMentorships(me));
  for (const domain::Mentorship& m : mentorships) {
    if (m.mentee == me && m.status == domain::MentorshipStatus::kActive) mentors.insert(m.mentor);
  }
  return mentors;
}

Reciprocity ToReciprocity(FeedbackStats stats) {
  Reciprocity r;
  r.given = stats.given;
  r.received = stats.received;
  r.lapsed = stats.lapsed;
  if (stats.usefulness_count > 0) {
    r.usefulness_centis =
        (stats.usefulness_sum * 100 + stats.usefulness_count / 2) / stats.usefulness_count;
  }
  if (!stats.response_ms.empty()) {
    auto mid =
        stats.response_ms.begin() + static_cast<std::ptrdiff_t>(stats.response_ms.size() / 2);
    std::nth_element(stats.response_ms.begin(), mid, stats.response_ms.end());
    r.median_response_ms = *mid;
  }
  return r;
}

Status CheckSkillsVisible(Tx& tx, const domain::Viewer& viewer, MemberId member) {
  ASSIGN_OR_RETURN(auto target, tx.members().Get(member));
  if (!target) return NotFoundError("member");
  domain::Relationship rel;
  if (viewer.id) {
    if (*viewer.id == member) {
      rel.self = true;
    } else {
      ASSIGN_OR_RETURN(auto rels, tx.connections().Relationships(*viewer.id, {member}));
      rel = rels[member];
    }
  }
  if (!domain::CanSeeMember(viewer, rel, target->profile)) return NotFoundError("member");
  if (!domain::ViewOf(viewer, *target, rel).skills) {
    return ForbiddenError("This member shows their skills to fewer people.");
  }
  return Status::Ok();
}

Result<std::unordered_set<MemberId>> HiddenTies(Tx& tx, const domain::Viewer& viewer,
                                                MemberId owner,
                                                const std::vector<MemberId>& others) {
  std::unordered_set<MemberId> hidden;
  if (others.empty()) return hidden;
  std::unordered_map<MemberId, domain::Relationship> viewer_rels;
  if (viewer.id) {
    ASSIGN_OR_RETURN(viewer_rels, tx.connections().Relationships(*viewer.id, others));
  }
  ASSIGN_OR_RETURN(auto owner_rels, tx.connections().Relationships(owner, others));
  for (MemberId other : others) {
    if (viewer_rels[other].blocked_either_way() || owner_rels[other].blocked_either_way()) {
      hidden.insert(other);
    }
  }
  return hidden;
}

}  // namespace pln::app::feedback_internal
