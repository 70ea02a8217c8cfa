#include "app/opportunities/loading.h"

#include <utility>

namespace pln::app::opportunities_internal {

bool IsModerator(domain::Role role) {
  return role == domain::Role::kAdmin || role == domain::Role::kProgramLead;
}

Result<domain::Opportunity> LoadVisible(Tx& tx, MemberId viewer, domain::Role role,
                                        OpportunityId id) {
  ASSIGN_OR_RETURN(auto post, tx.opportunities().Get(id));
  if (!post) return NotFoundError("opportunity");
  if (post->poster != viewer) {
    ASSIGN_OR_RETURN(auto rels, tx.connections().Relationships(viewer, {post->poster}));
    if (rels[post->poster].blocked_either_way()) return NotFoundError("opportunity");
    if (post->hidden_at && !IsModerator(role)) return NotFoundError("opportunity");
  }
  return std::move(*post);
}

Result<std::unordered_map<OpportunityId, Interest>> InterestsByPost(Tx& tx, MemberId viewer) {
  ASSIGN_OR_RETURN(auto mine, tx.opportunities().InterestsOf(viewer));
  std::unordered_map<OpportunityId, Interest> out;
  for (Interest& i : mine) out.emplace(i.opportunity, std::move(i));
  return out;
}

Result<std::vector<OpportunityView>> ViewsOf(
    Tx& tx, MemberId viewer, std::vector<domain::Opportunity> posts, int64_t now,
    const std::unordered_map<OpportunityId, Interest>& my_interests) {
  std::vector<MemberId> posters;
  for (const auto& p : posts) posters.push_back(p.poster);
  std::unordered_map<MemberId, MemberSummary> people;
  if (!posters.empty()) {
    ASSIGN_OR_RETURN(people, tx.members().Summaries(posters));
  }
  std::vector<OpportunityView> out;
  out.reserve(posts.size());
  for (auto& p : posts) {
    OpportunityView v;
    v.state = domain::StateAt(p, now);
    if (auto it = people.find(p.poster); it != people.end()) {
      v.poster = it->second;
    } else {
      v.poster.id = p.poster;
    }
    v.mine = p.poster == viewer;
    v.interested = my_interests.contains(p.id);
    if (v.mine) {
      // As the poster's list shows them: members blocked either way left out.
      ASSIGN_OR_RETURN(auto interest, tx.opportunities().InterestIn(p.id));
      std::vector<MemberId> who;
      for (const Interest& i : interest) who.push_back(i.member);
      if (!who.empty()) {
        ASSIGN_OR_RETURN(auto rels, tx.connections().Relationships(viewer, who));
        for (MemberId m : who) v.interested_count += rels[m].blocked_either_way() ? 0 : 1;
      }
    }
    v.opportunity = std::move(p);
    out.push_back(std::move(v));
  }
  return out;
}

Result<OpportunityView> ViewOf(Tx& tx, MemberId viewer, domain::Opportunity post, int64_t now) {
  ASSIGN_OR_RETURN(auto mine, InterestsByPost(tx, viewer));
  std::vector<domain::Opportunity> one;
  one.push_back(std::move(post));
  ASSIGN_OR_RETURN(auto views, ViewsOf(tx, viewer, std::move(one), now, mine));
  return std::move(views.front());
}

}  // namespace pln::app::opportunities_internal
