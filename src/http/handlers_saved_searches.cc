// Saved searches with alerts (issue 18, item 3): thin handlers over
// app/saved_searches/; the JSON is in http/json/saved_searches.h. The alerts
// themselves are background work (app/saved_searches/alerts.h) and reach the
// member as notifications.
#include "http/handlers.h"
#include "http/json/saved_searches.h"
#include "http/json_body.h"

namespace pln::http {
namespace {

Result<SavedSearchId> SavedSearchIdParam(const Context& ctx) {
  ASSIGN_OR_RETURN(int64_t id, PathId(ctx, "id", "saved search"));
  return SavedSearchId(id);
}

}  // namespace

Status HandleCreateSavedSearch(Context& ctx, Response& out) {
  ASSIGN_OR_RETURN(nlohmann::json body, ParseJsonObject(ctx.request));
  ASSIGN_OR_RETURN(domain::SavedSearchInput in, ReadSavedSearchInput(body));
  ASSIGN_OR_RETURN(app::SavedSearchView v,
                   ctx.deps.services.saved_searches.Create(ctx.caller().member, std::move(in)));
  out.SetJson(201, SavedSearchJson(v));
  return Status::Ok();
}

Status HandleListSavedSearches(Context& ctx, Response& out) {
  ASSIGN_OR_RETURN(auto items, ctx.deps.services.saved_searches.ListMine(ctx.caller().member));
  out.SetJson(200, SavedSearchListJson(items));
  return Status::Ok();
}

Status HandleGetSavedSearch(Context& ctx, Response& out) {
  ASSIGN_OR_RETURN(SavedSearchId id, SavedSearchIdParam(ctx));
  ASSIGN_OR_RETURN(app::SavedSearchView v,
                   ctx.deps.services.saved_searches.Get(ctx.caller().member, id));
  out.SetJson(200, SavedSearchJson(v));
  return Status::Ok();
}

Status HandleUpdateSavedSearch(Context& ctx, Response& out) {
  ASSIGN_OR_RETURN(SavedSearchId id, SavedSearchIdParam(ctx));
  ASSIGN_OR_RETURN(nlohmann::json body, ParseJsonObject(ctx.request));
  ASSIGN_OR_RETURN(app::SavedSearchPatch patch, ReadSavedSearchPatch(body));
  ASSIGN_OR_RETURN(app::SavedSearchView v, ctx.deps.services.saved_searches.Update(
                                               ctx.caller().member, id, std::move(patch)));
  out.SetJson(200, SavedSearchJson(v));
  return Status::Ok();
}

Status HandleDeleteSavedSearch(Context& ctx, Response& out) {
  ASSIGN_OR_RETURN(SavedSearchId id, SavedSearchIdParam(ctx));
  RETURN_IF_ERROR(ctx.deps.services.saved_searches.Delete(ctx.caller().member, id));
  out.SetNoContent();
  return Status::Ok();
}

}  // namespace pln::http
