#include "domain/message.h"

#include <gtest/gtest.h>

namespace pln::domain {
namespace {

TEST(MessageTest, ATieOpensAConversation) {
  MessageTies t;
  EXPECT_EQ(CheckCanMessage(t).error().code(), "no_tie");
  t.rel.following = true;  // following is not a tie
  EXPECT_EQ(CheckCanMessage(t).error().code(), "no_tie");
  for (int tie = 0; tie < 3; ++tie) {
    MessageTies ok;
    (tie == 0 ? ok.rel.connected : tie == 1 ? ok.mentorship : ok.accepted_introduction) = true;
    EXPECT_TRUE(CheckCanMessage(ok).ok()) << tie;
  }
}

TEST(MessageTest, ABlockEndsItBothWays) {
  for (bool by_recipient : {true, false}) {
    MessageTies t;
    t.rel.connected = true;
    t.mentorship = true;
    (by_recipient ? t.rel.blocked_by_target : t.rel.blocking_target) = true;
    const Status s = CheckCanMessage(t);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().kind(), ErrorKind::kForbidden);
    EXPECT_EQ(s.error().code(), "blocked");
  }
}

TEST(MessageTest, NotToOneself) {
  MessageTies t;
  t.rel.self = true;
  EXPECT_EQ(CheckCanMessage(t).error().kind(), ErrorKind::kValidation);
}

TEST(MessageTest, BodiesAreTrimmedAndBounded) {
  EXPECT_EQ(*ValidateMessage("  See you Tuesday!\n"), "See you Tuesday!");
  EXPECT_FALSE(ValidateMessage("").ok());
  EXPECT_FALSE(ValidateMessage("\u200B").ok());
  EXPECT_FALSE(ValidateMessage(std::string(MessageLimits::kBody + 1, 'x')).ok());
  EXPECT_TRUE(ValidateMessage(std::string(MessageLimits::kBody, 'x')).ok());
}

}  // namespace
}  // namespace pln::domain
