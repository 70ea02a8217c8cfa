// Opportunities (issue 18): jobs, internships, projects, volunteering and events
// that members post for each other, what a valid post is, its life cycle, and
// how well it fits a member's skills. Pure rules, no I/O; the ranking that adds
// the network and freshness is in domain/opportunity_rank.h.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/ids.h"
#include "base/result.h"
#include "domain/member.h"

namespace pln::domain {

enum class OpportunityKind { kJob, kInternship, kProject, kVolunteering, kEvent };
// "job" | "internship" | "project" | "volunteering" | "event"
std::string_view ToString(OpportunityKind k);
std::optional<OpportunityKind> ParseOpportunityKind(std::string_view s);

struct OpportunityLimits {
  static constexpr size_t kTitle = 120, kOrganization = 120, kLocation = 120, kDescription = 10000,
                          kSkillName = 60, kMaxSkills = 20, kFieldName = 60, kMaxFields = 10,
                          kApplyUrl = 2048, kInterestNote = 500;
  static constexpr int kMinLevel = 1, kMaxLevel = 5;
  // A post is open for at most a year, an event lasts at most two weeks.
  static constexpr int64_t kMaxOpenMs = 365LL * 24 * 3600 * 1000;
  static constexpr int64_t kMaxEventMs = 14LL * 24 * 3600 * 1000;
};

// One skill a post asks for. `level` uses the profile's scale: 1 (beginner) to 5 (expert).
struct SkillRequirement {
  std::string name;
  int level = 1;
  bool required = true;  // false: nice to have
  bool operator==(const SkillRequirement&) const = default;
};

// What the poster writes; the same for a new post and an edit.
struct OpportunityInput {
  OpportunityKind kind = OpportunityKind::kJob;
  std::string title;
  std::string organization;
  std::string location;  // may be empty only when remote
  bool remote = false;
  std::string description;  // Markdown
  std::vector<SkillRequirement> skills;
  std::vector<std::string> fields;
  std::vector<CareerStage> stages;            // the stages it suits; empty: every stage
  std::string apply_url;                      // empty: members answer in the app ("I'm interested")
  int64_t closes_at = 0;                      // Unix ms; the post expires on its own then
  std::optional<int64_t> starts_at, ends_at;  // events only, both required for them
};

// Checks every field at `now` (kValidation naming each offending one: "title",
// "skills[2].level", "closes_at", …) and normalises text: lines trimmed and
// collapsed, duplicate fields and stages dropped, a skill listed twice refused.
// The closing date lies in the future and within a year; an event needs a start
// before its end, lasts at most two weeks and closes by the time it ends.
Result<OpportunityInput> ValidateOpportunity(OpportunityInput input, int64_t now);

// What a post is now. Closed and hidden are set by people; expired follows from the clock.
enum class OpportunityState { kOpen, kClosed, kExpired, kHidden };
// "open" | "closed" | "expired" | "hidden"
std::string_view ToString(OpportunityState s);

struct Opportunity {
  OpportunityId id;
  MemberId poster;
  OpportunityInput post;
  int64_t created_at = 0, updated_at = 0;
  std::optional<int64_t> closed_at;  // the poster closed it
  std::optional<int64_t> hidden_at;  // a moderator hid it
  std::optional<MemberId> hidden_by;
};

// Hidden wins over closed, closed over expired.
OpportunityState StateAt(const Opportunity& o, int64_t now);

// Reposting reopens a closed or expired post with a new closing date; it must
// be valid at `now` like a new one. kConflict "hidden" for a hidden post.
Status CheckRepost(const Opportunity& o, int64_t new_closes_at, int64_t now);

// The note a member adds to "I'm interested": optional, at most 500 characters.
Result<std::string> NormalizeInterestNote(std::string_view note);

// ---- Skill fit ----

// A skill a member has, with what backs it beyond their own word.
struct EvidencedSkill {
  std::string name;
  int level = 1;          // self-assessed, 1..5
  int endorsements = 0;   // members who endorsed it
  bool reviewed = false;  // rated in a submitted feedback review
};

struct SkillFit {
  int required_total = 0, required_met = 0;
  int nice_total = 0, nice_met = 0;
  std::vector<std::string> met;      // required skills met, in the post's order
  std::vector<std::string> missing;  // required skills not met (or below the level asked)
  // 0..1000: required skills weigh 80 %, nice to have 20 %; a skill others vouched for
  // (endorsed or reviewed) counts fully, one only self-assessed counts 0.8, and one a level
  // below what is asked counts half of that.
  int score_milli = 0;
};

// Compares names case-insensitively after collapsing spaces (as profiles store them).
SkillFit ComputeSkillFit(const std::vector<SkillRequirement>& asked,
                         const std::vector<EvidencedSkill>& have);

}  // namespace pln::domain
