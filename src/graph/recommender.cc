#include "graph/recommender.h"

#include <algorithm>
#include <cmath>

namespace pln::graph {

namespace {

enum SourceBits : uint8_t {
  kFromGraph = 1,
  kFromAttributes = 2,
  kFromFollows = 4,
  kFromPopular = 8
};

struct Entry {
  uint32_t node;
  uint32_t cn;
  float ra, aa, lp3;
  float attr;  // attribute pre-score, summed while scanning the inverted indexes
  uint8_t banned;
  uint8_t sources;
  uint8_t follows;
};

// One inverted-index list to scan: its pre-score weight and its scan priority.
struct PostingScan {
  AttributeKind kind;
  uint32_t id;
  float weight, order;
};

// Per-thread buffers reused across queries: an epoch-stamped node → entry slot
// map (no clearing between queries) and the entry list.
struct Scratch {
  std::vector<uint32_t> mark;
  std::vector<uint32_t> slot;
  uint32_t epoch = 0;
  std::vector<Entry> entries;
  std::vector<uint32_t> order;
  std::vector<uint32_t> nbrs;
  std::vector<uint32_t> deg, idx;
  std::vector<double> field_idf, skill_idf, group_idf;
  std::vector<float> prescore;
  std::vector<PostingScan> lists;

  void Begin(uint32_t n) {
    if (mark.size() < n) {
      mark.resize(n, 0);
      slot.resize(n, 0);
    }
    if (++epoch == 0) {
      std::fill(mark.begin(), mark.end(), 0);
      epoch = 1;
    }
    entries.clear();
  }
  Entry& Touch(uint32_t u) {
    if (mark[u] != epoch) {
      mark[u] = epoch;
      slot[u] = static_cast<uint32_t>(entries.size());
      entries.push_back(Entry{u, 0, 0.f, 0.f, 0.f, 0.f, 0, 0, 0});
    }
    return entries[slot[u]];
  }
  Entry* Get(uint32_t u) { return mark[u] == epoch ? &entries[slot[u]] : nullptr; }
};

Scratch& ThreadScratch() {
  thread_local Scratch s;
  return s;
}

// Pre-score lift of a member open to mentoring for a viewer who seeks a mentor:
// above any sum of shared attributes, so possible mentors are scored first.
constexpr float kMentorBonus = 100.f;

// A second, independent marker for Explain (it runs while Recommend's scratch is live).
struct Marker {
  std::vector<uint32_t> mark;
  uint32_t epoch = 0;
  void Begin(uint32_t n) {
    if (mark.size() < n) mark.resize(n, 0);
    if (++epoch == 0) {
      std::fill(mark.begin(), mark.end(), 0);
      epoch = 1;
    }
  }
};

Marker& ThreadMarker() {
  thread_local Marker m;
  return m;
}

double Idf(const GraphView& g, AttributeKind kind, uint32_t id) {
  double df = static_cast<double>(g.base().Postings(kind, id).size());
  double n = static_cast<double>(g.node_count());
  return std::log((n + 1.0) / (df + 1.0));
}

// ln(1 + d), tabulated for common degrees (log1p showed up in profiles).
float LogDegree(uint32_t d) {
  static const std::vector<float> table = [] {
    std::vector<float> t(1 << 14);
    for (size_t i = 0; i < t.size(); ++i)
      t[i] = static_cast<float>(std::log1p(static_cast<double>(i)));
    return t;
  }();
  return d < table.size() ? table[d] : static_cast<float>(std::log1p(static_cast<double>(d)));
}

bool SeeksMentor(const AttributesRef& a) {
  return a.stage == Stage::kLearner || (a.flags & kSeekingMentor);
}

// Calls f(index in a, index in b) for each common value of two sorted lists.
template <typename F>
void Intersect(std::span<const uint32_t> a, std::span<const uint32_t> b, F&& f) {
  size_t i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i] < b[j]) {
      ++i;
    } else if (b[j] < a[i]) {
      ++j;
    } else {
      f(i, j);
      ++i;
      ++j;
    }
  }
}

bool Complementary(const AttributesRef& viewer, const AttributesRef& cand) {
  if (!SeeksMentor(viewer) || !(cand.flags & kOpenToMentoring) || cand.stage == Stage::kLearner ||
      (cand.stage != Stage::kUnknown && !IsExperienced(cand.stage))) {
    return false;
  }
  bool match = false;
  Intersect(viewer.fields, cand.fields, [&](size_t, size_t) { match = true; });
  if (match) return true;
  Intersect(viewer.skills, cand.skills, [&](size_t i, size_t j) {
    uint8_t lv = viewer.skill_levels.empty() ? 0 : viewer.skill_levels[i];
    uint8_t lc = cand.skill_levels.empty() ? 0 : cand.skill_levels[j];
    if (lv >= 1 && lv <= 2 && lc >= 4) match = true;
  });
  return match;
}

