// Connection requests, connections, follows and blocks.
// Race safety comes from the store: unique keys plus serializable transactions
// retried on conflict (see Store::Write).
#pragma once

#include <memory>
#include <optional>
#include <string>

#include "app/member_summary.h"
#include "app/profiles/profile_service.h"
#include "app/repositories.h"
#include "base/clock.h"
#include "base/result.h"
#include "domain/connection.h"

namespace pln::app {

struct RequestView {
  domain::ConnectionRequest request;
  MemberSummary from, to;
};

struct ConnectionView {
  MemberSummary member;
  int64_t since = 0;
};

struct SendRequestResult {
  RequestView view;
  // True when the other member had already asked us: their request was accepted
  // instead of creating a second one (crossing requests become one connection).
  bool auto_accepted = false;
};

// Thread-safe (stateless over Store).
class Connections {
 public:
  virtual ~Connections() = default;

  // The answers about one request name both parties as `me` may see them
  // (Profiles::GetMember); one `me` may no longer see keeps only its id.

  // kValidation (self, note too long), kNotFound (no such member, or they blocked us),
  // kConflict "already_connected" | "request_pending" | "blocked" (we blocked them).
  virtual Result<SendRequestResult> SendRequest(const domain::Viewer& me, MemberId to,
                                                const std::string& note) = 0;
  virtual Result<RequestView> Act(const domain::Viewer& me, RequestId id,
                                  domain::RequestAction action) = 0;
  virtual Result<Page<RequestView>> ListRequests(MemberId me, RequestDirection direction,
                                                 std::optional<domain::RequestStatus> status,
                                                 const std::string& cursor, int limit) = 0;
  virtual Result<Page<ConnectionView>> ListConnections(MemberId me, const std::string& cursor,
                                                       int limit) = 0;
  // kNotFound "not_connected" if there was no connection.
  virtual Status RemoveConnection(MemberId me, MemberId other) = 0;

  // Returns true if newly created, false if it already existed.
  virtual Result<bool> Follow(MemberId me, MemberId other) = 0;
  virtual Status Unfollow(MemberId me, MemberId other) = 0;
  virtual Result<bool> Block(MemberId me, MemberId other) = 0;
  virtual Status Unblock(MemberId me, MemberId other) = 0;
  virtual Result<std::vector<MemberSummary>> ListBlocked(MemberId me) = 0;
};

// `store`, `clock` and `profiles` (which names the parties of a request) must
// outlive the service.
std::unique_ptr<Connections> MakeConnections(Store& store, const Clock& clock, Profiles& profiles);

}  // namespace pln::app
