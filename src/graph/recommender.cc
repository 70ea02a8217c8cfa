#include "graph/recommender.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <memory>

namespace pln::graph {

namespace {

enum SourceBits : uint8_t {
  kFromGraph = 1,
  kFromAttributes = 2,
  kFromFollows = 4,
  kFromPopular = 8
};

struct Entry {
  // A constructor rather than an aggregate: Scratch::Add builds entries in place with
  // emplace_back(u, fields...), and Clang 14 (the sanitizer build) lacks C++20's parenthesized
  // aggregate initialization.
  Entry() = default;
  explicit Entry(uint32_t node_, uint32_t cn_ = 0, float ra_ = 0.f, float aa_ = 0.f,
                 float lp3_ = 0.f, float attr_ = 0.f, uint8_t banned_ = 0, uint8_t unprofiled_ = 0,
                 uint8_t sources_ = 0, uint8_t follows_ = 0)
      : node(node_),
        cn(cn_),
        ra(ra_),
        aa(aa_),
        lp3(lp3_),
        attr(attr_),
        banned(banned_),
        unprofiled(unprofiled_),
        sources(sources_),
        follows(follows_) {}

  uint32_t node = 0;
  uint32_t cn = 0;
  float ra = 0.f, aa = 0.f, lp3 = 0.f;
  float attr = 0.f;  // attribute pre-score, summed while scanning the inverted indexes
  uint8_t banned = 0;
  uint8_t unprofiled = 0;  // scored on graph terms only: its profile is not read
  uint8_t sources = 0;
  uint8_t follows = 0;
};

// A non-negative score and an id in one integer: a greater key has a higher
// score or, for equal scores, a lower id. Selections then compare plain integers
// instead of branching on two fields (non-negative floats order like their bits).
uint64_t RankKey(float score, uint32_t id) {
  return (uint64_t{std::bit_cast<uint32_t>(score)} << 32) | (UINT32_MAX - id);
}
uint32_t RankedId(uint64_t key) {
  return UINT32_MAX - static_cast<uint32_t>(key);
}
float RankedScore(uint64_t key) {
  return std::bit_cast<float>(static_cast<uint32_t>(key >> 32));
}

// One inverted-index list to scan: its pre-score weight and its scan priority.
struct PostingScan {
  AttributeKind kind;
  uint32_t id;
  float weight, order;
};

// Per-thread buffers reused across queries. node → entry is a sparse set:
// slot[u] is only trusted when it points at an entry for u, so nothing is cleared
// between queries and a touch costs one random read (slot) besides the entry.
struct Scratch {
  std::vector<uint32_t> slot;
  std::vector<Entry> entries;
  std::vector<uint32_t> order;
  std::vector<uint32_t> nbrs;
  std::vector<uint32_t> deg, idx;
  std::vector<uint32_t> chunk_degrees;  // of the 3-hop walk's current chunk
  std::vector<double> field_idf, skill_idf, group_idf;
  std::vector<uint64_t> strongest;  // 2-hop members by resource (RankKey of ra, member)
  std::vector<uint64_t> graph_pool, attribute_pool;  // RankKey of pre-score, entry
  std::vector<PostingScan> lists;

  void Begin(uint32_t n) {
    if (slot.size() < n) slot.resize(n, 0);
    entries.clear();
    filter_.fill(0);
  }
  Entry* Get(uint32_t u) {
    const uint32_t i = slot[u];
    return i < entries.size() && entries[i].node == u ? &entries[i] : nullptr;
  }
  bool MayHaveEntry(uint32_t u) const { return FilterWord(u) & Bit(u); }
  // u's entry if it has one (the filter answers most misses).
  Entry* Find(uint32_t u) { return MayHaveEntry(u) ? Get(u) : nullptr; }
  // A new entry for u (which has none), its fields after `node` given in order.
  // Written in place: built in a temporary and copied, its bytes were read back
  // before the stores that wrote them had drained, a stall on every member the
  // 2-hop walk met (a quarter of the walk).
  template <typename... Fields>
  [[gnu::always_inline]] Entry& Add(uint32_t u, Fields... fields) {
    FilterWord(u) |= Bit(u);
    slot[u] = static_cast<uint32_t>(entries.size());
    return entries.emplace_back(u, fields...);
  }
  [[gnu::always_inline]] Entry& Touch(uint32_t u) {
    if (Entry* e = Find(u)) return *e;
    return Add(u);
  }

