#include "http/query.h"

#include <gtest/gtest.h>

namespace pln::http {
namespace {

TEST(QueryTest, DecodesParameters) {
  auto q = QueryParams::Parse("q=data+science&field=Data%20Science&empty=&flag&q=second");
  ASSERT_TRUE(q.ok());
  EXPECT_EQ(q->Get("q"), "data science");
  EXPECT_EQ(q->Get("field"), "Data Science");
  EXPECT_EQ(q->Get("empty"), "");
  EXPECT_EQ(q->Get("flag"), "");
  EXPECT_EQ(q->Get("missing"), std::nullopt);
}

TEST(QueryTest, RejectsBadEncoding) {
  for (std::string_view bad : {"limit=7%", "a=%zz", "a=%ff%fe", "a=%00"}) {
    auto q = QueryParams::Parse(bad);
    ASSERT_FALSE(q.ok()) << bad;
    EXPECT_EQ(q.error().kind(), ErrorKind::kMalformed);
  }
}

TEST(QueryTest, Limit) {
  EXPECT_EQ(*ParseLimit(*QueryParams::Parse("")), 20);
  EXPECT_EQ(*ParseLimit(*QueryParams::Parse("limit=1")), 1);
  EXPECT_EQ(*ParseLimit(*QueryParams::Parse("limit=100")), 100);
  for (std::string_view bad : {"limit=0", "limit=101", "limit=-1", "limit=1.5", "limit=abc",
                               "limit=", "limit=9223372036854775808", "limit=+5"}) {
    Result<int> r = ParseLimit(*QueryParams::Parse(bad));
    ASSERT_FALSE(r.ok()) << bad;
    EXPECT_EQ(r.error().kind(), ErrorKind::kValidation);
    EXPECT_EQ(r.error().details().at(0).field, "limit");
  }
}

}  // namespace
}  // namespace pln::http
