// Word tables for the demo network: fields with their skills and employers,
// names from many cultures, places, schools and sentence templates. Written for
// pln; the companies, schools and people are fictional.
//
// Templates hold placeholders in braces that the seeder fills in:
//   {role} {a_role}         a job title ("data analyst", "a data analyst")
//   {field} {field_lower}   "UX Design", "UX design" (for inside a sentence)
//   {skill} {skill2}        two different skills of the member
//   {company} {program} {term} {topic} {artifact} {hobby} {years} {tenure}
//   {prior} {a_prior}       a previous career ("teacher", "a teacher")
//   {grad}                  "Bootcamp graduate" | "Recent graduate"
//   {to_first} {from_first} first names in request notes
// Everything here is static data: safe to read from any thread.
#pragma once

#include <span>
#include <string_view>

namespace pln::demo {

struct FieldInfo {
  std::string_view name;                           // "Data Science"
  std::span<const std::string_view> skills;        // 8 to 15
  std::span<const std::string_view> companies;     // employers specialised in the field
  std::span<const std::string_view> junior_roles;  // lower-case titles
  std::span<const std::string_view> senior_roles;  // lower-case titles
  std::span<const std::string_view> topics;        // what someone works on, lower-case
  std::span<const std::string_view> artifacts;     // what a learner shows for feedback
  std::span<const int> neighbours;                 // indexes of related fields
  int weight;                                      // relative share of members
};

struct NameCulture {
  std::span<const std::string_view> first;
  std::span<const std::string_view> last;
};

// A bootcamp or university whose recent cohorts are the demo's learners.
struct Program {
  std::string_view name;
  bool bootcamp;
  std::string_view city;        // one of Locations(), or "Remote"
  std::span<const int> fields;  // indexes into Fields(): the tracks it teaches
};

std::span<const FieldInfo> Fields();
std::span<const NameCulture> NameCultures();
std::span<const std::string_view> Locations();
// Employers that hire in every field (banks, hospitals, councils): they give
// the network ties across fields.
std::span<const std::string_view> SharedEmployers();
std::span<const Program> Programs();
std::span<const std::string_view> PriorCareers();
std::span<const std::string_view> Hobbies();

std::span<const std::string_view> LearnerHeadlines();
std::span<const std::string_view> EarlyHeadlines();
std::span<const std::string_view> ExperiencedHeadlines();
std::span<const std::string_view> LearnerBioOpenings();
std::span<const std::string_view> EarlyBioOpenings();
std::span<const std::string_view> ExperiencedBioOpenings();
std::span<const std::string_view> BioFocusSentences();
std::span<const std::string_view> LearnerBioClosings();
std::span<const std::string_view> EarlyBioClosings();
std::span<const std::string_view> ExperiencedBioClosings();
std::span<const std::string_view> LearnerGoals();
std::span<const std::string_view> EarlyGoals();
std::span<const std::string_view> ExperiencedGoals();
std::span<const std::string_view> RequestNotes();

}  // namespace pln::demo
