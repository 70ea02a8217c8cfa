#include "app/mentorship_service.h"

#include <algorithm>
#include <cmath>

#include "app/cursor.h"
#include "app/events/ports.h"
#include "base/text.h"
#include "domain/feedback.h"
#include "domain/mentor_fit.h"
#include "domain/relationship.h"
#include "domain/text_rules.h"

namespace pln::app {
namespace {

using domain::MentorshipRequestAction;
using domain::MentorshipRequestStatus;

constexpr int kListLimit = 100;
constexpr size_t kMaxGoalsPerMentorship = 10;
constexpr int64_t kDayMs = 24LL * 3600 * 1000;

// Discovery weights: fit dominates; the rest break ties between good fits.
constexpr double kFitWeight = 0.55, kProximityWeight = 0.15, kResponseWeight = 0.15,
                 kCapacityWeight = 0.15;

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

// Records the requests that just expired (both sides are told).
Status TellExpired(Tx& tx, const std::vector<domain::MentorshipRequest>& expired, int64_t now) {
  for (const auto& r : expired) {
    RETURN_IF_ERROR(Emit(tx, MentorshipRequestExpired{r.id, r.mentee, r.mentor}, now));
  }
  return Status::Ok();
}

Status ExpireFor(Tx& tx, MemberId member, int64_t now) {
  ASSIGN_OR_RETURN(auto expired, tx.mentorship().ExpireRequests(now, member));
  return TellExpired(tx, expired, now);
}

// How a request reads at `now` without writing: an open one past its time is
// shown as expired (the next write or the sweep records it).
domain::MentorshipRequest AsOf(domain::MentorshipRequest r, int64_t now) {
  if (domain::IsOpen(r.status) && now >= r.expires_at) {
    r.status = MentorshipRequestStatus::kExpired;
    r.closed_at = r.expires_at;
  }
  return r;
}

Result<MentorshipRequestView> ViewOfRequest(Tx& tx, domain::MentorshipRequest r) {
  ASSIGN_OR_RETURN(auto people, LoadMembers(tx, {r.mentee, r.mentor}));
  MentorshipRequestView v;
  v.mentee = SummaryOf(people, r.mentee);
  v.mentor = SummaryOf(people, r.mentor);
  v.request = std::move(r);
  return v;
}

// A request `me` takes part in; kNotFound otherwise and on a block.
Result<domain::MentorshipRequest> LoadRequest(Tx& tx, MemberId me, MentorshipRequestId id) {
  ASSIGN_OR_RETURN(auto r, tx.mentorship().GetRequest(id));
  if (!r || (r->mentee != me && r->mentor != me)) return NotFoundError("mentorship request");
  ASSIGN_OR_RETURN(bool blocked, BlockedEitherWay(tx, me, me == r->mentee ? r->mentor : r->mentee));
  if (blocked) return NotFoundError("mentorship request");
  return std::move(*r);
}

Result<domain::Mentorship> LoadMentorship(Tx& tx, MemberId me, MentorshipId id) {
  ASSIGN_OR_RETURN(auto m, tx.mentorship().GetMentorship(id));
  if (!m || !domain::IsParty(me, *m)) return NotFoundError("mentorship");
  ASSIGN_OR_RETURN(bool blocked, BlockedEitherWay(tx, me, domain::OtherParty(me, *m)));
  if (blocked) return NotFoundError("mentorship");
  return std::move(*m);
}

Status RequireActive(const domain::Mentorship& m) {
  if (m.status != domain::MentorshipStatus::kActive) {
    return ConflictError("ended", "This mentorship has ended.");
  }
  return Status::Ok();
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

Status RequireEnded(const domain::Mentorship& m) {
  if (m.status != domain::MentorshipStatus::kEnded) {
    return ConflictError("not_ended",
                         "Light alumni check-ins start once the mentorship has ended.");
  }
  return Status::Ok();
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

// One-line or multi-line text a decision carries (reason, question, answer).
Result<std::string> DecisionText(const std::string& text, std::string_view field, size_t max) {
  std::vector<FieldError> errors;
  std::string clean = domain::CheckText(text, field, max, true, errors);
  if (!errors.empty()) return ValidationError(std::move(errors));
  return clean;
}

// Closes the mentee's other open requests whose goals overlap `goals`, and
// tells their mentors.
Status CloseOverlapping(Tx& tx, MemberId mentee, const std::vector<std::string>& goals,
                        std::optional<MentorshipRequestId> except, int64_t now) {
  ASSIGN_OR_RETURN(auto open, tx.mentorship().OpenRequestsOf(mentee));
  for (domain::MentorshipRequest& r : open) {
    if ((except && r.id == *except) || !domain::GoalsOverlap(goals, r.goals)) continue;
    const MentorshipRequestStatus before = r.status;
    r.status = MentorshipRequestStatus::kMatchedElsewhere;
    r.closed_at = now;
    ASSIGN_OR_RETURN(bool changed, tx.mentorship().UpdateRequest(r, before));
    if (!changed) continue;
    RETURN_IF_ERROR(Emit(tx, MentorshipMatchedElsewhere{r.id, mentee, r.mentor}, now));
  }
  return Status::Ok();
}

// Starts a mentorship between the two, after the caller checked blocks.
// Enforces the offer's capacity when the mentor has an offer.
Result<MentorshipId> StartMentorship(Tx& tx, MemberId mentee, MemberId mentor,
                                     const std::vector<std::string>& goals, domain::Cadence cadence,
                                     std::optional<MentorshipRequestId> request,
                                     std::optional<int64_t> program, int64_t now) {
  // A program pair is bound by the capacity the lead set for the program (the
  // solver kept it); the personal offer's capacity governs personal requests.
  // Either kind counts as an active mentee against the offer's open slots.
  ASSIGN_OR_RETURN(auto offer, tx.mentorship().GetOffer(mentor));
  if (offer && !program) {
    ASSIGN_OR_RETURN(int active, tx.mentorship().CountActiveAsMentor(mentor));
    if (active >= offer->capacity) {
      return ConflictError("mentor_full",
                           "No mentoring slot is left: all " + std::to_string(offer->capacity) +
                               " are taken. End a mentorship or raise the capacity.");
    }
  }
  domain::Mentorship m;
  m.mentor = mentor;
  m.mentee = mentee;
  m.request = request;
  m.program = program;
  m.cadence = cadence;
  m.started_at = now;
  for (const std::string& g : goals) m.goals.push_back({0, g, domain::GoalStatus::kOpen, now});
  ASSIGN_OR_RETURN(MentorshipId id, tx.mentorship().CreateMentorship(m));
  RETURN_IF_ERROR(CloseOverlapping(tx, mentee, goals, request, now));
  return id;
}

double ResponsivenessScore(const std::optional<int64_t>& median_ms) {
  if (!median_ms) return 0.5;  // unknown: neither rewarded nor punished
  const double days = static_cast<double>(*median_ms) / static_cast<double>(kDayMs);
  return 1.0 / (1.0 + days / 2.0);
}

bool ListsName(const std::vector<std::string>& names, const std::string& wanted) {
  const std::string folded = AsciiLower(wanted);
  return std::any_of(names.begin(), names.end(),
                     [&](const std::string& n) { return AsciiLower(n) == folded; });
}

}  // namespace

Result<MentorshipId> CreateAcceptedMentorship(Tx& tx, const NewMentorshipTerms& terms,
                                              int64_t now) {
  if (terms.mentee == terms.mentor) {
    return ValidationError({{"mentor", "cannot mentor themself"}});
  }
  ASSIGN_OR_RETURN(auto people, LoadMembers(tx, {terms.mentee, terms.mentor}));
  if (!people.contains(terms.mentee) || !people.contains(terms.mentor)) {
    return NotFoundError("member");
  }
  ASSIGN_OR_RETURN(bool blocked, BlockedEitherWay(tx, terms.mentee, terms.mentor));
  if (blocked) return ConflictError("blocked", "These two members block each other.");
  std::vector<std::string> goals;
  if (!terms.goals.empty()) {
    ASSIGN_OR_RETURN(auto clean, domain::ValidateRequestInput({"-", terms.goals}));
    goals = std::move(clean.goals);
  }
  ASSIGN_OR_RETURN(MentorshipId id,
                   StartMentorship(tx, terms.mentee, terms.mentor, goals, terms.cadence,
                                   std::nullopt, terms.program_id, now));
  RETURN_IF_ERROR(Emit(tx, MentorshipStarted{id, terms.mentee, terms.mentor}, now));
  return id;
}

MentorshipService::MentorshipService(Store& store, const Clock& clock, MentorshipConfig config,
                                     const ProximitySource& proximity)
    : store_(store), clock_(clock), config_(config), proximity_(proximity) {}

// ---- Offers ----

Result<OfferView> MentorshipService::MyOffer(MemberId me) {
  OfferView v;
  RETURN_IF_ERROR(store_.Read([&](Tx& tx) -> Status {
    ASSIGN_OR_RETURN(v, LoadOfferView(tx, me));
    return Status::Ok();
  }));
  return v;
}

Result<OfferView> MentorshipService::PutOffer(MemberId me, OfferInput in) {
  const int64_t now = clock_.NowMs();
  domain::MentorOffer offer;
  offer.mentor = me;
  offer.fields = std::move(in.fields);
  offer.skills = std::move(in.skills);
  offer.help = std::move(in.help);
  offer.format = in.format;
  offer.cadence = in.cadence;
  offer.capacity = in.capacity;
  offer.paused = in.paused;
  offer.created_at = now;
  offer.updated_at = now;
  ASSIGN_OR_RETURN(offer, domain::ValidateOffer(std::move(offer)));
  OfferView v;
  RETURN_IF_ERROR(store_.Write([&](Tx& tx) -> Status {
    RETURN_IF_ERROR(tx.mentorship().PutOffer(offer));
    ASSIGN_OR_RETURN(v, LoadOfferView(tx, me));
    return Status::Ok();
  }));
  return v;
}

Result<OfferView> MentorshipService::GetOffer(const domain::Viewer& viewer, MemberId mentor) {
  OfferView v;
  RETURN_IF_ERROR(store_.Read([&](Tx& tx) -> Status {
    if (viewer.id && *viewer.id != mentor) {
      ASSIGN_OR_RETURN(bool blocked, BlockedEitherWay(tx, *viewer.id, mentor));
      if (blocked) return NotFoundError("mentor offer");
    }
    ASSIGN_OR_RETURN(v, LoadOfferView(tx, mentor));
    if (v.offer.paused && viewer.id != mentor) return NotFoundError("mentor offer");
    return Status::Ok();
  }));
  return v;
}

Result<MentorPage> MentorshipService::FindMentors(MemberId me, const MentorSearch& search) {
  RETURN_IF_ERROR(ValidateLimit(search.limit));
  ASSIGN_OR_RETURN(int64_t offset, DecodeCursor(search.cursor));
  if (!proximity_.Available()) return UnavailableError("the network engine is not loaded");
  std::vector<MentorMatch> ranked;
  RETURN_IF_ERROR(store_.Read([&](Tx& tx) -> Status {
    ranked.clear();
    ASSIGN_OR_RETURN(auto self, tx.members().Get(me));
    if (!self) return NotFoundError("member");
    ASSIGN_OR_RETURN(auto offers, tx.mentorship().ListOpenOffers());
    std::vector<MemberId> ids;
    for (const auto& o : offers) {
      if (o.mentor == me) continue;
      if (search.field && !ListsName(o.fields, *search.field)) continue;
      if (search.skill && !ListsName(o.skills, *search.skill)) continue;
      ids.push_back(o.mentor);
    }
    ASSIGN_OR_RETURN(auto people, LoadMembers(tx, ids));
    ASSIGN_OR_RETURN(auto rels, tx.connections().Relationships(me, ids));
    ASSIGN_OR_RETURN(auto stats, tx.mentorship().Stats(ids));
    ASSIGN_OR_RETURN(auto near, CloseTo(tx, proximity_, me, ids));

    domain::LearnerNeeds needs;
    if (search.skill) needs.focus_skills.push_back(*search.skill);
    for (std::string& s : domain::DeriveFocusSkills(self->profile)) {
      if (!ListsName(needs.focus_skills, s)) needs.focus_skills.push_back(std::move(s));
    }
    needs.fields = self->profile.fields;
    if (search.field && !ListsName(needs.fields, *search.field)) {
      needs.fields.push_back(*search.field);
    }
    needs.skills = self->profile.skills;
    needs.stage = self->profile.stage;
    const domain::Viewer viewer{me, domain::Role::kMember};

    for (auto& offer : offers) {
      auto person = people.find(offer.mentor);
      if (person == people.end() || offer.mentor == me) continue;
      const domain::Member& mentor = person->second;
      const domain::Relationship& rel = rels[offer.mentor];
      if (!mentor.profile.discoverable || rel.blocked_either_way()) continue;
      if (search.field && !ListsName(offer.fields, *search.field)) continue;
      if (search.skill && !ListsName(offer.skills, *search.skill)) continue;

      // The offer's areas are public to members; levels come from the
      // profile only when the learner may see the mentor's skills.
      const bool skills_visible =
          domain::CanSeeSection(viewer, rel, mentor.profile.visibility, domain::Section::kSkills);
      domain::MentorAreas areas;
      areas.fields = offer.fields;
      areas.stage = mentor.profile.stage;
      for (const std::string& s : offer.skills) {
        int level = 4;  // offering to mentor a skill claims a solid level
        if (skills_visible) {
          for (const domain::Skill& ps : mentor.profile.skills) {
            if (AsciiLower(ps.name) == AsciiLower(s)) level = std::max(3, ps.level);
          }
        }
        areas.skills.push_back({s, level});
      }
      const domain::MentorFit fit = domain::ScoreMentorFit(needs, areas);

      MentorMatch match;
      match.offer = MakeOfferView(offer, mentor, stats[offer.mentor]);
      match.full = match.offer.open_slots == 0;
      match.reasons = fit.Reasons();

      // Proximity: a warm path counts (up to 3 hops); the intermediary is
      // named only as CloseTo allows.
      const Closeness& near_mentor = near[offer.mentor];
      const double proximity = ClosenessScore(near_mentor);
      if (std::string r = DescribeCloseness(near_mentor); !r.empty()) {
        match.reasons.push_back(std::move(r));
      }
      const auto& median = match.offer.median_response_ms;
      if (median) match.reasons.push_back("answers in " + domain::DescribeDuration(*median));
      const int capacity = offer.capacity;
      match.reasons.push_back(match.full ? "no open slot right now"
                                         : std::to_string(match.offer.open_slots) + " of " +
                                               std::to_string(capacity) + " slot" +
                                               (capacity == 1 ? "" : "s") + " open");
      match.score = kFitWeight * fit.score + kProximityWeight * proximity +
                    kResponseWeight * ResponsivenessScore(median) +
                    kCapacityWeight * static_cast<double>(match.offer.open_slots) /
                        static_cast<double>(capacity);
      match.score = std::round(match.score * 1000) / 1000;
      ranked.push_back(std::move(match));
    }
    return Status::Ok();
  }));
  std::stable_sort(ranked.begin(), ranked.end(), [](const MentorMatch& a, const MentorMatch& b) {
    if (a.full != b.full) return !a.full;
    if (a.score != b.score) return a.score > b.score;
    return a.offer.offer.mentor < b.offer.offer.mentor;
  });
  MentorPage page;
  const size_t begin = std::min(ranked.size(), static_cast<size_t>(offset));
  const size_t end = std::min(ranked.size(), begin + static_cast<size_t>(search.limit));
  for (size_t i = begin; i < end; ++i) page.items.push_back(std::move(ranked[i]));
  if (end < ranked.size()) page.next_cursor = EncodeCursor(static_cast<int64_t>(end));
  return page;
}

// ---- Requests ----

Result<MentorshipRequestView> MentorshipService::CreateRequest(
    MemberId me, MemberId mentor, domain::MentorshipRequestInput input) {
  if (mentor == me) return ValidationError({{"mentor", "you cannot ask yourself"}});
  ASSIGN_OR_RETURN(auto clean, domain::ValidateRequestInput(std::move(input)));
  const int64_t now = clock_.NowMs();
  MentorshipRequestView v;
  RETURN_IF_ERROR(store_.Write([&](Tx& tx) -> Status {
    RETURN_IF_ERROR(ExpireFor(tx, me, now));
    ASSIGN_OR_RETURN(auto people, LoadMembers(tx, {me, mentor}));
    if (!people.contains(mentor)) return NotFoundError("mentor offer");
    ASSIGN_OR_RETURN(bool blocked, BlockedEitherWay(tx, me, mentor));
    if (blocked) return NotFoundError("mentor offer");
    ASSIGN_OR_RETURN(auto offer, tx.mentorship().GetOffer(mentor));
    if (!offer || offer->paused) return NotFoundError("mentor offer");
    ASSIGN_OR_RETURN(auto open, tx.mentorship().OpenRequestsOf(me));
    if (open.size() >= static_cast<size_t>(domain::MentorshipLimits::kMaxOpenRequests)) {
      return ConflictError("too_many_open_requests",
                           "You already have 5 open mentorship requests. Withdraw one or wait "
                           "for an answer before asking another mentor.");
    }
    ASSIGN_OR_RETURN(auto mine, tx.mentorship().ListMentorships(me));
    for (const auto& m : mine) {
      if (m.mentor == mentor && m.mentee == me && m.status == domain::MentorshipStatus::kActive) {
        return ConflictError("already_mentoring", "This member already mentors you.");
      }
    }
    ASSIGN_OR_RETURN(int active, tx.mentorship().CountActiveAsMentor(mentor));
    if (active >= offer->capacity) {
      return ConflictError("mentor_full", "This mentor has no open slot right now.");
    }
    domain::MentorshipRequest r;
    r.mentee = me;
    r.mentor = mentor;
    r.message = std::move(clean.message);
    r.goals = std::move(clean.goals);
    r.created_at = now;
    r.expires_at = now + config_.request_ttl_ms;
    ASSIGN_OR_RETURN(r.id, tx.mentorship().CreateRequest(r));
    RETURN_IF_ERROR(Emit(tx, MentorshipRequested{r.id, me, mentor, r.goals}, now, me));
    ASSIGN_OR_RETURN(v, ViewOfRequest(tx, std::move(r)));
    return Status::Ok();
  }));
  return v;
}

Result<MentorshipRequestView> MentorshipService::GetRequest(MemberId me, MentorshipRequestId id) {
  const int64_t now = clock_.NowMs();
  MentorshipRequestView v;
  RETURN_IF_ERROR(store_.Read([&](Tx& tx) -> Status {
    ASSIGN_OR_RETURN(auto r, LoadRequest(tx, me, id));
    ASSIGN_OR_RETURN(v, ViewOfRequest(tx, AsOf(std::move(r), now)));
    return Status::Ok();
  }));
  return v;
}

Result<std::vector<MentorshipRequestView>> MentorshipService::ListRequests(MemberId me,
                                                                           MentorshipRole role) {
  const int64_t now = clock_.NowMs();
  std::vector<MentorshipRequestView> out;
  RETURN_IF_ERROR(store_.Read([&](Tx& tx) -> Status {
    out.clear();
    ASSIGN_OR_RETURN(auto list, tx.mentorship().ListRequests(me, role, kListLimit));
    std::vector<MemberId> others;
    for (const auto& r : list) others.push_back(r.mentee == me ? r.mentor : r.mentee);
    ASSIGN_OR_RETURN(auto rels, tx.connections().Relationships(me, others));
    ASSIGN_OR_RETURN(auto people, LoadMembers(tx, others));
    ASSIGN_OR_RETURN(auto self, LoadMembers(tx, {me}));
    people.insert(self.begin(), self.end());
    for (auto& r : list) {
      const MemberId other = r.mentee == me ? r.mentor : r.mentee;
      if (rels[other].blocked_either_way()) continue;
      MentorshipRequestView v;
      v.mentee = SummaryOf(people, r.mentee);
      v.mentor = SummaryOf(people, r.mentor);
      v.request = AsOf(std::move(r), now);
      out.push_back(std::move(v));
    }
    return Status::Ok();
  }));
  return out;
}

Result<MentorshipRequestView> MentorshipService::Act(MemberId me, MentorshipRequestId id,
                                                     MentorshipRequestAction action,
                                                     const RequestChange& change) {
  const int64_t now = clock_.NowMs();
  MentorshipRequestView v;
  RETURN_IF_ERROR(store_.Write([&](Tx& tx) -> Status {
    RETURN_IF_ERROR(ExpireFor(tx, me, now));
    ASSIGN_OR_RETURN(auto r, LoadRequest(tx, me, id));
    ASSIGN_OR_RETURN(auto next, domain::DecideRequestTransition(r, me, action, now));
    const MentorshipRequestStatus before = r.status;
    r.status = next;
    if (!domain::IsOpen(next)) r.closed_at = now;
    if (me == r.mentor && !r.first_response_at) r.first_response_at = now;
    RETURN_IF_ERROR(change(tx, r, now));
    ASSIGN_OR_RETURN(bool changed, tx.mentorship().UpdateRequest(r, before));
    if (!changed) return ConflictError("not_open", "This request changed meanwhile; reload it.");
    ASSIGN_OR_RETURN(v, ViewOfRequest(tx, std::move(r)));
    return Status::Ok();
  }));
  return v;
}

Result<MentorshipRequestView> MentorshipService::Accept(MemberId me, MentorshipRequestId id) {
  return Act(me, id, MentorshipRequestAction::kAccept,
             [](Tx& tx, domain::MentorshipRequest& r, int64_t now) -> Status {
               ASSIGN_OR_RETURN(auto offer, tx.mentorship().GetOffer(r.mentor));
               const domain::Cadence cadence = offer ? offer->cadence : domain::Cadence::kBiweekly;
               ASSIGN_OR_RETURN(MentorshipId mid,
                                StartMentorship(tx, r.mentee, r.mentor, r.goals, cadence, r.id,
                                                std::nullopt, now));
               r.mentorship = mid;
               return Emit(tx, MentorshipAccepted{r.id, mid, r.mentee, r.mentor}, now, r.mentor);
             });
}

Result<MentorshipRequestView> MentorshipService::Decline(MemberId me, MentorshipRequestId id,
                                                         const std::string& reason) {
  ASSIGN_OR_RETURN(std::string clean,
                   DecisionText(reason, "reason", domain::MentorshipLimits::kReason));
  return Act(me, id, MentorshipRequestAction::kDecline,
             [&](Tx& tx, domain::MentorshipRequest& r, int64_t now) -> Status {
               r.decline_reason = clean;
               return Emit(tx, MentorshipDeclined{r.id, r.mentee, r.mentor, clean}, now, r.mentor);
             });
}

Result<MentorshipRequestView> MentorshipService::Withdraw(MemberId me, MentorshipRequestId id) {
  return Act(me, id, MentorshipRequestAction::kWithdraw,
             [](Tx& tx, domain::MentorshipRequest& r, int64_t now) -> Status {
               return Emit(tx, MentorshipWithdrawn{r.id, r.mentee, r.mentor}, now, r.mentee);
             });
}

Result<MentorshipRequestView> MentorshipService::AskInfo(MemberId me, MentorshipRequestId id,
                                                         const std::string& question) {
  ASSIGN_OR_RETURN(std::string clean,
                   DecisionText(question, "question", domain::MentorshipLimits::kInfo));
  return Act(
      me, id, MentorshipRequestAction::kAskInfo,
      [&](Tx& tx, domain::MentorshipRequest& r, int64_t now) -> Status {
        r.info_question = clean;
        r.info_answer.clear();
        return Emit(tx, MentorshipInfoRequested{r.id, r.mentee, r.mentor, clean}, now, r.mentor);
      });
}

Result<MentorshipRequestView> MentorshipService::Answer(MemberId me, MentorshipRequestId id,
                                                        const std::string& answer) {
  ASSIGN_OR_RETURN(std::string clean,
                   DecisionText(answer, "answer", domain::MentorshipLimits::kInfo));
  return Act(
      me, id, MentorshipRequestAction::kAnswer,
      [&](Tx& tx, domain::MentorshipRequest& r, int64_t now) -> Status {
        r.info_answer = clean;
        r.expires_at = now + config_.request_ttl_ms;  // the mentor gets a full period again
        return Emit(tx, MentorshipInfoAnswered{r.id, r.mentee, r.mentor, clean}, now, r.mentee);
      });
}

// ---- Mentorships ----

Result<std::vector<MentorshipView>> MentorshipService::ListMentorships(MemberId me) {
  const int64_t now = clock_.NowMs();
  std::vector<MentorshipView> out;
  RETURN_IF_ERROR(store_.Read([&](Tx& tx) -> Status {
    out.clear();
    ASSIGN_OR_RETURN(auto list, tx.mentorship().ListMentorships(me));
    std::vector<MemberId> others;
    for (const auto& m : list) others.push_back(domain::OtherParty(me, m));
    ASSIGN_OR_RETURN(auto rels, tx.connections().Relationships(me, others));
    for (auto& m : list) {
      if (rels[domain::OtherParty(me, m)].blocked_either_way()) continue;
      ASSIGN_OR_RETURN(MentorshipView v, MentorshipViewOf(tx, std::move(m), now));
      out.push_back(std::move(v));
    }
    return Status::Ok();
  }));
  return out;
}

Result<MentorshipView> MentorshipService::GetMentorship(MemberId me, MentorshipId id) {
  const int64_t now = clock_.NowMs();
  MentorshipView v;
  RETURN_IF_ERROR(store_.Read([&](Tx& tx) -> Status {
    ASSIGN_OR_RETURN(auto m, LoadMentorship(tx, me, id));
    ASSIGN_OR_RETURN(v, MentorshipViewOf(tx, std::move(m), now));
    return Status::Ok();
  }));
  return v;
}

Result<MentorshipView> MentorshipService::AddGoal(MemberId me, MentorshipId id,
                                                  const std::string& text) {
  ASSIGN_OR_RETURN(std::string clean, domain::NormalizeGoal(text));
  const int64_t now = clock_.NowMs();
  MentorshipView v;
  RETURN_IF_ERROR(store_.Write([&](Tx& tx) -> Status {
    ASSIGN_OR_RETURN(auto m, LoadMentorship(tx, me, id));
    RETURN_IF_ERROR(RequireActive(m));
    if (m.goals.size() >= kMaxGoalsPerMentorship) {
      return ConflictError("too_many_goals", "A mentorship has at most 10 goals.");
    }
    RETURN_IF_ERROR(tx.mentorship().AddGoal(id, clean, now));
    ASSIGN_OR_RETURN(auto fresh, LoadMentorship(tx, me, id));
    ASSIGN_OR_RETURN(v, MentorshipViewOf(tx, std::move(fresh), now));
    return Status::Ok();
  }));
  return v;
}

Result<MentorshipView> MentorshipService::UpdateGoal(MemberId me, MentorshipId id, int64_t goal,
                                                     const GoalChange& change) {
  std::optional<std::string> text;
  if (change.text) {
    ASSIGN_OR_RETURN(text, domain::NormalizeGoal(*change.text));
  }
  const int64_t now = clock_.NowMs();
  MentorshipView v;
  RETURN_IF_ERROR(store_.Write([&](Tx& tx) -> Status {
    ASSIGN_OR_RETURN(auto m, LoadMentorship(tx, me, id));
    RETURN_IF_ERROR(RequireActive(m));
    auto it = std::find_if(m.goals.begin(), m.goals.end(),
                           [&](const domain::MentorshipGoal& g) { return g.id == goal; });
    if (it == m.goals.end()) return NotFoundError("goal");
    if (text) it->text = *text;
    if (change.status) it->status = *change.status;
    it->updated_at = now;
    ASSIGN_OR_RETURN(bool changed, tx.mentorship().UpdateGoal(id, *it));
    if (!changed) return NotFoundError("goal");
    ASSIGN_OR_RETURN(v, MentorshipViewOf(tx, std::move(m), now));
    return Status::Ok();
  }));
  return v;
}

Result<MentorshipView> MentorshipService::DeleteGoal(MemberId me, MentorshipId id, int64_t goal) {
  const int64_t now = clock_.NowMs();
  MentorshipView v;
  RETURN_IF_ERROR(store_.Write([&](Tx& tx) -> Status {
    ASSIGN_OR_RETURN(auto m, LoadMentorship(tx, me, id));
    RETURN_IF_ERROR(RequireActive(m));
    ASSIGN_OR_RETURN(bool deleted, tx.mentorship().DeleteGoal(id, goal));
    if (!deleted) return NotFoundError("goal");
    ASSIGN_OR_RETURN(auto fresh, LoadMentorship(tx, me, id));
    ASSIGN_OR_RETURN(v, MentorshipViewOf(tx, std::move(fresh), now));
    return Status::Ok();
  }));
  return v;
}

Result<MentorshipView> MentorshipService::AddCheckIn(MemberId me, MentorshipId id,
                                                     domain::CheckIn input) {
  const int64_t now = clock_.NowMs();
  MentorshipView v;
  RETURN_IF_ERROR(store_.Write([&](Tx& tx) -> Status {
    ASSIGN_OR_RETURN(auto m, LoadMentorship(tx, me, id));
    RETURN_IF_ERROR(RequireActive(m));
    input.mentorship = id;
    input.author = me;
    input.created_at = now;
    ASSIGN_OR_RETURN(domain::CheckIn clean,
                     domain::ValidateCheckIn(std::move(input), domain::IsoDateOf(now),
                                             domain::IsoDateOf(m.started_at)));
    RETURN_IF_ERROR(tx.mentorship().AddCheckIn(clean));
    m.last_check_in_at = now;
    RETURN_IF_ERROR(tx.mentorship().UpdateMentorship(m));
    RETURN_IF_ERROR(
        Emit(tx, CheckInLogged{id, me, domain::OtherParty(me, m), clean.date, clean.next_steps},
             now, me));
    ASSIGN_OR_RETURN(v, MentorshipViewOf(tx, std::move(m), now));
    return Status::Ok();
  }));
  return v;
}

Result<MentorshipView> MentorshipService::End(MemberId me, MentorshipId id,
                                              const std::string& note) {
  std::vector<FieldError> errors;
  std::string clean =
      domain::CheckText(note, "note", domain::MentorshipLimits::kEndNote, false, errors);
  if (!errors.empty()) return ValidationError(std::move(errors));
  const int64_t now = clock_.NowMs();
  MentorshipView v;
  RETURN_IF_ERROR(store_.Write([&](Tx& tx) -> Status {
    ASSIGN_OR_RETURN(auto m, LoadMentorship(tx, me, id));
    RETURN_IF_ERROR(RequireActive(m));
    m.status = domain::MentorshipStatus::kEnded;
    m.ended_at = now;
    m.ended_by = me;
    m.end_note = clean;
    RETURN_IF_ERROR(tx.mentorship().UpdateMentorship(m));
    RETURN_IF_ERROR(Emit(tx, MentorshipEnded{id, me, domain::OtherParty(me, m)}, now, me));
    ASSIGN_OR_RETURN(v, MentorshipViewOf(tx, std::move(m), now));
    return Status::Ok();
  }));
  return v;
}

Result<MentorshipView> MentorshipService::LeaveFeedback(MemberId me, MentorshipId id,
                                                        domain::CompletionFeedback input) {
  input.mentorship = id;
  input.author = me;
  ASSIGN_OR_RETURN(auto clean, domain::ValidateCompletionFeedback(std::move(input)));
  const int64_t now = clock_.NowMs();
  clean.created_at = now;
  MentorshipView v;
  RETURN_IF_ERROR(store_.Write([&](Tx& tx) -> Status {
    ASSIGN_OR_RETURN(auto m, LoadMentorship(tx, me, id));
    if (m.status != domain::MentorshipStatus::kEnded) {
      return ConflictError("still_active", "Feedback is left once the mentorship has ended.");
    }
    RETURN_IF_ERROR(tx.mentorship().AddFeedback(clean));
    ASSIGN_OR_RETURN(v, MentorshipViewOf(tx, std::move(m), now));
    return Status::Ok();
  }));
  return v;
}

Result<MentorshipView> MentorshipService::SetAlumniVisible(MemberId me, MentorshipId id,
                                                           bool visible) {
  const int64_t now = clock_.NowMs();
  MentorshipView v;
  RETURN_IF_ERROR(store_.Write([&](Tx& tx) -> Status {
    ASSIGN_OR_RETURN(auto m, LoadMentorship(tx, me, id));
    (me == m.mentor ? m.mentor_shows_alumni : m.mentee_shows_alumni) = visible;
    RETURN_IF_ERROR(tx.mentorship().UpdateMentorship(m));
    ASSIGN_OR_RETURN(v, MentorshipViewOf(tx, std::move(m), now));
    return Status::Ok();
  }));
  return v;
}

Result<MentorshipView> MentorshipService::SetAlumniCheckIn(MemberId me, MentorshipId id,
                                                           int every_months) {
  RETURN_IF_ERROR(domain::ValidateAlumniInterval(every_months));
  const int64_t now = clock_.NowMs();
  MentorshipView v;
  RETURN_IF_ERROR(store_.Write([&](Tx& tx) -> Status {
    ASSIGN_OR_RETURN(auto m, LoadMentorship(tx, me, id));
    RETURN_IF_ERROR(RequireEnded(m));
    if (every_months == 0) {
      RETURN_IF_ERROR(tx.mentorship().DeleteAlumniPlan(id, me));
    } else {
      // Changing the interval keeps the clock where it was; opting in starts it.
      ASSIGN_OR_RETURN(auto plans, tx.mentorship().ListAlumniPlans(id));
      int64_t since = now;
      for (const domain::AlumniPlan& p : plans) {
        if (p.member == me) since = p.since;
      }
      RETURN_IF_ERROR(tx.mentorship().PutAlumniPlan({id, me, every_months, since}));
    }
    ASSIGN_OR_RETURN(v, MentorshipViewOf(tx, std::move(m), now));
    return Status::Ok();
  }));
  return v;
}

Result<MentorshipView> MentorshipService::AddAlumniCheckIn(MemberId me, MentorshipId id,
                                                           const std::string& note) {
  ASSIGN_OR_RETURN(std::string clean, domain::ValidateAlumniNote(note));
  const int64_t now = clock_.NowMs();
  MentorshipView v;
  RETURN_IF_ERROR(store_.Write([&](Tx& tx) -> Status {
    ASSIGN_OR_RETURN(auto m, LoadMentorship(tx, me, id));
    RETURN_IF_ERROR(RequireEnded(m));
    domain::AlumniCheckIn c;
    c.mentorship = id;
    c.author = me;
    c.note = clean;
    c.created_at = now;
    ASSIGN_OR_RETURN(c.id, tx.mentorship().AddAlumniCheckIn(c));
    RETURN_IF_ERROR(
        Emit(tx, AlumniCheckInLogged{id, me, domain::OtherParty(me, m), clean}, now, me));
    ASSIGN_OR_RETURN(v, MentorshipViewOf(tx, std::move(m), now));
    return Status::Ok();
  }));
  return v;
}

Result<std::vector<AlumniTie>> MentorshipService::ListAlumni(const domain::Viewer& viewer,
                                                             MemberId member) {
  std::vector<AlumniTie> out;
  RETURN_IF_ERROR(store_.Read([&](Tx& tx) -> Status {
    out.clear();
    ASSIGN_OR_RETURN(auto owner, tx.members().Get(member));
    if (!owner) return NotFoundError("member");
    if (viewer.id && *viewer.id != member) {
      ASSIGN_OR_RETURN(bool blocked, BlockedEitherWay(tx, *viewer.id, member));
      if (blocked) return NotFoundError("member");
    }
    ASSIGN_OR_RETURN(auto ties, tx.mentorship().ListAlumni(member));
    std::vector<MemberId> others;
    for (const auto& m : ties) others.push_back(domain::OtherParty(member, m));
    std::unordered_map<MemberId, domain::Relationship> rels;
    if (viewer.id) {
      ASSIGN_OR_RETURN(rels, tx.connections().Relationships(*viewer.id, others));
    }
    // A block between the two former partners ends the public tie for everyone.
    std::unordered_map<MemberId, domain::Relationship> owner_rels;
    if (!others.empty()) {
      ASSIGN_OR_RETURN(owner_rels, tx.connections().Relationships(member, others));
    }
    ASSIGN_OR_RETURN(auto people, LoadMembers(tx, others));
    for (const auto& m : ties) {
      const MemberId other = domain::OtherParty(member, m);
      if (viewer.id && rels[other].blocked_either_way()) continue;
      if (owner_rels[other].blocked_either_way()) continue;
      AlumniTie t;
      t.mentorship = m.id;
      t.other = SummaryOf(people, other);
      t.role = member == m.mentor ? "mentor" : "mentee";
      t.started_at = m.started_at;
      t.ended_at = m.ended_at.value_or(0);
      out.push_back(std::move(t));
    }
    return Status::Ok();
  }));
  return out;
}

Result<int> MentorshipService::Sweep() {
  const int64_t now = clock_.NowMs();
  int done = 0;
  RETURN_IF_ERROR(store_.Write([&](Tx& tx) -> Status {
    done = 0;
    ASSIGN_OR_RETURN(auto expired, tx.mentorship().ExpireRequests(now, std::nullopt));
    RETURN_IF_ERROR(TellExpired(tx, expired, now));
    done += static_cast<int>(expired.size());
    ASSIGN_OR_RETURN(auto active, tx.mentorship().ListActive());
    for (const auto& m : active) {
      const int64_t period = domain::OverduePeriod(m, now);
      if (period == 0) continue;
      const std::string key = "mentorship.check_in_overdue:" + std::to_string(m.id.value()) + ":" +
                              std::to_string(domain::NextCheckInDue(m)) + ":" +
                              std::to_string(period);
      // Recorded once per period however often the sweep runs (the key).
      RETURN_IF_ERROR(Emit(
          tx,
          CheckInOverdue{m.id, m.mentor, m.mentee, std::string(domain::ToString(m.cadence)), key},
          now, std::nullopt, key));
      ++done;
    }
    // Light alumni check-ins: one reminder per due period (the key carries
    // the due time, which a new note moves on).
    ASSIGN_OR_RETURN(auto plans, tx.mentorship().ListAlumniPlansDue());
    for (const AlumniPlanDue& d : plans) {
      const int64_t due = domain::AlumniCheckInDue(d.plan, d.ended_at, d.last_check_in);
      if (now < due) continue;
      ASSIGN_OR_RETURN(bool blocked, BlockedEitherWay(tx, d.plan.member, d.other));
      if (blocked) continue;
      const std::string key =
          "mentorship.alumni_check_in:" + std::to_string(d.plan.mentorship.value()) + ":" +
          std::to_string(d.plan.member.value()) + ":" + std::to_string(due);
      RETURN_IF_ERROR(Emit(
          tx, AlumniCheckInDue{d.plan.mentorship, d.plan.member, d.other, d.plan.every_months, due},
          now, std::nullopt, key));
      ++done;
    }
    return Status::Ok();
  }));
  return done;
}

}  // namespace pln::app
