#include "demo/people.h"

#include <algorithm>
#include <cstring>
#include <span>

#include "base/clock.h"
#include "base/text.h"
#include "demo/random.h"
#include "demo/word_tables.h"

namespace pln::demo {
namespace {

using domain::CareerStage;
using domain::Visibility;

// The learner everyone logs in as. Half a profile on purpose: no bio, no goals,
// two skills, so the app's "what next" suggestions have something to offer.
constexpr char kDemoName[] = "Sam Rivera";
constexpr char kDemoFirstName[] = "Sam";
constexpr char kDemoProgram[] = "North Star Data Bootcamp";
constexpr int kDemoField = 0;  // Data Science

std::string_view Article(std::string_view word) {
  if (word.empty()) return "a";
  const auto upper = [](char c) { return c >= 'A' && c <= 'Z'; };
  // Acronyms are read letter by letter ("an SEO specialist", "a UX designer"),
  // except the ones said as a word.
  if (word.size() >= 2 && upper(word[0]) && upper(word[1])) {
    if (word.rfind("SOC", 0) == 0) return "a";
    return std::strchr("AEFHILMNORSX", word[0]) != nullptr ? "an" : "a";
  }
  const char c = static_cast<char>(word[0] | 0x20);
  return (c == 'a' || c == 'e' || c == 'i' || c == 'o') ? "an" : "a";
}

// "UX Design" → "UX design", "Cloud & DevOps" → "cloud & DevOps": a field name
// inside a sentence, lower-casing only ordinary capitalised words.
std::string FieldInSentence(std::string_view field) {
  std::string out(field);
  size_t start = 0;
  while (start < out.size()) {
    size_t end = out.find(' ', start);
    if (end == std::string::npos) end = out.size();
    const auto is_upper = [](char c) { return c >= 'A' && c <= 'Z'; };
    const bool ordinary = std::none_of(out.begin() + static_cast<std::ptrdiff_t>(start) + 1,
                                       out.begin() + static_cast<std::ptrdiff_t>(end), is_upper);
    if (ordinary && is_upper(out[start])) out[start] = static_cast<char>(out[start] - 'A' + 'a');
    start = end + 1;
  }
  return out;
}

std::string WithArticle(const std::string& noun) {
  // One head of a department: "I'm the head of product", not "a head of".
  if (noun.rfind("head of", 0) == 0 || noun.rfind("director of", 0) == 0) return "the " + noun;
  return std::string(Article(noun)) + " " + noun;
}

// Headlines and goals start with a lower-case job title in the templates.
std::string CapitalizeFirst(std::string s) {
  if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 'a' + 'A');
  return s;
}

int PickWeightedField(Rng& rng) {
  const auto fields = Fields();
  int total = 0;
  for (const auto& f : fields) total += f.weight;
  int x = static_cast<int>(rng.Below(static_cast<size_t>(total)));
  for (size_t i = 0; i < fields.size(); ++i) {
    x -= fields[i].weight;
    if (x < 0) return static_cast<int>(i);
  }
  return 0;
}

std::vector<int> ProgramsTeaching(int field) {
  std::vector<int> out;
  const auto programs = Programs();
  for (size_t p = 0; p < programs.size(); ++p) {
    const auto& tracks = programs[p].fields;
    if (std::find(tracks.begin(), tracks.end(), field) != tracks.end()) {
      out.push_back(static_cast<int>(p));
    }
  }
  return out;
}

int ProgramIndex(std::string_view name) {
  const auto programs = Programs();
  for (size_t p = 0; p < programs.size(); ++p) {
    if (programs[p].name == name) return static_cast<int>(p);
  }
  return 0;
}

// Employers as small integers: field companies first, then shared employers.
constexpr int kEmployersPerField = 16;
constexpr int kSharedEmployerBase = 1000;
std::string_view EmployerName(int employer) {
  if (employer >= kSharedEmployerBase) {
    return SharedEmployers()[static_cast<size_t>(employer - kSharedEmployerBase)];
  }
  return Fields()[static_cast<size_t>(employer / kEmployersPerField)]
      .companies[static_cast<size_t>(employer % kEmployersPerField)];
}

std::vector<domain::Skill> PickSkills(Rng& rng, CareerStage stage, const std::vector<int>& fields) {
  const auto all = Fields();
  int count = 0, lo = 1, hi = 3;
  switch (stage) {
    case CareerStage::kLearner: count = rng.Between(3, 5), lo = 1, hi = 3; break;
    case CareerStage::kEarlyCareer: count = rng.Between(4, 7), lo = 2, hi = 4; break;
    case CareerStage::kExperienced: count = rng.Between(5, 8), lo = 3, hi = 5; break;
  }
  const auto& primary = all[static_cast<size_t>(fields[0])].skills;
  std::vector<domain::Skill> skills;
  for (size_t i : Sample(rng, primary.size(), static_cast<size_t>(count))) {
    skills.push_back({std::string(primary[i]), rng.Between(lo, hi)});
  }
  // Someone with a second field usually knows one of its skills too.
  if (fields.size() > 1 && rng.Chance(0.5)) {
    const auto& other = all[static_cast<size_t>(fields[1])].skills;
    const std::string name(rng.Pick(other));
    const bool dup = std::any_of(skills.begin(), skills.end(), [&](const domain::Skill& s) {
      return AsciiLower(s.name) == AsciiLower(name);
    });
    if (!dup) skills.back() = {name, rng.Between(lo, hi)};
  }
  skills[0].level = std::min(5, skills[0].level + 1);  // everyone has a strongest skill
  std::stable_sort(
      skills.begin(), skills.end(),
      [](const domain::Skill& a, const domain::Skill& b) { return a.level > b.level; });
  return skills;
}

std::span<const std::string_view> HeadlinesFor(CareerStage s) {
  switch (s) {
    case CareerStage::kLearner: return LearnerHeadlines();
    case CareerStage::kEarlyCareer: return EarlyHeadlines();
    case CareerStage::kExperienced: return ExperiencedHeadlines();
  }
  return LearnerHeadlines();
}
std::span<const std::string_view> OpeningsFor(CareerStage s) {
  switch (s) {
    case CareerStage::kLearner: return LearnerBioOpenings();
    case CareerStage::kEarlyCareer: return EarlyBioOpenings();
    case CareerStage::kExperienced: return ExperiencedBioOpenings();
  }
  return LearnerBioOpenings();
}
std::span<const std::string_view> ClosingsFor(CareerStage s) {
  switch (s) {
    case CareerStage::kLearner: return LearnerBioClosings();
    case CareerStage::kEarlyCareer: return EarlyBioClosings();
    case CareerStage::kExperienced: return ExperiencedBioClosings();
  }
  return LearnerBioClosings();
}
std::span<const std::string_view> GoalsFor(CareerStage s) {
  switch (s) {
    case CareerStage::kLearner: return LearnerGoals();
    case CareerStage::kEarlyCareer: return EarlyGoals();
    case CareerStage::kExperienced: return ExperiencedGoals();
  }
  return LearnerGoals();
}

}  // namespace

