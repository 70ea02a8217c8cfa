// Storage the network engine needs: streaming scans of members and of every
// member-to-member relation, for loading the in-memory graph at start-up, plus
// the "not interested" dismissals of suggestions. Declared by the app layer,
// implemented once in src/store/sql.
//
// Scans use keyset paging: each call returns up to `limit` rows strictly after
// the given key, in key order, with one statement per call (never one per
// member), so a loader streams millions of rows in bounded memory.
// Storage failures come back as kInternal/kUnavailable.
#pragma once

#include <cstdint>
#include <string>
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
  // Pairs of `relation` strictly after `after` in (first, second) order.
  virtual Result<std::vector<MemberPair>> ScanPairs(NetworkRelation relation, MemberPair after,
                                                    int limit) = 0;
  // Records that `member` dismissed `dismissed` as a suggestion. Returns false
  // if it was dismissed already. kNotFound "member" if either does not exist.
  virtual Result<bool> Dismiss(MemberId member, MemberId dismissed, int64_t now) = 0;
};

}  // namespace pln::app
