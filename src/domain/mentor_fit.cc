#include "domain/mentor_fit.h"

#include <algorithm>
#include <cctype>

#include "base/text.h"

namespace pln::domain {
namespace {

constexpr double kSkillWeight = 0.6, kFieldWeight = 0.25, kStageWeight = 0.15;
constexpr int kMentorMinLevel = 3;  // below this a mentor is still learning it too

bool IsWordChar(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) != 0;
}

// True if `folded_phrase` occurs in `folded_text` on word boundaries, so that
// "R" does not match inside "career" but "SQL" matches "learn SQL well".
bool ContainsPhrase(std::string_view folded_text, std::string_view folded_phrase) {
  if (folded_phrase.empty()) return false;
  for (size_t at = folded_text.find(folded_phrase); at != std::string_view::npos;
       at = folded_text.find(folded_phrase, at + 1)) {
    const size_t end = at + folded_phrase.size();
    const bool starts = at == 0 || !IsWordChar(folded_text[at - 1]);
    const bool ends = end == folded_text.size() || !IsWordChar(folded_text[end]);
    if (starts && ends) return true;
  }
  return false;
}

bool ContainsName(const std::vector<std::string>& names, std::string_view folded) {
  return std::any_of(names.begin(), names.end(),
                     [&](const std::string& n) { return AsciiLower(n) == folded; });
}

// The level of a skill in `skills` (case-insensitive), 0 if absent.
int LevelOf(const std::vector<Skill>& skills, std::string_view folded) {
  for (const Skill& s : skills) {
    if (AsciiLower(s.name) == folded) return s.level;
  }
  return 0;
}

int StageRank(CareerStage s) {
  switch (s) {
    case CareerStage::kLearner: return 0;
    case CareerStage::kEarlyCareer: return 1;
    case CareerStage::kExperienced: return 2;
  }
  return 0;
}

}  // namespace

std::vector<std::string> DeriveFocusSkills(const Profile& learner, size_t limit) {
  std::vector<std::string> out;
  std::vector<std::string> folded_out;
  auto add = [&](const std::string& name) {
    std::string folded = AsciiLower(name);
    if (out.size() >= limit || ContainsName(folded_out, folded)) return;
    out.push_back(name);
    folded_out.push_back(std::move(folded));
  };
  // Skills the learner names in a goal come first: that is what they said they want.
  for (const std::string& goal : learner.goals) {
    const std::string folded_goal = AsciiLower(goal);
    for (const Skill& s : learner.skills) {
      if (ContainsPhrase(folded_goal, AsciiLower(s.name))) add(s.name);
    }
  }
  std::vector<Skill> growing;
  for (const Skill& s : learner.skills) {
    if (s.level <= 3) growing.push_back(s);
  }
  std::stable_sort(growing.begin(), growing.end(),
                   [](const Skill& a, const Skill& b) { return a.level < b.level; });
  for (const Skill& s : growing) add(s.name);
  return out;
}

MentorFit ScoreMentorFit(const LearnerNeeds& learner, const MentorAreas& mentor) {
  MentorFit fit;
  fit.focus_total = learner.focus_skills.size();
  for (const std::string& skill : learner.focus_skills) {
    const std::string folded = AsciiLower(skill);
    const int mentor_level = LevelOf(mentor.skills, folded);
    if (mentor_level >= kMentorMinLevel && mentor_level > LevelOf(learner.skills, folded)) {
      fit.covered.push_back(skill);
    }
  }
  for (const std::string& field : learner.fields) {
    if (ContainsName(mentor.fields, AsciiLower(field))) fit.shared_fields.push_back(field);
  }
  fit.stage_ahead = StageRank(mentor.stage) > StageRank(learner.stage);

  const double field_part = learner.fields.empty() ? 0.0
                                                   : static_cast<double>(fit.shared_fields.size()) /
                                                         static_cast<double>(learner.fields.size());
  const double stage_part = fit.stage_ahead ? 1.0 : 0.0;
  if (fit.focus_total == 0) {
    fit.score =
        (kFieldWeight * field_part + kStageWeight * stage_part) / (kFieldWeight + kStageWeight);
  } else {
    const double skill_part =
        static_cast<double>(fit.covered.size()) / static_cast<double>(fit.focus_total);
    fit.score = kSkillWeight * skill_part + kFieldWeight * field_part + kStageWeight * stage_part;
  }
  return fit;
}

std::vector<std::string> MentorFit::Reasons() const {
  std::vector<std::string> out;
  if (focus_total > 0 && !covered.empty()) {
    std::string r = "covers " + std::to_string(covered.size()) + " of your " +
                    std::to_string(focus_total) + " goal skill" + (focus_total == 1 ? "" : "s");
    r += " (";
    for (size_t i = 0; i < covered.size(); ++i) r += (i ? ", " : "") + covered[i];
    r += ")";
    out.push_back(std::move(r));
  }
  if (!shared_fields.empty()) {
    std::string r = "works in ";
    for (size_t i = 0; i < shared_fields.size(); ++i) {
      r += (i == 0 ? "" : i + 1 == shared_fields.size() ? " and " : ", ") + shared_fields[i];
    }
    out.push_back(std::move(r));
  }
  if (stage_ahead) out.push_back("further along in their career");
  return out;
}

}  // namespace pln::domain
