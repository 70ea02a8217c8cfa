#include "app/demo_seeder.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <functional>
#include <map>
#include <random>
#include <span>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "app/demo_data.h"
#include "app/feedback_service.h"
#include "base/clock.h"
#include "base/crypto.h"
#include "base/text.h"

namespace pln::app {
namespace {

using domain::CareerStage;
using domain::Visibility;

constexpr int64_t kDayMs = 24LL * 3600 * 1000;
// Small enough that a progress bar moves and no transaction holds the database
// for long; large enough that commit overhead (an fsync each) stays small.
constexpr int kMembersPerTx = 50;
constexpr int kTiesPerTx = 400;

// The learner everyone logs in as. Half a profile on purpose: no bio, no goals,
// two skills, so the app's "what next" suggestions have something to offer.
constexpr char kDemoName[] = "Sam Rivera";
constexpr char kDemoFirstName[] = "Sam";
constexpr char kDemoProgram[] = "North Star Data Bootcamp";
constexpr int kDemoField = 0;  // Data Science
constexpr char kDemoIncomingFromLearner[] =
    "Hi Sam! I'm a data science learner too, at {program}. Want to swap feedback on our "
    "capstone notebooks?";
constexpr char kDemoIncomingFromEarly[] =
    "Hi Sam, I finished {program} last year and now work as {a_role}. Happy to tell you how the "
    "job search went.";
constexpr char kDemoIncomingFromMentor[] =
    "Hello Sam, I saw you're looking for a mentor in data science. I have time for a call every "
    "other week if that helps.";
constexpr char kDemoOutgoing[] =
    "Hi {to_first}, I just finished {program} and I'm looking for my first analyst role. Would "
    "you have twenty minutes to talk about how you got into data science?";

uint64_t SplitMix64(uint64_t x) {
  x += 0x9E3779B97F4A7C15ULL;
  x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
  x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
  return x ^ (x >> 31);
}

// Random choices with a sequence that is the same with every standard library:
// std::uniform_int_distribution and friends are implementation-defined, the
// mt19937_64 engine is not. (The modulo bias is below n / 2^64: irrelevant.)
class Rng {
 public:
  explicit Rng(uint64_t seed) : engine_(seed) {}
  size_t Below(size_t n) { return static_cast<size_t>(engine_() % n); }
  int Between(int lo, int hi) {
    return lo + static_cast<int>(Below(static_cast<size_t>(hi - lo + 1)));
  }
  double Unit() { return static_cast<double>(engine_() >> 11) * 0x1.0p-53; }
  bool Chance(double p) { return Unit() < p; }
  template <typename T>
  const T& Pick(std::span<const T> items) {
    return items[Below(items.size())];
  }
  template <typename T>
  const T& Pick(const std::vector<T>& items) {
    return items[Below(items.size())];
  }

 private:
  std::mt19937_64 engine_;
};

// What tie generation needs to know about a person beyond the profile.
struct Traits {
  CareerStage stage = CareerStage::kLearner;
  int field = 0;         // primary field
  int program = 0;       // learners: their school; others: where they once studied
  int term = 0;          // learners: cohort, index into the recent terms
  bool alumnus = false;  // early career/experienced who keep ties to their old school
  int employer = -1;     // -1 for learners
  bool mentor = false;   // experienced and open to mentoring
  bool wants_mentor = false;
  std::string role;  // job title, or the one a learner aims for
  std::string first_name;
};

// Values for the {placeholders} of the demo_data templates.
struct Vars {
  std::string role, field, skill, skill2, company, program, term, topic, artifact, hobby, years,
      tenure, prior, grad, to_first, from_first;
};

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

// Headlines and goals start with a lower-case job title in the templates.
std::string CapitalizeFirst(std::string s) {
  if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 'a' + 'A');
  return s;
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

int PickWeightedField(Rng& rng) {
  const auto fields = demo::Fields();
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
  const auto programs = demo::Programs();
  for (size_t p = 0; p < programs.size(); ++p) {
    const auto& tracks = programs[p].fields;
    if (std::find(tracks.begin(), tracks.end(), field) != tracks.end()) {
      out.push_back(static_cast<int>(p));
    }
  }
  return out;
}

int ProgramIndex(std::string_view name) {
  const auto programs = demo::Programs();
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
    return demo::SharedEmployers()[static_cast<size_t>(employer - kSharedEmployerBase)];
  }
  return demo::Fields()[static_cast<size_t>(employer / kEmployersPerField)]
      .companies[static_cast<size_t>(employer % kEmployersPerField)];
}

// k distinct indexes below n, in random order.
std::vector<size_t> Sample(Rng& rng, size_t n, size_t k) {
  std::vector<size_t> idx(n);
  for (size_t i = 0; i < n; ++i) idx[i] = i;
  k = std::min(k, n);
  for (size_t i = 0; i < k; ++i) std::swap(idx[i], idx[i + rng.Below(n - i)]);
  idx.resize(k);
  return idx;
}

std::vector<domain::Skill> PickSkills(Rng& rng, CareerStage stage, const std::vector<int>& fields) {
  const auto all = demo::Fields();
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
    case CareerStage::kLearner: return demo::LearnerHeadlines();
    case CareerStage::kEarlyCareer: return demo::EarlyHeadlines();
    case CareerStage::kExperienced: return demo::ExperiencedHeadlines();
  }
  return demo::LearnerHeadlines();
}
std::span<const std::string_view> OpeningsFor(CareerStage s) {
  switch (s) {
    case CareerStage::kLearner: return demo::LearnerBioOpenings();
    case CareerStage::kEarlyCareer: return demo::EarlyBioOpenings();
    case CareerStage::kExperienced: return demo::ExperiencedBioOpenings();
  }
  return demo::LearnerBioOpenings();
}
std::span<const std::string_view> ClosingsFor(CareerStage s) {
  switch (s) {
    case CareerStage::kLearner: return demo::LearnerBioClosings();
    case CareerStage::kEarlyCareer: return demo::EarlyBioClosings();
    case CareerStage::kExperienced: return demo::ExperiencedBioClosings();
  }
  return demo::LearnerBioClosings();
}
std::span<const std::string_view> GoalsFor(CareerStage s) {
  switch (s) {
    case CareerStage::kLearner: return demo::LearnerGoals();
    case CareerStage::kEarlyCareer: return demo::EarlyGoals();
    case CareerStage::kExperienced: return demo::ExperiencedGoals();
  }
  return demo::LearnerGoals();
}

