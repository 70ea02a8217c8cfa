// Connection requests, connections, follows and blocks.
#include "http/handlers.h"
#include "http/json/connections.h"
#include "http/json_body.h"
#include "http/json_writer.h"

namespace pln::http {

namespace {

void RespondWithRequest(const app::RequestView& view, int status, Response& out) {
  JsonWriter w(512);
  WriteConnectionRequest(w, view.request, view.from, view.to);
  out.SetJson(status, w.Take());
}

Status Act(Context& ctx, domain::RequestAction action, Response& out) {
  ASSIGN_OR_RETURN(int64_t id, PathId(ctx, "id", "connection request"));
  ASSIGN_OR_RETURN(app::RequestView view,
                   ctx.deps.services.connections.Act(ctx.Viewer(), RequestId(id), action));
  RespondWithRequest(view, 200, out);
  return Status::Ok();
}

// POST /follows and POST /blocks answer {"member": id, <state>: true}, 201 when new.
Status RespondWithTie(MemberId other, std::string_view state, bool created, Response& out) {
  JsonWriter w(64);
  WriteTie(w, other, state);
  out.SetJson(created ? 201 : 200, w.Take());
  return Status::Ok();
}

}  // namespace

Status HandleSendRequest(Context& ctx, Response& out) {
  ASSIGN_OR_RETURN(nlohmann::json body, ParseJsonObject(ctx.request));
  ASSIGN_OR_RETURN(ConnectionRequestInput in, ReadConnectionRequest(body));
  ASSIGN_OR_RETURN(app::SendRequestResult result,
                   ctx.deps.services.connections.SendRequest(ctx.Viewer(), in.to, in.note));
  RespondWithRequest(result.view, result.auto_accepted ? 200 : 201, out);
  return Status::Ok();
}

Status HandleListRequests(Context& ctx, Response& out) {
  ASSIGN_OR_RETURN(RequestListQuery query, ReadRequestListQuery(ctx.request));
  ASSIGN_OR_RETURN(
      app::Page<app::RequestView> page,
      ctx.deps.services.connections.ListRequests(ctx.caller().member, query.direction, query.status,
                                                 query.page.cursor, query.page.limit));
  JsonWriter w(256 + page.items.size() * 384);
  WriteRequestPage(w, page);
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
  ASSIGN_OR_RETURN(PageParams page_query, ReadConnectionListQuery(ctx.request));
  ASSIGN_OR_RETURN(app::Page<app::ConnectionView> page,
                   ctx.deps.services.connections.ListConnections(
                       ctx.caller().member, page_query.cursor, page_query.limit));
  JsonWriter w(256 + page.items.size() * 192);
  WriteConnectionPage(w, page);
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
  ASSIGN_OR_RETURN(nlohmann::json body, ParseJsonObject(ctx.request));
  ASSIGN_OR_RETURN(MemberId other, ReadMemberRef(body));
  ASSIGN_OR_RETURN(bool created, ctx.deps.services.connections.Follow(ctx.caller().member, other));
  return RespondWithTie(other, "following", created, out);
}

Status HandleUnfollow(Context& ctx, Response& out) {
  ASSIGN_OR_RETURN(int64_t other, PathId(ctx, "memberId", "follow"));
  RETURN_IF_ERROR(ctx.deps.services.connections.Unfollow(ctx.caller().member, MemberId(other)));
  out.SetNoContent();
  return Status::Ok();
}

Status HandleBlock(Context& ctx, Response& out) {
  ASSIGN_OR_RETURN(nlohmann::json body, ParseJsonObject(ctx.request));
  ASSIGN_OR_RETURN(MemberId other, ReadMemberRef(body));
  ASSIGN_OR_RETURN(bool created, ctx.deps.services.connections.Block(ctx.caller().member, other));
  return RespondWithTie(other, "blocked", created, out);
}

Status HandleListBlocks(Context& ctx, Response& out) {
  ASSIGN_OR_RETURN(std::vector<app::MemberSummary> blocked,
                   ctx.deps.services.connections.ListBlocked(ctx.caller().member));
  JsonWriter w(64 + blocked.size() * 128);
  WriteBlockedList(w, blocked);
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
