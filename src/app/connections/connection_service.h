// Connection requests, connections, follows and blocks.
// Race safety comes from the store: unique keys plus serializable transactions
// retried on conflict (see Store::Write).
#pragma once

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
  domain::ConnectionRequest request;
  // True when the other member had already asked us: their request was accepted
  // instead of creating a second one (crossing requests become one connection).
  bool auto_accepted = false;
};

class ConnectionService {
 public:
  ConnectionService(Store& store, const Clock& clock);

  // kValidation (self, note too long), kNotFound (no such member, or they blocked us),
  // kConflict "already_connected" | "request_pending" | "blocked" (we blocked them).
  Result<SendRequestResult> SendRequest(MemberId me, MemberId to, const std::string& note);
  Result<domain::ConnectionRequest> Act(MemberId me, RequestId id, domain::RequestAction action);
  Result<Page<RequestView>> ListRequests(MemberId me, RequestDirection direction,
                                         std::optional<domain::RequestStatus> status,
                                         const std::string& cursor, int limit);
  Result<Page<ConnectionView>> ListConnections(MemberId me, const std::string& cursor, int limit);
  // kNotFound "not_connected" if there was no connection.
  Status RemoveConnection(MemberId me, MemberId other);

  // Returns true if newly created, false if it already existed.
  Result<bool> Follow(MemberId me, MemberId other);
  Status Unfollow(MemberId me, MemberId other);
  Result<bool> Block(MemberId me, MemberId other);
  Status Unblock(MemberId me, MemberId other);
  Result<std::vector<MemberSummary>> ListBlocked(MemberId me);

 private:
  Store& store_;
  const Clock& clock_;
};

}  // namespace pln::app
