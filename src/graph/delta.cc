#include "graph/delta.h"

#include <algorithm>

namespace pln::graph {

namespace {

void InsertSorted(std::vector<uint32_t>& v, uint32_t x) {
  auto it = std::lower_bound(v.begin(), v.end(), x);
  if (it == v.end() || *it != x) v.insert(it, x);
}
void EraseSorted(std::vector<uint32_t>& v, uint32_t x) {
  auto it = std::lower_bound(v.begin(), v.end(), x);
  if (it != v.end() && *it == x) v.erase(it);
}

}  // namespace

Delta::Delta(const Snapshot& base)
    : base_nodes_(base.node_count()), node_count_(base.node_count()), bloom_(1024, 0) {}

std::optional<uint32_t> Delta::FindExternal(int64_t external_id) const {
  auto it = new_index_.find(external_id);
  if (it == new_index_.end()) return std::nullopt;
  return it->second;
}

NodeDelta& Delta::Mutable(uint32_t u) {
  auto& slot = nodes_[u];
  // Copy-on-write: the previous NodeDelta may be shared with published deltas.
  auto fresh = slot ? std::make_shared<NodeDelta>(*slot) : std::make_shared<NodeDelta>();
  NodeDelta& ref = *fresh;
  slot = std::move(fresh);
  uint32_t h = Hash(u);
  bloom_[h >> 6] |= uint64_t{1} << (h & 63);
  return ref;
}

void Delta::SetOne(const Snapshot& base, Relation r, uint32_t u, uint32_t v, bool present) {
  bool in_base = u < base.node_count() && base.Has(r, u, v);
  const NodeDelta* cur = Find(u);
  const EdgeChanges* ch = cur ? &cur->rel[static_cast<size_t>(r)] : nullptr;
  bool now = in_base ? !(ch && std::binary_search(ch->removed.begin(), ch->removed.end(), v))
                     : (ch && std::binary_search(ch->added.begin(), ch->added.end(), v));
  if (now == present) return;
  EdgeChanges& m = Mutable(u).rel[static_cast<size_t>(r)];
  if (in_base) {
    present ? EraseSorted(m.removed, v) : InsertSorted(m.removed, v);
  } else {
    present ? InsertSorted(m.added, v) : EraseSorted(m.added, v);
  }
}

void Delta::Set(const Snapshot& base, Relation r, uint32_t u, uint32_t v, bool present) {
  if (u == v) return;
  SetOne(base, r, u, v, present);
  if (auto inv = Inverse(r)) SetOne(base, *inv, v, u, present);
}

uint32_t Delta::AddMember(int64_t external_id) {
  auto [it, inserted] = new_index_.try_emplace(external_id, node_count_);
  if (inserted) {
    new_external_.push_back(external_id);
    ++node_count_;
  }
  return it->second;
}

void Delta::SetAttributes(uint32_t u, std::shared_ptr<const FlatAttributes> attributes) {
  Mutable(u).attributes = std::move(attributes);
  InsertSorted(attribute_changes_, u);
}

uint32_t GraphView::Count(Relation r, uint32_t u) const {
  uint32_t n = u < base_->node_count() ? base_->RelatedCount(r, u) : 0;
  if (const NodeDelta* nd = delta_ ? delta_->Find(u) : nullptr) {
    const auto& ch = nd->rel[static_cast<size_t>(r)];
    n = n + static_cast<uint32_t>(ch.added.size()) - static_cast<uint32_t>(ch.removed.size());
  }
  return n;
}

bool GraphView::Has(Relation r, uint32_t u, uint32_t v) const {
  const NodeDelta* nd = delta_ ? delta_->Find(u) : nullptr;
  if (nd) {
    const auto& ch = nd->rel[static_cast<size_t>(r)];
    if (std::binary_search(ch.added.begin(), ch.added.end(), v)) return true;
    if (std::binary_search(ch.removed.begin(), ch.removed.end(), v)) return false;
  }
  return u < base_->node_count() && base_->Has(r, u, v);
}

AttributesRef GraphView::Attributes(uint32_t u) const {
  if (const NodeDelta* nd = delta_ ? delta_->Find(u) : nullptr; nd && nd->attributes) {
    return nd->attributes->Ref();
  }
  if (u < base_->node_count()) return base_->Attributes(u);
  return AttributesRef{};
}

uint8_t GraphView::Flags(uint32_t u) const {
  if (const NodeDelta* nd = delta_ ? delta_->Find(u) : nullptr; nd && nd->attributes) {
    return nd->attributes->flags;
  }
  return u < base_->node_count() ? base_->Flags(u) : AttributesRef{}.flags;
}

std::optional<uint32_t> GraphView::Find(int64_t external_id) const {
  if (auto u = base_->Find(external_id)) return u;
  if (delta_) return delta_->FindExternal(external_id);
  return std::nullopt;
}

Result<std::shared_ptr<const Snapshot>> Merge(const GraphView& view) {
  SnapshotBuilder b;
  const uint32_t n = view.node_count();
  b.Reserve(n, view.base().connection_count() + 1024);
  for (uint32_t u = 0; u < n; ++u) b.AddMember(view.ExternalId(u));
  for (uint32_t u = 0; u < n; ++u) {
    for (size_t r = 0; r < kRelationCount; ++r) {
      auto rel = static_cast<Relation>(r);
      // Each stored direction is emitted once: Add() inserts the inverse too, so
      // emit only from the side that owns the pair (u < v for connections,
      // the "out" relations otherwise).
      if (rel == Relation::kFollower || rel == Relation::kBlockedBy ||
          rel == Relation::kRequestReceived) {
        continue;
      }
      view.ForEach(rel, u, [&](uint32_t v) {
        if (rel == Relation::kConnection && v < u) return;
        b.Add(rel, u, v);
      });
    }
    AttributesRef a = view.Attributes(u);
    MemberAttributes m;
    m.fields.assign(a.fields.begin(), a.fields.end());
    m.groups.assign(a.groups.begin(), a.groups.end());
    for (size_t i = 0; i < a.skills.size(); ++i) {
      m.skills.push_back({a.skills[i], a.skill_levels.empty() ? uint8_t{0} : a.skill_levels[i]});
    }
    m.organization = a.organization;
    m.stage = a.stage;
    m.flags = a.flags;
    if (!m.fields.empty() || !m.groups.empty() || !m.skills.empty() || m.organization != kNone ||
        m.stage != Stage::kUnknown || m.flags != kDiscoverable) {
      b.SetAttributes(u, std::move(m));
    }
  }
  return std::move(b).Build();
}

}  // namespace pln::graph
