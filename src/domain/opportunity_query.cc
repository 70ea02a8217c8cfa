#include "domain/opportunity_query.h"

#include <algorithm>
#include <set>

#include "base/text.h"
#include "domain/text_rules.h"

namespace pln::domain {
namespace {

using L = OpportunityQueryLimits;

// How names and words compare: accents, case and punctuation aside ("Data-Science"
// is "data science"). A word with no Latin letter or digit keeps its lower-cased self,
// so a query in another script still matches its own text.
std::string WordKey(std::string_view word) {
  std::string folded = AsciiFoldAlnum(word);
  return folded.empty() ? AsciiLower(word) : folded;
}

std::string NameKey(std::string_view name) {
  std::string out;
  for (const std::string& w : SplitWords(name)) out += WordKey(w);
  return out;
}

std::string FoldWords(std::string_view text) {
  std::string out;
  for (const std::string& w : SplitWords(text)) {
    std::string key = WordKey(w);
    if (key.empty()) continue;
    if (!out.empty()) out += ' ';
    out += key;
  }
  return out;
}

bool AllWordsIn(std::string_view words, std::string_view folded_text) {
  for (const std::string& w : SplitWords(words)) {
    const std::string key = WordKey(w);
    if (!key.empty() && folded_text.find(key) == std::string_view::npos) return false;
  }
  return true;
}

bool AnyNameIn(const std::vector<std::string>& wanted, const std::vector<std::string>& have) {
  for (const std::string& w : wanted) {
    const std::string key = NameKey(w);
    for (const std::string& h : have) {
      if (NameKey(h) == key) return true;
    }
  }
  return false;
}

std::string Plural(OpportunityKind k) {
  switch (k) {
    case OpportunityKind::kJob: return "jobs";
    case OpportunityKind::kInternship: return "internships";
    case OpportunityKind::kProject: return "projects";
    case OpportunityKind::kVolunteering: return "volunteering";
    case OpportunityKind::kEvent: return "events";
  }
  return "opportunities";
}

std::string StageWords(CareerStage s) {
  switch (s) {
    case CareerStage::kLearner: return "for learners";
    case CareerStage::kEarlyCareer: return "early career";
    case CareerStage::kExperienced: return "experienced";
  }
  return "";
}

}  // namespace

Result<OpportunityQuery> ValidateOpportunityQuery(OpportunityQuery q) {
  std::vector<FieldError> errors;
  if (q.kinds.size() > L::kMaxKinds) {
    errors.push_back({"kinds", "must have at most " + std::to_string(L::kMaxKinds) + " entries"});
  }
  std::sort(q.kinds.begin(), q.kinds.end());
  q.kinds.erase(std::unique(q.kinds.begin(), q.kinds.end()), q.kinds.end());
  q.fields =
      CheckNames(q.fields, "fields", OpportunityLimits::kFieldName, L::kMaxFields, false, errors);
  q.skills =
      CheckNames(q.skills, "skills", OpportunityLimits::kSkillName, L::kMaxSkills, false, errors);
  q.location = CheckLine(q.location, "location", L::kLocation, false, errors);
  q.keywords = CheckLine(q.keywords, "keywords", L::kKeywords, false, errors);
  if (!errors.empty()) return ValidationError(std::move(errors));
  return q;
}

bool IsEmpty(const OpportunityQuery& q) {
  return q == OpportunityQuery{};
}

std::string SearchText(const OpportunityInput& post) {
  std::string text = post.title + ' ' + post.organization + ' ' + post.description;
  for (const SkillRequirement& s : post.skills) text += ' ' + s.name;
  for (const std::string& f : post.fields) text += ' ' + f;
  return FoldWords(text);
}

bool Matches(const OpportunityQuery& q, const OpportunityInput& post,
             std::string_view search_text) {
  if (!q.kinds.empty() && std::find(q.kinds.begin(), q.kinds.end(), post.kind) == q.kinds.end()) {
    return false;
  }
  if (q.remote_only && !post.remote) return false;
  if (q.stage && !post.stages.empty() &&
      std::find(post.stages.begin(), post.stages.end(), *q.stage) == post.stages.end()) {
    return false;
  }
  if (!q.fields.empty() && !AnyNameIn(q.fields, post.fields)) return false;
  if (!q.skills.empty()) {
    std::vector<std::string> asked;
    for (const SkillRequirement& s : post.skills) asked.push_back(s.name);
    if (!AnyNameIn(q.skills, asked)) return false;
  }
  if (!q.location.empty() && !AllWordsIn(q.location, FoldWords(post.location))) return false;
  return q.keywords.empty() || AllWordsIn(q.keywords, search_text);
}

bool Matches(const OpportunityQuery& q, const OpportunityInput& post) {
  return Matches(q, post, SearchText(post));
}

std::string DescribeQuery(const OpportunityQuery& q) {
  std::vector<std::string> parts;
  if (!q.kinds.empty()) {
    std::string kinds;
    for (size_t i = 0; i < q.kinds.size(); ++i) {
      if (i > 0) kinds += i + 1 == q.kinds.size() ? " and " : ", ";
      kinds += Plural(q.kinds[i]);
    }
    kinds[0] = static_cast<char>(kinds[0] - 'a' + 'A');
    parts.push_back(kinds);
  }
  for (const std::string& f : q.fields) parts.push_back(f);
  for (const std::string& s : q.skills) parts.push_back("with " + s);
  if (q.stage) parts.push_back(StageWords(*q.stage));
  if (q.remote_only) parts.push_back("remote");
  if (!q.location.empty()) parts.push_back("in " + q.location);
  if (!q.keywords.empty()) parts.push_back("\u201c" + q.keywords + "\u201d");
  if (parts.empty()) return "All opportunities";
  std::string out;
  for (size_t i = 0; i < parts.size(); ++i) {
    if (i > 0) out += " \u00b7 ";
    out += parts[i];
  }
  return out;
}

}  // namespace pln::domain
