#include "domain/opportunity.h"

#include <gtest/gtest.h>

namespace pln::domain {
namespace {

constexpr int64_t kDay = 24LL * 3600 * 1000;
constexpr int64_t kNow = 1'800'000'000'000;

std::vector<std::string> Fields(const Error& e) {
  std::vector<std::string> out;
  for (const FieldError& d : e.details()) out.push_back(d.field);
  return out;
}

OpportunityInput Job() {
  OpportunityInput in;
  in.kind = OpportunityKind::kJob;
  in.title = "  Junior   data analyst ";
  in.organization = "Acme";
  in.location = "Lisbon";
  in.description = "Work on *dashboards*.\n\nTwo days a week in the office.";
  in.skills = {{"SQL", 3, true}, {"Python", 2, true}, {"dbt", 2, false}};
  in.fields = {"Data Science", "data  science", "Analytics"};
  in.stages = {CareerStage::kEarlyCareer, CareerStage::kLearner, CareerStage::kEarlyCareer};
  in.apply_url = "https://acme.example/jobs/42?ref=pln";
  in.closes_at = kNow + 30 * kDay;
  return in;
}

TEST(OpportunityKindTest, RoundTripsEveryKind) {
  for (auto k : {OpportunityKind::kJob, OpportunityKind::kInternship, OpportunityKind::kProject,
                 OpportunityKind::kVolunteering, OpportunityKind::kEvent}) {
    EXPECT_EQ(ParseOpportunityKind(ToString(k)), k);
  }
  EXPECT_FALSE(ParseOpportunityKind("gig"));
  EXPECT_FALSE(ParseOpportunityKind("Job"));
}

TEST(ValidateOpportunityTest, NormalisesAValidJob) {
  auto r = ValidateOpportunity(Job(), kNow);
  ASSERT_TRUE(r.ok()) << r.error().message();
  EXPECT_EQ(r->title, "Junior data analyst");
  EXPECT_EQ(r->fields, (std::vector<std::string>{"Data Science", "Analytics"}));
  EXPECT_EQ(r->stages,
            (std::vector<CareerStage>{CareerStage::kLearner, CareerStage::kEarlyCareer}));
  EXPECT_EQ(r->skills.size(), 3u);
}

TEST(ValidateOpportunityTest, NamesEveryBadField) {
  OpportunityInput in = Job();
  in.title = "";
  in.organization = "\u200b";
  in.location = "";
  in.description = " ";
  in.skills = {{"SQL", 0, true}, {"sql", 3, true}, {"", 2, false}};
  in.apply_url = "javascript:alert(1)";
  in.closes_at = kNow - 1;
  auto r = ValidateOpportunity(in, kNow);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().kind(), ErrorKind::kValidation);
  EXPECT_EQ(Fields(r.error()),
            (std::vector<std::string>{"title", "organization", "location", "description",
                                      "skills[0].level", "skills[1].name", "skills[2].name",
                                      "apply_url", "closes_at"}));
}

TEST(ValidateOpportunityTest, RemoteNeedsNoLocation) {
  OpportunityInput in = Job();
  in.location = "";
  in.remote = true;
  EXPECT_TRUE(ValidateOpportunity(in, kNow).ok());
}

TEST(ValidateOpportunityTest, RefusesLinksThatCouldBreakOut) {
  for (const char* url :
       {"http://", "https://a.example/x y", "https://a.example/\"onclick", "ftp://a.example",
        "https://user@evil.example", "//a.example", "https://a.example/<script>"}) {
    OpportunityInput in = Job();
    in.apply_url = url;
    auto r = ValidateOpportunity(in, kNow);
    ASSERT_FALSE(r.ok()) << url;
    EXPECT_EQ(Fields(r.error()), std::vector<std::string>{"apply_url"}) << url;
  }
  OpportunityInput in = Job();
  in.apply_url = "";  // in-app interest instead
  EXPECT_TRUE(ValidateOpportunity(in, kNow).ok());
}

TEST(ValidateOpportunityTest, ClosingDateWithinAYear) {
  OpportunityInput in = Job();
  in.closes_at = kNow + 366 * kDay;
  auto r = ValidateOpportunity(in, kNow);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().details().at(0).message, "must be within a year from now");
}

TEST(ValidateOpportunityTest, TooManySkillsIsOneError) {
  OpportunityInput in = Job();
  in.skills.clear();
  for (int i = 0; i < 21; ++i) in.skills.push_back({"skill " + std::to_string(i), 1, true});
  auto r = ValidateOpportunity(in, kNow);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(Fields(r.error()), std::vector<std::string>{"skills"});
}

