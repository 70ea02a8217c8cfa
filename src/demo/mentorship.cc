#include "demo/mentorship.h"

#include <algorithm>

#include "app/events/ports.h"
#include "demo/plan.h"
#include "domain/feedback.h"
#include "domain/mentorship.h"

namespace pln::demo {

using app::MemberScan;
using app::Tx;
namespace {

constexpr int64_t kDayMs = 24LL * 3600 * 1000;
constexpr size_t kMaxOffers = 40;

domain::MentorOffer OfferFor(const domain::Member& m, int64_t now) {
  domain::MentorOffer o;
  o.mentor = m.id;
  for (const std::string& f : m.profile.fields) {
    if (o.fields.size() < 3) o.fields.push_back(f);
  }
  for (const domain::Skill& s : m.profile.skills) {
    if (s.level >= 3 && o.skills.size() < 6) o.skills.push_back(s.name);
  }
  if (o.fields.empty() && o.skills.empty()) o.skills.push_back("Career planning");
  o.help = "Happy to help you find your way into " +
           (o.fields.empty() ? std::string("the field") : o.fields[0]) +
           ": portfolio reviews, interview practice and a plan for your first year.";
  const int64_t id = m.id.value();
  o.format = id % 3 == 0 ? domain::MentorFormat::kChat : domain::MentorFormat::kVideo;
  o.cadence = id % 2 == 0 ? domain::Cadence::kBiweekly : domain::Cadence::kMonthly;
  o.capacity = 1 + static_cast<int>(id % 4);
  o.created_at = o.updated_at = now - (5 + id % 20) * kDayMs;
  return o;
}

domain::MentorshipRequest Request(MemberId mentee, MemberId mentor, std::vector<std::string> goals,
                                  int64_t at) {
  domain::MentorshipRequest r;
  r.mentee = mentee;
  r.mentor = mentor;
  r.message = "I finished my degree this year and would love guidance on my first steps.";
  r.goals = std::move(goals);
  r.created_at = at;
  r.expires_at = at + 14 * kDayMs;
  return r;
}

}  // namespace

Result<DemoMentorshipSummary> SeedDemoMentorship(app::Store& store, const Clock& clock) {
  const int64_t now = clock.NowMs();
  DemoMentorshipSummary summary;
  RETURN_IF_ERROR(store.Write([&](Tx& tx) -> Status {
    summary = {};
    ASSIGN_OR_RETURN(auto existing, tx.mentorship().ListOpenOffers());
    if (!existing.empty()) return Status::Ok();
    ASSIGN_OR_RETURN(auto demo, tx.members().FindAccountByEmail(kDemoEmail));
    MemberScan scan;
    scan.limit = 1000;
    scan.open_to = "mentoring";
    ASSIGN_OR_RETURN(auto members, tx.members().Scan(scan));
    std::vector<domain::Member> mentors;
    for (auto& m : members) {
      if (m.profile.stage != domain::CareerStage::kLearner && (!demo || m.id != demo->id) &&
          mentors.size() < kMaxOffers) {
        mentors.push_back(std::move(m));
      }
    }
    for (const domain::Member& m : mentors) {
      ASSIGN_OR_RETURN(domain::MentorOffer offer, domain::ValidateOffer(OfferFor(m, now)));
      RETURN_IF_ERROR(tx.mentorship().PutOffer(offer));
      ++summary.offers;
    }
    if (!demo || mentors.size() < 4) return Status::Ok();
    std::vector<MemberId> candidates;
    for (const domain::Member& m : mentors) {
      ASSIGN_OR_RETURN(auto rels, tx.connections().Relationships(demo->id, {m.id}));
      if (!rels[m.id].blocked_either_way()) candidates.push_back(m.id);
      if (candidates.size() == 5) break;
    }
    if (candidates.size() < 4) return Status::Ok();
    const MemberId me = demo->id;
    using S = domain::MentorshipRequestStatus;
    // Every write records the event its service would, dated when it
    // happened, so both sides' notifications tell the same history (issue 16).
    const auto asked = [&](const domain::MentorshipRequest& r) {
      return app::Emit(tx, app::MentorshipRequested{r.id, r.mentee, r.mentor, r.goals},
                       r.created_at, r.mentee);
    };

    // An accepted request and its active mentorship with two check-ins.
    domain::MentorshipRequest accepted = Request(
        me, candidates[0], {"Build a portfolio", "Prepare for interviews"}, now - 30 * kDayMs);
    ASSIGN_OR_RETURN(accepted.id, tx.mentorship().CreateRequest(accepted));
    RETURN_IF_ERROR(asked(accepted));
    domain::Mentorship m;
    m.mentor = candidates[0];
    m.mentee = me;
    m.request = accepted.id;
    m.cadence = domain::Cadence::kBiweekly;
    m.started_at = now - 28 * kDayMs;
    m.goals = {{0, "Build a portfolio", domain::GoalStatus::kInProgress, m.started_at},
               {0, "Prepare for interviews", domain::GoalStatus::kOpen, m.started_at}};
    ASSIGN_OR_RETURN(m.id, tx.mentorship().CreateMentorship(m));
    accepted.status = S::kAccepted;
    accepted.mentorship = m.id;
    accepted.first_response_at = accepted.closed_at = m.started_at;
    RETURN_IF_ERROR(tx.mentorship().UpdateRequest(accepted, S::kPending));
    RETURN_IF_ERROR(app::Emit(tx, app::MentorshipAccepted{accepted.id, m.id, me, m.mentor},
                              m.started_at, m.mentor));
    const struct {
      int days_ago;
      MemberId author;
      const char* notes;
      const char* next;
    } check_ins[] = {
        {21, me, "First call: we picked **two projects** for the portfolio.",
         "Draft the first case study."},
        {7, candidates[0], "Reviewed the first case study; strong problem statement.",
         "Add outcomes with numbers."},
    };
    for (const auto& c : check_ins) {
      const int64_t at = now - c.days_ago * kDayMs;
      RETURN_IF_ERROR(tx.mentorship().AddCheckIn(
          {0, m.id, c.author, domain::IsoDateOf(at), c.notes, c.next, at}));
      RETURN_IF_ERROR(app::Emit(tx,
                                app::CheckInLogged{m.id, c.author, c.author == me ? m.mentor : me,
                                                   domain::IsoDateOf(at), c.next},
                                at, c.author));
      m.last_check_in_at = at;
    }
    RETURN_IF_ERROR(tx.mentorship().UpdateMentorship(m));

    // A pending request, a declined one and one that expired.
    domain::MentorshipRequest pending = Request(me, candidates[1], {"Learn SQL"}, now - 2 * kDayMs);
    ASSIGN_OR_RETURN(pending.id, tx.mentorship().CreateRequest(pending));
    RETURN_IF_ERROR(asked(pending));
    domain::MentorshipRequest declined =
        Request(me, candidates[2], {"Switch to data engineering"}, now - 20 * kDayMs);
    ASSIGN_OR_RETURN(declined.id, tx.mentorship().CreateRequest(declined));
    RETURN_IF_ERROR(asked(declined));
    declined.status = S::kDeclined;
    declined.decline_reason = "My slots are full this quarter; try again in spring.";
    declined.first_response_at = declined.closed_at = now - 18 * kDayMs;
    RETURN_IF_ERROR(tx.mentorship().UpdateRequest(declined, S::kPending));
    RETURN_IF_ERROR(app::Emit(
        tx, app::MentorshipDeclined{declined.id, me, declined.mentor, declined.decline_reason},
        *declined.closed_at, declined.mentor));
    domain::MentorshipRequest expired =
        Request(me, candidates[3], {"Find an internship"}, now - 40 * kDayMs);
    ASSIGN_OR_RETURN(expired.id, tx.mentorship().CreateRequest(expired));
    RETURN_IF_ERROR(asked(expired));
    expired.status = S::kExpired;
    expired.closed_at = expired.expires_at;
    RETURN_IF_ERROR(tx.mentorship().UpdateRequest(expired, S::kPending));
    RETURN_IF_ERROR(app::Emit(tx, app::MentorshipRequestExpired{expired.id, me, expired.mentor},
                              expired.expires_at));
    summary.requests = 4;
    summary.mentorships = 1;

    // An earlier mentorship, ended, that stays an alumni tie shown on both
    // profiles, with a light check-in every 6 months and one note.
    if (candidates.size() < 5) return Status::Ok();
    domain::Mentorship past;
    past.mentor = candidates[4];
    past.mentee = me;
    past.cadence = domain::Cadence::kMonthly;
    past.started_at = now - 200 * kDayMs;
    past.goals = {{0, "Choose a first specialisation", domain::GoalStatus::kDone, past.started_at}};
    ASSIGN_OR_RETURN(past.id, tx.mentorship().CreateMentorship(past));
    RETURN_IF_ERROR(
        app::Emit(tx, app::MentorshipStarted{past.id, me, past.mentor}, past.started_at));
    past.status = domain::MentorshipStatus::kEnded;
    past.ended_at = now - 100 * kDayMs;
    past.ended_by = me;
    past.end_note = "We reached the goal we set.";
    past.mentor_shows_alumni = past.mentee_shows_alumni = true;
    RETURN_IF_ERROR(tx.mentorship().UpdateMentorship(past));
    RETURN_IF_ERROR(
        app::Emit(tx, app::MentorshipEnded{past.id, me, past.mentor}, *past.ended_at, me));
    RETURN_IF_ERROR(tx.mentorship().PutAlumniPlan({past.id, me, 6, *past.ended_at}));
    const std::string note = "How is the new course going? Happy to look at your **capstone**.";
    RETURN_IF_ERROR(
        tx.mentorship().AddAlumniCheckIn({0, past.id, candidates[4], note, now - 40 * kDayMs}));
    RETURN_IF_ERROR(app::Emit(tx, app::AlumniCheckInLogged{past.id, candidates[4], me, note},
                              now - 40 * kDayMs, candidates[4]));
    summary.mentorships = 2;
    return Status::Ok();
  }));
  return summary;
}

}  // namespace pln::demo
