// The store conformance suite: every test runs against SQLite (a temp file)
// and PostgreSQL (a fresh database on the cluster at PLN_TEST_PG_URL; skipped
// when unset). Both engines must behave identically, down to error codes.
#include <libpq-fe.h>
#include <sqlite3.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <latch>
#include <map>
#include <stdexcept>
#include <thread>
#include <tuple>

#include <gtest/gtest.h>

#include "app/events/event_dispatcher.h"
#include "app/feedback/reminders.h"
#include "app/feedback/requests.h"
#include "app/feedback/reviewer_suggestions.h"
#include "app/feedback/timeline.h"
#include "app/introductions/introductions.h"
#include "app/introductions/sweep.h"
#include "app/mentorship/alumni.h"
#include "app/mentorship/discovery.h"
#include "app/mentorship/goal_timeline.h"
#include "app/mentorship/mentorships.h"
#include "app/mentorship/start.h"
#include "app/mentorship/sweep.h"
#include "app/network/network_service.h"
#include "app/notifications/notification_consumer.h"
#include "app/profiles/profile_service.h"
#include "app/saved_searches/alerts.h"
#include "app/saved_searches/saved_searches.h"
#include "base/clock.h"
#include "store/open_store.h"
#include "store/postgres/pg_migrations.h"
#include "store/sqlite/sqlite_migrations.h"

namespace pln::store {
namespace {

using app::Tx;
using domain::RequestStatus;

std::string Describe(const Status& s) {
  return s.ok() ? "ok" : s.error().code() + ": " + s.error().message();
}
template <typename T>
std::string Describe(const Result<T>& r) {
  return r.ok() ? "ok" : r.error().code() + ": " + r.error().message();
}

template <typename T>
Status StatusOf(Result<T> r) {
  if (r.ok()) return Status::Ok();
  return std::move(r).error();
}

// Runs one administrative statement on the PostgreSQL cluster.
bool PgAdmin(const std::string& admin_url, const std::string& sql, std::string* error) {
  PGconn* conn = PQconnectdb(admin_url.c_str());
  bool ok = PQstatus(conn) == CONNECTION_OK;
  if (ok) {
    PGresult* r = PQexec(conn, sql.c_str());
    ok = PQresultStatus(r) == PGRES_COMMAND_OK;
    if (!ok) *error = PQresultErrorMessage(r);
    PQclear(r);
  } else {
    *error = PQerrorMessage(conn);
  }
  PQfinish(conn);
  return ok;
}

// "postgresql://u@h:p/postgres?x" with the database name replaced.
std::string WithDatabase(const std::string& url, const std::string& db) {
  const size_t authority = url.find("://") + 3;
  size_t path = url.find('/', authority);
  const size_t query = url.find('?', authority);
  if (path == std::string::npos || (query != std::string::npos && path > query)) path = query;
  const std::string tail = query == std::string::npos ? "" : url.substr(query);
  return url.substr(0, path == std::string::npos ? url.size() : path) + "/" + db + tail;
}

// A fresh, empty database of one engine; removed when destroyed.
class TestDatabase {
 public:
  // Sets *skip when the engine is not available here.
  TestDatabase(const std::string& engine, std::string* skip) {
    static std::atomic<int> counter{0};
    // Unique across the parallel test processes and across reruns.
    const std::string unique =
        std::to_string(::getpid()) + "_" + std::to_string(counter.fetch_add(1)) + "_" +
        std::to_string(std::chrono::system_clock::now().time_since_epoch().count() % 1000000000);
    if (engine == "sqlite") {
      dir_ = std::filesystem::temp_directory_path() / ("pln_store_test_" + unique);
      std::filesystem::create_directories(dir_);
      options.database = (dir_ / "pln.db").string();
      return;
    }
    const char* admin = std::getenv("PLN_TEST_PG_URL");
    if (admin == nullptr || *admin == '\0') {
      *skip = "PLN_TEST_PG_URL is not set (start one with scripts/pg-cluster.sh start DIR)";
      return;
    }
    admin_url_ = admin;
    db_name_ = "pln_store_" + unique;
    std::string error;
    if (!PgAdmin(admin_url_, "CREATE DATABASE " + db_name_, &error)) {
      *skip = "cannot create a PostgreSQL test database: " + error;
      db_name_.clear();
      return;
    }
    options.database = WithDatabase(admin_url_, db_name_);
  }
  ~TestDatabase() {
    if (!dir_.empty()) std::filesystem::remove_all(dir_);
    if (!db_name_.empty()) {
      std::string error;
      PgAdmin(admin_url_, "DROP DATABASE IF EXISTS " + db_name_ + " WITH (FORCE)", &error);
    }
  }

  StoreOptions options;

 private:
  std::filesystem::path dir_;
  std::string admin_url_, db_name_;
};

domain::Profile FullProfile() {
  domain::Profile p;
  p.name = "Ana Lima";
  p.headline = "Junior data analyst";
  p.bio = "Loves *Markdown*,\nSQL and 日本語 — ünïcödé.";
  p.location = "Lisbon";
  p.organization = "Acme";
  p.stage = domain::CareerStage::kEarlyCareer;
  p.fields = {"Data Science", "Public Health"};
  p.skills = {{"Python", 3}, {"SQL", 4}, {"R", 1}};
  p.goals = {"Land a data role", "Mentor someone"};
  p.open_to = {true, false, true};
  p.visibility.bio = domain::Visibility::kPublic;
  p.visibility.details = domain::Visibility::kConnections;
  p.visibility.skills = domain::Visibility::kPublic;
  p.visibility.goals = domain::Visibility::kMembers;
  p.visibility.connections = domain::Visibility::kPublic;
  p.discoverable = false;
  return p;
}

domain::Profile Named(const std::string& name) {
  domain::Profile p;
  p.name = name;
  return p;
}

std::string DumpText(const app::DumpRow& row) {
  std::string out = row.table;
  for (const auto& [name, v] : row.columns) {
    out += " " + name + "=";
    switch (v.type) {
      case app::DumpValue::Type::kNull: out += "NULL"; break;
      case app::DumpValue::Type::kInt: out += "i:" + std::to_string(v.i); break;
      case app::DumpValue::Type::kText: out += "s:" + v.s; break;
    }
  }
  return out;
}

// Under CI (CI=true) an engine that is not available fails the case instead of
// skipping it: a green run must mean both engines really ran.
bool SkipsAreFailures() {
  const char* ci = std::getenv("CI");
  return ci != nullptr && std::string(ci) == "true";
}

// Skips the current case, or fails it under CI. A macro because GTEST_SKIP and
// FAIL return from the calling function.
#define PLN_SKIP_OR_FAIL(why)                                                    \
  do {                                                                           \
    if (SkipsAreFailures()) FAIL() << (why) << " (CI=true: skips are failures)"; \
    GTEST_SKIP() << (why);                                                       \
  } while (false)

// The services' store as `pln serve` builds it: each write dispatches the
// events it appended to the notification consumer, so the notifications a
// service's write causes are there when it returns.
struct NotifyingStore {
  NotifyingStore(app::Store& inner, const Clock& clock)
      : dispatcher(inner, clock, {&notifications}, {}), store(inner, dispatcher) {}
  app::NotificationConsumer notifications;
  app::EventDispatcher dispatcher;
  app::EventDispatchingStore store;
};

class StoreTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    std::string skip;
    db_ = std::make_unique<TestDatabase>(GetParam(), &skip);
    if (!skip.empty()) PLN_SKIP_OR_FAIL(skip);
    Result<std::unique_ptr<app::Store>> store = OpenStore(db_->options);
    ASSERT_TRUE(store.ok()) << Describe(store);
    store_ = std::move(store).value();
  }
  void TearDown() override {
    store_.reset();
    db_.reset();
  }

  // Runs fn in a write transaction and returns its result.
  template <typename Fn>
  auto W(Fn fn) -> decltype(fn(std::declval<Tx&>())) {
    return Run(fn, true);
  }
  template <typename Fn>
  auto R(Fn fn) -> decltype(fn(std::declval<Tx&>())) {
    return Run(fn, false);
  }
  template <typename Fn>
  auto Run(Fn fn, bool write) -> decltype(fn(std::declval<Tx&>())) {
    using Out = decltype(fn(std::declval<Tx&>()));
    std::optional<Out> out;
    auto body = [&](Tx& tx) -> Status {
      out.emplace(fn(tx));
      if (!out->ok()) return out->error();
      return Status::Ok();
    };
    Status status = write ? store_->Write(body) : store_->Read(body);
    if (!status.ok()) return status.error();
    return std::move(*out);
  }

  // Runs one statement straight on the test database, past the store.
  bool RawSql(const std::string& sql) {
    if (GetParam() == "sqlite") {
      sqlite3* db = nullptr;
      bool ok = sqlite3_open(db_->options.database.c_str(), &db) == SQLITE_OK &&
                sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr) == SQLITE_OK;
      sqlite3_close(db);
      return ok;
    }
    std::string error;
    return PgAdmin(db_->options.database, sql, &error);
  }

  MemberId Add(const std::string& email, domain::Profile profile = Named("Member"),
               int64_t now = 1000) {
    app::NewMember m;
    m.email = email;
    m.password_hash = "hash-of-" + email;
    m.profile = std::move(profile);
    m.now = now;
    Result<MemberId> id = W([&](Tx& tx) { return tx.members().Create(m); });
    EXPECT_TRUE(id.ok()) << Describe(id);
    return id.ok() ? *id : MemberId();
  }

  std::vector<MemberId> ScanIds(app::MemberScan scan) {
    Result<std::vector<domain::Member>> found = R([&](Tx& tx) { return tx.members().Scan(scan); });
    EXPECT_TRUE(found.ok()) << Describe(found);
    std::vector<MemberId> ids;
    if (found.ok()) {
      for (const domain::Member& m : *found) ids.push_back(m.id);
    }
    return ids;
  }

  std::vector<std::string> ExportAll() { return ExportAll(*store_); }
  static std::vector<std::string> ExportAll(app::Store& store) {
    std::vector<std::string> rows;
    Status s = store.Export([&](const app::DumpRow& row) {
      rows.push_back(DumpText(row));
      return Status::Ok();
    });
    EXPECT_TRUE(s.ok()) << Describe(s);
    return rows;
  }

  domain::Relationship Rel(MemberId viewer, MemberId other) {
    auto rels = R([&](Tx& tx) { return tx.connections().Relationships(viewer, {other}); });
    EXPECT_TRUE(rels.ok()) << Describe(rels);
    return rels.ok() ? (*rels)[other] : domain::Relationship();
  }

  // Fills the store with every kind of row, and text that tests quoting.
  void Populate() {
    const MemberId a = Add("a@example.org", FullProfile());
    const MemberId b = Add("b@example.org", Named("Bea 'quoted' \"name\" ? \\ %"));
    const MemberId c = Add("c@example.org", Named("ÃÃ©"));
    const MemberId gone = Add("gone@example.org", Named("Gone"));
    Status s = store_->Write([&](Tx& tx) -> Status {
      RETURN_IF_ERROR(tx.members().Delete(gone));  // a hole in the ids
      RETURN_IF_ERROR(tx.sessions().Create({"zz-session", a, "csrf", 1, 2}));
      RETURN_IF_ERROR(tx.sessions().Create({"Aa-session", b, "csrf", 3, 4}));
      RETURN_IF_ERROR(tx.sessions().Create({"_b-session", b, "csrf", 3, 4}));
      RETURN_IF_ERROR(tx.tokens().Create(a, "laptop", "tokhash", 5));
      ASSIGN_OR_RETURN(RequestId r, tx.connections().CreateRequest(a, b, "note â", 6));
      RETURN_IF_ERROR(tx.connections().SetRequestStatus(r, RequestStatus::kAccepted, 7));
      RETURN_IF_ERROR(tx.connections().CreateRequest(c, a, "", 8));
      RETURN_IF_ERROR(tx.connections().Connect(a, b, 7));
      RETURN_IF_ERROR(tx.connections().Follow(c, a, 9));
      RETURN_IF_ERROR(tx.connections().Block(b, c, 10));
      ASSIGN_OR_RETURN(FeedbackRequestId f, tx.feedback().CreateRequest(a, SampleRequest({b}), 11));
      domain::Review review;
      review.request = f;
      review.reviewer = b;
      review.ratings = {{"clarity", 4}, {"depth", 3}, {"impact", 5}};
      review.strengths = "ok";
      review.improvements = "more";
      review.next_step = "go";
      review.created_at = 12;
      RETURN_IF_ERROR(tx.feedback().CreateReview(review));
      RETURN_IF_ERROR(tx.feedback().CreateEndorsement(b, a, "SQL", "saw it", 13));
      RETURN_IF_ERROR(tx.network().Dismiss(a, c, 14));
      RETURN_IF_ERROR(tx.feedback().RecordSelfAssessment(a, {"SQL", 3}, 14));
      ASSIGN_OR_RETURN(ProgramId prog, tx.programs().Create(SampleProgram(), a, 14));
      RETURN_IF_ERROR(
          tx.programs().AddParticipants(prog,
                                        {Participant(b, domain::ParticipantRole::kMentee, 0, {c}),
                                         Participant(c, domain::ParticipantRole::kMentor, 2, {})},
                                        15));
      RETURN_IF_ERROR(tx.programs().SetConstraint(prog, {b, c, domain::PairRule::kForbid}, 16));
      domain::Proposal proposal;
      proposal.unmatched.push_back({b, "no_allowed_mentor"});
      proposal.computed_at = 17;
      RETURN_IF_ERROR(tx.programs().SaveProposal(prog, proposal));
      RETURN_IF_ERROR(tx.mentorship().PutOffer(SampleOffer(a)));
      domain::MentorshipRequest mr = SampleMentorshipRequest(b, a, 15);
      ASSIGN_OR_RETURN(mr.id, tx.mentorship().CreateRequest(mr));
      ASSIGN_OR_RETURN(MentorshipId mid, tx.mentorship().CreateMentorship(SampleMentorship(a, b)));
      mr.status = domain::MentorshipRequestStatus::kAccepted;
      mr.mentorship = mid;
      mr.first_response_at = mr.closed_at = 16;
      RETURN_IF_ERROR(tx.mentorship().UpdateRequest(mr, domain::MentorshipRequestStatus::kPending));
      RETURN_IF_ERROR(tx.mentorship().AddCheckIn({0, mid, b, "2030-01-02", "ünï 'q'", "next", 17}));
      RETURN_IF_ERROR(tx.mentorship().AddFeedback({mid, b, 5, "well", "more", 18}));
      ASSIGN_OR_RETURN(OpportunityId job, tx.opportunities().Create(a, SampleOpportunity(), 19));
      domain::OpportunityInput event = SampleOpportunity();
      event.kind = domain::OpportunityKind::kEvent;
      event.starts_at = 1'900'000'000'000;
      event.ends_at = 1'900'000'360'000;
      ASSIGN_OR_RETURN(OpportunityId meetup, tx.opportunities().Create(b, event, 19));
      RETURN_IF_ERROR(tx.opportunities().Hide(meetup, a, 20));
      RETURN_IF_ERROR(tx.opportunities().AddInterest({job, b, "Keen 'ü'", 20}));
      RETURN_IF_ERROR(tx.opportunities().Dismiss(c, job, 21));
      RETURN_IF_ERROR(tx.opportunities().Report(meetup, c, "spam", 21));
      domain::Introduction intro = SampleIntroduction(a, b, c, 22);
      intro.opportunity = job;
      intro.status = domain::IntroductionStatus::kForwarded;
      intro.forwarded_at = 23;
      RETURN_IF_ERROR(tx.introductions().Create(intro));
      ASSIGN_OR_RETURN(SavedSearchId search,
                       tx.saved_searches().Create(c, SampleSavedSearch(), 22));
      RETURN_IF_ERROR(tx.saved_searches().AddMatch(search, job, 23));
      RETURN_IF_ERROR(tx.saved_searches().AddMatch(search, meetup, 23));
      RETURN_IF_ERROR(tx.saved_searches().MarkAlerted(search, {job}, 24));
      return Status::Ok();
    });
    EXPECT_TRUE(s.ok()) << Describe(s);
  }

  static domain::Introduction SampleIntroduction(MemberId requester, MemberId broker,
                                                 MemberId target, int64_t now) {
    domain::Introduction i;
    i.requester = requester;
    i.broker = broker;
    i.target = target;
    i.note = "Private 'ü' note";
    i.blurb = "Hello \"there\"";
    i.created_at = i.updated_at = now;
    i.expires_at = now + 1000;
    return i;
  }

  static domain::SavedSearchInput SampleSavedSearch() {
    domain::SavedSearchInput in;
    in.name = "Data jobs 'ü', remote";
    in.query.kinds = {domain::OpportunityKind::kJob, domain::OpportunityKind::kInternship};
    in.query.fields = {"Data Science"};
    in.query.skills = {"SQL", "dbt ü"};
    in.query.stage = domain::CareerStage::kEarlyCareer;
    in.query.remote_only = true;
    in.query.location = "Lisbon";
    in.query.keywords = "analyst \"quoted\"";
    in.period = domain::AlertPeriod::kWeekly;
    return in;
  }

  static domain::OpportunityInput SampleOpportunity() {
    domain::OpportunityInput in;
    in.kind = domain::OpportunityKind::kJob;
    in.title = "Junior analyst 'ü'";
    in.organization = "Acme";
    in.location = "Lisbon";
    in.remote = true;
    in.description = "Dashboards in *SQL*.";
    in.skills = {{"SQL", 3, true}, {"dbt ü", 2, false}};
    in.fields = {"Data Science"};
    in.stages = {domain::CareerStage::kLearner, domain::CareerStage::kEarlyCareer};
    in.apply_url = "https://acme.example/jobs/1";
    in.closes_at = 2'000'000'000'000;
    return in;
  }

  static domain::ProgramInput SampleProgram() {
    domain::ProgramInput in;
    in.name = "Spring cohort 'ü'";
    in.description = "Twelve weeks.";
    in.exclude_same_organization = true;
    in.default_capacity = 3;
    return in;
  }

  static domain::Participant Participant(MemberId member, domain::ParticipantRole role,
                                         int capacity, std::vector<MemberId> ranked) {
    domain::Participant p;
    p.member = member;
    p.role = role;
    p.capacity = capacity;
    p.ranked = std::move(ranked);
    return p;
  }

  static domain::FeedbackRequestInput SampleRequest(std::vector<MemberId> reviewers) {
    domain::FeedbackRequestInput in;
    in.skill = "UX Research";
    in.artifact = {"Case study", "https://example.org/c", "# Title\n\nünïcödé"};
    in.question = "Convincing?";
    in.reviewers = std::move(reviewers);
    in.deadline = "2030-01-31";
    in.rubric = domain::DefaultRubric();
    return in;
  }

  static domain::MentorOffer SampleOffer(MemberId mentor, int capacity = 2) {
    domain::MentorOffer o;
    o.mentor = mentor;
    o.fields = {"Data Science"};
    o.skills = {"SQL", "Python ü"};
    o.help = "Careers in *data*";
    o.format = domain::MentorFormat::kChat;
    o.cadence = domain::Cadence::kMonthly;
    o.capacity = capacity;
    o.created_at = o.updated_at = 14;
    return o;
  }
  static domain::MentorshipRequest SampleMentorshipRequest(MemberId mentee, MemberId mentor,
                                                           int64_t now) {
    domain::MentorshipRequest r;
    r.mentee = mentee;
    r.mentor = mentor;
    r.message = "Hello";
    r.goals = {"Learn SQL", "Portfolio"};
    r.created_at = now;
    r.expires_at = now + 1000;
    return r;
  }
  static domain::Mentorship SampleMentorship(MemberId mentor, MemberId mentee) {
    domain::Mentorship m;
    m.mentor = mentor;
    m.mentee = mentee;
    m.cadence = domain::Cadence::kWeekly;
    m.started_at = 16;
    m.goals = {{0, "Learn SQL", domain::GoalStatus::kOpen, 16},
               {0, "Portfolio", domain::GoalStatus::kDone, 16}};
    return m;
  }

  std::unique_ptr<TestDatabase> db_;
  std::unique_ptr<app::Store> store_;
};

TEST_P(StoreTest, KindNamesTheEngine) {
  EXPECT_EQ(store_->Kind(), GetParam());
}

TEST_P(StoreTest, ProfileRoundTripKeepsEveryField) {
  const domain::Profile profile = FullProfile();
  app::NewMember m{"ana@example.org", "argon-hash", domain::Role::kProgramLead, profile, 1234};
  Result<MemberId> id = W([&](Tx& tx) { return tx.members().Create(m); });
  ASSERT_TRUE(id.ok()) << Describe(id);
  EXPECT_TRUE(id->valid());

  auto got = R([&](Tx& tx) { return tx.members().Get(*id); });
  ASSERT_TRUE(got.ok()) << Describe(got);
  ASSERT_TRUE(got->has_value());
  const domain::Member& member = **got;
  EXPECT_EQ(member.id, *id);
  EXPECT_EQ(member.email, "ana@example.org");
  EXPECT_EQ(member.role, domain::Role::kProgramLead);
  EXPECT_EQ(member.created_at, 1234);
  EXPECT_EQ(member.updated_at, 1234);
  EXPECT_EQ(member.profile, profile);

  auto account = R([&](Tx& tx) { return tx.members().FindAccountByEmail("ana@example.org"); });
  ASSERT_TRUE(account.ok() && account->has_value()) << Describe(account);
  EXPECT_EQ((*account)->id, *id);
  EXPECT_EQ((*account)->password_hash, "argon-hash");
  EXPECT_EQ((*account)->role, domain::Role::kProgramLead);
  auto by_id = R([&](Tx& tx) { return tx.members().GetAccount(*id); });
  ASSERT_TRUE(by_id.ok() && by_id->has_value());
  EXPECT_EQ((*by_id)->email, "ana@example.org");
  auto none = R([&](Tx& tx) { return tx.members().FindAccountByEmail("nobody@example.org"); });
  ASSERT_TRUE(none.ok());
  EXPECT_FALSE(none->has_value());

  // Update: lists shrink and reorder, every scalar changes.
  domain::Profile changed = Named("Ana L.");
  changed.stage = domain::CareerStage::kExperienced;
  changed.fields = {"Public Health"};
  changed.skills = {{"SQL", 5}, {"Python", 2}};
  changed.discoverable = true;
  Status updated = W([&](Tx& tx) { return tx.members().UpdateProfile(*id, changed, 5000); });
  ASSERT_TRUE(updated.ok()) << Describe(updated);
  got = R([&](Tx& tx) { return tx.members().Get(*id); });
  ASSERT_TRUE(got.ok() && got->has_value());
  EXPECT_EQ((**got).profile, changed);
  EXPECT_EQ((**got).created_at, 1234);
  EXPECT_EQ((**got).updated_at, 5000);

  ASSERT_TRUE(W([&](Tx& tx) { return tx.members().SetPasswordHash(*id, "new-hash"); }).ok());
  ASSERT_TRUE(W([&](Tx& tx) { return tx.members().SetRole(*id, domain::Role::kAdmin); }).ok());
  by_id = R([&](Tx& tx) { return tx.members().GetAccount(*id); });
  ASSERT_TRUE(by_id.ok() && by_id->has_value());
  EXPECT_EQ((*by_id)->password_hash, "new-hash");
  EXPECT_EQ((*by_id)->role, domain::Role::kAdmin);
}

TEST_P(StoreTest, MissingMembersAreNotFound) {
  const MemberId ghost(999);
  auto got = R([&](Tx& tx) { return tx.members().Get(ghost); });
  ASSERT_TRUE(got.ok());
  EXPECT_FALSE(got->has_value());
  for (Status s : {W([&](Tx& tx) { return tx.members().UpdateProfile(ghost, Named("x"), 1); }),
                   W([&](Tx& tx) { return tx.members().SetPasswordHash(ghost, "h"); }),
                   W([&](Tx& tx) { return tx.members().SetRole(ghost, domain::Role::kAdmin); }),
                   W([&](Tx& tx) { return tx.members().Delete(ghost); })}) {
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().kind(), ErrorKind::kNotFound) << Describe(s);
  }
  const MemberId real = Add("real@example.org");
  Result<bool> follow = W([&](Tx& tx) { return tx.connections().Follow(real, ghost, 1); });
  ASSERT_FALSE(follow.ok());
  EXPECT_EQ(follow.error().kind(), ErrorKind::kNotFound) << Describe(follow);
  Result<RequestId> request =
      W([&](Tx& tx) { return tx.connections().CreateRequest(real, ghost, "", 1); });
  ASSERT_FALSE(request.ok());
  EXPECT_EQ(request.error().kind(), ErrorKind::kNotFound) << Describe(request);
}

TEST_P(StoreTest, GetManyFollowsTheOrderOfIds) {
  const MemberId a = Add("a@example.org", FullProfile());
  const MemberId b = Add("b@example.org", Named("Bea"));
  auto many = R([&](Tx& tx) { return tx.members().GetMany({b, MemberId(777), a, b}); });
  ASSERT_TRUE(many.ok()) << Describe(many);
  ASSERT_EQ(many->size(), 3u);
  EXPECT_EQ((*many)[0].id, b);
  EXPECT_EQ((*many)[1].id, a);
  EXPECT_EQ((*many)[1].profile, FullProfile());
  EXPECT_EQ((*many)[2].id, b);
  auto count = R([&](Tx& tx) { return tx.members().Count(); });
  ASSERT_TRUE(count.ok());
  EXPECT_EQ(*count, 2);
}

TEST_P(StoreTest, TakenEmailIsAConflict) {
  Add("same@example.org");
  app::NewMember again{"same@example.org", "h", domain::Role::kMember, Named("Other"), 1};
  Result<MemberId> id = W([&](Tx& tx) { return tx.members().Create(again); });
  ASSERT_FALSE(id.ok());
  EXPECT_EQ(id.error().kind(), ErrorKind::kConflict);
  EXPECT_EQ(id.error().code(), "email_taken");
  auto count = R([&](Tx& tx) { return tx.members().Count(); });
  EXPECT_EQ(*count, 1);
}

