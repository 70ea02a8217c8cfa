// The request pipeline, independent of the transport: route → authenticate →
// handler → map errors, plus static files, metrics and request logging.
// server.cc feeds it parsed requests; tests could feed it directly.
// Thread safety: Handle() may run concurrently on every I/O thread.
#pragma once

#include <memory>

#include "base/result.h"
#include "http/handlers.h"
#include "http/metrics.h"
#include "http/request.h"
#include "http/router.h"
#include "http/server.h"
#include "http/static_files.h"

namespace pln::http {

class Api {
 public:
  // kInternal if the route table is inconsistent (a programming error).
  static Result<std::unique_ptr<Api>> Create(const HttpConfig& config, Services services);

  // Answers one request; never throws. `out` must be default-constructed.
  void Handle(const Request& request, Response& out);

  // For the server's own errors (413, 400 on unparsable requests) so they are
  // counted too.
  void RecordUnrouted(Method method, int status, double seconds);

  Api(const Api&) = delete;
  Api& operator=(const Api&) = delete;

 private:
  Api(const HttpConfig& config, Services services);
  Status Init();
  void Dispatch(const Route& route, const PathParams& params, const Request& request,
                Response& out);

  Metrics metrics_;  // before deps_, which points to it
  Deps deps_;
  Router router_;
  StaticFiles static_files_;
  std::vector<size_t> route_series_;  // by Route::index
  size_t unmatched_series_[8] = {};   // by Method
  size_t static_series_ = 0;
};

}  // namespace pln::http
