// Storage for warm introductions (issue 18): the requests A → B → C and the
// reads that choosing a broker and a target needs (mutual connections, members
// at an organization near the requester, a broker's history). Declared by the
// app layer, implemented once in src/store/sql. Storage failures come back as
// kInternal/kUnavailable; authorization is decided by the caller.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "base/ids.h"
#include "base/result.h"
#include "domain/introduction.h"

namespace pln::app {

// A member connected to both of two members, with when each tie started.
struct MutualConnection {
  MemberId member;
  int64_t since_first = 0, since_second = 0;
};

class IntroductionRepository {
 public:
  virtual ~IntroductionRepository() = default;

  // Stores `intro` (its id is ignored). kConflict "introduction_open" when the
  // requester already has one to the same target that is not settled (a unique
  // index decides, so racing twins cannot both be stored); kNotFound "member"
  // or "opportunity" when one it names is missing.
  virtual Result<IntroductionId> Create(const domain::Introduction& intro) = 0;
  virtual Result<std::optional<domain::Introduction>> Get(IntroductionId id) = 0;
  // Writes the status, blurb, forwarded_at, closed_at, settled_at and
  // updated_at of `intro` only if the stored status is still `expected`: false
  // when a concurrent transition changed it first (nothing is written).
  virtual Result<bool> Update(const domain::Introduction& intro,
                              domain::IntroductionStatus expected) = 0;
  // The introductions where `member` has `role`, newest first, at most
  // `limit`. For the target, only those the broker forwarded.
  virtual Result<std::vector<domain::Introduction>> ListFor(MemberId member,
                                                            domain::IntroductionRole role,
                                                            int limit) = 0;
  // How many `requester` started, or how many reached `broker`, since `since`.
  virtual Result<int> CountRequestedSince(MemberId requester, int64_t since) = 0;
  virtual Result<int> CountBrokeredSince(MemberId broker, int64_t since) = 0;
  // How long `broker` took to forward or decline their latest `limit` answered
  // asks (ms), newest first.
  virtual Result<std::vector<int64_t>> BrokerResponseTimes(MemberId broker, int limit) = 0;
  // Not yet settled and expires_at <= now, oldest deadline first, at most `limit`.
  virtual Result<std::vector<domain::Introduction>> DueToSettle(int64_t now, int limit) = 0;

  // Members connected to both `a` and `b`, by id, at most `limit`.
  virtual Result<std::vector<MutualConnection>> MutualConnections(MemberId a, MemberId b,
                                                                  int limit) = 0;
  // Members two hops from `member` (a connection of a connection, not
  // `member` itself) whose profile organization is `organization`, compared
  // case-insensitively (ASCII), by id, at most `limit`. Whether the viewer may
  // see the organization is the caller's to check.
  virtual Result<std::vector<MemberId>> SecondDegreeAt(MemberId member,
                                                       const std::string& organization,
                                                       int limit) = 0;
};

}  // namespace pln::app
