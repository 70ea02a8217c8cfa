// NetworkService over the real SQLite store (in memory): loading, privacy of
// reasons, exclusions, read-your-writes through the event log, paths, proximity.
#include "app/network/network_service.h"

#include <gtest/gtest.h>

#include <atomic>
#include <cctype>
#include <string>
#include <thread>
#include <vector>

#include "app/connections/connection_service.h"
#include "app/events/event_dispatcher.h"
#include "app/profiles/profile_service.h"
#include "base/clock.h"
#include "store/open_store.h"

namespace pln::app {
namespace {

using domain::Visibility;

class NetworkServiceTest : public ::testing::Test {
 protected:
  void SetUp() override {
    store::StoreOptions options;
    options.database = ":memory:";
    options.pool_size = 1;
    auto store = store::OpenStore(options);
    ASSERT_TRUE(store.ok()) << store.error().message();
    store_ = std::move(store).value();
    Wire();
  }

  // Builds the dispatcher (with the engine as its consumer once loaded), the
  // dispatching store and the services over it, as cli/runtime.cc does.
  void Wire() {
    connections_.reset();
    profiles_.reset();
    writes_.reset();
    std::vector<LiveConsumer*> live;
    if (network_) live.push_back(network_.get());
    dispatcher_ = std::make_unique<EventDispatcher>(
        *store_, clock_, std::vector<TransactionalConsumer*>{}, std::move(live));
    writes_ = std::make_unique<EventDispatchingStore>(*store_, *dispatcher_);
    profiles_ = MakeProfiles(*writes_, clock_);
    connections_ = MakeConnections(*writes_, clock_, *profiles_);
  }
  // `member` as the app's rules see a caller.
  static domain::Viewer As(MemberId member) {
    return domain::Viewer{member, domain::Role::kMember};
  }
  // Records `event` as a service would, after a write made behind the engine's back.
  void Tell(DomainEvent event) {
    Status s = writes_->Write([&](Tx& tx) { return Emit(tx, event, clock_.NowMs()); });
    ASSERT_TRUE(s.ok()) << s.error().message();
  }

  MemberId Add(const std::string& name, domain::Profile p = {}) {
    p.name = name;
    NewMember m;
    for (char c : name) m.email += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    m.email += "@example.org";
    m.password_hash = "x";
    m.profile = std::move(p);
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
      RETURN_IF_ERROR(tx.connections().Connect(a, b, 1));
      return Status::Ok();
    });
    ASSERT_TRUE(s.ok()) << s.error().message();
  }
  void Load() {
    auto service = NetworkService::Create(*store_, clock_);
    ASSERT_TRUE(service.ok()) << service.error().message();
    network_ = std::move(service).value();
    Wire();
  }
  std::vector<PersonSuggestionView> Suggest(MemberId viewer, int limit = 50) {
    auto got = network_->PeopleYouMayKnow(viewer, limit);
    EXPECT_TRUE(got.ok()) << got.error().message();
    return got.ok() ? *got : std::vector<PersonSuggestionView>();
  }
  static const PersonSuggestionView* Find(const std::vector<PersonSuggestionView>& list,
                                          MemberId id) {
    for (const auto& s : list) {
      if (s.member.id == id) return &s;
    }
    return nullptr;
  }
  static domain::Profile WithFields(std::vector<std::string> fields,
                                    std::vector<domain::Skill> skills = {}) {
    domain::Profile p;
    p.fields = std::move(fields);
    p.skills = std::move(skills);
    return p;
  }

  ManualClock clock_{1'700'000'000'000};
  std::unique_ptr<Store> store_;
  std::unique_ptr<NetworkService> network_;
  std::unique_ptr<EventDispatcher> dispatcher_;
  std::unique_ptr<Store> writes_;
  std::unique_ptr<Profiles> profiles_;
  std::unique_ptr<Connections> connections_;
};

