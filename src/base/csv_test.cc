#include "base/csv.h"

#include <gtest/gtest.h>

namespace pln {
namespace {

std::vector<std::vector<std::string>> Fields(std::string_view text) {
  auto records = ParseCsv(text);
  EXPECT_TRUE(records.ok()) << (records.ok() ? "" : records.error().message());
  std::vector<std::vector<std::string>> out;
  if (records.ok()) {
    for (const CsvRecord& r : *records) out.push_back(r.fields);
  }
  return out;
}

using Rows = std::vector<std::vector<std::string>>;

TEST(CsvTest, SplitsPlainFieldsAndRecords) {
  EXPECT_EQ(Fields("a,b,c\n1,2,3\n"), (Rows{{"a", "b", "c"}, {"1", "2", "3"}}));
  EXPECT_EQ(Fields("a,b\r\n1,2"), (Rows{{"a", "b"}, {"1", "2"}}));
  EXPECT_EQ(Fields("a\r1\r"), (Rows{{"a"}, {"1"}}));
  EXPECT_EQ(Fields(",,"), (Rows{{"", "", ""}}));
  EXPECT_TRUE(Fields("").empty());
}

TEST(CsvTest, KeepsSpacesInUnquotedFields) {
  EXPECT_EQ(Fields(" a , b "), (Rows{{" a ", " b "}}));
}

TEST(CsvTest, QuotedFieldsHoldCommasQuotesAndLineBreaks) {
  EXPECT_EQ(Fields("\"a,b\",\"say \"\"hi\"\"\"\n"), (Rows{{"a,b", "say \"hi\""}}));
  EXPECT_EQ(Fields("\"two\r\nlines\",x\r\ny,z"), (Rows{{"two\r\nlines", "x"}, {"y", "z"}}));
  EXPECT_EQ(Fields("\"\",x"), (Rows{{"", "x"}}));
}

TEST(CsvTest, SkipsByteOrderMark) {
  EXPECT_EQ(Fields("\xEF\xBB\xBF"
                   "email,role\n"),
            (Rows{{"email", "role"}}));
}

TEST(CsvTest, BlankLinesAreOneEmptyField) {
  auto records = ParseCsv("a\n\nb\n");
  ASSERT_TRUE(records.ok());
  ASSERT_EQ(records->size(), 3u);
  EXPECT_TRUE((*records)[1].blank());
  EXPECT_FALSE((*records)[0].blank());
}

TEST(CsvTest, RecordsKnowTheLineTheyStartOn) {
  auto records = ParseCsv("a\r\n\"b\nc\",d\ne\n");
  ASSERT_TRUE(records.ok());
  ASSERT_EQ(records->size(), 3u);
  EXPECT_EQ((*records)[0].line, 1);
  EXPECT_EQ((*records)[1].line, 2);
  EXPECT_EQ((*records)[2].line, 4);
}

void ExpectError(std::string_view text, int line, int column, std::string_view words) {
  auto records = ParseCsv(text);
  ASSERT_FALSE(records.ok()) << text;
  EXPECT_EQ(records.error().kind(), ErrorKind::kValidation);
  ASSERT_EQ(records.error().details().size(), 1u);
  EXPECT_EQ(records.error().details()[0].field, "line " + std::to_string(line));
  const std::string& message = records.error().message();
  EXPECT_NE(message.find(FormatCsvLocation(line, column)), std::string::npos) << message;
  EXPECT_NE(message.find(words), std::string::npos) << message;
}

TEST(CsvTest, ReportsLineAndColumnOfSyntaxErrors) {
  ExpectError("a,b\nc,d\"e\n", 2, 4, "unexpected quote");
  ExpectError("a\n\"b\"x,c\n", 2, 4, "after a closing quote");
  ExpectError("a\nb,\"never\nclosed", 2, 3, "never closed");
}

TEST(CsvTest, LimitsTheNumberOfRecords) {
  EXPECT_TRUE(ParseCsv("a\nb\nc\n", 3).ok());
  auto records = ParseCsv("a\nb\nc\nd\n", 3);
  ASSERT_FALSE(records.ok());
  EXPECT_NE(records.error().message().find("more than 3"), std::string::npos);
}

}  // namespace
}  // namespace pln
