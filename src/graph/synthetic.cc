#include "graph/synthetic.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <numeric>
#include <random>

namespace pln::graph {

namespace {

constexpr const char* kFieldNames[] = {
    "Software Engineering",
    "Data Science",
    "UX Design",
    "Product Management",
    "Marketing",
    "Nursing",
    "Public Health",
    "Teaching",
    "Civil Engineering",
    "Finance",
    "Accounting",
    "Law",
    "Journalism",
    "Graphic Design",
    "Cybersecurity",
    "Environmental Science",
    "Biotechnology",
    "Human Resources",
    "Sales",
    "Architecture",
    "Mechanical Engineering",
    "Psychology",
    "Social Work",
    "Supply Chain",
    "Game Development",
    "Research Science",
    "Translation",
    "Film Production",
    "Urban Planning",
    "Pharmacy",
    "Robotics",
    "Hospitality",
};

constexpr const char* kSkillNames[] = {
    "Python",
    "SQL",
    "Statistics",
    "Machine Learning",
    "Data Visualization",
    "Figma",
    "User Research",
    "Prototyping",
    "Roadmapping",
    "Stakeholder Management",
    "SEO",
    "Copywriting",
    "Patient Care",
    "Clinical Documentation",
    "Epidemiology",
    "Curriculum Design",
    "Classroom Management",
    "AutoCAD",
    "Structural Analysis",
    "Financial Modeling",
    "Excel",
    "Auditing",
    "Contract Law",
    "Legal Research",
    "Interviewing",
    "Fact Checking",
    "Typography",
    "Illustration",
    "Network Security",
    "Penetration Testing",
    "GIS",
    "Field Sampling",
    "Lab Techniques",
    "Bioinformatics",
    "Recruiting",
    "Negotiation",
    "CRM",
    "Public Speaking",
    "Revit",
    "Sketching",
    "CAD",
    "Thermodynamics",
    "Counseling",
    "Case Management",
    "Logistics",
    "Forecasting",
    "Unity",
    "C++",
    "Academic Writing",
    "Grant Writing",
    "Localization",
    "Editing",
    "Video Editing",
    "Storytelling",
    "Zoning",
    "Community Engagement",
    "Pharmacology",
    "Compounding",
    "ROS",
    "Embedded Systems",
    "Event Planning",
    "Customer Service",
    "JavaScript",
    "Project Management",
    "Leadership",
    "Mentoring",
    "Git",
    "Cloud Computing",
    "Accessibility",
    "Technical Writing",
    "Agile",
    "Team Building",
};

constexpr const char* kFirstNames[] = {
    "Ana",   "Raj",    "Mei",   "Tomás", "Amara", "Lena",  "Kofi",  "Sofia", "Yusuf",  "Ines",
    "Hiro",  "Priya",  "Jonas", "Zara",  "Mateo", "Aisha", "Lukas", "Noor",  "Ethan",  "Chloé",
    "Diego", "Fatima", "Oskar", "Leila", "Sam",   "Nadia", "Felix", "Imani", "Arjun",  "Elif",
    "Tariq", "Maya",   "Bruno", "Sana",  "Kai",   "Olga",  "Emeka", "Rosa",  "Viktor", "Hana",
};
constexpr const char* kLastNames[] = {
    "Okafor", "Sharma", "Chen",     "Silva",  "Müller",   "Nakamura", "Haddad", "Kowalski",
    "Garcia", "Nguyen", "Andersen", "Rossi",  "Mensah",   "Ivanova",  "Kim",    "Dubois",
    "Patel",  "Costa",  "Yilmaz",   "Smith",  "Novak",    "Okonkwo",  "Larsen", "Fernández",
    "Ahmed",  "Tanaka", "Schmidt",  "Moreau", "Banerjee", "Oliveira", "Khan",   "Eriksen",
};
constexpr const char* kOrgWords[] = {"Northwind", "Bluebird", "Harbor", "Summit",   "Cedar",
                                     "Lumen",     "Atlas",    "Beacon", "Meridian", "Juniper",
                                     "Orchid",    "Granite",  "Vertex", "Willow",   "Aurora"};
constexpr const char* kOrgKinds[] = {"Labs",  "Health",    "Partners",  "Studio", "Systems",
                                     "Group", "Institute", "Analytics", "Works",  "Foundation"};
constexpr const char* kSchoolWords[] = {"University", "College", "Academy", "Bootcamp",
                                        "Institute of Technology"};
constexpr const char* kCities[] = {"Lagos",  "Pune",   "Lisbon", "Toronto", "Nairobi",
                                   "Berlin", "Osaka",  "Bogotá", "Leeds",   "Melbourne",
                                   "Austin", "Krakow", "Manila", "Accra",   "Lyon"};

constexpr uint32_t kSkillsPerField = 10;

template <typename T, size_t N>
constexpr uint32_t Count(const T (&)[N]) {
  return static_cast<uint32_t>(N);
}

// Portable draws from mt19937_64 (std distributions differ between libraries,
// and the network must be the same everywhere).
class Rng {
 public:
  explicit Rng(uint64_t seed) : g_(seed) {}
  double Uniform() { return static_cast<double>(g_() >> 11) * 0x1.0p-53; }  // [0, 1)
  uint32_t Below(uint32_t n) { return static_cast<uint32_t>((g_() >> 32) * n >> 32); }
  bool Chance(double p) { return Uniform() < p; }

