// Direct messages (issue 19): who may write to whom and what a message is.
// Pure rules, no I/O.
#pragma once

#include <string>

#include "base/result.h"
#include "domain/relationship.h"

namespace pln::domain {

struct MessageLimits {
  static constexpr size_t kBody = 5000;
};

// The ties that open a conversation: a connection, a mentorship (current or
// past), or an introduction the target accepted.
struct MessageTies {
  Relationship rel;  // sender → recipient
  bool mentorship = false;
  bool accepted_introduction = false;
};

// kForbidden "blocked" when either blocked the other (a block ends the
// conversation for both: nothing can be sent, the history stays readable to
// neither); kForbidden "no_tie" when nothing opens a conversation; kValidation
// "recipient" for oneself.
Status CheckCanMessage(const MessageTies& ties);

// Trimmed; required; at most kBody; must show something ("body").
Result<std::string> ValidateMessage(std::string body);

}  // namespace pln::domain
