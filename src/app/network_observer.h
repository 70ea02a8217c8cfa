// NetworkObserver: how the services that change the member network tell the
// in-memory engine (NetworkService) about it.
//
// Services call it only AFTER their transaction committed, so the engine never
// learns of a write that was rolled back; the observer then reads the committed
// state back from the store, so it mirrors whatever the write did (a block also
// ends the connection, follows and requests; crossing requests become a
// connection) without re-implementing those rules. Once the call returns, the
// next query on this node sees the change.
//
// Thread safety: implementations must accept calls from any thread at once.
#pragma once

#include "base/ids.h"

namespace pln::app {

class NetworkObserver {
 public:
  virtual ~NetworkObserver() = default;
  // Anything between a and b changed: connection, request, follow or block.
  virtual void RelationsChanged(MemberId a, MemberId b) = 0;
  // A member signed up, changed their profile (attributes, visibility,
  // discoverability) or was deleted.
  virtual void MemberChanged(MemberId member) = 0;
};

}  // namespace pln::app
