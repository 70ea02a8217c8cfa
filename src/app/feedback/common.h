// Helpers the parts of the feedback capability share (requests, endorsements,
// reviewer suggestions, reminders), in one place; not for other capabilities.
// Each runs inside the caller's transaction.
#pragma once

#include <cstdint>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "app/feedback/views.h"
#include "app/member_summary.h"
#include "app/repositories.h"
#include "base/ids.h"
#include "base/result.h"
#include "domain/member.h"
#include "domain/relationship.h"

namespace pln::app::feedback_internal {

inline constexpr int64_t kDayMs = 24LL * 3600 * 1000;
// How many members near the requester are within reach: both the reviewers a
// request may name and the candidates of a suggestion come from that many.
inline constexpr int kNearbyLimit = 2000;

MemberSummary Summarize(const domain::Member& m);
// Summaries of the members `ids` names (missing ones absent); no query when empty.
Result<std::unordered_map<MemberId, MemberSummary>> Summaries(Tx& tx,
                                                              const std::vector<MemberId>& ids);
// The summary of `id`, or one with only the id when it was not found.
MemberSummary Lookup(const std::unordered_map<MemberId, MemberSummary>& people, MemberId id);

// A learner's active mentors: they may always be asked, connected or not.
Result<std::unordered_set<MemberId>> ActiveMentorsOf(Tx& tx, MemberId me);

// A member's stats as reciprocity: the median response time and the mean usefulness.
Reciprocity ToReciprocity(FeedbackStats stats);

// Whether `viewer` may read what `member` shows beside their skills
// (endorsements, shown reviews): kNotFound "member" when the member is missing
// or hidden from the viewer (a block reads as absence), kForbidden when the
// skills section is.
Status CheckSkillsVisible(Tx& tx, const domain::Viewer& viewer, MemberId member);

// Which of `others` (members tied to `owner` by an endorsement or a shown
// review) are left out for `viewer`: those blocked either way with the viewer,
// and those blocked either way with `owner`, whose ties stay hidden from
// everyone while the block lasts.
Result<std::unordered_set<MemberId>> HiddenTies(Tx& tx, const domain::Viewer& viewer,
                                                MemberId owner,
                                                const std::vector<MemberId>& others);

}  // namespace pln::app::feedback_internal