TEST_P(StoreTest, ScanAppliesEveryFilter) {
  domain::Profile ana = FullProfile();  // data analyst in Lisbon, not discoverable
  ana.discoverable = true;
  ana.open_to = {false, true, false};
  const MemberId a = Add("ana@example.org", ana);

  domain::Profile bruno = Named("Bruno Costa");
  bruno.headline = "100% pure_fun backend";
  bruno.fields = {"Web Development"};
  bruno.skills = {{"C++", 4}};
  bruno.stage = domain::CareerStage::kExperienced;
  bruno.open_to = {true, false, false};
  const MemberId b = Add("bruno@example.org", bruno);

  domain::Profile carla = Named("Carla Data");
  carla.discoverable = false;
  const MemberId c = Add("carla@example.org", carla);

  domain::Profile dora = Named("Dora");
  dora.skills = {{"Data Viz", 2}};
  dora.organization = "Lisbon Labs";
  dora.open_to = {false, false, true};
  const MemberId d = Add("dora@example.org", dora);

  using Ids = std::vector<MemberId>;
  app::MemberScan scan;
  EXPECT_EQ(ScanIds(scan), (Ids{a, b, d}));
  scan.only_discoverable = false;
  EXPECT_EQ(ScanIds(scan), (Ids{a, b, c, d}));

  auto words = [&](Ids expected, std::vector<std::string> w, bool only_discoverable = true) {
    app::MemberScan s;
    s.only_discoverable = only_discoverable;
    s.text_words = std::move(w);
    EXPECT_EQ(ScanIds(s), expected);
  };
  words({a, d}, {"data"});                 // a: headline and field; d: skill
  words({a, c, d}, {"data"}, false);       // c: name
  words({a, d}, {"lisbon"});               // a: location; d: organization
  words({a}, {"data", "lisbon", "acme"});  // every word must match
  words({a}, {"public"});                  // a field ("Public Health")
  words({a}, {"python"});                  // a skill
  // Words come folded (FoldSearchWord), as the stored text is: "C++" is "c",
  // "100% pure_fun" is "100 purefun", so punctuation never matches.
  words({b}, {"purefun"});
  words({b}, {"100"});
  words({}, {"_"});
  words({}, {"%"});
  words({}, {"1_0"});  // LIKE wildcards in words are literal characters
  words({}, {"d%a"});
  words({}, {"\\"});
  words({}, {"lisbonacme"});  // no match across two texts
  words({}, {"bio"});         // bio is not searched

  app::MemberScan field;
  field.field = "data science";
  EXPECT_EQ(ScanIds(field), (Ids{a}));
  field.field = "DATA science";  // folded defensively
  EXPECT_EQ(ScanIds(field), (Ids{a}));
  field.field = "data";  // exact, not a substring
  EXPECT_EQ(ScanIds(field), Ids{});

  app::MemberScan skill;
  skill.skill = "data viz";
  EXPECT_EQ(ScanIds(skill), (Ids{d}));
  skill.skill = "c++";
  EXPECT_EQ(ScanIds(skill), (Ids{b}));

  app::MemberScan stage;
  stage.stage = domain::CareerStage::kExperienced;
  EXPECT_EQ(ScanIds(stage), (Ids{b}));
  stage.stage = domain::CareerStage::kLearner;
  EXPECT_EQ(ScanIds(stage), (Ids{d}));

  app::MemberScan open;
  open.open_to = "mentoring";
  EXPECT_EQ(ScanIds(open), (Ids{b}));
  open.open_to = "being_mentored";
  EXPECT_EQ(ScanIds(open), (Ids{a}));
  open.open_to = "opportunities";
  EXPECT_EQ(ScanIds(open), (Ids{d}));
  open.open_to = "world domination";
  EXPECT_EQ(ScanIds(open), Ids{});

  // Blocks hide members in both directions.
  const MemberId viewer = Add("viewer@example.org");
  ASSERT_TRUE(W([&](Tx& tx) { return tx.connections().Block(viewer, a, 1); }).ok());
  ASSERT_TRUE(W([&](Tx& tx) { return tx.connections().Block(d, viewer, 1); }).ok());
  app::MemberScan blocked;
  blocked.exclude_blocked_with = viewer;
  EXPECT_EQ(ScanIds(blocked), (Ids{b, viewer}));

  // Paging.
  app::MemberScan page;
  page.limit = 2;
  EXPECT_EQ(ScanIds(page), (Ids{a, b}));
  page.after_id = b.value();
  EXPECT_EQ(ScanIds(page), (Ids{d, viewer}));
  page.after_id = viewer.value();
  EXPECT_EQ(ScanIds(page), Ids{});
  page.after_id = 0;
  page.limit = 0;
  EXPECT_EQ(ScanIds(page), Ids{});

  // Combined filters, and the loaded members are complete.
  app::MemberScan combined;
  combined.text_words = {"analyst"};
  combined.field = "public health";
  combined.skill = "sql";
  combined.stage = domain::CareerStage::kEarlyCareer;
  auto found = R([&](Tx& tx) { return tx.members().Scan(combined); });
  ASSERT_TRUE(found.ok()) << Describe(found);
  ASSERT_EQ(found->size(), 1u);
  EXPECT_EQ((*found)[0].profile, ana);
}

TEST_P(StoreTest, SessionsAndTokens) {
  const MemberId m = Add("m@example.org");
  const MemberId other = Add("other@example.org");
  app::SessionRecord s1{"hash1", m, "csrf1", 10, 100};
  app::SessionRecord s2{"hash2", m, "csrf2", 20, 200};
  app::SessionRecord s3{"hash3", other, "csrf3", 30, 300};
  for (const auto& s : {s1, s2, s3}) {
    ASSERT_TRUE(W([&](Tx& tx) { return tx.sessions().Create(s); }).ok());
  }
  Status dup = W([&](Tx& tx) { return tx.sessions().Create(s1); });
  ASSERT_FALSE(dup.ok());
  EXPECT_EQ(dup.error().kind(), ErrorKind::kConflict);

  auto found = R([&](Tx& tx) { return tx.sessions().Find("hash2"); });
  ASSERT_TRUE(found.ok() && found->has_value());
  EXPECT_EQ((*found)->member, m);
  EXPECT_EQ((*found)->csrf_token, "csrf2");
  EXPECT_EQ((*found)->created_at, 20);
  EXPECT_EQ((*found)->expires_at, 200);

  auto ended = W([&](Tx& tx) { return tx.sessions().DeleteAllFor(m, "hash2"); });
  ASSERT_TRUE(ended.ok());
  EXPECT_EQ(*ended, 1);  // hash1; hash2 is kept and hash3 belongs to another member
  EXPECT_FALSE(R([&](Tx& tx) { return tx.sessions().Find("hash1"); })->has_value());
  EXPECT_TRUE(R([&](Tx& tx) { return tx.sessions().Find("hash2"); })->has_value());
  ASSERT_TRUE(W([&](Tx& tx) { return tx.sessions().DeleteExpired(200); }).ok());
  EXPECT_FALSE(R([&](Tx& tx) { return tx.sessions().Find("hash2"); })->has_value());
  EXPECT_TRUE(R([&](Tx& tx) { return tx.sessions().Find("hash3"); })->has_value());
  ASSERT_TRUE(W([&](Tx& tx) { return tx.sessions().Delete("hash3"); }).ok());
  ASSERT_TRUE(W([&](Tx& tx) { return tx.sessions().Delete("hash3"); }).ok());  // idempotent
  EXPECT_FALSE(R([&](Tx& tx) { return tx.sessions().Find("hash3"); })->has_value());

  auto t1 = W([&](Tx& tx) { return tx.tokens().Create(m, "laptop", "th1", 5); });
  auto t2 = W([&](Tx& tx) { return tx.tokens().Create(m, "ci", "th2", 6); });
  ASSERT_TRUE(t1.ok() && t2.ok()) << Describe(t1) << Describe(t2);
  auto dup_token = W([&](Tx& tx) { return tx.tokens().Create(other, "x", "th1", 7); });
  ASSERT_FALSE(dup_token.ok());
  EXPECT_EQ(dup_token.error().kind(), ErrorKind::kConflict);

  auto token = R([&](Tx& tx) { return tx.tokens().FindByHash("th2"); });
  ASSERT_TRUE(token.ok() && token->has_value());
  EXPECT_EQ((*token)->id, *t2);
  EXPECT_EQ((*token)->member, m);
  EXPECT_EQ((*token)->name, "ci");
  EXPECT_EQ((*token)->created_at, 6);
  auto list = R([&](Tx& tx) { return tx.tokens().ListFor(m); });
  ASSERT_TRUE(list.ok());
  ASSERT_EQ(list->size(), 2u);
  EXPECT_EQ((*list)[0].id, *t1);
  EXPECT_EQ((*list)[1].name, "ci");

  auto wrong_owner = W([&](Tx& tx) { return tx.tokens().Delete(other, *t1); });
  ASSERT_TRUE(wrong_owner.ok());
  EXPECT_FALSE(*wrong_owner);
  auto deleted = W([&](Tx& tx) { return tx.tokens().Delete(m, *t1); });
  ASSERT_TRUE(deleted.ok());
  EXPECT_TRUE(*deleted);
  EXPECT_FALSE(R([&](Tx& tx) { return tx.tokens().FindByHash("th1"); })->has_value());

  auto t3 = W([&](Tx& tx) { return tx.tokens().Create(m, "phone", "th3", 8); });
  auto t4 = W([&](Tx& tx) { return tx.tokens().Create(other, "theirs", "th4", 9); });
  ASSERT_TRUE(t3.ok() && t4.ok());
  auto revoked = W([&](Tx& tx) { return tx.tokens().DeleteAllFor(m); });
  ASSERT_TRUE(revoked.ok()) << Describe(revoked);
  ASSERT_EQ(revoked->size(), 2u);
  EXPECT_EQ((*revoked)[0].id, *t2);
  EXPECT_EQ((*revoked)[1].id, *t3);
  EXPECT_EQ((*revoked)[1].name, "phone");
  EXPECT_TRUE(R([&](Tx& tx) { return tx.tokens().ListFor(m); })->empty());
  EXPECT_TRUE(R([&](Tx& tx) { return tx.tokens().FindByHash("th4"); })->has_value());
}

TEST_P(StoreTest, RequestLifecycle) {
  const MemberId a = Add("a@example.org"), b = Add("b@example.org"), c = Add("c@example.org");
  auto r1 = W([&](Tx& tx) { return tx.connections().CreateRequest(a, b, "hi there", 100); });
  ASSERT_TRUE(r1.ok()) << Describe(r1);

  // A pair, not a structured binding: Clang 14 (the sanitizer build) cannot capture bindings.
  for (auto pair : {std::pair{a, b}, std::pair{b, a}}) {
    auto again =
        W([&](Tx& tx) { return tx.connections().CreateRequest(pair.first, pair.second, "", 101); });
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().kind(), ErrorKind::kConflict);
    EXPECT_EQ(again.error().code(), "request_pending");
  }

  auto got = R([&](Tx& tx) { return tx.connections().GetRequest(*r1); });
  ASSERT_TRUE(got.ok() && got->has_value());
  EXPECT_EQ((*got)->from, a);
  EXPECT_EQ((*got)->to, b);
  EXPECT_EQ((*got)->note, "hi there");
  EXPECT_EQ((*got)->status, RequestStatus::kPending);
  EXPECT_EQ((*got)->created_at, 100);
  EXPECT_FALSE((*got)->decided_at.has_value());
  auto pending = R([&](Tx& tx) { return tx.connections().PendingBetween(b, a); });
  ASSERT_TRUE(pending.ok() && pending->has_value());
  EXPECT_EQ((*pending)->id, *r1);
  EXPECT_FALSE(R([&](Tx& tx) { return tx.connections().GetRequest(RequestId(999)); })->has_value());

  ASSERT_TRUE(W([&](Tx& tx) {
                return tx.connections().SetRequestStatus(*r1, RequestStatus::kDeclined, 150);
              }).ok());
  got = R([&](Tx& tx) { return tx.connections().GetRequest(*r1); });
  EXPECT_EQ((*got)->status, RequestStatus::kDeclined);
  EXPECT_EQ((*got)->decided_at, 150);
  EXPECT_FALSE(R([&](Tx& tx) { return tx.connections().PendingBetween(a, b); })->has_value());
  Status missing = W([&](Tx& tx) {
    return tx.connections().SetRequestStatus(RequestId(999), RequestStatus::kAccepted, 1);
  });
  EXPECT_EQ(missing.error().kind(), ErrorKind::kNotFound);

  // A decided request no longer blocks a new one.
  auto r2 = W([&](Tx& tx) { return tx.connections().CreateRequest(b, a, "", 200); });
  ASSERT_TRUE(r2.ok()) << Describe(r2);
  // Reopening the old one would make two pending requests.
  Status reopen = W(
      [&](Tx& tx) { return tx.connections().SetRequestStatus(*r1, RequestStatus::kPending, 201); });
  ASSERT_FALSE(reopen.ok());
  EXPECT_EQ(reopen.error().code(), "request_pending");
  auto r3 = W([&](Tx& tx) { return tx.connections().CreateRequest(c, a, "", 300); });
  ASSERT_TRUE(r3.ok());

  using Ids = std::vector<RequestId>;
  auto list = [&](MemberId m, app::RequestDirection dir, std::optional<RequestStatus> status,
                  int64_t before, int limit) {
    auto rows =
        R([&](Tx& tx) { return tx.connections().ListRequests(m, dir, status, before, limit); });
    EXPECT_TRUE(rows.ok()) << Describe(rows);
    Ids ids;
    for (const auto& r : *rows) ids.push_back(r.id);
    return ids;
  };
  using app::RequestDirection;
  EXPECT_EQ(list(a, RequestDirection::kIncoming, std::nullopt, 0, 10), (Ids{*r3, *r2}));
  EXPECT_EQ(list(a, RequestDirection::kOutgoing, std::nullopt, 0, 10), (Ids{*r1}));
  EXPECT_EQ(list(a, RequestDirection::kOutgoing, RequestStatus::kPending, 0, 10), Ids{});
  EXPECT_EQ(list(a, RequestDirection::kIncoming, RequestStatus::kPending, 0, 1), (Ids{*r3}));
  EXPECT_EQ(list(a, RequestDirection::kIncoming, std::nullopt, r3->value(), 10), (Ids{*r2}));
  EXPECT_EQ(list(b, RequestDirection::kIncoming, RequestStatus::kDeclined, 0, 10), (Ids{*r1}));
}

// Two members ask each other at the same moment: the partial unique index lets
// exactly one request in, on every engine.
TEST_P(StoreTest, RacingRequestsMakeOnePendingRequest) {
  for (int round = 0; round < 12; ++round) {
    const MemberId a = Add("a" + std::to_string(round) + "@example.org");
    const MemberId b = Add("b" + std::to_string(round) + "@example.org");
    std::latch start(2);
    Result<RequestId> results[2] = {InternalError("not run"), InternalError("not run")};
    std::thread threads[2];
    for (int i = 0; i < 2; ++i) {
      threads[i] = std::thread([&, i] {
        const MemberId from = i == 0 ? a : b, to = i == 0 ? b : a;
        start.arrive_and_wait();
        results[i] = W([&](Tx& tx) { return tx.connections().CreateRequest(from, to, "", 1); });
      });
    }
    for (auto& t : threads) t.join();
    int ok = 0;
    for (const auto& r : results) {
      if (r.ok()) {
        ++ok;
      } else {
        EXPECT_EQ(r.error().code(), "request_pending") << Describe(r);
      }
    }
    EXPECT_EQ(ok, 1) << "round " << round;
  }
}

TEST_P(StoreTest, ConcurrentConnectIsIdempotent) {
  for (int round = 0; round < 12; ++round) {
    const MemberId a = Add("a" + std::to_string(round) + "@example.org");
    const MemberId b = Add("b" + std::to_string(round) + "@example.org");
    std::latch start(2);
    Result<bool> results[2] = {InternalError("not run"), InternalError("not run")};
    std::thread threads[2];
    for (int i = 0; i < 2; ++i) {
      threads[i] = std::thread([&, i] {
        start.arrive_and_wait();
        // Opposite argument orders name the same connection.
        results[i] = W([&](Tx& tx) {
          return i == 0 ? tx.connections().Connect(a, b, 5) : tx.connections().Connect(b, a, 5);
        });
      });
    }
    for (auto& t : threads) t.join();
    ASSERT_TRUE(results[0].ok()) << Describe(results[0]);
    ASSERT_TRUE(results[1].ok()) << Describe(results[1]);
    EXPECT_NE(*results[0], *results[1]) << "exactly one call creates it";
    auto count = R([&](Tx& tx) { return tx.connections().CountConnections(a); });
    EXPECT_EQ(*count, 1);
  }
}

// Many writers touching the same rows: PostgreSQL's serialization failures
// are retried by Store::Write, so every write succeeds.
TEST_P(StoreTest, ContendedWritesAllSucceed) {
  std::vector<MemberId> ids;
  for (int i = 0; i < 4; ++i) ids.push_back(Add("m" + std::to_string(i) + "@example.org"));
  std::atomic<int> failures{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 15; ++i) {
        const MemberId me = ids[t], other = ids[(t + 1 + i % 3) % 4];
        Status s = store_->Write([&](Tx& tx) -> Status {
          ASSIGN_OR_RETURN(int64_t n, tx.connections().CountConnections(me));
          ASSIGN_OR_RETURN(bool made, tx.connections().Connect(me, other, n));
          if (!made) RETURN_IF_ERROR(tx.connections().Disconnect(me, other));
          ASSIGN_OR_RETURN(bool followed, tx.connections().Follow(other, me, 1));
          if (!followed) RETURN_IF_ERROR(tx.connections().Unfollow(other, me));
          return Status::Ok();
        });
        if (!s.ok()) {
          ++failures;
          ADD_FAILURE() << Describe(s);
        }
      }
    });
  }
  for (auto& t : threads) t.join();
  EXPECT_EQ(failures.load(), 0);
}

TEST_P(StoreTest, ConnectionsFollowsAndCounts) {
  const MemberId a = Add("a@example.org"), b = Add("b@example.org"), c = Add("c@example.org"),
                 d = Add("d@example.org");
  EXPECT_TRUE(*W([&](Tx& tx) { return tx.connections().Connect(c, a, 10); }));
  EXPECT_FALSE(*W([&](Tx& tx) { return tx.connections().Connect(a, c, 11); }));
  EXPECT_TRUE(*W([&](Tx& tx) { return tx.connections().Connect(a, d, 12); }));
  EXPECT_TRUE(*W([&](Tx& tx) { return tx.connections().Connect(b, c, 13); }));
  auto self = W([&](Tx& tx) { return tx.connections().Connect(a, a, 1); });
  EXPECT_FALSE(self.ok());

  auto list = R([&](Tx& tx) { return tx.connections().ListConnections(c, 0, 10); });
  ASSERT_TRUE(list.ok()) << Describe(list);
  ASSERT_EQ(list->size(), 2u);
  EXPECT_EQ((*list)[0].other, a);
  EXPECT_EQ((*list)[0].since, 10);
  EXPECT_EQ((*list)[1].other, b);
  list = R([&](Tx& tx) { return tx.connections().ListConnections(a, c.value(), 10); });
  ASSERT_EQ(list->size(), 1u);
  EXPECT_EQ((*list)[0].other, d);
  list = R([&](Tx& tx) { return tx.connections().ListConnections(a, 0, 1); });
  ASSERT_EQ(list->size(), 1u);
  EXPECT_EQ((*list)[0].other, c);
  EXPECT_EQ(*R([&](Tx& tx) { return tx.connections().CountConnections(a); }), 2);

  EXPECT_TRUE(*W([&](Tx& tx) { return tx.connections().Disconnect(a, c); }));
  EXPECT_FALSE(*W([&](Tx& tx) { return tx.connections().Disconnect(c, a); }));
  EXPECT_EQ(*R([&](Tx& tx) { return tx.connections().CountConnections(a); }), 1);

  EXPECT_TRUE(*W([&](Tx& tx) { return tx.connections().Follow(a, b, 1); }));
  EXPECT_FALSE(*W([&](Tx& tx) { return tx.connections().Follow(a, b, 2); }));
  EXPECT_TRUE(*W([&](Tx& tx) { return tx.connections().Unfollow(a, b); }));
  EXPECT_FALSE(*W([&](Tx& tx) { return tx.connections().Unfollow(a, b); }));
}

TEST_P(StoreTest, RelationshipsSeeEveryEdgeInOneCall) {
  const MemberId v = Add("v@example.org"), conn = Add("c@example.org"),
                 asked = Add("asked@example.org"), asker = Add("asker@example.org"),
                 blocker = Add("blocker@example.org"), blockee = Add("blockee@example.org"),
                 fan = Add("fan@example.org"), stranger = Add("s@example.org");
  ASSERT_TRUE(W([&](Tx& tx) { return tx.connections().Connect(conn, v, 1); }).ok());
  auto out_req = W([&](Tx& tx) { return tx.connections().CreateRequest(v, asked, "", 1); });
  auto in_req = W([&](Tx& tx) { return tx.connections().CreateRequest(asker, v, "", 1); });
  ASSERT_TRUE(out_req.ok() && in_req.ok());
  ASSERT_TRUE(W([&](Tx& tx) { return tx.connections().Block(blocker, v, 1); }).ok());
  ASSERT_TRUE(W([&](Tx& tx) { return tx.connections().Block(v, blockee, 1); }).ok());
  ASSERT_TRUE(W([&](Tx& tx) { return tx.connections().Follow(fan, v, 1); }).ok());
  ASSERT_TRUE(W([&](Tx& tx) { return tx.connections().Follow(v, conn, 1); }).ok());

  std::vector<MemberId> others = {v,       conn, asked,    asker,         blocker,
                                  blockee, fan,  stranger, MemberId(4242)};
  auto rels = R([&](Tx& tx) { return tx.connections().Relationships(v, others); });
  ASSERT_TRUE(rels.ok()) << Describe(rels);
  EXPECT_EQ(rels->size(), others.size());
  auto& r = *rels;
  EXPECT_TRUE(r[v].self);
  EXPECT_TRUE(r[conn].connected);
  EXPECT_TRUE(r[conn].following);
  EXPECT_FALSE(r[conn].followed_by);
  EXPECT_EQ(r[asked].pending_outgoing, *out_req);
  EXPECT_FALSE(r[asked].pending_incoming.has_value());
  EXPECT_EQ(r[asker].pending_incoming, *in_req);
  EXPECT_TRUE(r[blocker].blocked_by_target);
  EXPECT_FALSE(r[blocker].blocking_target);
  EXPECT_TRUE(r[blockee].blocking_target);
  EXPECT_TRUE(r[fan].followed_by);
  EXPECT_FALSE(r[fan].following);
  for (MemberId m : {stranger, MemberId(4242)}) {
    EXPECT_FALSE(r[m].self || r[m].connected || r[m].blocked_either_way() || r[m].following ||
                 r[m].followed_by || r[m].pending_incoming || r[m].pending_outgoing);
  }
  // From the other side.
  EXPECT_TRUE(Rel(conn, v).followed_by);
  EXPECT_TRUE(Rel(blocker, v).blocking_target);
  EXPECT_EQ(Rel(asked, v).pending_incoming, *out_req);

  auto blocked = R([&](Tx& tx) { return tx.connections().ListBlocked(v); });
  ASSERT_TRUE(blocked.ok());
  EXPECT_EQ(*blocked, std::vector<MemberId>{blockee});
}

TEST_P(StoreTest, BlockEndsConnectionFollowsAndRequests) {
  const MemberId a = Add("a@example.org"), b = Add("b@example.org"), c = Add("c@example.org");
  ASSERT_TRUE(W([&](Tx& tx) { return tx.connections().Connect(a, b, 1); }).ok());
  ASSERT_TRUE(W([&](Tx& tx) { return tx.connections().Follow(a, b, 1); }).ok());
  ASSERT_TRUE(W([&](Tx& tx) { return tx.connections().Follow(b, a, 1); }).ok());
  ASSERT_TRUE(W([&](Tx& tx) { return tx.connections().Follow(c, b, 1); }).ok());
  auto mine = W([&](Tx& tx) { return tx.connections().CreateRequest(a, b, "", 1); });
  auto theirs = W([&](Tx& tx) { return tx.connections().CreateRequest(c, a, "", 1); });
  ASSERT_TRUE(mine.ok() && theirs.ok());

  auto blocked = W([&](Tx& tx) { return tx.connections().Block(a, b, 77); });
  ASSERT_TRUE(blocked.ok()) << Describe(blocked);
  EXPECT_TRUE(*blocked);
  domain::Relationship rel = Rel(a, b);
  EXPECT_TRUE(rel.blocking_target);
  EXPECT_FALSE(rel.connected || rel.following || rel.followed_by);
  EXPECT_FALSE(rel.pending_outgoing || rel.pending_incoming);
  auto request = R([&](Tx& tx) { return tx.connections().GetRequest(*mine); });
  EXPECT_EQ((*request)->status, RequestStatus::kWithdrawn);
  EXPECT_EQ((*request)->decided_at, 77);
  EXPECT_TRUE(Rel(c, b).following);  // others are untouched

  // The blocked member's own request is declined.
  auto blocked_c = W([&](Tx& tx) { return tx.connections().Block(a, c, 78); });
  ASSERT_TRUE(blocked_c.ok());
  request = R([&](Tx& tx) { return tx.connections().GetRequest(*theirs); });
  EXPECT_EQ((*request)->status, RequestStatus::kDeclined);

  auto again = W([&](Tx& tx) { return tx.connections().Block(a, b, 79); });
  ASSERT_TRUE(again.ok());
  EXPECT_FALSE(*again);
  EXPECT_EQ(*R([&](Tx& tx) { return tx.connections().ListBlocked(a); }),
            (std::vector<MemberId>{b, c}));
  EXPECT_TRUE(*W([&](Tx& tx) { return tx.connections().Unblock(a, b); }));
  EXPECT_FALSE(*W([&](Tx& tx) { return tx.connections().Unblock(a, b); }));
  EXPECT_FALSE(Rel(a, b).blocking_target);
}

TEST_P(StoreTest, NotificationsAreDedupedPagedAndPrivate) {
  const MemberId ana = Add("ana@example.org");
  const MemberId raj = Add("raj@example.org");
  ASSERT_TRUE(W([&](Tx& tx) -> Status {
                for (int i = 0; i < 3; ++i) {
                  ASSIGN_OR_RETURN(bool stored,
                                   tx.notifications().Create(
                                       {ana, "k", "t" + std::to_string(i), "", "/x", ""}, 10 + i));
                  if (!stored) return InternalError("plain notification not stored");
                }
                ASSIGN_OR_RETURN(
                    bool first, tx.notifications().Create({ana, "r", "remind", "", "", "key"}, 20));
                ASSIGN_OR_RETURN(bool second,
                                 tx.notifications().Create({ana, "r", "again", "", "", "key"}, 21));
                ASSIGN_OR_RETURN(
                    bool other, tx.notifications().Create({raj, "r", "remind", "", "", "key"}, 22));
                if (!first || second || !other) return InternalError("dedupe per recipient broken");
                return Status::Ok();
              }).ok());
  auto all = R([&](Tx& tx) { return tx.notifications().List(ana, 0, 10, false); });
  ASSERT_TRUE(all.ok());
  ASSERT_EQ(all->size(), 4u);
  EXPECT_EQ((*all)[0].title, "remind");
  EXPECT_GT((*all)[0].id, (*all)[1].id);
  auto page = R([&](Tx& tx) { return tx.notifications().List(ana, (*all)[1].id, 10, false); });
  ASSERT_EQ(page->size(), 2u);
  EXPECT_EQ((*page)[0].title, "t1");

  // Marking is limited to the recipient's own rows.
  EXPECT_EQ(*W([&](Tx& tx) { return tx.notifications().MarkRead(raj, (*all)[0].id, 30); }), 0);
  EXPECT_EQ(*W([&](Tx& tx) { return tx.notifications().MarkRead(ana, (*all)[0].id, 30); }), 1);
  EXPECT_EQ(*R([&](Tx& tx) { return tx.notifications().CountUnread(ana); }), 3);
  auto unread = R([&](Tx& tx) { return tx.notifications().List(ana, 0, 10, true); });
  EXPECT_EQ(unread->size(), 3u);
  EXPECT_EQ(*W([&](Tx& tx) { return tx.notifications().MarkRead(ana, 0, 31); }), 3);
  EXPECT_EQ(*R([&](Tx& tx) { return tx.notifications().CountUnread(ana); }), 0);
  EXPECT_EQ(*R([&](Tx& tx) { return tx.notifications().CountUnread(raj); }), 1);
}

