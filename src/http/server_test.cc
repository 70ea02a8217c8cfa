// The Beast server over real sockets, with a fake store: everything that does
// not need data (routing, limits, errors, headers, metrics, shutdown).
#include "http/server.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <optional>
#include <thread>

#include <gtest/gtest.h>

#include "app/accounts/auth_service.h"
#include "app/mentorship/program_mentorships.h"
#include "base/clock.h"

namespace pln::http {
namespace {

// Answers Read/Write without running the transaction: sessions and tokens are
// then never found, and the health check passes (or fails when told to).
class FakeStore final : public app::Store {
 public:
  Status Read(const std::function<Status(app::Tx&)>&) override {
    if (down) return UnavailableError("fake database is down");
    return Status::Ok();
  }
  Status Write(const std::function<Status(app::Tx&)>&) override { return Status::Ok(); }
  Status Export(const std::function<Status(const app::DumpRow&)>&) override { return Status::Ok(); }
  Status Import(const std::function<Result<std::optional<app::DumpRow>>()>&) override {
    return Status::Ok();
  }
  Result<int64_t> CountRows() override { return int64_t{0}; }
  std::string Kind() const override { return "fake"; }
  bool down = false;
};

// A blocking HTTP/1.1 client on one connection.
class RawClient {
 public:
  explicit RawClient(int port) {
    fd_ = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(static_cast<uint16_t>(port));
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    connected_ = ::connect(fd_, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0;
    timeval tv{5, 0};
    ::setsockopt(fd_, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
  }
  ~RawClient() { ::close(fd_); }
  bool connected() const { return connected_; }

  void Send(const std::string& data) {
    size_t sent = 0;
    while (sent < data.size()) {
      ssize_t n = ::send(fd_, data.data() + sent, data.size() - sent, MSG_NOSIGNAL);
      if (n <= 0) return;
      sent += static_cast<size_t>(n);
    }
  }

  // Reads one response (Content-Length framed); "" on EOF/timeout.
  std::string ReadResponse() {
    for (;;) {
      size_t header_end = buffer_.find("\r\n\r\n");
      if (header_end != std::string::npos) {
        size_t length = 0;
        size_t cl = Lower(buffer_.substr(0, header_end)).find("content-length: ");
        if (cl != std::string::npos) length = std::stoul(buffer_.substr(cl + 16));
        if (buffer_.size() >= header_end + 4 + length) {
          std::string response = buffer_.substr(0, header_end + 4 + length);
          buffer_.erase(0, header_end + 4 + length);
          return response;
        }
      }
      char chunk[65536];
      ssize_t n = ::recv(fd_, chunk, sizeof chunk, 0);
      if (n <= 0) return "";
      buffer_.append(chunk, static_cast<size_t>(n));
    }
  }

  // True if the server closed the connection (EOF) within the timeout.
  bool ClosedByServer() {
    char c;
    return ::recv(fd_, &c, 1, 0) == 0;
  }

  std::string Request(const std::string& method, const std::string& target,
                      const std::string& body = "", const std::string& headers = "") {
    std::string req = method + " " + target + " HTTP/1.1\r\nHost: test\r\n" + headers;
    if (!body.empty() || method == "POST" || method == "PATCH") {
      req += "Content-Length: " + std::to_string(body.size()) + "\r\n";
    }
    req += "\r\n" + body;
    Send(req);
    return ReadResponse();
  }

  static std::string Lower(std::string s) {
    for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
  }

 private:
  int fd_ = -1;
  bool connected_ = false;
  std::string buffer_;
};

int StatusOf(const std::string& response) {
  return response.size() > 12 ? std::stoi(response.substr(9, 3)) : 0;
}
std::string BodyOf(const std::string& response) {
  size_t end = response.find("\r\n\r\n");
  return end == std::string::npos ? "" : response.substr(end + 4);
}
bool HasHeader(const std::string& response, const std::string& header_line) {
  return RawClient::Lower(response).find("\r\n" + RawClient::Lower(header_line) + "\r\n") !=
         std::string::npos;
}

class ServerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    web_root_ =
        std::filesystem::temp_directory_path() / ("pln_server_test_" + std::to_string(::getpid()));
    std::filesystem::create_directories(web_root_ / "assets");
    std::ofstream(web_root_ / "index.html") << "<!doctype html><title>pln</title>";
    std::ofstream(web_root_ / "assets" / "app.js") << "export {};";
    HttpConfig config;
    config.port = 0;
    config.threads = 2;
    config.max_body_bytes = 1024;
    config.web_root = web_root_.string();
    auto server = HttpServer::Create(config, AllServices());
    ASSERT_TRUE(server.ok()) << server.error().message();
    server_ = std::move(*server);
    thread_ = std::thread([this] { run_status_ = server_->Run(); });
  }
  void TearDown() override {
    if (thread_.joinable()) {
      server_->Stop();
      thread_.join();
    }
    std::filesystem::remove_all(web_root_);
  }

