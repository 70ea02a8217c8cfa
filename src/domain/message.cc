#include "domain/message.h"

#include "base/text.h"
#include "domain/text_rules.h"

namespace pln::domain {

Status CheckCanMessage(const MessageTies& t) {
  if (t.rel.self) return ValidationError({{"recipient", "must be another member"}});
  if (t.rel.blocked_either_way()) {
    return ForbiddenError("You can't message this member.", "blocked");
  }
  if (!t.rel.connected && !t.mentorship && !t.accepted_introduction) {
    return ForbiddenError(
        "You can message your connections, your mentors and mentees, and members you were "
        "introduced to. Send a connection request first.",
        "no_tie");
  }
  return Status::Ok();
}

Result<std::string> ValidateMessage(std::string body) {
  std::vector<FieldError> errors;
  std::string clean = CheckText(body, "body", MessageLimits::kBody, true, errors);
  if (errors.empty() && IsOnlyInvisible(clean)) errors.push_back({"body", "must show some text"});
  if (!errors.empty()) return ValidationError(std::move(errors));
  return clean;
}

}  // namespace pln::domain
