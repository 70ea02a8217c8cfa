// The Boost.Beast adapter. All Beast and Asio code of pln lives in this one
// translation unit so the heavy headers are compiled once.
//
// Model: one io_context run by HttpConfig::threads threads; every connection
// is a Session on its own strand; requests on a connection are handled one at
// a time, synchronously on the I/O thread (handlers may block on the DB).
//
// Hot-path choices (the member page is benchmarked against nginx):
// - sockets carry the concrete strand type, not any_io_executor, so handler
//   dispatch does not go through type erasure;
// - Beast parses requests (robust parsing is its value), but responses are
//   serialized by hand into a per-connection buffer that keeps its capacity:
//   no per-field allocations, one gather write of header and body;
// - timeouts are not a timer per operation: each session publishes a
//   deadline, and the server's ticker sweeps once a second and closes the
//   sessions whose deadline passed (slow or idle clients).
//
// Limits: at most HttpConfig::max_connections sessions. At the limit the
// acceptor pauses (no accept is pending; clients wait in the kernel's backlog)
// and the session that closes next resumes it, so a flood costs neither CPU
// nor descriptors. If accept() fails for want of resources (EMFILE, ENFILE,
// ENOBUFS, ENOMEM) it is retried after kAcceptBackoff, not at once, which
// would spin. Repeated warnings go through a LogThrottle (one line per
// message per 10 s, with a count). After a flood, once the sessions are gone,
// the sweep hands freed heap back to the system (malloc_trim).
//
// Shutdown: Stop() only sets an atomic flag (safe from any thread, even a
// signal handler). The 100 ms ticker notices it, closes the acceptor and tells
// every session: idle keep-alive connections close at once, busy ones finish
// their request and close after the response. Run() returns when the last
// session is gone, or at the deadline by stopping the io_context.
#include "http/server.h"

#include <algorithm>
#include <array>
#include <atomic>
#include <chrono>
#include <ctime>
#include <limits>
#include <optional>
#include <thread>
#include <unordered_map>
#include <vector>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

#include <spdlog/spdlog.h>
#include <boost/asio/dispatch.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>
#include <boost/asio/write.hpp>
#include <boost/beast/core/bind_handler.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/core/string.hpp>
#include <boost/beast/http.hpp>

#include "base/ip_network.h"
#include "base/log_throttle.h"
#include "base/mutex.h"
#include "http/api.h"
#include "http/error_mapping.h"
#include "http/request.h"