TEST_F(NetworkServiceTest, LoadsEveryRelationAndCountsIt) {
  const MemberId a = Add("Ana"), b = Add("Bo"), c = Add("Cy"), d = Add("Di");
  Connect(a, b);
  Connect(b, c);
  ASSERT_TRUE(store_
                  ->Write([&](Tx& tx) -> Status {
                    RETURN_IF_ERROR(tx.connections().Follow(d, a, 1));
                    RETURN_IF_ERROR(tx.connections().Block(c, d, 1));
                    RETURN_IF_ERROR(tx.connections().CreateRequest(d, b, "", 1));
                    RETURN_IF_ERROR(tx.network().Dismiss(a, d, 1));
                    return Status::Ok();
                  })
                  .ok());
  Load();
  const NetworkLoadStats& s = network_->load_stats();
  EXPECT_EQ(s.members, 4);
  EXPECT_EQ(s.connections, 2);
  EXPECT_EQ(s.follows, 1);
  EXPECT_EQ(s.blocks, 1);
  EXPECT_EQ(s.pending_requests, 1);
  EXPECT_EQ(s.dismissals, 1);
  EXPECT_EQ(network_->engine_stats().members, 4u);
}

// A deleted member leaves a gap in the ids: the loader then maps ids to
// indices by table instead of by offset from the first id.
TEST_F(NetworkServiceTest, LoadsMembersWhoseIdsHaveGaps) {
  const MemberId a = Add("Ana"), b = Add("Bo"), gone = Add("Gone"), d = Add("Di"), e = Add("Ed");
  Connect(a, b);
  Connect(b, d);
  Connect(d, e);
  Connect(a, gone);
  ASSERT_TRUE(store_->Write([&](Tx& tx) { return tx.members().Delete(gone); }).ok());
  Load();
  EXPECT_EQ(network_->load_stats().members, 4);
  EXPECT_EQ(network_->load_stats().connections, 3);
  const std::vector<PersonSuggestionView> for_a = Suggest(a);
  const PersonSuggestionView* di = Find(for_a, d);
  ASSERT_NE(di, nullptr);
  EXPECT_EQ(di->mutual_count, 1);
  ASSERT_EQ(di->mutuals.size(), 1u);
  EXPECT_EQ(di->mutuals[0].id, b);
  EXPECT_NE(Find(Suggest(b), e), nullptr);
  EXPECT_EQ(Find(Suggest(a), gone), nullptr);
  EXPECT_EQ(network_->GetProximity(a, e).hops, 3);
}

TEST_F(NetworkServiceTest, SuggestsFriendsOfFriendsNamingTheMutuals) {
  const MemberId me = Add("Me"), ana = Add("Ana"), raj = Add("Raj"), zoe = Add("Zoe");
  Connect(me, ana);
  Connect(me, raj);
  Connect(ana, zoe);
  Connect(raj, zoe);
  Load();
  auto got = Suggest(me);
  ASSERT_FALSE(got.empty());
  EXPECT_EQ(got[0].member.id, zoe);
  EXPECT_EQ(got[0].member.name, "Zoe");
  EXPECT_EQ(got[0].mutual_count, 2);
  ASSERT_EQ(got[0].mutuals.size(), 2u);
  EXPECT_NE(got[0].reason.find("2 mutual connections: "), std::string::npos) << got[0].reason;
  EXPECT_NE(got[0].reason.find("Ana"), std::string::npos);
  EXPECT_NE(got[0].reason.find("Raj"), std::string::npos);
  EXPECT_EQ(Find(got, ana), nullptr);  // already connected
  EXPECT_EQ(Find(got, me), nullptr);
}

TEST_F(NetworkServiceTest, ReasonsNeverStateHiddenSections) {
  domain::Profile mine = WithFields({"Data Science"}, {{"SQL", 2}});
  mine.organization = "Acme";
  const MemberId me = Add("Me", mine);
  // Same field, skill and organization, but skills and details only for connections.
  domain::Profile hidden = WithFields({"Data Science"}, {{"SQL", 4}});
  hidden.organization = "Acme";
  hidden.visibility.skills = Visibility::kConnections;
  hidden.visibility.details = Visibility::kConnections;
  const MemberId secret = Add("Secret", hidden);
  domain::Profile open = WithFields({"data  science"}, {{"sql", 3}});
  open.organization = "ACME";
  const MemberId shown = Add("Shown", open);
  Load();
  auto got = Suggest(me);
  const PersonSuggestionView* s = Find(got, shown);
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->shared_fields, std::vector<std::string>{"Data Science"});
  EXPECT_EQ(s->shared_skills, std::vector<std::string>{"SQL"});
  EXPECT_EQ(s->same_organization, "ACME");
  EXPECT_EQ(s->reason, "Both work on Data Science; both know SQL; both at ACME");
  if (const PersonSuggestionView* h = Find(got, secret)) {
    EXPECT_TRUE(h->shared_fields.empty());
    EXPECT_TRUE(h->shared_skills.empty());
    EXPECT_FALSE(h->same_organization.has_value());
    EXPECT_EQ(h->reason.find("Data Science"), std::string::npos) << h->reason;
    EXPECT_EQ(h->reason.find("Acme"), std::string::npos) << h->reason;
  }
}