  Services AllServices() {
    return {auth_,
            *profiles_,
            *connections_,
            *feedback_requests_,
            *endorsements_,
            *reviewer_suggestions_,
            *skill_timelines_,
            *mentor_offers_,
            *mentor_discovery_,
            *mentorship_requests_,
            *mentorships_,
            *mentorship_alumni_,
            *notifications_,
            *programs_,
            *program_participants_,
            *program_constraints_,
            *program_matching_,
            *program_dashboard_,
            *introductions_,
            *introduction_brokers_,
            *saved_searches_,
            store_};
  }

  std::filesystem::path web_root_;

  FakeStore store_;
  SystemClock clock_;
  app::AuthService auth_{store_, clock_, app::AuthConfig{}};
  std::unique_ptr<app::Profiles> profiles_ = app::MakeProfiles(store_, clock_);
  std::unique_ptr<app::Connections> connections_ = app::MakeConnections(store_, clock_, *profiles_);
  std::unique_ptr<app::FeedbackRequests> feedback_requests_ =
      app::MakeFeedbackRequests(store_, clock_);
  std::unique_ptr<app::Endorsements> endorsements_ = app::MakeEndorsements(store_, clock_);
  std::unique_ptr<app::ReviewerSuggestions> reviewer_suggestions_ =
      app::MakeReviewerSuggestions(store_, clock_, app::NoProximity());
  std::unique_ptr<app::SkillTimelines> skill_timelines_ = app::MakeSkillTimelines(store_, {});
  std::unique_ptr<app::MentorOffers> mentor_offers_ = app::MakeMentorOffers(store_, clock_);
  std::unique_ptr<app::MentorDiscovery> mentor_discovery_ =
      app::MakeMentorDiscovery(store_, clock_, app::NoProximity());
  std::unique_ptr<app::MentorshipRequests> mentorship_requests_ =
      app::MakeMentorshipRequests(store_, clock_, app::MentorshipRequestConfig{});
  std::unique_ptr<app::Mentorships> mentorships_ = app::MakeMentorships(store_, clock_);
  std::unique_ptr<app::MentorshipAlumni> mentorship_alumni_ =
      app::MakeMentorshipAlumni(store_, clock_);
  std::unique_ptr<app::Notifications> notifications_ = app::MakeNotifications(store_, clock_);
  app::ProgramMentorships program_mentorships_;
  std::unique_ptr<app::Programs> programs_ = app::MakePrograms(store_, clock_);
  std::unique_ptr<app::ProgramParticipants> program_participants_ =
      app::MakeProgramParticipants(store_, clock_);
  std::unique_ptr<app::ProgramConstraints> program_constraints_ =
      app::MakeProgramConstraints(store_, clock_);
  std::unique_ptr<app::ProgramMatching> program_matching_ =
      app::MakeProgramMatching(store_, clock_, program_mentorships_);
  std::unique_ptr<app::ProgramDashboard> program_dashboard_ =
      app::MakeProgramDashboard(store_, clock_, program_mentorships_);
  std::unique_ptr<app::Introductions> introductions_ = app::MakeIntroductions(store_, clock_);
  std::unique_ptr<app::IntroductionBrokers> introduction_brokers_ =
      app::MakeIntroductionBrokers(store_, clock_, app::NoProximity());
  std::unique_ptr<app::SavedSearches> saved_searches_ = app::MakeSavedSearches(store_, clock_);
  std::unique_ptr<HttpServer> server_;
  std::thread thread_;
  Status run_status_;
};

TEST_F(ServerTest, HealthMetricsAndKeepAlive) {
  RawClient c(server_->port());
  ASSERT_TRUE(c.connected());
  std::string r = c.Request("GET", "/healthz");
  EXPECT_EQ(StatusOf(r), 200) << r;
  EXPECT_EQ(BodyOf(r), R"({"status":"ok","database":"fake"})");
  EXPECT_TRUE(HasHeader(r, "Content-Type: application/json"));
  EXPECT_TRUE(HasHeader(r, "X-Content-Type-Options: nosniff"));
  EXPECT_TRUE(HasHeader(r, "Referrer-Policy: same-origin"));
  EXPECT_TRUE(HasHeader(r, "X-Frame-Options: DENY"));

  // Same connection: keep-alive.
  r = c.Request("GET", "/metrics");
  EXPECT_EQ(StatusOf(r), 200);
  EXPECT_NE(
      BodyOf(r).find(R"(pln_http_requests_total{method="GET",route="/healthz",status="200"} 1)"),
      std::string::npos)
      << r;

  store_.down = true;
  r = c.Request("GET", "/healthz");
  EXPECT_EQ(StatusOf(r), 503);
  EXPECT_NE(BodyOf(r).find("\"code\":\"unavailable\""), std::string::npos);
}

TEST_F(ServerTest, RoutingErrors) {
  RawClient c(server_->port());
  std::string r = c.Request("GET", "/api/v1/nope");
  EXPECT_EQ(StatusOf(r), 404);
  EXPECT_NE(BodyOf(r).find("\"code\":\"not_found\""), std::string::npos);
  EXPECT_NE(BodyOf(r).find("\"details\":[]"), std::string::npos);

  r = c.Request("PUT", "/api/v1/me", "{}", "Content-Type: application/json\r\n");
  EXPECT_EQ(StatusOf(r), 405);
  EXPECT_TRUE(HasHeader(r, "Allow: GET, DELETE")) << r;
  EXPECT_NE(BodyOf(r).find("method_not_allowed"), std::string::npos);

  r = c.Request("GET", "/api/v1/me");
  EXPECT_EQ(StatusOf(r), 401);
  EXPECT_NE(BodyOf(r).find("\"code\":\"unauthenticated\""), std::string::npos);

  r = c.Request("GET", "/api/v1/me", "", "Authorization: Basic Zm9vOmJhcg==\r\n");
  EXPECT_EQ(StatusOf(r), 401);

  r = c.Request("GET", "/api/v1/members/abc");
  EXPECT_EQ(StatusOf(r), 404);
  r = c.Request("GET", "/api/v1/members/9223372036854775808");
  EXPECT_EQ(StatusOf(r), 404);
}

TEST_F(ServerTest, StaticFilesAndHead) {
  RawClient c(server_->port());
  std::string r = c.Request("GET", "/members/1");  // client-side route
  EXPECT_EQ(StatusOf(r), 200);
  EXPECT_EQ(BodyOf(r), "<!doctype html><title>pln</title>");
  EXPECT_TRUE(HasHeader(r, "Cache-Control: no-cache"));
  EXPECT_TRUE(HasHeader(r,
                        "Content-Security-Policy: default-src 'self'; img-src 'self' data:; "
                        "style-src 'self' 'unsafe-inline'; frame-ancestors 'none'"))
      << r;

  r = c.Request("GET", "/assets/app.js");
  EXPECT_EQ(StatusOf(r), 200);
  EXPECT_TRUE(HasHeader(r, "Cache-Control: public, max-age=31536000, immutable"));
  EXPECT_TRUE(HasHeader(r, "Content-Type: text/javascript; charset=utf-8"));
  EXPECT_FALSE(HasHeader(r,
                         "Content-Security-Policy: default-src 'self'; img-src 'self' data:; "
                         "style-src 'self' 'unsafe-inline'; frame-ancestors 'none'"));

  // HEAD: the GET headers (Content-Length included) and no body.
  c.Send("HEAD /assets/app.js HTTP/1.1\r\nHost: t\r\n\r\n");
  c.Send("GET /healthz HTTP/1.1\r\nHost: t\r\n\r\n");
  std::string head_and_next = c.ReadResponse();
  EXPECT_EQ(StatusOf(head_and_next), 200);
  EXPECT_TRUE(HasHeader(head_and_next, "Content-Length: 10"));
  // ReadResponse framed by Content-Length took the next response's bytes as
  // the "body": proof that HEAD sent none.
  EXPECT_EQ(BodyOf(head_and_next), "HTTP/1.1 2") << head_and_next;

  RawClient d(server_->port());
  r = d.Request("GET", "/../../etc/passwd");
  EXPECT_EQ(StatusOf(r), 404);
  r = d.Request("GET", "/assets/missing.js");
  EXPECT_EQ(StatusOf(r), 404);
}

TEST_F(ServerTest, BodyChecks) {
  RawClient c(server_->port());
  std::string r = c.Request("POST", "/api/v1/auth/login", R"({"email":"a@b.c"})",
                            "Content-Type: text/plain\r\n");
  EXPECT_EQ(StatusOf(r), 415);
  EXPECT_NE(BodyOf(r).find("unsupported_media_type"), std::string::npos);

  r = c.Request("POST", "/api/v1/auth/login", R"({"email": )",
                "Content-Type: application/json\r\n");
  EXPECT_EQ(StatusOf(r), 400);
  EXPECT_NE(BodyOf(r).find("malformed_json"), std::string::npos);

  r = c.Request("POST", "/api/v1/auth/login", R"({"email": 1, "pw": "x"})",
                "Content-Type: application/json\r\n");
  EXPECT_EQ(StatusOf(r), 422);
  EXPECT_NE(BodyOf(r).find(R"({"field":"pw","message":"unknown field"})"), std::string::npos);
  EXPECT_NE(BodyOf(r).find(R"({"field":"password","message":"is required"})"), std::string::npos);
}

TEST_F(ServerTest, OversizedBodyIs413AndCloses) {
  RawClient c(server_->port());
  std::string r = c.Request("POST", "/api/v1/auth/login", std::string(4096, ' '),
                            "Content-Type: application/json\r\n");
  EXPECT_EQ(StatusOf(r), 413) << r;
  EXPECT_NE(BodyOf(r).find("payload_too_large"), std::string::npos);
  EXPECT_TRUE(c.ClosedByServer());
}

TEST_F(ServerTest, GarbageIs400) {
  RawClient c(server_->port());
  c.Send("THIS IS NOT HTTP\r\n\r\n");
  std::string r = c.ReadResponse();
  EXPECT_EQ(StatusOf(r), 400) << r;
}

TEST_F(ServerTest, HugeHeaderIs431) {
  RawClient c(server_->port());
  std::string r =
      c.Request("GET", "/healthz", "", "X-Big: " + std::string(64 * 1024, 'a') + "\r\n");
  EXPECT_EQ(StatusOf(r), 431) << r.substr(0, 200);
  EXPECT_NE(r.find("Content-Type: application/json"), std::string::npos) << r.substr(0, 200);
  EXPECT_NE(BodyOf(r).find(R"("code":"headers_too_large")"), std::string::npos) << r;
}

TEST_F(ServerTest, AtTheConnectionLimitTheNextClientIsServedOnceOneCloses) {
  HttpConfig config;
  config.port = 0;
  config.threads = 2;
  config.max_connections = 2;
  auto limited = HttpServer::Create(config, AllServices());
  ASSERT_TRUE(limited.ok()) << limited.error().message();
  Status run_status;
  std::thread run([&] { run_status = (*limited)->Run(); });
  {
    std::optional<RawClient> first(std::in_place, (*limited)->port());
    RawClient second((*limited)->port());
    ASSERT_EQ(StatusOf(first->Request("GET", "/healthz")), 200);
    ASSERT_EQ(StatusOf(second.Request("GET", "/healthz")), 200);
    RawClient third((*limited)->port());  // waits in the backlog: both slots are taken
    ASSERT_TRUE(third.connected());
    third.Send("GET /healthz HTTP/1.1\r\nHost: test\r\n\r\n");
    first.reset();  // frees a slot: the acceptor resumes
    EXPECT_EQ(StatusOf(third.ReadResponse()), 200);
  }
  (*limited)->Stop();
  run.join();
  EXPECT_TRUE(run_status.ok());
}

// Run returns (the join) even though a client holds an idle keep-alive connection open;
// how fast is no business of a test under sanitizers (ctest's timeout bounds a hang).
TEST_F(ServerTest, StopClosesIdleConnections) {
  RawClient idle(server_->port());
  ASSERT_EQ(StatusOf(idle.Request("GET", "/healthz")), 200);
  server_->Stop();
  thread_.join();
  EXPECT_TRUE(run_status_.ok());
  EXPECT_TRUE(idle.ClosedByServer());
}

TEST_F(ServerTest, ConcurrentClientsThenStop) {
  std::vector<std::thread> clients;
  std::atomic<int> ok{0};
  for (int t = 0; t < 6; ++t) {
    clients.emplace_back([&, t] {
      RawClient c(server_->port());
      for (int i = 0; i < 40; ++i) {
        const char* target = (i + t) % 3 == 0   ? "/healthz"
                             : (i + t) % 3 == 1 ? "/metrics"
                                                : "/api/v1/x";
        const int status = StatusOf(c.Request("GET", target));
        if (status == 200 || status == 404) ++ok;
      }
    });
  }
  for (auto& c : clients) c.join();
  EXPECT_EQ(ok.load(), 6 * 40);
  RawClient c(server_->port());
  const std::string metrics = BodyOf(c.Request("GET", "/metrics"));
  EXPECT_NE(metrics.find(R"(route="unmatched",status="404"} 80)"), std::string::npos) << metrics;
  server_->Stop();
  thread_.join();
  EXPECT_TRUE(run_status_.ok());
}

TEST_F(ServerTest, AddressInUse) {
  HttpConfig config;
  config.port = server_->port();
  auto second = HttpServer::Create(config, AllServices());
  ASSERT_FALSE(second.ok());
  EXPECT_EQ(second.error().kind(), ErrorKind::kUnavailable);
  EXPECT_EQ(
      second.error().message(),
      "cannot listen on 127.0.0.1:" + std::to_string(server_->port()) + ": address already in use");
}

TEST(ServerCreateTest, InvalidAddress) {
  FakeStore store;
  SystemClock clock;
  app::AuthService auth{store, clock, app::AuthConfig{}};
  auto profiles = app::MakeProfiles(store, clock);
  auto connections = app::MakeConnections(store, clock, *profiles);
  auto feedback_requests = app::MakeFeedbackRequests(store, clock);
  auto endorsements = app::MakeEndorsements(store, clock);
  auto reviewer_suggestions = app::MakeReviewerSuggestions(store, clock, app::NoProximity());
  auto skill_timelines = app::MakeSkillTimelines(store, {});
  auto mentor_offers = app::MakeMentorOffers(store, clock);
  auto mentor_discovery = app::MakeMentorDiscovery(store, clock, app::NoProximity());
  auto mentorship_requests =
      app::MakeMentorshipRequests(store, clock, app::MentorshipRequestConfig{});
  auto mentorships = app::MakeMentorships(store, clock);
  auto mentorship_alumni = app::MakeMentorshipAlumni(store, clock);
  auto notifications = app::MakeNotifications(store, clock);
  app::ProgramMentorships program_mentorships;
  auto programs = app::MakePrograms(store, clock);
  auto program_participants = app::MakeProgramParticipants(store, clock);
  auto program_constraints = app::MakeProgramConstraints(store, clock);
  auto program_matching = app::MakeProgramMatching(store, clock, program_mentorships);
  auto program_dashboard = app::MakeProgramDashboard(store, clock, program_mentorships);
  auto introductions = app::MakeIntroductions(store, clock);
  auto introduction_brokers = app::MakeIntroductionBrokers(store, clock, app::NoProximity());
  auto saved_searches = app::MakeSavedSearches(store, clock);
  HttpConfig config;
  config.host = "not an address";
  config.port = 0;
  auto server = HttpServer::Create(config, Services{auth,
                                                    *profiles,
                                                    *connections,
                                                    *feedback_requests,
                                                    *endorsements,
                                                    *reviewer_suggestions,
                                                    *skill_timelines,
                                                    *mentor_offers,
                                                    *mentor_discovery,
                                                    *mentorship_requests,
                                                    *mentorships,
                                                    *mentorship_alumni,
                                                    *notifications,
                                                    *programs,
                                                    *program_participants,
                                                    *program_constraints,
                                                    *program_matching,
                                                    *program_dashboard,
                                                    *introductions,
                                                    *introduction_brokers,
                                                    *saved_searches,
                                                    store});
  ASSERT_FALSE(server.ok());
  EXPECT_EQ(server.error().kind(), ErrorKind::kUnavailable);
}

}  // namespace
}  // namespace pln::http