TEST_P(StoreTest, DeleteRemovesEverythingOfTheMember) {
  const MemberId keep = Add("keep@example.org", FullProfile());
  const MemberId gone = Add("gone@example.org", FullProfile());
  const MemberId third = Add("third@example.org");
  const std::vector<std::string> before = ExportAll();
  ASSERT_TRUE(W([&](Tx& tx) -> Status {
                RETURN_IF_ERROR(tx.sessions().Create({"sess", gone, "csrf", 1, 2}));
                RETURN_IF_ERROR(tx.tokens().Create(gone, "t", "tok", 1));
                RETURN_IF_ERROR(tx.connections().CreateRequest(gone, keep, "", 1));
                RETURN_IF_ERROR(tx.connections().CreateRequest(third, gone, "", 1));
                RETURN_IF_ERROR(tx.connections().Connect(gone, keep, 1));
                RETURN_IF_ERROR(tx.connections().Follow(keep, gone, 1));
                RETURN_IF_ERROR(tx.connections().Follow(gone, third, 1));
                RETURN_IF_ERROR(tx.connections().Block(third, gone, 1));
                RETURN_IF_ERROR(tx.connections().Block(gone, keep, 1));
                RETURN_IF_ERROR(tx.notifications().Create({gone, "k", "told gone", "", "", ""}, 1));
                RETURN_IF_ERROR(tx.network().Dismiss(gone, third, 1));
                RETURN_IF_ERROR(tx.network().Dismiss(keep, gone, 1));
                return Status::Ok();
              }).ok());
  ASSERT_TRUE(W([&](Tx& tx) { return tx.members().Delete(gone); }).ok());

  // Everything but the member's own rows is as it was.
  std::vector<std::string> expected;
  const std::string gone_id = "i:" + std::to_string(gone.value());
  for (const std::string& row : before) {
    const bool mentions_gone =
        row.find("id=" + gone_id + " ") != std::string::npos || row.ends_with("id=" + gone_id);
    if (!mentions_gone) expected.push_back(row);
  }
  EXPECT_EQ(ExportAll(), expected);
  EXPECT_FALSE(R([&](Tx& tx) { return tx.sessions().Find("sess"); })->has_value());
  EXPECT_FALSE(R([&](Tx& tx) { return tx.tokens().FindByHash("tok"); })->has_value());
  auto count = store_->CountRows();
  ASSERT_TRUE(count.ok());
  EXPECT_EQ(*count, static_cast<int64_t>(expected.size()));
  EXPECT_EQ(*R([&](Tx& tx) { return tx.members().Count(); }), 2);
}

TEST_P(StoreTest, FailedTransactionLeavesNoTrace) {
  const MemberId a = Add("a@example.org");
  Status s = store_->Write([&](Tx& tx) -> Status {
    app::NewMember m{"b@example.org", "h", domain::Role::kMember, FullProfile(), 1};
    ASSIGN_OR_RETURN(MemberId b, tx.members().Create(m));
    RETURN_IF_ERROR(tx.connections().Follow(b, a, 1));
    RETURN_IF_ERROR(tx.members().UpdateProfile(a, FullProfile(), 2));
    return ConflictError("changed_my_mind", "no");
  });
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error().code(), "changed_my_mind");
  EXPECT_EQ(*R([&](Tx& tx) { return tx.members().Count(); }), 1);
  EXPECT_EQ((*R([&](Tx& tx) { return tx.members().Get(a); }))->profile, Named("Member"));

  // A statement error that fn swallows still fails the whole transaction, on
  // both engines (PostgreSQL aborts it; SQLite is made to agree).
  s = store_->Write([&](Tx& tx) -> Status {
    app::NewMember m{"c@example.org", "h", domain::Role::kMember, Named("C"), 1};
    RETURN_IF_ERROR(tx.members().Create(m));
    (void)tx.connections().Follow(a, MemberId(9999), 1);  // no such member
    return Status::Ok();
  });
  EXPECT_FALSE(s.ok());
  EXPECT_EQ(*R([&](Tx& tx) { return tx.members().Count(); }), 1);
}

TEST_P(StoreTest, ReadTransactionsRefuseWrites) {
  Status s = store_->Read([&](Tx& tx) -> Status {
    app::NewMember m{"x@example.org", "h", domain::Role::kMember, Named("X"), 1};
    return tx.members().Create(m).ok() ? Status::Ok() : InternalError("refused");
  });
  EXPECT_FALSE(s.ok());
  EXPECT_EQ(*R([&](Tx& tx) { return tx.members().Count(); }), 0);
}

TEST_P(StoreTest, ReopeningAndMigratingAgainIsHarmless) {
  Add("a@example.org");
  store_.reset();
  Result<int> migrated = Migrate(db_->options);
  ASSERT_TRUE(migrated.ok()) << Describe(migrated);
  EXPECT_EQ(*migrated, 0);
  StoreOptions no_migrate = db_->options;
  no_migrate.migrate = false;
  auto reopened = OpenStore(no_migrate);
  ASSERT_TRUE(reopened.ok()) << Describe(reopened);
  store_ = std::move(reopened).value();
  EXPECT_EQ(*R([&](Tx& tx) { return tx.members().Count(); }), 1);
}

// Migration 14 refolds the directory text of databases written before it was
// folded: a member stored with the old lower-cased text ("sofía", "data-science")
// is found by "sofia" and "datascience" once the database migrates.
TEST_P(StoreTest, MigrationFourteenRefoldsSearchTextOfOlderDatabases) {
  domain::Profile p = Named("Sofía Núñez");
  p.headline = "Data-Science lead";
  p.fields = {"Análisis"};
  p.skills = {{"Python", 3}};
  const MemberId sofia = Add("sofia@example.org", p);
  app::MemberScan scan;
  scan.text_words = {"sofia"};
  ASSERT_EQ(ScanIds(scan), std::vector<MemberId>{sofia});
  // The database as the previous build left it: the old text, version 14 not applied.
  store_.reset();
  ASSERT_TRUE(
      RawSql("UPDATE members SET search_text = 'sofía núñez\ndata-science lead\n\n\n"
             "análisis\npython' WHERE id = " +
             std::to_string(sofia.value())));
  ASSERT_TRUE(RawSql("DELETE FROM schema_migrations WHERE version = 14"));
  {
    StoreOptions no_migrate = db_->options;
    no_migrate.migrate = false;
    auto old = OpenStore(no_migrate);
    ASSERT_FALSE(old.ok());  // the build needs version 14
  }
  Result<int> migrated = Migrate(db_->options);
  ASSERT_TRUE(migrated.ok()) << Describe(migrated);
  EXPECT_EQ(*migrated, 1);
  auto reopened = OpenStore(db_->options);
  ASSERT_TRUE(reopened.ok()) << Describe(reopened);
  store_ = std::move(reopened).value();
  for (const char* word : {"sofia", "nunez", "datascience", "analisis", "python"}) {
    scan.text_words = {word};
    EXPECT_EQ(ScanIds(scan), std::vector<MemberId>{sofia}) << word;
  }
  scan.text_words = {"sofía"};  // an unfolded word matches nothing: callers fold
  EXPECT_TRUE(ScanIds(scan).empty());
}

TEST_P(StoreTest, UnmigratedDatabaseIsRefusedWithoutMigrate) {
  std::string skip;
  TestDatabase fresh(GetParam(), &skip);
  StoreOptions options = fresh.options;
  options.migrate = false;
  auto store = OpenStore(options);
  ASSERT_FALSE(store.ok());
  EXPECT_EQ(store.error().kind(), ErrorKind::kUnavailable);
  EXPECT_NE(store.error().message().find("pln migrate"), std::string::npos)
      << store.error().message();
  Result<int> migrated = Migrate(fresh.options);
  ASSERT_TRUE(migrated.ok()) << Describe(migrated);
  // Every migration the engine knows runs once on a fresh database.
  const size_t known =
      GetParam() == "sqlite" ? sqlite::SqliteMigrations().size() : postgres::PgMigrations().size();
  EXPECT_EQ(static_cast<size_t>(*migrated), known);
  EXPECT_TRUE(OpenStore(options).ok());
}

TEST_P(StoreTest, ExportImportRoundTripsAcrossEngines) {
  Populate();
  const std::vector<std::string> exported = ExportAll();
  ASSERT_GT(exported.size(), 10u);
  auto count = store_->CountRows();
  ASSERT_TRUE(count.ok());
  EXPECT_EQ(*count, static_cast<int64_t>(exported.size()));

  // Into the other engine: the point of the case, so without it the case is skipped
  // (a failure under CI) rather than quietly importing into the same engine.
  const std::string target_engine = GetParam() == "sqlite" ? "postgresql" : "sqlite";
  std::string skip;
  auto target_db = std::make_unique<TestDatabase>(target_engine, &skip);
  if (!skip.empty()) PLN_SKIP_OR_FAIL(skip);
  std::vector<app::DumpRow> rows;
  ASSERT_TRUE(store_
                  ->Export([&](const app::DumpRow& row) {
                    rows.push_back(row);
                    return Status::Ok();
                  })
                  .ok());
  auto target = OpenStore(target_db->options);
  ASSERT_TRUE(target.ok()) << Describe(target);
  size_t next = 0;
  auto source = [&]() -> Result<std::optional<app::DumpRow>> {
    if (next == rows.size()) return std::optional<app::DumpRow>();
    return std::optional<app::DumpRow>(rows[next++]);
  };
  Status imported = (*target)->Import(source);
  ASSERT_TRUE(imported.ok()) << Describe(imported);
  EXPECT_EQ(ExportAll(**target), exported) << "from " << GetParam() << " to " << target_engine;

  // Ids continue after the imported ones.
  app::NewMember m{"new@example.org", "h", domain::Role::kMember, Named("New"), 1};
  MemberId fresh;
  ASSERT_TRUE((*target)
                  ->Write([&](Tx& tx) -> Status {
                    ASSIGN_OR_RETURN(fresh, tx.members().Create(m));
                    return Status::Ok();
                  })
                  .ok());
  EXPECT_GT(fresh.value(), 3);

  // A second import is refused.
  next = 0;
  Status again = (*target)->Import(source);
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.error().code(), "not_empty");
}

TEST_P(StoreTest, ImportRejectsUnknownTablesAndColumns) {
  for (app::DumpRow bad : {app::DumpRow{"secrets", {{"id", {app::DumpValue::Type::kInt, 1}}}},
                           app::DumpRow{"members", {{"id; DROP TABLE members", {}}}}}) {
    bool given = false;
    Status s = store_->Import([&]() -> Result<std::optional<app::DumpRow>> {
      if (given) return std::optional<app::DumpRow>();
      given = true;
      return std::optional<app::DumpRow>(bad);
    });
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().kind(), ErrorKind::kMalformed) << Describe(s);
  }
  // A row that breaks a constraint (a follow of members that do not exist).
  bool given = false;
  Status s = store_->Import([&]() -> Result<std::optional<app::DumpRow>> {
    if (given) return std::optional<app::DumpRow>();
    given = true;
    app::DumpValue one{app::DumpValue::Type::kInt, 1, ""};
    return std::optional<app::DumpRow>(
        app::DumpRow{"follows", {{"follower_id", one}, {"followee_id", one}, {"created_at", one}}});
  });
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error().kind(), ErrorKind::kMalformed) << Describe(s);
  EXPECT_EQ(store_->CountRows().value(), 0);
}

TEST_P(StoreTest, FeedbackRequestsRoundTripWithSlotsAndRoles) {
  const MemberId a = Add("a@example.org"), b = Add("b@example.org"), c = Add("c@example.org");
  domain::FeedbackRequestInput in = SampleRequest({c, b});
  in.rubric = domain::Rubric{{{"story", "Story", {"1", "2", "3", "4", "5"}}}};
  auto id = W([&](Tx& tx) { return tx.feedback().CreateRequest(a, in, 100); });
  ASSERT_TRUE(id.ok()) << Describe(id);
  auto got = R([&](Tx& tx) { return tx.feedback().GetRequest(*id); });
  ASSERT_TRUE(got.ok() && got->has_value()) << Describe(got);
  const domain::FeedbackRequest& r = **got;
  EXPECT_EQ(r.requester, a);
  EXPECT_EQ(r.skill, "UX Research");
  EXPECT_EQ(r.artifact, in.artifact);
  EXPECT_EQ(r.rubric, *in.rubric);
  EXPECT_EQ(r.deadline, "2030-01-31");
  EXPECT_EQ(r.created_at, 100);
  ASSERT_EQ(r.reviewers.size(), 2u);
  EXPECT_EQ(r.reviewers[0].reviewer, b);  // ordered by reviewer id
  EXPECT_EQ(r.reviewers[0].status, domain::ReviewerStatus::kInvited);

  ASSERT_TRUE(W([&](Tx& tx) -> Result<bool> {
                RETURN_IF_ERROR(tx.feedback().SetReviewerStatus(
                    *id, c, domain::ReviewerStatus::kDeclined, 150));
                return true;
              }).ok());
  auto mine = R(
      [&](Tx& tx) { return tx.feedback().ListRequests(a, app::FeedbackRole::kRequester, 0, 10); });
  ASSERT_TRUE(mine.ok());
  EXPECT_EQ(mine->size(), 1u);
  auto asked =
      R([&](Tx& tx) { return tx.feedback().ListRequests(c, app::FeedbackRole::kReviewer, 0, 10); });
  ASSERT_TRUE(asked.ok());
  ASSERT_EQ(asked->size(), 1u);
  EXPECT_EQ((*asked)[0].reviewers[1].status, domain::ReviewerStatus::kDeclined);
  EXPECT_EQ((*asked)[0].reviewers[1].decided_at, 150);
  auto none =
      R([&](Tx& tx) { return tx.feedback().ListRequests(a, app::FeedbackRole::kReviewer, 0, 10); });
  ASSERT_TRUE(none.ok());
  EXPECT_TRUE(none->empty());

  // A reviewer that does not exist: nothing is stored.
  auto missing =
      W([&](Tx& tx) { return tx.feedback().CreateRequest(a, SampleRequest({MemberId(999)}), 1); });
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().kind(), ErrorKind::kNotFound);
  auto still = R(
      [&](Tx& tx) { return tx.feedback().ListRequests(a, app::FeedbackRole::kRequester, 0, 10); });
  EXPECT_EQ(still->size(), 1u);
}

TEST_P(StoreTest, ReviewsAreOnePerReviewerAndKeepReactions) {
  const MemberId a = Add("a@example.org"), b = Add("b@example.org");
  auto id = W([&](Tx& tx) { return tx.feedback().CreateRequest(a, SampleRequest({b}), 100); });
  ASSERT_TRUE(id.ok());
  domain::Review review;
  review.request = *id;
  review.reviewer = b;
  review.ratings = {{"clarity", 1}, {"depth", 5}, {"impact", 3}};
  review.strengths = "**good**";
  review.improvements = "<script>x</script>";
  review.next_step = "ship";
  review.created_at = 200;
  auto rid = W([&](Tx& tx) { return tx.feedback().CreateReview(review); });
  ASSERT_TRUE(rid.ok()) << Describe(rid);
  auto again = W([&](Tx& tx) { return tx.feedback().CreateReview(review); });
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.error().code(), "already_reviewed");

  auto got = R([&](Tx& tx) { return tx.feedback().GetReview(*rid); });
  ASSERT_TRUE(got.ok() && got->has_value());
  EXPECT_EQ((*got)->ratings, review.ratings);
  EXPECT_EQ((*got)->improvements, review.improvements);
  EXPECT_FALSE((*got)->usefulness.has_value());
  domain::Review updated = **got;
  updated.thanked = true;
  updated.reply = "thanks";
  updated.usefulness = 4;
  updated.on_profile = true;
  ASSERT_TRUE(W([&](Tx& tx) -> Result<bool> {
                RETURN_IF_ERROR(tx.feedback().UpdateReaction(updated));
                return true;
              }).ok());
  auto list = R([&](Tx& tx) { return tx.feedback().ListReviews(*id); });
  ASSERT_TRUE(list.ok());
  ASSERT_EQ(list->size(), 1u);
  EXPECT_TRUE((*list)[0].thanked);
  EXPECT_EQ((*list)[0].reply, "thanks");
  EXPECT_EQ((*list)[0].usefulness, 4);
  EXPECT_TRUE((*list)[0].on_profile);
  auto by_skill = R([&](Tx& tx) { return tx.feedback().ListReviewsForSkill(a, "ux research"); });
  ASSERT_TRUE(by_skill.ok());
  EXPECT_EQ(by_skill->size(), 1u);
  auto other_skill = R([&](Tx& tx) { return tx.feedback().ListReviewsForSkill(a, "SQL"); });
  EXPECT_TRUE(other_skill->empty());
}

TEST_P(StoreTest, FeedbackStatsCountGivenReceivedAndResponseTimes) {
  const MemberId a = Add("a@example.org"), b = Add("b@example.org"), c = Add("c@example.org");
  auto id = W([&](Tx& tx) { return tx.feedback().CreateRequest(a, SampleRequest({b, c}), 1000); });
  ASSERT_TRUE(id.ok());
  for (auto [reviewer, at] : {std::pair{b, int64_t{4000}}, std::pair{c, int64_t{9000}}}) {
    domain::Review review;
    review.request = *id;
    review.reviewer = reviewer;
    review.ratings = {{"clarity", 3}, {"depth", 3}, {"impact", 3}};
    review.strengths = review.improvements = review.next_step = "x";
    review.created_at = at;
    ASSERT_TRUE(W([&](Tx& tx) { return tx.feedback().CreateReview(review); }).ok());
  }
  auto stats = R([&](Tx& tx) {
    return tx.feedback().Stats({a, b, c, MemberId(999)}, "2020-01-01");
  });
  ASSERT_TRUE(stats.ok()) << Describe(stats);
  EXPECT_EQ((*stats)[a].received, 2);
  EXPECT_EQ((*stats)[a].given, 0);
  EXPECT_EQ((*stats)[b].given, 1);
  EXPECT_EQ((*stats)[b].response_ms, std::vector<int64_t>{3000});
  EXPECT_EQ((*stats)[c].response_ms, std::vector<int64_t>{8000});
  EXPECT_EQ((*stats)[MemberId(999)].given, 0);
}

TEST_P(StoreTest, EndorsementsAreUniquePerSkillAndRemovable) {
  const MemberId a = Add("a@example.org"), b = Add("b@example.org");
  auto e = W([&](Tx& tx) { return tx.feedback().CreateEndorsement(b, a, "SQL", "saw it", 5); });
  ASSERT_TRUE(e.ok()) << Describe(e);
  auto dup = W([&](Tx& tx) { return tx.feedback().CreateEndorsement(b, a, "sql", "", 6); });
  ASSERT_FALSE(dup.ok());
  EXPECT_EQ(dup.error().code(), "already_endorsed");
  auto missing =
      W([&](Tx& tx) { return tx.feedback().CreateEndorsement(b, MemberId(999), "SQL", "", 6); });
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().kind(), ErrorKind::kNotFound);
  auto list = R([&](Tx& tx) { return tx.feedback().ListEndorsements(a); });
  ASSERT_TRUE(list.ok());
  ASSERT_EQ(list->size(), 1u);
  EXPECT_EQ((*list)[0].endorser, b);
  EXPECT_EQ((*list)[0].note, "saw it");
  ASSERT_TRUE(W([&](Tx& tx) -> Result<bool> {
                RETURN_IF_ERROR(tx.feedback().DeleteEndorsement(*e));
                return true;
              }).ok());
  EXPECT_TRUE(R([&](Tx& tx) { return tx.feedback().ListEndorsements(a); })->empty());
  // Deleting a member removes their feedback data.
  ASSERT_TRUE(W([&](Tx& tx) { return tx.feedback().CreateEndorsement(b, a, "SQL", "", 7); }).ok());
  ASSERT_TRUE(W([&](Tx& tx) -> Result<bool> {
                RETURN_IF_ERROR(tx.members().Delete(b));
                return true;
              }).ok());
  EXPECT_TRUE(R([&](Tx& tx) { return tx.feedback().ListEndorsements(a); })->empty());
}

TEST_P(StoreTest, LapsesAreCountedThenWrittenAndDueSlotsListed) {
  const MemberId a = Add("a@example.org"), b = Add("b@example.org"), c = Add("c@example.org");
  domain::FeedbackRequestInput in = SampleRequest({b, c});
  in.deadline = "2030-01-10";
  auto id = W([&](Tx& tx) { return tx.feedback().CreateRequest(a, in, 1000); });
  ASSERT_TRUE(id.ok()) << Describe(id);
  ASSERT_TRUE(W([&](Tx& tx) -> Result<bool> {
                RETURN_IF_ERROR(tx.feedback().SetReviewerStatus(
                    *id, c, domain::ReviewerStatus::kDeclined, 2000));
                return true;
              }).ok());
  // Due within [from, to]: only b still owes an answer.
  auto due = R([&](Tx& tx) { return tx.feedback().ListDueSlots("2030-01-08", "2030-01-10"); });
  ASSERT_TRUE(due.ok()) << Describe(due);
  ASSERT_EQ(due->size(), 1u);
  EXPECT_EQ((*due)[0].reviewer, b);
  EXPECT_EQ((*due)[0].requester, a);
  EXPECT_EQ((*due)[0].deadline, "2030-01-10");
  EXPECT_TRUE(
      R([&](Tx& tx) { return tx.feedback().ListDueSlots("2030-01-11", "2030-01-12"); })->empty());
  // On the deadline day nothing has lapsed; the day after, b's slot counts as lapsed.
  EXPECT_EQ(R([&](Tx& tx) { return tx.feedback().Stats({b, c}, "2030-01-10"); })->at(b).lapsed, 0);
  auto after = R([&](Tx& tx) { return tx.feedback().Stats({b, c}, "2030-01-11"); });
  EXPECT_EQ((*after)[b].lapsed, 1);
  EXPECT_EQ((*after)[c].lapsed, 0);  // declined is not a lapse
  auto marked = W([&](Tx& tx) { return tx.feedback().MarkLapsed("2030-01-11", 5000); });
  ASSERT_TRUE(marked.ok()) << Describe(marked);
  EXPECT_EQ(*marked, 1);
  EXPECT_EQ(*W([&](Tx& tx) { return tx.feedback().MarkLapsed("2030-01-11", 6000); }), 0);
  auto got = R([&](Tx& tx) { return tx.feedback().GetRequest(*id); });
  ASSERT_TRUE(got.ok() && *got);
  EXPECT_EQ((*got)->reviewers[0].status, domain::ReviewerStatus::kLapsed);
  EXPECT_EQ((*got)->reviewers[0].decided_at, 5000);
  // Written lapses still count, whatever day it is.
  EXPECT_EQ(R([&](Tx& tx) { return tx.feedback().Stats({b}, "2030-01-01"); })->at(b).lapsed, 1);
}

TEST_P(StoreTest, RequestPagesAreStableUnderInserts) {
  const MemberId a = Add("a@example.org"), b = Add("b@example.org");
  std::vector<FeedbackRequestId> ids;
  for (int i = 0; i < 5; ++i) {
    auto id = W([&](Tx& tx) { return tx.feedback().CreateRequest(a, SampleRequest({b}), 10 + i); });
    ASSERT_TRUE(id.ok());
    ids.push_back(*id);
  }
  auto first =
      R([&](Tx& tx) { return tx.feedback().ListRequests(a, app::FeedbackRole::kRequester, 0, 2); });
  ASSERT_EQ(first->size(), 2u);
  EXPECT_EQ((*first)[0].id, ids[4]);
  EXPECT_EQ((*first)[1].id, ids[3]);
  // A new request does not shift the next page.
  ASSERT_TRUE(
      W([&](Tx& tx) { return tx.feedback().CreateRequest(a, SampleRequest({b}), 99); }).ok());
  auto second = R([&](Tx& tx) {
    return tx.feedback().ListRequests(a, app::FeedbackRole::kRequester, ids[3].value(), 2);
  });
  ASSERT_EQ(second->size(), 2u);
  EXPECT_EQ((*second)[0].id, ids[2]);
  EXPECT_EQ((*second)[1].id, ids[1]);
  auto as_reviewer = R([&](Tx& tx) {
    return tx.feedback().ListRequests(b, app::FeedbackRole::kReviewer, ids[1].value(), 10);
  });
  ASSERT_EQ(as_reviewer->size(), 1u);
  EXPECT_EQ((*as_reviewer)[0].id, ids[0]);
}

TEST_P(StoreTest, SelfAssessmentsAndOutsideFeedbackPerSkill) {
  const MemberId a = Add("a@example.org"), b = Add("b@example.org");
  ASSERT_TRUE(W([&](Tx& tx) -> Result<bool> {
                RETURN_IF_ERROR(tx.feedback().RecordSelfAssessment(a, {"SQL", 2}, 100));
                RETURN_IF_ERROR(tx.feedback().RecordSelfAssessment(a, {"Go", 1}, 150));
                RETURN_IF_ERROR(tx.feedback().RecordSelfAssessment(a, {"sql", 4}, 200));
                return true;
              }).ok());
  auto sql = R([&](Tx& tx) { return tx.feedback().ListSelfAssessments(a, "Sql"); });
  ASSERT_TRUE(sql.ok()) << Describe(sql);
  EXPECT_EQ(*sql, (std::vector<domain::SelfAssessment>{{"SQL", 2, 100}, {"sql", 4, 200}}));
  EXPECT_TRUE(R([&](Tx& tx) { return tx.feedback().SkillsWithOutsideFeedback(a); })->empty());
  ASSERT_TRUE(W([&](Tx& tx) { return tx.feedback().CreateEndorsement(b, a, "Go", "", 5); }).ok());
  auto id = W([&](Tx& tx) { return tx.feedback().CreateRequest(a, SampleRequest({b}), 1); });
  ASSERT_TRUE(id.ok());
  // A request without a review is not feedback yet.
  EXPECT_EQ(*R([&](Tx& tx) { return tx.feedback().SkillsWithOutsideFeedback(a); }),
            std::vector<std::string>{"go"});
  domain::Review review;
  review.request = *id;
  review.reviewer = b;
  review.ratings = {{"clarity", 3}, {"depth", 3}, {"impact", 3}};
  review.strengths = review.improvements = review.next_step = "x";
  ASSERT_TRUE(W([&](Tx& tx) { return tx.feedback().CreateReview(review); }).ok());
  EXPECT_EQ(*R([&](Tx& tx) { return tx.feedback().SkillsWithOutsideFeedback(a); }),
            (std::vector<std::string>{"go", "ux research"}));
  // The history goes with the member.
  ASSERT_TRUE(W([&](Tx& tx) -> Result<bool> {
                RETURN_IF_ERROR(tx.members().Delete(a));
                return true;
              }).ok());
  EXPECT_TRUE(R([&](Tx& tx) { return tx.feedback().ListSelfAssessments(a, "SQL"); })->empty());
}

