#include "app/cursor.h"

#include <gtest/gtest.h>

namespace pln::app {
namespace {

TEST(CursorTest, RoundTrips) {
  for (int64_t k : {int64_t{0}, int64_t{1}, int64_t{42}, int64_t{1} << 40}) {
    auto d = DecodeCursor(EncodeCursor(k));
    ASSERT_TRUE(d.ok());
    EXPECT_EQ(*d, k);
  }
  EXPECT_EQ(*DecodeCursor(""), 0);
}

TEST(CursorTest, RejectsForeignCursors) {
  for (const char* bad :
       {"42", "c1.", "c1.!!", "c2.abc", "c1.zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz"}) {
    auto d = DecodeCursor(bad);
    ASSERT_FALSE(d.ok()) << bad;
    EXPECT_EQ(d.error().code(), "bad_cursor");
  }
}

TEST(CursorTest, LimitBounds) {
  EXPECT_TRUE(ValidateLimit(1).ok());
  EXPECT_TRUE(ValidateLimit(100).ok());
  EXPECT_FALSE(ValidateLimit(0).ok());
  EXPECT_FALSE(ValidateLimit(101).ok());
}

}  // namespace
}  // namespace pln::app