 private:
  std::mt19937_64 g_;
};

// Draws items with probability proportional to a weight, optionally restricted
// to one group: `order` lists the items grouped (group by group), `cum` holds
// running weight sums in that order, `start[g]..start[g+1]` is group g.
class GroupedSampler {
 public:
  GroupedSampler(const std::vector<double>& weight, const std::vector<uint32_t>& group,
                 uint32_t groups) {
    const auto n = static_cast<uint32_t>(weight.size());
    start_.assign(static_cast<size_t>(groups) + 1, 0);
    for (uint32_t i = 0; i < n; ++i) {
      if (group[i] < groups) ++start_[group[i] + 1];
    }
    std::partial_sum(start_.begin(), start_.end(), start_.begin());
    order_.resize(start_.back());
    std::vector<uint32_t> fill(start_.begin(), start_.end() - 1);
    for (uint32_t i = 0; i < n; ++i) {
      if (group[i] < groups) order_[fill[group[i]]++] = i;
    }
    cum_.resize(order_.size());
    double sum = 0;
    for (size_t k = 0; k < order_.size(); ++k) {
      sum += weight[order_[k]];
      cum_[k] = sum;
    }
  }
  uint32_t groups() const { return static_cast<uint32_t>(start_.size() - 1); }
  uint32_t Size(uint32_t g) const { return start_[g + 1] - start_[g]; }
  // kNone if the group is empty.
  uint32_t Draw(uint32_t g, Rng& rng) const {
    const uint32_t lo = start_[g], hi = start_[g + 1];
    if (lo == hi) return kNone;
    const double base = lo == 0 ? 0.0 : cum_[lo - 1];
    const double x = base + rng.Uniform() * (cum_[hi - 1] - base);
    auto it = std::upper_bound(cum_.begin() + lo, cum_.begin() + hi, x);
    if (it == cum_.begin() + hi) --it;
    return order_[static_cast<size_t>(it - cum_.begin())];
  }

