#include "app/network/network_service.h"

#include <algorithm>
#include <optional>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "base/text.h"
#include "domain/relationship.h"

namespace pln::app {
namespace {

constexpr int kMaxSuggestions = 50;
// Candidates fetched beyond the limit, to fill places of those the store check drops.
constexpr size_t kSuggestionSlack = 10;
// Paths fetched before privacy filtering; the answer keeps 3.
constexpr size_t kPathCandidates = 12;
constexpr size_t kMaxPaths = 3;
constexpr size_t kMaxNamedMutuals = 3;

MemberSummary SummaryOf(const domain::Member& m) {
  return MemberSummary{m.id, m.profile.name, m.profile.headline, m.profile.stage};
}

domain::Viewer MemberViewer(MemberId id) {
  domain::Viewer v;
  v.id = id;
  return v;
}

bool ContainsFoldedName(const std::vector<std::string>& names, std::string_view name) {
  const std::string key = AsciiLower(NormalizeSpace(name));
  return std::any_of(names.begin(), names.end(),
                     [&](const std::string& n) { return AsciiLower(NormalizeSpace(n)) == key; });
}

// "A", "A and B", "A, B and C".
std::string JoinNames(const std::vector<std::string>& names) {
  std::string out;
  for (size_t i = 0; i < names.size(); ++i) {
    if (i > 0) out += i + 1 == names.size() ? " and " : ", ";
    out += names[i];
  }
  return out;
}

std::string ReasonText(const PersonSuggestionView& s) {
  std::vector<std::string> parts;
  if (s.mutual_count > 0) {
    std::string part = std::to_string(s.mutual_count) +
                       (s.mutual_count == 1 ? " mutual connection" : " mutual connections");
    std::vector<std::string> names;
    for (const MemberSummary& m : s.mutuals) names.push_back(m.name);
    if (!names.empty()) {
      part += static_cast<int64_t>(names.size()) < s.mutual_count ? ", including " : ": ";
      part += JoinNames(names);
    }
    parts.push_back(std::move(part));
  }
  auto first_two = [](const std::vector<std::string>& v) {
    return std::vector<std::string>(v.begin(), v.begin() + std::min<size_t>(v.size(), 2));
  };
  if (!s.shared_fields.empty())
    parts.push_back("both work on " + JoinNames(first_two(s.shared_fields)));
  if (!s.shared_skills.empty())
    parts.push_back("both know " + JoinNames(first_two(s.shared_skills)));
  if (s.same_organization) parts.push_back("both at " + *s.same_organization);
  if (s.complementary) {
    parts.push_back(s.complementary_in
                        ? "experienced in " + *s.complementary_in + " and open to mentoring"
                        : "experienced and open to mentoring");
  }
  if (s.follows_you) parts.push_back("follows you");
  if (s.you_follow) parts.push_back("you follow them");
  if (parts.empty()) parts.push_back("well connected in the network");
  std::string text;
  for (const std::string& p : parts) {
    if (!text.empty()) text += "; ";
    text += p;
  }
  text[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(text[0])));
  return text;
}

// Members, summaries of others and the viewer's relationship to all of them, loaded in one read.
struct Known {
  std::unordered_map<MemberId, domain::Member> members;
  std::unordered_map<MemberId, MemberSummary> summaries;
  std::unordered_map<MemberId, domain::Relationship> rels;
  const domain::Member* Find(MemberId id) const {
    auto it = members.find(id);
    return it == members.end() ? nullptr : &it->second;
  }
  const MemberSummary* FindSummary(MemberId id) const {
    auto it = summaries.find(id);
    return it == summaries.end() ? nullptr : &it->second;
  }
  domain::Relationship Rel(MemberId id) const {
    auto it = rels.find(id);
    return it == rels.end() ? domain::Relationship{} : it->second;
  }
};

// What to load: whole members (profile with lists), member rows only (privacy,
// discoverability, details: no fields, skills or goals), or just summaries (the
// people a suggestion names). Each costs a fraction of the one before.
struct ToLoad {
  std::vector<MemberId> full, rows, named;
};

Result<Known> LoadKnown(Tx& tx, MemberId viewer, ToLoad want) {
  auto unique = [](std::vector<MemberId>& ids) {
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  };
  Known k;
  std::vector<MemberId> all;
  for (auto* ids : {&want.full, &want.rows, &want.named}) {
    unique(*ids);
    all.insert(all.end(), ids->begin(), ids->end());
  }
  if (!want.full.empty()) {
    ASSIGN_OR_RETURN(auto members, tx.members().GetMany(want.full));
    for (auto& m : members) k.members.emplace(m.id, std::move(m));
  }
  if (!want.rows.empty()) {
    ASSIGN_OR_RETURN(auto members, tx.members().GetManyWithoutLists(want.rows));
    for (auto& m : members) k.members.emplace(m.id, std::move(m));
  }
  if (!want.named.empty()) {
    ASSIGN_OR_RETURN(k.summaries, tx.members().Summaries(want.named));
  }
  unique(all);
  if (!all.empty()) {
    ASSIGN_OR_RETURN(k.rels, tx.connections().Relationships(viewer, all));
  }
  return k;
}

// What the viewer may be told about one engine suggestion, or nothing when the
// store (which has the last word on every exclusion) rules it out.
std::optional<PersonSuggestionView> Explain(const graph::PersonSuggestion& s,
                                            const domain::Member& me,
                                            const std::vector<std::string>& my_skills,
                                            const Known& known, const AttributeDictionary& dict) {
  const MemberId viewer = me.id;
  const domain::Member* m = known.Find(s.member);
  const domain::Relationship rel = known.Rel(s.member);
  if (m == nullptr || s.member == viewer || !m->profile.discoverable || rel.connected ||
      rel.blocked_either_way() || rel.pending_incoming || rel.pending_outgoing) {
    return std::nullopt;
  }
  const domain::Viewer who = MemberViewer(viewer);
  PersonSuggestionView p;
  p.member = SummaryOf(*m);
  p.mutual_count = s.mutual_count;
  for (MemberId mutual : s.mutuals) {
    const MemberSummary* mm = known.FindSummary(mutual);
    const domain::Relationship mrel = known.Rel(mutual);
    if (mm == nullptr || !mrel.connected || !domain::CanSeeMember(who, mrel)) continue;
    if (p.mutuals.size() < kMaxNamedMutuals) p.mutuals.push_back(*mm);
  }
  // Shared attributes: the engine matched the candidate's and the viewer's; named
  // only if the viewer sees that section on the candidate's page now (the engine
  // may not have heard of a change yet) and has it on their own profile.
  const domain::SectionVisibility& vis = m->profile.visibility;
  const bool sees_skills = domain::CanSeeSection(who, rel, vis, domain::Section::kSkills);
  const bool sees_details = domain::CanSeeSection(who, rel, vis, domain::Section::kDetails);
  if (sees_skills) {
    for (uint32_t id : s.shared_fields) {
      std::string name = dict.Name(id);
      if (ContainsFoldedName(me.profile.fields, name)) p.shared_fields.push_back(std::move(name));
    }
    for (uint32_t id : s.shared_skills) {
      std::string name = dict.Name(id);
      if (ContainsFoldedName(my_skills, name)) p.shared_skills.push_back(std::move(name));
    }
  }
  const std::string& organization = m->profile.organization;
  if (s.same_organization && sees_details && !NormalizeSpace(organization).empty() &&
      AsciiLower(NormalizeSpace(organization)) ==
          AsciiLower(NormalizeSpace(me.profile.organization))) {
    p.same_organization = organization;
  }
  if (s.complementary && sees_details && m->profile.open_to.mentoring &&
      m->profile.stage == domain::CareerStage::kExperienced) {
    p.complementary = true;
    if (!p.shared_fields.empty()) {
      p.complementary_in = p.shared_fields.front();
    } else if (!p.shared_skills.empty()) {
      p.complementary_in = p.shared_skills.front();
    }
  }
  p.follows_you = rel.followed_by;
  p.you_follow = rel.following;
  p.reason = ReasonText(p);
  return p;
}

}  // namespace

