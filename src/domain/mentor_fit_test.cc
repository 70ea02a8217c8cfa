#include "domain/mentor_fit.h"

#include <gtest/gtest.h>

namespace pln::domain {
namespace {

TEST(DeriveFocusSkillsTest, GoalsFirstThenWeakestSkillsWithoutDuplicates) {
  Profile p;
  p.skills = {{"Python", 4}, {"SQL", 2}, {"Tableau", 1}, {"R", 3}};
  p.goals = {"Get good at sql for analytics", "Career change into data"};
  // "SQL" from the goal (case-insensitive); "R" must not match inside "career".
  EXPECT_EQ(DeriveFocusSkills(p), (std::vector<std::string>{"SQL", "Tableau", "R"}));
  EXPECT_EQ(DeriveFocusSkills(p, 2), (std::vector<std::string>{"SQL", "Tableau"}));
}

TEST(ScoreMentorFitTest, CoversOnlySkillsTheMentorKnowsBetter) {
  LearnerNeeds learner{.focus_skills = {"SQL", "Tableau", "Statistics", "Python"},
                       .fields = {"Data Science", "UX Design"},
                       .skills = {{"Python", 4}},
                       .stage = CareerStage::kLearner};
  MentorAreas mentor{.fields = {"data science"},
                     .skills = {{"sql", 5}, {"Tableau", 2}, {"Statistics", 3}, {"Python", 4}},
                     .stage = CareerStage::kExperienced};
  MentorFit fit = ScoreMentorFit(learner, mentor);
  // Tableau at 2 is too low; Python at 4 is no better than the learner's 4.
  EXPECT_EQ(fit.covered, (std::vector<std::string>{"SQL", "Statistics"}));
  EXPECT_EQ(fit.focus_total, 4u);
  EXPECT_EQ(fit.shared_fields, (std::vector<std::string>{"Data Science"}));
  EXPECT_TRUE(fit.stage_ahead);
  EXPECT_DOUBLE_EQ(fit.score, 0.6 * 0.5 + 0.25 * 0.5 + 0.15);
  EXPECT_EQ(fit.Reasons(),
            (std::vector<std::string>{"covers 2 of your 4 goal skills (SQL, Statistics)",
                                      "works in Data Science", "further along in their career"}));
}

TEST(ScoreMentorFitTest, WithoutFocusSkillsFieldsAndStageStillRank) {
  LearnerNeeds learner{.fields = {"UX Design"}, .stage = CareerStage::kLearner};
  MentorAreas near{.fields = {"UX Design"}, .stage = CareerStage::kExperienced};
  MentorAreas far{.fields = {"Finance"}, .stage = CareerStage::kExperienced};
  EXPECT_DOUBLE_EQ(ScoreMentorFit(learner, near).score, 1.0);
  EXPECT_GT(ScoreMentorFit(learner, near).score, ScoreMentorFit(learner, far).score);
  EXPECT_TRUE(ScoreMentorFit(learner, far).Reasons() ==
              std::vector<std::string>{"further along in their career"});
}

TEST(ScoreMentorFitTest, PeerIsNotAheadAndEmptyInputScoresZero) {
  MentorFit fit = ScoreMentorFit(LearnerNeeds{.stage = CareerStage::kExperienced},
                                 MentorAreas{.stage = CareerStage::kExperienced});
  EXPECT_FALSE(fit.stage_ahead);
  EXPECT_EQ(fit.score, 0.0);
  EXPECT_TRUE(fit.Reasons().empty());
}

}  // namespace
}  // namespace pln::domain
