// Feedback requests, rubric-based reviews and endorsements: the rules, no I/O.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/ids.h"
#include "base/result.h"
#include "domain/member.h"

namespace pln::domain {

// One rubric criterion, rated 1..5; `levels` describe what each score means
// (exactly kRubricScale entries, level 1 first).
struct Criterion {
  std::string id;  // [a-z0-9_]{1,40}, unique within the rubric
  std::string name;
  std::vector<std::string> levels;
  bool operator==(const Criterion&) const = default;
};

struct Rubric {
  std::vector<Criterion> criteria;
  bool operator==(const Rubric&) const = default;
};

struct Artifact {
  std::string title;
  std::string url;   // empty if none; http(s) only
  std::string text;  // Markdown source; empty if none
  bool operator==(const Artifact&) const = default;
};

// kLapsed: invited or accepted, and the deadline passed without a review. It
// is derived from the deadline whenever a slot is read (EffectiveStatus) and
// also written down by the periodic feedback sweep; both give the same answer.
enum class ReviewerStatus { kInvited, kAccepted, kDeclined, kSubmitted, kLapsed };
// "invited" | "accepted" | "declined" | "submitted" | "lapsed"
std::string_view ToString(ReviewerStatus s);
std::optional<ReviewerStatus> ParseReviewerStatus(std::string_view s);

struct ReviewerSlot {
  MemberId reviewer;
  ReviewerStatus status = ReviewerStatus::kInvited;
  std::optional<int64_t> decided_at;
  bool operator==(const ReviewerSlot&) const = default;
};

struct FeedbackRequest {
  FeedbackRequestId id;
  MemberId requester;
  std::string skill;
  Artifact artifact;
  std::string question;
  Rubric rubric;
  std::string deadline;  // YYYY-MM-DD
  int64_t created_at = 0;
  std::vector<ReviewerSlot> reviewers;
};

struct Review {
  ReviewId id;
  FeedbackRequestId request;
  MemberId reviewer;
  std::map<std::string, int> ratings;              // criterion id → 1..5
  std::string strengths, improvements, next_step;  // Markdown sources
  int64_t created_at = 0;
  bool thanked = false;
  std::string reply;              // the requester's one reply; empty if none
  std::optional<int> usefulness;  // 1..5, rated by the requester
  bool on_profile = false;        // the requester shows it on their profile
};

struct Endorsement {
  EndorsementId id;
  MemberId endorser;
  MemberId member;
  std::string skill;
  std::string note;
  int64_t created_at = 0;
};

struct FeedbackLimits {
  static constexpr size_t kSkill = 60, kTitle = 160, kUrl = 2000, kText = 20000, kQuestion = 1000,
                          kMaxReviewers = 10, kMaxCriteria = 10, kCriterionName = 80, kLevel = 200,
                          kReviewText = 4000, kReply = 2000, kEndorsementNote = 280;
};
inline constexpr int kRubricScale = 5;

// What a requester sends; validated and normalised by ValidateFeedbackRequest.
struct FeedbackRequestInput {
  std::string skill;
  Artifact artifact;
  std::string question;
  std::vector<MemberId> reviewers;
  std::string deadline;
  std::optional<Rubric> rubric;  // absent: DefaultRubric()
};

// The rubric used when the requester brings none.
Rubric DefaultRubric();

// Checks every field (kValidation naming each offending one, e.g.
// "rubric.criteria[1].levels", "deadline", "reviewers[0]") and normalises
// text. `today` is YYYY-MM-DD; the deadline must be today or later.
Result<FeedbackRequestInput> ValidateFeedbackRequest(FeedbackRequestInput input, MemberId requester,
                                                     std::string_view today);

struct ReviewInput {
  std::map<std::string, int> ratings;
  std::string strengths, improvements, next_step;
};

// Every criterion of `rubric` needs a rating 1..5 and no other key may be
// present ("ratings.<id>"); the three texts are required and bounded.
Result<ReviewInput> ValidateReview(const Rubric& rubric, ReviewInput input);

// Normalises a skill name or an endorsement note (kValidation on `field`).
Result<std::string> NormalizeSkillName(std::string_view skill, std::string_view field = "skill");
Result<std::string> NormalizeEndorsementNote(std::string_view note);

// True if `date` is a real calendar date written YYYY-MM-DD.
bool IsIsoDate(std::string_view date);
// The UTC calendar date (YYYY-MM-DD) of a Unix time in milliseconds.
std::string IsoDateOf(int64_t unix_ms);

// Privacy: a request and its reviews are visible to the requester and to the
// members asked to review it; nobody else.
bool IsParticipant(MemberId viewer, const FeedbackRequest& request);
const ReviewerSlot* FindSlot(const FeedbackRequest& request, MemberId reviewer);
// Which reviews of the request `viewer` may read: the requester all of them,
// a reviewer only their own.
bool CanReadReview(MemberId viewer, const FeedbackRequest& request, const Review& review);

// The status a slot has on `today` (YYYY-MM-DD): an invited or accepted slot
// whose deadline is before today has lapsed; the deadline day itself still counts.
ReviewerStatus EffectiveStatus(const ReviewerSlot& slot, std::string_view deadline,
                               std::string_view today);
// Applies EffectiveStatus to every slot of the request.
void ApplyLapses(FeedbackRequest& request, std::string_view today);
// True for a slot that still owes an answer (invited or accepted).
bool IsAwaitingAnswer(ReviewerStatus s);

// Whole days from `from` to `to` (both YYYY-MM-DD; negative if `to` is earlier).
int DaysBetween(std::string_view from, std::string_view to);
// `date` (YYYY-MM-DD) moved by `days`.
std::string AddDays(std::string_view date, int days);

// One self-assessment: a member rated a skill at `level` (1..5).
struct SelfAssessment {
  std::string skill;
  int level = 0;
  int64_t at = 0;
  bool operator==(const SelfAssessment&) const = default;
};
// The self-assessments a profile change makes: every skill that is new in
// `after` or whose level changed (skill names compared case-insensitively).
// Removing a skill records nothing: its history stays as it was.
std::vector<Skill> ChangedSkillLevels(const std::vector<Skill>& before,
                                      const std::vector<Skill>& after);

// The average of a review's ratings, in hundredths (e.g. 350 = 3.5).
int MeanRatingCentis(const Review& review);

}  // namespace pln::domain