NetworkService::NetworkService(Store& store, const Clock& clock, Options options)
    : store_(store), clock_(clock), options_(std::move(options)) {}

Result<std::unique_ptr<NetworkService>> NetworkService::Create(Store& store, const Clock& clock,
                                                               const ProgressFn& progress,
                                                               Options options) {
  std::unique_ptr<NetworkService> service(new NetworkService(store, clock, std::move(options)));
  // Before the load: whatever commits from here on is applied again as an
  // event, so nothing committed during the load can be missed.
  RETURN_IF_ERROR(store.Read([&](Tx& tx) -> Status {
    ASSIGN_OR_RETURN(service->start_seq_, tx.events().LastSeq());
    return Status::Ok();
  }));
  ASSIGN_OR_RETURN(LoadedNetwork loaded, LoadNetwork(store, service->dict_, progress));
  service->load_stats_ = loaded.stats;
  service->engine_ = graph::Engine::Create(std::move(loaded.snapshot), service->options_.engine);
  return service;
}

Result<std::vector<PersonSuggestionView>> NetworkService::PeopleYouMayKnow(MemberId viewer,
                                                                           int limit) {
  if (limit < 1 || limit > kMaxSuggestions) {
    return ValidationError({{"limit", "must be an integer from 1 to 50"}});
  }
  Result<std::vector<graph::PersonSuggestion>> found =
      engine_->PeopleYouMayKnow(viewer, static_cast<size_t>(limit) + kSuggestionSlack);
  if (!found.ok() && found.error().kind() == ErrorKind::kNotFound) {
    // A member this node has not heard of yet (e.g. signed up on another node).
    {
      MutexLock lock(sync_mu_);
      Report(SyncMember(viewer));
    }
    found = engine_->PeopleYouMayKnow(viewer, static_cast<size_t>(limit) + kSuggestionSlack);
    if (!found.ok() && found.error().kind() == ErrorKind::kNotFound) {
      return std::vector<PersonSuggestionView>();
    }
  }
  if (!found.ok()) return std::move(found).error();

  // Candidates are hydrated only as far as places are left: the store seldom drops
  // one, so the slack fetched from the engine is usually never loaded.
  const std::vector<graph::PersonSuggestion>& candidates = *found;
  const size_t wanted = static_cast<size_t>(limit);
  std::optional<domain::Member> me;
  std::vector<std::string> my_skills;
  std::vector<PersonSuggestionView> out;
  size_t next = 0;
  while (out.size() < wanted && next < candidates.size()) {
    const size_t end = std::min(candidates.size(), next + (wanted - out.size()));
    ToLoad want;
    if (!me) want.full.push_back(viewer);
    for (size_t i = next; i < end; ++i) {
      want.rows.push_back(candidates[i].member);
      want.named.insert(want.named.end(), candidates[i].mutuals.begin(),
                        candidates[i].mutuals.end());
    }
    Known known;
    RETURN_IF_ERROR(store_.Read([&](Tx& tx) -> Status {
      ASSIGN_OR_RETURN(known, LoadKnown(tx, viewer, std::move(want)));
      return Status::Ok();
    }));
    if (!me) {
      const domain::Member* found_me = known.Find(viewer);
      if (found_me == nullptr) return NotFoundError("member");
      me = *found_me;
      for (const domain::Skill& k : me->profile.skills) my_skills.push_back(k.name);
    }
    for (size_t i = next; i < end; ++i) {
      std::optional<PersonSuggestionView> p = Explain(candidates[i], *me, my_skills, known, dict_);
      if (p) out.push_back(std::move(*p));
    }
    next = end;
  }
  return out;
}

