// Internal to app/mentorship: open requests expire `request_ttl_ms` after
// they were sent (or after the mentee's last answer to a question). Requests
// apply it lazily for the member concerned before each write; the sweep
// applies it for everyone. Both sides are told of each expiry.
#pragma once

#include <cstdint>
#include <vector>

#include "app/repositories.h"
#include "base/ids.h"
#include "base/result.h"
#include "domain/mentorship.h"

namespace pln::app {

// Records the requests that just expired (both sides are told).
Status TellExpired(Tx& tx, const std::vector<domain::MentorshipRequest>& expired, int64_t now);

// Expires the overdue open requests `member` is a party to.
Status ExpireFor(Tx& tx, MemberId member, int64_t now);

}  // namespace pln::app
