// Saved searches and their alerts over the real SQLite store: the matcher as
// the event consumer it is (its own dispatcher, as cli/runtime.cc wires it),
// the sweep, and the notifications they leave.
#include "app/saved_searches/alerts.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "app/saved_searches/saved_searches.h"
#include "store/open_store.h"

namespace pln::app {
namespace {

constexpr int64_t kMinute = 60'000;
constexpr int64_t kDay = domain::SavedSearchLimits::kDayMs;

class SavedSearchAlertsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    store::StoreOptions options;
    options.database = ":memory:";
    options.pool_size = 1;
    auto store = store::OpenStore(options);
    ASSERT_TRUE(store.ok()) << store.error().message();
    store_ = std::move(store).value();
    dispatcher_ = std::make_unique<EventDispatcher>(*store_, clock_,
                                                    std::vector<TransactionalConsumer*>{&matcher_},
                                                    std::vector<LiveConsumer*>{});
    searches_ = MakeSavedSearches(*store_, clock_);
    owner_ = Add("owner");
    poster_ = Add("poster");
    other_ = Add("other");
  }

  MemberId Add(const std::string& name) {
    NewMember m;
    m.email = name + "@example.org";
    m.password_hash = "x";
    m.profile.name = name;
    m.now = 1;
    MemberId id;
    Status s = store_->Write([&](Tx& tx) -> Status {
      ASSIGN_OR_RETURN(id, tx.members().Create(m));
      return Status::Ok();
    });
    EXPECT_TRUE(s.ok()) << s.error().message();
    return id;
  }

  static domain::OpportunityInput DataJob(const std::string& title, int64_t now) {
    domain::OpportunityInput in;
    in.kind = domain::OpportunityKind::kJob;
    in.title = title;
    in.organization = "Acme";
    in.remote = true;
    in.description = "Dashboards in SQL.";
    in.fields = {"Data Science"};
    in.skills = {{"SQL", 2, true}};
    in.closes_at = now + 30 * kDay;
    return in;
  }

  static domain::SavedSearchInput DataJobs(domain::AlertPeriod period) {
    domain::SavedSearchInput in;
    in.name = "Data jobs, remote";
    in.query.kinds = {domain::OpportunityKind::kJob};
    in.query.fields = {"data science"};
    in.query.remote_only = true;
    in.period = period;
    return in;
  }

  SavedSearchId Save(MemberId who, domain::AlertPeriod period) {
    auto v = searches_->Create(who, DataJobs(period));
    EXPECT_TRUE(v.ok()) << v.error().message();
    return v.ok() ? v->id : SavedSearchId();
  }

  // Posts as the posting service does: the row and its event in one write.
  OpportunityId Post(MemberId by, domain::OpportunityInput in) {
    OpportunityId id;
    Status s = store_->Write([&](Tx& tx) -> Status {
      ASSIGN_OR_RETURN(id, tx.opportunities().Create(by, in, clock_.NowMs()));
      return Emit(tx, OpportunityPosted{id, by, false}, clock_.NowMs(), by);
    });
    EXPECT_TRUE(s.ok()) << s.error().message();
    return id;
  }
  OpportunityId Post(const std::string& title) {
    return Post(poster_, DataJob(title, clock_.NowMs()));
  }

  // What the background catch-up thread does every few seconds.
  void Match() {
    Status s = dispatcher_->CatchUp();
    ASSERT_TRUE(s.ok()) << s.error().message();
  }
  int Sweep() {
    SavedSearchSweep sweep(*store_, clock_);
    Result<int> n = sweep.Run();
    EXPECT_TRUE(n.ok()) << n.error().message();
    return n.ok() ? *n : -1;
  }

  std::vector<Notification> Alerts(MemberId who) {
    std::vector<Notification> out;
    Status s = store_->Read([&](Tx& tx) -> Status {
      ASSIGN_OR_RETURN(auto all, tx.notifications().List(who, 0, 100, false));
      out.clear();
      for (Notification& n : all) {
        if (n.kind == "saved_search.alert") out.push_back(std::move(n));
      }
      return Status::Ok();
    });
    EXPECT_TRUE(s.ok()) << s.error().message();
    return out;  // newest first
  }