Status NetworkService::Dismiss(MemberId viewer, MemberId other) {
  if (!other.valid()) return ValidationError({{"member", "must be a member id"}});
  if (other == viewer) return ValidationError({{"member", "must be another member"}});
  RETURN_IF_ERROR(store_.Write([&](Tx& tx) -> Status {
    ASSIGN_OR_RETURN(auto target, tx.members().GetAccount(other));
    if (!target) return NotFoundError("member");
    ASSIGN_OR_RETURN(auto rels, tx.connections().Relationships(viewer, {other}));
    if (!domain::CanSeeMember(MemberViewer(viewer), rels[other])) return NotFoundError("member");
    ASSIGN_OR_RETURN(bool created, tx.network().Dismiss(viewer, other, clock_.NowMs()));
    if (!created) return Status::Ok();  // dismissing twice is fine
    return Emit(tx, SuggestionDismissed{viewer, other}, clock_.NowMs(), viewer);
  }));
  MutexLock lock(sync_mu_);
  Status applied = EnsureKnown(viewer);
  if (applied.ok()) applied = EnsureKnown(other);
  if (applied.ok()) applied = engine_->Dismiss(viewer, other);
  Report(applied);
  return Status::Ok();
}

Result<std::vector<ConnectionPathView>> NetworkService::HowConnected(MemberId viewer,
                                                                     MemberId target) {
  const domain::Viewer who = MemberViewer(viewer);
  bool visible = false;
  RETURN_IF_ERROR(store_.Read([&](Tx& tx) -> Status {
    ASSIGN_OR_RETURN(auto member, tx.members().GetAccount(target));
    if (!member) return Status::Ok();
    if (target == viewer) {
      visible = true;
      return Status::Ok();
    }
    ASSIGN_OR_RETURN(auto rels, tx.connections().Relationships(viewer, {target}));
    visible = domain::CanSeeMember(who, rels[target]);
    return Status::Ok();
  }));
  if (!visible) return NotFoundError("member");
  std::vector<ConnectionPathView> out;
  if (target == viewer) return out;
  Result<std::vector<graph::MemberPath>> paths =
      engine_->HowConnected(viewer, target, kPathCandidates);
  if (!paths.ok()) {
    if (paths.error().kind() == ErrorKind::kNotFound) return out;  // not in the engine yet
    return std::move(paths).error();
  }
  if (paths->empty()) return out;
  std::vector<MemberId> ids;
  for (const auto& p : *paths) ids.insert(ids.end(), p.members.begin(), p.members.end());
  Known known;
  RETURN_IF_ERROR(store_.Read([&](Tx& tx) -> Status {
    ASSIGN_OR_RETURN(known, LoadKnown(tx, viewer, ToLoad{.rows = std::move(ids)}));
    return Status::Ok();
  }));
  // May the viewer know that x and y are connected? Yes if one of them is the
  // viewer, or the viewer may see the connections of either.
  auto hop_visible = [&](MemberId x, MemberId y) {
    if (x == viewer || y == viewer) return true;
    for (MemberId end : {x, y}) {
      const domain::Member* m = known.Find(end);
      if (m != nullptr && domain::CanSeeSection(who, known.Rel(end), m->profile.visibility,
                                                domain::Section::kConnections)) {
        return true;
      }
    }
    return false;
  };
  for (const graph::MemberPath& p : *paths) {
    if (out.size() == kMaxPaths) break;
    ConnectionPathView view;
    bool ok = true;
    for (size_t i = 0; i < p.members.size() && ok; ++i) {
      const MemberId id = p.members[i];
      const domain::Member* m = known.Find(id);
      const domain::Relationship rel = known.Rel(id);
      const bool inner = i > 0 && i + 1 < p.members.size();
      if (m == nullptr || (id != viewer && !domain::CanSeeMember(who, rel))) ok = false;
      // Intermediaries must be discoverable unless they are the viewer's own connections.
      if (ok && inner && !m->profile.discoverable && !rel.connected) ok = false;
      if (ok && i > 0 && !hop_visible(p.members[i - 1], id)) ok = false;
      if (ok) view.members.push_back(SummaryOf(*m));
    }
    if (!ok) continue;
    for (uint32_t s : p.hop_strength) view.hop_strength.push_back(s);
    out.push_back(std::move(view));
  }
  return out;
}