TEST_P(StoreTest, NearbyMembersAreConnectionsThenSecondDegreeWithoutBlocks) {
  // me - b, me - c, b - c, b - d, c - d, c - e, e blocks me; f is unrelated.
  const MemberId me = Add("me@example.org"), b = Add("b@example.org"), c = Add("c@example.org"),
                 d = Add("d@example.org"), e = Add("e@example.org"), f = Add("f@example.org");
  ASSERT_TRUE(W([&](Tx& tx) -> Result<bool> {
                for (auto [x, y] : {std::pair{me, b}, std::pair{me, c}, std::pair{b, c},
                                    std::pair{b, d}, std::pair{c, d}, std::pair{c, e}}) {
                  RETURN_IF_ERROR(tx.connections().Connect(x, y, 1));
                }
                RETURN_IF_ERROR(tx.connections().Block(e, me, 2));
                return true;
              }).ok());
  auto near = R([&](Tx& tx) { return tx.feedback().NearbyMembers(me, 10, {}); });
  ASSERT_TRUE(near.ok()) << Describe(near);
  std::vector<std::tuple<MemberId, int, int>> got;
  for (const auto& n : *near) got.emplace_back(n.id, n.hops, n.mutual);
  EXPECT_EQ(got, (std::vector<std::tuple<MemberId, int, int>>{{b, 1, 1}, {c, 1, 1}, {d, 2, 2}}));
  auto only = R([&](Tx& tx) { return tx.feedback().NearbyMembers(me, 10, {d, f, e}); });
  ASSERT_EQ(only->size(), 1u);
  EXPECT_EQ((*only)[0].id, d);
  EXPECT_EQ(R([&](Tx& tx) { return tx.feedback().NearbyMembers(me, 1, {}); })->size(), 1u);
}

// The feedback use cases over a real store (both engines), with a clock the
// test moves: lapses, the self-assessment history and reviewer suggestions.
constexpr int64_t kDay = 24LL * 3600 * 1000;
constexpr int64_t kJan10 = 1'894'233'600'000;  // 2030-01-10T00:00:00Z

domain::FeedbackRequestInput AskFor(std::string skill, std::vector<MemberId> reviewers,
                                    std::string deadline) {
  domain::FeedbackRequestInput in;
  in.skill = std::move(skill);
  in.artifact.title = "Case study";
  in.question = "Convincing?";
  in.reviewers = std::move(reviewers);
  in.deadline = std::move(deadline);
  return in;
}

domain::ReviewInput AReview() {
  return {{{"clarity", 4}, {"depth", 3}, {"impact", 5}}, "good", "more", "next"};
}

TEST_P(StoreTest, UnansweredSlotsLapseAfterTheDeadline) {
  const MemberId a = Add("a@example.org"), b = Add("b@example.org"), c = Add("c@example.org");
  ASSERT_TRUE(W([&](Tx& tx) -> Result<bool> {
                RETURN_IF_ERROR(tx.connections().Connect(a, b, 1));
                RETURN_IF_ERROR(tx.connections().Connect(a, c, 1));
                return true;
              }).ok());
  ManualClock clock(kJan10);
  auto feedback = app::MakeFeedbackRequests(*store_, clock);
  auto created = feedback->CreateRequest(a, AskFor("SQL", {b, c}, "2030-01-11"));
  ASSERT_TRUE(created.ok()) << Describe(created);
  const FeedbackRequestId id = created->request.id;
  ASSERT_TRUE(feedback->Respond(b, id, app::ReviewerAction::kAccept).ok());
  clock.Advance(kDay);  // the deadline day: still open
  ASSERT_TRUE(feedback->SubmitReview(c, id, AReview()).ok());
  clock.Advance(kDay);  // the day after: b's accepted slot has lapsed
  auto seen = feedback->GetRequest(a, id);
  ASSERT_TRUE(seen.ok()) << Describe(seen);
  EXPECT_EQ(seen->request.reviewers[0].status, domain::ReviewerStatus::kLapsed);
  EXPECT_EQ(seen->request.reviewers[1].status, domain::ReviewerStatus::kSubmitted);
  auto late = feedback->SubmitReview(b, id, AReview());
  ASSERT_FALSE(late.ok());
  EXPECT_EQ(late.error().kind(), ErrorKind::kConflict);
  EXPECT_EQ(late.error().code(), "lapsed");
  EXPECT_NE(late.error().message().find("2030-01-11"), std::string::npos);
  auto respond = feedback->Respond(b, id, app::ReviewerAction::kDecline);
  ASSERT_FALSE(respond.ok());
  EXPECT_EQ(respond.error().code(), "lapsed");
  // Lapses count in the reviewer's responsiveness, and nothing was stored.
  EXPECT_EQ(feedback->MyReciprocity(b)->lapsed, 1);
  EXPECT_EQ(feedback->MyReciprocity(b)->given, 0);
  EXPECT_EQ(feedback->MyReciprocity(c)->lapsed, 0);
  auto page = feedback->ListRequests(b, app::FeedbackRole::kReviewer, "", 10);
  ASSERT_TRUE(page.ok());
  ASSERT_EQ(page->items.size(), 1u);
  EXPECT_EQ(page->items[0].request.reviewers[0].status, domain::ReviewerStatus::kLapsed);
}

TEST_P(StoreTest, ProfileEditsRecordTheSelfAssessmentHistory) {
  const MemberId a = Add("a@example.org");
  ManualClock clock(kJan10);
  auto profiles = app::MakeProfiles(*store_, clock);
  auto timelines = app::MakeSkillTimelines(*store_, {});
  domain::ProfilePatch patch;
  patch.skills = std::vector<domain::Skill>{{"SQL", 2}, {"Go", 1}};
  ASSERT_TRUE(profiles->UpdateProfile(a, patch).ok());
  clock.Advance(kDay);
  patch.skills = std::vector<domain::Skill>{{"SQL", 4}, {"Go", 1}};
  ASSERT_TRUE(profiles->UpdateProfile(a, patch).ok());
  clock.Advance(kDay);
  domain::ProfilePatch headline;  // an edit that does not touch skills records nothing
  headline.headline = "Analyst";
  ASSERT_TRUE(profiles->UpdateProfile(a, headline).ok());
  auto sql = timelines->Timeline(a, "sql");
  ASSERT_TRUE(sql.ok()) << Describe(sql);
  ASSERT_EQ(sql->self_assessments.size(), 2u);
  EXPECT_EQ(sql->self_assessments[0].level, 2);
  EXPECT_EQ(sql->self_assessments[0].at, kJan10);
  EXPECT_EQ(sql->self_assessments[1].level, 4);
  EXPECT_EQ(sql->self_assessments[1].at, kJan10 + kDay);
  EXPECT_EQ(timelines->Timeline(a, "Go")->self_assessments.size(), 1u);
  EXPECT_EQ(sql->skills_without_feedback, (std::vector<std::string>{"SQL", "Go"}));
  // A failed profile update records nothing.
  domain::ProfilePatch bad;
  bad.skills = std::vector<domain::Skill>{{"SQL", 9}};
  EXPECT_FALSE(profiles->UpdateProfile(a, bad).ok());
  EXPECT_EQ(timelines->Timeline(a, "sql")->self_assessments.size(), 2u);
}

TEST_P(StoreTest, SuggestionsReachTwoHopsButNeverHiddenOrBlocked) {
  // me - f (friend) - {two, hidden, shy, blocked}; me - blocked too.
  const MemberId me = Add("me@example.org"), f = Add("f@example.org", Named("Fay")),
                 two = Add("two@example.org"), hidden = Add("hidden@example.org"),
                 shy = Add("shy@example.org"), blocked = Add("blocked@example.org"),
                 low = Add("low@example.org");
  ManualClock clock(kJan10);
  auto profiles = app::MakeProfiles(*store_, clock);
  auto requests = app::MakeFeedbackRequests(*store_, clock);
  auto unranked = app::MakeReviewerSuggestions(*store_, clock, app::NoProximity());
  const auto rate = [&](MemberId m, int level) {
    domain::ProfilePatch p;
    p.skills = std::vector<domain::Skill>{{"SQL", level}};
    ASSERT_TRUE(profiles->UpdateProfile(m, p).ok());
  };
  rate(me, 2);
  rate(f, 3);
  rate(two, 5);
  rate(hidden, 5);
  rate(shy, 5);
  rate(blocked, 5);
  rate(low, 2);  // not above me
  domain::ProfilePatch p;
  p.vis_skills = domain::Visibility::kConnections;
  ASSERT_TRUE(profiles->UpdateProfile(hidden, p).ok());
  domain::ProfilePatch q;
  q.discoverable = false;
  ASSERT_TRUE(profiles->UpdateProfile(shy, q).ok());
  ASSERT_TRUE(W([&](Tx& tx) -> Result<bool> {
                RETURN_IF_ERROR(tx.connections().Connect(me, f, 1));
                RETURN_IF_ERROR(tx.connections().Connect(me, low, 1));
                for (MemberId m : {two, hidden, shy, blocked}) {
                  RETURN_IF_ERROR(tx.connections().Connect(f, m, 1));
                }
                RETURN_IF_ERROR(tx.connections().Block(blocked, me, 2));
                return true;
              }).ok());
  // Without the network engine there is no closeness to rank by.
  auto unloaded = unranked->Suggest(me, "sql");
  ASSERT_FALSE(unloaded.ok());
  EXPECT_EQ(unloaded.error().kind(), ErrorKind::kUnavailable);
  auto network = app::NetworkService::Create(*store_, clock);
  ASSERT_TRUE(network.ok()) << Describe(network);
  auto ranked = app::MakeReviewerSuggestions(*store_, clock, **network);
  auto got = ranked->Suggest(me, "sql");
  ASSERT_TRUE(got.ok()) << Describe(got);
  std::vector<MemberId> ids;
  for (const auto& s : *got) ids.push_back(s.member.id);
  // two (gap 3, two hops) outranks f (gap 1, a connection); the rest never appear.
  EXPECT_EQ(ids, (std::vector<MemberId>{two, f}));
  EXPECT_EQ((*got)[0].hops, 2);
  EXPECT_EQ((*got)[0].mutual, 1);
  ASSERT_TRUE((*got)[0].via.has_value());
  EXPECT_EQ((*got)[0].via->id, f);
  EXPECT_EQ((*got)[0].reasons[1], "2 hops away via Fay");
  EXPECT_EQ((*got)[1].hops, 1);
  EXPECT_EQ((*got)[1].reasons[1], "You are connected");
  // A suggested two-hop member may be asked; a non-discoverable one may not.
  EXPECT_TRUE(requests->CreateRequest(me, AskFor("SQL", {two}, "2030-02-01")).ok());
  auto shy_ask = requests->CreateRequest(me, AskFor("SQL", {f, shy}, "2030-02-01"));
  ASSERT_FALSE(shy_ask.ok());
  EXPECT_EQ(shy_ask.error().kind(), ErrorKind::kValidation);
  EXPECT_EQ(shy_ask.error().details().at(0).field, "reviewers[1]");
}

TEST_P(StoreTest, ProgramsKeepParticipantsConstraintsAndProposals) {
  const MemberId lead = Add("lead@example.org"), e1 = Add("e1@example.org"),
                 e2 = Add("e2@example.org"), m1 = Add("m1@example.org"),
                 outsider = Add("x@example.org");
  auto id = W([&](Tx& tx) { return tx.programs().Create(SampleProgram(), lead, 100); });
  ASSERT_TRUE(id.ok()) << Describe(id);
  auto got = R([&](Tx& tx) { return tx.programs().Get(*id); });
  ASSERT_TRUE(got.ok() && got->has_value()) << Describe(got);
  EXPECT_EQ((*got)->name, "Spring cohort 'ü'");
  EXPECT_EQ((*got)->status, domain::ProgramStatus::kDraft);
  EXPECT_TRUE((*got)->exclude_same_organization);
  EXPECT_EQ((*got)->default_capacity, 3);
  EXPECT_EQ((*got)->leads, std::vector<MemberId>{lead});
  EXPECT_FALSE((*got)->published_at.has_value());

  using domain::ParticipantRole;
  auto added = W([&](Tx& tx) -> Result<bool> {
    RETURN_IF_ERROR(
        tx.programs().AddParticipants(*id,
                                      {Participant(m1, ParticipantRole::kMentor, 2, {}),
                                       Participant(e2, ParticipantRole::kMentee, 0, {}),
                                       Participant(e1, ParticipantRole::kMentee, 0, {m1})},
                                      110));
    return true;
  });
  ASSERT_TRUE(added.ok()) << Describe(added);
  // All or nothing: one participant already in means none is added.
  auto again = W([&](Tx& tx) -> Result<bool> {
    RETURN_IF_ERROR(
        tx.programs().AddParticipants(*id,
                                      {Participant(outsider, ParticipantRole::kMentee, 0, {}),
                                       Participant(e1, ParticipantRole::kMentee, 0, {})},
                                      120));
    return true;
  });
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.error().code(), "already_participant");
  auto people = R([&](Tx& tx) { return tx.programs().Participants(*id); });
  ASSERT_TRUE(people.ok()) << Describe(people);
  std::vector<MemberId> order;
  for (const auto& p : *people) order.push_back(p.member);
  EXPECT_EQ(order, (std::vector<MemberId>{e1, e2, m1}));  // mentees first, then by id
  EXPECT_EQ((*people)[0].ranked, std::vector<MemberId>{m1});
  EXPECT_EQ((*people)[2].capacity, 2);
  EXPECT_EQ((*people)[0].joined_at, 110);

  ASSERT_TRUE(
      W([&](Tx& tx) -> Result<bool> {
        RETURN_IF_ERROR(tx.programs().SetPreferences(*id, e2, {m1}, {}));
        RETURN_IF_ERROR(tx.programs().SetConstraint(*id, {e1, m1, domain::PairRule::kPin}, 1));
        RETURN_IF_ERROR(tx.programs().SetConstraint(*id, {e1, m1, domain::PairRule::kForbid}, 2));
        RETURN_IF_ERROR(tx.connections().Block(m1, e2, 3));
        RETURN_IF_ERROR(tx.connections().Block(outsider, e1, 3));
        return true;
      }).ok());
  auto constraints = R([&](Tx& tx) { return tx.programs().Constraints(*id); });
  ASSERT_TRUE(constraints.ok());
  EXPECT_EQ(*constraints,
            (std::vector<domain::PairConstraint>{{e1, m1, domain::PairRule::kForbid}}));
  auto blocked = R([&](Tx& tx) { return tx.programs().BlockedPairs(*id); });
  ASSERT_TRUE(blocked.ok());
  EXPECT_EQ(*blocked, (std::vector<std::pair<MemberId, MemberId>>{{m1, e2}}));
  auto prefs = R([&](Tx& tx) { return tx.programs().GetParticipant(*id, e2); });
  ASSERT_TRUE(prefs.ok() && prefs->has_value());
  EXPECT_EQ((*prefs)->ranked, std::vector<MemberId>{m1});
  auto none = R([&](Tx& tx) { return tx.programs().GetParticipant(*id, outsider); });
  ASSERT_TRUE(none.ok());
  EXPECT_FALSE(none->has_value());

  // Proposals: none before a run; a save replaces the earlier one.
  auto before = R([&](Tx& tx) { return tx.programs().GetProposal(*id); });
  ASSERT_TRUE(before.ok());
  EXPECT_FALSE(before->has_value());
  domain::Proposal first;
  first.pairs.push_back({e1, m1, 1800, 800, 1, true, {"pinned by a program lead", "ü reason"}});
  first.pairs.push_back({e2, m1, 300, 300, 0, false, {}});
  first.total_score_milli = 2100;
  first.computed_at = 200;
  domain::Proposal second;
  second.pairs.push_back({e2, m1, 300, 300, 0, false, {"works in Data"}});
  second.unmatched.push_back({e1, "capacity"});
  second.total_score_milli = 300;
  second.computed_at = 300;
  for (const domain::Proposal* p : {&first, &second}) {
    ASSERT_TRUE(W([&](Tx& tx) -> Result<bool> {
                  RETURN_IF_ERROR(tx.programs().SaveProposal(*id, *p));
                  return true;
                }).ok());
    auto stored = R([&](Tx& tx) { return tx.programs().GetProposal(*id); });
    ASSERT_TRUE(stored.ok() && stored->has_value()) << Describe(stored);
    EXPECT_EQ((*stored)->computed_at, p->computed_at);
    EXPECT_EQ((*stored)->total_score_milli, p->total_score_milli);
    ASSERT_EQ((*stored)->pairs.size(), p->pairs.size());
    for (size_t i = 0; i < p->pairs.size(); ++i) {
      EXPECT_EQ((*stored)->pairs[i].mentee, p->pairs[i].mentee);
      EXPECT_EQ((*stored)->pairs[i].score_milli, p->pairs[i].score_milli);
      EXPECT_EQ((*stored)->pairs[i].fit_milli, p->pairs[i].fit_milli);
      EXPECT_EQ((*stored)->pairs[i].preference_rank, p->pairs[i].preference_rank);
      EXPECT_EQ((*stored)->pairs[i].pinned, p->pairs[i].pinned);
      EXPECT_EQ((*stored)->pairs[i].reasons, p->pairs[i].reasons);
    }
    ASSERT_EQ((*stored)->unmatched.size(), p->unmatched.size());
  }

  ASSERT_TRUE(W([&](Tx& tx) -> Result<bool> {
                RETURN_IF_ERROR(
                    tx.programs().SetStatus(*id, domain::ProgramStatus::kPublished, 400));
                return true;
              }).ok());
  auto published = R([&](Tx& tx) { return tx.programs().Get(*id); });
  EXPECT_EQ((*published)->status, domain::ProgramStatus::kPublished);
  EXPECT_EQ((*published)->published_at, 400);

  // Listing: leads and participants see it, others do not.
  for (MemberId who : {lead, e1, m1}) {
    auto mine = R([&](Tx& tx) { return tx.programs().ListFor(who, 10); });
    ASSERT_TRUE(mine.ok());
    EXPECT_EQ(mine->size(), 1u);
  }
  auto theirs = R([&](Tx& tx) { return tx.programs().ListFor(outsider, 10); });
  EXPECT_TRUE(theirs->empty());

  // Removing a participant drops their constraints; deleting a member drops their rows.
  auto removed = W([&](Tx& tx) { return tx.programs().RemoveParticipant(*id, e1); });
  ASSERT_TRUE(removed.ok());
  EXPECT_TRUE(*removed);
  EXPECT_TRUE(R([&](Tx& tx) { return tx.programs().Constraints(*id); })->empty());
  ASSERT_TRUE(W([&](Tx& tx) -> Result<bool> {
                RETURN_IF_ERROR(tx.members().Delete(e2));
                return true;
              }).ok());
  auto left = R([&](Tx& tx) { return tx.programs().Participants(*id); });
  ASSERT_EQ(left->size(), 1u);
  EXPECT_EQ((*left)[0].member, m1);
  EXPECT_TRUE(R([&](Tx& tx) { return tx.programs().GetProposal(*id); }).value()->pairs.empty());
}

TEST_P(StoreTest, CompletedMentorshipGoalsJoinTheSkillTimeline) {
  const MemberId mentee = Add("mentee@example.org"), mentor = Add("mentor@example.org");
  ManualClock clock(kJan10);
  auto requests = app::MakeFeedbackRequests(*store_, clock);
  auto timelines =
      app::MakeSkillTimelines(*store_, {std::make_shared<app::MentorshipGoalTimeline>()});
  auto mid = W([&](Tx& tx) {
    return app::CreateAcceptedMentorship(tx, {mentee, mentor, {}, domain::Cadence::kBiweekly, {}},
                                         kJan10);
  });
  ASSERT_TRUE(mid.ok()) << Describe(mid);
  ASSERT_TRUE(
      W([&](Tx& tx) -> Result<bool> {
        ASSIGN_OR_RETURN(int64_t sql, tx.mentorship().AddGoal(*mid, "Ship a SQL report", kJan10));
        ASSIGN_OR_RETURN(int64_t open, tx.mentorship().AddGoal(*mid, "Learn sql joins", kJan10));
        ASSIGN_OR_RETURN(int64_t other, tx.mentorship().AddGoal(*mid, "Public speaking", kJan10));
        (void)open;  // stays open: not on the timeline
        RETURN_IF_ERROR(tx.mentorship().UpdateGoal(
            *mid, {sql, "Ship a SQL report", domain::GoalStatus::kDone, kJan10 + kDay}));
        RETURN_IF_ERROR(tx.mentorship().UpdateGoal(
            *mid, {other, "Public speaking", domain::GoalStatus::kDone, kJan10 + kDay}));
        return true;
      }).ok());
  auto t = timelines->Timeline(mentee, "SQL");
  ASSERT_TRUE(t.ok()) << Describe(t);
  ASSERT_EQ(t->extra.size(), 1u);
  EXPECT_EQ(t->extra[0].kind, "mentorship_goal");
  ASSERT_EQ(t->extra[0].points.size(), 1u);
  EXPECT_EQ(t->extra[0].points[0].at, kJan10 + kDay);
  EXPECT_EQ(t->extra[0].points[0].source, mid->value());
  EXPECT_TRUE(t->has_outside_feedback);
  // The mentor's own timeline is not the mentee's growth.
  auto theirs = timelines->Timeline(mentor, "SQL");
  ASSERT_TRUE(theirs.ok()) << Describe(theirs);
  EXPECT_TRUE(theirs->extra.empty());
  // A learner may ask their mentor for feedback without being connected; the
  // mentor may not ask the learner that way (only mentors are exempt).
  EXPECT_TRUE(requests->CreateRequest(mentee, AskFor("SQL", {mentor}, "2030-02-01")).ok());
  auto back = requests->CreateRequest(mentor, AskFor("SQL", {mentee}, "2030-02-01"));
  ASSERT_FALSE(back.ok());
  EXPECT_EQ(back.error().kind(), ErrorKind::kValidation);
}

TEST_P(StoreTest, ReminderSweepRemindsOnceBeforeAndOnTheDeadlineAndWritesLapses) {
  const MemberId a = Add("a@example.org"), b = Add("b@example.org"), c = Add("c@example.org");
  ASSERT_TRUE(W([&](Tx& tx) -> Result<bool> {
                RETURN_IF_ERROR(tx.connections().Connect(a, b, 1));
                RETURN_IF_ERROR(tx.connections().Connect(a, c, 1));
                return true;
              }).ok());
  ManualClock clock(kJan10);
  NotifyingStore notifying(*store_, clock);
  auto requests = app::MakeFeedbackRequests(notifying.store, clock);
  app::FeedbackReminders sweep(notifying.store);
  auto created = requests->CreateRequest(a, AskFor("SQL", {b, c}, "2030-01-15"));
  ASSERT_TRUE(created.ok()) << Describe(created);
  const auto reminders = [&](MemberId m) {
    auto list = R([&](Tx& tx) { return tx.notifications().List(m, 0, 50, false); });
    EXPECT_TRUE(list.ok()) << Describe(list);
    std::vector<std::string> titles;
    for (const auto& n : *list) {
      if (n.kind == "feedback.reminder") titles.push_back(n.title);
    }
    return titles;
  };
  // Five days before: nothing due.
  auto swept = sweep.SendDue(clock.NowMs());
  ASSERT_TRUE(swept.ok()) << Describe(swept);
  EXPECT_TRUE(reminders(b).empty());
  // Two days before: one "due soon" to each reviewer, however often the sweep runs.
  clock.Advance(3 * kDay);
  ASSERT_TRUE(sweep.SendDue(clock.NowMs()).ok());
  clock.Advance(kDay);
  ASSERT_TRUE(sweep.SendDue(clock.NowMs()).ok());
  EXPECT_EQ(reminders(b).size(), 1u);
  EXPECT_EQ(reminders(c).size(), 1u);
  // c answers; on the deadline day only b is reminded again, once.
  ASSERT_TRUE(requests->SubmitReview(c, created->request.id, AReview()).ok());
  clock.Advance(kDay);
  ASSERT_TRUE(sweep.SendDue(clock.NowMs()).ok());
  ASSERT_TRUE(sweep.SendDue(clock.NowMs()).ok());
  EXPECT_EQ(reminders(b).size(), 2u);
  EXPECT_EQ(reminders(c).size(), 1u);
  EXPECT_TRUE(reminders(a).empty());
  // The day after, the sweep writes b's lapse down, once.
  clock.Advance(kDay);
  auto lapsed = sweep.SendDue(clock.NowMs());
  ASSERT_TRUE(lapsed.ok());
  EXPECT_EQ(lapsed->lapsed, 1);
  EXPECT_EQ(sweep.SendDue(clock.NowMs())->lapsed, 0);
  auto stored = R([&](Tx& tx) { return tx.feedback().GetRequest(created->request.id); });
  EXPECT_EQ((*stored)->reviewers[0].status, domain::ReviewerStatus::kLapsed);
  EXPECT_EQ(reminders(b).size(), 2u);
}

TEST_P(StoreTest, MentorOffersRoundTripAndListOnlyOpenOnes) {
  const MemberId a = Add("a@example.org"), b = Add("b@example.org");
  ASSERT_TRUE(W([&](Tx& tx) -> Result<bool> {
                RETURN_IF_ERROR(tx.mentorship().PutOffer(SampleOffer(a)));
                domain::MentorOffer paused = SampleOffer(b);
                paused.paused = true;
                RETURN_IF_ERROR(tx.mentorship().PutOffer(paused));
                return true;
              }).ok());
  auto got = R([&](Tx& tx) { return tx.mentorship().GetOffer(a); });
  ASSERT_TRUE(got.ok() && got->has_value()) << Describe(got);
  const domain::MentorOffer& o = **got;
  EXPECT_EQ(o.skills, (std::vector<std::string>{"SQL", "Python ü"}));
  EXPECT_EQ(o.format, domain::MentorFormat::kChat);
  EXPECT_EQ(o.cadence, domain::Cadence::kMonthly);
  EXPECT_EQ(o.capacity, 2);
  // Replacing keeps created_at and changes the rest.
  domain::MentorOffer changed = SampleOffer(a, 5);
  changed.created_at = changed.updated_at = 99;
  ASSERT_TRUE(W([&](Tx& tx) -> Result<bool> {
                RETURN_IF_ERROR(tx.mentorship().PutOffer(changed));
                return true;
              }).ok());
  got = R([&](Tx& tx) { return tx.mentorship().GetOffer(a); });
  EXPECT_EQ((*got)->capacity, 5);
  EXPECT_EQ((*got)->created_at, 14);
  EXPECT_EQ((*got)->updated_at, 99);
  auto open = R([&](Tx& tx) { return tx.mentorship().ListOpenOffers(); });
  ASSERT_TRUE(open.ok());
  ASSERT_EQ(open->size(), 1u);
  EXPECT_EQ((*open)[0].mentor, a);
  auto missing = W([&](Tx& tx) -> Result<bool> {
    RETURN_IF_ERROR(tx.mentorship().PutOffer(SampleOffer(MemberId(999))));
    return true;
  });
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().kind(), ErrorKind::kNotFound);
}

