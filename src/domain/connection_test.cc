#include "domain/connection.h"

#include <gtest/gtest.h>

namespace pln::domain {
namespace {

ConnectionRequest Pending() {
  return ConnectionRequest{
      RequestId(1), MemberId(10), MemberId(20), "hi", RequestStatus::kPending, 0, std::nullopt};
}

TEST(TransitionTest, RecipientAnswers) {
  auto r = DecideTransition(Pending(), MemberId(20), RequestAction::kAccept);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(*r, RequestStatus::kAccepted);
  EXPECT_EQ(*DecideTransition(Pending(), MemberId(20), RequestAction::kDecline),
            RequestStatus::kDeclined);
}

TEST(TransitionTest, WrongPartyAndStrangers) {
  auto sender_accepts = DecideTransition(Pending(), MemberId(10), RequestAction::kAccept);
  ASSERT_FALSE(sender_accepts.ok());
  EXPECT_EQ(sender_accepts.error().kind(), ErrorKind::kForbidden);
  auto stranger = DecideTransition(Pending(), MemberId(30), RequestAction::kWithdraw);
  ASSERT_FALSE(stranger.ok());
  EXPECT_EQ(stranger.error().kind(), ErrorKind::kNotFound);
  auto recipient_withdraws = DecideTransition(Pending(), MemberId(20), RequestAction::kWithdraw);
  EXPECT_EQ(recipient_withdraws.error().kind(), ErrorKind::kForbidden);
}

TEST(TransitionTest, RepeatIsIdempotentOtherChangesConflict) {
  ConnectionRequest r = Pending();
  r.status = RequestStatus::kAccepted;
  EXPECT_EQ(*DecideTransition(r, MemberId(20), RequestAction::kAccept), RequestStatus::kAccepted);
  auto decline = DecideTransition(r, MemberId(20), RequestAction::kDecline);
  ASSERT_FALSE(decline.ok());
  EXPECT_EQ(decline.error().code(), "not_pending");
}

TEST(NoteTest, LimitsAndTrims) {
  EXPECT_EQ(*NormalizeRequestNote("  hello \n"), "hello");
  EXPECT_FALSE(NormalizeRequestNote(std::string(501, 'x')).ok());
  EXPECT_FALSE(NormalizeRequestNote("bad\x02").ok());
}

}  // namespace
}  // namespace pln::domain
