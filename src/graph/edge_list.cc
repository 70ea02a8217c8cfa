#include "graph/edge_list.h"

#include <algorithm>
#include <charconv>
#include <fstream>

namespace pln::graph {

namespace {

// Splits a line into at most `max` whitespace-separated tokens; returns the count
// (which may exceed max: counting continues without storing).
size_t Split(std::string_view line, std::string_view* tokens, size_t max) {
  size_t count = 0, i = 0;
  while (i < line.size()) {
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t' || line[i] == '\r')) ++i;
    if (i == line.size()) break;
    size_t start = i;
    while (i < line.size() && line[i] != ' ' && line[i] != '\t' && line[i] != '\r') ++i;
    if (count < max) tokens[count] = line.substr(start, i - start);
    ++count;
  }
  return count;
}

bool IsComment(std::string_view line) {
  size_t i = line.find_first_not_of(" \t\r");
  return i == std::string_view::npos || line[i] == '#';
}

Error LineError(std::string_view source, uint64_t line, std::string message) {
  return MalformedError(std::string(source) + ": line " + std::to_string(line) + ": " + message);
}

}  // namespace

namespace {
uint64_t HashId(std::string_view s) {
  uint64_t h = 1469598103934665603ull;  // FNV-1a, then a final mix
  for (unsigned char c : s) h = (h ^ c) * 1099511628211ull;
  h ^= h >> 29;
  h *= 0xBF58476D1CE4E5B9ull;
  return h ^ (h >> 32);
}
// Value of a canonical decimal id ("0" or no leading zero) below 2^24, else -1.
int64_t SmallNumber(std::string_view s) {
  if (s.empty() || s.size() > 8 || (s.size() > 1 && s[0] == '0')) return -1;
  int64_t v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return -1;
    v = v * 10 + (c - '0');
  }
  return v < (int64_t{1} << 24) ? v : -1;
}
}  // namespace

void EdgeList::Grow() {
  std::vector<uint64_t> old = std::move(slots_);
  slots_.assign(old.empty() ? 1024 : old.size() * 2, 0);
  const size_t mask = slots_.size() - 1;
  for (uint64_t e : old) {
    if (e == 0) continue;
    uint64_t h = HashId(names[(e & 0xFFFFFFFFu) - 1]);
    size_t i = h & mask;
    while (slots_[i] != 0) i = (i + 1) & mask;
    slots_[i] = e;
  }
}

std::optional<uint32_t> EdgeList::Find(std::string_view name) const {
  if (int64_t v = SmallNumber(name); v >= 0) {
    auto i = static_cast<size_t>(v);
    if (i < numeric_.size() && numeric_[i] != 0) return numeric_[i] - 1;
    return std::nullopt;
  }
  if (slots_.empty()) return std::nullopt;
  const uint64_t h = HashId(name);
  const uint64_t tag = h >> 32;
  const size_t mask = slots_.size() - 1;
  for (size_t i = h & mask;; i = (i + 1) & mask) {
    uint64_t e = slots_[i];
    if (e == 0) return std::nullopt;
    if ((e >> 32) == tag) {
      uint32_t idx = static_cast<uint32_t>(e & 0xFFFFFFFFu) - 1;
      if (names[idx] == name) return idx;
    }
  }
}

uint32_t EdgeList::Intern(std::string_view name) {
  if (int64_t v = SmallNumber(name); v >= 0) {
    auto i = static_cast<size_t>(v);
    if (i >= numeric_.size()) numeric_.resize(std::max(i + 1, numeric_.size() * 2), 0);
    if (numeric_[i] == 0) {
      names.emplace_back(name);
      numeric_[i] = static_cast<uint32_t>(names.size());
    }
    return numeric_[i] - 1;
  }
  if ((names.size() + 1) * 2 > slots_.size()) Grow();
  const uint64_t h = HashId(name);
  const uint64_t tag = h >> 32;
  const size_t mask = slots_.size() - 1;
  size_t i = h & mask;
  for (;; i = (i + 1) & mask) {
    uint64_t e = slots_[i];
    if (e == 0) break;
    if ((e >> 32) == tag) {
      uint32_t idx = static_cast<uint32_t>(e & 0xFFFFFFFFu) - 1;
      if (names[idx] == name) return idx;
    }
  }
  uint32_t id = static_cast<uint32_t>(names.size());
  names.emplace_back(name);
  slots_[i] = (tag << 32) | (static_cast<uint64_t>(id) + 1);
  return id;
}

Result<EdgeList> ParseEdgeList(std::istream& in, std::string_view source) {
  EdgeList out;
  std::string line;
  uint64_t number = 0;
  std::string_view tok[2];
  while (std::getline(in, line)) {
    ++number;
    if (IsComment(line)) continue;
    size_t count = Split(line, tok, 2);
    if (count != 2) {
      return LineError(source, number, "expected two node ids, got " + std::to_string(count));
    }
    uint32_t u = out.Intern(tok[0]);
    uint32_t v = out.Intern(tok[1]);
    if (u == v) {
      ++out.self_loops;
      continue;
    }
    out.edges.emplace_back(std::min(u, v), std::max(u, v));
  }
  if (in.bad()) return MalformedError(std::string(source) + ": read error");
  std::sort(out.edges.begin(), out.edges.end());
  size_t before = out.edges.size();
  out.edges.erase(std::unique(out.edges.begin(), out.edges.end()), out.edges.end());
  out.duplicates = before - out.edges.size();
  return out;
}

