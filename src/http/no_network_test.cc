// A server without the network engine (Services::network null) answers the engine's routes
// with 503 `unavailable` and a readable message, to a logged-in member, while the rest of the
// API works. `pln serve` always loads the engine (it refuses to start otherwise), so this
// in-process server over a real SQLite store is the only way to reach the answer.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <filesystem>
#include <string>
#include <thread>

#include <gtest/gtest.h>

#include "app/accounts/auth_service.h"
#include "app/connections/connection_service.h"
#include "app/feedback/endorsements.h"
#include "app/feedback/requests.h"
#include "app/feedback/reviewer_suggestions.h"
#include "app/feedback/timeline.h"
#include "app/mentorship/alumni.h"
#include "app/mentorship/discovery.h"
#include "app/mentorship/mentorships.h"
#include "app/mentorship/offers.h"
#include "app/mentorship/program_mentorships.h"
#include "app/mentorship/requests.h"
#include "app/notifications/notification_service.h"
#include "app/profiles/profile_service.h"
#include "app/programs/constraints.h"
#include "app/programs/dashboard.h"
#include "app/programs/matching.h"
#include "app/programs/participants.h"
#include "app/programs/programs.h"
#include "base/clock.h"
#include "http/server.h"
#include "store/open_store.h"

namespace pln::http {
namespace {

struct Answer {
  int status = 0;
  std::string body;
};

// One GET with the session cookie on a fresh connection that the server closes after the
// answer. Plain sockets: the test must not instantiate Beast with other settings than the
// server's (its string_view choice is a compile definition of pln_http).
Answer Get(int port, const std::string& target, const std::string& session) {
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(static_cast<uint16_t>(port));
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  Answer a;
  if (::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) {
    ::close(fd);
    return a;
  }
  const std::string req = "GET " + target +
                          " HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: pln_session=" + session +
                          "\r\nConnection: close\r\n\r\n";
  if (::send(fd, req.data(), req.size(), 0) != static_cast<ssize_t>(req.size())) {
    ::close(fd);
    return a;
  }
  std::string raw;
  char buf[4096];
  for (ssize_t n; (n = ::recv(fd, buf, sizeof buf, 0)) > 0;)
    raw.append(buf, static_cast<size_t>(n));
  ::close(fd);
  if (raw.rfind("HTTP/1.1 ", 0) == 0) a.status = std::stoi(raw.substr(9, 3));
  const size_t body = raw.find("\r\n\r\n");
  if (body != std::string::npos) a.body = raw.substr(body + 4);
  return a;
}

class NoNetworkTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ =
        std::filesystem::temp_directory_path() / ("pln_no_network_" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir_);
    auto store = store::OpenStore({(dir_ / "pln.db").string()});
    ASSERT_TRUE(store.ok()) << store.error().message();
    store_ = std::move(*store);
    auth_ = std::make_unique<app::AuthService>(*store_, clock_, app::AuthConfig{});
    profiles_ = app::MakeProfiles(*store_, clock_);
    connections_ = app::MakeConnections(*store_, clock_, *profiles_);
    feedback_requests_ = app::MakeFeedbackRequests(*store_, clock_);
    endorsements_ = app::MakeEndorsements(*store_, clock_);
    reviewer_suggestions_ = app::MakeReviewerSuggestions(*store_, clock_, app::NoProximity());
    skill_timelines_ = app::MakeSkillTimelines(*store_, {});
    mentor_offers_ = app::MakeMentorOffers(*store_, clock_);
    mentor_discovery_ = app::MakeMentorDiscovery(*store_, clock_, app::NoProximity());
    mentorship_requests_ =
        app::MakeMentorshipRequests(*store_, clock_, app::MentorshipRequestConfig{});
    mentorships_ = app::MakeMentorships(*store_, clock_);
    mentorship_alumni_ = app::MakeMentorshipAlumni(*store_, clock_);
    notifications_ = app::MakeNotifications(*store_, clock_);
    programs_ = app::MakePrograms(*store_, clock_);
    program_participants_ = app::MakeProgramParticipants(*store_, clock_);
    program_constraints_ = app::MakeProgramConstraints(*store_, clock_);
    program_matching_ = app::MakeProgramMatching(*store_, clock_, program_mentorships_);
    program_dashboard_ = app::MakeProgramDashboard(*store_, clock_, program_mentorships_);
    introductions_ = app::MakeIntroductions(*store_, clock_);
    introduction_brokers_ = app::MakeIntroductionBrokers(*store_, clock_, app::NoProximity());
    saved_searches_ = app::MakeSavedSearches(*store_, clock_);
    HttpConfig config;
    config.port = 0;
    config.threads = 2;
    auto server = HttpServer::Create(config, Services{*auth_,
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
                                                      *store_,
                                                      /*network=*/nullptr});
    ASSERT_TRUE(server.ok()) << server.error().message();
    server_ = std::move(*server);
    thread_ = std::thread([this] { run_ = server_->Run(); });
    auto session =
        auth_->SignUp("ana@example.org", "correct horse battery staple", "Ana", "127.0.0.1");
    ASSERT_TRUE(session.ok()) << session.error().message();
    session_ = session->token;
  }
  void TearDown() override {
    if (thread_.joinable()) {
      server_->Stop();
      thread_.join();
    }
    server_.reset();
    store_.reset();
    std::filesystem::remove_all(dir_);
  }

