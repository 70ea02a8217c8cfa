// Health, metrics and the API description.
#include "http/handlers.h"
#include "http/json_writer.h"
#include "http/openapi.h"

#include <spdlog/spdlog.h>

namespace pln::http {

Status HandleHealth(Context& ctx, Response& out) {
  app::Store& store = ctx.deps.services.store;
  // A trivial read transaction proves the database answers.
  Status db = store.Read([](app::Tx&) { return Status::Ok(); });
  if (!db.ok()) {
    spdlog::error("health check: database did not answer: {}", db.error().message());
    return UnavailableError("The database does not answer.");
  }
  JsonWriter w(64);
  w.BeginObject().Field("status", "ok").Field("database", store.Kind()).EndObject();
  out.SetJson(200, w.Take());
  out.cache_control = "no-store";
  return Status::Ok();
}

Status HandleMetrics(Context& ctx, Response& out) {
  out.status = 200;
  out.content_type = "text/plain; version=0.0.4; charset=utf-8";
  out.cache_control = "no-store";
  out.body = ctx.deps.metrics->Render();
  return Status::Ok();
}

Status HandleOpenApi(Context&, Response& out) {
  out.status = 200;
  out.content_type = Response::kJsonType;
  out.cache_control = "no-cache";
  out.body = std::string(OpenApiDocument());
  return Status::Ok();
}

}  // namespace pln::http
