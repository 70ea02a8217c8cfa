// graph::Snapshot: an immutable, compact picture of the member network.
//
// Members are dense uint32 indices 0..node_count()-1; each maps to the caller's
// int64 external id (a MemberId value, or a synthetic id for plain edge lists).
// Relations are stored as CSR (offsets + sorted, de-duplicated uint32 targets):
//   kConnection   undirected, stored in both directions (8 bytes per undirected edge
//                 + 4 bytes per member of offsets: the "graph core")
//   kFollowing / kFollower        one-way follows, out and in
//   kBlocking / kBlockedBy        blocks, out and in ("blocked either way" = either)
//   kRequestSent / kRequestReceived  pending connection requests
//   kDismissed    suggestions the member dismissed (out only)
// Attributes per member: field ids, skill ids (+ level 0-5), group ids,
// organization id, career stage (one contiguous record per member), flags; plus inverted indexes
// attribute → members (posting lists ordered by connection degree, highest first, so a capped scan
// sees the best-connected members) and a list of the most connected members
// (cold start for newcomers without attributes).
//
// Privacy contract: the engine only knows what it is fed. Callers must pass only
// attributes the owner lets members see (sections visible to "members" or
// "public"), so every reason derived from them is safe to show to any member.
// Non-discoverable members (kDiscoverable unset) are never suggested.
//
// Thread safety: a built Snapshot is immutable; any number of threads may read it
// concurrently. SnapshotBuilder is single-threaded; ProfileTables::Build may run
// on another thread while the builder collects relations (see ProfileTables).
#pragma once

#include <algorithm>
#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <unordered_map>
#include <utility>
#include <vector>

#include "base/result.h"

namespace pln::graph {

inline constexpr uint32_t kNone = 0xFFFFFFFFu;  // "no organization" / "not found"

enum class Relation : uint8_t {
  kConnection = 0,
  kFollowing,
  kFollower,
  kBlocking,
  kBlockedBy,
  kRequestSent,
  kRequestReceived,
  kDismissed,
};
inline constexpr size_t kRelationCount = 8;
// The relation seen from the other end (kConnection is its own inverse);
// nullopt for kDismissed, which is stored one way only.
std::optional<Relation> Inverse(Relation r);

enum class Stage : uint8_t {
  kUnknown = 0,
  kLearner,  // student / recent graduate, not yet in the field
  kEarlyCareer,
  kMidCareer,  // "experienced" starts here
  kSenior,
};
inline bool IsExperienced(Stage s) {
  return s >= Stage::kMidCareer;
}

enum MemberFlags : uint8_t {
  kDiscoverable = 1,     // may appear in other members' suggestions and paths
  kOpenToMentoring = 2,  // offers mentoring
  kSeekingMentor = 4,    // wants / is being mentored (a learner for complementarity)
};

struct SkillLevel {
  uint32_t skill = 0;
  uint8_t level = 0;  // 0 = unstated, 1 (beginner) .. 5 (expert)
  bool operator==(const SkillLevel&) const = default;
};

// Owned attributes of one member, as given by the caller. Ids are the caller's
// (field, skill, group and organization ids must be < 2^32 - 1).
struct MemberAttributes {
  std::vector<uint32_t> fields;
  std::vector<SkillLevel> skills;
  std::vector<uint32_t> groups;
  uint32_t organization = kNone;
  Stage stage = Stage::kUnknown;
  uint8_t flags = kDiscoverable;
  // Sorts and de-duplicates the id lists (the engine relies on sorted lists).
  void Normalize();
};

// A read-only view of one member's attributes (spans into a Snapshot or a delta).
struct AttributesRef {
  std::span<const uint32_t> fields;
  std::span<const uint32_t> skills;       // sorted skill ids
  std::span<const uint8_t> skill_levels;  // parallel to skills
  std::span<const uint32_t> groups;
  uint32_t organization = kNone;
  Stage stage = Stage::kUnknown;
  uint8_t flags = kDiscoverable;
};

// MemberAttributes normalized and split into the parallel arrays AttributesRef
// points into (how the engine's delta keeps changed profiles).
struct FlatAttributes {
  std::vector<uint32_t> fields, skills, groups;
  std::vector<uint8_t> skill_levels;
  uint32_t organization = kNone;
  Stage stage = Stage::kUnknown;
  uint8_t flags = kDiscoverable;
  static FlatAttributes From(MemberAttributes a);
  AttributesRef Ref() const {
    return {fields, skills, skill_levels, groups, organization, stage, flags};
  }
};

// Compressed sparse rows: Row(u) = targets[offsets[u] .. offsets[u+1]).
// An empty `offsets` means every row is empty (saves memory for unused relations).
struct Csr {
  std::vector<uint32_t> offsets;
  std::vector<uint32_t> targets;

