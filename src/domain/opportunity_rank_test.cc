#include "domain/opportunity_rank.h"

#include <gtest/gtest.h>

namespace pln::domain {
namespace {

constexpr int64_t kDay = 24LL * 3600 * 1000;

RankSignals Example() {
  RankSignals s;
  s.fit =
      ComputeSkillFit({{"SQL", 2, true}, {"Python", 2, true}, {"dbt", 2, true}, {"Go", 2, true}},
                      {{"SQL", 3, 1, false}, {"Python", 2, 0, false}, {"dbt", 2, 0, false}});
  s.tie = PosterTie::kMentor;
  s.poster_name = "Ana Lima";
  s.connections_at_organization = 2;
  s.organization = "Acme";
  return s;
}

TEST(RankReasonTest, SaysWhyConcretely) {
  EXPECT_EQ(RankReason(Example()),
            "You have 3 of 4 required skills (SQL, Python, dbt); posted by Ana Lima, your "
            "mentor; 2 connections work at Acme");
}

TEST(RankReasonTest, NamesFieldsAndOneConnection) {
  RankSignals s;
  s.fit = ComputeSkillFit({{"SQL", 1, true}}, {{"SQL", 1, 0, false}});
  s.shared_fields = {"Data Science", "Analytics", "BI"};
  s.tie = PosterTie::kSecondDegree;
  s.connections_at_organization = 1;
  s.organization = "Acme";
  EXPECT_EQ(RankReason(s),
            "You have 1 of 1 required skill (SQL); in your field Data Science and Analytics; "
            "posted by a connection of your connections; 1 connection works at Acme");
}

TEST(RankReasonTest, NeverEmpty) {
  RankSignals s;
  s.fit = ComputeSkillFit({}, {});
  EXPECT_EQ(RankReason(s), "Open to all members");
}

TEST(RankScoreTest, EachSignalRaisesTheScore) {
  const RankSignals base = Example();
  const int score = RankScore(base);
  EXPECT_GE(score, 0);
  EXPECT_LE(score, 1000);

  RankSignals better_skills = base;
  better_skills.fit = ComputeSkillFit({{"SQL", 2, true}}, {{"SQL", 3, 1, false}});
  EXPECT_GT(RankScore(better_skills), score);

  RankSignals field = base;
  field.shared_fields = {"Data Science"};
  EXPECT_GT(RankScore(field), score);

  RankSignals wrong_stage = base;
  wrong_stage.stage_suits = false;
  EXPECT_LT(RankScore(wrong_stage), score);

  RankSignals stranger = base;
  stranger.tie = PosterTie::kNone;
  stranger.connections_at_organization = 0;
  EXPECT_LT(RankScore(stranger), score);

  RankSignals old = base;
  old.age_ms = 28 * kDay;
  EXPECT_LT(RankScore(old), score);
}

TEST(RankScoreTest, StrongerTiesRankHigher) {
  RankSignals s = Example();
  s.connections_at_organization = 0;
  int last = -1;
  for (PosterTie t : {PosterTie::kNone, PosterTie::kSecondDegree, PosterTie::kAlumni,
                      PosterTie::kConnection, PosterTie::kMentor}) {
    s.tie = t;
    EXPECT_GT(RankScore(s), last);
    last = RankScore(s);
  }
}

TEST(RankScoreTest, FreshnessHalvesEveryTwoWeeks) {
  RankSignals fresh;
  fresh.fit = ComputeSkillFit({}, {});
  fresh.stage_suits = false;
  RankSignals two_weeks = fresh;
  two_weeks.age_ms = 14 * kDay;
  // Only skills (450 × 1.0) and freshness (100 × share) differ from zero here.
  EXPECT_EQ(RankScore(fresh), 450 + 100);
  EXPECT_EQ(RankScore(two_weeks), 450 + 50);
}

}  // namespace
}  // namespace pln::domain