NetworkProximity NetworkService::GetProximity(MemberId viewer, MemberId other) const {
  NetworkProximity out;
  auto state = engine_->Acquire();
  const graph::GraphView g = state->view();
  const std::optional<uint32_t> u = g.Find(viewer.value()), v = g.Find(other.value());
  if (!u || !v || *u == *v || g.BlockedEitherWay(*u, *v)) return out;
  // Common connections: walk the smaller neighbourhood, probe the other.
  const bool u_smaller = g.Degree(*u) <= g.Degree(*v);
  const uint32_t small = u_smaller ? *u : *v, large = u_smaller ? *v : *u;
  g.ForEach(graph::Relation::kConnection, small, [&](uint32_t z) {
    if (g.Connected(z, large) && !g.BlockedEitherWay(*u, z)) ++out.mutual_count;
  });
  graph::PathOptions po;
  po.max_paths = 1;
  std::vector<graph::ConnectionPath> paths = graph::ShortestPaths(g, *u, *v, po);
  if (paths.empty()) return out;
  const std::vector<uint32_t>& nodes = paths.front().nodes;
  out.hops = static_cast<int>(nodes.size()) - 1;
  if (nodes.size() > 2) out.via = MemberId(g.ExternalId(nodes[1]));
  return out;
}

namespace {

// What an event asks of the engine: re-read a pair, re-read a member,
// re-apply a dismissal, or nothing.
struct EngineWork {
  std::optional<std::pair<MemberId, MemberId>> pair;
  std::optional<MemberId> member;
  std::optional<std::pair<MemberId, MemberId>> dismissal;

  void operator()(const MemberJoined& e) { member = e.member; }
  void operator()(const MemberUpdated& e) { member = e.member; }
  void operator()(const MemberDeleted& e) { member = e.member; }
  void operator()(const ConnectionRequested& e) { pair = {e.from, e.to}; }
  void operator()(const ConnectionMade& e) { pair = {e.by, e.other}; }
  void operator()(const ConnectionRequestClosed& e) { pair = {e.from, e.to}; }
  void operator()(const ConnectionRemoved& e) { pair = {e.by, e.other}; }
  void operator()(const Followed& e) { pair = {e.follower, e.followee}; }
  void operator()(const Unfollowed& e) { pair = {e.follower, e.followee}; }
  void operator()(const Blocked& e) { pair = {e.blocker, e.blocked}; }
  void operator()(const Unblocked& e) { pair = {e.blocker, e.blocked}; }
  void operator()(const SuggestionDismissed& e) { dismissal = {e.viewer, e.other}; }
  template <typename Other>
  void operator()(const Other&) {}
};

}  // namespace