  void Run(const std::function<Status(Tx&)>& fn) {
    Status s = store_->Write(fn);
    ASSERT_TRUE(s.ok()) << s.error().message();
  }

  ManualClock clock_{1'800'000'000'000};
  std::unique_ptr<Store> store_;
  SavedSearchMatcher matcher_{clock_};
  std::unique_ptr<EventDispatcher> dispatcher_;
  std::unique_ptr<SavedSearches> searches_;
  MemberId owner_, poster_, other_;
};

TEST_F(SavedSearchAlertsTest, InstantAlertsAtOnceThenWaitsTheMinimumGap) {
  const SavedSearchId search = Save(owner_, domain::AlertPeriod::kInstant);
  clock_.Advance(1000);
  const OpportunityId first = Post("Data analyst");
  EXPECT_TRUE(Alerts(owner_).empty()) << "nothing inside the posting write";
  Match();
  auto alerts = Alerts(owner_);
  ASSERT_EQ(alerts.size(), 1u);
  EXPECT_EQ(alerts[0].title, "1 new opportunity matches \u201cData jobs, remote\u201d");
  EXPECT_EQ(alerts[0].body, "Data analyst at Acme");
  EXPECT_EQ(alerts[0].link, "/opportunities/" + std::to_string(first.value()));
  auto view = searches_->Get(owner_, search);
  ASSERT_TRUE(view.ok());
  EXPECT_EQ(view->last_alert_at, clock_.NowMs());

  // Within ten minutes the next posts wait; then one alert names both.
  clock_.Advance(kMinute);
  Post("BI developer");
  Post("Analytics engineer");
  Match();
  EXPECT_EQ(Sweep(), 0);
  EXPECT_EQ(Alerts(owner_).size(), 1u);
  clock_.Advance(9 * kMinute);
  EXPECT_EQ(Sweep(), 1);
  alerts = Alerts(owner_);
  ASSERT_EQ(alerts.size(), 2u);
  EXPECT_EQ(alerts[0].title, "2 new opportunities match \u201cData jobs, remote\u201d");
  EXPECT_EQ(alerts[0].body, "BI developer at Acme; Analytics engineer at Acme");
  EXPECT_EQ(alerts[0].link, "/opportunities?saved_search=" + std::to_string(search.value()));
  // Nothing is told twice.
  clock_.Advance(kDay);
  EXPECT_EQ(Sweep(), 0);
  Match();
  EXPECT_EQ(Alerts(owner_).size(), 2u);
}

TEST_F(SavedSearchAlertsTest, DailyAndWeeklySendOneAlertPerPeriod) {
  const SavedSearchId daily = Save(owner_, domain::AlertPeriod::kDaily);
  const SavedSearchId weekly = Save(other_, domain::AlertPeriod::kWeekly);
  clock_.Advance(1000);
  Post("First");
  Match();
  ASSERT_EQ(Alerts(owner_).size(), 1u) << "a search that never alerted tells at once";
  ASSERT_EQ(Alerts(other_).size(), 1u);
  for (int i = 0; i < 5; ++i) {
    clock_.Advance(kMinute);
    Post("Job " + std::to_string(i));
  }
  Match();
  clock_.Advance(kDay - 10 * kMinute);
  EXPECT_EQ(Sweep(), 0);
  clock_.Advance(10 * kMinute);
  EXPECT_EQ(Sweep(), 1) << "the daily one only";
  auto owner_alerts = Alerts(owner_);
  ASSERT_EQ(owner_alerts.size(), 2u);
  EXPECT_EQ(owner_alerts[0].title, "5 new opportunities match \u201cData jobs, remote\u201d");
  EXPECT_EQ(owner_alerts[0].body, "Job 0 at Acme; Job 1 at Acme; Job 2 at Acme; and 2 more");
  EXPECT_EQ(Alerts(other_).size(), 1u);
  clock_.Advance(6 * kDay);
  EXPECT_EQ(Sweep(), 1);
  auto other_alerts = Alerts(other_);
  ASSERT_EQ(other_alerts.size(), 2u);
  EXPECT_EQ(other_alerts[0].title, "5 new opportunities match \u201cData jobs, remote\u201d");
  (void)daily;
  (void)weekly;
}

