// Readers for plain-text network files used by `pln linkpred` / `pln eval linkpred`.
//
// Edge list: one undirected edge per line, two whitespace-separated (space or tab)
// node ids; ids are arbitrary strings. Lines starting with '#' (after optional
// blanks) and blank lines are skipped; CRLF is accepted. Self-loops are dropped and
// duplicate edges (in either direction) merged. Any other line is an error:
// "<file>: line N: expected two node ids, got M".
//
// Attributes: one member per line, `node<TAB>key=value key=value ...` (the node id
// may also be followed by spaces). Keys (values are arbitrary strings, interned
// per key into dense ids):
//   org=V           organization (first one wins; later ones become groups)
//   field=V         field of interest / expertise (repeatable)
//   skill=V[:L]     skill with optional level 1-5 (repeatable)
//   group=V         group, cohort, school... (repeatable)
//   stage=learner|early|mid|senior
//   mentor=1        open to mentoring;   seeking=1  looking for a mentor
//   discoverable=0  never suggest this member
// Errors: "<file>: line N: expected key=value" / "unknown key" / "bad value".
// A node that is not in the edge list is added as a member without connections.
//
// Thread safety: plain functions over caller-owned values.
#pragma once

#include <cstdint>
#include <istream>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "base/result.h"
#include "graph/snapshot.h"

namespace pln::graph {

struct EdgeList {
  std::vector<std::string> names;                    // dense index → node id
  std::vector<std::pair<uint32_t, uint32_t>> edges;  // u < v, sorted, unique
  uint64_t self_loops = 0;
  uint64_t duplicates = 0;

  // Dense index of a node id, adding it if new.
  uint32_t Intern(std::string_view name);
  std::optional<uint32_t> Find(std::string_view name) const;
  uint32_t node_count() const { return static_cast<uint32_t>(names.size()); }

 private:
  // Open addressing (load <= 1/2): (32-bit hash tag << 32) | (index + 1); 0 = empty.
  // Flat and compact, so interning millions of ids stays cache-friendly.
  std::vector<uint64_t> slots_;
  // Fast path for canonical decimal ids below 2^24 (most SNAP-style files):
  // numeric_[value] = index + 1, 0 = unseen. Other ids use slots_.
  std::vector<uint32_t> numeric_;
  void Grow();
};

Result<EdgeList> ParseEdgeList(std::istream& in, std::string_view source);
Result<EdgeList> ReadEdgeList(const std::string& path);

struct AttributeTable {
  std::vector<std::pair<uint32_t, MemberAttributes>> members;  // node index → attributes
};
// Interns unknown nodes into `nodes`.
Result<AttributeTable> ParseAttributes(std::istream& in, std::string_view source, EdgeList& nodes);
Result<AttributeTable> ReadAttributes(const std::string& path, EdgeList& nodes);

// Every whitespace-separated token of non-comment lines, in order.
Result<std::vector<std::string>> ReadTokens(const std::string& path);

// Builds a snapshot whose member i is node i (external id i) with the given
// edges and attributes.
Result<std::shared_ptr<const Snapshot>> BuildSnapshot(
    uint32_t node_count, const std::vector<std::pair<uint32_t, uint32_t>>& edges,
    const AttributeTable* attributes);

}  // namespace pln::graph
