// JSON of connection requests, connections, follows and blocks.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "app/connections/connection_service.h"
#include "app/member_summary.h"
#include "base/ids.h"
#include "base/result.h"
#include "domain/connection.h"
#include "http/json_writer.h"
#include "http/query.h"
#include "http/request.h"

namespace pln::http {

// Allowed values, for 422 messages ("must be one of: …").
inline constexpr std::string_view kRequestStatusValues = "pending, accepted, declined, withdrawn";
inline constexpr std::string_view kDirectionValues = "incoming, outgoing";

void WriteConnectionRequest(JsonWriter& w, const domain::ConnectionRequest& request,
                            const app::MemberSummary& from, const app::MemberSummary& to);

struct ConnectionRequestInput {
  MemberId to;
  std::string note;  // empty when absent
};
// POST /connections/requests {"to", "note"?}. kValidation naming every bad field.
Result<ConnectionRequestInput> ReadConnectionRequest(const nlohmann::json& body);
// {"member": id} (POST /follows, POST /blocks).
Result<MemberId> ReadMemberRef(const nlohmann::json& body);

struct RequestListQuery {
  app::RequestDirection direction = app::RequestDirection::kIncoming;
  std::optional<domain::RequestStatus> status;  // nullopt: any
  PageParams page;
};
// GET /connections/requests?direction=&status=&cursor=&limit=.
Result<RequestListQuery> ReadRequestListQuery(const Request& request);
// GET /connections?cursor=&limit=.
Result<PageParams> ReadConnectionListQuery(const Request& request);

// {"items": [request, ...], "next_cursor"}.
void WriteRequestPage(JsonWriter& w, const app::Page<app::RequestView>& page);
// {"items": [{"member", "since"}, ...], "next_cursor"}.
void WriteConnectionPage(JsonWriter& w, const app::Page<app::ConnectionView>& page);
// {"items": [member summary, ...]} (GET /blocks).
void WriteBlockedList(JsonWriter& w, const std::vector<app::MemberSummary>& blocked);
// {"member": id, <state>: true}: the answer to a follow ("following") or a block ("blocked").
void WriteTie(JsonWriter& w, MemberId member, std::string_view state);

}  // namespace pln::http