  std::span<const uint32_t> Row(uint32_t u) const {
    if (static_cast<size_t>(u) + 1 >= offsets.size()) return {};
    return {targets.data() + offsets[u], targets.data() + offsets[u + 1]};
  }
  uint32_t RowSize(uint32_t u) const {
    if (static_cast<size_t>(u) + 1 >= offsets.size()) return 0;
    return offsets[u + 1] - offsets[u];
  }
  bool Contains(uint32_t u, uint32_t v) const;  // binary search in the sorted row
  size_t MemoryBytes() const {
    return offsets.capacity() * sizeof(uint32_t) + targets.capacity() * sizeof(uint32_t);
  }
  // Builds rows from (row, target) pairs; sorts rows and drops duplicates.
  // `symmetric`: each pair also stands for (target, row). Rows that come out
  // sorted (pairs in ascending order, as a store scan delivers them) are not
  // sorted again. Consumes `pairs`. Fails if more than 2^32-1 entries.
  static Result<Csr> FromPairs(uint32_t rows, std::vector<std::pair<uint32_t, uint32_t>>& pairs,
                               bool symmetric = false);
};

enum class AttributeKind : uint8_t { kField = 0, kSkill, kGroup, kOrganization };
inline constexpr size_t kAttributeKindCount = 4;

class Snapshot {
 public:
  uint32_t node_count() const { return static_cast<uint32_t>(external_.size()); }
  // Undirected connections counted once.
  uint64_t connection_count() const { return rel_[0].targets.size() / 2; }

  std::span<const uint32_t> Related(Relation r, uint32_t u) const {
    return rel_[static_cast<size_t>(r)].Row(u);
  }
  uint32_t RelatedCount(Relation r, uint32_t u) const {
    return rel_[static_cast<size_t>(r)].RowSize(u);
  }
  bool Has(Relation r, uint32_t u, uint32_t v) const {
    return rel_[static_cast<size_t>(r)].Contains(u, v);
  }
  std::span<const uint32_t> Neighbours(uint32_t u) const {
    return Related(Relation::kConnection, u);
  }
  uint32_t Degree(uint32_t u) const { return RelatedCount(Relation::kConnection, u); }

  int64_t ExternalId(uint32_t u) const { return external_[u]; }
  // Dense index of an external id, or nullopt.
  std::optional<uint32_t> Find(int64_t external_id) const;

  AttributesRef Attributes(uint32_t u) const;
  // Just the flags (one byte from a dense array: cheaper than Attributes).
  uint8_t Flags(uint32_t u) const { return flags_[u]; }
  // Cache hints for a loop over scattered members (always inlined: GCC deems a
  // function that only reads memory and prefetches "pure", and deletes a call
  // to it whose result is unused, hint and all). Prefetch(u) asks for what
  // Flags(u), Degree(u) and the start of Attributes(u) read; PrefetchProfile(u)
  // (best issued a few iterations after Prefetch(u)) for the profile record itself.
  [[gnu::always_inline]] void Prefetch(uint32_t u) const {
    if (u >= flags_.size()) return;
    __builtin_prefetch(&flags_[u]);
    if (!rel_[0].offsets.empty()) __builtin_prefetch(&rel_[0].offsets[u]);
    __builtin_prefetch(&profile_offsets_[u]);
  }
  [[gnu::always_inline]] void PrefetchFlags(uint32_t u) const {
    if (u < flags_.size()) __builtin_prefetch(&flags_[u]);
  }
  [[gnu::always_inline]] void PrefetchProfile(uint32_t u) const {
    if (u >= flags_.size()) return;
    // A record spans one or two lines: ask for its first and last word.
    __builtin_prefetch(&profile_[profile_offsets_[u]]);
    __builtin_prefetch(&profile_[profile_offsets_[u + 1] - 1]);
  }
  // The first neighbours of u (best issued a few iterations after Prefetch(u),
  // which brings the row's offset): a row starts at a random place in the CSR,
  // and walking it sequentially only lets the hardware prefetch what follows.
  [[gnu::always_inline]] void PrefetchNeighbours(uint32_t u) const {
    const Csr& c = rel_[0];
    if (static_cast<size_t>(u) + 1 >= c.offsets.size()) return;
    const uint32_t* first = c.targets.data() + c.offsets[u];
    __builtin_prefetch(first);
    __builtin_prefetch(first + 16);
  }
  // Every line of u's row, up to its first max_entries neighbours: for a row
  // about to be scanned whole (the hardware prefetcher follows a row only after
  // misses).
  [[gnu::always_inline]] void PrefetchRow(uint32_t u, uint32_t max_entries) const {
    const Csr& c = rel_[0];
    if (static_cast<size_t>(u) + 1 >= c.offsets.size()) return;
    const uint32_t* first = c.targets.data() + c.offsets[u];
    const uint32_t* last = first + std::min(c.offsets[u + 1] - c.offsets[u], max_entries);
    for (const uint32_t* p = first; p < last; p += 16) __builtin_prefetch(p);
  }
  // Members having an attribute value, highest connection degree first.
  std::span<const uint32_t> Postings(AttributeKind kind, uint32_t id) const;
  // Up to 1,000 discoverable members with the most connections, most first.
  std::span<const uint32_t> MostConnected() const { return most_connected_; }