  std::filesystem::path dir_;
  SystemClock clock_;
  std::unique_ptr<app::Store> store_;
  std::unique_ptr<app::AuthService> auth_;
  std::unique_ptr<app::Profiles> profiles_;
  std::unique_ptr<app::Connections> connections_;
  std::unique_ptr<app::FeedbackRequests> feedback_requests_;
  std::unique_ptr<app::Endorsements> endorsements_;
  std::unique_ptr<app::ReviewerSuggestions> reviewer_suggestions_;
  std::unique_ptr<app::SkillTimelines> skill_timelines_;
  std::unique_ptr<app::MentorOffers> mentor_offers_;
  std::unique_ptr<app::MentorDiscovery> mentor_discovery_;
  std::unique_ptr<app::MentorshipRequests> mentorship_requests_;
  std::unique_ptr<app::Mentorships> mentorships_;
  std::unique_ptr<app::MentorshipAlumni> mentorship_alumni_;
  std::unique_ptr<app::Notifications> notifications_;
  app::ProgramMentorships program_mentorships_;
  std::unique_ptr<app::Programs> programs_;
  std::unique_ptr<app::ProgramParticipants> program_participants_;
  std::unique_ptr<app::ProgramConstraints> program_constraints_;
  std::unique_ptr<app::ProgramMatching> program_matching_;
  std::unique_ptr<app::ProgramDashboard> program_dashboard_;
  std::unique_ptr<app::Introductions> introductions_;
  std::unique_ptr<app::IntroductionBrokers> introduction_brokers_;
  std::unique_ptr<app::SavedSearches> saved_searches_;
  std::unique_ptr<HttpServer> server_;
  std::thread thread_;
  Status run_;
  std::string session_;
};

TEST_F(NoNetworkTest, EngineRoutesAnswer503AndTheRestWorks) {
  const int port = server_->port();
  const Answer me = Get(port, "/api/v1/me", session_);
  ASSERT_EQ(me.status, 200) << me.body;  // the session is good

  for (const std::string target : {"/api/v1/recommendations/people", "/api/v1/members/1/paths"}) {
    const Answer a = Get(port, target, session_);
    EXPECT_EQ(a.status, 503) << target << ": " << a.body;
    EXPECT_NE(a.body.find(R"("code":"unavailable")"), std::string::npos) << a.body;
    EXPECT_NE(a.body.find("The network engine is not running on this server."), std::string::npos)
        << a.body;
  }
}

}  // namespace
}  // namespace pln::http
