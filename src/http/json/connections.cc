#include "http/json/connections.h"

#include <utility>

#include "base/clock.h"
#include "http/json/common.h"
#include "http/json_body.h"

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

Result<ConnectionRequestInput> ReadConnectionRequest(const nlohmann::json& body) {
  std::vector<FieldError> errors;
  ObjectReader r(body, "", errors);
  auto to = r.Id("to");
  auto note = r.String("note", Presence::kOptional);
  r.Finish();
  if (!errors.empty()) return ValidationError(std::move(errors));
  return ConnectionRequestInput{MemberId(*to), note.value_or("")};
}

Result<MemberId> ReadMemberRef(const nlohmann::json& body) {
  std::vector<FieldError> errors;
  ObjectReader r(body, "", errors);
  auto member = r.Id("member");
  r.Finish();
  if (!errors.empty()) return ValidationError(std::move(errors));
  return MemberId(*member);
}

Result<RequestListQuery> ReadRequestListQuery(const Request& request) {
  ASSIGN_OR_RETURN(QueryParams query, QueryParams::Parse(request.query));
  std::vector<FieldError> errors;
  RequestListQuery out;
  if (auto d = query.Get("direction"); d && !d->empty()) {
    if (*d == "outgoing") {
      out.direction = app::RequestDirection::kOutgoing;
    } else if (*d != "incoming") {
      errors.push_back({"direction", "must be one of: " + std::string(kDirectionValues)});
    }
  }
  if (auto s = query.Get("status"); s && !s->empty()) {
    out.status = domain::ParseRequestStatus(*s);
    if (!out.status) {
      errors.push_back({"status", "must be one of: " + std::string(kRequestStatusValues)});
    }
  }
  out.page = ReadPageParams(query, errors);
  if (!errors.empty()) return ValidationError(std::move(errors));
  return out;
}

Result<PageParams> ReadConnectionListQuery(const Request& request) {
  ASSIGN_OR_RETURN(QueryParams query, QueryParams::Parse(request.query));
  std::vector<FieldError> errors;
  PageParams page = ReadPageParams(query, errors);
  if (!errors.empty()) return ValidationError(std::move(errors));
  return page;
}

void WriteRequestPage(JsonWriter& w, const app::Page<app::RequestView>& page) {
  w.BeginObject().Key("items").BeginArray();
  for (const app::RequestView& v : page.items) WriteConnectionRequest(w, v.request, v.from, v.to);
  w.EndArray();
  WriteNextCursor(w, page.next_cursor);
  w.EndObject();
}

void WriteConnectionPage(JsonWriter& w, const app::Page<app::ConnectionView>& page) {
  w.BeginObject().Key("items").BeginArray();
  for (const app::ConnectionView& c : page.items) {
    w.BeginObject().Key("member");
    WriteMemberSummary(w, c.member);
    w.Field("since", FormatIso8601(c.since)).EndObject();
  }
  w.EndArray();
  WriteNextCursor(w, page.next_cursor);
  w.EndObject();
}

void WriteBlockedList(JsonWriter& w, const std::vector<app::MemberSummary>& blocked) {
  w.BeginObject().Key("items").BeginArray();
  for (const app::MemberSummary& s : blocked) WriteMemberSummary(w, s);
  w.EndArray().EndObject();
}

void WriteTie(JsonWriter& w, MemberId member, std::string_view state) {
  w.BeginObject().Field("member", member.value()).Field(state, true).EndObject();
}

}  // namespace pln::http
