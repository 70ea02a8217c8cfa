#include "http/json/connections.h"

#include "base/clock.h"
#include "http/json/common.h"

namespace pln::http {

void WriteConnectionRequest(JsonWriter& w, const domain::ConnectionRequest& request,
                            const app::MemberSummary& from, const app::MemberSummary& to) {
  w.BeginObject();
  w.Field("id", request.id.value());
  w.Key("from");
  WriteMemberSummary(w, from);
  w.Key("to");
  WriteMemberSummary(w, to);
  w.Field("note", request.note);
  w.Field("status", domain::ToString(request.status));
  w.Field("created_at", FormatIso8601(request.created_at));
  if (request.decided_at) w.Field("decided_at", FormatIso8601(*request.decided_at));
  w.EndObject();
}

}  // namespace pln::http
