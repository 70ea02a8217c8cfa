// Storage the network engine needs: streaming scans of members and of every
// member-to-member relation, for loading the in-memory graph at start-up, plus
// the "not interested" dismissals of suggestions. Declared by the app layer,
// implemented once in src/store/sql.
//
// Whole-table scans stream: each row is handed to a callback as it arrives,
// one statement per scan (never one per member), so a loader reads millions of
// rows without holding them; an error from the callback stops the scan and is
// returned.
// Storage failures come back as kInternal/kUnavailable.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "base/ids.h"
#include "base/result.h"
#include "domain/member.h"

namespace pln::app {

// What the network engine may learn about a member, before privacy filtering
// (the loader drops the sections a stranger member may not see).
struct NetworkMember {
  MemberId id;
  domain::CareerStage stage = domain::CareerStage::kLearner;
  bool discoverable = true;
  std::string organization;  // as written; empty if none
  domain::OpenTo open_to;
  domain::SectionVisibility visibility;
  std::vector<std::string> fields;    // in profile order
  std::vector<domain::Skill> skills;  // in profile order
};

// Member-to-member relations, each as ordered pairs (first, second):
enum class NetworkRelation {
  kConnections,      // (a, b) with a < b, undirected
  kFollows,          // (follower, followee)
  kBlocks,           // (blocker, blocked)
  kPendingRequests,  // (from, to), pending connection requests only
  kDismissals,       // (member, dismissed): suggestions the member dismissed
};

struct MemberPair {
  MemberId first, second;
  bool operator==(const MemberPair&) const = default;
};

class NetworkRepository {
 public:
  virtual ~NetworkRepository() = default;
  // Members with id > after_id, ascending, with fields and skills (three
  // statements per call whatever the batch size).
  virtual Result<std::vector<NetworkMember>> ScanMembers(int64_t after_id, int limit) = 0;
  // Every member in id order, with fields and skills left empty.
  virtual Status EachMember(const std::function<Status(const NetworkMember&)>& fn) = 0;
  // Every field and every skill of every member, in no particular order (a
  // plain scan of the table).
  virtual Status EachField(const std::function<Status(MemberId, std::string_view name)>& fn) = 0;
  virtual Status EachSkill(
      const std::function<Status(MemberId, std::string_view name, int level)>& fn) = 0;
  // Every pair of `relation` in (first, second) order.
  virtual Status EachPair(NetworkRelation relation,
                          const std::function<Status(MemberPair)>& fn) = 0;
  // Records that `member` dismissed `dismissed` as a suggestion. Returns false
  // if it was dismissed already. kNotFound "member" if either does not exist.
  virtual Result<bool> Dismiss(MemberId member, MemberId dismissed, int64_t now) = 0;
};

}  // namespace pln::app
