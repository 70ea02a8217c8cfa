#include "domain/mentorship.h"

#include <gtest/gtest.h>

namespace pln::domain {
namespace {

constexpr int64_t kDay = 24LL * 3600 * 1000;

bool HasField(const Error& e, const std::string& field) {
  for (const FieldError& d : e.details()) {
    if (d.field == field) return true;
  }
  return false;
}

MentorOffer ValidOffer() {
  MentorOffer o;
  o.mentor = MemberId(1);
  o.fields = {" Data  Science ", "data science", "UX"};
  o.skills = {"SQL"};
  o.help = "  Career changes into analytics.  ";
  o.capacity = 3;
  return o;
}

MentorshipRequest Pending() {
  MentorshipRequest r;
  r.id = MentorshipRequestId(1);
  r.mentee = MemberId(10);
  r.mentor = MemberId(20);
  r.goals = {"Learn SQL"};
  r.created_at = 0;
  r.expires_at = 14 * kDay;
  return r;
}

TEST(MentorOffer, NormalisesAndDropsDuplicates) {
  auto r = ValidateOffer(ValidOffer());
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->fields, (std::vector<std::string>{"Data Science", "UX"}));
  EXPECT_EQ(r->help, "Career changes into analytics.");
}

TEST(MentorOffer, RejectsBadCapacityEmptyAreasAndHelp) {
  MentorOffer o = ValidOffer();
  o.capacity = 21;
  o.fields.clear();
  o.skills.clear();
  o.help = " ";
  auto r = ValidateOffer(o);
  ASSERT_FALSE(r.ok());
  EXPECT_TRUE(HasField(r.error(), "capacity"));
  EXPECT_TRUE(HasField(r.error(), "skills"));
  EXPECT_TRUE(HasField(r.error(), "help"));
  o = ValidOffer();
  o.capacity = 0;
  EXPECT_FALSE(ValidateOffer(o).ok());
  o.capacity = 20;
  EXPECT_TRUE(ValidateOffer(o).ok());
}

TEST(MentorOffer, LimitsTheNumberOfSkills) {
  MentorOffer o = ValidOffer();
  o.skills.assign(21, "x");
  auto r = ValidateOffer(o);
  ASSERT_FALSE(r.ok());
  EXPECT_TRUE(HasField(r.error(), "skills"));
}

TEST(MentorshipRequestInput, NeedsMessageAndOneToFiveGoals) {
  auto bad = ValidateRequestInput({"", {}});
  ASSERT_FALSE(bad.ok());
  EXPECT_TRUE(HasField(bad.error(), "message"));
  EXPECT_TRUE(HasField(bad.error(), "goals"));
  auto six = ValidateRequestInput({"hi", {"a", "b", "c", "d", "e", "f"}});
  ASSERT_FALSE(six.ok());
  EXPECT_TRUE(HasField(six.error(), "goals"));
  auto ok = ValidateRequestInput({" hi ", {" Learn  SQL", "learn sql", "Portfolio"}});
  ASSERT_TRUE(ok.ok());
  EXPECT_EQ(ok->goals, (std::vector<std::string>{"Learn SQL", "Portfolio"}));
  auto control = ValidateRequestInput({"hi", {"bad\x01goal"}});
  ASSERT_FALSE(control.ok());
  EXPECT_TRUE(HasField(control.error(), "goals[0]"));
}

TEST(MentorshipRequestTransition, MentorDecidesMenteeWithdraws) {
  using A = MentorshipRequestAction;
  using S = MentorshipRequestStatus;
  MentorshipRequest r = Pending();
  EXPECT_EQ(*DecideRequestTransition(r, r.mentor, A::kAccept, 1), S::kAccepted);
  EXPECT_EQ(*DecideRequestTransition(r, r.mentor, A::kDecline, 1), S::kDeclined);
  EXPECT_EQ(*DecideRequestTransition(r, r.mentor, A::kAskInfo, 1), S::kInfoRequested);
  EXPECT_EQ(*DecideRequestTransition(r, r.mentee, A::kWithdraw, 1), S::kWithdrawn);
  auto wrong = DecideRequestTransition(r, r.mentee, A::kAccept, 1);
  ASSERT_FALSE(wrong.ok());
  EXPECT_EQ(wrong.error().kind(), ErrorKind::kForbidden);
  auto stranger = DecideRequestTransition(r, MemberId(99), A::kAccept, 1);
  ASSERT_FALSE(stranger.ok());
  EXPECT_EQ(stranger.error().kind(), ErrorKind::kNotFound);
  auto mentor_withdraw = DecideRequestTransition(r, r.mentor, A::kWithdraw, 1);
  EXPECT_EQ(mentor_withdraw.error().kind(), ErrorKind::kForbidden);
}

TEST(MentorshipRequestTransition, InfoRoundTrip) {
  using A = MentorshipRequestAction;
  using S = MentorshipRequestStatus;
  MentorshipRequest r = Pending();
  auto answer_early = DecideRequestTransition(r, r.mentee, A::kAnswer, 1);
  EXPECT_EQ(answer_early.error().code(), "not_waiting_for_info");
  r.status = S::kInfoRequested;
  EXPECT_EQ(DecideRequestTransition(r, r.mentor, A::kAskInfo, 1).error().code(), "already_asked");
  EXPECT_EQ(*DecideRequestTransition(r, r.mentee, A::kAnswer, 1), S::kPending);
  EXPECT_EQ(*DecideRequestTransition(r, r.mentor, A::kAccept, 1), S::kAccepted);
}

TEST(MentorshipRequestTransition, ClosedAndExpiredRequestsAreFinal) {
  using A = MentorshipRequestAction;
  using S = MentorshipRequestStatus;
  for (S closed : {S::kAccepted, S::kDeclined, S::kWithdrawn, S::kExpired, S::kMatchedElsewhere}) {
    MentorshipRequest r = Pending();
    r.status = closed;
    auto res = DecideRequestTransition(r, r.mentor, A::kAccept, 1);
    ASSERT_FALSE(res.ok());
    EXPECT_EQ(res.error().code(), "not_open");
    EXPECT_FALSE(IsOpen(closed));
  }
  MentorshipRequest r = Pending();
  auto late = DecideRequestTransition(r, r.mentor, A::kAccept, 14 * kDay);
  EXPECT_EQ(late.error().code(), "expired");
  EXPECT_TRUE(DecideRequestTransition(r, r.mentor, A::kAccept, 14 * kDay - 1).ok());
}

TEST(MentorshipStatusNames, RoundTrip) {
  using S = MentorshipRequestStatus;
  for (S s : {S::kPending, S::kInfoRequested, S::kAccepted, S::kDeclined, S::kWithdrawn,
              S::kExpired, S::kMatchedElsewhere}) {
    EXPECT_EQ(ParseMentorshipRequestStatus(ToString(s)), s);
  }
  EXPECT_FALSE(ParseMentorshipRequestStatus("Pending").has_value());
  EXPECT_EQ(ParseCadence("weekly"), Cadence::kWeekly);
  EXPECT_EQ(ParseMentorFormat("in_person"), MentorFormat::kInPerson);
  EXPECT_EQ(ParseGoalStatus("in_progress"), GoalStatus::kInProgress);
  EXPECT_FALSE(ParseGoalStatus("finished").has_value());
}

TEST(Mentorship, GoalsOverlapIgnoresCaseAndSpaces) {
  EXPECT_TRUE(GoalsOverlap({"Learn  SQL", "x"}, {"learn sql"}));
  EXPECT_FALSE(GoalsOverlap({"Learn SQL"}, {"Learn Python"}));
  EXPECT_FALSE(GoalsOverlap({}, {"a"}));
}

TEST(Mentorship, MedianAndDurations) {
  EXPECT_FALSE(Median({}).has_value());
  EXPECT_EQ(Median({5, 1, 3}), 3);
  EXPECT_EQ(Median({4, 1, 3, 2}), 2);
  EXPECT_EQ(DescribeDuration(10 * 60 * 1000), "under an hour");
  EXPECT_EQ(DescribeDuration(3 * 3600 * 1000), "about 3 hours");
  EXPECT_EQ(DescribeDuration(2 * kDay), "about 2 days");
}

TEST(Mentorship, OverdueCheckInsFollowTheCadence) {
  Mentorship m;
  m.mentor = MemberId(1);
  m.mentee = MemberId(2);
  m.cadence = Cadence::kWeekly;
  m.started_at = 0;
  EXPECT_EQ(NextCheckInDue(m), 7 * kDay);
  EXPECT_FALSE(CheckInOverdue(m, 7 * kDay));
  EXPECT_TRUE(CheckInOverdue(m, 7 * kDay + 1));
  EXPECT_EQ(OverduePeriod(m, 7 * kDay + 1), 1);
  EXPECT_EQ(OverduePeriod(m, 14 * kDay + 1), 2);
  m.last_check_in_at = 10 * kDay;
  EXPECT_FALSE(CheckInOverdue(m, 15 * kDay));
  m.status = MentorshipStatus::kEnded;
  EXPECT_FALSE(CheckInOverdue(m, 100 * kDay));
  EXPECT_EQ(OverduePeriod(m, 100 * kDay), 0);
  EXPECT_EQ(OtherParty(MemberId(1), m), MemberId(2));
  EXPECT_TRUE(IsParty(MemberId(2), m));
  EXPECT_FALSE(IsParty(MemberId(3), m));
}

TEST(Mentorship, AlumniTieNeedsBothSidesAndAnEnd) {
  Mentorship m;
  m.mentor_shows_alumni = true;
  m.mentee_shows_alumni = true;
  EXPECT_FALSE(AlumniTieVisible(m));  // still active
  m.status = MentorshipStatus::kEnded;
  EXPECT_TRUE(AlumniTieVisible(m));
  m.mentee_shows_alumni = false;
  EXPECT_FALSE(AlumniTieVisible(m));
}

TEST(CheckIn, DateMustBeRealPastAndAfterStart) {
  CheckIn c;
  c.date = "2030-02-30";
  c.notes = "Talked";
  EXPECT_TRUE(HasField(ValidateCheckIn(c, "2030-03-01", "2030-01-01").error(), "date"));
  c.date = "2030-03-02";
  EXPECT_TRUE(HasField(ValidateCheckIn(c, "2030-03-01", "2030-01-01").error(), "date"));
  c.date = "2029-12-31";
  EXPECT_TRUE(HasField(ValidateCheckIn(c, "2030-03-01", "2030-01-01").error(), "date"));
  c.date = "2030-03-01";
  EXPECT_TRUE(ValidateCheckIn(c, "2030-03-01", "2030-01-01").ok());
  c.notes = "";
  EXPECT_TRUE(HasField(ValidateCheckIn(c, "2030-03-01", "2030-01-01").error(), "notes"));
}

TEST(CompletionFeedback, HelpfulnessOneToFiveAndWentWellRequired) {
  CompletionFeedback f;
  f.helpfulness = 6;
  auto r = ValidateCompletionFeedback(f);
  ASSERT_FALSE(r.ok());
  EXPECT_TRUE(HasField(r.error(), "helpfulness"));
  EXPECT_TRUE(HasField(r.error(), "went_well"));
  f.helpfulness = 5;
  f.went_well = "Clear plan";
  EXPECT_TRUE(ValidateCompletionFeedback(f).ok());
}

TEST(AlumniCheckIn, IntervalsNoteAndDueDate) {
  for (int ok : {0, 3, 6}) EXPECT_TRUE(ValidateAlumniInterval(ok).ok()) << ok;
  for (int bad : {-3, 1, 12}) {
    Status s = ValidateAlumniInterval(bad);
    ASSERT_FALSE(s.ok()) << bad;
    EXPECT_TRUE(HasField(s.error(), "every_months"));
  }
  EXPECT_EQ(*ValidateAlumniNote("  Landed the job!  "), "Landed the job!");
  EXPECT_TRUE(HasField(ValidateAlumniNote("   ").error(), "note"));
  EXPECT_TRUE(HasField(ValidateAlumniNote(std::string(501, 'x')).error(), "note"));

  constexpr int64_t kDay = 24LL * 3600 * 1000;
  AlumniPlan plan{MentorshipId(1), MemberId(2), 3, 10 * kDay};
  // From the end of the mentorship, the opt-in or the last note, whichever is latest.
  EXPECT_EQ(AlumniCheckInDue(plan, 5 * kDay, std::nullopt), 101 * kDay);
  EXPECT_EQ(AlumniCheckInDue(plan, 20 * kDay, std::nullopt), 111 * kDay);
  EXPECT_EQ(AlumniCheckInDue(plan, 20 * kDay, 30 * kDay), 121 * kDay);
  plan.every_months = 6;
  EXPECT_EQ(AlumniCheckInDue(plan, 0, std::nullopt), 192 * kDay);
}

}  // namespace
}  // namespace pln::domain