// Person i >= 1. Draws only from its own generator, seeded by (seed, i), so a
// person does not change when the member count does.
void MakePerson(uint64_t seed, int i, int64_t now, const std::vector<std::string>& terms,
                DemoPerson& person, Traits& traits) {
  Rng rng(SplitMix64(seed * 0x9E3779B97F4A7C15ULL + static_cast<uint64_t>(i)));
  const auto fields = demo::Fields();
  const auto programs = demo::Programs();

  const double stage_draw = rng.Unit();
  const CareerStage stage = stage_draw < 0.45   ? CareerStage::kLearner
                            : stage_draw < 0.75 ? CareerStage::kEarlyCareer
                                                : CareerStage::kExperienced;
  const int field = PickWeightedField(rng);
  const demo::FieldInfo& info = fields[static_cast<size_t>(field)];

  const auto cultures = demo::NameCultures();
  const demo::NameCulture& culture = rng.Pick(cultures);
  const std::string first(rng.Pick(culture.first));
  // People marry, move and mix: some surnames come from another culture.
  const demo::NameCulture& last_culture = rng.Chance(0.12) ? rng.Pick(cultures) : culture;
  const std::string last(rng.Pick(last_culture.last));

  std::vector<int> field_ids = {field};
  for (double p : {0.35, 0.12}) {
    if (!rng.Chance(p)) continue;
    const int n = rng.Pick(info.neighbours);
    if (std::find(field_ids.begin(), field_ids.end(), n) == field_ids.end()) field_ids.push_back(n);
  }

  const std::vector<int> schools = ProgramsTeaching(field);
  const int program = rng.Pick(schools);
  const demo::Program& school = programs[static_cast<size_t>(program)];
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
    traits.employer =
        kSharedEmployerBase + static_cast<int>(rng.Below(demo::SharedEmployers().size()));
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
    p.location = rng.Pick(demo::Locations());
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
  v.hobby = rng.Pick(demo::Hobbies());
  v.years = std::to_string(rng.Between(6, 20));
  static constexpr std::string_view kTenures[] = {"about six months", "a year", "eighteen months",
                                                  "two years", "three years"};
  v.tenure = rng.Pick(std::span<const std::string_view>(kTenures));
  v.prior = rng.Pick(demo::PriorCareers());
  v.grad = school.bootcamp ? "Bootcamp graduate" : "Recent graduate";

  traits.role = v.role;
  p.headline = CapitalizeFirst(Fill(rng.Pick(HeadlinesFor(stage)), v));
  if (rng.Chance(stage == CareerStage::kLearner ? 0.8 : 0.88)) {
    p.bio =
        Fill(rng.Pick(OpeningsFor(stage)), v) + " " + Fill(rng.Pick(demo::BioFocusSentences()), v);
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
  p.fields = {std::string(demo::Fields()[kDemoField].name)};
  p.skills = {{"Python", 2}, {"SQL", 2}};
  p.location = std::string(demo::Programs()[static_cast<size_t>(ProgramIndex(kDemoProgram))].city);
  p.organization = kDemoProgram;
  p.open_to.being_mentored = true;
  traits.stage = CareerStage::kLearner;
  traits.field = kDemoField;
  traits.program = ProgramIndex(kDemoProgram);
  traits.term = 0;
  traits.first_name = kDemoFirstName;
  traits.role = "data analyst";
}

uint64_t PairKey(int a, int b) {
  if (a > b) std::swap(a, b);
  return (static_cast<uint64_t>(a) << 32) | static_cast<uint32_t>(b);
}
uint64_t DirectedKey(int from, int to) {
  return (static_cast<uint64_t>(from) << 32) | static_cast<uint32_t>(to);
}

// Builds ties over the people. Community structure comes from cohorts,
// employers and schools; the heavy tail of degrees from preferential
// attachment: new ties pick an endpoint of an existing tie in the field, so
// the well-connected get more (with a head start for the experienced).
class TieBuilder {
 public:
  TieBuilder(uint64_t seed, const std::vector<Traits>& traits, DemoPlan& plan, int64_t now)
      : rng_(SplitMix64(seed ^ 0x7E1E5EEDULL)),
        traits_(traits),
        plan_(plan),
        now_(now),
        degree_(traits.size(), 0),
        field_pool_(demo::Fields().size()) {}

  void Build() {
    const int n = static_cast<int>(traits_.size());
    std::map<int, std::vector<int>> cohorts, employers, school_learners;
    std::vector<std::vector<int>> mentors(demo::Fields().size());
    std::vector<double> reach(static_cast<size_t>(n), 1.0);
    for (int i = 1; i < n; ++i) {
      const Traits& t = traits_[static_cast<size_t>(i)];
      // Some people are simply more sociable (meetup organisers, instructors):
      // a Pareto-distributed reach, times a head start for seniority. Together
      // with preferential attachment this gives the heavy tail of degrees.
      reach[static_cast<size_t>(i)] =
          std::min(kMaxReach, std::pow(1.0 - rng_.Unit(), -1.0 / kReachAlpha));
      const double seniority = t.stage == CareerStage::kLearner       ? 1
                               : t.stage == CareerStage::kEarlyCareer ? 2
                                                                      : (t.mentor ? 4 : 3);
      const int weight = static_cast<int>(std::lround(seniority * reach[static_cast<size_t>(i)]));
      for (int w = 0; w < weight; ++w) AddToPools(i);
      if (t.stage == CareerStage::kLearner) {
        cohorts[CohortKey(t)].push_back(i);
        school_learners[t.program].push_back(i);
      } else {
        employers[t.employer].push_back(i);
      }
      if (t.mentor) mentors[static_cast<size_t>(t.field)].push_back(i);
    }

    for (int i = 1; i < n; ++i) {
      const Traits& t = traits_[static_cast<size_t>(i)];
      if (t.stage == CareerStage::kLearner) {
        // Classmates: the densest part of a learner's network.
        ConnectWithin(i, cohorts[CohortKey(t)], rng_.Between(2, 4));
        if (t.wants_mentor && rng_.Chance(0.6) && !mentors[static_cast<size_t>(t.field)].empty()) {
          AddTie(i, PreferentialMentor(t.field, mentors[static_cast<size_t>(t.field)]));
        }
      } else {
        ConnectWithin(i, employers[t.employer], rng_.Between(1, 3));
        if (t.alumnus) ConnectWithin(i, school_learners[t.program], rng_.Between(0, 2));
      }
    }

    // Preferential attachment, mostly inside the field, sometimes across.
    std::vector<size_t> order = Sample(rng_, static_cast<size_t>(n), static_cast<size_t>(n));
    for (size_t i : order) {
      if (i == 0) continue;
      const int me = static_cast<int>(i);
      const int k = rng_.Between(1, 3) + static_cast<int>(kReachTies * (reach[i] - 1.0));
      for (int e = 0; e < k; ++e) {
        const auto& pool =
            rng_.Chance(0.8) ? field_pool_[static_cast<size_t>(traits_[i].field)] : global_pool_;
        for (int attempt = 0; attempt < 3; ++attempt) {
          if (AddTie(me, rng_.Pick(pool))) break;
        }
      }
    }

    ConnectDemoLogin(cohorts, mentors);
    PlanRequests(mentors);
    PlanFollows();
  }

 private:
  static constexpr double kReachAlpha = 1.5;  // Pareto shape: smaller, heavier tail
  static constexpr double kMaxReach = 20.0;
  static constexpr double kReachTies = 1.0;  // extra ties a sociable person starts

  static int CohortKey(const Traits& t) { return t.program * 8 + t.term; }

  void AddToPools(int i) {
    if (i == 0) return;  // the demo login keeps its handful of ties
    field_pool_[static_cast<size_t>(traits_[static_cast<size_t>(i)].field)].push_back(i);
    global_pool_.push_back(i);
  }

  int64_t TimeAfterBoth(int a, int b) {
    const int64_t joined = std::max(plan_.people[static_cast<size_t>(a)].created_at,
                                    plan_.people[static_cast<size_t>(b)].created_at);
    return joined + static_cast<int64_t>(static_cast<double>(now_ - joined) * rng_.Unit());
  }

  bool AddTie(int a, int b) {
    if (a == b || !ties_.insert(PairKey(a, b)).second) return false;
    ++degree_[static_cast<size_t>(a)];
    ++degree_[static_cast<size_t>(b)];
    AddToPools(a);
    AddToPools(b);
    plan_.connections.push_back({std::min(a, b), std::max(a, b), TimeAfterBoth(a, b)});
    return true;
  }

  void ConnectWithin(int me, const std::vector<int>& group, int count) {
    if (group.size() < 2) return;
    for (int c = 0; c < count; ++c) AddTie(me, rng_.Pick(group));
  }

  // A mentor of the field, the popular ones more likely.
  int PreferentialMentor(int field, const std::vector<int>& mentors) {
    const auto& pool = field_pool_[static_cast<size_t>(field)];
    for (int attempt = 0; attempt < 20; ++attempt) {
      const int candidate = rng_.Pick(pool);
      if (traits_[static_cast<size_t>(candidate)].mentor) return candidate;
    }
    return rng_.Pick(mentors);
  }

  // The best-connected member of `candidates` not tied to `me` yet, or -1.
  int MostConnected(int me, const std::vector<int>& candidates) {
    int best = -1;
    for (int c : candidates) {
      if (c == me || ties_.count(PairKey(me, c)) != 0) continue;
      if (best < 0 || degree_[static_cast<size_t>(c)] > degree_[static_cast<size_t>(best)])
        best = c;
    }
    return best;
  }

  std::vector<int> MembersWhere(const std::function<bool(const Traits&)>& pred) {
    std::vector<int> out;
    for (size_t i = 1; i < traits_.size(); ++i) {
      if (pred(traits_[i])) out.push_back(static_cast<int>(i));
    }
    return out;
  }

  void ConnectDemoLogin(std::map<int, std::vector<int>>& cohorts,
                        const std::vector<std::vector<int>>& mentors) {
    if (traits_.size() < 2) return;
    const Traits& demo = traits_[0];
    std::vector<int> peers = cohorts[CohortKey(demo)];
    if (peers.size() < 3) {
      peers = MembersWhere([&](const Traits& t) {
        return t.stage == CareerStage::kLearner && t.field == demo.field;
      });
    }
    for (size_t i : Sample(rng_, peers.size(), 3)) AddTie(0, peers[i]);
    const int mentor = MostConnected(0, mentors[static_cast<size_t>(demo.field)]);
    if (mentor > 0) AddTie(0, mentor);
    const std::vector<int> early = MembersWhere([&](const Traits& t) {
      return t.stage == CareerStage::kEarlyCareer && t.field == demo.field;
    });
    if (!early.empty()) AddTie(0, rng_.Pick(early));
  }

  bool AddRequest(int from, int to, std::string note) {
    if (from == to || ties_.count(PairKey(from, to)) != 0 ||
        !requested_.insert(PairKey(from, to)).second) {
      return false;
    }
    const int64_t recent =
        now_ - static_cast<int64_t>(rng_.Below(14 * static_cast<size_t>(kDayMs)));
    const int64_t at = std::max(recent, TimeAfterBoth(from, to));
    plan_.requests.push_back({from, to, std::move(note), at});
    return true;
  }

  Vars NoteVars(int from, int to) {
    const DemoPerson& sender = plan_.people[static_cast<size_t>(from)];
    const Traits& f = traits_[static_cast<size_t>(from)];
    Vars v;
    v.from_first = f.first_name;
    v.to_first = traits_[static_cast<size_t>(to)].first_name;
    v.field = demo::Fields()[static_cast<size_t>(f.field)].name;
    v.skill = sender.profile.skills.empty() ? "" : sender.profile.skills[0].name;
    v.program = demo::Programs()[static_cast<size_t>(f.program)].name;
    v.role = f.role;
    return v;
  }

  void PlanRequests(const std::vector<std::vector<int>>& mentors) {
    const int n = static_cast<int>(traits_.size());
    if (n < 2) return;
    // The demo login finds a few requests waiting, and one of its own pending.
    const Traits& demo = traits_[0];
    const auto same_field = [&](CareerStage stage) {
      return MembersWhere(
          [&](const Traits& t) { return t.stage == stage && t.field == demo.field; });
    };
    const std::pair<std::vector<int>, const char*> incoming[] = {
        {same_field(CareerStage::kLearner), kDemoIncomingFromLearner},
        {same_field(CareerStage::kEarlyCareer), kDemoIncomingFromEarly},
        {mentors[static_cast<size_t>(demo.field)], kDemoIncomingFromMentor}};
    for (const auto& [candidates, note] : incoming) {
      for (int attempt = 0; attempt < 10 && !candidates.empty(); ++attempt) {
        const int from = rng_.Pick(candidates);
        if (AddRequest(from, 0, Fill(note, NoteVars(from, 0)))) break;
      }
    }
    const auto& demo_mentors = mentors[static_cast<size_t>(demo.field)];
    for (int attempt = 0; attempt < 10 && !demo_mentors.empty(); ++attempt) {
      const int to = rng_.Pick(demo_mentors);
      if (AddRequest(0, to, Fill(kDemoOutgoing, NoteVars(0, to)))) break;
    }

    const int wanted = std::max(1, n / 15);
    const auto notes = demo::RequestNotes();
    for (int made = 0, attempt = 0; made < wanted && attempt < wanted * 5; ++attempt) {
      const int from = 1 + static_cast<int>(rng_.Below(static_cast<size_t>(n - 1)));
      const auto& pool =
          rng_.Chance(0.8)
              ? field_pool_[static_cast<size_t>(traits_[static_cast<size_t>(from)].field)]
              : global_pool_;
      if (pool.empty()) break;
      const int to = rng_.Pick(pool);
      if (AddRequest(from, to, Fill(rng_.Pick(notes), NoteVars(from, to)))) ++made;
    }
  }

  bool AddFollow(int follower, int followee) {
    if (follower == followee || !follows_.insert(DirectedKey(follower, followee)).second) {
      return false;
    }
    plan_.follows.push_back({follower, followee, TimeAfterBoth(follower, followee)});
    return true;
  }

  // Learners follow experienced people of their field, the popular ones most.
  void PlanFollows() {
    const int n = static_cast<int>(traits_.size());
    for (int i = 1; i < n; ++i) {
      const Traits& t = traits_[static_cast<size_t>(i)];
      if (t.stage != CareerStage::kLearner || !rng_.Chance(0.5)) continue;
      const auto& pool = field_pool_[static_cast<size_t>(t.field)];
      int wanted = rng_.Between(1, 2);
      for (int attempt = 0; attempt < 10 && wanted > 0; ++attempt) {
        const int candidate = rng_.Pick(pool);
        if (traits_[static_cast<size_t>(candidate)].stage == CareerStage::kExperienced &&
            AddFollow(i, candidate)) {
          --wanted;
        }
      }
    }
    if (n < 2) return;
    std::vector<int> experts = MembersWhere([&](const Traits& t) {
      return t.stage == CareerStage::kExperienced && t.field == traits_[0].field;
    });
    std::stable_sort(experts.begin(), experts.end(), [&](int a, int b) {
      return degree_[static_cast<size_t>(a)] > degree_[static_cast<size_t>(b)];
    });
    for (size_t k = 0; k < experts.size() && k < 2; ++k) AddFollow(0, experts[k]);
  }

  Rng rng_;
  const std::vector<Traits>& traits_;
  DemoPlan& plan_;
  int64_t now_;
  std::vector<int> degree_;
  // Each member appears once per tie plus a few base entries; a uniform pick
  // from a pool is a pick proportional to (degree + base).
  std::vector<std::vector<int>> field_pool_;
  std::vector<int> global_pool_;
  std::unordered_set<uint64_t> ties_, requested_, follows_;
};

// Decodes one UTF-8 code point at s[i], advancing i; invalid bytes give 0.
uint32_t NextCodePoint(std::string_view s, size_t& i) {
  const auto byte = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char c = byte(i);
  int extra = c < 0x80 ? 0 : (c >> 5) == 0x6 ? 1 : (c >> 4) == 0xE ? 2 : (c >> 3) == 0x1E ? 3 : -1;
  if (extra < 0 || (extra > 0 && i + static_cast<size_t>(extra) >= s.size())) {
    ++i;
    return 0;
  }
  uint32_t cp = extra == 0 ? c : (c & (0x3F >> extra));
  for (int k = 1; k <= extra; ++k) cp = (cp << 6) | (byte(i + static_cast<size_t>(k)) & 0x3F);
  i += static_cast<size_t>(extra) + 1;
  return cp;
}

// ASCII letters for the Latin letters with diacritics that names use.
std::string_view FoldLatin(uint32_t cp) {
  // U+00C0 to U+00FF, one entry per code point ("" for signs like × and ÷).
  static constexpr std::string_view kLatin1[64] = {
      "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i",  "i",
      "d", "n", "o", "o", "o", "o", "o",  "",  "o", "u", "u", "u", "u", "y", "th", "ss",
      "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i",  "i",
      "d", "n", "o", "o", "o", "o", "o",  "",  "o", "u", "u", "u", "u", "y", "th", "y"};
  if (cp >= 0xC0 && cp <= 0xFF) return kLatin1[cp - 0xC0];
  // Latin Extended-A comes in runs of the same base letter.
  struct Run {
    uint32_t last;
    std::string_view letter;
  };
  static constexpr Run kExtendedA[] = {
      {0x105, "a"}, {0x10D, "c"},  {0x111, "d"}, {0x11B, "e"}, {0x123, "g"}, {0x127, "h"},
      {0x131, "i"}, {0x133, "ij"}, {0x135, "j"}, {0x138, "k"}, {0x142, "l"}, {0x14B, "n"},
      {0x151, "o"}, {0x153, "oe"}, {0x159, "r"}, {0x161, "s"}, {0x167, "t"}, {0x173, "u"},
      {0x175, "w"}, {0x178, "y"},  {0x17E, "z"}, {0x17F, "s"}};
  if (cp >= 0x100 && cp <= 0x17F) {
    for (const Run& run : kExtendedA) {
      if (cp <= run.last) return run.letter;
    }
  }
  return "";
}

}  // namespace

