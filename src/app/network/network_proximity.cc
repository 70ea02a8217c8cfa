#include "app/network/network_proximity.h"

#include <algorithm>

namespace pln::app {

namespace {
class UnavailableProximity final : public ProximitySource {
 public:
  bool Available() const override { return false; }
  NetworkProximity GetProximity(MemberId, MemberId) const override { return {}; }
};
}  // namespace

const ProximitySource& NoProximity() {
  static const UnavailableProximity none;
  return none;
}

Result<std::unordered_map<MemberId, Closeness>> CloseTo(Tx& tx, const ProximitySource& source,
                                                        MemberId viewer,
                                                        const std::vector<MemberId>& others) {
  std::unordered_map<MemberId, Closeness> out;
  std::unordered_map<MemberId, NetworkProximity> raw;
  // Candidates each intermediary would be named for, to check them in one batch.
  std::unordered_map<MemberId, std::vector<MemberId>> by_via;
  for (MemberId other : others) {
    if (other == viewer || raw.contains(other)) continue;
    NetworkProximity p = source.GetProximity(viewer, other);
    if (p.via) by_via[*p.via].push_back(other);
    raw.emplace(other, p);
  }
  if (raw.empty()) return out;
  std::vector<MemberId> ids;
  for (const auto& [other, p] : raw) ids.push_back(other);
  for (const auto& [via, list] : by_via) ids.push_back(via);
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  ASSIGN_OR_RETURN(auto rels, tx.connections().Relationships(viewer, ids));
  ASSIGN_OR_RETURN(auto members, tx.members().GetMany(ids));
  std::unordered_map<MemberId, const domain::Member*> known;
  for (const domain::Member& m : members) known.emplace(m.id, &m);

  // Intermediaries that may be named, per candidate.
  std::unordered_map<MemberId, MemberId> named;  // candidate -> via
  for (const auto& [via, list] : by_via) {
    const domain::Relationship& mine = rels[via];
    if (!known.contains(via) || !mine.connected || mine.blocked_either_way()) continue;
    ASSIGN_OR_RETURN(auto theirs, tx.connections().Relationships(via, list));
    for (MemberId other : list) {
      const domain::Relationship& r = theirs[other];
      if (r.blocked_either_way()) continue;
      if (raw[other].hops == 2 && !r.connected) continue;  // the engine is behind the store
      named.emplace(other, via);
    }
  }
  for (const auto& [other, p] : raw) {
    Closeness& c = out[other];
    const domain::Relationship& rel = rels[other];
    if (!known.contains(other) || rel.blocked_either_way()) continue;
    c.mutual_count = p.mutual_count;
    if (rel.connected) {
      c.hops = 1;
      continue;
    }
    if (!p.hops || *p.hops < 2) continue;  // a connection the store no longer has
    c.hops = p.hops;
    if (auto n = named.find(other); n != named.end()) {
      const domain::Member& m = *known[n->second];
      c.via = MemberSummary{m.id, m.profile.name, m.profile.headline, m.profile.stage};
    }
  }
  return out;
}

double ClosenessScore(const Closeness& c) {
  if (!c.hops) return 0;
  switch (*c.hops) {
    case 1: return 1;
    case 2: return 0.5 + 0.2 * std::min<double>(static_cast<double>(c.mutual_count), 4.0) / 4.0;
    default: return 0.3;
  }
}

std::string DescribeCloseness(const Closeness& c) {
  if (!c.hops) return "";
  if (*c.hops == 1) return "you are connected";
  std::string text = std::to_string(*c.hops) + " hops away";
  if (c.via) text += " via " + c.via->name;
  if (*c.hops == 2 && c.mutual_count > 1) {
    text += " (" + std::to_string(c.mutual_count) + " mutual connections)";
  }
  return text;
}

}  // namespace pln::app
