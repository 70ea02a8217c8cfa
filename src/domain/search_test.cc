#include "domain/search.h"

#include <gtest/gtest.h>

#include "base/text.h"

namespace pln::domain {
namespace {

using Words = std::vector<std::string>;

SearchQuery Parse(std::string_view typed) {
  Result<SearchQuery> q = ParseSearchQuery(typed);
  EXPECT_TRUE(q.ok()) << typed;
  return q.ok() ? *q : SearchQuery{};
}

std::string Joined(const std::vector<SnippetPart>& parts) {
  std::string out;
  for (const SnippetPart& p : parts) out += p.hit ? "[" + p.text + "]" : p.text;
  return out;
}

TEST(SearchTest, WordsFoldAccentsCaseAndPunctuation) {
  EXPECT_EQ(SearchWords("Sofía O'Brien, Data-Science!"),
            (Words{"sofia", "obrien", "data", "science"}));
  EXPECT_EQ(SearchWords("naïve—café"), (Words{"naive", "cafe"}));
  EXPECT_EQ(SearchWords("C++/SQL and\u200Bdbt"), (Words{"c", "sql", "and", "dbt"}));
  EXPECT_EQ(SearchWords("Łódź Straße"), (Words{"lodz", "strasse"}));
  // Other scripts keep their letters, so they still find themselves.
  EXPECT_EQ(SearchWords("Дмитрий, 東京"), (Words{"Дмитрий", "東京"}));
  EXPECT_EQ(FoldForSearch("  Ana   LIMA — data  "), "ana lima data");
  EXPECT_EQ(FoldForSearch("*** \"\" :"), "");
}

TEST(SearchTest, QueryRefusesWhatCannotBeSearched) {
  for (std::string_view bad :
       {std::string_view("\xff\xfe"), std::string_view("\"*:()^"), std::string_view("   ")}) {
    Result<SearchQuery> q = ParseSearchQuery(bad);
    ASSERT_FALSE(q.ok());
    EXPECT_EQ(q.error().kind(), ErrorKind::kValidation);
    ASSERT_EQ(q.error().details().size(), 1u);
    EXPECT_EQ(q.error().details()[0].field, "q");
  }
  EXPECT_FALSE(ParseSearchQuery(std::string(201, 'a')).ok());
  EXPECT_TRUE(ParseSearchQuery(std::string(200, 'a')).ok());
}

TEST(SearchTest, TheLastWordIsAPrefixWhileBeingTyped) {
  EXPECT_TRUE(Parse("data pyth").prefix_last);
  EXPECT_FALSE(Parse("data python ").prefix_last);
  EXPECT_FALSE(Parse("python,").prefix_last);
  SearchQuery many = Parse("a1 b2 c3 d4 e5 f6 g7 h8 i9 j10");
  EXPECT_EQ(many.words.size(), SearchLimits::kMaxWords);
  EXPECT_FALSE(many.prefix_last);  // the word being typed was cut off
}

TEST(SearchTest, OneOrTwoCharactersSearchNamePrefixesOnly) {
  EXPECT_TRUE(Parse("a").names_only);
  EXPECT_TRUE(Parse("Al ").names_only);
  EXPECT_TRUE(Parse("Al ").prefix_last);
  EXPECT_TRUE(Parse("a b").names_only);
  EXPECT_FALSE(Parse("ann").names_only);
  EXPECT_EQ(Fts5Expression(Parse("al"), "name"), "name : (\"al\"*)");
  EXPECT_EQ(TsQueryText(Parse("al")), "'al':*A");
}

TEST(SearchTest, EngineSyntaxInTheQueryIsPlainText) {
  SearchQuery q = Parse("foo\" OR bar* NEAR(x:y) -z ^w");
  EXPECT_EQ(q.words, (Words{"foo", "or", "bar", "near", "x", "y", "z", "w"}));
  EXPECT_EQ(Fts5Expression(q, "name"), "\"foo\" \"or\" \"bar\" \"near\" \"x\" \"y\" \"z\" \"w\"*");
  EXPECT_EQ(TsQueryText(Parse("it's data scien")), "'its' & 'data' & 'scien':*");
  EXPECT_EQ(TsQueryText(Parse("o'brien\\' ")), "'obrien'");
}

TEST(SearchTest, TitleOutweighsTagsOutweighsBodyAndEveryWordCounts) {
  const SearchQuery q = Parse("python ");
  const int in_title = ScoreDocument(q, {"python for analysts", "", ""});
  const int in_tags = ScoreDocument(q, {"data jobs", "python sql", ""});
  const int in_body = ScoreDocument(q, {"data jobs", "sql", "we use python daily"});
  EXPECT_GT(in_title, in_tags);
  EXPECT_GT(in_tags, in_body);
  EXPECT_GT(in_body, 0);
  EXPECT_EQ(ScoreDocument(q, {"pythonic", "", ""}), 0);  // a finished word is not a prefix
  EXPECT_EQ(ScoreDocument(Parse("python rust"), {"python", "", ""}), 0);
  const SearchQuery typing = Parse("pyth");
  EXPECT_LT(ScoreDocument(typing, {"python", "", ""}), ScoreDocument(typing, {"pyth", "", ""}));
  EXPECT_GT(ScoreDocument(typing, {"python", "", ""}), 0);
}

TEST(SearchTest, NamesOnlyIgnoresTagsAndBody) {
  const SearchQuery q = Parse("an");
  EXPECT_GT(ScoreDocument(q, {"ana lima", "", ""}), 0);
  EXPECT_EQ(ScoreDocument(q, {"bo", "analytics", "an analyst"}), 0);
}

TEST(SearchTest, SnippetsMarkHitsInTheTextAsWritten) {
  const SearchQuery q = Parse("sofia data");
  EXPECT_EQ(Joined(MakeSnippet("Ask Sofía about data-driven work", q, 100)),
            "Ask [Sofía] about [data]-driven work");
  // No hit: the start of the text.
  EXPECT_EQ(Joined(MakeSnippet("Nothing here at all", q, 7)), "Nothing…");
}

TEST(SearchTest, SnippetsCutAtWordsAroundTheFirstHit) {
  std::string text;
  for (int i = 0; i < 40; ++i) text += "lorem ";
  text += "the dbt models ";
  for (int i = 0; i < 40; ++i) text += "ipsum ";
  const std::vector<SnippetPart> parts = MakeSnippet(text, Parse("dbt"), 40);
  const std::string shown = Joined(parts);
  EXPECT_EQ(shown.rfind("…", 0), 0u) << shown;
  EXPECT_NE(shown.find("[dbt]"), std::string::npos) << shown;
  EXPECT_EQ(shown.substr(shown.size() - 3), "…");
  EXPECT_EQ(shown.find("lorem…"), std::string::npos);
}

TEST(SearchTest, SnippetsNeverSplitACodePoint) {
  std::string text;
  for (int i = 0; i < 50; ++i) text += "ñandú ";
  const SearchQuery q = Parse("zzz");
  for (size_t max = 1; max < 20; ++max) {
    std::string joined;
    for (const SnippetPart& p : MakeSnippet(text, q, max)) joined += p.text;
    EXPECT_TRUE(IsValidUtf8(joined)) << max;
  }
}

}  // namespace
}  // namespace pln::domain
