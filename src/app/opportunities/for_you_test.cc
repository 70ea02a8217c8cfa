// The For-you index over the real SQLite store (in memory), fed through the
// event log as in `pln serve`: ranking and reasons, filters and keywords,
// blocks both ways, dismissals, closing, hiding, expiry, reposts, pages, and a
// reload from the tables that answers the same.
#include "app/opportunities/for_you.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "app/events/event_dispatcher.h"
#include "app/network/network_service.h"
#include "app/opportunities/dismissal.h"
#include "app/opportunities/interest.h"
#include "app/opportunities/posting.h"
#include "base/clock.h"
#include "store/open_store.h"

namespace pln::app {
namespace {

constexpr int64_t kDay = 24LL * 3600 * 1000;
constexpr int64_t kStart = 1'800'000'000'000;

class ForYouTest : public ::testing::Test {
 protected:
  void SetUp() override {
    store::StoreOptions options;
    options.database = ":memory:";
    options.pool_size = 1;
    auto store = store::OpenStore(options);
    ASSERT_TRUE(store.ok()) << store.error().message();
    store_ = std::move(store).value();
    poster_ = Add("Ana Lima", {}, "");
    seeker_ = Add("Raj Patel", {{"SQL", 4}, {"Python", 3}, {"dbt", 2}}, "");
    colleague_ = Add("Kim Osei", {}, "Acme");
    stranger_ = Add("Lee Wong", {}, "");
    Connect(poster_, seeker_);
    Connect(seeker_, colleague_);
    Connect(colleague_, stranger_);
    Wire();
  }

