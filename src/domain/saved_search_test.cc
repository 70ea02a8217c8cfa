#include "domain/saved_search.h"

#include <gtest/gtest.h>

namespace pln::domain {
namespace {

constexpr int64_t kMinute = 60'000;
constexpr int64_t kDay = SavedSearchLimits::kDayMs;

Opportunity Post(int64_t now) {
  Opportunity o;
  o.id = OpportunityId(7);
  o.poster = MemberId(2);
  o.post.kind = OpportunityKind::kJob;
  o.post.title = "Data analyst";
  o.post.organization = "Acme";
  o.post.remote = true;
  o.post.fields = {"Data Science"};
  o.post.skills = {{"SQL", 3, true}};
  o.post.closes_at = now + 30 * kDay;
  o.created_at = o.updated_at = now;
  return o;
}

OpportunityQuery DataJobs() {
  OpportunityQuery q;
  q.kinds = {OpportunityKind::kJob};
  q.fields = {"data science"};
  q.remote_only = true;
  return q;
}

TEST(SavedSearchTest, PeriodsRoundTrip) {
  for (AlertPeriod p : {AlertPeriod::kInstant, AlertPeriod::kDaily, AlertPeriod::kWeekly}) {
    EXPECT_EQ(ParseAlertPeriod(ToString(p)), p);
  }
  EXPECT_EQ(ParseAlertPeriod("hourly"), std::nullopt);
  EXPECT_EQ(PeriodMs(AlertPeriod::kWeekly), 7 * kDay);
}

TEST(SavedSearchTest, NameIsTrimmedOrTakenFromTheQuery) {
  SavedSearchInput in{"  Data   jobs, remote ", DataJobs(), AlertPeriod::kDaily};
  Result<SavedSearchInput> v = ValidateSavedSearch(in);
  ASSERT_TRUE(v.ok());
  EXPECT_EQ(v->name, "Data jobs, remote");
  in.name = "";
  v = ValidateSavedSearch(in);
  ASSERT_TRUE(v.ok());
  EXPECT_EQ(v->name, DescribeQuery(v->query));
  EXPECT_EQ(v->name, "Jobs \u00b7 data science \u00b7 remote");
}

TEST(SavedSearchTest, EveryBadFieldIsNamed) {
  SavedSearchInput in;
  in.name = std::string(81, 'a');
  in.query.keywords = std::string(201, 'k');
  in.query.fields = {"ok", std::string(61, 'f')};
  Result<SavedSearchInput> v = ValidateSavedSearch(in);
  ASSERT_FALSE(v.ok());
  EXPECT_EQ(v.error().kind(), ErrorKind::kValidation);
  std::vector<std::string> fields;
  for (const FieldError& e : v.error().details()) fields.push_back(e.field);
  EXPECT_EQ(fields, (std::vector<std::string>{"name", "query.fields[1]", "query.keywords"}));
}

TEST(SavedSearchTest, AGeneratedNameIsCutToTheLimitWithoutSplittingACharacter) {
  SavedSearchInput in;
  in.query.keywords = std::string(75, 'x') + " \u00e9\u00e9\u00e9\u00e9";
  Result<SavedSearchInput> v = ValidateSavedSearch(in);
  ASSERT_TRUE(v.ok());
  EXPECT_LE(v->name.size(), SavedSearchLimits::kName);
  EXPECT_EQ(v->name.rfind("\u201c", 0), 0u);
  // Still valid UTF-8: the last byte is not the first half of a two-byte character.
  EXPECT_NE(static_cast<unsigned char>(v->name.back()), 0xC3);
}

TEST(SavedSearchTest, AtMostTenPerMember) {
  EXPECT_TRUE(CheckSavedSearchCount(9).ok());
  Status s = CheckSavedSearchCount(10);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error().kind(), ErrorKind::kConflict);
  EXPECT_EQ(s.error().code(), "too_many_saved_searches");
}

TEST(SavedSearchTest, OneAlertPerPeriodAndTheFirstAtOnce) {
  const int64_t t = 1'000 * kDay;
  EXPECT_TRUE(AlertDue(AlertPeriod::kWeekly, std::nullopt, t));
  EXPECT_FALSE(AlertDue(AlertPeriod::kInstant, t, t + 9 * kMinute));
  EXPECT_TRUE(AlertDue(AlertPeriod::kInstant, t, t + 10 * kMinute));
  EXPECT_FALSE(AlertDue(AlertPeriod::kDaily, t, t + kDay - 1));
  EXPECT_TRUE(AlertDue(AlertPeriod::kDaily, t, t + kDay));
  EXPECT_FALSE(AlertDue(AlertPeriod::kWeekly, t, t + 6 * kDay));
  EXPECT_TRUE(AlertDue(AlertPeriod::kWeekly, t, t + 7 * kDay));
}

TEST(SavedSearchTest, OnlyPostsAfterSavingByOthersThatMatch) {
  const int64_t t = 1'000 * kDay;
  const Opportunity o = Post(t);
  const MemberId me(1);
  EXPECT_TRUE(NewMatch(DataJobs(), me, t - 1, o, t));
  EXPECT_TRUE(NewMatch(DataJobs(), me, t, o, t));
  EXPECT_FALSE(NewMatch(DataJobs(), me, t + 1, o, t)) << "posted before the search was saved";
  EXPECT_FALSE(NewMatch(DataJobs(), o.poster, t - 1, o, t)) << "one's own post";
  OpportunityQuery events;
  events.kinds = {OpportunityKind::kEvent};
  EXPECT_FALSE(NewMatch(events, me, t - 1, o, t));
}

TEST(SavedSearchTest, PendingPostsAreCheckedAgainWhenTold) {
  const int64_t t = 1'000 * kDay;
  Opportunity o = Post(t);
  const MemberId me(1);
  EXPECT_TRUE(StillAlertable(DataJobs(), me, o, false, t + kMinute));
  EXPECT_FALSE(StillAlertable(DataJobs(), me, o, true, t + kMinute)) << "blocked";
  EXPECT_FALSE(StillAlertable(DataJobs(), me, o, false, o.post.closes_at)) << "expired";
  Opportunity closed = o;
  closed.closed_at = t + 1;
  EXPECT_FALSE(StillAlertable(DataJobs(), me, closed, false, t + kMinute));
  Opportunity hidden = o;
  hidden.hidden_at = t + 1;
  EXPECT_FALSE(StillAlertable(DataJobs(), me, hidden, false, t + kMinute));
  Opportunity edited = o;
  edited.post.remote = false;
  EXPECT_FALSE(StillAlertable(DataJobs(), me, edited, false, t + kMinute)) << "no longer matches";
}

TEST(SavedSearchTest, TitleCountsThePosts) {
  EXPECT_EQ(AlertTitle(3, "Data jobs, remote"),
            "3 new opportunities match \u201cData jobs, remote\u201d");
  EXPECT_EQ(AlertTitle(1, "Data jobs"), "1 new opportunity matches \u201cData jobs\u201d");
}

}  // namespace
}  // namespace pln::domain