namespace pln::http {

namespace {

namespace net = boost::asio;
namespace beast = boost::beast;
namespace bhttp = boost::beast::http;
using tcp = net::ip::tcp;
using SteadyClock = std::chrono::steady_clock;
using Strand = net::strand<net::io_context::executor_type>;
using Socket = tcp::socket::rebind_executor<Strand>::other;
using ErrorCode = boost::system::error_code;

constexpr auto kIoTimeout = std::chrono::seconds(30);  // reading a request, writing a response
constexpr auto kDrainTimeout = std::chrono::seconds(2);
constexpr auto kTick = std::chrono::milliseconds(100);
constexpr int kTicksPerSweep = 10;
constexpr auto kShutdownGrace = std::chrono::milliseconds(4500);
constexpr size_t kHeaderLimit = 16 * 1024;
constexpr size_t kDrainLimit = 4 * 1024 * 1024;
constexpr int64_t kNoDeadline = std::numeric_limits<int64_t>::max();
constexpr auto kAcceptBackoff = std::chrono::milliseconds(100);
constexpr auto kWarningInterval = std::chrono::seconds(10);
// Heap is trimmed once the sessions fell to kTrimAtMost after a peak of at
// least kTrimAfterPeak: ordinary traffic never pays for a trim.
constexpr size_t kTrimAfterPeak = 64;
constexpr size_t kTrimAtMost = 4;

constexpr std::string_view kContinue = "HTTP/1.1 100 Continue\r\n\r\n";
constexpr std::string_view kSecurityHeaders =
    "X-Content-Type-Options: nosniff\r\n"
    "Referrer-Policy: same-origin\r\n"
    "X-Frame-Options: DENY\r\n";
constexpr std::string_view kCspHeader =
    "Content-Security-Policy: default-src 'self'; img-src 'self' data:; "
    "style-src 'self' 'unsafe-inline'; frame-ancestors 'none'\r\n";

int64_t NowNs() {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(SteadyClock::now().time_since_epoch())
      .count();
}

Method ToMethod(bhttp::verb verb) {
  switch (verb) {
    case bhttp::verb::get: return Method::kGet;
    case bhttp::verb::post: return Method::kPost;
    case bhttp::verb::patch: return Method::kPatch;
    case bhttp::verb::delete_: return Method::kDelete;
    case bhttp::verb::put: return Method::kPut;
    case bhttp::verb::head: return Method::kHead;
    case bhttp::verb::options: return Method::kOptions;
    default: return Method::kOther;
  }
}

bool IsHttpError(const ErrorCode& ec) {
  return &ec.category() == &bhttp::make_error_code(bhttp::error::bad_method).category();
}

// "Date: Sat, 28 Nov 2026 15:04:05 GMT\r\n", formatted at most once a second
// per thread.
std::string_view DateHeader() {
  thread_local std::time_t cached_second = 0;
  thread_local char buffer[64];
  thread_local size_t length = 0;
  const std::time_t now = std::time(nullptr);
  if (now != cached_second) {
    std::tm tm{};
    gmtime_r(&now, &tm);
    length = std::strftime(buffer, sizeof buffer, "Date: %a, %d %b %Y %H:%M:%S GMT\r\n", &tm);
    cached_second = now;
  }
  return {buffer, length};
}

void AppendNumber(std::string& out, size_t n) {
  char digits[24];
  size_t i = sizeof digits;
  do {
    digits[--i] = static_cast<char>('0' + n % 10);
    n /= 10;
  } while (n != 0);
  out.append(digits + i, sizeof digits - i);
}

// Serializes the status line and headers of `res` into `out` (cleared first).
// A HEAD response gets the same head as GET; the caller leaves the body out.
void SerializeHead(const Response& res, unsigned version, bool keep_alive, std::string& out) {
  out.clear();
  out.append("HTTP/1.1 ");
  AppendNumber(out, static_cast<size_t>(res.status));
  out.push_back(' ');
  const auto reason = bhttp::obsolete_reason(static_cast<bhttp::status>(res.status));
  out.append(reason.data(), reason.size());
  out.append("\r\n");
  out.append(DateHeader());
  if (!res.content_type.empty())
    out.append("Content-Type: ").append(res.content_type).append("\r\n");
  if (!res.cache_control.empty()) {
    out.append("Cache-Control: ").append(res.cache_control).append("\r\n");
  }
  for (const auto& [name, value] : res.headers) {
    out.append(name).append(": ").append(value).append("\r\n");
  }
  out.append(kSecurityHeaders);
  if (res.content_type.rfind("text/html", 0) == 0) out.append(kCspHeader);
  // 1xx, 204 and 304 have no body and must not announce one.
  const bool bodiless = res.status < 200 || res.status == 204 || res.status == 304;
  if (!bodiless) {
    out.append("Content-Length: ");
    AppendNumber(out, res.body.size());
    out.append("\r\n");
  }
  if (!keep_alive) {
    out.append("Connection: close\r\n");
  } else if (version < 11) {
    out.append("Connection: keep-alive\r\n");
  }
  out.append("\r\n");
}

class ServerImpl;

class Session : public std::enable_shared_from_this<Session> {
 public:
  Session(Socket&& socket, ServerImpl& server);
  ~Session();