Result<EdgeList> ReadEdgeList(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error(ErrorKind::kNotFound, "not_found", "cannot open " + path);
  return ParseEdgeList(in, path);
}

Result<AttributeTable> ParseAttributes(std::istream& in, std::string_view source, EdgeList& nodes) {
  AttributeTable out;
  std::unordered_map<std::string, uint32_t> dict[4];  // org, field, skill, group
  auto intern = [&](int k, std::string_view v) {
    auto [it, inserted] =
        dict[k].try_emplace(std::string(v), static_cast<uint32_t>(dict[k].size()));
    return it->second;
  };
  std::unordered_map<uint32_t, size_t> row_of;
  std::string line;
  uint64_t number = 0;
  std::vector<std::string_view> toks(64);
  while (std::getline(in, line)) {
    ++number;
    if (IsComment(line)) continue;
    size_t count = Split(line, toks.data(), toks.size());
    if (count > toks.size()) {
      toks.resize(count);
      Split(line, toks.data(), toks.size());
    }
    uint32_t node = nodes.Intern(toks[0]);
    auto [it, inserted] = row_of.try_emplace(node, out.members.size());
    if (inserted) out.members.emplace_back(node, MemberAttributes{});
    MemberAttributes& a = out.members[it->second].second;
    for (size_t i = 1; i < count; ++i) {
      std::string_view t = toks[i];
      size_t eq = t.find('=');
      if (eq == std::string_view::npos || eq == 0 || eq + 1 == t.size()) {
        return LineError(source, number, "expected key=value, got \"" + std::string(t) + "\"");
      }
      std::string_view key = t.substr(0, eq), value = t.substr(eq + 1);
      if (key == "org") {
        if (a.organization == kNone) {
          a.organization = intern(0, value);
        } else {
          a.groups.push_back(intern(3, std::string("org:") + std::string(value)));
        }
      } else if (key == "field") {
        a.fields.push_back(intern(1, value));
      } else if (key == "skill") {
        uint8_t level = 0;
        size_t colon = value.rfind(':');
        if (colon != std::string_view::npos) {
          int l = -1;
          auto lv = value.substr(colon + 1);
          auto [p, ec] = std::from_chars(lv.data(), lv.data() + lv.size(), l);
          if (ec != std::errc() || p != lv.data() + lv.size() || l < 0 || l > 5) {
            return LineError(source, number, "bad skill level in \"" + std::string(t) + "\"");
          }
          level = static_cast<uint8_t>(l);
          value = value.substr(0, colon);
        }
        a.skills.push_back({intern(2, value), level});
      } else if (key == "group") {
        a.groups.push_back(intern(3, value));
      } else if (key == "stage") {
        if (value == "learner")
          a.stage = Stage::kLearner;
        else if (value == "early")
          a.stage = Stage::kEarlyCareer;
        else if (value == "mid")
          a.stage = Stage::kMidCareer;
        else if (value == "senior")
          a.stage = Stage::kSenior;
        else
          return LineError(source, number, "bad value in \"" + std::string(t) + "\"");
      } else if (key == "mentor" || key == "seeking" || key == "discoverable") {
        if (value != "0" && value != "1") {
          return LineError(source, number, "bad value in \"" + std::string(t) + "\"");
        }
        uint8_t bit = key == "mentor"    ? kOpenToMentoring
                      : key == "seeking" ? kSeekingMentor
                                         : kDiscoverable;
        a.flags = value == "1" ? (a.flags | bit) : (a.flags & ~bit);
      } else {
        return LineError(source, number, "unknown key \"" + std::string(key) + "\"");
      }
    }
  }
  if (in.bad()) return MalformedError(std::string(source) + ": read error");
  for (auto& [node, a] : out.members) a.Normalize();
  return out;
}

Result<AttributeTable> ReadAttributes(const std::string& path, EdgeList& nodes) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error(ErrorKind::kNotFound, "not_found", "cannot open " + path);
  return ParseAttributes(in, path, nodes);
}

Result<std::vector<std::string>> ReadTokens(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error(ErrorKind::kNotFound, "not_found", "cannot open " + path);
  std::vector<std::string> out;
  std::string line;
  std::string_view tok[1];
  while (std::getline(in, line)) {
    if (IsComment(line)) continue;
    std::string_view rest = line;
    while (Split(rest, tok, 1) > 0) {
      out.emplace_back(tok[0]);
      rest = rest.substr(static_cast<size_t>(tok[0].data() + tok[0].size() - rest.data()));
    }
  }
  return out;
}

Result<std::shared_ptr<const Snapshot>> BuildSnapshot(
    uint32_t node_count, const std::vector<std::pair<uint32_t, uint32_t>>& edges,
    const AttributeTable* attributes) {
  SnapshotBuilder b;
  b.Reserve(node_count, edges.size());
  for (uint32_t u = 0; u < node_count; ++u) b.AddMember(u);
  for (const auto& [u, v] : edges) b.AddConnection(u, v);
  if (attributes) {
    for (const auto& [u, a] : attributes->members) {
      if (u < node_count) b.SetAttributes(u, a);
    }
  }
  return std::move(b).Build();
}

}  // namespace pln::graph
