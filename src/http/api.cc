#include "http/api.h"

#include <chrono>
#include <exception>

#include <spdlog/spdlog.h>

#include "http/auth.h"
#include "http/error_mapping.h"

namespace pln::http {

namespace {

constexpr std::string_view kUnmatchedRoute = "unmatched";
constexpr std::string_view kStaticRoute = "static";

bool IsApiPath(std::string_view path) {
  return path == "/api" || path.rfind("/api/", 0) == 0;
}

void LogServerError(const Request& request, std::string_view route, const Error& error) {
  // The internal message is logged, never sent. Request bodies and headers
  // are not: they may carry passwords, tokens and cookies.
  spdlog::error("{} {} ({}) failed: {}: {}", ToString(request.method), request.path, route,
                error.code(), error.message());
}

}  // namespace

Api::Api(const HttpConfig& config, Services services)
    : deps_{services, config, &metrics_}, static_files_(config.web_root) {}

Result<std::unique_ptr<Api>> Api::Create(const HttpConfig& config, Services services) {
  std::unique_ptr<Api> api(new Api(config, services));
  RETURN_IF_ERROR(api->Init());
  return api;
}

Status Api::Init() {
  for (const RouteSpec& spec : ApiRoutes()) RETURN_IF_ERROR(router_.Add(spec));
  route_series_.resize(router_.size());
  for (size_t i = 0; i < router_.size(); ++i) {
    const Route& r = router_.route(i);
    route_series_[i] = metrics_.AddSeries(ToString(r.spec.method), r.pattern);
  }
  for (uint8_t m = 0; m <= static_cast<uint8_t>(Method::kOther); ++m) {
    unmatched_series_[m] = metrics_.AddSeries(ToString(static_cast<Method>(m)), kUnmatchedRoute);
  }
  static_series_ = metrics_.AddSeries("GET", kStaticRoute);
  return Status::Ok();
}

void Api::Handle(const Request& request, Response& out) {
  const auto start = std::chrono::steady_clock::now();
  RouteMatch match = router_.Match(request.method, request.path);
  size_t series = unmatched_series_[static_cast<uint8_t>(request.method)];
  std::string_view route_name = kUnmatchedRoute;

  switch (match.kind) {
    case RouteMatch::Kind::kFound:
      series = route_series_[match.route->index];
      route_name = match.route->pattern;
      Dispatch(*match.route, match.params, request, out);
      break;
    case RouteMatch::Kind::kMethodNotAllowed: MethodNotAllowedResponse(match.allow, out); break;
    case RouteMatch::Kind::kNotFound:
      if ((request.method == Method::kGet || request.method == Method::kHead) &&
          !IsApiPath(request.path)) {
        series = static_series_;
        route_name = kStaticRoute;
        static_files_.Serve(request.path, out);
      } else if (IsApiPath(request.path)) {
        ErrorToResponse(NotFoundError("API route"), out);
      } else {
        ErrorToResponse(NotFoundError("page"), out);
      }
      break;
  }

  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  metrics_.Record(series, out.status, seconds);
  // spdlog checks the level before formatting, so this costs nothing at info.
  spdlog::debug("{} {} ({}) -> {} in {:.3f} ms", ToString(request.method), request.path, route_name,
                out.status, seconds * 1e3);
}

void Api::RecordUnrouted(Method method, int status, double seconds) {
  metrics_.Record(unmatched_series_[static_cast<uint8_t>(method)], status, seconds);
}

void Api::Dispatch(const Route& route, const PathParams& params, const Request& request,
                   Response& out) {
  try {
    Result<AuthOutcome> auth = Authenticate(deps_.services.auth, request, route.spec);
    Status status;
    if (auth.ok()) {
      Context ctx{deps_, request, params, auth->principal, auth->session_token};
      status = route.spec.handler(ctx, out);
    } else {
      status = std::move(auth).error();
    }
    if (!status.ok()) {
      const Error& error = status.error();
      if (HttpStatusFor(error.kind()) >= 500) LogServerError(request, route.pattern, error);
      out = Response{};
      ErrorToResponse(error, out);
    }
  } catch (const std::exception& e) {
    // Third-party code (nlohmann, the standard library) may still throw; a
    // request must never take the server down.
    LogServerError(request, route.pattern, InternalError(std::string("exception: ") + e.what()));
    out = Response{};
    ErrorToResponse(InternalError(e.what()), out);
  }
}

}  // namespace pln::http
