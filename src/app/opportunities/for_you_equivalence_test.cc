// The indexed For-you plan (inverted lists, bounds, a freshness walk) must rank
// exactly as scoring every open post does (Plan::kFullPass): the same items, in
// the same order, with the same scores, reasons and cursors, for every viewer
// and filter. Seeded random members, connections, blocks, dismissals and posts
// (skills in mixed case and levels, none required, none at all, stages, edits,
// closings, expiry) over the real SQLite store fed by the event log.
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <memory>
#include <random>
#include <string>
#include <utility>
#include <vector>

#include "app/events/event_dispatcher.h"
#include "app/network/network_service.h"
#include "app/opportunities/dismissal.h"
#include "app/opportunities/for_you.h"
#include "app/opportunities/posting.h"
#include "base/clock.h"
#include "store/open_store.h"

namespace pln::app {
namespace {

constexpr int64_t kHour = 3600LL * 1000;
constexpr int64_t kDay = 24 * kHour;

const std::vector<std::string> kSkills = {"SQL",   "Python", "dbt",  "Go",    "Figma",  "Rust",
                                          "Excel", "Spark",  "Java", "Kafka", "Tableau"};
const std::vector<std::string> kFields = {"Data Science", "Design", "Backend", "Finance", "Health"};
const std::vector<std::string> kOrgs = {"Acme", "Beta", "Gamma", "Delta", "Independent", ""};

class ForYouEquivalenceTest : public ::testing::TestWithParam<uint32_t> {
 protected:
  void SetUp() override {
    store::StoreOptions options;
    options.database = ":memory:";
    options.pool_size = 1;
    auto store = store::OpenStore(options);
    ASSERT_TRUE(store.ok()) << store.error().message();
    store_ = std::move(store).value();
    rng_.seed(GetParam());
  }
  void Wire() {
    auto network = NetworkService::Create(*store_, clock_);
    ASSERT_TRUE(network.ok()) << network.error().message();
    network_ = std::move(network).value();
    auto index = ForYouIndex::Create(*store_, clock_, *network_);
    ASSERT_TRUE(index.ok()) << index.error().message();
    index_ = std::move(index).value();
    dispatcher_ =
        std::make_unique<EventDispatcher>(*store_, clock_, std::vector<TransactionalConsumer*>{},
                                          std::vector<LiveConsumer*>{network_.get(), index_.get()});
    writes_ = std::make_unique<EventDispatchingStore>(*store_, *dispatcher_);
    posting_ = MakeOpportunityPosting(*writes_, clock_, {});
    dismissal_ = MakeOpportunityDismissal(*writes_, clock_);
  }

  int Below(int n) { return static_cast<int>(rng_() % static_cast<uint32_t>(n)); }
  bool Chance(int percent) { return Below(100) < percent; }
  // The same skill in another case or spacing: names are compared folded.
  std::string Spelled(const std::string& name) {
    if (!Chance(20)) return name;
    std::string out = name;
    for (char& c : out) c = static_cast<char>(Chance(50) ? std::tolower(c) : std::toupper(c));
    return Chance(50) ? " " + out + " " : out;
  }