TEST_F(NetworkServiceTest, NewcomerGetsSuggestionsFromFieldsAndExperiencedMentors) {
  domain::Profile mentor = WithFields({"UX Research"});
  mentor.stage = domain::CareerStage::kExperienced;
  mentor.open_to.mentoring = true;
  const MemberId m = Add("Mentor", mentor);
  const MemberId other = Add("Other", WithFields({"Accounting"}));
  const MemberId x = Add("X"), y = Add("Y");
  Connect(other, x);
  Connect(x, y);
  Load();
  // Signs up after the load, then fills in a field: only the delta knows them.
  const MemberId fresh = Add("Fresh");
  Tell(MemberJoined{fresh});
  domain::ProfilePatch patch;
  patch.fields = std::vector<std::string>{"ux research"};
  ASSERT_TRUE(profiles_->UpdateProfile(fresh, patch).ok());
  auto got = Suggest(fresh);
  ASSERT_FALSE(got.empty());
  EXPECT_EQ(got[0].member.id, m);
  EXPECT_TRUE(got[0].complementary);
  EXPECT_EQ(got[0].complementary_in, "UX Research");
  EXPECT_NE(got[0].reason.find("experienced in UX Research and open to mentoring"),
            std::string::npos)
      << got[0].reason;
}

TEST_F(NetworkServiceTest, ExcludesPendingBlockedDismissedAndUndiscoverable) {
  const MemberId me = Add("Me"), hub = Add("Hub");
  domain::Profile quiet;
  quiet.discoverable = false;
  const MemberId p_out = Add("Pout"), p_in = Add("Pin"), blocked = Add("Blocked"),
                 blocker = Add("Blocker"), dismissed = Add("Dismissed"),
                 hidden = Add("Hidden", quiet), ok = Add("Ok");
  Connect(me, hub);
  for (MemberId m : {p_out, p_in, blocked, blocker, dismissed, hidden, ok}) Connect(hub, m);
  Load();
  ASSERT_EQ(Suggest(me).size(), 6u);  // all but the undiscoverable one
  ASSERT_TRUE(connections_->SendRequest(As(me), p_out, "").ok());
  ASSERT_TRUE(connections_->SendRequest(As(p_in), me, "").ok());
  ASSERT_TRUE(connections_->Block(me, blocked).ok());
  ASSERT_TRUE(connections_->Block(blocker, me).ok());
  ASSERT_TRUE(network_->Dismiss(me, dismissed).ok());
  ASSERT_TRUE(network_->Dismiss(me, dismissed).ok());  // idempotent
  auto got = Suggest(me);
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].member.id, ok);

  // And the engine was told: a reload agrees with the live state.
  Load();
  got = Suggest(me);
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].member.id, ok);
}

TEST_F(NetworkServiceTest, WritesAreSeenByTheNextQuery) {
  const MemberId me = Add("Me"), a = Add("A"), b = Add("B");
  Connect(a, b);
  Load();
  auto before = Suggest(me);  // a newcomer: the best-connected members, no mutuals
  if (const PersonSuggestionView* s = Find(before, b)) {
    EXPECT_EQ(s->mutual_count, 0);
  }
  auto sent = connections_->SendRequest(As(me), a, "");
  ASSERT_TRUE(sent.ok());
  ASSERT_TRUE(connections_->Act(As(a), sent->view.request.id, domain::RequestAction::kAccept).ok());
  auto got = Suggest(me);
  const PersonSuggestionView* s = Find(got, b);
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->mutual_count, 1);
  ASSERT_TRUE(connections_->RemoveConnection(me, a).ok());
  got = Suggest(me);
  s = Find(got, b);
  if (s != nullptr) {
    EXPECT_EQ(s->mutual_count, 0);
  }
  // Turning discoverability off hides a member at once.
  domain::ProfilePatch patch;
  patch.discoverable = false;
  ASSERT_TRUE(profiles_->UpdateProfile(a, patch).ok());
  EXPECT_EQ(Find(Suggest(me), a), nullptr);
}