std::string DemoEmailSlug(std::string_view name) {
  std::string out;
  for (size_t i = 0; i < name.size();) {
    const uint32_t cp = NextCodePoint(name, i);
    if ((cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9')) {
      out += static_cast<char>(cp);
    } else if (cp >= 'A' && cp <= 'Z') {
      out += static_cast<char>(cp - 'A' + 'a');
    } else if (cp >= 0x80) {
      out += FoldLatin(cp);
    }
  }
  return out.empty() ? "member" : out;
}

Result<DemoPlan> BuildDemoPlan(const DemoOptions& options, int64_t now_ms) {
  if (options.members < 1 || options.members > kMaxDemoMembers) {
    return ValidationError(
        {{"members", "must be between 1 and " + std::to_string(kMaxDemoMembers)}});
  }
  const size_t n = static_cast<size_t>(options.members);
  const std::vector<std::string> terms = RecentTerms(now_ms);
  DemoPlan plan;
  plan.people.resize(n);
  std::vector<Traits> traits(n);
  MakeDemoLogin(now_ms, plan.people[0], traits[0]);
  for (size_t i = 1; i < n; ++i) {
    MakePerson(options.seed, static_cast<int>(i), now_ms, terms, plan.people[i], traits[i]);
  }
  TieBuilder(options.seed, traits, plan, now_ms).Build();
  return plan;
}

Result<DemoSummary> SeedDemoNetwork(Store& store, const Clock& clock, const DemoOptions& options,
                                    const ProgressFn& progress) {
  if (options.password.empty()) {
    return ValidationError({{"password", "must not be empty"}});
  }
  const ProgressFn report = progress ? progress : NoProgress();
  const int64_t now = clock.NowMs();
  ASSIGN_OR_RETURN(const DemoPlan plan, BuildDemoPlan(options, now));
  const int n = static_cast<int>(plan.people.size());

  DemoSummary summary;
  summary.demo_email = kDemoEmail;
  summary.demo_password = options.password;
  std::vector<MemberId> ids(static_cast<size_t>(n));
  std::vector<bool> created(static_cast<size_t>(n), false);

  // One hash for every demo member: Argon2id at "interactive" strength costs
  // about 0.1 s and 64 MiB by design, so hashing 300 times would keep a
  // newcomer waiting half a minute for accounts that share a password anyway.
  // Hashed lazily: a second run that creates nobody skips it.
  std::string hash;
  for (int start = 0; start < n; start += kMembersPerTx) {
    const int end = std::min(n, start + kMembersPerTx);
    if (hash.empty()) {
      bool missing = false;
      RETURN_IF_ERROR(store.Read([&](Tx& tx) -> Status {
        missing = false;
        for (int i = start; i < end && !missing; ++i) {
          ASSIGN_OR_RETURN(auto account, tx.members().FindAccountByEmail(
                                             plan.people[static_cast<size_t>(i)].email));
          missing = !account.has_value();
        }
        return Status::Ok();
      }));
      if (missing) {
        ASSIGN_OR_RETURN(hash, HashPassword(options.password, options.password_strength));
      }
    }
    std::vector<std::pair<MemberId, bool>> batch;  // id, created now
    RETURN_IF_ERROR(store.Write([&](Tx& tx) -> Status {
      batch.clear();  // Write may run this again after a conflict
      for (int i = start; i < end; ++i) {
        const DemoPerson& person = plan.people[static_cast<size_t>(i)];
        ASSIGN_OR_RETURN(auto account, tx.members().FindAccountByEmail(person.email));
        if (account) {
          batch.emplace_back(account->id, false);
          continue;
        }
        if (hash.empty()) {
          // Deleted between the check above and this transaction.
          return UnavailableError("The demo network changed while seeding; run the command again.");
        }
        NewMember member;
        member.email = person.email;
        member.password_hash = hash;
        member.profile = person.profile;
        member.now = person.created_at;
        ASSIGN_OR_RETURN(MemberId id, tx.members().Create(member));
        RETURN_IF_ERROR(RecordSelfAssessments(tx, id, {}, member.profile.skills, member.now));
        batch.emplace_back(id, true);
      }
      return Status::Ok();
    }));
    for (int i = start; i < end; ++i) {
      const auto& [id, made] = batch[static_cast<size_t>(i - start)];
      ids[static_cast<size_t>(i)] = id;
      created[static_cast<size_t>(i)] = made;
      ++(made ? summary.members_created : summary.members_existing);
    }
    report("members", end, n);
  }

  // Connections, grouped by their first member so one Relationships() call
  // checks a whole group for existing ties and blocks.
  std::vector<DemoTie> ties = plan.connections;
  std::sort(ties.begin(), ties.end(), [](const DemoTie& x, const DemoTie& y) {
    return std::pair(x.a, x.b) < std::pair(y.a, y.b);
  });
  const int total_ties = static_cast<int>(ties.size());
  for (int start = 0; start < total_ties; start += kTiesPerTx) {
    const int end = std::min(total_ties, start + kTiesPerTx);
    int made = 0;
    RETURN_IF_ERROR(store.Write([&](Tx& tx) -> Status {
      made = 0;
      for (int g = start; g < end;) {
        const int a = ties[static_cast<size_t>(g)].a;
        int g_end = g;
        std::vector<MemberId> others;
        while (g_end < end && ties[static_cast<size_t>(g_end)].a == a) {
          others.push_back(ids[static_cast<size_t>(ties[static_cast<size_t>(g_end)].b)]);
          ++g_end;
        }
        const MemberId me = ids[static_cast<size_t>(a)];
        ASSIGN_OR_RETURN(auto relationships, tx.connections().Relationships(me, others));
        for (; g < g_end; ++g) {
          const DemoTie& tie = ties[static_cast<size_t>(g)];
          const MemberId other = ids[static_cast<size_t>(tie.b)];
          const auto rel = relationships.find(other);
          if (rel != relationships.end() &&
              (rel->second.connected || rel->second.blocked_either_way())) {
            continue;
          }
          ASSIGN_OR_RETURN(const bool is_new, tx.connections().Connect(me, other, tie.at));
          if (is_new) ++made;
        }
      }
      return Status::Ok();
    }));
    summary.connections += made;
    report("connections", end, total_ties);
  }

  // Requests and follows are things people act on (decline, unfollow): only
  // make them for members this run created, so a rerun does not undo choices.
  std::vector<DemoRequest> requests;
  for (const DemoRequest& r : plan.requests) {
    if (created[static_cast<size_t>(r.from)] || created[static_cast<size_t>(r.to)]) {
      requests.push_back(r);
    }
  }
  const int total_requests = static_cast<int>(requests.size());
  for (int start = 0; start < total_requests; start += kTiesPerTx) {
    const int end = std::min(total_requests, start + kTiesPerTx);
    int made = 0;
    RETURN_IF_ERROR(store.Write([&](Tx& tx) -> Status {
      made = 0;
      for (int k = start; k < end; ++k) {
        const DemoRequest& r = requests[static_cast<size_t>(k)];
        const MemberId from = ids[static_cast<size_t>(r.from)];
        const MemberId to = ids[static_cast<size_t>(r.to)];
        ASSIGN_OR_RETURN(auto relationships, tx.connections().Relationships(from, {to}));
        const auto rel = relationships.find(to);
        if (rel != relationships.end() &&
            (rel->second.connected || rel->second.blocked_either_way() ||
             rel->second.pending_outgoing || rel->second.pending_incoming)) {
          continue;
        }
        ASSIGN_OR_RETURN(const RequestId id,
                         tx.connections().CreateRequest(from, to, r.note, r.at));
        (void)id;
        ++made;
      }
      return Status::Ok();
    }));
    summary.requests += made;
    report("requests", end, total_requests);
  }

  std::vector<DemoTie> follows;
  for (const DemoTie& f : plan.follows) {
    if (created[static_cast<size_t>(f.a)]) follows.push_back(f);
  }
  const int total_follows = static_cast<int>(follows.size());
  for (int start = 0; start < total_follows; start += kTiesPerTx) {
    const int end = std::min(total_follows, start + kTiesPerTx);
    int made = 0;
    RETURN_IF_ERROR(store.Write([&](Tx& tx) -> Status {
      made = 0;
      for (int k = start; k < end; ++k) {
        const DemoTie& f = follows[static_cast<size_t>(k)];
        const MemberId follower = ids[static_cast<size_t>(f.a)];
        const MemberId followee = ids[static_cast<size_t>(f.b)];
        ASSIGN_OR_RETURN(auto relationships, tx.connections().Relationships(follower, {followee}));
        const auto rel = relationships.find(followee);
        if (rel != relationships.end() && rel->second.blocked_either_way()) continue;
        ASSIGN_OR_RETURN(const bool is_new, tx.connections().Follow(follower, followee, f.at));
        if (is_new) ++made;
      }
      return Status::Ok();
    }));
    summary.follows += made;
    report("follows", end, total_follows);
  }

  // Feedback: when this run created the demo login, two of its connections
  // review a portfolio piece and endorse a skill, and a third asks the demo
  // member for feedback, so every feedback page has something to show.
  if (created[0]) {
    std::vector<int> friends;
    for (const DemoTie& t : plan.connections) {
      if (t.a == 0 && std::find(friends.begin(), friends.end(), t.b) == friends.end()) {
        friends.push_back(t.b);
      }
      if (friends.size() == 3) break;
    }
    if (friends.size() == 3) {
      RETURN_IF_ERROR(store.Write([&](Tx& tx) -> Status {
        summary.feedback_requests = 0;
        const MemberId demo = ids[0];
        const auto& skills = plan.people[0].profile.skills;
        const std::string skill = skills.empty() ? "Portfolio" : skills[0].name;
        const int64_t day = 24LL * 3600 * 1000;
        domain::FeedbackRequestInput ask;
        ask.skill = skill;
        ask.artifact = {"Portfolio case study", "https://example.org/portfolio/case-study",
                        "## Problem\n\nNew members dropped out in week one.\n\n"
                        "## What I did\n\n- Interviewed 12 learners\n- Redesigned onboarding"};
        ask.question = "Is my case study convincing to a hiring manager?";
        ask.reviewers = {ids[static_cast<size_t>(friends[0])],
                         ids[static_cast<size_t>(friends[1])]};
        ask.deadline = domain::IsoDateOf(now + 14 * day);
        ASSIGN_OR_RETURN(FeedbackRequestId id,
                         tx.feedback().CreateRequest(demo, ask, now - 9 * day));
        const int scores[2][3] = {{4, 3, 4}, {3, 3, 5}};
        for (int k = 0; k < 2; ++k) {
          domain::Review review;
          review.request = id;
          review.reviewer = ask.reviewers[static_cast<size_t>(k)];
          review.ratings = {
              {"clarity", scores[k][0]}, {"depth", scores[k][1]}, {"impact", scores[k][2]}};
          review.strengths = k == 0 ? "The **problem statement** is crisp and the interviews "
                                      "ground it in evidence."
                                    : "Clear before/after story; the redesign is easy to follow.";
          review.improvements = k == 0 ? "Quantify the outcome: how many more learners stayed?"
                                       : "Say what *you* decided versus the team.";
          review.next_step = k == 0 ? "Add one metric to the summary at the top."
                                    : "Rewrite the second section in the first person.";
          review.created_at = now - (6 - 2 * k) * day;
          RETURN_IF_ERROR(tx.feedback().CreateReview(review));
          RETURN_IF_ERROR(tx.feedback().SetReviewerStatus(
              id, review.reviewer, domain::ReviewerStatus::kSubmitted, review.created_at));
          RETURN_IF_ERROR(tx.feedback().CreateEndorsement(review.reviewer, demo, skill,
                                                          "Saw it in their portfolio work.",
                                                          review.created_at + 3600 * 1000));
        }
        domain::FeedbackRequestInput incoming;
        incoming.skill = "Writing";
        incoming.artifact = {"My first blog post", "", "I wrote about learning SQL in *30 days*."};
        incoming.question = "Does the introduction make you want to read on?";
        incoming.reviewers = {demo};
        incoming.deadline = domain::IsoDateOf(now + 10 * day);
        RETURN_IF_ERROR(
            tx.feedback().CreateRequest(ids[static_cast<size_t>(friends[2])], incoming, now - day));
        summary.feedback_requests = 2;
        return Status::Ok();
      }));
    }
  }
  return summary;
}

}  // namespace pln::app
