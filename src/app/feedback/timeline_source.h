// The per-skill growth timeline's types and its extension point, apart from
// the timeline itself (feedback/timeline.h) so that a capability adding a
// series (the mentorship goals) depends on this header only.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/repositories.h"
#include "base/ids.h"
#include "base/result.h"

namespace pln::app {

// One point of a skill's timeline.
struct TimelinePoint {
  int64_t at = 0;                 // Unix ms
  std::string kind;               // "self_assessment" | "review" | "endorsement" | a source's kind
  int level_centis = 0;           // 100..500; 0 for endorsements
  std::optional<int64_t> source;  // review or endorsement id
};

// One rubric rating of a review, for the per-criterion series.
struct CriterionRating {
  std::string id, name;
  int score = 0;  // 1..5
};

struct ReviewPoint {
  int64_t at = 0;
  ReviewId review;
  int mean_centis = 0;  // 100..500
  std::vector<CriterionRating> criteria;
};

struct EndorsementPoint {
  int64_t at = 0;
  EndorsementId endorsement;
  int cumulative = 0;  // endorsements of the skill up to and including this one
};

struct SelfAssessmentPoint {
  int64_t at = 0;
  int level = 0;  // 1..5
};

// A series contributed by a TimelineSource (e.g. completed mentorship goals).
struct ExtraSeries {
  std::string kind;                   // e.g. "mentorship_goal"
  std::vector<TimelinePoint> points;  // oldest first
};

struct SkillTimeline {
  std::string skill;
  std::vector<TimelinePoint> points;  // every series merged, oldest first
  std::vector<SelfAssessmentPoint> self_assessments;
  std::vector<ReviewPoint> reviews;
  std::vector<EndorsementPoint> endorsements;
  std::vector<ExtraSeries> extra;
  int review_count = 0, endorsement_count = 0;
  bool has_outside_feedback = false;
  // The member's own skills (as they name them) with no review and no
  // endorsement yet, in profile order: "ask for feedback on …".
  std::vector<std::string> skills_without_feedback;
};

// An extension point of the timeline: each registered source adds one series
// (for instance the lead's completed mentorship goals). Sources run inside the
// timeline's read transaction, after the built-in series; `skill_norm` is the
// lower-cased skill name. A source that counts as outside feedback sets
// `timeline.has_outside_feedback`.
class TimelineSource {
 public:
  virtual ~TimelineSource() = default;
  virtual Status Contribute(Tx& tx, MemberId member, const std::string& skill_norm,
                            SkillTimeline& timeline) = 0;
};

}  // namespace pln::app
