// Members and their profiles: the core entities of pln. Pure data and rules, no I/O.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/ids.h"
#include "base/result.h"

namespace pln::domain {

enum class Role { kMember, kProgramLead, kAdmin };
enum class CareerStage { kLearner, kEarlyCareer, kExperienced };
// Who may see a profile section. Ordered from most to least open.
enum class Visibility { kPublic, kMembers, kConnections };

// Profile sections with their own visibility. Name, headline and career stage
// are always shown to anyone who may see the member at all.
enum class Section { kBio, kDetails, kSkills, kGoals, kConnections };
inline constexpr Section kAllSections[] = {Section::kBio, Section::kDetails, Section::kSkills,
                                           Section::kGoals, Section::kConnections};

std::string_view ToString(Role r);         // "member" | "program_lead" | "admin"
std::string_view ToString(CareerStage s);  // "learner" | "early_career" | "experienced"
std::string_view ToString(Visibility v);   // "public" | "members" | "connections"
std::string_view ToString(Section s);      // "bio" | "details" | "skills" | "goals" | "connections"
std::optional<Role> ParseRole(std::string_view s);
std::optional<CareerStage> ParseCareerStage(std::string_view s);
std::optional<Visibility> ParseVisibility(std::string_view s);
std::optional<Section> ParseSection(std::string_view s);

struct Skill {
  std::string name;
  int level = 1;  // self-assessed, 1 (beginner) to 5 (expert)
  bool operator==(const Skill&) const = default;
};

struct OpenTo {
  bool mentoring = false;       // open to mentoring others
  bool being_mentored = false;  // looking for a mentor
  bool opportunities = false;   // open to jobs, projects, internships
  bool operator==(const OpenTo&) const = default;
};

struct SectionVisibility {
  Visibility bio = Visibility::kMembers;
  Visibility details = Visibility::kMembers;  // location, organization, open_to
  Visibility skills = Visibility::kMembers;   // fields of interest and skills
  Visibility goals = Visibility::kConnections;
  Visibility connections = Visibility::kConnections;
  Visibility Of(Section s) const;
  Visibility& Of(Section s);
  bool operator==(const SectionVisibility&) const = default;
};

struct Profile {
  std::string name;
  std::string headline;
  std::string bio;  // Markdown source
  std::string location;
  std::string organization;
  CareerStage stage = CareerStage::kLearner;
  std::vector<std::string> fields;  // fields of interest, e.g. "Data Science"
  std::vector<Skill> skills;
  std::vector<std::string> goals;
  OpenTo open_to;
  SectionVisibility visibility;
  bool discoverable = true;  // listed in the directory and in recommendations
  bool operator==(const Profile&) const = default;
};

struct Member {
  MemberId id;
  std::string email;  // lower-case
  Role role = Role::kMember;
  Profile profile;
  int64_t created_at = 0;  // Unix ms
  int64_t updated_at = 0;
};

// A partial update: only the present members change.
struct ProfilePatch {
  std::optional<std::string> name, headline, bio, location, organization;
  std::optional<CareerStage> stage;
  std::optional<std::vector<std::string>> fields;
  std::optional<std::vector<Skill>> skills;
  std::optional<std::vector<std::string>> goals;
  std::optional<bool> open_mentoring, open_being_mentored, open_opportunities;
  std::optional<Visibility> vis_bio, vis_details, vis_skills, vis_goals, vis_connections;
  std::optional<bool> discoverable;
};

// Limits that a person hits with a clear message; the HTTP layer also uses them
// to reject oversized input before it reaches the domain.
struct ProfileLimits {
  static constexpr size_t kName = 100, kHeadline = 160, kBio = 4000, kLocation = 100,
                          kOrganization = 120, kFieldName = 60, kMaxFields = 10, kSkillName = 60,
                          kMaxSkills = 50, kGoal = 280, kMaxGoals = 10;
};

// Applies `patch` to `current`, normalising text (trimmed, inner whitespace collapsed,
// duplicates removed case-insensitively). Returns kValidation with every offending
// field when any rule is broken; `current` is never half-updated.
Result<Profile> ApplyProfilePatch(const Profile& current, const ProfilePatch& patch);

// Validates and normalises an e-mail address (lower-cased, trimmed).
Result<std::string> NormalizeEmail(std::string_view email);
// Checks a new password against the policy (8 to 256 characters, not all spaces).
Status ValidateNewPassword(std::string_view password, std::string_view field = "password");
// Validates a display name for sign-up.
Result<std::string> NormalizeName(std::string_view name, std::string_view field = "name");

}  // namespace pln::domain