  void AddMembers(int n) {
    for (int i = 0; i < n; ++i) {
      NewMember m;
      m.email = "m" + std::to_string(i) + "@example.org";
      m.password_hash = "x";
      m.profile.name = "Member " + std::to_string(i);
      std::vector<int> picked;
      for (int s = Below(6); s > 0; --s) {
        const int k = Below(static_cast<int>(kSkills.size()));
        if (std::find(picked.begin(), picked.end(), k) != picked.end()) continue;
        picked.push_back(k);
        m.profile.skills.push_back({Spelled(kSkills[static_cast<size_t>(k)]), 1 + Below(5)});
      }
      for (int f = Below(3); f > 0; --f) {
        const std::string& field = kFields[static_cast<size_t>(Below(5))];
        if (std::find(m.profile.fields.begin(), m.profile.fields.end(), field) ==
            m.profile.fields.end()) {
          m.profile.fields.push_back(field);
        }
      }
      m.profile.organization = kOrgs[static_cast<size_t>(Below(6))];
      m.profile.stage = static_cast<domain::CareerStage>(Below(3));
      m.now = 1;
      Status s = store_->Write([&](Tx& tx) -> Status {
        ASSIGN_OR_RETURN(MemberId id, tx.members().Create(m));
        members_.push_back(id);
        return Status::Ok();
      });
      ASSERT_TRUE(s.ok()) << s.error().message();
    }
  }
  void Relate(int connections, int blocks) {
    Status s = store_->Write([&](Tx& tx) -> Status {
      for (int i = 0; i < connections; ++i) {
        const MemberId a = members_[static_cast<size_t>(Below(static_cast<int>(members_.size())))];
        const MemberId b = members_[static_cast<size_t>(Below(static_cast<int>(members_.size())))];
        if (a == b) continue;
        ASSIGN_OR_RETURN(bool made, tx.connections().Connect(a, b, 1));
        (void)made;
      }
      for (int i = 0; i < blocks; ++i) {
        const MemberId a = members_[static_cast<size_t>(Below(static_cast<int>(members_.size())))];
        const MemberId b = members_[static_cast<size_t>(Below(static_cast<int>(members_.size())))];
        if (a == b) continue;
        ASSIGN_OR_RETURN(bool made, tx.connections().Block(a, b, 1));
        (void)made;
      }
      return Status::Ok();
    });
    ASSERT_TRUE(s.ok()) << s.error().message();
  }
  domain::OpportunityInput RandomPost() {
    domain::OpportunityInput in;
    in.kind = static_cast<domain::OpportunityKind>(Below(4));  // events need times; not here
    in.title = "Post " + std::to_string(posts_.size());
    in.organization = kOrgs[static_cast<size_t>(Below(5))];
    in.remote = Chance(30);
    in.location = in.remote ? "" : (Chance(50) ? "Lisbon" : "Old Town, Pune");
    in.description = Chance(30) ? "Work with data pipelines." : "Help a team ship.";
    const int shape = Below(10);  // a few posts ask nothing, or nothing required
    std::vector<int> picked;
    for (int s = shape == 0 ? 0 : 1 + Below(5); s > 0; --s) {
      const int k = Below(static_cast<int>(kSkills.size()));
      if (std::find(picked.begin(), picked.end(), k) != picked.end()) continue;
      picked.push_back(k);
      in.skills.push_back({Spelled(kSkills[static_cast<size_t>(k)]), 1 + Below(5),
                           shape == 1 ? false : Chance(60)});
    }
    for (int f = Below(3); f > 0; --f) {
      const std::string& field = kFields[static_cast<size_t>(Below(5))];
      if (std::find(in.fields.begin(), in.fields.end(), field) == in.fields.end()) {
        in.fields.push_back(field);
      }
    }
    if (Chance(30)) in.stages.push_back(static_cast<domain::CareerStage>(Below(3)));
    in.closes_at = clock_.NowMs() + (1 + Below(40)) * kDay;
    return in;
  }
  domain::Viewer As(MemberId m) { return domain::Viewer{m, domain::Role::kMember}; }

  // Both plans, page by page, until the end or three pages.
  void ExpectSame(MemberId viewer, const domain::OpportunityQuery& q, int limit) {
    std::string cursor;
    for (int pages = 0; pages < 3; ++pages) {
      auto fast = index_->ForYouWithPlan(As(viewer), q, cursor, limit, ForYouIndex::Plan::kIndexed);
      auto full =
          index_->ForYouWithPlan(As(viewer), q, cursor, limit, ForYouIndex::Plan::kFullPass);
      ASSERT_TRUE(fast.ok()) << fast.error().message();
      ASSERT_TRUE(full.ok()) << full.error().message();
      ASSERT_EQ(fast->items.size(), full->items.size())
          << "viewer " << viewer.value() << " " << domain::DescribeQuery(q) << " page " << pages;
      for (size_t i = 0; i < full->items.size(); ++i) {
        const ForYouItem& a = fast->items[i];
        const ForYouItem& b = full->items[i];
        ASSERT_EQ(a.opportunity.opportunity.id, b.opportunity.opportunity.id)
            << "viewer " << viewer.value() << " " << domain::DescribeQuery(q) << " rank " << i;
        EXPECT_EQ(a.score, b.score);
        EXPECT_EQ(a.reason, b.reason);
        EXPECT_EQ(a.skills_met, b.skills_met);
        EXPECT_EQ(a.shared_fields, b.shared_fields);
      }
      ASSERT_EQ(fast->next_cursor, full->next_cursor);
      ++compared_;
      if (!full->next_cursor) return;
      cursor = *full->next_cursor;
    }
  }