// Reading a candidate's profile (several random reads) and intersecting its
// lists is most of a query's cost; members found only through shared attributes
// are many (a common skill lists tens of thousands). Keeps the best
// max_attribute_candidates of them by the pre-score summed during the scan, plus
// a bonus for possible mentors when the viewer seeks one (complementarity).
// Members also reached through the graph, follows or popularity are kept.
void CutAttributeOnly(const GraphView& g, const AttributesRef& viewer, const RecommendOptions& o,
                      Scratch& s) {
  size_t attribute_only = 0;
  for (const Entry& e : s.entries) {
    if (!e.banned && e.sources == kFromAttributes) ++attribute_only;
  }
  if (attribute_only <= o.max_attribute_candidates) return;
  const bool seeks = SeeksMentor(viewer);
  auto pre = [&](const Entry& e) {
    float p = e.attr;
    if (seeks && (g.Attributes(e.node).flags & kOpenToMentoring)) p += kMentorBonus;
    return p;
  };
  s.prescore.clear();
  for (Entry& e : s.entries) {
    if (e.banned || e.sources != kFromAttributes) continue;
    e.attr = pre(e);
    s.prescore.push_back(e.attr);
  }
  auto nth = s.prescore.begin() + static_cast<long>(attribute_only - o.max_attribute_candidates);
  std::nth_element(s.prescore.begin(), nth, s.prescore.end());
  const float cut = *nth;
  for (Entry& e : s.entries) {
    if (!e.banned && e.sources == kFromAttributes && e.attr < cut) e.banned = 1;
  }
}

}  // namespace

std::string_view FeatureName(Feature f) {
  switch (f) {
    case kResourceAllocation: return "resource_allocation";
    case kAdamicAdar: return "adamic_adar";
    case kCommonNeighbours: return "common_neighbours";
    case kThreeHop: return "three_hop";
    case kPopularity: return "popularity";
    case kSameOrganization: return "same_organization";
    case kSharedFields: return "shared_fields";
    case kSharedSkills: return "shared_skills";
    case kSharedGroups: return "shared_groups";
    case kComplementary: return "complementary";
    case kFollows: return "follows";
    case kAttributeBoostedRA: return "attribute_boosted_ra";
    case kAttributeBoostedThreeHop: return "attribute_boosted_three_hop";
    case kPopularityByViewerDegree: return "popularity_by_viewer_degree";
    case kAbsoluteResourceAllocation: return "absolute_resource_allocation";
    case kFeatureCount: break;
  }
  return "?";
}

Weights DefaultWeights() {
  // Rounded from the weights tuned on email-Eu-core with departments (the dataset
  // closest to one organization's PLN), relative to resource allocation = 1, and
  // checked against ca-GrQc and ego-Facebook (docs/linkpred.md, "default weights").
  // Complementarity and follows have no public evaluation data: set by hand so
  // that they lift a candidate by a fraction of the best graph candidate's score.
  Weights w{};
  w[kResourceAllocation] = 1.0;
  w[kAdamicAdar] = 0.05;
  w[kThreeHop] = 0.5;
  w[kPopularity] = -0.005;
  w[kPopularityByViewerDegree] = -0.002;
  w[kSameOrganization] = 0.1;
  w[kSharedFields] = 0.01;
  w[kSharedSkills] = 0.01;
  w[kSharedGroups] = 0.01;
  w[kAttributeBoostedRA] = 0.1;
  w[kAttributeBoostedThreeHop] = 0.1;
  w[kComplementary] = 0.3;
  w[kFollows] = 0.2;
  return w;
}

