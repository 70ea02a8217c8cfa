// Connection requests and their life cycle.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "base/ids.h"
#include "base/result.h"

namespace pln::domain {

enum class RequestStatus { kPending, kAccepted, kDeclined, kWithdrawn };
std::string_view ToString(RequestStatus s);  // "pending" | "accepted" | "declined" | "withdrawn"
std::optional<RequestStatus> ParseRequestStatus(std::string_view s);

struct ConnectionRequest {
  RequestId id;
  MemberId from, to;
  std::string note;
  RequestStatus status = RequestStatus::kPending;
  int64_t created_at = 0;
  std::optional<int64_t> decided_at;
};

struct Connection {
  MemberId other;     // the member on the other side, seen from the lister
  int64_t since = 0;  // Unix ms
};

inline constexpr size_t kMaxRequestNote = 500;

// Validates and trims a request note.
Result<std::string> NormalizeRequestNote(std::string_view note);

enum class RequestAction { kAccept, kDecline, kWithdraw };

// Decides whether `actor` may apply `action` to `request`. Returns the new status,
// or: kNotFound if the actor is not a party (a stranger may not learn the request
// exists), kForbidden for the wrong party, kConflict if the request is no longer
// pending. Accepting an already accepted request is not an error: it returns
// kAccepted again, so double accepts stay idempotent.
Result<RequestStatus> DecideTransition(const ConnectionRequest& request, MemberId actor,
                                       RequestAction action);

}  // namespace pln::domain
