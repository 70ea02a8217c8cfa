#include "domain/opportunity_query.h"

#include <gtest/gtest.h>

namespace pln::domain {
namespace {

OpportunityInput Post() {
  OpportunityInput in;
  in.kind = OpportunityKind::kInternship;
  in.title = "Data engineering intern";
  in.organization = "Acme Análise";
  in.location = "São Paulo";
  in.description = "Build pipelines with *dbt* and Airflow.";
  in.skills = {{"SQL", 3, true}, {"Python", 2, false}};
  in.fields = {"Data Science"};
  in.stages = {CareerStage::kLearner};
  return in;
}

TEST(OpportunityQueryTest, EmptyQueryMatchesEverything) {
  OpportunityQuery q;
  EXPECT_TRUE(IsEmpty(q));
  EXPECT_TRUE(Matches(q, Post()));
  EXPECT_EQ(DescribeQuery(q), "All opportunities");
}

TEST(OpportunityQueryTest, EachPartMustHold) {
  const OpportunityInput post = Post();
  OpportunityQuery q;
  q.kinds = {OpportunityKind::kJob};
  EXPECT_FALSE(Matches(q, post));
  q.kinds.push_back(OpportunityKind::kInternship);
  EXPECT_TRUE(Matches(q, post));

  q.fields = {"data-science"};  // punctuation and case aside
  EXPECT_TRUE(Matches(q, post));
  q.fields = {"Design"};
  EXPECT_FALSE(Matches(q, post));
  q.fields = {"Design", "Data Science"};
  EXPECT_TRUE(Matches(q, post));

  q.skills = {"python"};  // a nice-to-have skill counts too
  EXPECT_TRUE(Matches(q, post));
  q.skills = {"Rust"};
  EXPECT_FALSE(Matches(q, post));
  q.skills.clear();

  q.stage = CareerStage::kExperienced;
  EXPECT_FALSE(Matches(q, post));
  q.stage = CareerStage::kLearner;
  EXPECT_TRUE(Matches(q, post));

  q.remote_only = true;
  EXPECT_FALSE(Matches(q, post));
  OpportunityInput remote = post;
  remote.remote = true;
  EXPECT_TRUE(Matches(q, remote));
}

TEST(OpportunityQueryTest, PostForEveryStageSuitsAnyStage) {
  OpportunityInput post = Post();
  post.stages.clear();
  OpportunityQuery q;
  q.stage = CareerStage::kExperienced;
  EXPECT_TRUE(Matches(q, post));
}

TEST(OpportunityQueryTest, KeywordsAndLocationFoldAccentsAndCase) {
  const OpportunityInput post = Post();
  OpportunityQuery q;
  q.keywords = "AIRFLOW analise";  // description and organization, accent aside
  EXPECT_TRUE(Matches(q, post));
  q.keywords = "airflow kafka";  // every word must occur
  EXPECT_FALSE(Matches(q, post));
  q.keywords = "sql";  // skills are searched
  EXPECT_TRUE(Matches(q, post));
  q.keywords.clear();
  q.location = "sao paulo";
  EXPECT_TRUE(Matches(q, post));
  q.location = "Lisbon";
  EXPECT_FALSE(Matches(q, post));
}

TEST(OpportunityQueryTest, SearchTextIsFoldedWords) {
  OpportunityInput post;
  post.title = "Señor Dev";
  post.organization = "Ünïon";
  EXPECT_EQ(SearchText(post), "senor dev union");
}

TEST(OpportunityQueryTest, ValidationNamesEachBadPart) {
  OpportunityQuery q;
  q.keywords = std::string(201, 'k');
  q.location = std::string(121, 'l');
  q.fields = {"Data", "data", std::string(61, 'f')};
  auto r = ValidateOpportunityQuery(q);
  ASSERT_FALSE(r.ok());
  std::vector<std::string> fields;
  for (const FieldError& d : r.error().details()) fields.push_back(d.field);
  EXPECT_EQ(fields, (std::vector<std::string>{"fields[2]", "location", "keywords"}));
}

TEST(OpportunityQueryTest, ValidationNormalises) {
  OpportunityQuery q;
  q.kinds = {OpportunityKind::kEvent, OpportunityKind::kJob, OpportunityKind::kEvent};
  q.fields = {" Data  Science ", "data science"};
  q.keywords = "  dbt   airflow ";
  auto r = ValidateOpportunityQuery(q);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->kinds,
            (std::vector<OpportunityKind>{OpportunityKind::kJob, OpportunityKind::kEvent}));
  EXPECT_EQ(r->fields, (std::vector<std::string>{"Data Science"}));
  EXPECT_EQ(r->keywords, "dbt airflow");
}

TEST(OpportunityQueryTest, DescribesItselfInWords) {
  OpportunityQuery q;
  q.kinds = {OpportunityKind::kJob, OpportunityKind::kInternship};
  q.fields = {"Data Science"};
  q.remote_only = true;
  q.keywords = "dbt";
  EXPECT_EQ(DescribeQuery(q),
            "Jobs and internships \u00b7 Data Science \u00b7 remote \u00b7 \u201cdbt\u201d");
}

}  // namespace
}  // namespace pln::domain
