#include "app/connections/connection_service.h"

#include <unordered_map>

#include "app/cursor.h"
#include "app/notifications/notification_service.h"

namespace pln::app {

namespace {

// Loads summaries for a set of ids in one query.
Result<std::unordered_map<MemberId, MemberSummary>> Summaries(Tx& tx,
                                                              const std::vector<MemberId>& ids) {
  if (ids.empty()) return std::unordered_map<MemberId, MemberSummary>();
  return tx.members().Summaries(ids);
}

Status CheckOther(MemberId me, MemberId other, std::string_view field) {
  if (!other.valid()) return ValidationError({{std::string(field), "must be a member id"}});
  if (me == other) return ValidationError({{std::string(field), "must be another member"}});
  return Status::Ok();
}

// Records that `me` accepted (or crossed) the request `other` sent.
Status Connected(Tx& tx, RequestId request, MemberId me, MemberId other, int64_t now) {
  return Emit(tx, ConnectionMade{request, me, other}, now, me);
}

class ConnectionService final : public Connections {
 public:
  ConnectionService(Store& store, const Clock& clock, Profiles& profiles)
      : store_(store), clock_(clock), profiles_(profiles) {}

  Result<SendRequestResult> SendRequest(const domain::Viewer& me, MemberId to,
                                        const std::string& note) override;
  Result<RequestView> Act(const domain::Viewer& me, RequestId id,
                          domain::RequestAction action) override;
  Result<Page<RequestView>> ListRequests(MemberId me, RequestDirection direction,
                                         std::optional<domain::RequestStatus> status,
                                         const std::string& cursor, int limit) override;
  Result<Page<ConnectionView>> ListConnections(MemberId me, const std::string& cursor,
                                               int limit) override;
  Status RemoveConnection(MemberId me, MemberId other) override;
  Result<bool> Follow(MemberId me, MemberId other) override;
  Status Unfollow(MemberId me, MemberId other) override;
  Result<bool> Block(MemberId me, MemberId other) override;
  Status Unblock(MemberId me, MemberId other) override;
  Result<std::vector<MemberSummary>> ListBlocked(MemberId me) override;

 private:
  Result<SendRequestResult> Send(MemberId me, MemberId to, const std::string& note);
  Result<domain::ConnectionRequest> Decide(MemberId me, RequestId id, domain::RequestAction action);
  // Both parties of a request as `viewer` may see them; after the write
  // committed, so the summaries are read as any later reader would.
  RequestView ViewOf(const domain::Viewer& viewer, const domain::ConnectionRequest& request);
  MemberSummary SummaryFor(const domain::Viewer& viewer, MemberId id);

