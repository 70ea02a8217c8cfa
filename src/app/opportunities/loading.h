// What the parts of the opportunities capability share (posting, interest,
// For you): who may see a post, who moderates, and a post as a viewer sees
// it. Each runs inside the caller's transaction; not for other capabilities.
#pragma once

#include <cstdint>
#include <unordered_map>
#include <vector>

#include "app/opportunities/views.h"
#include "app/repositories.h"
#include "base/ids.h"
#include "base/result.h"
#include "domain/member.h"
#include "domain/opportunity.h"

namespace pln::app::opportunities_internal {

// Admins and program leads hide posts and see hidden ones.
bool IsModerator(domain::Role role);

// The post `id` if `viewer` may see it: kNotFound "opportunity" when it does
// not exist, when the viewer and the poster are blocked either way (a block
// reads as absence), or when it is hidden and the viewer is neither its
// poster nor a moderator.
Result<domain::Opportunity> LoadVisible(Tx& tx, MemberId viewer, domain::Role role,
                                        OpportunityId id);

// The views of `posts` for `viewer` (poster summaries in one query; the
// viewer's own interests from `mine`, keyed by post).
Result<std::vector<OpportunityView>> ViewsOf(
    Tx& tx, MemberId viewer, std::vector<domain::Opportunity> posts, int64_t now,
    const std::unordered_map<OpportunityId, Interest>& my_interests);

// One post's view, with the viewer's interest and, for its poster, the count.
Result<OpportunityView> ViewOf(Tx& tx, MemberId viewer, domain::Opportunity post, int64_t now);

// The viewer's interests by post.
Result<std::unordered_map<OpportunityId, Interest>> InterestsByPost(Tx& tx, MemberId viewer);

}  // namespace pln::app::opportunities_internal