TEST_F(SavedSearchAlertsTest, OnlyNewMatchingPostsByOthers) {
  Post("Posted before the search was saved");
  Match();
  clock_.Advance(1000);
  Save(owner_, domain::AlertPeriod::kInstant);
  domain::OpportunityInput onsite = DataJob("On site", clock_.NowMs());
  onsite.remote = false;
  onsite.location = "Lisbon";
  Post(poster_, onsite);
  Post(owner_, DataJob("My own post", clock_.NowMs()));
  Match();
  EXPECT_EQ(Sweep(), 0);
  EXPECT_TRUE(Alerts(owner_).empty());
}

TEST_F(SavedSearchAlertsTest, BlockedClosedHiddenOrEditedAwayPostsAreNeverTold) {
  Save(owner_, domain::AlertPeriod::kInstant);
  clock_.Advance(1000);
  Post("Opener");  // uses up the instant alert, so the rest wait for the sweep
  Match();
  ASSERT_EQ(Alerts(owner_).size(), 1u);

  const MemberId blocked = Add("blocked"), blocker = Add("blocker");
  Post(blocked, DataJob("From someone I block", clock_.NowMs()));
  Post(blocker, DataJob("From someone who blocks me", clock_.NowMs()));
  const OpportunityId closed = Post("Closed meanwhile");
  const OpportunityId hidden = Post("Hidden meanwhile");
  const OpportunityId edited = Post("Edited away");
  const OpportunityId expiring = Post(poster_, [&] {
    domain::OpportunityInput in = DataJob("Expires soon", clock_.NowMs());
    in.closes_at = clock_.NowMs() + 5 * kMinute;
    return in;
  }());
  Post("Still good");
  Match();
  Run([&](Tx& tx) -> Status {
    RETURN_IF_ERROR(tx.connections().Block(owner_, blocked, clock_.NowMs()));
    RETURN_IF_ERROR(tx.connections().Block(blocker, owner_, clock_.NowMs()));
    RETURN_IF_ERROR(tx.opportunities().Close(closed, clock_.NowMs()));
    RETURN_IF_ERROR(tx.opportunities().Hide(hidden, other_, clock_.NowMs()));
    domain::OpportunityInput in = DataJob("Edited away", clock_.NowMs());
    in.remote = false;
    in.location = "Porto";
    RETURN_IF_ERROR(tx.opportunities().Update(edited, in, false, clock_.NowMs()));
    return Status::Ok();
  });
  clock_.Advance(10 * kMinute);
  EXPECT_EQ(Sweep(), 1);
  auto alerts = Alerts(owner_);
  ASSERT_EQ(alerts.size(), 2u);
  EXPECT_EQ(alerts[0].title, "1 new opportunity matches \u201cData jobs, remote\u201d");
  EXPECT_EQ(alerts[0].body, "Still good at Acme");
  (void)expiring;

  // The dropped ones are gone for good; nothing is left to sweep.
  clock_.Advance(kDay);
  EXPECT_EQ(Sweep(), 0);
}

TEST_F(SavedSearchAlertsTest, ARepostOfAToldPostIsNotToldAgain) {
  Save(owner_, domain::AlertPeriod::kInstant);
  clock_.Advance(1000);
  const OpportunityId id = Post("Data analyst");
  Match();
  ASSERT_EQ(Alerts(owner_).size(), 1u);
  clock_.Advance(kDay);
  Run([&](Tx& tx) -> Status {
    RETURN_IF_ERROR(tx.opportunities().Close(id, clock_.NowMs()));
    RETURN_IF_ERROR(tx.opportunities().Update(id, DataJob("Data analyst", clock_.NowMs()), true,
                                              clock_.NowMs()));
    return Emit(tx, OpportunityPosted{id, poster_, true}, clock_.NowMs(), poster_);
  });
  Match();
  EXPECT_EQ(Sweep(), 0);
  EXPECT_EQ(Alerts(owner_).size(), 1u);
}

TEST_F(SavedSearchAlertsTest, APostClosedBeforeTheMatcherRanIsNotRecorded) {
  Save(owner_, domain::AlertPeriod::kInstant);
  clock_.Advance(1000);
  const OpportunityId id = Post("Gone quickly");
  Run([&](Tx& tx) -> Status {
    RETURN_IF_ERROR(tx.opportunities().Close(id, clock_.NowMs()));
    return Status::Ok();
  });
  Match();
  EXPECT_EQ(Sweep(), 0);
  EXPECT_TRUE(Alerts(owner_).empty());
}

