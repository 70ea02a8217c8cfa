// How well a mentor's areas fit what a learner wants to grow in: one pure score
// with its reasons, shared by mentor discovery (ranked list for one learner) and
// cohort matching (compatibility of every candidate pair). No I/O.
//
// The score only looks at what it is given; callers pass only what the learner
// may see of the mentor (and the learner's own profile), so reasons built from
// it never reveal hidden sections.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "domain/member.h"

namespace pln::domain {

// What the learner wants help with.
struct LearnerNeeds {
  // Skills the learner wants to grow, by name. Explicit when the learner states
  // them (a request's goals, a program preference, a search filter); otherwise
  // derived from the profile by DeriveFocusSkills.
  std::vector<std::string> focus_skills;
  std::vector<std::string> fields;
  std::vector<Skill> skills;  // the learner's own levels, to judge "knows it better"
  CareerStage stage = CareerStage::kLearner;
};

// What the mentor offers: the areas of their mentor offer, with the levels of
// their profile's skills where known.
struct MentorAreas {
  std::vector<std::string> fields;
  std::vector<Skill> skills;
  CareerStage stage = CareerStage::kExperienced;
};

struct MentorFit {
  double score = 0;                        // 0..1, higher is better
  std::vector<std::string> covered;        // focus skills the mentor covers, in the learner's order
  size_t focus_total = 0;                  // number of focus skills considered
  std::vector<std::string> shared_fields;  // in the learner's order
  bool stage_ahead = false;                // mentor is further in their career than the learner

  // "covers 3 of your 4 goal skills" / "works in UX Design" — empty parts left out.
  std::vector<std::string> Reasons() const;
};

// The skills a learner most plausibly wants to grow when they did not say:
// skills named in their goals, then their skills at level ≤ 3 (lowest first),
// at most `limit`, without duplicates (case-insensitive).
std::vector<std::string> DeriveFocusSkills(const Profile& learner, size_t limit = 5);

// A mentor covers a focus skill when they list it (case-insensitive) at level
// ≥ 3 and above the learner's own level for it. Weights: skill coverage 0.6,
// shared fields 0.25, career stage ahead 0.15; a learner with no focus skills
// is scored on fields and stage alone (renormalised), so cold profiles still rank.
MentorFit ScoreMentorFit(const LearnerNeeds& learner, const MentorAreas& mentor);

}  // namespace pln::domain