std::string Fill(std::string_view tmpl, const Vars& v) {
  std::string out;
  size_t pos = 0;
  while (pos < tmpl.size()) {
    const size_t open = tmpl.find('{', pos);
    if (open == std::string_view::npos) break;
    const size_t close = tmpl.find('}', open);
    if (close == std::string_view::npos) break;
    out.append(tmpl.substr(pos, open - pos));
    const std::string_view key = tmpl.substr(open + 1, close - open - 1);
    if (key == "role")
      out += v.role;
    else if (key == "a_role")
      out += WithArticle(v.role);
    else if (key == "field")
      out += v.field;
    else if (key == "field_lower")
      out += FieldInSentence(v.field);
    else if (key == "skill")
      out += v.skill;
    else if (key == "skill2")
      out += v.skill2;
    else if (key == "company")
      out += v.company;
    else if (key == "program")
      out += v.program;
    else if (key == "term")
      out += v.term;
    else if (key == "topic")
      out += v.topic;
    else if (key == "artifact")
      out += v.artifact;
    else if (key == "hobby")
      out += v.hobby;
    else if (key == "years")
      out += v.years;
    else if (key == "tenure")
      out += v.tenure;
    else if (key == "prior")
      out += v.prior;
    else if (key == "a_prior")
      out += WithArticle(v.prior);
    else if (key == "grad")
      out += v.grad;
    else if (key == "to_first")
      out += v.to_first;
    else if (key == "from_first")
      out += v.from_first;
    else
      out.append(tmpl.substr(open, close - open + 1));  // a typo stays visible in tests
    pos = close + 1;
  }
  out.append(tmpl.substr(std::min(pos, tmpl.size())));
  return out;
}