 private:
  std::vector<uint32_t> start_, order_;
  std::vector<double> cum_;
};

// Zipf-like weights 1 / (k + 1)^s for k = 0..n-1, as a sampler over one group.
std::vector<double> ZipfWeights(uint32_t n, double s) {
  std::vector<double> w(n);
  for (uint32_t k = 0; k < n; ++k) w[k] = 1.0 / std::pow(static_cast<double>(k + 1), s);
  return w;
}

GroupedSampler OneGroup(const std::vector<double>& w) {
  return GroupedSampler(w, std::vector<uint32_t>(w.size(), 0), 1);
}

Error BadOption(const std::string& field, const std::string& message) {
  return ValidationError({FieldError{field, message}});
}

}  // namespace

std::string SyntheticNetwork::MemberName(uint32_t i) const {
  // A multiplicative hash spreads consecutive members over the name lists.
  const uint64_t h = (static_cast<uint64_t>(i) + 1) * 0x9E3779B97F4A7C15ull;
  return std::string(kFirstNames[(h >> 20) % Count(kFirstNames)]) + " " +
         kLastNames[(h >> 40) % Count(kLastNames)];
}

Result<SyntheticNetwork> GenerateNetwork(const SyntheticOptions& o,
                                         const GenerateProgress& progress) {
  if (o.members < 2) return BadOption("members", "must be at least 2");
  if (!(o.avg_degree > 0) || o.avg_degree >= static_cast<double>(o.members - 1)) {
    return BadOption("avg_degree", "must be above 0 and below members - 1");
  }
  if (o.in_organization < 0 || o.in_field < 0 || o.in_group < 0 ||
      o.in_organization + o.in_field + o.in_group > 1.0 + 1e-9) {
    return BadOption("shares", "community shares must be >= 0 and add up to at most 1");
  }
  if (!(o.exponent > 2.0)) return BadOption("exponent", "must be above 2 (finite mean degree)");

  const uint32_t n = o.members;
  Rng rng(o.seed);
  SyntheticNetwork net;

  // Name tables.
  const uint32_t fields = Count(kFieldNames);
  for (const char* f : kFieldNames) net.field_names.emplace_back(f);
  for (const char* s : kSkillNames) net.skill_names.emplace_back(s);
  const uint32_t orgs = std::max<uint32_t>(1, n / std::max<uint32_t>(1, o.organization_size));
  for (uint32_t k = 0; k < orgs; ++k) {
    std::string name = std::string(kOrgWords[k % Count(kOrgWords)]) + " " +
                       kOrgKinds[(k / Count(kOrgWords)) % Count(kOrgKinds)];
    const uint32_t round = k / (Count(kOrgWords) * Count(kOrgKinds));
    if (round > 0) name += " " + std::to_string(round + 1);
    net.organization_names.push_back(std::move(name));
  }
  const uint32_t schools = std::max<uint32_t>(1, n / 800);
  for (uint32_t k = 0; k < schools; ++k) {
    std::string name = std::string(kCities[k % Count(kCities)]) + " " +
                       kSchoolWords[(k / Count(kCities)) % Count(kSchoolWords)];
    const uint32_t round = k / (Count(kCities) * Count(kSchoolWords));
    if (round > 0) name += " " + std::to_string(round + 1);
    net.group_names.push_back(std::move(name));
  }
  // Each field's skills: a fixed pseudo-random window of the skill list, so
  // neighbouring fields share a few skills.
  std::vector<std::array<uint32_t, kSkillsPerField>> field_skills(fields);
  for (uint32_t f = 0; f < fields; ++f) {
    for (uint32_t j = 0; j < kSkillsPerField; ++j) {
      field_skills[f][j] = (f * 2 + j * 7 + (j * j) % 5) % Count(kSkillNames);
    }
  }

  // Organizations: a home field (big fields have more employers) and a
  // heavy-tailed size weight.
  const GroupedSampler field_pick = OneGroup(ZipfWeights(fields, 0.8));
  std::vector<uint32_t> org_field(orgs);
  std::vector<double> org_weight(orgs);
  for (uint32_t k = 0; k < orgs; ++k) {
    org_field[k] = field_pick.Draw(0, rng);
    org_weight[k] = std::min(50.0, std::pow(1.0 - rng.Uniform(), -1.0 / 1.2));
  }
  const GroupedSampler org_in_field(org_weight, org_field, fields);
  const GroupedSampler org_any = OneGroup(org_weight);
  const GroupedSampler school_pick = OneGroup(ZipfWeights(schools, 0.6));

  // Members.
  net.members.resize(n);
  std::vector<uint32_t> member_field(n), member_org(n), member_school(n);
  for (uint32_t i = 0; i < n; ++i) {
    MemberAttributes& a = net.members[i];
    const uint32_t f = field_pick.Draw(0, rng);
    member_field[i] = f;
    a.fields.push_back(f);
    if (rng.Chance(0.35)) a.fields.push_back(field_pick.Draw(0, rng));
    const double st = rng.Uniform();
    a.stage = st < 0.22   ? Stage::kLearner
              : st < 0.52 ? Stage::kEarlyCareer
              : st < 0.82 ? Stage::kMidCareer
                          : Stage::kSenior;
    const bool learner = a.stage == Stage::kLearner;
    if (!rng.Chance(learner ? 0.4 : 0.06)) {
      uint32_t org = rng.Chance(0.85) ? org_in_field.Draw(f, rng) : kNone;
      if (org == kNone) org = org_any.Draw(0, rng);
      a.organization = org;
    }
    member_org[i] = a.organization;
    member_school[i] = kNone;
    if (rng.Chance(learner ? 0.95 : 0.7)) {
      member_school[i] = school_pick.Draw(0, rng);
      a.groups.push_back(member_school[i]);
    }
    uint8_t flags = rng.Chance(0.97) ? kDiscoverable : 0;
    if (a.stage == Stage::kMidCareer && rng.Chance(0.25)) flags |= kOpenToMentoring;
    if (a.stage == Stage::kSenior && rng.Chance(0.4)) flags |= kOpenToMentoring;
    if (learner && rng.Chance(0.7)) flags |= kSeekingMentor;
    if (a.stage == Stage::kEarlyCareer && rng.Chance(0.25)) flags |= kSeekingMentor;
    a.flags = flags;
    const uint32_t skill_count = 3 + rng.Below(6);
    const int base_level = 1 + static_cast<int>(a.stage) - 1;  // learner 1 .. senior 4
    for (uint32_t j = 0; j < skill_count; ++j) {
      const uint32_t skill = field_skills[f][rng.Below(kSkillsPerField)];
      const int level =
          std::clamp(base_level + static_cast<int>(rng.Below(3)) - static_cast<int>(j % 2), 1, 5);
      a.skills.push_back(SkillLevel{skill, static_cast<uint8_t>(level)});
    }
    a.Normalize();
  }

  // Expected degrees: Pareto with the requested tail, capped, mean avg_degree.
  const double alpha = o.exponent - 1.0;
  const double cap = o.max_degree > 0 ? o.max_degree
                                      : std::max(o.avg_degree * 2.0,
                                                 std::min(5000.0, static_cast<double>(n) / 4.0));
  std::vector<double> weight(n);
  for (uint32_t i = 0; i < n; ++i) weight[i] = std::pow(1.0 - rng.Uniform(), -1.0 / alpha);
  for (int pass = 0; pass < 4; ++pass) {
    const double mean = std::accumulate(weight.begin(), weight.end(), 0.0) / n;
    for (double& w : weight) w = std::min(cap, w * o.avg_degree / mean);
  }

  const GroupedSampler any = OneGroup(weight);
  const GroupedSampler by_org(weight, member_org, orgs);
  const GroupedSampler by_field(weight, member_field, fields);
  const GroupedSampler by_school(weight, member_school, schools);

  const auto target = static_cast<size_t>(std::llround(o.avg_degree * n / 2.0));
  std::vector<uint64_t> keys;
  keys.reserve(target + target / 16 + 64);
  size_t drawn_total = 0;
  for (int round = 0; round < 32 && keys.size() < target; ++round) {
    const size_t missing = target - keys.size();
    const size_t draws = missing + missing / 32 + 16;
    const size_t before = keys.size();
    for (size_t d = 0; d < draws; ++d) {
      const uint32_t u = any.Draw(0, rng);
      const double r = rng.Uniform();
      uint32_t v = kNone;
      if (r < o.in_organization) {
        if (member_org[u] != kNone) v = by_org.Draw(member_org[u], rng);
      } else if (r < o.in_organization + o.in_field) {
        v = by_field.Draw(member_field[u], rng);
      } else if (r < o.in_organization + o.in_field + o.in_group) {
        if (member_school[u] != kNone) v = by_school.Draw(member_school[u], rng);
      }
      if (v == kNone) v = any.Draw(0, rng);
      if (u == v) continue;
      keys.push_back(u < v ? (static_cast<uint64_t>(u) << 32 | v)
                           : (static_cast<uint64_t>(v) << 32 | u));
      // Later rounds only top up a few percent: progress follows the first.
      if (progress && round == 0 && (++drawn_total & 0xFFFF) == 0) {
        progress(std::min(target, d), target);
      }
    }
    std::sort(keys.begin() + static_cast<long>(before), keys.end());
    std::inplace_merge(keys.begin(), keys.begin() + static_cast<long>(before), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
  }
  if (keys.size() > target) {
    // Drop a uniform random sample of the (small) surplus.
    std::vector<bool> drop(keys.size(), false);
    for (size_t surplus = keys.size() - target; surplus > 0;) {
      const auto i = static_cast<size_t>(rng.Uniform() * static_cast<double>(keys.size()));
      if (!drop[i]) {
        drop[i] = true;
        --surplus;
      }
    }
    size_t w = 0;
    for (size_t i = 0; i < keys.size(); ++i) {
      if (!drop[i]) keys[w++] = keys[i];
    }
    keys.resize(w);
  }
  net.edges.reserve(keys.size());
  for (uint64_t k : keys) {
    net.edges.emplace_back(static_cast<uint32_t>(k >> 32), static_cast<uint32_t>(k));
  }
  if (progress) progress(target, target);
  return net;
}

Result<std::shared_ptr<const Snapshot>> BuildSnapshot(const SyntheticNetwork& network) {
  SnapshotBuilder b;
  const auto n = static_cast<uint32_t>(network.members.size());
  b.Reserve(n, network.edges.size());
  for (uint32_t u = 0; u < n; ++u) b.AddMember(static_cast<int64_t>(u) + 1);
  for (const auto& [u, v] : network.edges) b.AddConnection(u, v);
  for (uint32_t u = 0; u < n; ++u) b.SetAttributes(u, network.members[u]);
  return std::move(b).Build();
}

}  // namespace pln::graph