TEST_P(StoreTest, MentorshipRequestsAreOneOpenPerPairAndUpdateConditionally) {
  using S = domain::MentorshipRequestStatus;
  const MemberId mentee = Add("a@example.org"), mentor = Add("b@example.org");
  auto id = W([&](Tx& tx) {
    return tx.mentorship().CreateRequest(SampleMentorshipRequest(mentee, mentor, 100));
  });
  ASSERT_TRUE(id.ok()) << Describe(id);
  auto dup = W([&](Tx& tx) {
    return tx.mentorship().CreateRequest(SampleMentorshipRequest(mentee, mentor, 101));
  });
  ASSERT_FALSE(dup.ok());
  EXPECT_EQ(dup.error().code(), "request_open");
  auto r = R([&](Tx& tx) { return tx.mentorship().GetRequest(*id); });
  ASSERT_TRUE(r.ok() && r->has_value());
  domain::MentorshipRequest req = **r;
  EXPECT_EQ(req.goals, (std::vector<std::string>{"Learn SQL", "Portfolio"}));
  EXPECT_EQ(req.status, S::kPending);
  EXPECT_FALSE(req.first_response_at.has_value());
  req.status = S::kInfoRequested;
  req.info_question = "Why?";
  req.first_response_at = 150;
  EXPECT_TRUE(*W([&](Tx& tx) { return tx.mentorship().UpdateRequest(req, S::kPending); }));
  // A second writer expecting the old status changes nothing.
  req.status = S::kDeclined;
  EXPECT_FALSE(*W([&](Tx& tx) { return tx.mentorship().UpdateRequest(req, S::kPending); }));
  r = R([&](Tx& tx) { return tx.mentorship().GetRequest(*id); });
  EXPECT_EQ((*r)->status, S::kInfoRequested);
  EXPECT_EQ((*r)->info_question, "Why?");
  EXPECT_EQ((*r)->first_response_at, 150);
  EXPECT_EQ(R([&](Tx& tx) { return tx.mentorship().OpenRequestsOf(mentee); })->size(), 1u);
  auto stats = R([&](Tx& tx) { return tx.mentorship().Stats({mentor}); });
  EXPECT_EQ((*stats)[mentor].response_ms, std::vector<int64_t>{50});
  EXPECT_EQ((*stats)[mentor].last_active_at, 150);

  // Expiry: only open requests past their time, optionally of one member.
  auto none = W([&](Tx& tx) { return tx.mentorship().ExpireRequests(1099, mentee); });
  EXPECT_TRUE(none->empty());
  auto expired = W([&](Tx& tx) { return tx.mentorship().ExpireRequests(1100, std::nullopt); });
  ASSERT_TRUE(expired.ok()) << Describe(expired);
  ASSERT_EQ(expired->size(), 1u);
  EXPECT_EQ((*expired)[0].status, S::kExpired);
  EXPECT_EQ((*expired)[0].closed_at, 1100);
  EXPECT_TRUE(R([&](Tx& tx) { return tx.mentorship().OpenRequestsOf(mentee); })->empty());
  // The pair may ask again once the old request is closed.
  EXPECT_TRUE(W([&](Tx& tx) {
                return tx.mentorship().CreateRequest(SampleMentorshipRequest(mentee, mentor, 2000));
              }).ok());
  auto listed = R([&](Tx& tx) {
    return tx.mentorship().ListRequests(mentor, app::MentorshipRole::kMentor, 10);
  });
  ASSERT_EQ(listed->size(), 2u);
  EXPECT_GT((*listed)[0].id, (*listed)[1].id);
  EXPECT_TRUE(R([&](Tx& tx) {
                return tx.mentorship().ListRequests(mentor, app::MentorshipRole::kMentee, 10);
              })->empty());
}

TEST_P(StoreTest, MentorshipsGoalsCheckInsFeedbackAndAlumni) {
  const MemberId mentor = Add("a@example.org"), mentee = Add("b@example.org");
  auto id =
      W([&](Tx& tx) { return tx.mentorship().CreateMentorship(SampleMentorship(mentor, mentee)); });
  ASSERT_TRUE(id.ok()) << Describe(id);
  auto dup =
      W([&](Tx& tx) { return tx.mentorship().CreateMentorship(SampleMentorship(mentor, mentee)); });
  ASSERT_FALSE(dup.ok());
  EXPECT_EQ(dup.error().code(), "already_mentoring");
  EXPECT_EQ(*R([&](Tx& tx) { return tx.mentorship().CountActiveAsMentor(mentor); }), 1);

  auto goal = W([&](Tx& tx) { return tx.mentorship().AddGoal(*id, "Third", 20); });
  ASSERT_TRUE(goal.ok()) << Describe(goal);
  auto m = R([&](Tx& tx) { return tx.mentorship().GetMentorship(*id); });
  ASSERT_TRUE(m.ok() && m->has_value());
  ASSERT_EQ((*m)->goals.size(), 3u);
  EXPECT_EQ((*m)->goals[1].status, domain::GoalStatus::kDone);
  EXPECT_EQ((*m)->goals[2].text, "Third");
  domain::MentorshipGoal g = (*m)->goals[0];
  g.status = domain::GoalStatus::kInProgress;
  EXPECT_TRUE(*W([&](Tx& tx) { return tx.mentorship().UpdateGoal(*id, g); }));
  EXPECT_FALSE(*W([&](Tx& tx) { return tx.mentorship().UpdateGoal(MentorshipId(999), g); }));
  EXPECT_TRUE(*W([&](Tx& tx) { return tx.mentorship().DeleteGoal(*id, *goal); }));
  EXPECT_FALSE(*W([&](Tx& tx) { return tx.mentorship().DeleteGoal(*id, *goal); }));

  ASSERT_TRUE(W([&](Tx& tx) {
                return tx.mentorship().AddCheckIn({0, *id, mentee, "2030-01-01", "a", "", 30});
              }).ok());
  ASSERT_TRUE(W([&](Tx& tx) {
                return tx.mentorship().AddCheckIn({0, *id, mentor, "2030-02-01", "b", "c", 31});
              }).ok());
  auto checkins = R([&](Tx& tx) { return tx.mentorship().ListCheckIns(*id); });
  ASSERT_EQ(checkins->size(), 2u);
  EXPECT_EQ((*checkins)[0].date, "2030-02-01");
  EXPECT_EQ((*checkins)[0].next_steps, "c");

  domain::Mentorship ended = **m;
  ended.status = domain::MentorshipStatus::kEnded;
  ended.ended_at = 40;
  ended.ended_by = mentee;
  ended.end_note = "done";
  ended.mentor_shows_alumni = true;
  ASSERT_TRUE(W([&](Tx& tx) -> Result<bool> {
                RETURN_IF_ERROR(tx.mentorship().UpdateMentorship(ended));
                return true;
              }).ok());
  EXPECT_EQ(*R([&](Tx& tx) { return tx.mentorship().CountActiveAsMentor(mentor); }), 0);
  EXPECT_TRUE(R([&](Tx& tx) { return tx.mentorship().ListAlumni(mentee); })->empty());
  ended.mentee_shows_alumni = true;
  ASSERT_TRUE(W([&](Tx& tx) -> Result<bool> {
                RETURN_IF_ERROR(tx.mentorship().UpdateMentorship(ended));
                return true;
              }).ok());
  EXPECT_EQ(R([&](Tx& tx) { return tx.mentorship().ListAlumni(mentee); })->size(), 1u);
  // A new active mentorship of the same pair is allowed once the old one ended.
  EXPECT_TRUE(W([&](Tx& tx) {
                return tx.mentorship().CreateMentorship(SampleMentorship(mentor, mentee));
              }).ok());
  EXPECT_EQ(R([&](Tx& tx) { return tx.mentorship().ListActive(); })->size(), 1u);

  ASSERT_TRUE(W([&](Tx& tx) -> Result<bool> {
                RETURN_IF_ERROR(tx.mentorship().AddFeedback({*id, mentee, 4, "good", "", 50}));
                return true;
              }).ok());
  auto again = W([&](Tx& tx) -> Result<bool> {
    RETURN_IF_ERROR(tx.mentorship().AddFeedback({*id, mentee, 5, "again", "", 51}));
    return true;
  });
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.error().code(), "feedback_given");
  EXPECT_EQ(R([&](Tx& tx) { return tx.mentorship().ListFeedback(*id); })->at(0).helpfulness, 4);

  // Deleting a member removes their mentorship data.
  ASSERT_TRUE(W([&](Tx& tx) -> Result<bool> {
                RETURN_IF_ERROR(tx.members().Delete(mentee));
                return true;
              }).ok());
  EXPECT_TRUE(R([&](Tx& tx) { return tx.mentorship().ListMentorships(mentor); })->empty());
}

TEST_P(StoreTest, MentorDiscoveryCountsWarmPathsUpToThreeHops) {
  // lea - ana - m2 and lea - cy - m2 (two hops); lea - ana - bo - m3 (three
  // hops); far has no path. Same offers, so proximity decides the order;
  // ids ascend against it so that the tie-break cannot.
  const MemberId far = Add("far@example.org", Named("Far")),
                 m3 = Add("m3@example.org", Named("M3")), m2 = Add("m2@example.org", Named("M2")),
                 lea = Add("lea@example.org", Named("Lea")),
                 ana = Add("ana@example.org", Named("Ana")),
                 cy = Add("cy@example.org", Named("Cy")), bo = Add("bo@example.org", Named("Bo"));
  ASSERT_TRUE(W([&](Tx& tx) -> Result<bool> {
                for (MemberId m : {far, m3, m2})
                  RETURN_IF_ERROR(tx.mentorship().PutOffer(SampleOffer(m)));
                for (auto [p, q] : {std::pair{lea, ana}, std::pair{lea, cy}, std::pair{ana, m2},
                                    std::pair{cy, m2}, std::pair{ana, bo}, std::pair{bo, m3}}) {
                  RETURN_IF_ERROR(tx.connections().Connect(p, q, 1));
                }
                return true;
              }).ok());
  ManualClock clock(kJan10);
  auto unloaded = app::MakeMentorDiscovery(*store_, clock, app::NoProximity())->Find(lea, {});
  ASSERT_FALSE(unloaded.ok());
  EXPECT_EQ(unloaded.error().kind(), ErrorKind::kUnavailable);
  auto network = app::NetworkService::Create(*store_, clock);
  ASSERT_TRUE(network.ok()) << Describe(network);
  auto finder = app::MakeMentorDiscovery(*store_, clock, **network);

  // The reason about the network, if any, of each mentor in rank order.
  const auto ranked = [&] {
    std::vector<std::pair<MemberId, std::string>> out;
    auto page = finder->Find(lea, {});
    EXPECT_TRUE(page.ok()) << Describe(page);
    if (!page.ok()) return out;
    for (const app::MentorMatch& m : page->items) {
      std::string hop;
      for (const std::string& r : m.reasons) {
        if (r.find("hops away") != std::string::npos || r == "you are connected") hop = r;
      }
      out.emplace_back(m.offer.offer.mentor, hop);
    }
    return out;
  };
  auto got = ranked();
  ASSERT_EQ(got.size(), 3u);
  EXPECT_EQ(got[0].first, m2);
  EXPECT_TRUE(got[0].second == "2 hops away via Ana (2 mutual connections)" ||
              got[0].second == "2 hops away via Cy (2 mutual connections)")
      << got[0].second;
  EXPECT_EQ(got[1], std::pair(m3, std::string("3 hops away via Ana")));
  EXPECT_EQ(got[2], std::pair(far, std::string()));

  // Lea blocks Ana. Before the engine hears of it, the store check alone
  // keeps Ana from being named; the hop counts are the engine's.
  ASSERT_TRUE(W([&](Tx& tx) { return tx.connections().Block(lea, ana, 5); }).ok());
  got = ranked();
  ASSERT_EQ(got.size(), 3u);
  for (const auto& [mentor, hop] : got) EXPECT_EQ(hop.find("Ana"), std::string::npos) << hop;
  EXPECT_EQ(got[1], std::pair(m3, std::string("3 hops away")));
  // Once it has, the only path to m3 is gone and m2 is reached through Cy.
  ASSERT_TRUE((*network)->Apply({}, app::Blocked{lea, ana}).ok());
  got = ranked();
  ASSERT_EQ(got.size(), 3u);
  EXPECT_EQ(got[0], std::pair(m2, std::string("2 hops away via Cy")));
  EXPECT_EQ(got[1].second, "");
  EXPECT_EQ(got[2].second, "");
}

TEST_P(StoreTest, AlumniTiesHaveALightPeriodicCheckIn) {
  const MemberId mentee = Add("mentee@example.org", Named("Mia")),
                 mentor = Add("mentor@example.org", Named("Max")), third = Add("third@example.org");
  ManualClock clock(kJan10);
  NotifyingStore notifying(*store_, clock);
  auto mentorships = app::MakeMentorships(notifying.store, clock);
  auto alumni = app::MakeMentorshipAlumni(notifying.store, clock);
  app::MentorshipSweep sweep(notifying.store, clock);
  auto mid = W([&](Tx& tx) {
    return app::CreateAcceptedMentorship(tx, {mentee, mentor, {}, domain::Cadence::kMonthly, {}},
                                         kJan10);
  });
  ASSERT_TRUE(mid.ok()) << Describe(mid);
  // Kinds of `who`'s notifications, newest first.
  const auto kinds = [&](MemberId who, const std::string& kind) {
    auto list = R([&](Tx& tx) { return tx.notifications().List(who, 0, 100, false); });
    EXPECT_TRUE(list.ok());
    int n = 0;
    for (const auto& x : *list) n += x.kind == kind ? 1 : 0;
    return n;
  };
  const auto code = [](const auto& r) { return r.ok() ? std::string() : r.error().code(); };
  // Only once it has ended, only the two parties, only 0/3/6 months.
  EXPECT_EQ(code(alumni->SetCheckInPlan(mentee, *mid, 3)), "not_ended");
  EXPECT_EQ(code(alumni->AddCheckIn(mentee, *mid, "Hi")), "not_ended");
  ASSERT_TRUE(mentorships->End(mentor, *mid, "").ok());
  EXPECT_EQ(alumni->SetCheckInPlan(third, *mid, 3).error().kind(), ErrorKind::kNotFound);
  EXPECT_EQ(alumni->AddCheckIn(third, *mid, "Hi").error().kind(), ErrorKind::kNotFound);
  EXPECT_EQ(alumni->SetCheckInPlan(mentee, *mid, 4).error().kind(), ErrorKind::kValidation);
  EXPECT_EQ(alumni->AddCheckIn(mentee, *mid, " ").error().kind(), ErrorKind::kValidation);

  auto v = alumni->SetCheckInPlan(mentee, *mid, 3);
  ASSERT_TRUE(v.ok()) << Describe(v);
  ASSERT_EQ(v->alumni_plans.size(), 1u);
  EXPECT_EQ(v->alumni_plans[0].plan.member, mentee);
  EXPECT_EQ(v->alumni_plans[0].next_due, kJan10 + 91 * kDay);
  EXPECT_FALSE(v->alumni_plans[0].due);

  // Not due yet: no reminder. Due: one per period, to the side that opted in.
  clock.Advance(90 * kDay);
  ASSERT_TRUE(sweep.Run().ok());
  EXPECT_EQ(kinds(mentee, "mentorship.alumni_check_in_due"), 0);
  clock.Advance(2 * kDay);
  ASSERT_TRUE(sweep.Run().ok());
  ASSERT_TRUE(sweep.Run().ok());
  EXPECT_EQ(kinds(mentee, "mentorship.alumni_check_in_due"), 1);
  EXPECT_EQ(kinds(mentor, "mentorship.alumni_check_in_due"), 0);
  EXPECT_TRUE(mentorships->Get(mentee, *mid)->alumni_plans[0].due);

  // The mentor's note is seen by both, tells the mentee and resets the clock.
  auto noted = alumni->AddCheckIn(mentor, *mid, "  Got *promoted*!  ");
  ASSERT_TRUE(noted.ok()) << Describe(noted);
  ASSERT_EQ(noted->alumni_check_ins.size(), 1u);
  EXPECT_EQ(noted->alumni_check_ins[0].note, "Got *promoted*!");
  EXPECT_EQ(noted->alumni_check_ins[0].author, mentor);
  EXPECT_EQ(kinds(mentee, "mentorship.alumni_check_in"), 1);
  auto seen = mentorships->Get(mentee, *mid);
  ASSERT_EQ(seen->alumni_check_ins.size(), 1u);
  EXPECT_FALSE(seen->alumni_plans[0].due);
  EXPECT_EQ(seen->alumni_plans[0].next_due, clock.NowMs() + 91 * kDay);
  // The next period brings the next reminder.
  clock.Advance(92 * kDay);
  ASSERT_TRUE(sweep.Run().ok());
  EXPECT_EQ(kinds(mentee, "mentorship.alumni_check_in_due"), 2);

  // Off: no more reminders; a block silences them too.
  ASSERT_TRUE(alumni->SetCheckInPlan(mentor, *mid, 6).ok());
  ASSERT_TRUE(alumni->SetCheckInPlan(mentee, *mid, 0).ok());
  ASSERT_EQ(mentorships->Get(mentor, *mid)->alumni_plans.size(), 1u);
  ASSERT_TRUE(W([&](Tx& tx) { return tx.connections().Block(mentee, mentor, 5); }).ok());
  clock.Advance(400 * kDay);
  ASSERT_TRUE(sweep.Run().ok());
  EXPECT_EQ(kinds(mentee, "mentorship.alumni_check_in_due"), 2);
  EXPECT_EQ(kinds(mentor, "mentorship.alumni_check_in_due"), 0);
  EXPECT_EQ(alumni->AddCheckIn(mentor, *mid, "Hi").error().kind(), ErrorKind::kNotFound);
  // Deleting a member removes their plans and notes with the mentorship.
  ASSERT_TRUE(W([&](Tx& tx) -> Result<bool> {
                RETURN_IF_ERROR(tx.members().Delete(mentor));
                return true;
              }).ok());
  EXPECT_TRUE(R([&](Tx& tx) { return tx.mentorship().ListAlumniPlansDue(); })->empty());
  EXPECT_TRUE(R([&](Tx& tx) { return tx.mentorship().ListAlumniCheckIns(*mid); })->empty());
}

// A value the store did not write (a hand edit, a bug of an older version) never crashes a read:
// each malformed stored value below reads as kInternal "corrupt row in <table>: ...", which the
// HTTP layer answers with a 500. Written with raw SQL, past the repositories' own checks.
TEST_P(StoreTest, MalformedStoredValuesReadAsInternalErrors) {
  const MemberId a = Add("a@example.org"), b = Add("b@example.org");
  auto request = W([&](Tx& tx) { return tx.feedback().CreateRequest(a, SampleRequest({b}), 100); });
  ASSERT_TRUE(request.ok()) << Describe(request);
  domain::Review review;
  review.request = *request;
  review.reviewer = b;
  review.ratings = {{"clarity", 4}};
  review.strengths = "Clear";
  review.created_at = 120;
  ASSERT_TRUE(W([&](Tx& tx) -> Result<bool> {
                RETURN_IF_ERROR(tx.feedback().CreateReview(review));
                return true;
              }).ok());
  const std::string rid = std::to_string(request->value());

  struct Case {
    std::string corrupt;  // the statement that writes the bad value
    std::string undo;     // puts the good value back, so the next case reads only its own
    std::string message;  // expected start of the error message
    std::function<Status(Tx&)> read;
  };
  const auto get_request = [&](Tx& tx) -> Status {
    return StatusOf(tx.feedback().GetRequest(*request));
  };
  const std::string good_rubric = "UPDATE feedback_requests SET rubric = '[]' WHERE id = " + rid;
  const std::vector<Case> cases = {
      // JSON of the wrong shape: nlohmann's get<std::string>() of a number threw here once.
      {"UPDATE feedback_requests SET rubric = '[{\"id\": 1, \"name\": \"Story\", \"levels\": "
       "[\"1\"]}]' WHERE id = " +
           rid,
       good_rubric, "corrupt row in feedback_requests", get_request},
      {"UPDATE feedback_requests SET rubric = '[{\"id\": \"s\", \"name\": \"Story\", "
       "\"levels\": [5]}]' WHERE id = " +
           rid,
       good_rubric, "corrupt row in feedback_requests", get_request},
      {"UPDATE feedback_requests SET rubric = 'not json' WHERE id = " + rid, good_rubric,
       "corrupt row in feedback_requests", get_request},
      // get<int>() of a number beyond int would wrap silently.
      {"UPDATE feedback_reviews SET ratings = '{\"clarity\": 99999999999}' WHERE request_id = " +
           rid,
       "UPDATE feedback_reviews SET ratings = '{}' WHERE request_id = " + rid,
       "corrupt row in feedback_reviews",
       [&](Tx& tx) -> Status { return StatusOf(tx.feedback().ListReviews(*request)); }},
      {"UPDATE feedback_reviewers SET status = 'sideways' WHERE request_id = " + rid,
       "UPDATE feedback_reviewers SET status = 'invited' WHERE request_id = " + rid,
       "corrupt row in feedback_reviewers", get_request},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.corrupt);
    ASSERT_TRUE(RawSql(c.corrupt));
    Status read = store_->Read(c.read);
    ASSERT_FALSE(read.ok());
    EXPECT_EQ(read.error().kind(), ErrorKind::kInternal) << Describe(read);
    EXPECT_EQ(read.error().message().rfind(c.message, 0), 0u) << Describe(read);
    ASSERT_TRUE(RawSql(c.undo));
    EXPECT_TRUE(store_->Read(c.read).ok()) << "the good value reads again";
  }
}

// ---- The event log ----

TEST_P(StoreTest, EventLogAppendsInSeqOrderAndDecodesWhatItStored) {
  const MemberId a = Add("a@example.org"), b = Add("b@example.org");
  auto first = W([&](Tx& tx) -> Result<std::vector<int64_t>> {
    ASSIGN_OR_RETURN(int64_t s1, tx.events().Append({app::Followed{a, b}, 10, a, ""}));
    ASSIGN_OR_RETURN(
        int64_t s2,
        tx.events().Append({app::ConnectionRequested{RequestId(7), a, b, "héllo 'q'"}, 11, a, ""}));
    return std::vector<int64_t>{s1, s2};
  });
  ASSERT_TRUE(first.ok()) << Describe(first);
  EXPECT_LT((*first)[0], (*first)[1]);
  // A rolled-back append leaves a gap at most, never a visible event.
  Status rolled = store_->Write([&](Tx& tx) -> Status {
    RETURN_IF_ERROR(tx.events().Append({app::Unfollowed{a, b}, 12, a, ""}));
    return Error(ErrorKind::kConflict, "changed", "changed my mind");
  });
  ASSERT_FALSE(rolled.ok());
  auto third = W([&](Tx& tx) { return tx.events().Append({app::MemberDeleted{b}, 13, {}, ""}); });
  ASSERT_TRUE(third.ok()) << Describe(third);
  EXPECT_GT(*third, (*first)[1]);

  auto all = R([&](Tx& tx) { return tx.events().After(0, 10); });
  ASSERT_TRUE(all.ok()) << Describe(all);
  ASSERT_EQ(all->size(), 3u);
  EXPECT_EQ((*all)[0].type, "Followed");
  EXPECT_EQ((*all)[0].actor, a);
  EXPECT_EQ((*all)[1].at, 11);
  EXPECT_EQ((*all)[2].seq, *third);
  EXPECT_FALSE((*all)[2].actor.has_value());
  auto decoded = app::DecodeEvent((*all)[1].type, (*all)[1].payload);
  ASSERT_TRUE(decoded.ok()) << Describe(decoded);
  const auto* asked = std::get_if<app::ConnectionRequested>(&*decoded);
  ASSERT_NE(asked, nullptr);
  EXPECT_EQ(asked->request, RequestId(7));
  EXPECT_EQ(asked->from, a);
  EXPECT_EQ(asked->to, b);
  EXPECT_EQ(asked->note, "héllo 'q'");
  // After() pages in order; LastSeq is the newest.
  auto page = R([&](Tx& tx) { return tx.events().After((*all)[0].seq, 1); });
  ASSERT_EQ(page->size(), 1u);
  EXPECT_EQ((*page)[0].seq, (*first)[1]);
  EXPECT_EQ(*R([&](Tx& tx) { return tx.events().LastSeq(); }), *third);
  // A dedupe key is used once: the second append stores nothing.
  auto once = W([&](Tx& tx) -> Result<std::vector<int64_t>> {
    ASSIGN_OR_RETURN(int64_t x, tx.events().Append({app::MemberUpdated{a}, 14, a, "k1"}));
    ASSIGN_OR_RETURN(int64_t y, tx.events().Append({app::MemberUpdated{a}, 15, a, "k1"}));
    return std::vector<int64_t>{x, y};
  });
  ASSERT_TRUE(once.ok()) << Describe(once);
  EXPECT_GT((*once)[0], 0);
  EXPECT_EQ((*once)[1], 0);
  EXPECT_EQ(R([&](Tx& tx) { return tx.events().After(0, 10); })->size(), 4u);
}

TEST_P(StoreTest, MalformedEventPayloadsAreErrorsNotExceptions) {
  for (const auto& [type, payload] : std::vector<std::pair<std::string, std::string>>{
           {"Followed", "not json"},
           {"Followed", "[1, 2]"},
           {"Followed", R"({"follower": "x", "followee": 2})"},
           {"ConnectionRequested", R"({"request": 1, "from": 2})"},
           {"ProgramPublished", R"({"program": 1, "name": "n", "pairs": 3, "unmatched": []})"}}) {
    auto decoded = app::DecodeEvent(type, payload);
    ASSERT_FALSE(decoded.ok()) << type << " " << payload;
    EXPECT_EQ(decoded.error().kind(), ErrorKind::kMalformed) << Describe(decoded);
  }
  auto unknown = app::DecodeEvent("SomethingNewer", "{}");
  ASSERT_FALSE(unknown.ok());
  EXPECT_EQ(unknown.error().kind(), ErrorKind::kNotFound);
}

TEST_P(StoreTest, EventCursorsAndRetentionKeepWhatAConsumerHasNotSeen) {
  const MemberId a = Add("a@example.org"), b = Add("b@example.org");
  std::vector<int64_t> seqs;
  for (int64_t at : {100, 200, 300}) {
    auto s = W([&](Tx& tx) { return tx.events().Append({app::Followed{a, b}, at, a, ""}); });
    ASSERT_TRUE(s.ok()) << Describe(s);
    seqs.push_back(*s);
  }
  // No durable consumer yet: nothing counts as consumed.
  EXPECT_EQ(*W([&](Tx& tx) { return tx.events().DeleteConsumed(1000); }), 0);
  EXPECT_FALSE(R([&](Tx& tx) { return tx.events().Cursor("n"); })->has_value());
  ASSERT_TRUE(W([&](Tx& tx) -> Result<bool> {
                RETURN_IF_ERROR(tx.events().SetCursor("n", seqs[1], 5));
                RETURN_IF_ERROR(tx.events().SetCursor("m", seqs[2], 5));
                return true;
              }).ok());
  EXPECT_EQ(**R([&](Tx& tx) { return tx.events().Cursor("n"); }), seqs[1]);
  // Only events both older than the cut and past every cursor go.
  EXPECT_EQ(*W([&](Tx& tx) { return tx.events().DeleteConsumed(150); }), 1);
  EXPECT_EQ(*W([&](Tx& tx) { return tx.events().DeleteConsumed(1000); }), 1);
  auto left = R([&](Tx& tx) { return tx.events().After(0, 10); });
  ASSERT_EQ(left->size(), 1u);
  EXPECT_EQ((*left)[0].seq, seqs[2]);
  // Numbers are never reused, even once the newest rows have gone.
  ASSERT_TRUE(W([&](Tx& tx) -> Result<bool> {
                RETURN_IF_ERROR(tx.events().SetCursor("n", seqs[2], 6));
                return true;
              }).ok());
  EXPECT_EQ(*W([&](Tx& tx) { return tx.events().DeleteConsumed(1000); }), 1);
  auto next = W([&](Tx& tx) { return tx.events().Append({app::Unfollowed{a, b}, 400, a, ""}); });
  ASSERT_TRUE(next.ok());
  EXPECT_GT(*next, seqs[2]);
  EXPECT_EQ(*R([&](Tx& tx) { return tx.events().LastSeq(); }), *next);
}