TEST_F(NetworkServiceTest, DismissRejectsSelfUnknownAndBlockedMembers) {
  const MemberId me = Add("Me"), other = Add("Other");
  Load();
  EXPECT_EQ(network_->Dismiss(me, me).error().kind(), ErrorKind::kValidation);
  EXPECT_EQ(network_->Dismiss(me, MemberId(9999)).error().kind(), ErrorKind::kNotFound);
  ASSERT_TRUE(connections_->Block(other, me).ok());
  EXPECT_EQ(network_->Dismiss(me, other).error().kind(), ErrorKind::kNotFound);
}

TEST_F(NetworkServiceTest, LimitMustBeFromOneToFifty) {
  const MemberId me = Add("Me");
  Load();
  for (int bad : {0, -1, 51}) {
    auto got = network_->PeopleYouMayKnow(me, bad);
    ASSERT_FALSE(got.ok());
    EXPECT_EQ(got.error().kind(), ErrorKind::kValidation);
  }
  EXPECT_TRUE(network_->PeopleYouMayKnow(me, 50).ok());
}

TEST_F(NetworkServiceTest, PathsPreferStrongTiesAndRespectBlocksAndPrivacy) {
  const MemberId me = Add("Me"), weak = Add("Weak"), strong = Add("Strong"), t = Add("Target"),
                 extra = Add("Extra");
  Connect(me, weak);
  Connect(me, strong);
  Connect(weak, t);
  Connect(strong, t);
  Connect(strong, extra);  // strong–target hop gains a mutual connection
  Connect(extra, t);
  Connect(me, extra);
  Load();
  auto paths = network_->HowConnected(me, t);
  ASSERT_TRUE(paths.ok());
  ASSERT_EQ(paths->size(), 3u);
  for (const auto& p : *paths) {
    ASSERT_EQ(p.members.size(), 3u);
    EXPECT_EQ(p.members.front().id, me);
    EXPECT_EQ(p.members.back().id, t);
  }
  EXPECT_NE((*paths)[2].members[1].id, strong);  // the weakest tie comes last
  EXPECT_EQ((*paths)[2].members[1].id, weak);

  // Blocking an intermediary removes its paths; blocking the target hides it.
  ASSERT_TRUE(connections_->Block(me, weak).ok());
  paths = network_->HowConnected(me, t);
  ASSERT_TRUE(paths.ok());
  for (const auto& p : *paths) EXPECT_NE(p.members[1].id, weak);
  ASSERT_TRUE(connections_->Block(t, me).ok());
  EXPECT_EQ(network_->HowConnected(me, t).error().kind(), ErrorKind::kNotFound);
  EXPECT_EQ(network_->HowConnected(me, MemberId(9999)).error().kind(), ErrorKind::kNotFound);
}

TEST_F(NetworkServiceTest, ThreeHopPathsHideHopsBetweenPrivateConnectionLists) {
  domain::Profile closed;  // connections visible to connections only (the default)
  const MemberId me = Add("Me"), a = Add("A"), b = Add("B", closed), t = Add("T", closed);
  Connect(me, a);
  Connect(a, b);
  Connect(b, t);
  Load();
  auto paths = network_->HowConnected(me, t);
  ASSERT_TRUE(paths.ok());
  EXPECT_TRUE(paths->empty()) << "the B–T hop is in neither list the viewer may see";
  domain::ProfilePatch patch;
  patch.vis_connections = Visibility::kMembers;
  ASSERT_TRUE(profiles_->UpdateProfile(t, patch).ok());
  paths = network_->HowConnected(me, t);
  ASSERT_TRUE(paths.ok());
  ASSERT_EQ(paths->size(), 1u);
  EXPECT_EQ((*paths)[0].members.size(), 4u);
}