 private:
  uint64_t& FilterWord(uint32_t u) { return filter_[(u >> 6) & (filter_.size() - 1)]; }
  const uint64_t& FilterWord(uint32_t u) const { return filter_[(u >> 6) & (filter_.size() - 1)]; }
  static uint64_t Bit(uint32_t u) { return uint64_t{1} << (u & 63); }
  // Members with an entry, by the low 18 bits of their index: 32 KiB, so it stays
  // in the L1 cache. Most members a walk meets have no entry yet (the 2-hop walk
  // creates them) or never get one (the ranking 3-hop walk skips them); the
  // filter says so without reading their slot, a miss in a 4 MiB array, and the
  // entry the slot would point at.
  std::array<uint64_t, (1u << 18) / 64> filter_;
};

// GraphView::ForEach for the hot loops: on a row the delta does not touch, first
// asks for the slots of all the row's members in a loop that does nothing else
// (a row is read in order, but its members are scattered over the per-member
// slot array, and a bare loop of loads lets the CPU overlap their misses).
template <typename F>
void ForEachPrefetched(const GraphView& g, Relation r, uint32_t u, const Scratch& s, F&& f) {
  if (u >= g.base().node_count() || (g.delta() && g.delta()->Find(u))) {
    g.ForEach(r, u, f);
    return;
  }
  const std::span<const uint32_t> row = g.base().Related(r, u);
  for (uint32_t v : row) __builtin_prefetch(&s.slot[v]);
  for (uint32_t v : row) f(v);
}

Scratch& ThreadScratch() {
  thread_local Scratch s;
  return s;
}

// 2-hop members the 3-hop walk is expected to expand at most, before its
// visit budget runs out (tens, typically): its order is selected among the
// strongest few hundred.
constexpr size_t kThreeHopHead = 256;

// Pre-score lift of a member open to mentoring for a viewer who seeks a mentor:
// above any sum of shared attributes, so possible mentors are scored first.
constexpr float kMentorBonus = 100.f;

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

// Σ weight[i] over the viewer's values viewer[i] the candidate also has (both
// lists sorted). Profiles hold a handful of values, so short lists compare every
// pair without branches, which beats a merge whose branches the CPU cannot
// predict; long ones (edge lists with many features) merge.
double SharedWeight(std::span<const uint32_t> viewer, const std::vector<double>& weight,
                    std::span<const uint32_t> cand) {
  double sum = 0;
  if (viewer.size() * cand.size() <= 64) {
    for (uint32_t c : cand) {
      for (size_t i = 0; i < viewer.size(); ++i) sum += viewer[i] == c ? weight[i] : 0.0;
    }
  } else {
    Intersect(viewer, cand, [&](size_t i, size_t) { sum += weight[i]; });
  }
  return sum;
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

// Reorders `keys` (distinct) so that a head holds its greatest `want` keys
// and usually some more, and returns the head's length: every key in the head
// is greater than every key after it. Selections then partition only the head
// with nth_element, whose branches the CPU cannot predict. A key list many
// times `want` is split at a pivot taken from a sample, about 1.5 × want from
// the top, in one pass without branches (each key is written to both ends of a
// buffer, and the end that keeps it moves on). Otherwise, or if the pivot
// keeps too few (an unlucky sample), the head is the whole list.
size_t MoveBestToFront(std::vector<uint64_t>& keys, size_t want) {
  const size_t n = keys.size();
  if (want < 16 || n < 4 * want) return n;
  constexpr size_t kSample = 64;
  std::array<uint64_t, kSample> sample;
  const size_t step = n / kSample;
  for (size_t i = 0; i < kSample; ++i) sample[i] = keys[i * step];
  std::sort(sample.begin(), sample.end(), std::greater<>());
  const size_t rank = std::min(kSample - 1, (kSample * want * 3 / 2 + n - 1) / n + 1);
  const uint64_t pivot = sample[rank];
  thread_local std::vector<uint64_t> split;
  split.resize(n);
  size_t head = 0, tail = n;
  for (uint64_t key : keys) {
    split[head] = key;
    split[tail - 1] = key;
    const bool keep = key >= pivot;
    head += keep;
    tail -= !keep;
  }
  if (head < want) return n;
  keys.swap(split);
  return head;
}

// Keeps in `pool` only its best `limit` entries by pre-score; among equal
// pre-scores the entries found first stay (posting lists are scanned most
// connected first). Linear in the pool's size.
void KeepBest(std::vector<uint64_t>& pool, size_t limit) {
  if (pool.size() <= limit) return;
  pool.resize(MoveBestToFront(pool, limit));
  std::nth_element(pool.begin(), pool.begin() + static_cast<long>(limit), pool.end(),
                   std::greater<>());
  pool.resize(limit);
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
  const auto& nbrs = s.nbrs;
  g.Neighbours(viewer, s.nbrs);
  auto& deg = s.deg;
  deg.resize(nbrs.size());
  for (size_t i = 0; i < nbrs.size(); ++i) deg[i] = g.Degree(nbrs[i]);
  {
    auto& idx = s.idx;
    idx.resize(nbrs.size());
    for (size_t i = 0; i < idx.size(); ++i) idx[i] = static_cast<uint32_t>(i);
    std::sort(idx.begin(), idx.end(), [&](uint32_t x, uint32_t y) {
      return deg[x] != deg[y] ? deg[x] < deg[y] : nbrs[x] < nbrs[y];
    });
    // idx keeps the intermediates the budget admits, in walk order. Their rows
    // are asked for here, in a loop that does nothing else, so that their first
    // lines arrive together.
    uint64_t visits = 0;
    size_t admitted = 0;
    for (uint32_t i : idx) {
      if (deg[i] < 2 || deg[i] > o.max_intermediate_degree) continue;  // no one / a hub
      if (visits + deg[i] > o.max_two_hop_visits) break;
      visits += deg[i];
      idx[admitted++] = i;
      g.base().PrefetchNeighbours(nbrs[i]);
    }
    idx.resize(admitted);
    for (uint32_t i : idx) {
      const uint32_t a = nbrs[i];
      const uint32_t da = deg[i];
      const float wra = 1.0f / static_cast<float>(da);
      const float waa = static_cast<float>(1.0 / std::log(static_cast<double>(da)));
      ForEachPrefetched(g, Relation::kConnection, a, s, [&](uint32_t v) {
        if (v == viewer) return;
        if (Entry* e = s.Find(v)) {
          e->ra += wra;
          e->aa += waa;
          e->cn += 1;
          e->sources |= kFromGraph;
        } else {
          // Most members met are new: their entry is written once, not read back.
          s.Add(v, 1u, wra, waa, 0.f, 0.f, uint8_t{0}, uint8_t{0}, uint8_t{kFromGraph});
        }
      });
    }
  }

  // Three hops: spread each 2-hop node's resource one step further.
  if (o.three_hop) {
    auto& strongest = s.strongest;
    strongest.clear();
    size_t two_hop_candidates = 0;
    for (const Entry& e : s.entries) {
      if (e.ra > 0.f) {
        strongest.push_back(RankKey(e.ra, e.node));
        two_hop_candidates += !e.banned;
      }
    }
    // Three-step paths rank the members two hops found (the local path term);
    // they add new members only while two hops found too few to fill the scored
    // pool, so the 3-hop walk does not create thousands of entries to be cut.
    const bool widen = two_hop_candidates < o.max_scored_candidates;
    // Spreads weight w to b's connections: while widening to anyone, else only
    // to members two hops found (most of b's connections are not among them, and
    // the L1-resident filter rules those out without reading their slots).
    auto spread = [&](uint32_t b, float w) {
      if (widen) {
        ForEachPrefetched(g, Relation::kConnection, b, s, [&](uint32_t c) {
          if (c == viewer) return;
          Entry& e = s.Touch(c);
          e.lp3 += w;
          e.sources |= kFromGraph;
        });
      } else {
        g.ForEach(Relation::kConnection, b, [&](uint32_t c) {
          if (!s.MayHaveEntry(c)) return;
          if (Entry* e = s.Get(c)) e->lp3 += w;
        });
      }
    };
    // Strongest 2-hop nodes first, under the visit budget. The budget usually
    // runs out after some tens of them, so the order is sorted in growing
    // chunks, as far as read, within the head of the strongest few hundred
    // while it lasts. A chunk's degrees are read in one loop and the
    // rows the budget admits asked for in another before any row is walked:
    // loops that only issue loads let the CPU overlap the misses (rows and their
    // offsets lie at random places in the CSR).
    auto& degrees = s.chunk_degrees;
    const size_t head = MoveBestToFront(strongest, kThreeHopHead);
    uint64_t visits = 0;
    bool budget_left = true;
    for (size_t begin = 0; budget_left && begin < strongest.size();) {
      size_t end = std::min(strongest.size(), begin + std::max<size_t>(begin, 64));
      if (begin < head) end = std::min(end, head);
      const auto first = strongest.begin() + static_cast<long>(begin);
      const auto last = strongest.begin() + static_cast<long>(end);
      const auto bound =
          end <= head ? strongest.begin() + static_cast<long>(head) : strongest.end();
      if (last < bound) std::nth_element(first, last, bound, std::greater<>());
      std::sort(first, last, std::greater<>());
      degrees.resize(end - begin);
      for (size_t j = begin; j < end; ++j) degrees[j - begin] = g.Degree(RankedId(strongest[j]));
      size_t stop = end;
      for (size_t j = begin; j < end; ++j) {
        uint32_t& d = degrees[j - begin];
        if (d > o.max_three_hop_degree) d = 0;  // a hub: not expanded
        if (d == 0) continue;
        if (visits + d > o.max_three_hop_visits) {
          stop = j;
          budget_left = false;
          break;
        }
        visits += d;
        g.base().PrefetchNeighbours(RankedId(strongest[j]));
      }
      for (size_t j = begin; j < stop; ++j) {
        if (degrees[j - begin] == 0) continue;
        const uint32_t b = RankedId(strongest[j]);
        const float w = RankedScore(strongest[j]) / static_cast<float>(degrees[j - begin]);
        spread(b, w);
      }
      begin = end;
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
  const bool seeks = SeeksMentor(va);
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
        if (i + 8 < m) {
          __builtin_prefetch(&s.slot[list[i + 8]]);
          if (seeks) g.base().PrefetchFlags(list[i + 8]);  // read by the cuts below
        }
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

  // Bound the per-candidate work. Members reached through the graph keep the
  // best max_scored_candidates by rescaled resource allocation + half the rescaled
  // three-hop term + a quarter of the rescaled attribute pre-score (same
  // organization + IDF of the shared values, summed while scanning the inverted
  // indexes), and only the best max_profiled_candidates of them have their
  // profile read for the attribute features; members found only through
  // attributes keep the best max_attribute_candidates by that attribute
  // pre-score, possible mentors first for a viewer who seeks one
  // (complementarity). Follows and, for a newcomer, the most connected members
  // are always scored.
  float max_ra = 0.f, max_lp3 = 0.f, max_attr = 0.f;
  for (const Entry& e : s.entries) {
    if (e.banned) continue;
    max_ra = std::max(max_ra, e.ra);
    max_lp3 = std::max(max_lp3, e.lp3);
    max_attr = std::max(max_attr, e.attr);
  }
  const float inv_ra = max_ra > 0.f ? 1.f / max_ra : 0.f;
  const float inv_lp3 = max_lp3 > 0.f ? 0.5f / max_lp3 : 0.f;
  const float inv_attr = max_attr > 0.f ? 0.25f / max_attr : 0.f;
  // One pass sorts the live entries into the two pools, dropping (banned) every
  // pool member until KeepBest has chosen which stay. Both keys are written for
  // every entry and each pool's end moves on only if the entry belongs there:
  // which pool an entry goes to follows no pattern the CPU could predict. The
  // arrays are reached through local pointers: a store to a byte may alias
  // anything, and would make the compiler reload each vector's fields.
  const size_t total = s.entries.size();
  s.graph_pool.resize(total);
  s.attribute_pool.resize(total);
  Entry* const entries = s.entries.data();
  uint64_t* const graph_pool = s.graph_pool.data();
  uint64_t* const attribute_pool = s.attribute_pool.data();
  size_t graph_count = 0, attribute_count = 0;
  for (uint32_t i = 0; i < total; ++i) {
    Entry& e = entries[i];
    const bool live = !e.banned;
    const bool by_attributes = live && e.sources == kFromAttributes;
    const bool by_graph =
        live && (e.sources & kFromGraph) && !(e.sources & (kFromFollows | kFromPopular));
    float bonus = 0.f;
    if (by_attributes && seeks && (g.Flags(e.node) & kOpenToMentoring)) bonus = kMentorBonus;
    attribute_pool[attribute_count] = RankKey(e.attr + bonus, i);
    graph_pool[graph_count] = RankKey(e.ra * inv_ra + e.lp3 * inv_lp3 + e.attr * inv_attr, i);
    attribute_count += by_attributes;
    graph_count += by_graph;
    e.banned |= by_attributes | by_graph;
  }
  s.graph_pool.resize(graph_count);
  s.attribute_pool.resize(attribute_count);
  KeepBest(s.graph_pool, o.max_scored_candidates);
  KeepBest(s.attribute_pool, o.max_attribute_candidates);
  for (uint64_t r : s.attribute_pool) s.entries[RankedId(r)].banned = 0;
  for (uint64_t r : s.graph_pool) {
    s.entries[RankedId(r)].banned = 0;
    s.entries[RankedId(r)].unprofiled = 1;
  }
  KeepBest(s.graph_pool, o.max_profiled_candidates);
  for (uint64_t r : s.graph_pool) s.entries[RankedId(r)].unprofiled = 0;

  const float viewer_log_degree = LogDegree(static_cast<uint32_t>(s.nbrs.size()));
  // The candidates left, then their features: each reads the candidate's degree
  // and flags (and the profile unless `unprofiled`), scattered over the snapshot.
  // All of it is asked for before any is used, in loops that do nothing else (so
  // the CPU overlaps the misses): first the offsets and flags, then the profiles,
  // whose places the first loop brought in. A few hundred lines: the cache holds them.
  s.order.clear();
  for (uint32_t i = 0; i < s.entries.size(); ++i) {
    if (!s.entries[i].banned && s.entries[i].sources != 0) s.order.push_back(i);
  }
  out.reserve(s.order.size());
  const Snapshot& base = g.base();
  for (uint32_t i : s.order) base.Prefetch(s.entries[i].node);
  for (uint32_t i : s.order) {
    if (!s.entries[i].unprofiled) base.PrefetchProfile(s.entries[i].node);
  }
  for (size_t i = 0; i < s.order.size(); ++i) {
    const Entry& e = s.entries[s.order[i]];
    if (!(g.Flags(e.node) & kDiscoverable)) continue;
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
    if (o.attributes && !e.unprofiled) {
      const AttributesRef ca = g.Attributes(e.node);
      if (va.organization != kNone && va.organization == ca.organization) {
        c.f[kSameOrganization] = 1.f;
      }
      c.f[kSharedFields] = static_cast<float>(SharedWeight(va.fields, field_idf, ca.fields));
      c.f[kSharedSkills] = static_cast<float>(SharedWeight(va.skills, skill_idf, ca.skills));
      c.f[kSharedGroups] = static_cast<float>(SharedWeight(va.groups, group_idf, ca.groups));
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
  constexpr std::array<Feature, 6> kRescaled = {kResourceAllocation, kAdamicAdar,
                                                kCommonNeighbours,   kThreeHop,
                                                kAttributeBoostedRA, kAttributeBoostedThreeHop};
  std::array<float, kRescaled.size()> scale{};
  for (const Candidate& c : out) {
    for (size_t i = 0; i < kRescaled.size(); ++i) scale[i] = std::max(scale[i], c.f[kRescaled[i]]);
  }
  for (float& x : scale) x = x > 0.f ? 1.f / x : 1.f;
  for (Candidate& c : out) {
    for (size_t i = 0; i < kRescaled.size(); ++i) c.f[kRescaled[i]] *= scale[i];
  }
}

namespace {

// A viewer's connections, sorted, and a filter of them by the low 16 bits of a
// member index (8 KiB: it stays in the L1 cache while candidates' rows are
// scanned for mutual connections; almost every member it rules out is not one).
class ViewerConnections {
 public:
  void Load(const GraphView& g, uint32_t viewer) {
    for (uint32_t z : sorted_) FilterWord(z) = 0;
    g.Neighbours(viewer, sorted_);
    std::sort(sorted_.begin(), sorted_.end());
    for (uint32_t z : sorted_) FilterWord(z) |= Bit(z);
  }
  const std::vector<uint32_t>& sorted() const { return sorted_; }
  bool Contains(uint32_t z) const {
    return (FilterWord(z) & Bit(z)) && std::binary_search(sorted_.begin(), sorted_.end(), z);
  }

 private:
  uint64_t& FilterWord(uint32_t z) { return filter_[(z >> 6) & (filter_.size() - 1)]; }
  const uint64_t& FilterWord(uint32_t z) const { return filter_[(z >> 6) & (filter_.size() - 1)]; }
  static uint64_t Bit(uint32_t z) { return uint64_t{1} << (z & 63); }
  std::vector<uint32_t> sorted_;
  std::array<uint64_t, (1u << 16) / 64> filter_{};
};

// Mutual connections: a candidate's row, unless it is much longer than the
// viewer's list, is scanned against the filter (no chain of dependent loads, as
// a merge or a binary search per entry has); a hub candidate's thousands of
// connections are not scanned for a viewer with forty: each of the viewer's is
// looked up in the hub's row instead.
Reasons ExplainSorted(const GraphView& g, uint32_t viewer, const ViewerConnections& connections,
                      uint32_t candidate) {
  Reasons r;
  std::vector<std::pair<uint32_t, uint32_t>> mutual;  // (degree, member)
  if (g.Degree(candidate) <= 16 * connections.sorted().size()) {
    g.ForEach(Relation::kConnection, candidate, [&](uint32_t z) {
      if (connections.Contains(z)) mutual.emplace_back(g.Degree(z), z);
    });
  } else {
    for (uint32_t z : connections.sorted()) {
      if (g.Connected(candidate, z)) mutual.emplace_back(g.Degree(z), z);
    }
  }
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

}  // namespace

std::vector<Suggestion> Recommend(const GraphView& g, uint32_t viewer, size_t k, const Weights& w,
                                  const RecommendOptions& o) {
  thread_local std::vector<Candidate> cands;
  thread_local std::vector<std::pair<double, uint32_t>> scored;
  thread_local ViewerConnections connections;
  // The candidate budgets are sized for ranking 50 deep (hit@50 in the
  // evaluation); a top k needs fewer, so at most 10 members per requested
  // suggestion are scored and 7 per suggestion profiled (200 and 140 for the
  // web app's top 20: 98.8 % the same top 20 as with 400 and 280 at a million
  // members, and still ahead of every single heuristic on the real networks,
  // docs/linkpred.md).
  RecommendOptions bounded = o;
  const auto per_result = [k](uint32_t per) {
    return static_cast<uint32_t>(std::min<uint64_t>(per * static_cast<uint64_t>(k), UINT32_MAX));
  };
  bounded.max_scored_candidates = std::min(o.max_scored_candidates, per_result(10));
  bounded.max_profiled_candidates = std::min(o.max_profiled_candidates, per_result(7));
  CollectCandidates(g, viewer, bounded, cands);
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
  if (o.reasons && m > 0) {
    connections.Load(g, viewer);
    // The rows ExplainSorted scans, asked for before any is read.
    for (size_t i = 0; i < m; ++i) g.base().PrefetchRow(scored[i].second, 1024);
  }
  for (size_t i = 0; i < m; ++i) {
    Suggestion s{scored[i].second, scored[i].first, {}};
    if (o.reasons) s.reasons = ExplainSorted(g, viewer, connections, s.node);
    out.push_back(std::move(s));
  }
  return out;
}

Reasons Explain(const GraphView& g, uint32_t viewer, uint32_t candidate) {
  const uint32_t n = g.node_count();
  if (viewer >= n || candidate >= n) return Reasons{};
  auto connections = std::make_unique<ViewerConnections>();
  connections->Load(g, viewer);
  return ExplainSorted(g, viewer, *connections, candidate);
}

}  // namespace pln::graph