// A writer that drew a number and has not committed holds back every later
// writer's event: no reader can see seq N+1 while N may still commit (the
// ordering contract in app/events/ports.h). Without the order lock on
// PostgreSQL the second writer would commit first.
TEST_P(StoreTest, EventsBecomeVisibleInSeqOrderUnderConcurrentWriters) {
  const MemberId a = Add("a@example.org"), b = Add("b@example.org");
  std::latch appended(1);
  std::atomic<bool> second_done{false};
  int64_t slow_seq = 0, fast_seq = 0;
  std::thread slow([&] {
    Status s = store_->Write([&](Tx& tx) -> Status {
      ASSIGN_OR_RETURN(slow_seq, tx.events().Append({app::Followed{a, b}, 1, a, ""}));
      appended.count_down();
      std::this_thread::sleep_for(std::chrono::milliseconds(400));
      return Status::Ok();
    });
    EXPECT_TRUE(s.ok()) << Describe(s);
  });
  appended.wait();
  std::thread fast([&] {
    Status s = store_->Write([&](Tx& tx) -> Status {
      ASSIGN_OR_RETURN(fast_seq, tx.events().Append({app::Followed{b, a}, 2, b, ""}));
      return Status::Ok();
    });
    EXPECT_TRUE(s.ok()) << Describe(s);
    second_done = true;
  });
  // While the slow writer is open, nothing of either is visible.
  std::this_thread::sleep_for(std::chrono::milliseconds(150));
  auto during = R([&](Tx& tx) { return tx.events().After(0, 10); });
  ASSERT_TRUE(during.ok()) << Describe(during);
  EXPECT_TRUE(during->empty()) << "seq " << (*during)[0].seq << " visible before " << slow_seq;
  EXPECT_FALSE(second_done.load());
  slow.join();
  fast.join();
  EXPECT_GT(fast_seq, slow_seq);
  auto all = R([&](Tx& tx) { return tx.events().After(0, 10); });
  ASSERT_EQ(all->size(), 2u);
  EXPECT_EQ((*all)[0].type, "Followed");
  EXPECT_EQ((*all)[0].actor, a);
  EXPECT_EQ((*all)[1].actor, b);
}

TEST_P(StoreTest, RelaxedWritesCommitAndRollBackLikeWrites) {
  const MemberId a = Add("a@example.org"), b = Add("b@example.org");
  ASSERT_TRUE(
      store_->WriteRelaxed([&](Tx& tx) -> Status { return tx.events().SetCursor("relaxed", 7, 1); })
          .ok());
  Status failed = store_->WriteRelaxed([&](Tx& tx) -> Status {
    RETURN_IF_ERROR(tx.events().SetCursor("relaxed", 9, 2));
    return Error(ErrorKind::kConflict, "changed", "changed my mind");
  });
  ASSERT_FALSE(failed.ok());
  EXPECT_EQ(**R([&](Tx& tx) { return tx.events().Cursor("relaxed"); }), 7);
  // Durable writes go on as before after relaxed ones.
  auto seq = W([&](Tx& tx) { return tx.events().Append({app::Followed{a, b}, 1, a, ""}); });
  ASSERT_TRUE(seq.ok()) << Describe(seq);
  EXPECT_EQ(*R([&](Tx& tx) { return tx.events().LastSeq(); }), *seq);
}

// A durable consumer whose effect is a notification to `to` titled with the
// event's seq, written in the dispatcher's transaction; it can be told to fail.
class RecordingConsumer final : public app::TransactionalConsumer {
 public:
  explicit RecordingConsumer(MemberId to) : to_(to) {}
  std::string_view Name() const override { return "recording"; }
  Status Handle(Tx& tx, const app::StoredEvent& stored, const app::DomainEvent&) override {
    if (stored.seq == fail_at) {
      fail_at = 0;  // once
      return Error(ErrorKind::kUnavailable, "down", "consumer down");
    }
    ASSIGN_OR_RETURN(bool made, tx.notifications().Create(
                                    {to_, "test", std::to_string(stored.seq), "", "", ""}, 1));
    (void)made;
    return Status::Ok();
  }
  int64_t fail_at = 0;

 private:
  MemberId to_;
};

class RecordingLive final : public app::LiveConsumer {
 public:
  explicit RecordingLive(int64_t start) : start_(start) {}
  std::string_view Name() const override { return "live"; }
  int64_t StartSeq() const override { return start_; }
  Status Apply(const app::StoredEvent& stored, const app::DomainEvent&) override {
    seen.push_back(stored.seq);
    return Status::Ok();
  }
  std::vector<int64_t> seen;

 private:
  int64_t start_;
};

// A consumer that throws (std::bad_alloc, a bug) fails its pass like one that returns an error:
// reported, not past the event, retried by the next pass; the dispatcher's caller (a request
// that already committed, or the catch-up thread) never sees the exception.
class ThrowingLive final : public app::LiveConsumer {
 public:
  std::string_view Name() const override { return "throwing"; }
  int64_t StartSeq() const override { return 0; }
  Status Apply(const app::StoredEvent& stored, const app::DomainEvent&) override {
    if (throw_at == stored.seq) {
      throw_at = 0;  // once
      throw std::runtime_error("out of luck");
    }
    seen.push_back(stored.seq);
    return Status::Ok();
  }
  int64_t throw_at = 0;
  std::vector<int64_t> seen;
};

TEST_P(StoreTest, DispatcherTreatsAThrowingConsumerAsAFailedPass) {
  const MemberId a = Add("a@example.org"), b = Add("b@example.org");
  ManualClock clock(kJan10);
  std::vector<int64_t> seqs;
  for (int i = 0; i < 3; ++i) {
    auto s = W([&](Tx& tx) { return tx.events().Append({app::Followed{a, b}, 1, a, ""}); });
    ASSERT_TRUE(s.ok()) << Describe(s);
    seqs.push_back(*s);
  }
  ThrowingLive live;
  live.throw_at = seqs[1];
  std::vector<std::string> errors;
  app::EventDispatcher::Options options;
  options.on_error = [&](std::string_view who, const Error& e) {
    errors.push_back(std::string(who) + ": " + e.message());
  };
  app::EventDispatcher dispatcher(*store_, clock, {}, {&live}, options);
  Status first = dispatcher.CatchUp();
  ASSERT_FALSE(first.ok());
  EXPECT_EQ(first.error().kind(), ErrorKind::kInternal);
  EXPECT_EQ(errors, (std::vector<std::string>{"throwing: the consumer threw: out of luck"}));
  EXPECT_EQ(live.seen, (std::vector<int64_t>{seqs[0]}));  // stopped before the failing event
  ASSERT_TRUE(dispatcher.CatchUp().ok());
  EXPECT_EQ(live.seen, seqs);
}

TEST_P(StoreTest, DispatcherDeliversInOrderRetriesAFailureAndResumesFromItsCursor) {
  const MemberId a = Add("a@example.org"), b = Add("b@example.org");
  ManualClock clock(kJan10);
  auto append = [&](int n) {
    std::vector<int64_t> out;
    for (int i = 0; i < n; ++i) {
      auto s = W([&](Tx& tx) { return tx.events().Append({app::Followed{a, b}, 1, a, ""}); });
      EXPECT_TRUE(s.ok()) << Describe(s);
      out.push_back(s.ok() ? *s : 0);
    }
    return out;
  };
  const std::vector<int64_t> early = append(2);
  const std::vector<int64_t> later = append(3);

  // What the durable consumer's committed effects say it handled, in order.
  const auto handled = [&] {
    std::vector<int64_t> out;
    auto list = R([&](Tx& tx) { return tx.notifications().List(b, 0, 100, false); });
    EXPECT_TRUE(list.ok()) << Describe(list);
    for (const auto& n : *list) out.insert(out.begin(), std::stoll(n.title));
    return out;
  };
  RecordingConsumer durable(b);
  durable.fail_at = later[1];
  RecordingLive live(early[1]);  // its state already reflects the first two
  std::vector<std::string> errors;
  app::EventDispatcher::Options options;
  options.batch = 2;
  options.on_error = [&](std::string_view who, const Error& e) {
    errors.push_back(std::string(who) + ": " + e.message());
  };
  {
    app::EventDispatcher dispatcher(*store_, clock, {&durable}, {&live}, options);
    // The failure rolls back the durable batch it was in (later[0] and
    // later[1]) with its cursor; the live consumer goes on to the end.
    Status first = dispatcher.CatchUp();
    ASSERT_FALSE(first.ok());
    EXPECT_EQ(first.error().kind(), ErrorKind::kUnavailable);
    ASSERT_EQ(errors.size(), 1u);
    EXPECT_EQ(errors[0], "recording: consumer down");
    EXPECT_EQ(handled(), early);
    EXPECT_EQ(live.seen, later);
    EXPECT_EQ(**R([&](Tx& tx) { return tx.events().Cursor("recording"); }), early[1]);
    // The retry picks up exactly where it stopped; nothing is handled twice.
    ASSERT_TRUE(dispatcher.CatchUp().ok());
    EXPECT_EQ(handled(), (std::vector<int64_t>{early[0], early[1], later[0], later[1], later[2]}));
    // A write's own dispatch brings both past it.
    const std::vector<int64_t> more = append(1);
    dispatcher.DispatchUpTo(more[0]);
    EXPECT_EQ(handled().back(), more[0]);
    EXPECT_EQ(live.seen.back(), more[0]);
    EXPECT_EQ(dispatcher.failures(), 1u);
  }
  // A new process: the durable consumer resumes from its cursor and sees
  // nothing twice.
  RecordingConsumer restarted(b);
  app::EventDispatcher again(*store_, clock, {&restarted}, {}, options);
  const size_t before = handled().size();
  ASSERT_TRUE(again.CatchUp().ok());
  EXPECT_EQ(handled().size(), before);
  const std::vector<int64_t> last = append(1);
  ASSERT_TRUE(again.CatchUp().ok());
  EXPECT_EQ(handled().size(), before + 1);
  EXPECT_EQ(handled().back(), last[0]);
}

// A durable consumer told only about unfollows (a notification to `to` titled
// with the seq); for anything else it is a no-op, as Wants says.
class UnfollowConsumer final : public app::TransactionalConsumer {
 public:
  explicit UnfollowConsumer(MemberId to) : to_(to) {}
  std::string_view Name() const override { return "unfollows"; }
  bool Wants(const app::DomainEvent& event) const override {
    return std::holds_alternative<app::Unfollowed>(event);
  }
  Status Handle(Tx& tx, const app::StoredEvent& stored, const app::DomainEvent& event) override {
    if (!Wants(event)) return Status::Ok();
    ASSIGN_OR_RETURN(bool made, tx.notifications().Create(
                                    {to_, "test", std::to_string(stored.seq), "", "", ""}, 1));
    (void)made;
    return Status::Ok();
  }

 private:
  MemberId to_;
};

TEST_P(StoreTest, DispatcherWritesNothingForUnwantedEventsAndCatchUpMovesTheCursorRow) {
  const MemberId a = Add("a@example.org"), b = Add("b@example.org");
  ManualClock clock(kJan10);
  const auto append = [&](app::DomainEvent e) {
    auto s = W([&](Tx& tx) { return tx.events().Append({std::move(e), 1, a, ""}); });
    EXPECT_TRUE(s.ok()) << Describe(s);
    return s.ok() ? *s : 0;
  };
  const auto row = [&] {
    auto c = R([&](Tx& tx) { return tx.events().Cursor("unfollows"); });
    EXPECT_TRUE(c.ok() && c->has_value());
    return c.ok() && c->has_value() ? **c : -1;
  };
  const auto told = [&] {
    std::vector<int64_t> out;
    auto list = R([&](Tx& tx) { return tx.notifications().List(b, 0, 100, false); });
    for (const auto& n : *list) out.insert(out.begin(), std::stoll(n.title));
    return out;
  };
  UnfollowConsumer consumer(b);
  int64_t u = 0;
  {
    app::EventDispatcher dispatcher(*store_, clock, {&consumer}, {});
    ASSERT_TRUE(dispatcher.CatchUp().ok());  // the first pass writes the row
    EXPECT_EQ(row(), 0);
    append(app::Followed{a, b});
    const int64_t f2 = append(app::Followed{b, a});
    // Nothing wanted: the writer's dispatch passes it without a write...
    dispatcher.DispatchUpTo(f2);
    EXPECT_EQ(row(), 0);
    // ...and the catch-up pass brings the row up.
    ASSERT_TRUE(dispatcher.CatchUp().ok());
    EXPECT_EQ(row(), f2);
    append(app::Followed{a, b});
    u = append(app::Unfollowed{a, b});
    const int64_t f3 = append(app::Followed{a, b});
    dispatcher.DispatchUpTo(f3);
    EXPECT_EQ(told(), std::vector<int64_t>{u});
    EXPECT_EQ(row(), f3);
    const int64_t f4 = append(app::Followed{a, b});
    dispatcher.DispatchUpTo(f4);
    EXPECT_EQ(row(), f3);
  }
  // A restart resumes from the row (before f4) and tells nothing twice.
  UnfollowConsumer again(b);
  app::EventDispatcher restarted(*store_, clock, {&again}, {});
  ASSERT_TRUE(restarted.CatchUp().ok());
  EXPECT_EQ(told().size(), 1u);
  const int64_t u2 = append(app::Unfollowed{a, b});
  restarted.DispatchUpTo(u2);
  EXPECT_EQ(told(), (std::vector<int64_t>{u, u2}));
}

INSTANTIATE_TEST_SUITE_P(Engines, StoreTest, ::testing::Values("sqlite", "postgresql"),
                         [](const auto& info) { return info.param; });

// Opening errors name the place, never the password.
TEST(OpenStoreTest, BadSqlitePathIsUnavailable) {
  auto store = OpenStore({"/nonexistent-dir/x/pln.db"});
  ASSERT_FALSE(store.ok());
  EXPECT_EQ(store.error().kind(), ErrorKind::kUnavailable);
  EXPECT_EQ(store.error().message().rfind("cannot open database /nonexistent-dir/x/pln.db: ", 0),
            0u)
      << store.error().message();
}

TEST(OpenStoreTest, NotADatabaseFileIsUnavailable) {
  const auto path =
      std::filesystem::temp_directory_path() / ("pln_not_a_db_" + std::to_string(::getpid()));
  {
    FILE* f = std::fopen(path.c_str(), "w");
    ASSERT_NE(f, nullptr);
    std::fputs("this is not a database, just some text that is long enough to matter\n", f);
    std::fclose(f);
  }
  auto store = OpenStore({path.string()});
  std::filesystem::remove(path);
  ASSERT_FALSE(store.ok());
  EXPECT_EQ(store.error().kind(), ErrorKind::kUnavailable) << Describe(store);
}

TEST(OpenStoreTest, UnreachablePostgresIsUnavailableWithoutPassword) {
  auto store = OpenStore({"postgresql://pln:s3cret-pw@127.0.0.1:1/pln"});
  ASSERT_FALSE(store.ok());
  EXPECT_EQ(store.error().kind(), ErrorKind::kUnavailable);
  const std::string& message = store.error().message();
  EXPECT_EQ(message.rfind("cannot connect to PostgreSQL at 127.0.0.1:1: ", 0), 0u) << message;
  EXPECT_EQ(message.find("s3cret-pw"), std::string::npos) << message;
}

TEST(OpenStoreTest, RedactsPasswords) {
  EXPECT_EQ(RedactDatabase("postgresql://pln:pw@db:5432/pln"), "postgresql://pln:***@db:5432/pln");
  EXPECT_EQ(RedactDatabase("postgres://pln@db/pln?password=pw&sslmode=require"),
            "postgres://pln@db/pln?password=***&sslmode=require");
  EXPECT_EQ(RedactDatabase("postgresql://db/pln"), "postgresql://db/pln");
  EXPECT_EQ(RedactDatabase("/var/lib/pln/pln.db"), "/var/lib/pln/pln.db");
}

TEST(OpenStoreTest, EmptyDatabaseIsUnavailable) {
  auto store = OpenStore({""});
  ASSERT_FALSE(store.ok());
  EXPECT_EQ(store.error().kind(), ErrorKind::kUnavailable);
}

TEST(OpenStoreTest, InMemorySqliteWorks) {
  auto store = OpenStore({":memory:"});
  ASSERT_TRUE(store.ok()) << Describe(store);
  EXPECT_EQ((*store)->CountRows().value(), 0);
}

// --- Network scans (loading the graph engine) ---------------------------------------

TEST_P(StoreTest, NetworkScanMembersPagesByIdWithFieldsAndSkills) {
  const MemberId a = Add("a@example.org", FullProfile());
  const MemberId gone = Add("gone@example.org");
  const MemberId b = Add("b@example.org");
  domain::Profile third = Named("Third");
  third.fields = {"Design"};
  third.skills = {{"Figma", 5}};
  const MemberId c = Add("c@example.org", third);
  ASSERT_TRUE(W([&](Tx& tx) { return tx.members().Delete(gone); }).ok());

  auto first = R([&](Tx& tx) { return tx.network().ScanMembers(0, 2); });
  ASSERT_TRUE(first.ok()) << Describe(first);
  ASSERT_EQ(first->size(), 2u);
  EXPECT_EQ((*first)[0].id, a);
  EXPECT_EQ((*first)[1].id, b);
  const app::NetworkMember& ana = (*first)[0];
  EXPECT_EQ(ana.fields, (std::vector<std::string>{"Data Science", "Public Health"}));
  EXPECT_EQ(ana.skills, (std::vector<domain::Skill>{{"Python", 3}, {"SQL", 4}, {"R", 1}}));
  EXPECT_EQ(ana.organization, "Acme");
  EXPECT_EQ(ana.stage, domain::CareerStage::kEarlyCareer);
  EXPECT_FALSE(ana.discoverable);
  EXPECT_TRUE(ana.open_to.mentoring);
  EXPECT_EQ(ana.visibility, FullProfile().visibility);
  EXPECT_TRUE((*first)[1].fields.empty());
  EXPECT_TRUE((*first)[1].discoverable);

  auto second = R([&](Tx& tx) { return tx.network().ScanMembers(b.value(), 2); });
  ASSERT_TRUE(second.ok()) << Describe(second);
  ASSERT_EQ(second->size(), 1u);
  EXPECT_EQ((*second)[0].id, c);
  EXPECT_EQ((*second)[0].fields, std::vector<std::string>{"Design"});
  EXPECT_EQ((*second)[0].skills, (std::vector<domain::Skill>{{"Figma", 5}}));
  auto none = R([&](Tx& tx) { return tx.network().ScanMembers(c.value(), 2); });
  ASSERT_TRUE(none.ok());
  EXPECT_TRUE(none->empty());
}

TEST_P(StoreTest, NetworkEachMemberFieldAndSkillStreamEveryRow) {
  const MemberId a = Add("a@example.org", FullProfile());
  const MemberId gone = Add("gone@example.org", FullProfile());
  domain::Profile third = Named("Third");
  third.fields = {"Design"};
  third.skills = {{"Figma", 5}};
  const MemberId c = Add("c@example.org", third);
  ASSERT_TRUE(W([&](Tx& tx) { return tx.members().Delete(gone); }).ok());

  std::vector<app::NetworkMember> members;
  std::vector<std::pair<MemberId, std::string>> fields;
  std::vector<std::tuple<MemberId, std::string, int>> skills;
  const Status done = store_->Read([&](Tx& tx) -> Status {
    members.clear();
    fields.clear();
    skills.clear();
    RETURN_IF_ERROR(tx.network().EachMember([&](const app::NetworkMember& m) {
      members.push_back(m);
      return Status::Ok();
    }));
    RETURN_IF_ERROR(tx.network().EachField([&](MemberId id, std::string_view name) {
      fields.emplace_back(id, std::string(name));
      return Status::Ok();
    }));
    return tx.network().EachSkill([&](MemberId id, std::string_view name, int level) {
      skills.emplace_back(id, std::string(name), level);
      return Status::Ok();
    });
  });
  ASSERT_TRUE(done.ok()) << done.error().message();
  ASSERT_EQ(members.size(), 2u);
  EXPECT_EQ(members[0].id, a);
  EXPECT_EQ(members[0].organization, "Acme");
  EXPECT_EQ(members[0].stage, domain::CareerStage::kEarlyCareer);
  EXPECT_FALSE(members[0].discoverable);
  EXPECT_TRUE(members[0].open_to.mentoring);
  EXPECT_EQ(members[0].visibility, FullProfile().visibility);
  EXPECT_TRUE(members[0].fields.empty());
  EXPECT_EQ(members[1].id, c);
  EXPECT_TRUE(members[1].discoverable);
  // In no particular order; the deleted member's rows are gone.
  std::sort(fields.begin(), fields.end());
  std::sort(skills.begin(), skills.end());
  using F = std::pair<MemberId, std::string>;
  EXPECT_EQ(fields, (std::vector<F>{{a, "Data Science"}, {a, "Public Health"}, {c, "Design"}}));
  using S = std::tuple<MemberId, std::string, int>;
  EXPECT_EQ(skills,
            (std::vector<S>{{a, "Python", 3}, {a, "R", 1}, {a, "SQL", 4}, {c, "Figma", 5}}));

  // An error from the callback stops the scan and comes back.
  int seen = 0;
  const Status stopped = store_->Read([&](Tx& tx) {
    return tx.network().EachMember([&](const app::NetworkMember&) -> Status {
      ++seen;
      return InternalError("stop");
    });
  });
  ASSERT_FALSE(stopped.ok());
  EXPECT_EQ(stopped.error().message(), "stop");
  EXPECT_EQ(seen, 1);
}

TEST_P(StoreTest, NetworkEachPairCoversEveryRelationInKeyOrder) {
  std::vector<MemberId> m;
  for (int i = 0; i < 5; ++i) m.push_back(Add("m" + std::to_string(i) + "@example.org"));
  ASSERT_TRUE(W([&](Tx& tx) -> Status {
                RETURN_IF_ERROR(tx.connections().Connect(m[3], m[0], 1));
                RETURN_IF_ERROR(tx.connections().Connect(m[0], m[1], 1));
                RETURN_IF_ERROR(tx.connections().Connect(m[2], m[4], 1));
                RETURN_IF_ERROR(tx.connections().Follow(m[4], m[0], 1));
                RETURN_IF_ERROR(tx.connections().Block(m[1], m[2], 1));
                RETURN_IF_ERROR(tx.connections().CreateRequest(m[4], m[1], "", 1));
                ASSIGN_OR_RETURN(RequestId done, tx.connections().CreateRequest(m[3], m[4], "", 1));
                RETURN_IF_ERROR(
                    tx.connections().SetRequestStatus(done, RequestStatus::kDeclined, 2));
                RETURN_IF_ERROR(tx.network().Dismiss(m[0], m[2], 1));
                return Status::Ok();
              }).ok());
  auto scan = [&](app::NetworkRelation relation) {
    std::vector<app::MemberPair> all;
    const Status done = store_->Read([&](Tx& tx) {
      all.clear();
      return tx.network().EachPair(relation, [&](app::MemberPair p) {
        all.push_back(p);
        return Status::Ok();
      });
    });
    EXPECT_TRUE(done.ok()) << done.error().message();
    return all;
  };
  using P = app::MemberPair;
  EXPECT_EQ(scan(app::NetworkRelation::kConnections),
            (std::vector<P>{{m[0], m[1]}, {m[0], m[3]}, {m[2], m[4]}}));
  EXPECT_EQ(scan(app::NetworkRelation::kFollows), (std::vector<P>{{m[4], m[0]}}));
  EXPECT_EQ(scan(app::NetworkRelation::kBlocks), (std::vector<P>{{m[1], m[2]}}));
  EXPECT_EQ(scan(app::NetworkRelation::kPendingRequests), (std::vector<P>{{m[4], m[1]}}));
  EXPECT_EQ(scan(app::NetworkRelation::kDismissals), (std::vector<P>{{m[0], m[2]}}));
}

TEST_P(StoreTest, NetworkDismissIsIdempotentAndNeedsBothMembers) {
  const MemberId a = Add("a@example.org");
  const MemberId b = Add("b@example.org");
  EXPECT_TRUE(*W([&](Tx& tx) { return tx.network().Dismiss(a, b, 1); }));
  EXPECT_FALSE(*W([&](Tx& tx) { return tx.network().Dismiss(a, b, 2); }));
  auto missing = W([&](Tx& tx) { return tx.network().Dismiss(a, MemberId(999999), 3); });
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().kind(), ErrorKind::kNotFound);
  std::vector<app::MemberPair> rows;
  ASSERT_TRUE(store_
                  ->Read([&](Tx& tx) {
                    return tx.network().EachPair(app::NetworkRelation::kDismissals,
                                                 [&](app::MemberPair p) {
                                                   rows.push_back(p);
                                                   return Status::Ok();
                                                 });
                  })
                  .ok());
  EXPECT_EQ(rows, (std::vector<app::MemberPair>{{a, b}}));
}