void CollectCandidates(const GraphView& g, uint32_t viewer, const RecommendOptions& o,
                       std::vector<Candidate>& out) {
  out.clear();
  const uint32_t n = g.node_count();
  if (viewer >= n) return;
  Scratch& s = ThreadScratch();
  s.Begin(n);

  // Exclusions first, so later touches keep the ban.
  s.Touch(viewer).banned = 1;
  for (Relation r : {Relation::kConnection, Relation::kBlocking, Relation::kBlockedBy,
                     Relation::kRequestSent, Relation::kRequestReceived, Relation::kDismissed}) {
    g.ForEach(r, viewer, [&](uint32_t v) { s.Touch(v).banned = 1; });
  }

  // Two hops, lowest-degree intermediates first (they carry the most weight).
  g.Neighbours(viewer, s.nbrs);
  s.order.clear();
  for (uint32_t a : s.nbrs) s.order.push_back(a);
  auto& deg = s.deg;
  deg.resize(s.order.size());
  for (size_t i = 0; i < s.order.size(); ++i) deg[i] = g.Degree(s.order[i]);
  {
    auto& idx = s.idx;
    idx.resize(s.order.size());
    for (size_t i = 0; i < idx.size(); ++i) idx[i] = static_cast<uint32_t>(i);
    std::sort(idx.begin(), idx.end(), [&](uint32_t x, uint32_t y) {
      return deg[x] != deg[y] ? deg[x] < deg[y] : s.order[x] < s.order[y];
    });
    uint64_t visits = 0;
    for (uint32_t i : idx) {
      uint32_t a = s.order[i];
      uint32_t da = deg[i];
      if (da < 2 || da > o.max_intermediate_degree) continue;
      if (visits + da > o.max_two_hop_visits) break;
      visits += da;
      const float wra = 1.0f / static_cast<float>(da);
      const float waa = static_cast<float>(1.0 / std::log(static_cast<double>(da)));
      g.ForEach(Relation::kConnection, a, [&](uint32_t v) {
        if (v == viewer) return;
        Entry& e = s.Touch(v);
        e.ra += wra;
        e.aa += waa;
        e.cn += 1;
        e.sources |= kFromGraph;
      });
    }
  }

  // Three hops: spread each 2-hop node's resource one step further.
  if (o.three_hop) {
    s.order.clear();
    for (uint32_t i = 0; i < s.entries.size(); ++i) {
      if (s.entries[i].ra > 0.f) s.order.push_back(i);
    }
    // Only the head of the order matters before the budget runs out.
    const size_t head = std::min<size_t>(s.order.size(), 1024);
    std::partial_sort(s.order.begin(), s.order.begin() + static_cast<long>(head), s.order.end(),
                      [&](uint32_t x, uint32_t y) {
                        const Entry& ex = s.entries[x];
                        const Entry& ey = s.entries[y];
                        return ex.ra != ey.ra ? ex.ra > ey.ra : ex.node < ey.node;
                      });
    uint64_t visits = 0;
    for (uint32_t i : s.order) {
      const uint32_t b = s.entries[i].node;
      const uint32_t db = g.Degree(b);
      if (db == 0 || db > o.max_three_hop_degree) continue;
      if (visits + db > o.max_three_hop_visits) break;
      visits += db;
      const float w = s.entries[i].ra / static_cast<float>(db);
      g.ForEach(Relation::kConnection, b, [&](uint32_t c) {
        if (c == viewer) return;
        Entry& e = s.Touch(c);
        e.lp3 += w;
        e.sources |= kFromGraph;
      });
    }
  }

  g.ForEach(Relation::kFollowing, viewer, [&](uint32_t v) {
    Entry& e = s.Touch(v);
    e.follows += 1;
    e.sources |= kFromFollows;
  });
  g.ForEach(Relation::kFollower, viewer, [&](uint32_t v) {
    Entry& e = s.Touch(v);
    e.follows += 1;
    e.sources |= kFromFollows;
  });

  const AttributesRef va = g.Attributes(viewer);
  auto& field_idf = s.field_idf;
  auto& skill_idf = s.skill_idf;
  auto& group_idf = s.group_idf;
  field_idf.clear();
  skill_idf.clear();
  group_idf.clear();
  if (o.attributes) {
    // Each list adds its weight to the members it holds: the same-organization
    // and IDF terms of the attribute similarity, known before any profile is read.
    // Lists are scanned most specific first (organization, then by IDF) under one
    // total budget, so a member with many common skills costs bounded work.
    for (uint32_t f : va.fields) field_idf.push_back(Idf(g, AttributeKind::kField, f));
    for (uint32_t k : va.skills) skill_idf.push_back(Idf(g, AttributeKind::kSkill, k));
    for (uint32_t gr : va.groups) group_idf.push_back(Idf(g, AttributeKind::kGroup, gr));
    auto& lists = s.lists;
    lists.clear();
    if (va.organization != kNone) {
      lists.push_back({AttributeKind::kOrganization, va.organization, 1.f, 1e30f});
    }
    for (size_t i = 0; i < va.fields.size(); ++i) {
      const auto w = static_cast<float>(field_idf[i]);
      lists.push_back({AttributeKind::kField, va.fields[i], w, w});
    }
    for (size_t i = 0; i < va.skills.size(); ++i) {
      const auto w = static_cast<float>(skill_idf[i]);
      lists.push_back({AttributeKind::kSkill, va.skills[i], w, w});
    }
    for (size_t i = 0; i < va.groups.size(); ++i) {
      const auto w = static_cast<float>(group_idf[i]);
      lists.push_back({AttributeKind::kGroup, va.groups[i], w, w});
    }
    std::stable_sort(lists.begin(), lists.end(),
                     [](const PostingScan& a, const PostingScan& b) { return a.order > b.order; });
    size_t budget = o.max_attribute_scan;
    for (const PostingScan& l : lists) {
      auto list = g.base().Postings(l.kind, l.id);
      const size_t m = std::min({list.size(), static_cast<size_t>(o.max_posting_scan), budget});
      budget -= m;
      for (size_t i = 0; i < m; ++i) {
        Entry& e = s.Touch(list[i]);
        e.sources |= kFromAttributes;
        e.attr += l.weight;
      }
    }
    if (const Delta* d = g.delta()) {
      for (uint32_t u : d->attribute_changes()) s.Touch(u).sources |= kFromAttributes;
    }
  }
  if (s.nbrs.empty()) {
    for (uint32_t u : g.base().MostConnected()) {
      if (u < n) s.Touch(u).sources |= kFromPopular;
    }
  }

  // Bound the per-candidate work: keep the best graph-only candidates.
  size_t graph_only = 0;
  float max_ra = 0.f, max_lp3 = 0.f;
  for (const Entry& e : s.entries) {
    if (e.banned) continue;
    if (e.sources == kFromGraph) ++graph_only;
    max_ra = std::max(max_ra, e.ra);
    max_lp3 = std::max(max_lp3, e.lp3);
  }
  CutAttributeOnly(g, va, o, s);
  if (graph_only > o.max_scored_candidates) {
    auto pre = [&](const Entry& e) {
      return (max_ra > 0.f ? e.ra / max_ra : 0.f) + 0.5f * (max_lp3 > 0.f ? e.lp3 / max_lp3 : 0.f);
    };
    s.prescore.clear();
    for (const Entry& e : s.entries) {
      if (!e.banned && e.sources == kFromGraph) s.prescore.push_back(pre(e));
    }
    auto nth = s.prescore.begin() + static_cast<long>(graph_only - o.max_scored_candidates);
    std::nth_element(s.prescore.begin(), nth, s.prescore.end());
    const float cut = *nth;
    for (Entry& e : s.entries) {
      if (!e.banned && e.sources == kFromGraph && pre(e) < cut) {
        e.banned = 1;
      }
    }
  }

  const float viewer_log_degree = LogDegree(static_cast<uint32_t>(s.nbrs.size()));
  out.reserve(s.entries.size());
  for (const Entry& e : s.entries) {
    if (e.banned || e.sources == 0) continue;
    AttributesRef ca = g.Attributes(e.node);
    if (!(ca.flags & kDiscoverable)) continue;
    Candidate c;
    c.node = e.node;
    c.f.fill(0.f);
    c.f[kResourceAllocation] = e.ra;
    c.f[kAbsoluteResourceAllocation] = e.ra;
    c.f[kAdamicAdar] = e.aa;
    c.f[kCommonNeighbours] = static_cast<float>(e.cn);
    c.f[kThreeHop] = e.lp3;
    c.f[kPopularity] = LogDegree(g.Degree(e.node));
    c.f[kPopularityByViewerDegree] = c.f[kPopularity] * viewer_log_degree;
    c.f[kFollows] = static_cast<float>(e.follows);
    if (o.attributes) {
      if (va.organization != kNone && va.organization == ca.organization) {
        c.f[kSameOrganization] = 1.f;
      }
      double sum = 0;
      Intersect(va.fields, ca.fields, [&](size_t i, size_t) { sum += field_idf[i]; });
      c.f[kSharedFields] = static_cast<float>(sum);
      sum = 0;
      Intersect(va.skills, ca.skills, [&](size_t i, size_t) { sum += skill_idf[i]; });
      c.f[kSharedSkills] = static_cast<float>(sum);
      sum = 0;
      Intersect(va.groups, ca.groups, [&](size_t i, size_t) { sum += group_idf[i]; });
      c.f[kSharedGroups] = static_cast<float>(sum);
      c.f[kComplementary] = Complementary(va, ca) ? 1.f : 0.f;
      float sim =
          c.f[kSameOrganization] + c.f[kSharedFields] + c.f[kSharedSkills] + c.f[kSharedGroups];
      c.f[kAttributeBoostedRA] = e.ra * sim;
      c.f[kAttributeBoostedThreeHop] = e.lp3 * sim;
      // Found only through attributes (e.g. a profile change in the delta) but
      // nothing in common after all: not a candidate.
      if (e.sources == kFromAttributes && sim == 0.f && c.f[kComplementary] == 0.f) continue;
    }
    out.push_back(c);
  }
  // Graph proximity is rescaled per viewer (best candidate = 1), so a blend weight
  // means the same for a newcomer with 2 connections and a hub with 2,000.
  for (Feature f : {kResourceAllocation, kAdamicAdar, kCommonNeighbours, kThreeHop,
                    kAttributeBoostedRA, kAttributeBoostedThreeHop}) {
    float mx = 0.f;
    for (const Candidate& c : out) mx = std::max(mx, c.f[f]);
    if (mx > 0.f) {
      for (Candidate& c : out) c.f[f] /= mx;
    }
  }
}

