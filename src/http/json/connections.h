// JSON of connection requests.
#pragma once

#include <string_view>

#include "app/member_summary.h"
#include "domain/connection.h"
#include "http/json_writer.h"

namespace pln::http {

// Allowed values, for 422 messages ("must be one of: …").
inline constexpr std::string_view kRequestStatusValues = "pending, accepted, declined, withdrawn";
inline constexpr std::string_view kDirectionValues = "incoming, outgoing";

void WriteConnectionRequest(JsonWriter& w, const domain::ConnectionRequest& request,
                            const app::MemberSummary& from, const app::MemberSummary& to);

}  // namespace pln::http