TEST_F(NetworkServiceTest, ProximityCountsHopsMutualsAndTheFirstIntermediary) {
  const MemberId me = Add("Me"), a = Add("A"), b = Add("B"), c = Add("C"), far = Add("Far"),
                 none = Add("None");
  Connect(me, a);
  Connect(me, b);
  Connect(a, c);
  Connect(b, c);
  Connect(c, far);
  Load();
  NetworkProximity p = network_->GetProximity(me, c);
  EXPECT_EQ(p.hops, 2);
  EXPECT_EQ(p.mutual_count, 2);
  ASSERT_TRUE(p.via.has_value());
  EXPECT_TRUE(*p.via == a || *p.via == b);
  p = network_->GetProximity(me, far);
  EXPECT_EQ(p.hops, 3);
  EXPECT_EQ(p.mutual_count, 0);
  EXPECT_EQ(network_->GetProximity(me, a).hops, 1);
  EXPECT_FALSE(network_->GetProximity(me, none).hops.has_value());
  EXPECT_FALSE(network_->GetProximity(me, MemberId(9999)).hops.has_value());
}

TEST_F(NetworkServiceTest, DeletedMembersDisappearFromSuggestionsAndPaths) {
  const MemberId me = Add("Me"), mid = Add("Mid"), t = Add("T");
  Connect(me, mid);
  Connect(mid, t);
  Load();
  ASSERT_NE(Find(Suggest(me), t), nullptr);
  ASSERT_TRUE(writes_
                  ->Write([&](Tx& tx) -> Status {
                    RETURN_IF_ERROR(tx.members().Delete(mid));
                    return Emit(tx, MemberDeleted{mid}, clock_.NowMs());
                  })
                  .ok());
  EXPECT_EQ(network_->GetProximity(me, t).hops, std::nullopt);
  auto paths = network_->HowConnected(me, t);
  ASSERT_TRUE(paths.ok());
  EXPECT_TRUE(paths->empty());
  EXPECT_EQ(Find(Suggest(me), mid), nullptr);
  EXPECT_EQ(network_->sync_failures(), 0u);
}

TEST_F(NetworkServiceTest, QueriesRunWhileWritesArrive) {
  std::vector<MemberId> m;
  for (int i = 0; i < 12; ++i) m.push_back(Add("M" + std::to_string(i)));
  for (int i = 0; i + 1 < 12; i += 2) Connect(m[i], m[i + 1]);
  Load();
  std::atomic<bool> stop{false};
  std::atomic<int> queries{0};
  std::vector<std::thread> readers;
  for (int t = 0; t < 2; ++t) {
    readers.emplace_back([&, t] {
      while (!stop.load()) {
        const MemberId viewer = m[(queries.load() + t) % m.size()];
        EXPECT_TRUE(network_->PeopleYouMayKnow(viewer, 10).ok());
        EXPECT_TRUE(network_->HowConnected(viewer, m[0]).ok() || viewer == m[0]);
        (void)network_->GetProximity(viewer, m[5]);
        queries.fetch_add(1);
      }
    });
  }
  // Writers: connect everyone along a ring, then block a few pairs.
  for (size_t i = 1; i < m.size(); i += 2) {
    auto sent = connections_->SendRequest(As(m[i]), m[(i + 1) % m.size()], "");
    ASSERT_TRUE(sent.ok()) << sent.error().message();
    ASSERT_TRUE(
        connections_
            ->Act(As(m[(i + 1) % m.size()]), sent->view.request.id, domain::RequestAction::kAccept)
            .ok());
  }
  ASSERT_TRUE(connections_->Block(m[3], m[7]).ok());
  while (queries.load() < 50) std::this_thread::yield();
  stop = true;
  for (auto& r : readers) r.join();
  EXPECT_EQ(network_->sync_failures(), 0u);
  // The live engine agrees with a fresh load of the same database.
  std::vector<std::vector<MemberId>> live;
  for (MemberId v : m) {
    std::vector<MemberId> ids;
    for (const auto& s : Suggest(v)) ids.push_back(s.member.id);
    live.push_back(ids);
  }
  Load();
  for (size_t i = 0; i < m.size(); ++i) {
    std::vector<MemberId> ids;
    for (const auto& s : Suggest(m[i])) ids.push_back(s.member.id);
    EXPECT_EQ(ids, live[i]) << "viewer " << i;
  }
}

}  // namespace
}  // namespace pln::app