Status NetworkService::Apply(const StoredEvent&, const DomainEvent& event) {
  EngineWork work;
  std::visit(work, event);
  MutexLock lock(sync_mu_);
  if (work.member) return SyncMember(*work.member);
  if (work.pair) return SyncPair(work.pair->first, work.pair->second);
  if (work.dismissal) {
    RETURN_IF_ERROR(EnsureKnown(work.dismissal->first));
    RETURN_IF_ERROR(EnsureKnown(work.dismissal->second));
    return engine_->Dismiss(work.dismissal->first, work.dismissal->second);
  }
  return Status::Ok();
}

Status NetworkService::EnsureKnown(MemberId member) {
  auto state = engine_->Acquire();
  if (state->view().Find(member.value())) return Status::Ok();
  return SyncMember(member);
}

Status NetworkService::SyncMember(MemberId member) {
  std::optional<NetworkMember> found;
  RETURN_IF_ERROR(store_.Read([&](Tx& tx) -> Status {
    ASSIGN_OR_RETURN(auto batch, tx.network().ScanMembers(member.value() - 1, 1));
    if (!batch.empty() && batch.front().id == member) found = std::move(batch.front());
    return Status::Ok();
  }));
  if (found) return engine_->UpsertMember(member, VisibleAttributes(*found, dict_));
  // Deleted: drop every relation and keep an inert, undiscoverable node.
  auto state = engine_->Acquire();
  const graph::GraphView g = state->view();
  const std::optional<uint32_t> u = g.Find(member.value());
  if (!u) return Status::Ok();
  for (size_t r = 0; r < graph::kRelationCount; ++r) {
    const auto relation = static_cast<graph::Relation>(r);
    std::vector<int64_t> others;
    g.ForEach(relation, *u, [&](uint32_t v) { others.push_back(g.ExternalId(v)); });
    for (int64_t other : others) {
      RETURN_IF_ERROR(engine_->Set(relation, member, MemberId(other), false));
    }
  }
  graph::MemberAttributes inert;
  inert.flags = 0;
  return engine_->UpsertMember(member, std::move(inert));
}

Status NetworkService::SyncPair(MemberId a, MemberId b) {
  if (a == b) return Status::Ok();
  RETURN_IF_ERROR(EnsureKnown(a));
  RETURN_IF_ERROR(EnsureKnown(b));
  domain::Relationship rel;
  RETURN_IF_ERROR(store_.Read([&](Tx& tx) -> Status {
    ASSIGN_OR_RETURN(auto rels, tx.connections().Relationships(a, {b}));
    rel = rels[b];
    return Status::Ok();
  }));
  auto state = engine_->Acquire();
  const graph::GraphView g = state->view();
  const uint32_t u = *g.Find(a.value()), v = *g.Find(b.value());
  // Only what differs is written, so an unchanged pair costs no engine write.
  struct Want {
    graph::Relation relation;
    uint32_t from, to;
    MemberId from_id, to_id;
    bool present;
  };
  const Want wants[] = {
      {graph::Relation::kConnection, u, v, a, b, rel.connected},
      {graph::Relation::kFollowing, u, v, a, b, rel.following},
      {graph::Relation::kFollowing, v, u, b, a, rel.followed_by},
      {graph::Relation::kBlocking, u, v, a, b, rel.blocking_target},
      {graph::Relation::kBlocking, v, u, b, a, rel.blocked_by_target},
      {graph::Relation::kRequestSent, u, v, a, b, rel.pending_outgoing.has_value()},
      {graph::Relation::kRequestSent, v, u, b, a, rel.pending_incoming.has_value()},
  };
  for (const Want& w : wants) {
    if (g.Has(w.relation, w.from, w.to) == w.present) continue;
    RETURN_IF_ERROR(engine_->Set(w.relation, w.from_id, w.to_id, w.present));
  }
  return Status::Ok();
}

void NetworkService::Report(const Status& status) {
  if (status.ok()) return;
  sync_failures_.fetch_add(1);
  if (options_.on_sync_error) options_.on_sync_error(status.error());
}

}  // namespace pln::app
