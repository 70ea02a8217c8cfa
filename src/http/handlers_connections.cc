// Connection requests, connections, follows and blocks.
#include "base/clock.h"
#include "http/handlers.h"
#include "http/json/common.h"
#include "http/json/connections.h"
#include "http/json_body.h"
#include "http/json_writer.h"
#include "http/query.h"

namespace pln::http {

namespace {

// ConnectionService::SendRequest and Act return the bare request (member ids
// only) while the API answers with both parties' summaries, so they are looked
// up through the profile service as the caller sees them. Should the caller no
// longer be allowed to see the other member, the summary keeps only the id.
app::MemberSummary SummaryOf(Context& ctx, MemberId id) {
  Result<domain::MemberView> view = ctx.deps.services.profiles.GetMember(ctx.Viewer(), id);
  app::MemberSummary summary;
  summary.id = id;
  if (view.ok()) {
    summary.name = view->name;
    summary.headline = view->headline;
    summary.stage = view->stage;
  }
  return summary;
}

void RespondWithRequest(Context& ctx, const domain::ConnectionRequest& request, int status,
                        Response& out) {
  JsonWriter w(512);
  WriteConnectionRequest(w, request, SummaryOf(ctx, request.from), SummaryOf(ctx, request.to));
  out.SetJson(status, w.Take());
}

Status Act(Context& ctx, domain::RequestAction action, Response& out) {
  ASSIGN_OR_RETURN(int64_t id, PathId(ctx, "id", "connection request"));
  ASSIGN_OR_RETURN(domain::ConnectionRequest request,
                   ctx.deps.services.connections.Act(ctx.caller().member, RequestId(id), action));
  RespondWithRequest(ctx, request, 200, out);
  return Status::Ok();
}

// Reads {"member": id} (POST /follows, POST /blocks).
Result<MemberId> ReadMemberBody(const Context& ctx) {
  ASSIGN_OR_RETURN(nlohmann::json body, ParseJsonObject(ctx.request));
  std::vector<FieldError> errors;
  ObjectReader r(body, "", errors);
  auto member = r.Id("member");
  r.Finish();
  if (!errors.empty()) return ValidationError(std::move(errors));
  return MemberId(*member);
}

}  // namespace

Status HandleSendRequest(Context& ctx, Response& out) {
  ASSIGN_OR_RETURN(nlohmann::json body, ParseJsonObject(ctx.request));
  std::vector<FieldError> errors;
  ObjectReader r(body, "", errors);
  auto to = r.Id("to");
  auto note = r.String("note", Presence::kOptional);
  r.Finish();
  if (!errors.empty()) return ValidationError(std::move(errors));
  ASSIGN_OR_RETURN(app::SendRequestResult result,
                   ctx.deps.services.connections.SendRequest(ctx.caller().member, MemberId(*to),
                                                             note.value_or("")));
  RespondWithRequest(ctx, result.request, result.auto_accepted ? 200 : 201, out);
  return Status::Ok();
}

Status HandleListRequests(Context& ctx, Response& out) {
  ASSIGN_OR_RETURN(QueryParams query, QueryParams::Parse(ctx.request.query));
  std::vector<FieldError> errors;
  app::RequestDirection direction = app::RequestDirection::kIncoming;
  if (auto d = query.Get("direction"); d && !d->empty()) {
    if (*d == "outgoing") {
      direction = app::RequestDirection::kOutgoing;
    } else if (*d != "incoming") {
      errors.push_back({"direction", "must be one of: " + std::string(kDirectionValues)});
    }
  }
  std::optional<domain::RequestStatus> status;
  if (auto s = query.Get("status"); s && !s->empty()) {
    status = domain::ParseRequestStatus(*s);
    if (!status) {
      errors.push_back({"status", "must be one of: " + std::string(kRequestStatusValues)});
    }
  }
  Result<int> limit = ParseLimit(query);
  if (!limit.ok()) {
    for (const FieldError& e : limit.error().details()) errors.push_back(e);
  }
  if (!errors.empty()) return ValidationError(std::move(errors));
  const std::string cursor(query.Get("cursor").value_or(""));

  ASSIGN_OR_RETURN(app::Page<app::RequestView> page,
                   ctx.deps.services.connections.ListRequests(ctx.caller().member, direction,
                                                              status, cursor, *limit));
  JsonWriter w(256 + page.items.size() * 384);
  w.BeginObject().Key("items").BeginArray();
  for (const app::RequestView& v : page.items) {
    WriteConnectionRequest(w, v.request, v.from, v.to);
  }
  w.EndArray();
  WriteNextCursor(w, page.next_cursor);
  w.EndObject();
  out.SetJson(200, w.Take());
  return Status::Ok();
}

Status HandleAcceptRequest(Context& ctx, Response& out) {
  return Act(ctx, domain::RequestAction::kAccept, out);
}
Status HandleDeclineRequest(Context& ctx, Response& out) {
  return Act(ctx, domain::RequestAction::kDecline, out);
}
Status HandleWithdrawRequest(Context& ctx, Response& out) {
  return Act(ctx, domain::RequestAction::kWithdraw, out);
}

Status HandleListConnections(Context& ctx, Response& out) {
  ASSIGN_OR_RETURN(QueryParams query, QueryParams::Parse(ctx.request.query));
  ASSIGN_OR_RETURN(int limit, ParseLimit(query));
  const std::string cursor(query.Get("cursor").value_or(""));
  ASSIGN_OR_RETURN(
      app::Page<app::ConnectionView> page,
      ctx.deps.services.connections.ListConnections(ctx.caller().member, cursor, limit));
  JsonWriter w(256 + page.items.size() * 192);
  w.BeginObject().Key("items").BeginArray();
  for (const app::ConnectionView& c : page.items) {
    w.BeginObject().Key("member");
    WriteMemberSummary(w, c.member);
    w.Field("since", FormatIso8601(c.since)).EndObject();
  }
  w.EndArray();
  WriteNextCursor(w, page.next_cursor);
  w.EndObject();
  out.SetJson(200, w.Take());
  return Status::Ok();
}

Status HandleRemoveConnection(Context& ctx, Response& out) {
  ASSIGN_OR_RETURN(int64_t other, PathId(ctx, "memberId", "connection"));
  RETURN_IF_ERROR(
      ctx.deps.services.connections.RemoveConnection(ctx.caller().member, MemberId(other)));
  out.SetNoContent();
  return Status::Ok();
}

Status HandleFollow(Context& ctx, Response& out) {
  ASSIGN_OR_RETURN(MemberId other, ReadMemberBody(ctx));
  ASSIGN_OR_RETURN(bool created, ctx.deps.services.connections.Follow(ctx.caller().member, other));
  JsonWriter w(64);
  w.BeginObject().Field("member", other.value()).Field("following", true).EndObject();
  out.SetJson(created ? 201 : 200, w.Take());
  return Status::Ok();
}

Status HandleUnfollow(Context& ctx, Response& out) {
  ASSIGN_OR_RETURN(int64_t other, PathId(ctx, "memberId", "follow"));
  RETURN_IF_ERROR(ctx.deps.services.connections.Unfollow(ctx.caller().member, MemberId(other)));
  out.SetNoContent();
  return Status::Ok();
}

Status HandleBlock(Context& ctx, Response& out) {
  ASSIGN_OR_RETURN(MemberId other, ReadMemberBody(ctx));
  ASSIGN_OR_RETURN(bool created, ctx.deps.services.connections.Block(ctx.caller().member, other));
  JsonWriter w(64);
  w.BeginObject().Field("member", other.value()).Field("blocked", true).EndObject();
  out.SetJson(created ? 201 : 200, w.Take());
  return Status::Ok();
}

Status HandleListBlocks(Context& ctx, Response& out) {
  ASSIGN_OR_RETURN(std::vector<app::MemberSummary> blocked,
                   ctx.deps.services.connections.ListBlocked(ctx.caller().member));
  JsonWriter w(64 + blocked.size() * 128);
  w.BeginObject().Key("items").BeginArray();
  for (const app::MemberSummary& s : blocked) WriteMemberSummary(w, s);
  w.EndArray().EndObject();
  out.SetJson(200, w.Take());
  return Status::Ok();
}

Status HandleUnblock(Context& ctx, Response& out) {
  ASSIGN_OR_RETURN(int64_t other, PathId(ctx, "memberId", "block"));
  RETURN_IF_ERROR(ctx.deps.services.connections.Unblock(ctx.caller().member, MemberId(other)));
  out.SetNoContent();
  return Status::Ok();
}

}  // namespace pln::http