TEST_P(StoreTest, OpportunitiesKeepEveryFieldAndTheirLifeCycle) {
  const MemberId poster = Add("poster@example.org"), mod = Add("mod@example.org");
  domain::OpportunityInput event = SampleOpportunity();
  event.kind = domain::OpportunityKind::kEvent;
  event.remote = false;
  event.apply_url = "";
  event.starts_at = 1'999'000'000'000;
  event.ends_at = 1'999'000'360'000;
  auto id = W([&](Tx& tx) { return tx.opportunities().Create(poster, event, 100); });
  ASSERT_TRUE(id.ok()) << Describe(id);
  auto got = R([&](Tx& tx) { return tx.opportunities().Get(*id); });
  ASSERT_TRUE(got.ok() && got->has_value()) << Describe(got);
  const domain::Opportunity& o = **got;
  EXPECT_EQ(o.poster, poster);
  EXPECT_EQ(o.post.kind, domain::OpportunityKind::kEvent);
  EXPECT_EQ(o.post.title, "Junior analyst 'ü'");
  EXPECT_EQ(o.post.skills, event.skills);
  EXPECT_EQ(o.post.fields, event.fields);
  EXPECT_EQ(o.post.stages, event.stages);
  EXPECT_EQ(o.post.starts_at, event.starts_at);
  EXPECT_EQ(o.post.ends_at, event.ends_at);
  EXPECT_FALSE(o.post.remote);
  EXPECT_EQ(o.created_at, 100);
  EXPECT_FALSE(o.closed_at || o.hidden_at);

  // Open listing: by id, past closing dates and closed or hidden posts left out.
  domain::OpportunityInput soon = SampleOpportunity();
  soon.closes_at = 500;
  auto expiring = W([&](Tx& tx) { return tx.opportunities().Create(poster, soon, 101); });
  auto other =
      W([&](Tx& tx) { return tx.opportunities().Create(poster, SampleOpportunity(), 102); });
  ASSERT_TRUE(expiring.ok() && other.ok());
  auto open_ids = [&](int64_t now, int64_t after) {
    std::vector<OpportunityId> ids;
    auto found = R([&](Tx& tx) { return tx.opportunities().ListOpen(now, after, 10); });
    EXPECT_TRUE(found.ok()) << Describe(found);
    if (found.ok()) {
      for (const auto& f : *found) ids.push_back(f.id);
    }
    return ids;
  };
  EXPECT_EQ(open_ids(400, 0), (std::vector<OpportunityId>{*id, *expiring, *other}));
  EXPECT_EQ(open_ids(500, 0), (std::vector<OpportunityId>{*id, *other}));
  EXPECT_EQ(open_ids(400, expiring->value()), std::vector<OpportunityId>{*other});

  EXPECT_TRUE(*W([&](Tx& tx) { return tx.opportunities().Close(*other, 200); }));
  EXPECT_FALSE(*W([&](Tx& tx) { return tx.opportunities().Close(*other, 201); }));
  EXPECT_TRUE(*W([&](Tx& tx) { return tx.opportunities().Hide(*id, mod, 202); }));
  EXPECT_FALSE(*W([&](Tx& tx) { return tx.opportunities().Hide(*id, mod, 203); }));
  EXPECT_EQ(open_ids(400, 0), std::vector<OpportunityId>{*expiring});
  auto hidden = R([&](Tx& tx) { return tx.opportunities().Get(*id); });
  ASSERT_TRUE(hidden.ok() && hidden->has_value());
  EXPECT_EQ((*hidden)->hidden_at, 202);
  EXPECT_EQ((*hidden)->hidden_by, mod);

  // A repost reopens; a plain edit keeps it closed.
  domain::OpportunityInput edited = SampleOpportunity();
  edited.title = "Analyst";
  EXPECT_TRUE(*W([&](Tx& tx) { return tx.opportunities().Update(*other, edited, false, 300); }));
  auto still = R([&](Tx& tx) { return tx.opportunities().Get(*other); });
  EXPECT_EQ((*still)->post.title, "Analyst");
  EXPECT_EQ((*still)->closed_at, 200);
  EXPECT_TRUE(*W([&](Tx& tx) { return tx.opportunities().Update(*other, edited, true, 301); }));
  auto reopened = R([&](Tx& tx) { return tx.opportunities().Get(*other); });
  EXPECT_FALSE((*reopened)->closed_at.has_value());
  EXPECT_EQ((*reopened)->updated_at, 301);
  EXPECT_FALSE(*W(
      [&](Tx& tx) { return tx.opportunities().Update(OpportunityId(9999), edited, true, 302); }));

  auto mine = R([&](Tx& tx) { return tx.opportunities().ListByPoster(poster, 0, 2); });
  ASSERT_TRUE(mine.ok());
  ASSERT_EQ(mine->size(), 2u);
  EXPECT_EQ((*mine)[0].id, *other);  // newest first
  auto older =
      R([&](Tx& tx) { return tx.opportunities().ListByPoster(poster, expiring->value(), 5); });
  ASSERT_TRUE(older.ok());
  ASSERT_EQ(older->size(), 1u);
  EXPECT_EQ((*older)[0].id, *id);
}

TEST_P(StoreTest, OpportunityInterestDismissalsAndReportsAreOncePerMember) {
  const MemberId poster = Add("poster@example.org"), a = Add("a@example.org"),
                 b = Add("b@example.org");
  auto first = W([&](Tx& tx) { return tx.opportunities().Create(poster, SampleOpportunity(), 1); });
  auto second =
      W([&](Tx& tx) { return tx.opportunities().Create(poster, SampleOpportunity(), 2); });
  ASSERT_TRUE(first.ok() && second.ok());
  EXPECT_TRUE(*W([&](Tx& tx) { return tx.opportunities().AddInterest({*first, a, "me!", 10}); }));
  EXPECT_FALSE(*W([&](Tx& tx) {
    return tx.opportunities().AddInterest({*first, a, "again", 11});
  }));
  EXPECT_TRUE(*W([&](Tx& tx) { return tx.opportunities().AddInterest({*first, b, "", 12}); }));
  EXPECT_TRUE(*W([&](Tx& tx) { return tx.opportunities().AddInterest({*second, a, "", 13}); }));
  auto in_first = R([&](Tx& tx) { return tx.opportunities().InterestIn(*first); });
  ASSERT_TRUE(in_first.ok());
  ASSERT_EQ(in_first->size(), 2u);
  EXPECT_EQ((*in_first)[0].member, a);
  EXPECT_EQ((*in_first)[0].note, "me!");  // the first note stays
  auto of_a = R([&](Tx& tx) { return tx.opportunities().InterestsOf(a); });
  ASSERT_TRUE(of_a.ok());
  ASSERT_EQ(of_a->size(), 2u);
  EXPECT_EQ((*of_a)[0].opportunity, *second);  // newest first
  EXPECT_TRUE(*W([&](Tx& tx) { return tx.opportunities().RemoveInterest(*first, a); }));
  EXPECT_FALSE(*W([&](Tx& tx) { return tx.opportunities().RemoveInterest(*first, a); }));

  // Interest in a post that does not exist is "not found", and nothing is written.
  auto missing = W([&](Tx& tx) {
    return tx.opportunities().AddInterest({OpportunityId(9999), a, "", 14});
  });
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().kind(), ErrorKind::kNotFound);

  EXPECT_TRUE(*W([&](Tx& tx) { return tx.opportunities().Dismiss(a, *second, 20); }));
  EXPECT_FALSE(*W([&](Tx& tx) { return tx.opportunities().Dismiss(a, *second, 21); }));
  EXPECT_TRUE(*W([&](Tx& tx) { return tx.opportunities().Dismiss(a, *first, 22); }));
  auto dismissed = R([&](Tx& tx) { return tx.opportunities().Dismissed(a); });
  ASSERT_TRUE(dismissed.ok());
  EXPECT_EQ(*dismissed, (std::vector<OpportunityId>{*first, *second}));

  EXPECT_TRUE(*W([&](Tx& tx) { return tx.opportunities().Report(*first, a, "spam", 30); }));
  EXPECT_FALSE(*W([&](Tx& tx) { return tx.opportunities().Report(*first, a, "spam", 31); }));
  EXPECT_TRUE(*W([&](Tx& tx) { return tx.opportunities().Report(*first, b, "scam", 32); }));
  EXPECT_EQ(*R([&](Tx& tx) { return tx.opportunities().ReportCount(*first); }), 2);

  // Deleting the poster takes their posts and everything hanging on them.
  ASSERT_TRUE(W([&](Tx& tx) -> Result<bool> {
                RETURN_IF_ERROR(tx.members().Delete(poster));
                return true;
              }).ok());
  auto gone = R([&](Tx& tx) { return tx.opportunities().Get(*first); });
  ASSERT_TRUE(gone.ok());
  EXPECT_FALSE(gone->has_value());
  EXPECT_TRUE(R([&](Tx& tx) { return tx.opportunities().InterestsOf(a); })->empty());
  EXPECT_TRUE(R([&](Tx& tx) { return tx.opportunities().Dismissed(a); })->empty());
}

TEST_P(StoreTest, CorruptOpportunityColumnsAreInternalErrors) {
  const MemberId poster = Add("poster@example.org");
  auto id = W([&](Tx& tx) { return tx.opportunities().Create(poster, SampleOpportunity(), 1); });
  ASSERT_TRUE(id.ok());
  for (const std::string& set :
       {std::string("skills = '[{\"name\":\"SQL\",\"level\":9,\"required\":true}]'"),
        std::string("stages = '[\"wizard\"]'"), std::string("fields = '{}'"),
        std::string("kind = 'gig'")}) {
    ASSERT_TRUE(
        RawSql("UPDATE opportunities SET " + set + " WHERE id = " + std::to_string(id->value())))
        << set;
    auto got = R([&](Tx& tx) { return tx.opportunities().Get(*id); });
    ASSERT_FALSE(got.ok()) << set;
    EXPECT_EQ(got.error().kind(), ErrorKind::kInternal) << set;
    ASSERT_TRUE(W([&](Tx& tx) -> Result<bool> {
                  return tx.opportunities().Update(*id, SampleOpportunity(), false, 2);
                }).ok());
  }
}

// ---- Community (issue 19) ----

domain::GroupInput SampleGroup(std::string name = "Data Science Circle") {
  domain::GroupInput g;
  g.name = std::move(name);
  g.description = "Weekly *dbt* talk 'ü'";
  g.rules = "Be kind.";
  g.topics = {"Data Science", "SQL"};
  g.policy = domain::JoinPolicy::kRequest;
  return g;
}

domain::PostInput ProfilePost(std::string body, domain::PostAudience audience) {
  domain::PostInput p;
  p.body = std::move(body);
  p.audience = audience;
  return p;
}

domain::PostInput GroupPost(std::string body, GroupId group) {
  domain::PostInput p;
  p.body = std::move(body);
  p.audience = domain::PostAudience::kGroup;
  p.group = group;
  return p;
}

TEST_P(StoreTest, GroupsKeepTheirFieldsAndMemberships) {
  using State = domain::Membership::State;
  const MemberId owner = Add("owner@example.org"), b = Add("b@example.org"),
                 c = Add("c@example.org");
  auto id = W([&](Tx& tx) {
    return tx.groups().Create(domain::GroupKind::kTopic, SampleGroup(), std::nullopt, owner, 10);
  });
  ASSERT_TRUE(id.ok()) << Describe(id);
  auto got = R([&](Tx& tx) { return tx.groups().Get(*id); });
  ASSERT_TRUE(got.ok() && got->has_value()) << Describe(got);
  EXPECT_EQ((*got)->content.name, "Data Science Circle");
  EXPECT_EQ((*got)->content.description, "Weekly *dbt* talk 'ü'");
  EXPECT_EQ((*got)->content.topics, (std::vector<std::string>{"Data Science", "SQL"}));
  EXPECT_EQ((*got)->content.policy, domain::JoinPolicy::kRequest);
  EXPECT_EQ((*got)->created_by, owner);
  EXPECT_EQ((*got)->member_count, 1);
  EXPECT_EQ(*R([&](Tx& tx) { return tx.groups().OwnerCount(*id); }), 1);
  auto owner_m = R([&](Tx& tx) { return tx.groups().MembershipOf(*id, owner); });
  ASSERT_TRUE(owner_m.ok());
  EXPECT_TRUE(owner_m->is_member());
  EXPECT_EQ(owner_m->role, domain::GroupRole::kOwner);
  EXPECT_EQ(R([&](Tx& tx) { return tx.groups().MembershipOf(*id, b); })->state, State::kNone);

  // A request, then approval: one row that changes state.
  ASSERT_TRUE(W([&](Tx& tx) {
                return tx.groups().SetMembership(
                    *id, b, {State::kRequested, domain::GroupRole::kMember}, {}, 11);
              }).ok());
  ASSERT_TRUE(W([&](Tx& tx) {
                return tx.groups().SetMembership(
                    *id, c, {State::kInvited, domain::GroupRole::kMember}, owner, 12);
              }).ok());
  auto requests = R([&](Tx& tx) { return tx.groups().Members(*id, State::kRequested, 0, 10); });
  ASSERT_TRUE(requests.ok());
  ASSERT_EQ(requests->size(), 1u);
  EXPECT_EQ((*requests)[0].member, b);
  EXPECT_EQ((*requests)[0].since, 11);
  auto invited = R([&](Tx& tx) { return tx.groups().Members(*id, State::kInvited, 0, 10); });
  ASSERT_EQ(invited->size(), 1u);
  EXPECT_EQ((*invited)[0].invited_by, owner);
  EXPECT_EQ((*R([&](Tx& tx) { return tx.groups().Get(*id); }))->member_count, 1);
  ASSERT_TRUE(W([&](Tx& tx) {
                return tx.groups().SetMembership(
                    *id, b, {State::kMember, domain::GroupRole::kMember}, {}, 13);
              }).ok());
  EXPECT_TRUE(
      R([&](Tx& tx) { return tx.groups().Members(*id, State::kRequested, 0, 10); })->empty());
  EXPECT_EQ(*R([&](Tx& tx) { return tx.groups().GroupsOf(b); }), std::vector<GroupId>{*id});
  EXPECT_TRUE(R([&](Tx& tx) { return tx.groups().GroupsOf(c); })->empty());
  EXPECT_EQ((*R([&](Tx& tx) { return tx.groups().Get(*id); }))->member_count, 2);
  EXPECT_TRUE(*W([&](Tx& tx) { return tx.groups().RemoveMembership(*id, b); }));
  EXPECT_FALSE(*W([&](Tx& tx) { return tx.groups().RemoveMembership(*id, b); }));

  // Unknown members and groups are "not found", never a 500.
  Status ghost = W([&](Tx& tx) {
    return tx.groups().SetMembership(*id, MemberId(9999),
                                     {State::kMember, domain::GroupRole::kMember}, {}, 14);
  });
  EXPECT_EQ(ghost.error().kind(), ErrorKind::kNotFound);
  Status no_group = W([&](Tx& tx) {
    return tx.groups().SetMembership(GroupId(9999), b, {State::kMember, domain::GroupRole::kMember},
                                     {}, 14);
  });
  EXPECT_EQ(no_group.error().kind(), ErrorKind::kNotFound);

  // Edits, listing by id.
  domain::GroupInput edited = SampleGroup("Data Science Guild");
  edited.policy = domain::JoinPolicy::kOpen;
  EXPECT_TRUE(*W([&](Tx& tx) { return tx.groups().Update(*id, edited, 20); }));
  EXPECT_FALSE(*W([&](Tx& tx) { return tx.groups().Update(GroupId(9999), edited, 20); }));
  auto second = W([&](Tx& tx) {
    return tx.groups().Create(domain::GroupKind::kTopic, SampleGroup("Rust"), std::nullopt,
                              std::nullopt, 21);
  });
  ASSERT_TRUE(second.ok());
  auto all = R([&](Tx& tx) { return tx.groups().List(0, 10); });
  ASSERT_EQ(all->size(), 2u);
  EXPECT_EQ((*all)[0].content.name, "Data Science Guild");
  EXPECT_EQ((*all)[0].content.policy, domain::JoinPolicy::kOpen);
  EXPECT_EQ((*all)[0].updated_at, 20);
  EXPECT_EQ((*all)[1].member_count, 0);
  EXPECT_EQ(R([&](Tx& tx) { return tx.groups().List(id->value(), 10); })->size(), 1u);
}

TEST_P(StoreTest, PostsKeepCommentsAndOneReactionPerMember) {
  const MemberId a = Add("a@example.org"), b = Add("b@example.org"), c = Add("c@example.org");
  auto post = W([&](Tx& tx) {
    return tx.posts().Create(a, ProfilePost("Shipped **dbt** 'ü'", domain::PostAudience::kMembers),
                             100);
  });
  ASSERT_TRUE(post.ok()) << Describe(post);
  auto missing_group =
      W([&](Tx& tx) { return tx.posts().Create(a, GroupPost("hi", GroupId(9999)), 100); });
  EXPECT_EQ(missing_group.error().kind(), ErrorKind::kNotFound);

  auto top = W([&](Tx& tx) { return tx.posts().AddComment({{}, *post, b, {}, "Congrats!", 110}); });
  ASSERT_TRUE(top.ok()) << Describe(top);
  auto reply = W([&](Tx& tx) {
    return tx.posts().AddComment({{}, *post, a, *top, "Thanks", 111});
  });
  ASSERT_TRUE(reply.ok());
  ASSERT_TRUE(W([&](Tx& tx) {
                return tx.posts().AddComment({{}, *post, c, {}, "Nice", 112});
              }).ok());
  ASSERT_TRUE(
      W([&](Tx& tx) { return tx.posts().React(*post, b, domain::Reaction::kLike, 120); }).ok());
  ASSERT_TRUE(
      W([&](Tx& tx) { return tx.posts().React(*post, c, domain::Reaction::kLike, 121); }).ok());
  // Reacting again replaces: still one reaction per member.
  ASSERT_TRUE(W([&](Tx& tx) {
                return tx.posts().React(*post, c, domain::Reaction::kCelebrate, 122);
              }).ok());
  auto got = R([&](Tx& tx) { return tx.posts().Get(*post); });
  ASSERT_TRUE(got.ok() && got->has_value()) << Describe(got);
  EXPECT_EQ((*got)->content.body, "Shipped **dbt** 'ü'");
  EXPECT_EQ((*got)->content.audience, domain::PostAudience::kMembers);
  EXPECT_EQ((*got)->comment_count, 3);
  EXPECT_EQ((*got)->reactions,
            (std::map<domain::Reaction, int>{{domain::Reaction::kLike, 1},
                                             {domain::Reaction::kCelebrate, 1}}));
  EXPECT_EQ(*R([&](Tx& tx) { return tx.posts().ReactionOf(*post, c); }),
            domain::Reaction::kCelebrate);
  EXPECT_TRUE(*W([&](Tx& tx) { return tx.posts().Unreact(*post, c); }));
  EXPECT_FALSE(*W([&](Tx& tx) { return tx.posts().Unreact(*post, c); }));
  EXPECT_FALSE(R([&](Tx& tx) { return tx.posts().ReactionOf(*post, c); })->has_value());

  auto comments = R([&](Tx& tx) { return tx.posts().Comments(*post, 0, 10); });
  ASSERT_EQ(comments->size(), 3u);
  EXPECT_EQ((*comments)[1].parent, *top);
  EXPECT_EQ((*comments)[1].body, "Thanks");
  // Deleting a comment takes its replies with it.
  EXPECT_TRUE(*W([&](Tx& tx) { return tx.posts().DeleteComment(*top); }));
  EXPECT_EQ(R([&](Tx& tx) { return tx.posts().Comments(*post, 0, 10); })->size(), 1u);

  EXPECT_TRUE(*W([&](Tx& tx) { return tx.posts().UpdateBody(*post, "Edited", 130); }));
  auto edited = R([&](Tx& tx) { return tx.posts().Get(*post); });
  EXPECT_EQ((*edited)->content.body, "Edited");
  EXPECT_EQ((*edited)->edited_at, 130);
  EXPECT_TRUE(*W([&](Tx& tx) { return tx.posts().SetHidden(*post, b, 140); }));
  EXPECT_FALSE(*W([&](Tx& tx) { return tx.posts().SetHidden(*post, b, 141); }));
  EXPECT_EQ((*R([&](Tx& tx) { return tx.posts().Get(*post); }))->hidden_by, b);
  EXPECT_TRUE(*W([&](Tx& tx) { return tx.posts().SetHidden(*post, std::nullopt, 142); }));
  EXPECT_FALSE((*R([&](Tx& tx) { return tx.posts().Get(*post); }))->hidden_at.has_value());

  EXPECT_TRUE(*W([&](Tx& tx) { return tx.posts().Delete(*post); }));
  EXPECT_FALSE(*W([&](Tx& tx) { return tx.posts().Delete(*post); }));
  EXPECT_FALSE(R([&](Tx& tx) { return tx.posts().Get(*post); })->has_value());
}

TEST_P(StoreTest, FeedWindowsReadEverySourceOnceInKeysetOrder) {
  const MemberId v = Add("v@example.org"), conn = Add("conn@example.org"),
                 fol = Add("fol@example.org"), stranger = Add("s@example.org"),
                 blocked = Add("blocked@example.org");
  auto group = W([&](Tx& tx) {
    return tx.groups().Create(domain::GroupKind::kTopic, SampleGroup(), std::nullopt, v, 1);
  });
  auto other_group = W([&](Tx& tx) {
    return tx.groups().Create(domain::GroupKind::kTopic, SampleGroup("Other"), std::nullopt,
                              stranger, 1);
  });
  ASSERT_TRUE(group.ok() && other_group.ok());
  using A = domain::PostAudience;
  std::map<std::string, PostId> ids;
  auto post = [&](const std::string& name, MemberId author, domain::PostInput in, int64_t at) {
    auto id = W([&](Tx& tx) { return tx.posts().Create(author, in, at); });
    ASSERT_TRUE(id.ok()) << name << ": " << Describe(id);
    ids[name] = *id;
  };
  post("conn-connections", conn, ProfilePost("1", A::kConnections), 100);
  post("conn-members", conn, ProfilePost("2", A::kMembers), 101);
  post("fol-followers", fol, ProfilePost("3", A::kFollowers), 102);
  post("fol-connections", fol, ProfilePost("not for followers", A::kConnections), 103);
  post("stranger-members", stranger, ProfilePost("not a source", A::kMembers), 104);
  post("group-by-stranger", stranger, GroupPost("4", *group), 105);
  post("group-by-blocked", blocked, GroupPost("blocked", *group), 106);
  post("other-group", stranger, GroupPost("not my group", *other_group), 107);
  post("own", v, ProfilePost("5", A::kConnections), 108);
  post("hidden-by-me", conn, ProfilePost("hidden", A::kMembers), 109);
  post("hidden-by-mod", stranger, GroupPost("hidden", *group), 110);
  post("same-time-a", conn, ProfilePost("6", A::kMembers), 111);
  post("same-time-b", fol, ProfilePost("7", A::kMembers), 111);
  ASSERT_TRUE(
      W([&](Tx& tx) { return tx.posts().HideForMember(v, ids["hidden-by-me"], 200); }).ok());
  ASSERT_TRUE(W([&](Tx& tx) { return tx.posts().SetHidden(ids["hidden-by-mod"], v, 200); }).ok());

  ASSERT_TRUE(W([&](Tx& tx) -> Status {
                RETURN_IF_ERROR(StatusOf(tx.connections().Connect(v, conn, 1)));
                RETURN_IF_ERROR(StatusOf(tx.connections().Follow(v, fol, 1)));
                RETURN_IF_ERROR(StatusOf(tx.connections().Follow(v, conn, 1)));
                return StatusOf(tx.connections().Block(blocked, v, 1));
              }).ok());
  auto loaded = R([&](Tx& tx) { return tx.posts().FeedSourcesOf(v); });
  ASSERT_TRUE(loaded.ok()) << Describe(loaded);
  EXPECT_EQ(loaded->connections, std::vector<MemberId>{conn});
  EXPECT_EQ(loaded->followed, std::vector<MemberId>{fol});  // a followed connection counts once
  EXPECT_EQ(loaded->groups, std::vector<GroupId>{*group});
  EXPECT_EQ(loaded->blocked, std::vector<MemberId>{blocked});
  app::FeedSources sources = *loaded;
  auto window = [&](std::optional<app::PostPosition> before, int limit) {
    std::vector<std::string> names;
    auto found = R([&](Tx& tx) { return tx.posts().FeedWindow(sources, before, limit); });
    EXPECT_TRUE(found.ok()) << Describe(found);
    if (!found.ok()) return std::make_pair(names, before);
    for (const app::Post& p : *found) {
      for (const auto& [name, id] : ids) {
        if (id == p.id) names.push_back(name);
      }
      before = app::PostPosition{p.created_at, p.id};
    }
    return std::make_pair(names, before);
  };
  auto [first, at] = window(std::nullopt, 3);
  // Equal times: the higher id first.
  EXPECT_EQ(first, (std::vector<std::string>{"same-time-b", "same-time-a", "own"}));
  auto [rest, end] = window(at, 10);
  EXPECT_EQ(rest, (std::vector<std::string>{"group-by-stranger", "fol-followers", "conn-members",
                                            "conn-connections"}));
  EXPECT_TRUE(window(end, 10).first.empty());  // all caught up

  // Without sources the member still sees their own posts.
  sources = {};
  sources.viewer = v;
  EXPECT_EQ(window(std::nullopt, 10).first, std::vector<std::string>{"own"});

  auto in_group = R([&](Tx& tx) { return tx.posts().GroupWindow(*group, std::nullopt, 10); });
  ASSERT_TRUE(in_group.ok());
  EXPECT_EQ(in_group->size(), 2u);  // the moderator-hidden post is left out
  auto by_author = R([&](Tx& tx) { return tx.posts().AuthorWindow(stranger, std::nullopt, 10); });
  ASSERT_EQ(by_author->size(), 1u);  // profile posts only
  EXPECT_EQ((*by_author)[0].id, ids["stranger-members"]);
  EXPECT_TRUE(*W([&](Tx& tx) { return tx.posts().SeeFewer(v, *group, 300); }));
  EXPECT_FALSE(*W([&](Tx& tx) { return tx.posts().SeeFewer(v, *group, 301); }));
  EXPECT_EQ(*R([&](Tx& tx) { return tx.posts().FewerGroups(v); }), std::vector<GroupId>{*group});
}

TEST_P(StoreTest, CorruptCommunityColumnsAreInternalErrors) {
  const MemberId a = Add("a@example.org");
  auto group = W([&](Tx& tx) {
    return tx.groups().Create(domain::GroupKind::kTopic, SampleGroup(), std::nullopt, a, 1);
  });
  auto post = W([&](Tx& tx) {
    return tx.posts().Create(a, ProfilePost("x", domain::PostAudience::kMembers), 1);
  });
  ASSERT_TRUE(group.ok() && post.ok());
  const std::string gid = std::to_string(group->value());
  for (const std::string& set : {std::string("kind = 'club'"), std::string("policy = 'secret'"),
                                 std::string("topics = '{}'")}) {
    ASSERT_TRUE(RawSql("UPDATE groups SET " + set + " WHERE id = " + gid)) << set;
    auto got = R([&](Tx& tx) { return tx.groups().Get(*group); });
    ASSERT_FALSE(got.ok()) << set;
    EXPECT_EQ(got.error().kind(), ErrorKind::kInternal) << set;
    ASSERT_TRUE(W([&](Tx& tx) { return tx.groups().Update(*group, SampleGroup(), 2); }).ok());
  }
  ASSERT_TRUE(RawSql("UPDATE group_members SET state = 'banned' WHERE group_id = " + gid));
  EXPECT_EQ(R([&](Tx& tx) { return tx.groups().MembershipOf(*group, a); }).error().kind(),
            ErrorKind::kInternal);
  ASSERT_TRUE(
      RawSql("UPDATE posts SET audience = 'everyone' WHERE id = " + std::to_string(post->value())));
  EXPECT_EQ(R([&](Tx& tx) { return tx.posts().Get(*post); }).error().kind(), ErrorKind::kInternal);
}

// ---- Introductions ----

