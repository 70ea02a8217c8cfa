// What HTTP sees of the network engine: "people you may know", dismissing a
// suggestion and "how you're connected". Implemented by NetworkService
// (network_service.h), which `pln serve` loads; commands without it have no
// Network at all (the routes answer 503). Implementations are thread-safe.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/member_summary.h"
#include "base/ids.h"
#include "base/result.h"

namespace pln::app {

// One "people you may know" suggestion and why it is made. Every reason is
// something the viewer may see.
struct PersonSuggestionView {
  MemberSummary member;
  std::string reason;  // e.g. "14 mutual connections, including Ana and Raj; both work on UX"
  int64_t mutual_count = 0;
  std::vector<MemberSummary> mutuals;  // up to 3 the viewer may see, most connected first
  std::vector<std::string> shared_fields, shared_skills;
  std::optional<std::string> same_organization;  // the organization both list
  // The candidate is experienced and open to mentoring in a field the viewer
  // aims for (or strong in a skill the viewer is starting); the field/skill, if shown.
  bool complementary = false;
  std::optional<std::string> complementary_in;
  bool follows_you = false, you_follow = false;
};

// A shortest connection path, viewer first and target last.
struct ConnectionPathView {
  std::vector<MemberSummary> members;
  std::vector<int64_t> hop_strength;  // mutual connections of the two ends of each hop
};

class Network {
 public:
  virtual ~Network() = default;
  // Up to `limit` (1..50, else kValidation "limit") suggestions, best first.
  virtual Result<std::vector<PersonSuggestionView>> PeopleYouMayKnow(MemberId viewer,
                                                                     int limit) = 0;
  // "Not interested": `other` is never suggested to `viewer` again. Idempotent.
  // kValidation for oneself; kNotFound for an unknown member or one the viewer
  // may not see (blocked either way).
  virtual Status Dismiss(MemberId viewer, MemberId other) = 0;
  // Up to 3 shortest paths of at most 3 hops, strongest ties first; empty if
  // none (or for oneself). kNotFound if the target does not exist or the
  // viewer may not see them.
  virtual Result<std::vector<ConnectionPathView>> HowConnected(MemberId viewer,
                                                               MemberId target) = 0;
};

}  // namespace pln::app
