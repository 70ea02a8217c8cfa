// Health, metrics and the API description.
#include "base/crypto.h"
#include "base/ip_network.h"
#include "http/auth.h"
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

namespace {

// Metrics tell an attacker a lot (routes, error rates, load), so they are for
// the operator: a bearer token when one is configured, else loopback only.
// A reverse proxy on the same host makes every client loopback, unless it is
// a trusted proxy whose X-Forwarded-For names the real one: remote_address is
// that client's address.
Status CheckMetricsAccess(const Context& ctx) {
  const std::string& token = ctx.deps.config.metrics_token;
  if (!token.empty()) {
    const std::optional<std::string_view> given = BearerToken(ctx.request.authorization);
    if (given && ConstantTimeEquals(*given, token)) return Status::Ok();
    return ForbiddenError("Metrics need \"Authorization: Bearer <metrics_token>\".");
  }
  const std::optional<IpAddress> client = ParseIpAddress(ctx.request.remote_address);
  if (client && client->IsLoopback()) return Status::Ok();
  return ForbiddenError(
      "Metrics are served to loopback clients only; set metrics_token to allow others.");
}

}  // namespace

Status HandleMetrics(Context& ctx, Response& out) {
  RETURN_IF_ERROR(CheckMetricsAccess(ctx));
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