  void Start();
  // Both run on the session strand, posted by the server.
  void OnServerStopping();
  void Close();
  // Thread-safe: whether the current I/O has outlived its deadline.
  bool Expired(int64_t now_ns) const {
    return deadline_ns_.load(std::memory_order_relaxed) < now_ns;
  }
  Strand executor() { return socket_.get_executor(); }

 private:
  void SetDeadline(std::chrono::nanoseconds timeout) {
    deadline_ns_.store(NowNs() + timeout.count(), std::memory_order_relaxed);
  }
  void ClearDeadline() { deadline_ns_.store(kNoDeadline, std::memory_order_relaxed); }

  void DoRead();
  void OnHeader(ErrorCode ec, size_t bytes);
  void OnContinueSent(ErrorCode ec, size_t bytes);
  void OnRead(ErrorCode ec, size_t bytes);
  void OnReadError(ErrorCode ec);
  void HandleRequest();
  // The client of the current request: the peer, or whom a trusted proxy names.
  std::string_view ClientAddress(const bhttp::request<bhttp::string_body>& req);
  // Answers a request that could not be read; the connection closes after it.
  void RespondAndClose(Response& out, unsigned version);
  void Write(Response& out, unsigned version, bool keep_alive, bool head);
  void OnWrite(bool close, ErrorCode ec, size_t bytes);
  // After an error response the client may still be sending a body: read and
  // discard it briefly so that closing does not reset the connection before
  // the client has read the response.
  void Drain();
  void OnDrain(ErrorCode ec, size_t bytes);

  Socket socket_;
  beast::flat_buffer buffer_;
  std::optional<bhttp::request_parser<bhttp::string_body>> parser_;
  std::string head_;  // serialized status line and headers; keeps its capacity
  std::string body_;
  ServerImpl& server_;
  std::string remote_address_;  // the socket peer
  std::string client_address_;  // from X-Forwarded-For when the peer is a trusted proxy
  SteadyClock::time_point request_start_;
  std::array<char, 8192> drain_buffer_{};
  size_t drained_ = 0;
  std::atomic<int64_t> deadline_ns_{kNoDeadline};
  bool waiting_for_request_ = false;
  bool closing_ = false;
  bool drain_on_close_ = false;
};

class ServerImpl final : public HttpServer {
 public:
  ServerImpl(const HttpConfig& config, std::unique_ptr<Api> api)
      : config_(config),
        api_(std::move(api)),
        ioc_(std::max(1, config.threads)),
        strand_(net::make_strand(ioc_)),
        acceptor_(strand_),
        ticker_(strand_),
        accept_retry_(strand_) {}

  Status Listen();
  Status Run() override;
  void Stop() override { stop_requested_.store(true, std::memory_order_relaxed); }
  int port() const override { return port_; }

  const HttpConfig& config() const { return config_; }
  Api& api() { return *api_; }
  bool stopping() const { return stopping_.load(std::memory_order_acquire); }

  void Register(Session* session, std::weak_ptr<Session> weak) {
    MutexLock lock(mu_);
    sessions_.emplace(session, std::move(weak));
    peak_sessions_ = std::max(peak_sessions_, sessions_.size());
  }
  // Resumes a paused acceptor: this session's descriptor is free again.
  void Unregister(Session* session) {
    bool resume = false;
    {
      MutexLock lock(mu_);
      sessions_.erase(session);
      resume = accept_paused_ && sessions_.size() < config_.max_connections;
      if (resume) accept_paused_ = false;
    }
    // While stopping the acceptor is closed, and the io_context may be being destroyed.
    if (resume && !stopping()) {
      net::post(strand_, [this] {
        if (!stopping()) AcceptIfRoom();
      });
    }
  }
  // A warning that may repeat many times a second (a flood): logged at most once
  // per kWarningInterval, with a count.
  void WarnThrottled(const std::string& message) {
    if (auto line = warnings_.Record(message)) spdlog::warn("{}", *line);
  }