// The three most recent half-year cohorts that have finished by now_ms, newest first.
std::vector<std::string> RecentTerms(int64_t now_ms) {
  const std::string iso = FormatIso8601(now_ms);  // "2026-11-28T…"
  const int year = std::stoi(iso.substr(0, 4));
  const int month = std::stoi(iso.substr(5, 2));
  if (month >= 7) {
    return {"Spring " + std::to_string(year), "Autumn " + std::to_string(year - 1),
            "Spring " + std::to_string(year - 1)};
  }
  return {"Autumn " + std::to_string(year - 1), "Spring " + std::to_string(year - 1),
          "Autumn " + std::to_string(year - 2)};
}

// Person i >= 1. Draws only from its own generator, seeded by (seed, i), so a
// person does not change when the member count does.
void MakePerson(uint64_t seed, int i, int64_t now, const std::vector<std::string>& terms,
                DemoPerson& person, Traits& traits) {
  Rng rng(SplitMix64(seed * 0x9E3779B97F4A7C15ULL + static_cast<uint64_t>(i)));
  const auto fields = Fields();
  const auto programs = Programs();

  const double stage_draw = rng.Unit();
  const CareerStage stage = stage_draw < 0.45   ? CareerStage::kLearner
                            : stage_draw < 0.75 ? CareerStage::kEarlyCareer
                                                : CareerStage::kExperienced;
  const int field = PickWeightedField(rng);
  const FieldInfo& info = fields[static_cast<size_t>(field)];

  const auto cultures = NameCultures();
  const NameCulture& culture = rng.Pick(cultures);
  const std::string first(rng.Pick(culture.first));
  // People marry, move and mix: some surnames come from another culture.
  const NameCulture& last_culture = rng.Chance(0.12) ? rng.Pick(cultures) : culture;
  const std::string last(rng.Pick(last_culture.last));

  std::vector<int> field_ids = {field};
  for (double p : {0.35, 0.12}) {
    if (!rng.Chance(p)) continue;
    const int n = rng.Pick(info.neighbours);
    if (std::find(field_ids.begin(), field_ids.end(), n) == field_ids.end()) field_ids.push_back(n);
  }

  const std::vector<int> schools = ProgramsTeaching(field);
  const int program = rng.Pick(schools);
  const Program& school = programs[static_cast<size_t>(program)];
  const int term = static_cast<int>(rng.Below(terms.size()));

  traits.stage = stage;
  traits.field = field;
  traits.program = program;
  traits.term = term;
  traits.first_name = first;
  if (stage == CareerStage::kLearner) {
    traits.employer = -1;
  } else if (rng.Chance(0.65)) {
    traits.employer =
        field * kEmployersPerField + static_cast<int>(rng.Below(info.companies.size()));
  } else {
    traits.employer = kSharedEmployerBase + static_cast<int>(rng.Below(SharedEmployers().size()));
  }
  traits.alumnus = stage == CareerStage::kEarlyCareer   ? rng.Chance(0.5)
                   : stage == CareerStage::kExperienced ? rng.Chance(0.15)
                                                        : false;

  domain::Profile& p = person.profile;
  p.name = first + " " + last;
  p.stage = stage;
  for (int f : field_ids) p.fields.emplace_back(fields[static_cast<size_t>(f)].name);
  p.skills = PickSkills(rng, stage, field_ids);

  const double location_draw = rng.Unit();
  if (location_draw < 0.05) {
    p.location = "";  // not everyone fills it in
  } else if (stage == CareerStage::kLearner && school.city != "Remote" && location_draw < 0.65) {
    p.location = school.city;
  } else {
    p.location = rng.Pick(Locations());
  }
  p.organization = stage == CareerStage::kLearner ? std::string(school.name)
                                                  : std::string(EmployerName(traits.employer));

  Vars v;
  v.role = std::string(stage == CareerStage::kExperienced ? rng.Pick(info.senior_roles)
                                                          : rng.Pick(info.junior_roles));
  v.field = info.name;
  v.skill = p.skills[0].name;
  v.skill2 = p.skills[1].name;
  v.company = p.organization;
  v.program = school.name;
  v.term = terms[static_cast<size_t>(term)];
  v.topic = rng.Pick(info.topics);
  v.artifact = rng.Pick(info.artifacts);
  v.hobby = rng.Pick(Hobbies());
  v.years = std::to_string(rng.Between(6, 20));
  static constexpr std::string_view kTenures[] = {"about six months", "a year", "eighteen months",
                                                  "two years", "three years"};
  v.tenure = rng.Pick(std::span<const std::string_view>(kTenures));
  v.prior = rng.Pick(PriorCareers());
  v.grad = school.bootcamp ? "Bootcamp graduate" : "Recent graduate";

  traits.role = v.role;
  p.headline = CapitalizeFirst(Fill(rng.Pick(HeadlinesFor(stage)), v));
  if (rng.Chance(stage == CareerStage::kLearner ? 0.8 : 0.88)) {
    p.bio = Fill(rng.Pick(OpeningsFor(stage)), v) + " " + Fill(rng.Pick(BioFocusSentences()), v);
    if (rng.Chance(0.7)) p.bio += " " + Fill(rng.Pick(ClosingsFor(stage)), v);
  }
  const auto goal_templates = GoalsFor(stage);
  for (size_t g : Sample(rng, goal_templates.size(), static_cast<size_t>(rng.Between(1, 3)))) {
    p.goals.push_back(CapitalizeFirst(Fill(goal_templates[g], v)));
  }

  switch (stage) {
    case CareerStage::kLearner:
      p.open_to = {rng.Chance(0.02), rng.Chance(0.8), rng.Chance(0.85)};
      break;
    case CareerStage::kEarlyCareer:
      p.open_to = {rng.Chance(0.2), rng.Chance(0.55), rng.Chance(0.5)};
      break;
    case CareerStage::kExperienced:
      p.open_to = {rng.Chance(0.7), rng.Chance(0.05), rng.Chance(0.25)};
      break;
  }
  traits.mentor = stage == CareerStage::kExperienced && p.open_to.mentoring;
  traits.wants_mentor = p.open_to.being_mentored;

  // Most people keep the defaults; a few open up or lock down a section.
  if (rng.Chance(0.15)) p.visibility.goals = Visibility::kMembers;
  if (rng.Chance(0.08)) p.visibility.skills = Visibility::kPublic;
  if (rng.Chance(0.06)) p.visibility.bio = Visibility::kPublic;
  if (rng.Chance(0.05)) p.visibility.connections = Visibility::kMembers;
  if (rng.Chance(0.05)) p.visibility.bio = Visibility::kConnections;
  if (rng.Chance(0.04)) p.visibility.details = Visibility::kConnections;
  p.discoverable = !rng.Chance(0.05);

  int min_days = 10, max_days = 150;
  if (stage == CareerStage::kEarlyCareer) min_days = 30, max_days = 330;
  if (stage == CareerStage::kExperienced) min_days = 60, max_days = 365;
  person.created_at = now - rng.Between(min_days, max_days) * kDayMs -
                      static_cast<int64_t>(rng.Below(static_cast<size_t>(kDayMs)));

  person.email = DemoEmailSlug(first) + "." + DemoEmailSlug(last) + "." + std::to_string(i + 1) +
                 "@" + kDemoEmailDomain;
}

void MakeDemoLogin(int64_t now, DemoPerson& person, Traits& traits) {
  person.email = kDemoEmail;
  person.created_at = now - 2 * kDayMs;
  domain::Profile& p = person.profile;
  p.name = kDemoName;
  p.headline = "Data Science bootcamp graduate looking for a first analyst role";
  p.stage = CareerStage::kLearner;
  p.fields = {std::string(Fields()[kDemoField].name)};
  p.skills = {{"Python", 2}, {"SQL", 2}};
  p.location = std::string(Programs()[static_cast<size_t>(ProgramIndex(kDemoProgram))].city);
  p.organization = kDemoProgram;
  p.open_to.being_mentored = true;
  traits.stage = CareerStage::kLearner;
  traits.field = kDemoField;
  traits.program = ProgramIndex(kDemoProgram);
  traits.term = 0;
  traits.first_name = kDemoFirstName;
  traits.role = "data analyst";
}

}  // namespace pln::demo