  Store& store_;
  const Clock& clock_;
  Profiles& profiles_;
};

}  // namespace

std::unique_ptr<Connections> MakeConnections(Store& store, const Clock& clock, Profiles& profiles) {
  return std::make_unique<ConnectionService>(store, clock, profiles);
}

// Should the viewer no longer be allowed to see the other member, the summary
// keeps only the id.
MemberSummary ConnectionService::SummaryFor(const domain::Viewer& viewer, MemberId id) {
  Result<domain::MemberView> view = profiles_.GetMember(viewer, id);
  MemberSummary summary;
  summary.id = id;
  if (view.ok()) {
    summary.name = view->name;
    summary.headline = view->headline;
    summary.stage = view->stage;
  }
  return summary;
}

RequestView ConnectionService::ViewOf(const domain::Viewer& viewer,
                                      const domain::ConnectionRequest& request) {
  return RequestView{request, SummaryFor(viewer, request.from), SummaryFor(viewer, request.to)};
}

Result<SendRequestResult> ConnectionService::SendRequest(const domain::Viewer& me, MemberId to,
                                                         const std::string& note) {
  ASSIGN_OR_RETURN(SendRequestResult sent, Send(me.id.value_or(MemberId()), to, note));
  sent.view = ViewOf(me, sent.view.request);
  return sent;
}

Result<RequestView> ConnectionService::Act(const domain::Viewer& me, RequestId id,
                                           domain::RequestAction action) {
  ASSIGN_OR_RETURN(domain::ConnectionRequest request,
                   Decide(me.id.value_or(MemberId()), id, action));
  return ViewOf(me, request);
}

Result<SendRequestResult> ConnectionService::Send(MemberId me, MemberId to,
                                                  const std::string& note) {
  RETURN_IF_ERROR(CheckOther(me, to, "to"));
  ASSIGN_OR_RETURN(std::string clean_note, domain::NormalizeRequestNote(note));
  SendRequestResult out;
  RETURN_IF_ERROR(store_.Write([&](Tx& tx) -> Status {
    out = {};
    ASSIGN_OR_RETURN(auto target, tx.members().GetAccount(to));
    if (!target) return NotFoundError("member");
    ASSIGN_OR_RETURN(auto rels, tx.connections().Relationships(me, {to}));
    const domain::Relationship rel = rels[to];
    if (rel.blocked_by_target) return NotFoundError("member");
    if (rel.blocking_target) {
      return ConflictError("blocked", "You blocked this member. Unblock them first.");
    }
    if (rel.connected) return ConflictError("already_connected", "You are already connected.");
    const int64_t now = clock_.NowMs();
    ASSIGN_OR_RETURN(auto pending, tx.connections().PendingBetween(me, to));
    if (pending) {
      if (pending->from == me) {
        return ConflictError("request_pending", "You already asked this member to connect.");
      }
      // They asked us first: crossing requests become one connection.
      RETURN_IF_ERROR(
          tx.connections().SetRequestStatus(pending->id, domain::RequestStatus::kAccepted, now));
      ASSIGN_OR_RETURN(bool created, tx.connections().Connect(me, to, now));
      (void)created;
      out.view.request = *pending;
      out.view.request.status = domain::RequestStatus::kAccepted;
      out.view.request.decided_at = now;
      out.auto_accepted = true;
      return Connected(tx, pending->id, me, to, now);
    }
    // The unique index on pending pairs turns a racing twin of this insert into a
    // conflict (or a serialization retry), so two requests can never both stay pending.
    ASSIGN_OR_RETURN(RequestId id, tx.connections().CreateRequest(me, to, clean_note, now));
    out.view.request = {id, me, to, clean_note, domain::RequestStatus::kPending, now, std::nullopt};
    return Emit(tx, ConnectionRequested{id, me, to, clean_note}, now, me);
  }));
  return out;
}

Result<domain::ConnectionRequest> ConnectionService::Decide(MemberId me, RequestId id,
                                                            domain::RequestAction action) {
  domain::ConnectionRequest out;
  RETURN_IF_ERROR(store_.Write([&](Tx& tx) -> Status {
    ASSIGN_OR_RETURN(auto request, tx.connections().GetRequest(id));
    if (!request) return NotFoundError("connection request");
    ASSIGN_OR_RETURN(domain::RequestStatus next, domain::DecideTransition(*request, me, action));
    out = *request;
    if (request->status == next) return Status::Ok();  // repeated action, nothing to do
    const int64_t now = clock_.NowMs();
    if (next == domain::RequestStatus::kAccepted) {
      ASSIGN_OR_RETURN(auto rels, tx.connections().Relationships(me, {request->from}));
      if (rels[request->from].blocked_either_way()) return NotFoundError("connection request");
      ASSIGN_OR_RETURN(bool created, tx.connections().Connect(request->from, request->to, now));
      (void)created;
      RETURN_IF_ERROR(Connected(tx, id, me, request->from, now));
    } else {
      RETURN_IF_ERROR(Emit(tx,
                           ConnectionRequestClosed{id, request->from, request->to,
                                                   std::string(domain::ToString(next))},
                           now, me));
    }
    RETURN_IF_ERROR(tx.connections().SetRequestStatus(id, next, now));
    out.status = next;
    out.decided_at = now;
    return Status::Ok();
  }));
  return out;
}

Result<Page<RequestView>> ConnectionService::ListRequests(
    MemberId me, RequestDirection direction, std::optional<domain::RequestStatus> status,
    const std::string& cursor, int limit) {
  RETURN_IF_ERROR(ValidateLimit(limit));
  ASSIGN_OR_RETURN(int64_t before, DecodeCursor(cursor));
  Page<RequestView> page;
  RETURN_IF_ERROR(store_.Read([&](Tx& tx) -> Status {
    ASSIGN_OR_RETURN(auto requests,
                     tx.connections().ListRequests(me, direction, status, before, limit + 1));
    const bool more = static_cast<int>(requests.size()) > limit;
    if (more) requests.resize(limit);
    std::vector<MemberId> ids;
    for (const auto& r : requests)
      ids.push_back(direction == RequestDirection::kIncoming ? r.from : r.to);
    ids.push_back(me);
    ASSIGN_OR_RETURN(auto people, Summaries(tx, ids));
    for (const auto& r : requests) {
      page.items.push_back({r, people[r.from], people[r.to]});
    }
    if (more) page.next_cursor = EncodeCursor(requests.back().id.value());
    return Status::Ok();
  }));
  return page;
}

Result<Page<ConnectionView>> ConnectionService::ListConnections(MemberId me,
                                                                const std::string& cursor,
                                                                int limit) {
  RETURN_IF_ERROR(ValidateLimit(limit));
  ASSIGN_OR_RETURN(int64_t after, DecodeCursor(cursor));
  Page<ConnectionView> page;
  RETURN_IF_ERROR(store_.Read([&](Tx& tx) -> Status {
    ASSIGN_OR_RETURN(auto conns, tx.connections().ListConnections(me, after, limit + 1));
    const bool more = static_cast<int>(conns.size()) > limit;
    if (more) conns.resize(limit);
    std::vector<MemberId> ids;
    for (const auto& c : conns) ids.push_back(c.other);
    ASSIGN_OR_RETURN(auto people, Summaries(tx, ids));
    for (const auto& c : conns) page.items.push_back({people[c.other], c.since});
    if (more) page.next_cursor = EncodeCursor(conns.back().other.value());
    return Status::Ok();
  }));
  return page;
}

Status ConnectionService::RemoveConnection(MemberId me, MemberId other) {
  RETURN_IF_ERROR(CheckOther(me, other, "member"));
  return store_.Write([&](Tx& tx) -> Status {
    ASSIGN_OR_RETURN(bool removed, tx.connections().Disconnect(me, other));
    if (!removed) {
      return Error(ErrorKind::kNotFound, "not_connected", "You are not connected to this member.");
    }
    return Emit(tx, ConnectionRemoved{me, other}, clock_.NowMs(), me);
  });
}

Result<bool> ConnectionService::Follow(MemberId me, MemberId other) {
  RETURN_IF_ERROR(CheckOther(me, other, "member"));
  bool created = false;
  RETURN_IF_ERROR(store_.Write([&](Tx& tx) -> Status {
    ASSIGN_OR_RETURN(auto target, tx.members().GetAccount(other));
    if (!target) return NotFoundError("member");
    ASSIGN_OR_RETURN(auto rels, tx.connections().Relationships(me, {other}));
    const domain::Relationship rel = rels[other];
    if (rel.blocked_by_target) return NotFoundError("member");
    if (rel.blocking_target) {
      return ConflictError("blocked", "You blocked this member. Unblock them first.");
    }
    ASSIGN_OR_RETURN(created, tx.connections().Follow(me, other, clock_.NowMs()));
    if (!created) return Status::Ok();
    return Emit(tx, Followed{me, other}, clock_.NowMs(), me);
  }));
  return created;
}

Status ConnectionService::Unfollow(MemberId me, MemberId other) {
  RETURN_IF_ERROR(CheckOther(me, other, "member"));
  return store_.Write([&](Tx& tx) -> Status {
    ASSIGN_OR_RETURN(bool removed, tx.connections().Unfollow(me, other));
    if (!removed)
      return Error(ErrorKind::kNotFound, "not_following", "You do not follow this member.");
    return Emit(tx, Unfollowed{me, other}, clock_.NowMs(), me);
  });
}

Result<bool> ConnectionService::Block(MemberId me, MemberId other) {
  RETURN_IF_ERROR(CheckOther(me, other, "member"));
  bool created = false;
  RETURN_IF_ERROR(store_.Write([&](Tx& tx) -> Status {
    ASSIGN_OR_RETURN(auto target, tx.members().GetAccount(other));
    if (!target) return NotFoundError("member");
    ASSIGN_OR_RETURN(created, tx.connections().Block(me, other, clock_.NowMs()));
    if (!created) return Status::Ok();
    return Emit(tx, Blocked{me, other}, clock_.NowMs(), me);
  }));
  return created;
}

Status ConnectionService::Unblock(MemberId me, MemberId other) {
  RETURN_IF_ERROR(CheckOther(me, other, "member"));
  return store_.Write([&](Tx& tx) -> Status {
    ASSIGN_OR_RETURN(bool removed, tx.connections().Unblock(me, other));
    if (!removed)
      return Error(ErrorKind::kNotFound, "not_blocked", "You have not blocked this member.");
    return Emit(tx, Unblocked{me, other}, clock_.NowMs(), me);
  });
}

Result<std::vector<MemberSummary>> ConnectionService::ListBlocked(MemberId me) {
  std::vector<MemberSummary> out;
  RETURN_IF_ERROR(store_.Read([&](Tx& tx) -> Status {
    ASSIGN_OR_RETURN(auto ids, tx.connections().ListBlocked(me));
    ASSIGN_OR_RETURN(auto people, Summaries(tx, ids));
    for (MemberId id : ids) {
      if (auto it = people.find(id); it != people.end()) out.push_back(it->second);
    }
    return Status::Ok();
  }));
  return out;
}

}  // namespace pln::app
