#include "graph/snapshot.h"

#include <algorithm>
#include <limits>

namespace pln::graph {

namespace {

constexpr uint32_t kProfileHeaderWords = 4;

}  // namespace

std::optional<Relation> Inverse(Relation r) {
  switch (r) {
    case Relation::kConnection: return Relation::kConnection;
    case Relation::kFollowing: return Relation::kFollower;
    case Relation::kFollower: return Relation::kFollowing;
    case Relation::kBlocking: return Relation::kBlockedBy;
    case Relation::kBlockedBy: return Relation::kBlocking;
    case Relation::kRequestSent: return Relation::kRequestReceived;
    case Relation::kRequestReceived: return Relation::kRequestSent;
    case Relation::kDismissed: return std::nullopt;
  }
  return std::nullopt;
}

void MemberAttributes::Normalize() {
  auto uniq = [](std::vector<uint32_t>& v) {
    std::sort(v.begin(), v.end());
    v.erase(std::unique(v.begin(), v.end()), v.end());
  };
  uniq(fields);
  uniq(groups);
  // Keep the highest level per skill.
  std::sort(skills.begin(), skills.end(), [](const SkillLevel& a, const SkillLevel& b) {
    return a.skill != b.skill ? a.skill < b.skill : a.level > b.level;
  });
  skills.erase(
      std::unique(skills.begin(), skills.end(),
                  [](const SkillLevel& a, const SkillLevel& b) { return a.skill == b.skill; }),
      skills.end());
}

FlatAttributes FlatAttributes::From(MemberAttributes a) {
  a.Normalize();
  FlatAttributes f;
  f.fields = std::move(a.fields);
  f.groups = std::move(a.groups);
  f.skills.reserve(a.skills.size());
  f.skill_levels.reserve(a.skills.size());
  for (const auto& s : a.skills) {
    f.skills.push_back(s.skill);
    f.skill_levels.push_back(s.level);
  }
  f.organization = a.organization;
  f.stage = a.stage;
  f.flags = a.flags;
  return f;
}

bool Csr::Contains(uint32_t u, uint32_t v) const {
  auto row = Row(u);
  return std::binary_search(row.begin(), row.end(), v);
}

Result<Csr> Csr::FromPairs(uint32_t rows, std::vector<std::pair<uint32_t, uint32_t>>& pairs,
                           bool symmetric) {
  Csr csr;
  if (pairs.empty()) return csr;
  const size_t entries = pairs.size() * (symmetric ? 2 : 1);
  if (entries >= std::numeric_limits<uint32_t>::max()) {
    return InternalError("graph relation has more than 2^32-1 entries");
  }
  csr.offsets.assign(static_cast<size_t>(rows) + 1, 0);
  for (const auto& p : pairs) {
    ++csr.offsets[p.first + 1];
    if (symmetric) ++csr.offsets[p.second + 1];
  }
  for (size_t i = 1; i < csr.offsets.size(); ++i) csr.offsets[i] += csr.offsets[i - 1];
  csr.targets.resize(entries);
  {
    // In one pass over pairs in ascending order every row fills in ascending
    // order, also when symmetric: row v receives its smaller neighbours u (from
    // (u, v), all before v's own pairs) and then its larger ones.
    std::vector<uint32_t> cursor(csr.offsets.begin(), csr.offsets.end() - 1);
    for (const auto& p : pairs) {
      csr.targets[cursor[p.first]++] = p.second;
      if (symmetric) csr.targets[cursor[p.second]++] = p.first;
    }
  }
  pairs.clear();
  pairs.shrink_to_fit();
  // Sort each row (unless it already is), drop duplicates, compact in place.
  uint32_t write = 0;
  uint32_t begin = 0;
  for (uint32_t u = 0; u < rows; ++u) {
    uint32_t end = csr.offsets[u + 1];
    auto* first = csr.targets.data() + begin;
    auto* last = csr.targets.data() + end;
    if (!std::is_sorted(first, last)) std::sort(first, last);
    last = std::unique(first, last);
    csr.offsets[u] = write;
    if (first != csr.targets.data() + write) std::copy(first, last, csr.targets.data() + write);
    write += static_cast<uint32_t>(last - first);
    begin = end;
  }
  csr.offsets[rows] = write;
  csr.targets.resize(write);
  csr.targets.shrink_to_fit();
  return csr;
}

std::optional<uint32_t> Snapshot::Find(int64_t external_id) const {
  auto it = index_.find(external_id);
  if (it == index_.end()) return std::nullopt;
  return it->second;
}

AttributesRef Snapshot::Attributes(uint32_t u) const {
  AttributesRef a;
  a.flags = flags_[u];
  const uint32_t* p = profile_.data() + profile_offsets_[u];
  a.organization = p[0];
  a.stage = static_cast<Stage>(p[1] & 0xFF);
  const uint32_t nf = p[1] >> 8, nk = p[2], ng = p[3];
  p += kProfileHeaderWords;
  a.fields = {p, nf};
  a.skills = {p + nf, nk};
  a.groups = {p + nf + nk, ng};
  if (nk > 0) a.skill_levels = {reinterpret_cast<const uint8_t*>(p + nf + nk + ng), nk};
  return a;
}

std::span<const uint32_t> Snapshot::Postings(AttributeKind kind, uint32_t id) const {
  const auto& rows = posting_row_[static_cast<size_t>(kind)];
  auto it = rows.find(id);
  if (it == rows.end()) return {};
  return postings_[static_cast<size_t>(kind)].Row(it->second);
}

size_t Snapshot::MemoryBytes() const {
  size_t bytes = external_.capacity() * sizeof(int64_t) + index_.size() * 32;
  for (const auto& c : rel_) bytes += c.MemoryBytes();
  bytes +=
      (profile_offsets_.capacity() + profile_.capacity()) * sizeof(uint32_t) + flags_.capacity();
  for (const auto& c : postings_) bytes += c.MemoryBytes();
  for (const auto& m : posting_row_) bytes += m.size() * 24;
  return bytes;
}

uint32_t SnapshotBuilder::AddMember(int64_t external_id) {
  auto [it, inserted] = index_.try_emplace(external_id, static_cast<uint32_t>(external_.size()));
  if (inserted) external_.push_back(external_id);
  return it->second;
}

void SnapshotBuilder::SetAttributes(uint32_t u, MemberAttributes attributes) {
  if (attributes_.size() <= u) attributes_.resize(static_cast<size_t>(u) + 1);
  attributes_[u] = std::move(attributes);  // ProfileTables::Build normalizes
}

void SnapshotBuilder::Add(Relation r, uint32_t u, uint32_t v) {
  if (u == v) return;
  pairs_[static_cast<size_t>(r)].emplace_back(u, v);
  if (r == Relation::kConnection) return;  // its own inverse: Build stores both directions
  if (auto inv = Inverse(r)) pairs_[static_cast<size_t>(*inv)].emplace_back(v, u);
}

void SnapshotBuilder::Reserve(size_t members, size_t connections) {
  external_.reserve(members);
  index_.reserve(members);
  pairs_[0].reserve(connections);
}

Result<ProfileTables> ProfileTables::Build(uint32_t members,
                                           std::vector<MemberAttributes> attributes) {
  ProfileTables t;
  const uint32_t n = members;
  t.flags_.assign(n, kDiscoverable);
  t.profile_offsets_.assign(static_cast<size_t>(n) + 1, 0);
  std::vector<std::pair<uint32_t, uint32_t>> fields, skills, groups, orgs;
  for (uint32_t u = 0; u < n; ++u) {
    static const MemberAttributes kEmpty;
    if (u < attributes.size()) attributes[u].Normalize();
    const MemberAttributes& a = u < attributes.size() ? attributes[u] : kEmpty;
    if (a.fields.size() >= (1u << 24) || a.skills.size() >= kNone || a.groups.size() >= kNone) {
      return InternalError("member has too many attribute values");
    }
    auto& p = t.profile_;
    t.profile_offsets_[u] = static_cast<uint32_t>(p.size());
    p.push_back(a.organization);
    p.push_back(static_cast<uint32_t>(a.stage) | static_cast<uint32_t>(a.fields.size()) << 8);
    p.push_back(static_cast<uint32_t>(a.skills.size()));
    p.push_back(static_cast<uint32_t>(a.groups.size()));
    p.insert(p.end(), a.fields.begin(), a.fields.end());
    for (const auto& k : a.skills) p.push_back(k.skill);
    p.insert(p.end(), a.groups.begin(), a.groups.end());
    const size_t levels_at = p.size();
    p.resize(levels_at + (a.skills.size() + 3) / 4, 0);
    auto* levels = reinterpret_cast<uint8_t*>(p.data() + levels_at);
    for (size_t i = 0; i < a.skills.size(); ++i) levels[i] = a.skills[i].level;
    if (p.size() >= kNone) return InternalError("member profiles exceed 2^32-1 words");
    t.flags_[u] = a.flags;
    for (uint32_t f : a.fields) fields.emplace_back(u, f);
    for (const auto& k : a.skills) skills.emplace_back(u, k.skill);
    for (uint32_t g : a.groups) groups.emplace_back(u, g);
    if (a.organization != kNone) orgs.emplace_back(u, a.organization);
  }
  t.profile_offsets_[n] = static_cast<uint32_t>(t.profile_.size());
  t.profile_.shrink_to_fit();
  attributes.clear();
  attributes.shrink_to_fit();
  // Inverted indexes: attribute id → posting row (rows in member order here;
  // SnapshotBuilder::Build orders them by degree).
  auto add_postings = [&](AttributeKind kind,
                          std::vector<std::pair<uint32_t, uint32_t>>& p) -> Status {
    auto& rows = t.posting_row_[static_cast<size_t>(kind)];
    std::vector<std::pair<uint32_t, uint32_t>> out;
    out.reserve(p.size());
    for (const auto& [u, id] : p) {
      auto [it, inserted] = rows.try_emplace(id, static_cast<uint32_t>(rows.size()));
      out.emplace_back(it->second, u);
    }
    p = {};
    ASSIGN_OR_RETURN(t.postings_[static_cast<size_t>(kind)],
                     Csr::FromPairs(static_cast<uint32_t>(rows.size()), out));
    return Status::Ok();
  };
  RETURN_IF_ERROR(add_postings(AttributeKind::kField, fields));
  RETURN_IF_ERROR(add_postings(AttributeKind::kSkill, skills));
  RETURN_IF_ERROR(add_postings(AttributeKind::kGroup, groups));
  RETURN_IF_ERROR(add_postings(AttributeKind::kOrganization, orgs));
  return t;
}

Result<std::shared_ptr<const Snapshot>> SnapshotBuilder::Build() && {
  auto snap = std::make_shared<Snapshot>();
  const uint32_t n = node_count();
  for (size_t r = 0; r < kRelationCount; ++r) {
    ASSIGN_OR_RETURN(snap->rel_[r],
                     Csr::FromPairs(n, pairs_[r], r == static_cast<size_t>(Relation::kConnection)));
  }
  if (!profiles_) {
    ASSIGN_OR_RETURN(profiles_, ProfileTables::Build(n, std::move(attributes_)));
  } else if (profiles_->member_count() != n) {
    return InternalError("member profiles were built for another member count");
  }
  attributes_ = {};
  ProfileTables& t = *profiles_;
  snap->profile_offsets_ = std::move(t.profile_offsets_);
  snap->profile_ = std::move(t.profile_);
  snap->flags_ = std::move(t.flags_);
  snap->posting_row_ = std::move(t.posting_row_);
  snap->postings_ = std::move(t.postings_);
  profiles_.reset();
  // Posting rows by degree, highest first, ties by member (a stable order by
  // degree, as rows are in member order). One sort of all members gives each a
  // rank in that order; then, per kind, the rows are transposed (member rank →
  // rows) and rebuilt by walking the ranks in order: every row fills in rank
  // order, with no comparison sort of the rows (millions of entries).
  const auto& conn = snap->rel_[0];
  std::vector<uint32_t> by_degree(n);
  {
    std::vector<uint64_t> keys(n);
    for (uint32_t u = 0; u < n; ++u) {
      keys[u] = static_cast<uint64_t>(kNone - conn.RowSize(u)) << 32 | u;
    }
    std::sort(keys.begin(), keys.end());
    for (uint32_t i = 0; i < n; ++i) by_degree[i] = static_cast<uint32_t>(keys[i]);
  }
  std::vector<uint32_t> rank(n);
  for (uint32_t i = 0; i < n; ++i) rank[by_degree[i]] = i;
  for (auto& csr : snap->postings_) {
    if (csr.offsets.empty()) continue;
    const uint32_t rows = static_cast<uint32_t>(csr.offsets.size() - 1);
    std::vector<uint32_t> by_rank(static_cast<size_t>(n) + 1, 0);  // offsets of the transpose
    for (uint32_t u : csr.targets) ++by_rank[rank[u] + 1];
    for (size_t i = 1; i < by_rank.size(); ++i) by_rank[i] += by_rank[i - 1];
    std::vector<uint32_t> row_of(csr.targets.size());
    {
      std::vector<uint32_t> cursor(by_rank.begin(), by_rank.end() - 1);
      for (uint32_t r = 0; r < rows; ++r) {
        for (uint32_t k = csr.offsets[r]; k < csr.offsets[r + 1]; ++k) {
          row_of[cursor[rank[csr.targets[k]]]++] = r;
        }
      }
    }
    std::vector<uint32_t> cursor(csr.offsets.begin(), csr.offsets.end() - 1);
    for (uint32_t i = 0; i < n; ++i) {
      for (uint32_t k = by_rank[i]; k < by_rank[i + 1]; ++k) {
        csr.targets[cursor[row_of[k]]++] = by_degree[i];
      }
    }
  }
  rank = {};
  for (uint32_t u : by_degree) {
    if (snap->most_connected_.size() == 1000 || conn.RowSize(u) == 0) break;
    if (snap->flags_[u] & kDiscoverable) snap->most_connected_.push_back(u);
  }
  snap->external_ = std::move(external_);
  snap->index_ = std::move(index_);
  return std::shared_ptr<const Snapshot>(std::move(snap));
}

}  // namespace pln::graph
