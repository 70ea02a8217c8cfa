#include "domain/feedback.h"

#include <gtest/gtest.h>

namespace pln::domain {
namespace {

FeedbackRequestInput Valid() {
  FeedbackRequestInput in;
  in.skill = " UX  research ";
  in.artifact.title = "Case study";
  in.artifact.url = "https://example.org/case";
  in.question = "Is it convincing?";
  in.reviewers = {MemberId(2), MemberId(3)};
  in.deadline = "2030-01-31";
  return in;
}

bool HasField(const Error& e, const std::string& field) {
  for (const FieldError& d : e.details()) {
    if (d.field == field) return true;
  }
  return false;
}

TEST(FeedbackRequest, ValidGetsDefaultRubricAndNormalisedText) {
  auto r = ValidateFeedbackRequest(Valid(), MemberId(1), "2030-01-01");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->skill, "UX research");
  EXPECT_EQ(r->rubric, DefaultRubric());
  ASSERT_EQ(r->rubric->criteria.size(), 3u);
}

TEST(FeedbackRequest, RejectsPastDeadlineSelfDuplicatesAndBadUrl) {
  FeedbackRequestInput in = Valid();
  in.deadline = "2029-12-31";
  in.reviewers = {MemberId(1), MemberId(2), MemberId(2)};
  in.artifact.url = "javascript:alert(1)";
  auto r = ValidateFeedbackRequest(in, MemberId(1), "2030-01-01");
  ASSERT_FALSE(r.ok());
  EXPECT_TRUE(HasField(r.error(), "deadline"));
  EXPECT_TRUE(HasField(r.error(), "reviewers[0]"));
  EXPECT_TRUE(HasField(r.error(), "reviewers[2]"));
  EXPECT_TRUE(HasField(r.error(), "artifact.url"));
}

TEST(FeedbackRequest, RejectsImpossibleDatesAndOversizedArtifacts) {
  FeedbackRequestInput in = Valid();
  in.deadline = "2030-02-30";
  in.artifact.text = std::string(FeedbackLimits::kText + 1, 'a');
  auto r = ValidateFeedbackRequest(in, MemberId(1), "2030-01-01");
  ASSERT_FALSE(r.ok());
  EXPECT_TRUE(HasField(r.error(), "deadline"));
  EXPECT_TRUE(HasField(r.error(), "artifact.text"));
}

TEST(FeedbackRequest, CustomRubricNeedsFiveLevelsAndUniqueIds) {
  FeedbackRequestInput in = Valid();
  in.rubric = Rubric{{{"story", "Story", {"a", "b", "c", "d", "e"}},
                      {"story", "Again", {"a", "b"}},
                      {"Bad Id", "X", {"a", "b", "c", "d", "e"}}}};
  auto r = ValidateFeedbackRequest(in, MemberId(1), "2030-01-01");
  ASSERT_FALSE(r.ok());
  EXPECT_TRUE(HasField(r.error(), "rubric.criteria[1].id"));
  EXPECT_TRUE(HasField(r.error(), "rubric.criteria[1].levels"));
  EXPECT_TRUE(HasField(r.error(), "rubric.criteria[2].id"));
  EXPECT_FALSE(HasField(r.error(), "rubric.criteria[0].id"));
}

TEST(Review, RatingsMustCoverTheRubricWithinRange) {
  ReviewInput in;
  in.ratings = {{"clarity", 0}, {"depth", 6}, {"extra", 3}};
  in.strengths = "ok";
  in.improvements = "";
  in.next_step = "do it";
  auto r = ValidateReview(DefaultRubric(), in);
  ASSERT_FALSE(r.ok());
  EXPECT_TRUE(HasField(r.error(), "ratings.clarity"));
  EXPECT_TRUE(HasField(r.error(), "ratings.depth"));
  EXPECT_TRUE(HasField(r.error(), "ratings.impact"));
  EXPECT_TRUE(HasField(r.error(), "ratings.extra"));
  EXPECT_TRUE(HasField(r.error(), "improvements"));
  in.ratings = {{"clarity", 1}, {"depth", 5}, {"impact", 3}};
  in.improvements = "more";
  EXPECT_TRUE(ValidateReview(DefaultRubric(), in).ok());
}

TEST(FeedbackPrivacy, OnlyRequesterAndInvitedReviewersParticipate) {
  FeedbackRequest req;
  req.id = FeedbackRequestId(9);
  req.requester = MemberId(1);
  req.reviewers = {{MemberId(2)}, {MemberId(3)}};
  EXPECT_TRUE(IsParticipant(MemberId(1), req));
  EXPECT_TRUE(IsParticipant(MemberId(3), req));
  EXPECT_FALSE(IsParticipant(MemberId(4), req));
  Review rev;
  rev.request = req.id;
  rev.reviewer = MemberId(2);
  EXPECT_TRUE(CanReadReview(MemberId(1), req, rev));
  EXPECT_TRUE(CanReadReview(MemberId(2), req, rev));
  EXPECT_FALSE(CanReadReview(MemberId(3), req, rev));  // another reviewer
  EXPECT_FALSE(CanReadReview(MemberId(4), req, rev));
}

TEST(FeedbackDates, IsoDateOf) {
  EXPECT_EQ(IsoDateOf(0), "1970-01-01");
  EXPECT_EQ(IsoDateOf(1'700'000'000'000), "2023-11-14");
  EXPECT_TRUE(IsIsoDate("2024-02-29"));
  EXPECT_FALSE(IsIsoDate("2023-02-29"));
}

TEST(FeedbackDates, DaysBetweenAndAddDaysCrossMonthsAndLeapDays) {
  EXPECT_EQ(DaysBetween("2024-02-27", "2024-03-01"), 3);
  EXPECT_EQ(DaysBetween("2024-03-01", "2024-02-27"), -3);
  EXPECT_EQ(DaysBetween("2030-01-10", "2030-01-10"), 0);
  EXPECT_EQ(AddDays("2024-02-28", 2), "2024-03-01");
  EXPECT_EQ(AddDays("2023-12-31", 1), "2024-01-01");
  EXPECT_EQ(AddDays("2024-01-01", -1), "2023-12-31");
}

TEST(FeedbackLapse, OpenSlotsLapseTheDayAfterTheDeadline) {
  FeedbackRequest req;
  req.deadline = "2030-01-10";
  req.reviewers = {{MemberId(2), ReviewerStatus::kInvited, {}},
                   {MemberId(3), ReviewerStatus::kAccepted, 5},
                   {MemberId(4), ReviewerStatus::kDeclined, 6},
                   {MemberId(5), ReviewerStatus::kSubmitted, 7}};
  // The deadline day itself is still open.
  EXPECT_EQ(EffectiveStatus(req.reviewers[0], req.deadline, "2030-01-10"),
            ReviewerStatus::kInvited);
  EXPECT_EQ(EffectiveStatus(req.reviewers[1], req.deadline, "2030-01-11"), ReviewerStatus::kLapsed);
  ApplyLapses(req, "2030-01-11");
  EXPECT_EQ(req.reviewers[0].status, ReviewerStatus::kLapsed);
  EXPECT_EQ(req.reviewers[1].status, ReviewerStatus::kLapsed);
  EXPECT_EQ(req.reviewers[2].status, ReviewerStatus::kDeclined);
  EXPECT_EQ(req.reviewers[3].status, ReviewerStatus::kSubmitted);
  EXPECT_EQ(ToString(ReviewerStatus::kLapsed), "lapsed");
  EXPECT_EQ(ParseReviewerStatus("lapsed"), ReviewerStatus::kLapsed);
  EXPECT_FALSE(IsAwaitingAnswer(ReviewerStatus::kLapsed));
}

TEST(SelfAssessment, OnlyNewSkillsAndChangedLevelsAreRecorded) {
  const std::vector<Skill> before = {{"SQL", 2}, {"Go", 3}, {"Rust", 1}};
  const std::vector<Skill> after = {{"sql", 2}, {"Go", 4}, {"Python", 1}};
  EXPECT_EQ(ChangedSkillLevels(before, after), (std::vector<Skill>{{"Go", 4}, {"Python", 1}}));
  EXPECT_TRUE(ChangedSkillLevels(after, after).empty());
  EXPECT_EQ(ChangedSkillLevels({}, before), before);
}

}  // namespace
}  // namespace pln::domain