TEST_P(StoreTest, IntroductionsKeepEveryFieldAndChangeOnlyFromTheExpectedStatus) {
  const MemberId a = Add("a@example.org"), b = Add("b@example.org"), c = Add("c@example.org"),
                 poster = Add("poster@example.org");
  auto job = W([&](Tx& tx) { return tx.opportunities().Create(poster, SampleOpportunity(), 1); });
  ASSERT_TRUE(job.ok());
  domain::Introduction in = SampleIntroduction(a, b, c, 100);
  in.opportunity = *job;
  auto id = W([&](Tx& tx) { return tx.introductions().Create(in); });
  ASSERT_TRUE(id.ok()) << Describe(id);
  auto got = R([&](Tx& tx) { return tx.introductions().Get(*id); });
  ASSERT_TRUE(got.ok() && got->has_value()) << Describe(got);
  domain::Introduction i = **got;
  EXPECT_EQ(i.requester, a);
  EXPECT_EQ(i.broker, b);
  EXPECT_EQ(i.target, c);
  EXPECT_EQ(i.note, "Private 'ü' note");
  EXPECT_EQ(i.blurb, "Hello \"there\"");
  EXPECT_EQ(i.status, domain::IntroductionStatus::kRequested);
  EXPECT_EQ(i.opportunity, *job);
  EXPECT_EQ(i.created_at, 100);
  EXPECT_EQ(i.expires_at, 1100);
  EXPECT_FALSE(i.forwarded_at || i.closed_at || i.settled_at);

  // One unsettled request per requester and target.
  auto twin =
      W([&](Tx& tx) { return tx.introductions().Create(SampleIntroduction(a, b, c, 101)); });
  ASSERT_FALSE(twin.ok());
  EXPECT_EQ(twin.error().code(), "introduction_open");

  // The target sees it only once forwarded.
  auto ids_for = [&](MemberId m, domain::IntroductionRole role) {
    std::vector<IntroductionId> out;
    auto list = R([&](Tx& tx) { return tx.introductions().ListFor(m, role, 10); });
    EXPECT_TRUE(list.ok()) << Describe(list);
    if (list.ok()) {
      for (const auto& x : *list) out.push_back(x.id);
    }
    return out;
  };
  using Role = domain::IntroductionRole;
  EXPECT_EQ(ids_for(a, Role::kRequester), std::vector<IntroductionId>{*id});
  EXPECT_EQ(ids_for(b, Role::kBroker), std::vector<IntroductionId>{*id});
  EXPECT_TRUE(ids_for(c, Role::kTarget).empty());
  EXPECT_TRUE(ids_for(b, Role::kRequester).empty());

  // A conditional update: from the expected status only.
  i.status = domain::IntroductionStatus::kForwarded;
  i.forwarded_at = 150;
  i.blurb = "Edited by B";
  i.updated_at = 150;
  EXPECT_TRUE(*W([&](Tx& tx) {
    return tx.introductions().Update(i, domain::IntroductionStatus::kRequested);
  }));
  domain::Introduction late = i;
  late.status = domain::IntroductionStatus::kDeclinedByBroker;
  late.closed_at = 160;
  EXPECT_FALSE(*W([&](Tx& tx) {
    return tx.introductions().Update(late, domain::IntroductionStatus::kRequested);
  }));
  auto after = R([&](Tx& tx) { return tx.introductions().Get(*id); });
  ASSERT_TRUE(after.ok() && after->has_value());
  EXPECT_EQ((*after)->status, domain::IntroductionStatus::kForwarded);
  EXPECT_EQ((*after)->blurb, "Edited by B");
  EXPECT_EQ((*after)->forwarded_at, 150);
  EXPECT_FALSE((*after)->closed_at.has_value());
  EXPECT_EQ(ids_for(c, Role::kTarget), std::vector<IntroductionId>{*id});

  // Counts and the broker's answer times.
  EXPECT_EQ(*R([&](Tx& tx) { return tx.introductions().CountRequestedSince(a, 99); }), 1);
  EXPECT_EQ(*R([&](Tx& tx) { return tx.introductions().CountRequestedSince(a, 100); }), 0);
  EXPECT_EQ(*R([&](Tx& tx) { return tx.introductions().CountBrokeredSince(b, 0); }), 1);
  EXPECT_EQ(*R([&](Tx& tx) { return tx.introductions().CountBrokeredSince(a, 0); }), 0);
  EXPECT_EQ(*R([&](Tx& tx) { return tx.introductions().BrokerResponseTimes(b, 5); }),
            std::vector<int64_t>{50});

  // Due once past the deadline; settled ones never again, and then the pair may ask anew.
  EXPECT_TRUE(R([&](Tx& tx) { return tx.introductions().DueToSettle(1099, 10); })->empty());
  auto due = R([&](Tx& tx) { return tx.introductions().DueToSettle(1100, 10); });
  ASSERT_TRUE(due.ok());
  ASSERT_EQ(due->size(), 1u);
  i.status = domain::IntroductionStatus::kExpired;
  i.closed_at = 1100;
  i.settled_at = 1200;
  EXPECT_TRUE(*W([&](Tx& tx) {
    return tx.introductions().Update(i, domain::IntroductionStatus::kForwarded);
  }));
  EXPECT_TRUE(R([&](Tx& tx) { return tx.introductions().DueToSettle(5000, 10); })->empty());
  auto again =
      W([&](Tx& tx) { return tx.introductions().Create(SampleIntroduction(a, b, c, 2000)); });
  EXPECT_TRUE(again.ok()) << Describe(again);

  // A missing member is "not found", and nothing is stored.
  auto missing = W([&](Tx& tx) {
    return tx.introductions().Create(SampleIntroduction(a, b, MemberId(9999), 1));
  });
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().kind(), ErrorKind::kNotFound);

  // Deleting the poster clears the opportunity; deleting a party takes the rows.
  ASSERT_TRUE(W([&](Tx& tx) -> Result<bool> {
                RETURN_IF_ERROR(tx.members().Delete(poster));
                return true;
              }).ok());
  EXPECT_FALSE((*R([&](Tx& tx) { return tx.introductions().Get(*id); }))->opportunity.has_value());
  ASSERT_TRUE(W([&](Tx& tx) -> Result<bool> {
                RETURN_IF_ERROR(tx.members().Delete(c));
                return true;
              }).ok());
  EXPECT_FALSE(R([&](Tx& tx) { return tx.introductions().Get(*id); })->has_value());
  EXPECT_TRUE(ids_for(a, Role::kRequester).empty());
}

TEST_P(StoreTest, RacingIntroductionUpdatesChangeTheRowOnce) {
  const MemberId a = Add("a@example.org"), b = Add("b@example.org"), c = Add("c@example.org");
  for (int round = 0; round < 8; ++round) {
    auto id = W([&](Tx& tx) { return tx.introductions().Create(SampleIntroduction(a, b, c, 1)); });
    ASSERT_TRUE(id.ok()) << Describe(id);
    std::latch start(2);
    Result<bool> results[2] = {InternalError("not run"), InternalError("not run")};
    std::thread threads[2];
    for (int k = 0; k < 2; ++k) {
      threads[k] = std::thread([&, k] {
        domain::Introduction i = SampleIntroduction(a, b, c, 1);
        i.id = *id;
        i.updated_at = 2;
        if (k == 0) {  // A withdraws
          i.status = domain::IntroductionStatus::kWithdrawn;
          i.closed_at = i.settled_at = 2;
        } else {  // B forwards
          i.status = domain::IntroductionStatus::kForwarded;
          i.forwarded_at = 2;
        }
        start.arrive_and_wait();
        results[k] = W([&](Tx& tx) {
          return tx.introductions().Update(i, domain::IntroductionStatus::kRequested);
        });
      });
    }
    for (auto& t : threads) t.join();
    ASSERT_TRUE(results[0].ok() && results[1].ok()) << Describe(results[0]) << Describe(results[1]);
    EXPECT_NE(*results[0], *results[1]) << "round " << round;
    auto got = R([&](Tx& tx) { return tx.introductions().Get(*id); });
    ASSERT_TRUE(got.ok() && got->has_value());
    // Whole, never a mix of the two.
    if (*results[0]) {
      EXPECT_EQ((*got)->status, domain::IntroductionStatus::kWithdrawn);
      EXPECT_FALSE((*got)->forwarded_at.has_value());
    } else {
      EXPECT_EQ((*got)->status, domain::IntroductionStatus::kForwarded);
      EXPECT_FALSE((*got)->closed_at.has_value());
      // Settle it so the next round may ask again.
      domain::Introduction done = **got;
      done.status = domain::IntroductionStatus::kWithdrawn;
      done.closed_at = done.settled_at = 3;
      EXPECT_TRUE(*W([&](Tx& tx) {
        return tx.introductions().Update(done, domain::IntroductionStatus::kForwarded);
      }));
    }
  }
}

TEST_P(StoreTest, RacingWithdrawAndAcceptLeaveOneOutcomeAndConnectOnlyOnAccept) {
  SystemClock clock;
  NotifyingStore notifying(*store_, clock);
  auto intros = app::MakeIntroductions(notifying.store, clock);
  for (int round = 0; round < 6; ++round) {
    const std::string r = std::to_string(round);
    const MemberId a = Add("a" + r + "@example.org"), b = Add("b" + r + "@example.org"),
                   c = Add("c" + r + "@example.org");
    ASSERT_TRUE(W([&](Tx& tx) -> Result<bool> {
                  RETURN_IF_ERROR(tx.connections().Connect(a, b, 1));
                  RETURN_IF_ERROR(tx.connections().Connect(b, c, 1));
                  return true;
                }).ok());
    auto asked = intros->Request(a, {b, c, "note", "blurb", std::nullopt});
    ASSERT_TRUE(asked.ok()) << Describe(asked);
    ASSERT_TRUE(intros->Forward(b, asked->id, std::nullopt).ok());
    std::latch start(2);
    Result<app::IntroductionView> results[2] = {InternalError("not run"), InternalError("not run")};
    std::thread withdraw([&] {
      start.arrive_and_wait();
      results[0] = intros->Withdraw(a, asked->id);
    });
    std::thread accept([&] {
      start.arrive_and_wait();
      results[1] = intros->Accept(c, asked->id);
    });
    withdraw.join();
    accept.join();
    EXPECT_NE(results[0].ok(), results[1].ok()) << "round " << round;
    for (const auto& res : results) {
      if (!res.ok()) {
        EXPECT_EQ(res.error().kind(), ErrorKind::kConflict) << Describe(res);
      }
    }
    EXPECT_EQ(Rel(a, c).connected, results[1].ok()) << "round " << round;
  }
}

TEST_P(StoreTest, TheIntroductionSweepSettlesDueRequestsOnceAndTellsTheRequester) {
  const MemberId a = Add("a@example.org"), b = Add("b@example.org"), c = Add("c@example.org"),
                 d = Add("d@example.org");
  ASSERT_TRUE(W([&](Tx& tx) -> Result<bool> {
                RETURN_IF_ERROR(tx.introductions().Create(SampleIntroduction(a, b, c, 1)));
                domain::Introduction declined = SampleIntroduction(a, b, d, 1);
                declined.status = domain::IntroductionStatus::kDeclinedByBroker;
                declined.closed_at = 5;
                RETURN_IF_ERROR(tx.introductions().Create(declined));
                return true;
              }).ok());
  ManualClock clock(5000);
  NotifyingStore notifying(*store_, clock);
  app::IntroductionSweep sweep(notifying.store, clock);
  auto n = sweep.Run();
  ASSERT_TRUE(n.ok()) << Describe(n);
  EXPECT_EQ(*n, 2);
  EXPECT_EQ(*sweep.Run(), 0);
  auto mine = R([&](Tx& tx) {
    return tx.introductions().ListFor(a, domain::IntroductionRole::kRequester, 10);
  });
  ASSERT_TRUE(mine.ok());
  ASSERT_EQ(mine->size(), 2u);
  // Newest first: the declined one keeps its status (B still sees it), the open one expired.
  EXPECT_EQ((*mine)[0].status, domain::IntroductionStatus::kDeclinedByBroker);
  EXPECT_EQ((*mine)[1].status, domain::IntroductionStatus::kExpired);
  for (const auto& i : *mine) EXPECT_EQ(i.settled_at, 5000);
  auto told = R([&](Tx& tx) { return tx.notifications().List(a, 0, 10, false); });
  ASSERT_TRUE(told.ok()) << Describe(told);
  int not_possible = 0;
  for (const auto& note : *told) {
    if (note.kind == "introduction.not_possible") ++not_possible;
  }
  EXPECT_EQ(not_possible, 2);
  auto broker = R([&](Tx& tx) { return tx.notifications().List(b, 0, 10, false); });
  ASSERT_TRUE(broker.ok());
  EXPECT_TRUE(broker->empty());
}

TEST_P(StoreTest, MutualConnectionsAndMembersTwoHopsAwayAtAnOrganization) {
  domain::Profile acme = Named("At Acme");
  acme.organization = "ACME";
  const MemberId a = Add("a@example.org"), b = Add("b@example.org"), c = Add("c@example.org", acme),
                 d = Add("d@example.org"), e = Add("e@example.org", acme),
                 far = Add("far@example.org", acme);
  ASSERT_TRUE(W([&](Tx& tx) -> Result<bool> {
                RETURN_IF_ERROR(tx.connections().Connect(a, b, 10));
                RETURN_IF_ERROR(tx.connections().Connect(b, c, 20));
                RETURN_IF_ERROR(tx.connections().Connect(a, d, 30));
                RETURN_IF_ERROR(tx.connections().Connect(d, c, 40));
                RETURN_IF_ERROR(tx.connections().Connect(d, e, 50));
                RETURN_IF_ERROR(tx.connections().Connect(c, far, 60));
                return true;
              }).ok());
  auto mutual = R([&](Tx& tx) { return tx.introductions().MutualConnections(a, c, 10); });
  ASSERT_TRUE(mutual.ok()) << Describe(mutual);
  ASSERT_EQ(mutual->size(), 2u);
  EXPECT_EQ((*mutual)[0].member, b);
  EXPECT_EQ((*mutual)[0].since_first, 10);
  EXPECT_EQ((*mutual)[0].since_second, 20);
  EXPECT_EQ((*mutual)[1].member, d);
  EXPECT_EQ((*mutual)[1].since_second, 40);
  EXPECT_EQ(R([&](Tx& tx) { return tx.introductions().MutualConnections(a, c, 1); })->size(), 1u);
  auto at = R([&](Tx& tx) { return tx.introductions().SecondDegreeAt(a, "acme", 10); });
  ASSERT_TRUE(at.ok()) << Describe(at);
  EXPECT_EQ(*at, (std::vector<MemberId>{c, e}));  // not `far` (three hops)
  EXPECT_TRUE(
      R([&](Tx& tx) { return tx.introductions().SecondDegreeAt(a, "Globex", 10); })->empty());
}

TEST_P(StoreTest, CorruptIntroductionColumnsAreInternalErrors) {
  const MemberId a = Add("a@example.org"), b = Add("b@example.org"), c = Add("c@example.org");
  auto id = W([&](Tx& tx) { return tx.introductions().Create(SampleIntroduction(a, b, c, 1)); });
  ASSERT_TRUE(id.ok());
  const std::string where = " WHERE id = " + std::to_string(id->value());
  for (const std::string& set :
       {std::string("status = 'sideways'"), std::string("status = 'forwarded'"),
        std::string("status = 'accepted', forwarded_at = 2"), std::string("forwarded_at = 2"),
        std::string("closed_at = 3"), std::string("broker_id = requester_id")}) {
    ASSERT_TRUE(RawSql("UPDATE introductions SET " + set + where)) << set;
    auto got = R([&](Tx& tx) { return tx.introductions().Get(*id); });
    ASSERT_FALSE(got.ok()) << set;
    EXPECT_EQ(got.error().kind(), ErrorKind::kInternal) << set;
    auto listed = R([&](Tx& tx) {
      return tx.introductions().ListFor(a, domain::IntroductionRole::kRequester, 10);
    });
    EXPECT_FALSE(listed.ok()) << set;
    ASSERT_TRUE(
        RawSql("UPDATE introductions SET status = 'requested', forwarded_at = NULL, "
               "closed_at = NULL, broker_id = " +
               std::to_string(b.value()) + where));
    EXPECT_TRUE(R([&](Tx& tx) { return tx.introductions().Get(*id); }).ok()) << set;
  }
}
TEST_P(StoreTest, SavedSearchesKeepTheirQueryAndBelongToTheirMember) {
  const MemberId a = Add("a@example.org"), b = Add("b@example.org");
  auto id = W([&](Tx& tx) { return tx.saved_searches().Create(a, SampleSavedSearch(), 100); });
  ASSERT_TRUE(id.ok()) << Describe(id);
  auto got = R([&](Tx& tx) { return tx.saved_searches().Get(*id); });
  ASSERT_TRUE(got.ok() && got->has_value()) << Describe(got);
  EXPECT_EQ((*got)->member, a);
  EXPECT_EQ((*got)->search, SampleSavedSearch());
  EXPECT_EQ((*got)->created_at, 100);
  EXPECT_FALSE((*got)->last_alert_at.has_value());

  // An empty query (no stage) survives too.
  domain::SavedSearchInput plain;
  plain.name = "Everything";
  plain.period = domain::AlertPeriod::kInstant;
  auto second = W([&](Tx& tx) { return tx.saved_searches().Create(a, plain, 101); });
  auto theirs = W([&](Tx& tx) { return tx.saved_searches().Create(b, plain, 102); });
  ASSERT_TRUE(second.ok() && theirs.ok());
  auto mine = R([&](Tx& tx) { return tx.saved_searches().ListByMember(a); });
  ASSERT_TRUE(mine.ok());
  ASSERT_EQ(mine->size(), 2u);
  EXPECT_EQ((*mine)[0].id, *id);  // oldest first
  EXPECT_EQ((*mine)[1].search, plain);
  EXPECT_EQ(*R([&](Tx& tx) { return tx.saved_searches().CountByMember(a); }), 2);
  EXPECT_EQ(*R([&](Tx& tx) { return tx.saved_searches().CountByMember(b); }), 1);

  domain::SavedSearchInput edited = SampleSavedSearch();
  edited.name = "Renamed";
  edited.query.stage.reset();
  edited.period = domain::AlertPeriod::kDaily;
  EXPECT_TRUE(*W([&](Tx& tx) { return tx.saved_searches().Update(*id, edited, 200); }));
  auto after = R([&](Tx& tx) { return tx.saved_searches().Get(*id); });
  EXPECT_EQ((*after)->search, edited);
  EXPECT_EQ((*after)->updated_at, 200);
  EXPECT_FALSE(
      *W([&](Tx& tx) { return tx.saved_searches().Update(SavedSearchId(9999), edited, 201); }));

  auto all = R([&](Tx& tx) { return tx.saved_searches().ListAll(id->value(), 10); });
  ASSERT_TRUE(all.ok());
  ASSERT_EQ(all->size(), 2u);
  EXPECT_EQ((*all)[0].id, *second);
  EXPECT_EQ((*all)[1].id, *theirs);

  // A search for a member who does not exist is "not found".
  auto orphan = W([&](Tx& tx) { return tx.saved_searches().Create(MemberId(9999), plain, 1); });
  ASSERT_FALSE(orphan.ok());
  EXPECT_EQ(orphan.error().kind(), ErrorKind::kNotFound);

  EXPECT_TRUE(*W([&](Tx& tx) { return tx.saved_searches().Delete(*second); }));
  EXPECT_FALSE(*W([&](Tx& tx) { return tx.saved_searches().Delete(*second); }));
  // Deleting the member takes their searches.
  ASSERT_TRUE(W([&](Tx& tx) -> Result<bool> {
                RETURN_IF_ERROR(tx.members().Delete(a));
                return true;
              }).ok());
  EXPECT_FALSE(R([&](Tx& tx) { return tx.saved_searches().Get(*id); })->has_value());
}

TEST_P(StoreTest, SavedSearchMatchesArePendingUntilToldAndNeverRecordedTwice) {
  const MemberId a = Add("a@example.org"), poster = Add("poster@example.org");
  auto search = W([&](Tx& tx) { return tx.saved_searches().Create(a, SampleSavedSearch(), 1); });
  auto other = W([&](Tx& tx) { return tx.saved_searches().Create(a, SampleSavedSearch(), 2); });
  auto o1 = W([&](Tx& tx) { return tx.opportunities().Create(poster, SampleOpportunity(), 3); });
  auto o2 = W([&](Tx& tx) { return tx.opportunities().Create(poster, SampleOpportunity(), 4); });
  auto o3 = W([&](Tx& tx) { return tx.opportunities().Create(poster, SampleOpportunity(), 5); });
  ASSERT_TRUE(search.ok() && other.ok() && o1.ok() && o2.ok() && o3.ok());

  EXPECT_TRUE(*W([&](Tx& tx) { return tx.saved_searches().AddMatch(*search, *o2, 10); }));
  EXPECT_TRUE(*W([&](Tx& tx) { return tx.saved_searches().AddMatch(*search, *o1, 11); }));
  EXPECT_TRUE(*W([&](Tx& tx) { return tx.saved_searches().AddMatch(*search, *o3, 12); }));
  EXPECT_FALSE(*W([&](Tx& tx) { return tx.saved_searches().AddMatch(*search, *o1, 13); }));
  auto no_search =
      W([&](Tx& tx) { return tx.saved_searches().AddMatch(SavedSearchId(9999), *o1, 14); });
  ASSERT_FALSE(no_search.ok());
  EXPECT_EQ(no_search.error().kind(), ErrorKind::kNotFound);

  auto pending = R([&](Tx& tx) { return tx.saved_searches().Pending(*search); });
  ASSERT_TRUE(pending.ok());
  ASSERT_EQ(pending->size(), 3u);
  EXPECT_EQ((*pending)[0].opportunity, *o2);  // oldest match first
  EXPECT_EQ((*pending)[0].matched_at, 10);
  EXPECT_EQ(*R([&](Tx& tx) { return tx.saved_searches().WithPending(0, 10); }),
            std::vector<SavedSearchId>{*search});

  ASSERT_TRUE(W([&](Tx& tx) -> Result<bool> {
                RETURN_IF_ERROR(tx.saved_searches().MarkAlerted(*search, {*o2, *o1}, 50));
                RETURN_IF_ERROR(tx.saved_searches().DropPending(*search, {*o3}));
                return true;
              }).ok());
  EXPECT_TRUE(R([&](Tx& tx) { return tx.saved_searches().Pending(*search); })->empty());
  EXPECT_TRUE(R([&](Tx& tx) { return tx.saved_searches().WithPending(0, 10); })->empty());
  EXPECT_EQ((*R([&](Tx& tx) { return tx.saved_searches().Get(*search); }))->last_alert_at, 50);
  // A told post is never recorded again; a dropped one may be (a repost).
  EXPECT_FALSE(*W([&](Tx& tx) { return tx.saved_searches().AddMatch(*search, *o1, 60); }));
  EXPECT_TRUE(*W([&](Tx& tx) { return tx.saved_searches().AddMatch(*search, *o3, 61); }));
  // Each search has its own record.
  EXPECT_TRUE(*W([&](Tx& tx) { return tx.saved_searches().AddMatch(*other, *o1, 62); }));
  EXPECT_EQ(*R([&](Tx& tx) { return tx.saved_searches().WithPending(0, 10); }),
            (std::vector<SavedSearchId>{*search, *other}));
  EXPECT_EQ(*R([&](Tx& tx) { return tx.saved_searches().WithPending(search->value(), 10); }),
            std::vector<SavedSearchId>{*other});

  // A deleted post leaves no match behind.
  ASSERT_TRUE(W([&](Tx& tx) -> Result<bool> {
                RETURN_IF_ERROR(tx.members().Delete(poster));
                return true;
              }).ok());
  EXPECT_TRUE(R([&](Tx& tx) { return tx.saved_searches().WithPending(0, 10); })->empty());
}

TEST_P(StoreTest, CorruptSavedSearchColumnsAreInternalErrors) {
  const MemberId a = Add("a@example.org");
  auto id = W([&](Tx& tx) { return tx.saved_searches().Create(a, SampleSavedSearch(), 1); });
  ASSERT_TRUE(id.ok());
  for (const std::string& set :
       {std::string("period = 'hourly'"), std::string("query = 'not json'"),
        std::string("query = '{\"kinds\":[\"gig\"],\"fields\":[],\"skills\":[],"
                    "\"remote_only\":false,\"location\":\"\",\"keywords\":\"\"}'"),
        std::string("query = '{\"kinds\":[]}'")}) {
    ASSERT_TRUE(
        RawSql("UPDATE saved_searches SET " + set + " WHERE id = " + std::to_string(id->value())))
        << set;
    auto got = R([&](Tx& tx) { return tx.saved_searches().Get(*id); });
    ASSERT_FALSE(got.ok()) << set;
    EXPECT_EQ(got.error().kind(), ErrorKind::kInternal) << set;
    ASSERT_TRUE(W([&](Tx& tx) -> Result<bool> {
                  return tx.saved_searches().Update(*id, SampleSavedSearch(), 2);
                }).ok());
  }
}

// The alerts end to end on each engine: the matcher as a durable consumer on
// its own dispatcher (as cli/runtime.cc wires it), the sweep, the notifications.
TEST_P(StoreTest, SavedSearchAlertsReachTheSearcherOncePerPeriod) {
  constexpr int64_t kMinute = 60'000;
  ManualClock clock(1'900'000'000'000);
  const MemberId me = Add("me@example.org"), poster = Add("poster@example.org"),
                 blocked = Add("blocked@example.org");
  app::SavedSearchMatcher matcher(clock);
  app::EventDispatcher alerts(*store_, clock, {&matcher}, {});
  auto searches = app::MakeSavedSearches(*store_, clock);
  domain::SavedSearchInput in = SampleSavedSearch();
  in.period = domain::AlertPeriod::kInstant;
  in.query.keywords.clear();  // the titles below differ
  auto saved = searches->Create(me, in);
  ASSERT_TRUE(saved.ok()) << Describe(saved);
  ASSERT_TRUE(W([&](Tx& tx) { return tx.connections().Block(me, blocked, clock.NowMs()); }).ok());

  auto post = [&](MemberId by, const std::string& title) {
    domain::OpportunityInput o = SampleOpportunity();
    o.title = title;
    return W([&](Tx& tx) -> Result<OpportunityId> {
      ASSIGN_OR_RETURN(OpportunityId id, tx.opportunities().Create(by, o, clock.NowMs()));
      RETURN_IF_ERROR(app::Emit(tx, app::OpportunityPosted{id, by, false}, clock.NowMs(), by));
      return id;
    });
  };
  auto told = [&] {
    std::vector<std::string> titles;
    auto list = R([&](Tx& tx) { return tx.notifications().List(me, 0, 50, false); });
    EXPECT_TRUE(list.ok()) << Describe(list);
    for (const app::Notification& n : *list) {
      if (n.kind == "saved_search.alert") titles.push_back(n.title + " | " + n.body);
    }
    return titles;  // newest first
  };
  const std::string one = "1 new opportunity matches \u201cData jobs 'ü', remote\u201d | ";

  clock.Advance(1000);
  ASSERT_TRUE(post(blocked, "Blocked").ok());
  ASSERT_TRUE(post(me, "Mine").ok());
  auto first = post(poster, "Analyst");
  ASSERT_TRUE(first.ok());
  EXPECT_TRUE(told().empty()) << "nothing inside the posting write";
  ASSERT_TRUE(alerts.CatchUp().ok());
  EXPECT_EQ(told(), std::vector<std::string>{one + "Analyst at Acme"});

  clock.Advance(kMinute);
  ASSERT_TRUE(post(poster, "Engineer").ok());
  ASSERT_TRUE(alerts.CatchUp().ok());
  app::SavedSearchSweep sweep(*store_, clock);
  EXPECT_EQ(*sweep.Run(), 0) << "within the instant gap";
  clock.Advance(10 * kMinute);
  EXPECT_EQ(*sweep.Run(), 1);
  EXPECT_EQ(*sweep.Run(), 0);
  EXPECT_EQ(told(), (std::vector<std::string>{one + "Engineer at Acme", one + "Analyst at Acme"}));
  auto view = searches->Get(me, saved->id);
  ASSERT_TRUE(view.ok());
  EXPECT_EQ(view->last_alert_at, clock.NowMs());

  // A repost of a told post, replayed events and later sweeps tell nothing new.
  ASSERT_TRUE(W([&](Tx& tx) -> Result<bool> {
                RETURN_IF_ERROR(app::Emit(tx, app::OpportunityPosted{*first, poster, true},
                                          clock.NowMs(), poster));
                return true;
              }).ok());
  clock.Advance(60 * kMinute);
  ASSERT_TRUE(alerts.CatchUp().ok());
  EXPECT_EQ(*sweep.Run(), 0);
  EXPECT_EQ(told().size(), 2u);
}

}  // namespace
}  // namespace pln::store