  ManualClock clock_{1'800'000'000'000};
  std::mt19937 rng_;
  std::unique_ptr<Store> store_;
  std::unique_ptr<NetworkService> network_;
  std::unique_ptr<ForYouIndex> index_;
  std::unique_ptr<EventDispatcher> dispatcher_;
  std::unique_ptr<Store> writes_;
  std::unique_ptr<OpportunityPosting> posting_;
  std::unique_ptr<OpportunityDismissal> dismissal_;
  std::vector<MemberId> members_;
  std::vector<std::pair<MemberId, OpportunityId>> posts_;
  int compared_ = 0;
};

TEST_P(ForYouEquivalenceTest, IndexedPlanRanksAsTheFullPass) {
  AddMembers(60);
  Relate(150, 8);
  Wire();
  // Posts over two months, so freshness spreads; some edited, closed or left to expire.
  for (int i = 0; i < 500; ++i) {
    clock_.Advance(Below(4 * static_cast<int>(kHour)));
    const MemberId by = members_[static_cast<size_t>(Below(static_cast<int>(members_.size())))];
    auto v = posting_->Post(As(by), RandomPost());
    ASSERT_TRUE(v.ok()) << v.error().message();
    posts_.emplace_back(by, v->opportunity.id);
  }
  for (int i = 0; i < 60; ++i) {
    const auto& [by, id] = posts_[static_cast<size_t>(Below(static_cast<int>(posts_.size())))];
    if (Chance(50)) {
      OpportunityPatch patch;
      patch.skills = RandomPost().skills;
      if (Chance(50)) patch.organization = kOrgs[static_cast<size_t>(Below(5))];
      (void)posting_->Edit(As(by), id, patch);  // may be closed already: kConflict, fine
    } else {
      (void)posting_->Close(As(by), id);
    }
  }
  for (int i = 0; i < 80; ++i) {
    const MemberId who = members_[static_cast<size_t>(Below(static_cast<int>(members_.size())))];
    const OpportunityId id =
        posts_[static_cast<size_t>(Below(static_cast<int>(posts_.size())))].second;
    (void)dismissal_->Dismiss(As(who), id);
  }
  clock_.Advance(5 * kDay);  // the earliest posts have expired

  std::vector<domain::OpportunityQuery> queries(1);
  queries.emplace_back().kinds = {domain::OpportunityKind::kJob, domain::OpportunityKind::kProject};
  queries.emplace_back().fields = {"Design"};
  queries.emplace_back().skills = {"sql", "Go"};
  queries.emplace_back().remote_only = true;
  queries.emplace_back().stage = domain::CareerStage::kLearner;
  queries.emplace_back().location = "pune";
  queries.emplace_back().keywords = "data";
  queries.emplace_back().keywords = "nothing matches this";
  auto& mixed = queries.emplace_back();
  mixed.fields = {"Backend", "Finance"};
  mixed.remote_only = true;
  mixed.keywords = "help";

  for (MemberId viewer : members_) {
    for (const auto& q : queries) {
      for (int limit : {1, 7, 20}) ExpectSame(viewer, q, limit);
      if (HasFatalFailure()) return;
    }
  }
  EXPECT_GT(compared_, 60 * 10 * 3);
  EXPECT_GT(index_->size(), 100u);
}

INSTANTIATE_TEST_SUITE_P(Seeds, ForYouEquivalenceTest, ::testing::Values(1u, 2u, 3u));

}  // namespace
}  // namespace pln::app