 private:
  // Accepts the next connection unless the limit is reached (then pauses; on strand_).
  void AcceptIfRoom();
  void DoAccept();
  void OnAccept(ErrorCode ec, Socket socket);
  void ScheduleTick();
  void OnTick();
  void BeginShutdown();
  // Closes sessions whose I/O deadline passed; flushes throttled warnings;
  // returns heap to the system after a flood.
  void Sweep();
  void TrimHeapAfterFlood();
  size_t SessionCount() {
    MutexLock lock(mu_);
    return sessions_.size();
  }
  std::vector<std::shared_ptr<Session>> LiveSessions() {
    std::vector<std::shared_ptr<Session>> live;
    MutexLock lock(mu_);
    live.reserve(sessions_.size());
    for (auto& [ptr, weak] : sessions_) {
      if (auto s = weak.lock()) live.push_back(std::move(s));
    }
    return live;
  }

  HttpConfig config_;
  // Destroyed after ioc_ (declared before it): sessions destroyed with the
  // io_context still unregister themselves and may touch the Api.
  std::unique_ptr<Api> api_;
  Mutex mu_;
  std::unordered_map<Session*, std::weak_ptr<Session>> sessions_ GUARDED_BY(mu_);
  bool accept_paused_ GUARDED_BY(mu_) = false;
  size_t peak_sessions_ GUARDED_BY(mu_) = 0;  // since the last trim
  LogThrottle warnings_{kWarningInterval};
  std::atomic<bool> stop_requested_{false};
  std::atomic<bool> stopping_{false};

