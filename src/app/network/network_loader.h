// Loading the network engine from the store, and the translation of members
// into the engine's attributes.
//
// Privacy: the engine explains its suggestions from the attributes it is fed,
// so only what any other member may see is fed: fields and skills only if the
// skills section is visible to members (or public), organization and "open to
// mentoring / being mentored" only if the details section is. Career stage is
// always visible. A member's own hidden sections are left out too, so no
// reason can ever rest on hidden data.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "app/network/ports.h"
#include "app/progress.h"
#include "app/repositories.h"
#include "base/mutex.h"
#include "base/result.h"
#include "graph/snapshot.h"

namespace pln::app {

// Interns field, skill and organization names as the engine's uint32 ids,
// case-insensitively and ignoring extra spaces ("Data  science" = "data science").
// Ids are dense and never reused; the first spelling seen is kept for display.
// Thread-safe (one mutex; interning happens only on load and profile changes).
class AttributeDictionary {
 public:
  uint32_t Intern(std::string_view name);
  std::optional<uint32_t> Find(std::string_view name) const;
  // The display name of an id ("" for an unknown id).
  std::string Name(uint32_t id) const;
  size_t size() const;

 private:
  static std::string Key(std::string_view name);
  mutable Mutex mu_;
  std::unordered_map<std::string, uint32_t> ids_ GUARDED_BY(mu_);
  std::vector<std::string> names_ GUARDED_BY(mu_);
};

// The attributes of `member` that every other member may see, as the engine
// wants them (see the privacy note above).
graph::MemberAttributes VisibleAttributes(const NetworkMember& member, AttributeDictionary& dict);

struct NetworkLoadStats {
  int64_t members = 0, connections = 0, follows = 0, blocks = 0, pending_requests = 0,
          dismissals = 0;
  int64_t elapsed_ms = 0;
};

struct LoadedNetwork {
  std::shared_ptr<const graph::Snapshot> snapshot;
  NetworkLoadStats stats;
};

// Streams members, their fields and skills and every relation out of the store
// (one scan each inside one read transaction, so the picture is consistent) and
// builds a Snapshot. Relations that name a member missing from the member scan
// (deleted meanwhile) are skipped. Reports progress per phase ("members", "member fields",
// "member skills", "connections", ...; totals unknown) from the calling thread. Uses one
// more thread, for the profiles, while relations are read. Errors: the store's.
Result<LoadedNetwork> LoadNetwork(Store& store, AttributeDictionary& dict,
                                  const ProgressFn& progress);

}  // namespace pln::app
