#include "app/network/network_loader.h"

#include <algorithm>
#include <chrono>
#include <functional>
#include <optional>
#include <string_view>
#include <thread>
#include <utility>

#include "base/text.h"
#include "domain/relationship.h"

namespace pln::app {

uint32_t AttributeDictionary::Intern(std::string_view name) {
  std::string key = Key(name);
  MutexLock lock(mu_);
  auto [it, inserted] = ids_.try_emplace(std::move(key), static_cast<uint32_t>(names_.size()));
  if (inserted) names_.push_back(NormalizeSpace(name));
  return it->second;
}

std::optional<uint32_t> AttributeDictionary::Find(std::string_view name) const {
  std::string key = Key(name);
  MutexLock lock(mu_);
  auto it = ids_.find(key);
  if (it == ids_.end()) return std::nullopt;
  return it->second;
}

std::string AttributeDictionary::Name(uint32_t id) const {
  MutexLock lock(mu_);
  return id < names_.size() ? names_[id] : std::string();
}

size_t AttributeDictionary::size() const {
  MutexLock lock(mu_);
  return names_.size();
}

std::string AttributeDictionary::Key(std::string_view name) {
  // AsciiLower(NormalizeSpace(name)) in one string: a load interns millions of names.
  std::string key = NormalizeSpace(name);
  for (char& c : key) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return key;
}

namespace {

// Whether any other member who is neither connected nor blocked ("a stranger
// member") may see `member`'s section `s`.
bool StrangerSees(const NetworkMember& member, domain::Section s) {
  domain::Viewer stranger;
  stranger.id = MemberId(0);
  const domain::Relationship none;
  return domain::CanSeeSection(stranger, none, member.visibility, s);
}

// Field and skill names repeat across members (a shared vocabulary), so a load
// looks each spelling up here first: no normalization, lock or key string for
// the millions of rows whose spelling was seen before.
class NameCache {
 public:
  explicit NameCache(AttributeDictionary& dict) : dict_(dict) {}
  uint32_t Intern(std::string_view name) {
    auto it = ids_.find(name);
    if (it != ids_.end()) return it->second;
    const uint32_t id = dict_.Intern(name);
    ids_.emplace(std::string(name), id);
    return id;
  }
  // An organization's id, graph::kNone if it is blank (AttributesOf's
  // organization_id). A cache serves either organizations or names, not both.
  uint32_t Organization(std::string_view name) {
    auto it = ids_.find(name);
    if (it != ids_.end()) return it->second;
    const uint32_t id = NormalizeSpace(name).empty() ? graph::kNone : dict_.Intern(name);
    ids_.emplace(std::string(name), id);
    return id;
  }

 private:
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  };
  AttributeDictionary& dict_;
  std::unordered_map<std::string, uint32_t, Hash, std::equal_to<>> ids_;
};

// Progress is reported every this many rows of a phase, and at its end.
constexpr int64_t kProgressEvery = 1 << 16;

// VisibleAttributes with the ways names become ids: `organization_id(name)`
// gives graph::kNone for a blank organization, `name_id(name)` a field's or skill's.
template <typename OrganizationId, typename NameId>
graph::MemberAttributes AttributesOf(const NetworkMember& member, OrganizationId&& organization_id,
                                     NameId&& name_id) {
  auto visible = [&](domain::Section s) { return StrangerSees(member, s); };
  graph::MemberAttributes a;
  switch (member.stage) {
    case domain::CareerStage::kLearner: a.stage = graph::Stage::kLearner; break;
    case domain::CareerStage::kEarlyCareer: a.stage = graph::Stage::kEarlyCareer; break;
    case domain::CareerStage::kExperienced: a.stage = graph::Stage::kMidCareer; break;
  }
  a.flags = member.discoverable ? graph::kDiscoverable : 0;
  // A learner aims for a field, so is shown experienced members in it.
  if (member.stage == domain::CareerStage::kLearner) a.flags |= graph::kSeekingMentor;
  if (visible(domain::Section::kDetails)) {
    a.organization = organization_id(member.organization);
    if (member.open_to.mentoring) a.flags |= graph::kOpenToMentoring;
    if (member.open_to.being_mentored) a.flags |= graph::kSeekingMentor;
  }
  if (visible(domain::Section::kSkills)) {
    for (const std::string& field : member.fields) a.fields.push_back(name_id(field));
    for (const domain::Skill& skill : member.skills) {
      a.skills.push_back({name_id(skill.name), static_cast<uint8_t>(skill.level)});
    }
  }
  a.Normalize();
  return a;
}

}  // namespace

graph::MemberAttributes VisibleAttributes(const NetworkMember& member, AttributeDictionary& dict) {
  return AttributesOf(
      member,
      [&](std::string_view name) {
        return NormalizeSpace(name).empty() ? graph::kNone : dict.Intern(name);
      },
      [&](std::string_view name) { return dict.Intern(name); });
}