  net::io_context ioc_;
  Strand strand_;  // acceptor and ticker
  net::basic_socket_acceptor<tcp, Strand> acceptor_;
  net::basic_waitable_timer<SteadyClock, net::wait_traits<SteadyClock>, Strand> ticker_;
  net::basic_waitable_timer<SteadyClock, net::wait_traits<SteadyClock>, Strand> accept_retry_;
  int ticks_ = 0;
  SteadyClock::time_point deadline_;
  int port_ = 0;
};

// ---- Session ----

Session::Session(Socket&& socket, ServerImpl& server)
    : socket_(std::move(socket)), server_(server) {
  ErrorCode ec;
  const tcp::endpoint remote = socket_.remote_endpoint(ec);
  if (!ec) remote_address_ = remote.address().to_string();
  socket_.set_option(tcp::no_delay(true), ec);
}

Session::~Session() {
  server_.Unregister(this);
}

void Session::Start() {
  server_.Register(this, weak_from_this());
  net::dispatch(socket_.get_executor(),
                beast::bind_front_handler(&Session::DoRead, shared_from_this()));
}

void Session::OnServerStopping() {
  closing_ = true;
  // Idle: waiting for a request of which not a byte has arrived.
  if (waiting_for_request_ && buffer_.size() == 0) Close();
}

void Session::DoRead() {
  if (closing_ || server_.stopping()) return Close();
  parser_.emplace();
  parser_->header_limit(kHeaderLimit);
  parser_->body_limit(server_.config().max_body_bytes);
  waiting_for_request_ = true;
  SetDeadline(kIoTimeout);
  bhttp::async_read_header(socket_, buffer_, *parser_,
                           beast::bind_front_handler(&Session::OnHeader, shared_from_this()));
}

void Session::OnHeader(ErrorCode ec, size_t) {
  waiting_for_request_ = false;
  request_start_ = SteadyClock::now();
  if (ec) return OnReadError(ec);
  if (parser_->is_done()) return HandleRequest();
  if (beast::iequals(parser_->get()[bhttp::field::expect], "100-continue")) {
    net::async_write(socket_, net::buffer(kContinue.data(), kContinue.size()),
                     beast::bind_front_handler(&Session::OnContinueSent, shared_from_this()));
    return;
  }
  bhttp::async_read(socket_, buffer_, *parser_,
                    beast::bind_front_handler(&Session::OnRead, shared_from_this()));
}

void Session::OnContinueSent(ErrorCode ec, size_t) {
  if (ec) return Close();
  SetDeadline(kIoTimeout);
  bhttp::async_read(socket_, buffer_, *parser_,
                    beast::bind_front_handler(&Session::OnRead, shared_from_this()));
}

void Session::OnRead(ErrorCode ec, size_t) {
  if (ec) return OnReadError(ec);
  HandleRequest();
}

void Session::OnReadError(ErrorCode ec) {
  const unsigned version = parser_ && parser_->is_header_done() ? parser_->get().version() : 11;
  Response out;
  if (ec == bhttp::error::body_limit) {
    ErrorToResponse(PayloadTooLargeError(server_.config().max_body_bytes), out);
    return RespondAndClose(out, version);
  }
  if (ec == bhttp::error::header_limit) {
    HeadersTooLargeResponse(kHeaderLimit, out);
    return RespondAndClose(out, version);
  }
  // A client that went away, timed out or closed between requests.
  if (ec == bhttp::error::end_of_stream || ec == bhttp::error::partial_message ||
      !IsHttpError(ec)) {
    return Close();
  }
  ErrorToResponse(MalformedError("The request is not valid HTTP/1.1."), out);
  RespondAndClose(out, version);
}

void Session::HandleRequest() {
  ClearDeadline();  // a slow database is not a slow client
  auto& req = parser_->get();
  Request request;
  request.method = ToMethod(req.method());
  const std::string_view target = req.target();
  const size_t question = target.find('?');
  request.path = target.substr(0, question);
  if (question != std::string_view::npos) request.query = target.substr(question + 1);
  request.content_type = req[bhttp::field::content_type];
  request.cookie = req[bhttp::field::cookie];
  request.authorization = req[bhttp::field::authorization];
  request.csrf_token = req["X-CSRF-Token"];
  request.body = req.body();
  request.remote_address = ClientAddress(req);

  Response out;
  try {
    server_.api().Handle(request, out);
  } catch (const std::exception& e) {
    spdlog::error("{} {} failed: {}", ToString(request.method), request.path, e.what());
    out = Response{};
    ErrorToResponse(InternalError(e.what()), out);
  }
  const bool keep_alive = req.keep_alive() && !closing_ && !server_.stopping();
  Write(out, req.version(), keep_alive, request.method == Method::kHead);
}

std::string_view Session::ClientAddress(const bhttp::request<bhttp::string_body>& req) {
  const std::vector<IpNetwork>& trusted = server_.config().trusted_proxies;
  if (trusted.empty()) return remote_address_;
  // Several X-Forwarded-For fields are one list in order (RFC 9110, 5.3).
  std::string forwarded;
  for (auto [it, end] = req.equal_range("X-Forwarded-For"); it != end; ++it) {
    if (!forwarded.empty()) forwarded.push_back(',');
    forwarded.append(it->value());
  }
  client_address_ = ResolveClientAddress(remote_address_, forwarded, trusted);
  return client_address_;
}

void Session::RespondAndClose(Response& out, unsigned version) {
  const double seconds = std::chrono::duration<double>(SteadyClock::now() - request_start_).count();
  server_.api().RecordUnrouted(
      parser_ && parser_->is_header_done() ? ToMethod(parser_->get().method()) : Method::kOther,
      out.status, seconds);
  spdlog::debug("{}: answered {} and closing", remote_address_, out.status);
  closing_ = true;
  drain_on_close_ = true;
  Write(out, version, false, false);
}

void Session::Write(Response& out, unsigned version, bool keep_alive, bool head) {
  SerializeHead(out, version, keep_alive, head_);
  body_ = std::move(out.body);
  if (head) body_.clear();
  SetDeadline(kIoTimeout);
  const std::array<net::const_buffer, 2> buffers = {net::buffer(head_), net::buffer(body_)};
  net::async_write(socket_, buffers,
                   beast::bind_front_handler(&Session::OnWrite, shared_from_this(), !keep_alive));
}

void Session::OnWrite(bool close, ErrorCode ec, size_t) {
  // Large bodies (static files) should not stay allocated between requests.
  if (body_.capacity() > 64 * 1024) std::string().swap(body_);
  if (ec) return Close();
  if (close) return drain_on_close_ ? Drain() : Close();
  DoRead();
}

void Session::Drain() {
  ErrorCode ec;
  socket_.shutdown(tcp::socket::shutdown_send, ec);
  if (ec) return Close();
  drained_ = 0;
  SetDeadline(kDrainTimeout);
  socket_.async_read_some(net::buffer(drain_buffer_),
                          beast::bind_front_handler(&Session::OnDrain, shared_from_this()));
}

void Session::OnDrain(ErrorCode ec, size_t bytes) {
  drained_ += bytes;
  if (ec || drained_ > kDrainLimit) return Close();
  socket_.async_read_some(net::buffer(drain_buffer_),
                          beast::bind_front_handler(&Session::OnDrain, shared_from_this()));
}

void Session::Close() {
  ClearDeadline();
  ErrorCode ec;
  socket_.shutdown(tcp::socket::shutdown_both, ec);
  socket_.close(ec);  // pending operations complete with operation_aborted
}

// ---- ServerImpl ----

Status ServerImpl::Listen() {
  const std::string where = config_.host + ":" + std::to_string(config_.port);
  auto fail = [&](const std::string& why) {
    return UnavailableError("cannot listen on " + where + ": " + why);
  };
  if (config_.port < 0 || config_.port > 65535) return fail("invalid port");

  ErrorCode ec;
  tcp::endpoint endpoint;
  const net::ip::address address = net::ip::make_address(config_.host, ec);
  if (!ec) {
    endpoint = tcp::endpoint(address, static_cast<unsigned short>(config_.port));
  } else {
    // A host name such as "localhost": take its first address.
    tcp::resolver resolver(ioc_);
    auto results = resolver.resolve(config_.host, std::to_string(config_.port), ec);
    if (ec || results.empty()) return fail("invalid address");
    endpoint = results.begin()->endpoint();
  }

  acceptor_.open(endpoint.protocol(), ec);
  if (ec) return fail(ec.message());
  acceptor_.set_option(net::socket_base::reuse_address(true), ec);
  acceptor_.bind(endpoint, ec);
  if (ec == net::error::address_in_use) return fail("address already in use");
  if (ec == boost::system::errc::address_not_available) return fail("address not available");
  if (ec) return fail(ec.message());
  acceptor_.listen(net::socket_base::max_listen_connections, ec);
  if (ec == net::error::address_in_use) return fail("address already in use");
  if (ec) return fail(ec.message());
  port_ = acceptor_.local_endpoint(ec).port();
  if (ec) return fail(ec.message());
  return Status::Ok();
}

Status ServerImpl::Run() {
  spdlog::debug("HTTP server on {}:{} with {} threads", config_.host, port_,
                std::max(1, config_.threads));
  net::dispatch(strand_, [this] {
    AcceptIfRoom();
    ScheduleTick();
  });

  auto run = [this] {
    for (;;) {
      try {
        ioc_.run();
        return;
      } catch (const std::exception& e) {
        // Handlers catch their own exceptions; this is a last line of defence.
        spdlog::error("uncaught exception on an I/O thread: {}", e.what());
      }
    }
  };
  std::vector<std::thread> threads;
  for (int i = 1; i < config_.threads; ++i) threads.emplace_back(run);
  run();
  for (std::thread& t : threads) t.join();
  spdlog::debug("HTTP server stopped");
  return Status::Ok();
}

void ServerImpl::DoAccept() {
  acceptor_.async_accept(net::make_strand(ioc_),
                         beast::bind_front_handler(&ServerImpl::OnAccept, this));
}

void ServerImpl::AcceptIfRoom() {
  bool paused = false;
  {
    // Decided under the lock Unregister takes, so a close cannot slip between
    // the check and the pause unnoticed.
    MutexLock lock(mu_);
    paused = accept_paused_ = sessions_.size() >= config_.max_connections;
  }
  if (paused) {
    WarnThrottled("connection limit (max_connections = " + std::to_string(config_.max_connections) +
                  ") reached; new connections wait until one closes");
    return;
  }
  DoAccept();
}

void ServerImpl::OnAccept(ErrorCode ec, Socket socket) {
  if (stopping()) return;  // the socket closes as it goes out of scope
  if (!ec) {
    std::make_shared<Session>(std::move(socket), *this)->Start();
    return AcceptIfRoom();
  }
  if (ec == net::error::operation_aborted) return;
  WarnThrottled("accept failed: " + ec.message());
  // Out of descriptors or memory: retrying at once would fail again at once
  // (a busy loop); give closing connections a moment to free some.
  const bool exhausted = ec == net::error::no_descriptors || ec == net::error::no_buffer_space ||
                         ec == net::error::no_memory ||
                         ec == boost::system::errc::too_many_files_open_in_system;
  if (!exhausted) return AcceptIfRoom();
  accept_retry_.expires_after(kAcceptBackoff);
  accept_retry_.async_wait([this](ErrorCode wait_ec) {
    if (!wait_ec && !stopping()) AcceptIfRoom();
  });
}

void ServerImpl::ScheduleTick() {
  ticker_.expires_after(kTick);
  ticker_.async_wait([this](ErrorCode ec) {
    if (!ec) OnTick();
  });
}

void ServerImpl::OnTick() {
  if (!stopping() && stop_requested_.load(std::memory_order_relaxed)) BeginShutdown();
  if (++ticks_ % kTicksPerSweep == 0) Sweep();
  if (stopping()) {
    if (SessionCount() == 0) return;  // nothing left: run() returns
    if (SteadyClock::now() >= deadline_) {
      spdlog::warn("{} connection(s) still busy at the shutdown deadline; closing them",
                   SessionCount());
      ioc_.stop();
      return;
    }
  }
  ScheduleTick();
}

void ServerImpl::TrimHeapAfterFlood() {
  {
    MutexLock lock(mu_);
    if (peak_sessions_ < kTrimAfterPeak || sessions_.size() > kTrimAtMost) return;
    peak_sessions_ = sessions_.size();
  }
#if defined(__GLIBC__)
  // glibc keeps freed memory of every arena for reuse; after a flood of
  // connections that is tens of MB the process would hold for nothing.
  malloc_trim(0);
#endif
}

void ServerImpl::Sweep() {
  for (const std::string& line : warnings_.Flush()) spdlog::warn("{}", line);
  TrimHeapAfterFlood();
  const int64_t now = NowNs();
  for (auto& s : LiveSessions()) {
    // Re-checked on the strand: the operation may have finished meanwhile.
    if (s->Expired(now)) {
      net::post(s->executor(), [s, now] {
        if (s->Expired(now)) s->Close();
      });
    }
  }
}

void ServerImpl::BeginShutdown() {
  spdlog::info("HTTP server stopping");
  stopping_.store(true, std::memory_order_release);
  deadline_ = SteadyClock::now() + kShutdownGrace;
  ErrorCode ec;
  acceptor_.close(ec);
  accept_retry_.cancel();
  for (auto& s : LiveSessions()) {
    net::post(s->executor(), [s] { s->OnServerStopping(); });
  }
}

}  // namespace

Result<std::unique_ptr<HttpServer>> HttpServer::Create(const HttpConfig& config,
                                                       Services services) {
  ASSIGN_OR_RETURN(std::unique_ptr<Api> api, Api::Create(config, services));
  auto server = std::make_unique<ServerImpl>(config, std::move(api));
  RETURN_IF_ERROR(server->Listen());
  return std::unique_ptr<HttpServer>(std::move(server));
}

}  // namespace pln::http