  // As cli/runtime.cc: the engine and the index as live consumers, services over the
  // dispatching store.
  void Wire() {
    posting_.reset();
    dismissal_.reset();
    writes_.reset();
    dispatcher_.reset();
    index_.reset();
    network_.reset();
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

  MemberId Add(const std::string& name, std::vector<domain::Skill> skills,
               const std::string& organization) {
    NewMember m;
    m.email = std::to_string(++emails_) + "@example.org";
    m.password_hash = "x";
    m.profile.name = name;
    m.profile.skills = std::move(skills);
    m.profile.fields = {"Data Science"};
    m.profile.organization = organization;
    m.now = 1;
    MemberId id;
    Status s = store_->Write([&](Tx& tx) -> Status {
      ASSIGN_OR_RETURN(id, tx.members().Create(m));
      return Status::Ok();
    });
    EXPECT_TRUE(s.ok()) << s.error().message();
    return id;
  }
  void Connect(MemberId a, MemberId b) {
    Status s = store_->Write([&](Tx& tx) -> Status {
      ASSIGN_OR_RETURN(bool made, tx.connections().Connect(a, b, 1));
      (void)made;
      return Status::Ok();
    });
    ASSERT_TRUE(s.ok()) << s.error().message();
  }
  static domain::Viewer As(MemberId m, domain::Role role = domain::Role::kMember) {
    return domain::Viewer{m, role};
  }

  domain::OpportunityInput Job(const std::string& title, const std::string& org,
                               std::vector<domain::SkillRequirement> skills) {
    domain::OpportunityInput in;
    in.kind = domain::OpportunityKind::kJob;
    in.title = title;
    in.organization = org;
    in.location = "Lisbon";
    in.description = "Work with data.";
    in.skills = std::move(skills);
    in.fields = {"Data Science"};
    in.closes_at = clock_.NowMs() + 30 * kDay;
    return in;
  }
  OpportunityId Post(MemberId by, domain::OpportunityInput in) {
    auto v = posting_->Post(As(by), std::move(in));
    EXPECT_TRUE(v.ok()) << v.error().message();
    return v.ok() ? v->opportunity.id : OpportunityId();
  }
  std::vector<ForYouItem> List(MemberId viewer, domain::OpportunityQuery q = {}, int limit = 20) {
    auto page = index_->ForYou(As(viewer), std::move(q), "", limit);
    EXPECT_TRUE(page.ok()) << page.error().message();
    return page.ok() ? page->items : std::vector<ForYouItem>{};
  }
  static std::vector<OpportunityId> Ids(const std::vector<ForYouItem>& items) {
    std::vector<OpportunityId> out;
    for (const auto& i : items) out.push_back(i.opportunity.opportunity.id);
    return out;
  }

  ManualClock clock_{kStart};
  std::unique_ptr<Store> store_;
  std::unique_ptr<NetworkService> network_;
  std::unique_ptr<ForYouIndex> index_;
  std::unique_ptr<EventDispatcher> dispatcher_;
  std::unique_ptr<Store> writes_;
  std::unique_ptr<OpportunityPosting> posting_;
  std::unique_ptr<OpportunityDismissal> dismissal_;
  int emails_ = 0;
  MemberId poster_, seeker_, colleague_, stranger_;
};

TEST_F(ForYouTest, RanksBySkillsAndNetworkWithReasons) {
  const OpportunityId fit = Post(
      poster_, Job("Analyst", "Acme", {{"SQL", 3, true}, {"Python", 3, true}, {"dbt", 2, false}}));
  const OpportunityId half =
      Post(stranger_, Job("Engineer", "Beta", {{"SQL", 3, true}, {"Go", 3, true}}));
  const OpportunityId none = Post(stranger_, Job("Designer", "Gamma", {{"Figma", 3, true}}));
  const auto items = List(seeker_);
  ASSERT_EQ(Ids(items), (std::vector<OpportunityId>{fit, half, none}));
  EXPECT_EQ(items[0].reason,
            "You have 2 of 2 required skills (SQL, Python); in your field Data Science; posted by "
            "your connection Ana Lima; 1 connection works at Acme");
  EXPECT_EQ(items[0].skills_met, (std::vector<std::string>{"SQL", "Python"}));
  EXPECT_EQ(items[0].connections_at_organization, 1);
  EXPECT_EQ(items[1].skills_missing, (std::vector<std::string>{"Go"}));
  // The stranger is two hops away from the seeker (through the colleague).
  EXPECT_NE(items[1].reason.find("posted by a connection of your connections"), std::string::npos)
      << items[1].reason;
  EXPECT_GT(items[0].score, items[1].score);
  EXPECT_GT(items[1].score, items[2].score);
  // One's own posts are not "for you". The poster has none of the skills: equal scores, the
  // newer post first.
  EXPECT_EQ(Ids(List(poster_)), (std::vector<OpportunityId>{none, half}));
}

TEST_F(ForYouTest, FiltersAndKeywords) {
  const OpportunityId a = Post(poster_, Job("Data analyst", "Acme", {{"SQL", 2, true}}));
  domain::OpportunityInput intern = Job("Frontend intern", "Pixel", {{"React", 2, true}});
  intern.kind = domain::OpportunityKind::kInternship;
  intern.remote = true;
  intern.location = "";
  intern.description = "Ship a design system.";
  const OpportunityId b = Post(poster_, intern);
  domain::OpportunityQuery q;
  q.kinds = {domain::OpportunityKind::kInternship};
  EXPECT_EQ(Ids(List(seeker_, q)), (std::vector<OpportunityId>{b}));
  q = {};
  q.keywords = "DESIGN system";
  EXPECT_EQ(Ids(List(seeker_, q)), (std::vector<OpportunityId>{b}));
  q = {};
  q.skills = {"sql"};
  EXPECT_EQ(Ids(List(seeker_, q)), (std::vector<OpportunityId>{a}));
  q = {};
  q.remote_only = true;
  EXPECT_EQ(Ids(List(seeker_, q)), (std::vector<OpportunityId>{b}));
  q = {};
  q.keywords = std::string(300, 'x');
  auto bad = index_->ForYou(As(seeker_), q, "", 20);
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().kind(), ErrorKind::kValidation);
}

TEST_F(ForYouTest, BlocksDismissalsClosingHidingAndExpiry) {
  const OpportunityId a = Post(poster_, Job("A", "Acme", {{"SQL", 2, true}}));
  const OpportunityId b = Post(stranger_, Job("B", "Beta", {{"SQL", 2, true}}));
  const OpportunityId c = Post(colleague_, Job("C", "Gamma", {{"SQL", 2, true}}));
  ASSERT_EQ(List(seeker_).size(), 3u);

  // The stranger blocks the seeker: the stranger's post is gone for the seeker only.
  ASSERT_TRUE(store_
                  ->Write([&](Tx& tx) -> Status {
                    ASSIGN_OR_RETURN(bool blocked, tx.connections().Block(stranger_, seeker_, 1));
                    (void)blocked;
                    return Status::Ok();
                  })
                  .ok());
  EXPECT_EQ(List(seeker_).size(), 2u);
  for (const auto& i : List(seeker_)) EXPECT_NE(i.opportunity.opportunity.id, b);
  EXPECT_EQ(List(poster_).size(), 2u);  // b and c

  ASSERT_TRUE(dismissal_->Dismiss(As(seeker_), c).ok());
  EXPECT_EQ(Ids(List(seeker_)), (std::vector<OpportunityId>{a}));

  ASSERT_TRUE(posting_->Close(As(poster_), a).ok());
  EXPECT_TRUE(List(seeker_).empty());
  EXPECT_EQ(Ids(List(stranger_)), (std::vector<OpportunityId>{c}));

  ASSERT_TRUE(posting_->Hide(As(seeker_, domain::Role::kAdmin), c).ok());
  EXPECT_TRUE(List(stranger_).empty());

  // Reposting reopens; the clock running past the closing date expires it.
  ASSERT_TRUE(posting_->Repost(As(poster_), a, clock_.NowMs() + 2 * kDay).ok());
  EXPECT_EQ(Ids(List(seeker_)), (std::vector<OpportunityId>{a}));
  clock_.Advance(3 * kDay);
  EXPECT_TRUE(List(seeker_).empty());
}

TEST_F(ForYouTest, PagesWalkTheRankingOnceAndAReloadAnswersTheSame) {
  std::vector<OpportunityId> all;
  for (int i = 0; i < 7; ++i) {
    std::vector<domain::SkillRequirement> skills = {{"SQL", 1 + i % 5, true}};
    if (i % 2) skills.push_back({"Rust", 2, true});
    all.push_back(
        Post(i % 3 ? stranger_ : poster_, Job("Post " + std::to_string(i), "Org", skills)));
    clock_.Advance(kDay);
  }
  const auto full = Ids(List(seeker_, {}, 100));
  ASSERT_EQ(full.size(), 7u);
  std::vector<OpportunityId> walked;
  std::string cursor;
  for (int guard = 0; guard < 10; ++guard) {
    auto page = index_->ForYou(As(seeker_), {}, cursor, 2);
    ASSERT_TRUE(page.ok()) << page.error().message();
    for (const auto& i : page->items) walked.push_back(i.opportunity.opportunity.id);
    if (!page->next_cursor) break;
    cursor = *page->next_cursor;
  }
  EXPECT_EQ(walked, full);
  // Loaded afresh from the tables, the index ranks the same.
  Wire();
  EXPECT_EQ(index_->size(), 7u);
  EXPECT_EQ(Ids(List(seeker_, {}, 100)), full);
}

}  // namespace
}  // namespace pln::app