TEST_F(SavedSearchAlertsTest, PendingPostsFollowAnEditedQuery) {
  const SavedSearchId id = Save(owner_, domain::AlertPeriod::kInstant);
  clock_.Advance(1000);
  Post("Opener");
  Match();
  ASSERT_EQ(Alerts(owner_).size(), 1u);
  Post("Waiting");
  Match();
  SavedSearchPatch patch;
  domain::OpportunityQuery events;
  events.kinds = {domain::OpportunityKind::kEvent};
  patch.query = events;
  ASSERT_TRUE(searches_->Update(owner_, id, patch).ok());
  clock_.Advance(10 * kMinute);
  EXPECT_EQ(Sweep(), 0) << "the waiting job no longer matches the search";
  EXPECT_EQ(Alerts(owner_).size(), 1u);
}

TEST_F(SavedSearchAlertsTest, SavedSearchesAreTheOwnersAloneAndAtMostTen) {
  const SavedSearchId mine = Save(owner_, domain::AlertPeriod::kDaily);
  auto peek = searches_->Get(other_, mine);
  ASSERT_FALSE(peek.ok());
  EXPECT_EQ(peek.error().kind(), ErrorKind::kNotFound);
  Status removed = searches_->Delete(other_, mine);
  ASSERT_FALSE(removed.ok());
  EXPECT_EQ(removed.error().kind(), ErrorKind::kNotFound);
  SavedSearchPatch rename;
  rename.name = "Hijacked";
  auto hijack = searches_->Update(other_, mine, rename);
  ASSERT_FALSE(hijack.ok());
  EXPECT_EQ(hijack.error().kind(), ErrorKind::kNotFound);
  EXPECT_EQ(searches_->Get(owner_, mine)->name, "Data jobs, remote");
  EXPECT_TRUE(searches_->ListMine(other_)->empty());

  for (int i = 1; i < domain::SavedSearchLimits::kMaxPerMember; ++i) {
    Save(owner_, domain::AlertPeriod::kWeekly);
  }
  auto eleventh = searches_->Create(owner_, DataJobs(domain::AlertPeriod::kDaily));
  ASSERT_FALSE(eleventh.ok());
  EXPECT_EQ(eleventh.error().code(), "too_many_saved_searches");
  EXPECT_EQ(searches_->ListMine(owner_)->size(), 10u);
  ASSERT_TRUE(searches_->Delete(owner_, mine).ok());
  EXPECT_TRUE(searches_->Create(owner_, DataJobs(domain::AlertPeriod::kDaily)).ok());
}

TEST_F(SavedSearchAlertsTest, EditsAreValidatedAndAnEmptyNameFollowsTheQuery) {
  const SavedSearchId id = Save(owner_, domain::AlertPeriod::kDaily);
  SavedSearchPatch bad;
  bad.name = std::string(81, 'x');
  domain::OpportunityQuery q;
  q.keywords = std::string(201, 'k');
  bad.query = q;
  auto refused = searches_->Update(owner_, id, bad);
  ASSERT_FALSE(refused.ok());
  ASSERT_EQ(refused.error().details().size(), 2u);
  EXPECT_EQ(refused.error().details()[0].field, "name");
  EXPECT_EQ(refused.error().details()[1].field, "query.keywords");
  EXPECT_EQ(searches_->Get(owner_, id)->name, "Data jobs, remote") << "nothing stored";

  SavedSearchPatch patch;
  patch.name = "";
  domain::OpportunityQuery events;
  events.kinds = {domain::OpportunityKind::kEvent};
  patch.query = events;
  patch.period = domain::AlertPeriod::kInstant;
  auto edited = searches_->Update(owner_, id, patch);
  ASSERT_TRUE(edited.ok()) << edited.error().message();
  EXPECT_EQ(edited->name, "Events");
  EXPECT_EQ(edited->description, "Events");
  EXPECT_EQ(edited->period, domain::AlertPeriod::kInstant);
}

}  // namespace
}  // namespace pln::app
