// Internal to app/mentorship: what several parts load the same way — member
// summaries, the block check between the two sides, a mentorship one party
// asks for and its view, an offer as a mentee sees it. Each runs inside the
// caller's transaction.
#pragma once

#include <unordered_map>
#include <vector>

#include "app/member_summary.h"
#include "app/mentorship/views.h"
#include "app/repositories.h"
#include "base/ids.h"
#include "base/result.h"
#include "domain/member.h"
#include "domain/mentorship.h"

namespace pln::app {

MemberSummary Summarize(const domain::Member& m);

// The members among `ids` that exist, by id (none read for an empty list).
Result<std::unordered_map<MemberId, domain::Member>> LoadMembers(Tx& tx,
                                                                 const std::vector<MemberId>& ids);

// The summary of `id` in `people`, or one with only the id when the member is
// gone (a deleted member's side of a request still shows).
MemberSummary SummaryOf(const std::unordered_map<MemberId, domain::Member>& people, MemberId id);

Result<bool> BlockedEitherWay(Tx& tx, MemberId a, MemberId b);

// A mentorship `me` takes part in; kNotFound "mentorship" otherwise and when
// the two block each other, exactly as for a missing one.
Result<domain::Mentorship> LoadMentorship(Tx& tx, MemberId me, MentorshipId id);

// The whole view of `m` at `now`: both sides, check-ins, feedback, whether a
// check-in is overdue and, once ended, the alumni plans and notes.
Result<MentorshipView> MentorshipViewOf(Tx& tx, domain::Mentorship m, int64_t now);

OfferView MakeOfferView(domain::MentorOffer offer, const domain::Member& mentor,
                        const MentorStats& stats);
// The offer of `mentor` with their stats; kNotFound "mentor offer" for none.
Result<OfferView> LoadOfferView(Tx& tx, MemberId mentor);

}  // namespace pln::app