std::vector<Suggestion> Recommend(const GraphView& g, uint32_t viewer, size_t k, const Weights& w,
                                  const RecommendOptions& o) {
  thread_local std::vector<Candidate> cands;
  thread_local std::vector<std::pair<double, uint32_t>> scored;
  CollectCandidates(g, viewer, o, cands);
  scored.clear();
  for (const Candidate& c : cands) {
    double score = 0;
    for (size_t i = 0; i < kFeatureCount; ++i) score += w[i] * c.f[i];
    scored.emplace_back(score, c.node);
  }
  auto better = [](const std::pair<double, uint32_t>& a, const std::pair<double, uint32_t>& b) {
    return a.first != b.first ? a.first > b.first : a.second < b.second;
  };
  size_t m = std::min(k, scored.size());
  std::partial_sort(scored.begin(), scored.begin() + m, scored.end(), better);
  std::vector<Suggestion> out;
  out.reserve(m);
  for (size_t i = 0; i < m; ++i) {
    Suggestion s{scored[i].second, scored[i].first, {}};
    if (o.reasons) s.reasons = Explain(g, viewer, s.node);
    out.push_back(std::move(s));
  }
  return out;
}

Reasons Explain(const GraphView& g, uint32_t viewer, uint32_t candidate) {
  Reasons r;
  const uint32_t n = g.node_count();
  if (viewer >= n || candidate >= n) return r;
  Marker& m = ThreadMarker();
  m.Begin(n);
  g.ForEach(Relation::kConnection, viewer, [&](uint32_t v) { m.mark[v] = m.epoch; });
  std::vector<std::pair<uint32_t, uint32_t>> mutual;  // (degree, member)
  g.ForEach(Relation::kConnection, candidate, [&](uint32_t z) {
    if (m.mark[z] == m.epoch) mutual.emplace_back(g.Degree(z), z);
  });
  r.mutual_count = static_cast<uint32_t>(mutual.size());
  size_t top = std::min<size_t>(3, mutual.size());
  std::partial_sort(mutual.begin(), mutual.begin() + top, mutual.end(),
                    [](const auto& a, const auto& b) {
                      return a.first != b.first ? a.first > b.first : a.second < b.second;
                    });
  for (size_t i = 0; i < top; ++i) r.mutuals.push_back(mutual[i].second);
  AttributesRef va = g.Attributes(viewer);
  AttributesRef ca = g.Attributes(candidate);
  Intersect(va.fields, ca.fields,
            [&](size_t i, size_t) { r.shared_fields.push_back(va.fields[i]); });
  Intersect(va.skills, ca.skills,
            [&](size_t i, size_t) { r.shared_skills.push_back(va.skills[i]); });
  Intersect(va.groups, ca.groups,
            [&](size_t i, size_t) { r.shared_groups.push_back(va.groups[i]); });
  r.same_organization = va.organization != kNone && va.organization == ca.organization;
  r.complementary = Complementary(va, ca);
  r.follows = g.Has(Relation::kFollowing, viewer, candidate) ||
              g.Has(Relation::kFollower, viewer, candidate);
  return r;
}

}  // namespace pln::graph