  // Bytes of the connection CSR (offsets + neighbour ids): the "graph core".
  size_t CoreMemoryBytes() const { return rel_[0].MemoryBytes(); }
  size_t MemoryBytes() const;

 private:
  friend class SnapshotBuilder;
  std::vector<int64_t> external_;
  std::unordered_map<int64_t, uint32_t> index_;
  std::array<Csr, kRelationCount> rel_;
  // One record per member, so reading a profile costs a couple of cache misses:
  // profile_[profile_offsets_[u] .. profile_offsets_[u + 1]) =
  //   organization, stage | field count << 8, skill count, group count,
  //   field ids, skill ids, group ids, skill levels (one byte each, 4 per word).
  std::vector<uint32_t> profile_offsets_;
  std::vector<uint32_t> profile_;
  std::vector<uint8_t> flags_;
  // Inverted indexes keyed by attribute id; the map gives the posting row.
  std::array<std::unordered_map<uint32_t, uint32_t>, kAttributeKindCount> posting_row_;
  std::array<Csr, kAttributeKindCount> postings_;
  std::vector<uint32_t> most_connected_;
};

// Member profiles and attribute posting lists (rows in member order) of a
// snapshot, built apart from its relations: a loader may build them on another
// thread while it is still reading relations, then hand them to
// SnapshotBuilder::SetProfiles. Build touches nothing but its arguments.
class ProfileTables {
 public:
  // `attributes[u]` are member u's (normalized here); members from
  // attributes.size() to members - 1 have none. Fails (kInternal) on overflow.
  static Result<ProfileTables> Build(uint32_t members, std::vector<MemberAttributes> attributes);
  uint32_t member_count() const { return static_cast<uint32_t>(flags_.size()); }

 private:
  friend class SnapshotBuilder;
  std::vector<uint32_t> profile_offsets_;
  std::vector<uint32_t> profile_;
  std::vector<uint8_t> flags_;
  std::array<std::unordered_map<uint32_t, uint32_t>, kAttributeKindCount> posting_row_;
  std::array<Csr, kAttributeKindCount> postings_;
};

// Collects members, relations and attributes, then builds a Snapshot in
// O(nodes + edges log degree). Self-relations are dropped and duplicates merged.
class SnapshotBuilder {
 public:
  SnapshotBuilder() = default;
  // Index of the member with this external id, adding it (discoverable, no
  // attributes) if new. Indices are assigned densely in first-seen order.
  uint32_t AddMember(int64_t external_id);
  uint32_t node_count() const { return static_cast<uint32_t>(external_.size()); }
  // Replaces a member's attributes (`u` must come from AddMember).
  void SetAttributes(uint32_t u, MemberAttributes attributes);
  // Adds `u → v` in relation r and its inverse `v → u` (both ways for connections).
  void Add(Relation r, uint32_t u, uint32_t v);
  void AddConnection(uint32_t u, uint32_t v) { Add(Relation::kConnection, u, v); }
  void Reserve(size_t members, size_t connections);
  // Profiles built apart (they replace every SetAttributes); must cover
  // exactly node_count() members when Build runs.
  void SetProfiles(ProfileTables profiles) { profiles_ = std::move(profiles); }

  // Fails (kInternal) only if a relation exceeds 2^32-1 entries.
  Result<std::shared_ptr<const Snapshot>> Build() &&;

 private:
  std::vector<int64_t> external_;
  std::unordered_map<int64_t, uint32_t> index_;
  // Connections are kept once per Add (Build stores both directions).
  std::array<std::vector<std::pair<uint32_t, uint32_t>>, kRelationCount> pairs_;
  std::vector<MemberAttributes> attributes_;  // sparse: may be shorter than external_
  std::optional<ProfileTables> profiles_;
};

}  // namespace pln::graph
