#include "domain/connection.h"

#include "base/text.h"

namespace pln::domain {

std::string_view ToString(RequestStatus s) {
  switch (s) {
    case RequestStatus::kPending: return "pending";
    case RequestStatus::kAccepted: return "accepted";
    case RequestStatus::kDeclined: return "declined";
    case RequestStatus::kWithdrawn: return "withdrawn";
  }
  return "pending";
}

std::optional<RequestStatus> ParseRequestStatus(std::string_view s) {
  for (RequestStatus r : {RequestStatus::kPending, RequestStatus::kAccepted,
                          RequestStatus::kDeclined, RequestStatus::kWithdrawn}) {
    if (ToString(r) == s) return r;
  }
  return std::nullopt;
}

Result<std::string> NormalizeRequestNote(std::string_view note) {
  if (!IsValidUtf8(note)) return ValidationError({{"note", "must be valid UTF-8 text"}});
  size_t b = note.find_first_not_of(" \t\r\n");
  size_t e = note.find_last_not_of(" \t\r\n");
  std::string clean = b == std::string_view::npos ? "" : std::string(note.substr(b, e - b + 1));
  if (HasControlChars(clean, /*allow_newlines=*/true)) {
    return ValidationError({{"note", "must not contain control characters"}});
  }
  if (Utf8Length(clean) > kMaxRequestNote) {
    return ValidationError(
        {{"note", "must be at most " + std::to_string(kMaxRequestNote) + " characters"}});
  }
  return clean;
}

Result<RequestStatus> DecideTransition(const ConnectionRequest& request, MemberId actor,
                                       RequestAction action) {
  const bool is_sender = actor == request.from;
  const bool is_recipient = actor == request.to;
  if (!is_sender && !is_recipient) return NotFoundError("connection request");
  RequestStatus target = RequestStatus::kAccepted;
  switch (action) {
    case RequestAction::kAccept:
    case RequestAction::kDecline:
      if (!is_recipient) {
        return ForbiddenError("Only the member who received the request can answer it.");
      }
      target =
          action == RequestAction::kAccept ? RequestStatus::kAccepted : RequestStatus::kDeclined;
      break;
    case RequestAction::kWithdraw:
      if (!is_sender)
        return ForbiddenError("Only the member who sent the request can withdraw it.");
      target = RequestStatus::kWithdrawn;
      break;
  }
  if (request.status == RequestStatus::kPending) return target;
  if (request.status == target) return target;  // repeated click: idempotent
  return ConflictError("not_pending",
                       "This request was already " + std::string(ToString(request.status)) + ".");
}

}  // namespace pln::domain
