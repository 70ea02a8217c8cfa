// graph::Delta and graph::GraphView: recent writes layered over a Snapshot.
//
// A Delta records, relative to one base Snapshot, the relation entries added or
// removed since that snapshot was built, replaced member attributes, and new
// members (indices node_count() of the base and up). A GraphView presents
// "base + delta" as one graph; every query in pln_graph reads through a GraphView.
//
// Thread safety: a Delta is mutated only before it is published (the Engine
// copies the current delta, applies a write to the copy and publishes the copy),
// so a published Delta, like a Snapshot, is immutable and freely shared between
// threads. GraphView is a pair of pointers; the pointees must outlive it.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <unordered_map>
#include <vector>

#include "graph/snapshot.h"

namespace pln::graph {

struct EdgeChanges {
  std::vector<uint32_t> added;    // sorted; not in the base row
  std::vector<uint32_t> removed;  // sorted; in the base row
};

struct NodeDelta {
  std::array<EdgeChanges, kRelationCount> rel;
  std::shared_ptr<const FlatAttributes> attributes;  // null: unchanged
};

class Delta {
 public:
  explicit Delta(const Snapshot& base);

  uint32_t node_count() const { return node_count_; }
  size_t touched_nodes() const { return nodes_.size(); }
  // False means "certainly untouched" (a Bloom filter; cheap in the hot loop).
  bool MayTouch(uint32_t u) const {
    uint32_t h = Hash(u);
    return (bloom_[h >> 6] >> (h & 63)) & 1;
  }
  const NodeDelta* Find(uint32_t u) const {
    if (!MayTouch(u)) return nullptr;
    auto it = nodes_.find(u);
    return it == nodes_.end() ? nullptr : it->second.get();
  }
  // Members whose attributes changed here (for attribute candidates that the
  // base snapshot's inverted indexes cannot know yet).
  std::span<const uint32_t> attribute_changes() const { return attribute_changes_; }

  std::optional<uint32_t> FindExternal(int64_t external_id) const;
  // External id of a member added in this delta (u >= base node count).
  int64_t NewExternalId(uint32_t u) const { return new_external_[u - base_nodes_]; }

  // --- mutation: only on a copy that no other thread can see yet ---
  // Adds (present) or removes `u → v` in r and its inverse; no-op if unchanged.
  void Set(const Snapshot& base, Relation r, uint32_t u, uint32_t v, bool present);
  uint32_t AddMember(int64_t external_id);
  void SetAttributes(uint32_t u, std::shared_ptr<const FlatAttributes> attributes);

 private:
  static uint32_t Hash(uint32_t u) { return (u * 2654435761u) >> 16; }  // 16 bits
  NodeDelta& Mutable(uint32_t u);
  void SetOne(const Snapshot& base, Relation r, uint32_t u, uint32_t v, bool present);

  uint32_t base_nodes_;
  uint32_t node_count_;
  std::unordered_map<uint32_t, std::shared_ptr<const NodeDelta>> nodes_;
  std::vector<uint64_t> bloom_;  // 65,536 bits
  std::vector<uint32_t> attribute_changes_;
  std::vector<int64_t> new_external_;
  std::unordered_map<int64_t, uint32_t> new_index_;
};

class GraphView {
 public:
  GraphView(const Snapshot& base, const Delta* delta) : base_(&base), delta_(delta) {}

  const Snapshot& base() const { return *base_; }
  const Delta* delta() const { return delta_; }
  uint32_t node_count() const { return delta_ ? delta_->node_count() : base_->node_count(); }

  // Calls f(v) for every v related to u (base entries in order, then additions).
  template <typename F>
  void ForEach(Relation r, uint32_t u, F&& f) const {
    auto row = u < base_->node_count() ? base_->Related(r, u) : std::span<const uint32_t>{};
    const NodeDelta* nd = delta_ ? delta_->Find(u) : nullptr;
    if (nd == nullptr) {
      for (uint32_t v : row) f(v);
      return;
    }
    const EdgeChanges& ch = nd->rel[static_cast<size_t>(r)];
    auto rem = ch.removed.begin();
    for (uint32_t v : row) {
      while (rem != ch.removed.end() && *rem < v) ++rem;
      if (rem != ch.removed.end() && *rem == v) continue;
      f(v);
    }
    for (uint32_t v : ch.added) f(v);
  }
  void Neighbours(uint32_t u, std::vector<uint32_t>& out) const {
    out.clear();
    ForEach(Relation::kConnection, u, [&](uint32_t v) { out.push_back(v); });
  }
  uint32_t Count(Relation r, uint32_t u) const;
  uint32_t Degree(uint32_t u) const { return Count(Relation::kConnection, u); }
  bool Has(Relation r, uint32_t u, uint32_t v) const;
  bool Connected(uint32_t u, uint32_t v) const { return Has(Relation::kConnection, u, v); }
  bool BlockedEitherWay(uint32_t u, uint32_t v) const {
    return Has(Relation::kBlocking, u, v) || Has(Relation::kBlockedBy, u, v);
  }
  AttributesRef Attributes(uint32_t u) const;
  // Attributes(u).flags without reading the rest of the profile.
  uint8_t Flags(uint32_t u) const;
  bool Discoverable(uint32_t u) const { return Flags(u) & kDiscoverable; }

  int64_t ExternalId(uint32_t u) const {
    return u < base_->node_count() ? base_->ExternalId(u) : delta_->NewExternalId(u);
  }
  std::optional<uint32_t> Find(int64_t external_id) const;

 private:
  const Snapshot* base_;
  const Delta* delta_;
};

// Materializes base + delta into a new Snapshot with the same member indices.
Result<std::shared_ptr<const Snapshot>> Merge(const GraphView& view);

}  // namespace pln::graph
