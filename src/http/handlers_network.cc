// People you may know and how you're connected (the network engine).
#include "http/handlers.h"
#include "http/json/network.h"
#include "http/json_writer.h"
#include "http/query.h"

namespace pln::http {

namespace {

// Only `pln serve` loads the engine; without it these routes answer 503.
Result<app::Network*> RunningNetwork(const Context& ctx) {
  if (ctx.deps.services.network == nullptr) {
    return UnavailableError("The network engine is not running on this server.");
  }
  return ctx.deps.services.network;
}

}  // namespace

Status HandlePeopleYouMayKnow(Context& ctx, Response& out) {
  ASSIGN_OR_RETURN(app::Network * network, RunningNetwork(ctx));
  ASSIGN_OR_RETURN(QueryParams query, QueryParams::Parse(ctx.request.query));
  ASSIGN_OR_RETURN(int limit, ParseLimit(query, 10, 50));
  ASSIGN_OR_RETURN(std::vector<app::PersonSuggestionView> suggestions,
                   network->PeopleYouMayKnow(ctx.caller().member, limit));
  JsonWriter w(64 + suggestions.size() * 512);
  WriteSuggestions(w, suggestions);
  out.SetJson(200, w.Take());
  return Status::Ok();
}

Status HandleDismissSuggestion(Context& ctx, Response& out) {
  ASSIGN_OR_RETURN(app::Network * network, RunningNetwork(ctx));
  ASSIGN_OR_RETURN(int64_t id, PathId(ctx, "id", "member"));
  RETURN_IF_ERROR(network->Dismiss(ctx.caller().member, MemberId(id)));
  out.SetNoContent();
  return Status::Ok();
}

Status HandleMemberPaths(Context& ctx, Response& out) {
  ASSIGN_OR_RETURN(app::Network * network, RunningNetwork(ctx));
  ASSIGN_OR_RETURN(int64_t id, PathId(ctx, "id", "member"));
  ASSIGN_OR_RETURN(std::vector<app::ConnectionPathView> paths,
                   network->HowConnected(ctx.caller().member, MemberId(id)));
  JsonWriter w(64 + paths.size() * 512);
  WriteConnectionPaths(w, paths);
  out.SetJson(200, w.Take());
  return Status::Ok();
}

}  // namespace pln::http
