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

Result<Csr> Csr::FromPairs(uint32_t rows, std::vector<std::pair<uint32_t, uint32_t>>& pairs) {
  Csr csr;
  if (pairs.empty()) return csr;
  if (pairs.size() >= std::numeric_limits<uint32_t>::max()) {
    return InternalError("graph relation has more than 2^32-1 entries");
  }
  csr.offsets.assign(static_cast<size_t>(rows) + 1, 0);
  for (const auto& p : pairs) ++csr.offsets[p.first + 1];
  for (size_t i = 1; i < csr.offsets.size(); ++i) csr.offsets[i] += csr.offsets[i - 1];
  csr.targets.resize(pairs.size());
  {
    std::vector<uint32_t> cursor(csr.offsets.begin(), csr.offsets.end() - 1);
    for (const auto& p : pairs) csr.targets[cursor[p.first]++] = p.second;
  }
  pairs.clear();
  pairs.shrink_to_fit();
  // Sort each row, drop duplicates, compact in place.
  uint32_t write = 0;
  uint32_t begin = 0;
  for (uint32_t u = 0; u < rows; ++u) {
    uint32_t end = csr.offsets[u + 1];
    auto* first = csr.targets.data() + begin;
    auto* last = csr.targets.data() + end;
    std::sort(first, last);
    last = std::unique(first, last);
    csr.offsets[u] = write;
    for (auto* it = first; it != last; ++it) csr.targets[write++] = *it;
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
  attributes.Normalize();
  attributes_[u] = std::move(attributes);
}

void SnapshotBuilder::Add(Relation r, uint32_t u, uint32_t v) {
  if (u == v) return;
  pairs_[static_cast<size_t>(r)].emplace_back(u, v);
  if (auto inv = Inverse(r)) pairs_[static_cast<size_t>(*inv)].emplace_back(v, u);
}

void SnapshotBuilder::Reserve(size_t members, size_t connections) {
  external_.reserve(members);
  index_.reserve(members);
  pairs_[0].reserve(connections * 2);
}

Result<std::shared_ptr<const Snapshot>> SnapshotBuilder::Build() && {
  auto snap = std::make_shared<Snapshot>();
  const uint32_t n = node_count();
  for (size_t r = 0; r < kRelationCount; ++r) {
    ASSIGN_OR_RETURN(snap->rel_[r], Csr::FromPairs(n, pairs_[r]));
  }
  snap->flags_.assign(n, kDiscoverable);
  snap->profile_offsets_.assign(static_cast<size_t>(n) + 1, 0);
  std::vector<std::pair<uint32_t, uint32_t>> fields, skills, groups, orgs;
  for (uint32_t u = 0; u < n; ++u) {
    static const MemberAttributes kEmpty;
    const MemberAttributes& a = u < attributes_.size() ? attributes_[u] : kEmpty;
    if (a.fields.size() >= (1u << 24) || a.skills.size() >= kNone || a.groups.size() >= kNone) {
      return InternalError("member has too many attribute values");
    }
    auto& p = snap->profile_;
    snap->profile_offsets_[u] = static_cast<uint32_t>(p.size());
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
    snap->flags_[u] = a.flags;
    for (uint32_t f : a.fields) fields.emplace_back(u, f);
    for (const auto& k : a.skills) skills.emplace_back(u, k.skill);
    for (uint32_t g : a.groups) groups.emplace_back(u, g);
    if (a.organization != kNone) orgs.emplace_back(u, a.organization);
  }
  snap->profile_offsets_[n] = static_cast<uint32_t>(snap->profile_.size());
  snap->profile_.shrink_to_fit();
  attributes_.clear();
  attributes_.shrink_to_fit();
  // Inverted indexes: attribute id → posting row; members by degree, highest first.
  std::array<std::vector<std::pair<uint32_t, uint32_t>>, kAttributeKindCount> postings;
  auto add_postings = [&](AttributeKind kind, const std::vector<std::pair<uint32_t, uint32_t>>& p) {
    auto& rows = snap->posting_row_[static_cast<size_t>(kind)];
    auto& out = postings[static_cast<size_t>(kind)];
    for (const auto& [u, id] : p) {
      auto [it, inserted] = rows.try_emplace(id, static_cast<uint32_t>(rows.size()));
      out.emplace_back(it->second, u);
    }
  };
  add_postings(AttributeKind::kField, fields);
  add_postings(AttributeKind::kSkill, skills);
  add_postings(AttributeKind::kGroup, groups);
  add_postings(AttributeKind::kOrganization, orgs);
  const auto& conn = snap->rel_[0];
  auto degree = [&](uint32_t u) { return conn.RowSize(u); };
  for (size_t k = 0; k < kAttributeKindCount; ++k) {
    uint32_t rows = static_cast<uint32_t>(snap->posting_row_[k].size());
    ASSIGN_OR_RETURN(snap->postings_[k], Csr::FromPairs(rows, postings[k]));
    auto& csr = snap->postings_[k];
    for (uint32_t r = 0; r < rows; ++r) {
      std::stable_sort(csr.targets.begin() + csr.offsets[r],
                       csr.targets.begin() + csr.offsets[r + 1],
                       [&](uint32_t a, uint32_t b) { return degree(a) > degree(b); });
    }
  }
  {
    std::vector<uint32_t> order;
    for (uint32_t u = 0; u < n; ++u) {
      if ((snap->flags_[u] & kDiscoverable) && degree(u) > 0) order.push_back(u);
    }
    size_t keep = std::min<size_t>(order.size(), 1000);
    std::partial_sort(order.begin(), order.begin() + keep, order.end(),
                      [&](uint32_t a, uint32_t b) {
                        return degree(a) != degree(b) ? degree(a) > degree(b) : a < b;
                      });
    order.resize(keep);
    snap->most_connected_ = std::move(order);
  }
  snap->external_ = std::move(external_);
  snap->index_ = std::move(index_);
  return std::shared_ptr<const Snapshot>(std::move(snap));
}

}  // namespace pln::graph