Result<LoadedNetwork> LoadNetwork(Store& store, AttributeDictionary& dict,
                                  const ProgressFn& progress) {
  const auto started = std::chrono::steady_clock::now();
  graph::SnapshotBuilder builder;
  NetworkLoadStats stats;
  RETURN_IF_ERROR(store.Read([&](Tx& tx) -> Status {
    builder = graph::SnapshotBuilder();
    stats = NetworkLoadStats();
    NetworkRepository& repo = tx.network();
    // Members arrive in id order and get indices 0, 1, ... in that order, so a
    // binary search in `ids` maps a member id to its index. Their fields and
    // skills arrive afterwards, so attributes are completed here first.
    std::vector<int64_t> ids;
    std::vector<graph::MemberAttributes> attributes;
    std::vector<bool> skills_visible;
    NameCache organizations(dict);
    RETURN_IF_ERROR(repo.EachMember([&](const NetworkMember& m) -> Status {
      builder.AddMember(m.id.value());
      ids.push_back(m.id.value());
      // Organizations repeat like field names: a cache of spellings saves the
      // dictionary's normalization and lock for most members.
      attributes.push_back(AttributesOf(
          m, [&](std::string_view name) { return organizations.Organization(name); },
          [&](std::string_view name) { return dict.Intern(name); }));
      skills_visible.push_back(StrangerSees(m, domain::Section::kSkills));
      if (++stats.members % kProgressEvery == 0) progress("members", stats.members, 0);
      return Status::Ok();
    }));
    progress("members", stats.members, 0);
    // Member ids are usually dense (1..N): then a table maps an id to its index
    // with one read, which matters for tens of millions of relation rows; sparse
    // ids fall back to a binary search. Ids without any gap need no table: the
    // index is the offset from the first id (a random read per relation row
    // in a table of millions misses the cache: that was most of its cost).
    std::vector<uint32_t> table;
    const int64_t first_id = ids.empty() ? 0 : ids.front();
    const bool contiguous =
        !ids.empty() && ids.back() - first_id + 1 == static_cast<int64_t>(ids.size());
    if (!contiguous && !ids.empty() &&
        ids.back() - first_id < 4 * static_cast<int64_t>(ids.size()) + 1024) {
      table.assign(static_cast<size_t>(ids.back() - first_id) + 1, graph::kNone);
      for (size_t i = 0; i < ids.size(); ++i) {
        table[static_cast<size_t>(ids[i] - first_id)] = static_cast<uint32_t>(i);
      }
    }
    auto index_of = [&](MemberId id) -> std::optional<uint32_t> {
      if (contiguous) {
        const int64_t at = id.value() - first_id;
        if (at < 0 || at >= static_cast<int64_t>(ids.size())) return std::nullopt;
        return static_cast<uint32_t>(at);
      }
      if (!table.empty()) {
        const int64_t at = id.value() - first_id;
        if (at < 0 || at >= static_cast<int64_t>(table.size()) ||
            table[static_cast<size_t>(at)] == graph::kNone) {
          return std::nullopt;
        }
        return table[static_cast<size_t>(at)];
      }
      auto it = std::lower_bound(ids.begin(), ids.end(), id.value());
      if (it == ids.end() || *it != id.value()) return std::nullopt;
      return static_cast<uint32_t>(it - ids.begin());
    };
    // Fields and skills only of members whose skills section strangers may see
    // (VisibleAttributes' rule); rows of members missing from the scan are skipped.
    NameCache names(dict);
    int64_t fields = 0, skills = 0;  // rows read, for the progress lines
    RETURN_IF_ERROR(repo.EachField([&](MemberId id, std::string_view name) -> Status {
      ++fields;
      const std::optional<uint32_t> u = index_of(id);
      if (u && skills_visible[*u]) attributes[*u].fields.push_back(names.Intern(name));
      return Status::Ok();
    }));
    progress("member fields", fields, 0);
    RETURN_IF_ERROR(repo.EachSkill([&](MemberId id, std::string_view name, int level) -> Status {
      ++skills;
      const std::optional<uint32_t> u = index_of(id);
      if (u && skills_visible[*u]) {
        attributes[*u].skills.push_back({names.Intern(name), static_cast<uint8_t>(level)});
      }
      return Status::Ok();
    }));
    progress("member skills", skills, 0);
    // Profiles and posting lists need nothing more from the store: they are
    // built on a second thread while this one reads the relations (the larger
    // part of a load). The thread owns the attributes and touches nothing
    // else; it is joined before the transaction ends on every path (jthread).
    std::optional<Result<graph::ProfileTables>> profiles;
    std::jthread profile_thread(
        [&profiles, members = builder.node_count(), attrs = std::move(attributes)]() mutable {
          profiles.emplace(graph::ProfileTables::Build(members, std::move(attrs)));
        });
    struct Phase {
      NetworkRelation relation;
      graph::Relation as;
      const char* name;
      int64_t* count;
    };
    const Phase phases[] = {
        {NetworkRelation::kConnections, graph::Relation::kConnection, "connections",
         &stats.connections},
        {NetworkRelation::kFollows, graph::Relation::kFollowing, "follows", &stats.follows},
        {NetworkRelation::kBlocks, graph::Relation::kBlocking, "blocks", &stats.blocks},
        {NetworkRelation::kPendingRequests, graph::Relation::kRequestSent, "pending requests",
         &stats.pending_requests},
        {NetworkRelation::kDismissals, graph::Relation::kDismissed, "dismissals",
         &stats.dismissals},
    };
    for (const Phase& phase : phases) {
      RETURN_IF_ERROR(repo.EachPair(phase.relation, [&](MemberPair p) -> Status {
        // Foreign keys make a relation to an unknown member impossible in
        // one transaction; skip rather than invent members should it happen.
        const std::optional<uint32_t> a = index_of(p.first), b = index_of(p.second);
        if (!a || !b) return Status::Ok();
        builder.Add(phase.as, *a, *b);
        if (++*phase.count % kProgressEvery == 0) progress(phase.name, *phase.count, 0);
        return Status::Ok();
      }));
      progress(phase.name, *phase.count, 0);
    }
    profile_thread.join();
    if (!profiles->ok()) return std::move(*profiles).error();
    builder.SetProfiles(std::move(**profiles));
    return Status::Ok();
  }));
  LoadedNetwork out;
  ASSIGN_OR_RETURN(out.snapshot, std::move(builder).Build());
  stats.elapsed_ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                         std::chrono::steady_clock::now() - started)
                         .count();
  out.stats = stats;
  return out;
}

}  // namespace pln::app
