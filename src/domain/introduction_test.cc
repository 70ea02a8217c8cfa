#include "domain/introduction.h"

#include <gtest/gtest.h>

namespace pln::domain {
namespace {

constexpr int64_t kDay = 24LL * 3600 * 1000;
const MemberId kA(1), kB(2), kC(3), kStranger(4);

Introduction Requested() {
  Introduction i;
  i.id = IntroductionId(7);
  i.requester = kA;
  i.broker = kB;
  i.target = kC;
  i.note = "We met at the meetup; C hires analysts.";
  i.blurb = "A is a junior analyst moving into data engineering.";
  i.created_at = 0;
  i.expires_at = IntroductionLimits::kOpenMs;
  return i;
}

Introduction Forwarded() {
  Introduction i = Requested();
  i.status = IntroductionStatus::kForwarded;
  i.forwarded_at = kDay;
  return i;
}

TEST(IntroductionInputTest, ThreeDifferentMembersAndABlurb) {
  auto ok = ValidateIntroductionInput({kB, kC, " note ", " blurb "}, kA);
  ASSERT_TRUE(ok.ok());
  EXPECT_EQ(ok->note, "note");
  EXPECT_EQ(ok->blurb, "blurb");

  auto bad = ValidateIntroductionInput({kA, kA, std::string(1001, 'x'), ""}, kA);
  ASSERT_FALSE(bad.ok());
  std::vector<std::string> fields;
  for (const auto& d : bad.error().details()) fields.push_back(d.field);
  EXPECT_EQ(fields, (std::vector<std::string>{"broker", "target", "note", "blurb"}));

  auto same = ValidateIntroductionInput({kB, kB, "", "hi"}, kA);
  ASSERT_FALSE(same.ok());
  EXPECT_EQ(same.error().details().at(0).field, "target");
}

TEST(IntroductionRoleTest, TheTargetExistsOnlyOnceForwarded) {
  Introduction i = Requested();
  EXPECT_EQ(RoleOf(i, kA), IntroductionRole::kRequester);
  EXPECT_EQ(RoleOf(i, kB), IntroductionRole::kBroker);
  EXPECT_FALSE(RoleOf(i, kC));
  EXPECT_FALSE(RoleOf(i, kStranger));
  EXPECT_EQ(RoleOf(Forwarded(), kC), IntroductionRole::kTarget);
  EXPECT_FALSE(CanReadNote(IntroductionRole::kTarget));
  EXPECT_TRUE(CanReadNote(IntroductionRole::kBroker));
}

TEST(IntroductionTransitionTest, TheHappyPath) {
  using A = IntroductionAction;
  EXPECT_EQ(DecideIntroductionTransition(Requested(), kB, A::kForward, kDay).value(),
            IntroductionStatus::kForwarded);
  EXPECT_EQ(DecideIntroductionTransition(Forwarded(), kC, A::kAccept, 2 * kDay).value(),
            IntroductionStatus::kAccepted);
}

TEST(IntroductionTransitionTest, EachPartyOnlyTheirOwnStep) {
  using A = IntroductionAction;
  auto not_found = DecideIntroductionTransition(Requested(), kC, A::kAccept, kDay);
  ASSERT_FALSE(not_found.ok());
  EXPECT_EQ(not_found.error().kind(), ErrorKind::kNotFound);  // C cannot know of it yet
  EXPECT_EQ(DecideIntroductionTransition(Requested(), kStranger, A::kWithdraw, kDay).error().kind(),
            ErrorKind::kNotFound);
  EXPECT_EQ(DecideIntroductionTransition(Requested(), kA, A::kForward, kDay).error().code(),
            "wrong_party");
  EXPECT_EQ(DecideIntroductionTransition(Forwarded(), kB, A::kAccept, kDay).error().code(),
            "wrong_party");
  EXPECT_EQ(DecideIntroductionTransition(Forwarded(), kB, A::kForward, kDay).error().code(),
            "already_forwarded");
  EXPECT_EQ(DecideIntroductionTransition(Forwarded(), kA, A::kDecline, kDay).error().code(),
            "wrong_party");
}

TEST(IntroductionTransitionTest, ExpiredAndClosedRequestsDoNotMove) {
  using A = IntroductionAction;
  Introduction i = Requested();
  auto late = DecideIntroductionTransition(i, kB, A::kForward, i.expires_at);
  ASSERT_FALSE(late.ok());
  EXPECT_EQ(late.error().code(), "expired");
  i.status = IntroductionStatus::kWithdrawn;
  EXPECT_EQ(DecideIntroductionTransition(i, kB, A::kForward, kDay).error().code(), "not_open");
  Introduction accepted = Forwarded();
  accepted.status = IntroductionStatus::kAccepted;
  EXPECT_EQ(DecideIntroductionTransition(accepted, kA, A::kWithdraw, kDay).error().code(),
            "not_open");
}

// Declines are silent: every answer A and B get after one must be the answer
// they would get had nobody declined.
TEST(IntroductionSilenceTest, ARequesterCannotTellADeclineFromSilence) {
  using A = IntroductionAction;
  for (bool by_target : {false, true}) {
    Introduction declined = by_target ? Forwarded() : Requested();
    const Introduction open = declined;
    declined.status =
        by_target ? IntroductionStatus::kDeclinedByTarget : IntroductionStatus::kDeclinedByBroker;
    const int64_t now = 3 * kDay;
    EXPECT_EQ(ShownStatus(declined, IntroductionRole::kRequester, now),
              ShownStatus(open, IntroductionRole::kRequester, now));
    auto withdrawn = DecideIntroductionTransition(declined, kA, A::kWithdraw, now);
    ASSERT_TRUE(withdrawn.ok()) << withdrawn.error().message();
    EXPECT_EQ(*withdrawn, IntroductionStatus::kWithdrawn);
    for (A act : {A::kForward, A::kDecline, A::kAccept}) {
      auto d = DecideIntroductionTransition(declined, kA, act, now);
      auto o = DecideIntroductionTransition(open, kA, act, now);
      ASSERT_FALSE(d.ok());
      EXPECT_EQ(d.error().code(), o.error().code());
    }
    // Once expired both read "not possible this time".
    EXPECT_EQ(ShownStatus(declined, IntroductionRole::kRequester, declined.expires_at),
              "not_possible");
    EXPECT_EQ(ShownStatus(open, IntroductionRole::kRequester, open.expires_at), "not_possible");
  }
}

TEST(IntroductionSilenceTest, ABrokerDoesNotLearnTheTargetDeclined) {
  using A = IntroductionAction;
  Introduction declined = Forwarded();
  declined.status = IntroductionStatus::kDeclinedByTarget;
  const Introduction open = Forwarded();
  EXPECT_EQ(ShownStatus(declined, IntroductionRole::kBroker, 2 * kDay), "forwarded");
  EXPECT_EQ(ShownStatus(declined, IntroductionRole::kBroker, declined.expires_at), "expired");
  EXPECT_EQ(ShownStatus(open, IntroductionRole::kBroker, open.expires_at), "expired");
  for (A act : {A::kForward, A::kDecline, A::kWithdraw, A::kAccept}) {
    auto d = DecideIntroductionTransition(declined, kB, act, 2 * kDay);
    auto o = DecideIntroductionTransition(open, kB, act, 2 * kDay);
    ASSERT_FALSE(d.ok());
    EXPECT_EQ(d.error().code(), o.error().code());
  }
  EXPECT_EQ(ShownStatus(declined, IntroductionRole::kTarget, 2 * kDay), "declined_by_target");
}

TEST(IntroductionStatusTest, RoundTrips) {
  for (auto s : {IntroductionStatus::kRequested, IntroductionStatus::kForwarded,
                 IntroductionStatus::kDeclinedByBroker, IntroductionStatus::kAccepted,
                 IntroductionStatus::kDeclinedByTarget, IntroductionStatus::kWithdrawn,
                 IntroductionStatus::kExpired}) {
    EXPECT_EQ(ParseIntroductionStatus(ToString(s)), s);
  }
  EXPECT_FALSE(ParseIntroductionStatus("not_possible"));  // shown, never stored
}

TEST(BrokerScoreTest, TheColderSideCountsMost) {
  BrokerCandidate balanced{MemberId(10), 600, 600, std::nullopt, 0};
  BrokerCandidate lopsided{MemberId(11), 1000, 200, std::nullopt, 0};
  EXPECT_GT(BrokerScore(balanced), BrokerScore(lopsided));
}

TEST(BrokerScoreTest, ResponsiveBrokersFirstAndFullOnesDropped) {
  BrokerCandidate quick{MemberId(12), 500, 500, 3600 * 1000, 0};
  BrokerCandidate slow{MemberId(10), 500, 500, 20 * kDay, 0};
  BrokerCandidate unknown{MemberId(11), 500, 500, std::nullopt, 0};
  BrokerCandidate full{MemberId(13), 1000, 1000, 3600 * 1000,
                       IntroductionLimits::kPerBrokerPerWeek};
  EXPECT_EQ(BrokerScore(full), 0);
  std::vector<BrokerCandidate> ranked = RankBrokers({slow, full, unknown, quick});
  ASSERT_EQ(ranked.size(), 3u);
  EXPECT_EQ(ranked[0].member, MemberId(12));
  EXPECT_EQ(ranked[1].member, MemberId(11));
  EXPECT_EQ(ranked[2].member, MemberId(10));
}

}  // namespace
}  // namespace pln::domain