TEST(ValidateOpportunityTest, EventsNeedAStartBeforeTheirEnd) {
  OpportunityInput in = Job();
  in.kind = OpportunityKind::kEvent;
  auto missing = ValidateOpportunity(in, kNow);
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(Fields(missing.error()), (std::vector<std::string>{"starts_at", "ends_at"}));

  in.starts_at = kNow + 40 * kDay;
  in.ends_at = kNow + 40 * kDay - 1;
  auto backwards = ValidateOpportunity(in, kNow);
  ASSERT_FALSE(backwards.ok());
  EXPECT_EQ(Fields(backwards.error()), std::vector<std::string>{"ends_at"});

  in.ends_at = kNow + 40 * kDay + 3600 * 1000;
  EXPECT_TRUE(ValidateOpportunity(in, kNow).ok());  // closes (day 30) before it ends (day 40)

  in.closes_at = kNow + 41 * kDay;
  auto late = ValidateOpportunity(in, kNow);
  ASSERT_FALSE(late.ok());
  EXPECT_EQ(Fields(late.error()), std::vector<std::string>{"closes_at"});
}

TEST(ValidateOpportunityTest, OnlyEventsHaveTimes) {
  OpportunityInput in = Job();
  in.starts_at = kNow + kDay;
  auto r = ValidateOpportunity(in, kNow);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(Fields(r.error()), std::vector<std::string>{"starts_at"});
}

TEST(OpportunityStateTest, HiddenThenClosedThenExpired) {
  Opportunity o;
  o.post = Job();
  EXPECT_EQ(StateAt(o, kNow), OpportunityState::kOpen);
  EXPECT_EQ(StateAt(o, o.post.closes_at), OpportunityState::kExpired);
  o.closed_at = kNow;
  EXPECT_EQ(StateAt(o, kNow), OpportunityState::kClosed);
  o.hidden_at = kNow;
  EXPECT_EQ(StateAt(o, o.post.closes_at + 1), OpportunityState::kHidden);
}

TEST(OpportunityStateTest, RepostOnlyWhenClosedOrExpired) {
  Opportunity o;
  o.post = ValidateOpportunity(Job(), kNow).value();
  const int64_t later = o.post.closes_at + kDay;
  auto open = CheckRepost(o, kNow + 60 * kDay, kNow);
  ASSERT_FALSE(open.ok());
  EXPECT_EQ(open.error().code(), "open");
  EXPECT_TRUE(CheckRepost(o, later + 30 * kDay, later).ok());
  auto past = CheckRepost(o, later - 1, later);
  ASSERT_FALSE(past.ok());
  EXPECT_EQ(Fields(past.error()), std::vector<std::string>{"closes_at"});
  o.hidden_at = kNow;
  auto hidden = CheckRepost(o, later + 30 * kDay, later);
  ASSERT_FALSE(hidden.ok());
  EXPECT_EQ(hidden.error().code(), "hidden");
}

TEST(SkillFitTest, CountsRequiredSkillsMetAtTheLevelAsked) {
  const std::vector<SkillRequirement> asked = {{"SQL", 3, true},
                                               {"Python", 2, true},
                                               {"dbt", 2, true},
                                               {"Airflow", 2, true},
                                               {"Tableau", 1, false}};
  const std::vector<EvidencedSkill> have = {{"sql", 4, 2, false},
                                            {" python ", 2, 0, true},
                                            {"DBT", 2, 0, false},
                                            {"Airflow", 1, 0, false}};
  SkillFit fit = ComputeSkillFit(asked, have);
  EXPECT_EQ(fit.required_total, 4);
  EXPECT_EQ(fit.required_met, 3);
  EXPECT_EQ(fit.met, (std::vector<std::string>{"SQL", "Python", "dbt"}));
  EXPECT_EQ(fit.missing, std::vector<std::string>{"Airflow"});
  EXPECT_EQ(fit.nice_total, 1);
  EXPECT_EQ(fit.nice_met, 0);
  // Required: (1000 + 1000 + 800 + 400) / 4 = 800 → 640; nice: 0.
  EXPECT_EQ(fit.score_milli, 640);
}

TEST(SkillFitTest, VouchedSkillsOutrankSelfAssessedOnes) {
  const std::vector<SkillRequirement> asked = {{"SQL", 3, true}};
  SkillFit self = ComputeSkillFit(asked, {{"SQL", 3, 0, false}});
  SkillFit endorsed = ComputeSkillFit(asked, {{"SQL", 3, 1, false}});
  SkillFit reviewed = ComputeSkillFit(asked, {{"SQL", 3, 0, true}});
  EXPECT_LT(self.score_milli, endorsed.score_milli);
  EXPECT_EQ(endorsed.score_milli, reviewed.score_milli);
  EXPECT_EQ(self.required_met, 1);
}

TEST(SkillFitTest, TwoLevelsBelowCountsNothing) {
  SkillFit fit = ComputeSkillFit({{"SQL", 4, true}}, {{"SQL", 2, 5, true}});
  EXPECT_EQ(fit.required_met, 0);
  EXPECT_EQ(fit.score_milli, 200);  // the empty nice-to-have part is full
}

TEST(SkillFitTest, APostAskingNothingFitsEveryone) {
  EXPECT_EQ(ComputeSkillFit({}, {}).score_milli, 1000);
}

TEST(InterestNoteTest, OptionalAndBounded) {
  EXPECT_EQ(NormalizeInterestNote("  hi  ").value(), "hi");
  EXPECT_TRUE(NormalizeInterestNote("").ok());
  EXPECT_FALSE(NormalizeInterestNote(std::string(501, 'x')).ok());
}

}  // namespace
}  // namespace pln::domain
