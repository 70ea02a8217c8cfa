#include "app/community/groups.h"

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "app/cursor.h"
#include "app/events/ports.h"

namespace pln::app {
namespace {

using State = domain::Membership::State;
using domain::GroupRole;

GroupView ViewFor(Group g, const domain::Membership& mine) {
  GroupView v;
  const domain::JoinPolicy policy = g.content.policy;
  v.group = std::move(g);
  v.mine = mine;
  v.can_read_posts = domain::CanReadPosts(policy, mine);
  v.can_post = domain::CanPost(mine);
  v.can_moderate = domain::CanModerate(mine);
  v.can_invite = domain::CanInvite(policy, mine);
  return v;
}

std::string RoleName(const domain::Membership& m) {
  return m.is_member() ? std::string(domain::ToString(m.role)) : "";
}

class GroupsImpl final : public Groups {
 public:
  GroupsImpl(Store& store, const Clock& clock) : store_(store), clock_(clock) {}

  Result<GroupView> Create(MemberId me, const domain::GroupInput& input) override;
  Result<GroupView> Get(MemberId me, GroupId id) override;
  Result<GroupPage> List(MemberId me, const std::string& cursor, int limit) override;
  Result<GroupView> Update(MemberId me, GroupId id, const domain::GroupInput& input) override;
  Result<GroupView> Join(MemberId me, GroupId id) override;
  Status Leave(MemberId me, GroupId id) override;
  Status Invite(MemberId me, GroupId id, MemberId member) override;
  Status AnswerRequest(MemberId me, GroupId id, MemberId member, bool approve) override;
  Status Remove(MemberId me, GroupId id, MemberId member) override;
  Status SetRole(MemberId me, GroupId id, MemberId member, GroupRole role) override;
  Result<GroupMemberPage> Members(MemberId me, GroupId id, State state, const std::string& cursor,
                                  int limit) override;

 private:
  // The group and `me`'s membership in it, or kNotFound "group".
  static Result<std::pair<Group, domain::Membership>> Load(Tx& tx, GroupId id, MemberId me);
  // Records the change and its event.
  Status Change(Tx& tx, GroupId id, MemberId member, MemberId by, const domain::Membership& m,
                std::string_view state, std::optional<MemberId> invited_by = std::nullopt);
  // kNotFound "member" unless `member` exists and neither blocked the other.
  static Status CheckVisible(Tx& tx, MemberId me, MemberId member);

  Store& store_;
  const Clock& clock_;
};

Result<std::pair<Group, domain::Membership>> GroupsImpl::Load(Tx& tx, GroupId id, MemberId me) {
  ASSIGN_OR_RETURN(std::optional<Group> g, tx.groups().Get(id));
  if (!g) return NotFoundError("group");
  ASSIGN_OR_RETURN(domain::Membership m, tx.groups().MembershipOf(id, me));
  return std::make_pair(std::move(*g), m);
}

Status GroupsImpl::Change(Tx& tx, GroupId id, MemberId member, MemberId by,
                          const domain::Membership& m, std::string_view state,
                          std::optional<MemberId> invited_by) {
  const int64_t now = clock_.NowMs();
  RETURN_IF_ERROR(tx.groups().SetMembership(id, member, m, invited_by, now));
  return Emit(tx, GroupMembershipChanged{id, member, by, std::string(state), RoleName(m)}, now, by);
}

Status GroupsImpl::CheckVisible(Tx& tx, MemberId me, MemberId member) {
  if (!member.valid()) return ValidationError({{"member", "must be a member id"}});
  ASSIGN_OR_RETURN(auto account, tx.members().GetAccount(member));
  if (!account) return NotFoundError("member");
  ASSIGN_OR_RETURN(auto rels, tx.connections().Relationships(me, {member}));
  if (rels[member].blocked_either_way()) return NotFoundError("member");
  return Status::Ok();
}

Result<GroupView> GroupsImpl::Create(MemberId me, const domain::GroupInput& input) {
  ASSIGN_OR_RETURN(domain::GroupInput clean, domain::ValidateGroup(input));
  GroupView out;
  RETURN_IF_ERROR(store_.Write([&](Tx& tx) -> Status {
    const int64_t now = clock_.NowMs();
    ASSIGN_OR_RETURN(GroupId id,
                     tx.groups().Create(domain::GroupKind::kTopic, clean, std::nullopt, me, now));
    RETURN_IF_ERROR(Emit(tx, GroupCreated{id, me}, now, me));
    ASSIGN_OR_RETURN(auto loaded, Load(tx, id, me));
    out = ViewFor(std::move(loaded.first), loaded.second);
    return Status::Ok();
  }));
  return out;
}

Result<GroupView> GroupsImpl::Get(MemberId me, GroupId id) {
  GroupView out;
  RETURN_IF_ERROR(store_.Read([&](Tx& tx) -> Status {
    ASSIGN_OR_RETURN(auto loaded, Load(tx, id, me));
    out = ViewFor(std::move(loaded.first), loaded.second);
    return Status::Ok();
  }));
  return out;
}

Result<GroupPage> GroupsImpl::List(MemberId me, const std::string& cursor, int limit) {
  RETURN_IF_ERROR(ValidateLimit(limit));
  ASSIGN_OR_RETURN(int64_t after, DecodeCursor(cursor));
  GroupPage page;
  RETURN_IF_ERROR(store_.Read([&](Tx& tx) -> Status {
    page = {};
    ASSIGN_OR_RETURN(std::vector<Group> groups, tx.groups().List(after, limit + 1));
    const bool more = static_cast<int>(groups.size()) > limit;
    if (more) groups.resize(static_cast<size_t>(limit));
    for (Group& g : groups) {
      ASSIGN_OR_RETURN(domain::Membership m, tx.groups().MembershipOf(g.id, me));
      page.items.push_back(ViewFor(std::move(g), m));
    }
    if (more) page.next_cursor = EncodeCursor(page.items.back().group.id.value());
    return Status::Ok();
  }));
  return page;
}

Result<GroupView> GroupsImpl::Update(MemberId me, GroupId id, const domain::GroupInput& input) {
  ASSIGN_OR_RETURN(domain::GroupInput clean, domain::ValidateGroup(input));
  GroupView out;
  RETURN_IF_ERROR(store_.Write([&](Tx& tx) -> Status {
    ASSIGN_OR_RETURN(auto loaded, Load(tx, id, me));
    if (!domain::CanModerate(loaded.second)) {
      return ForbiddenError("Only the group's owners and moderators can edit it.", "not_moderator");
    }
    if (loaded.first.kind == domain::GroupKind::kCohort) clean.policy = domain::JoinPolicy::kInvite;
    ASSIGN_OR_RETURN(bool updated, tx.groups().Update(id, clean, clock_.NowMs()));
    if (!updated) return NotFoundError("group");
    ASSIGN_OR_RETURN(auto reloaded, Load(tx, id, me));
    out = ViewFor(std::move(reloaded.first), reloaded.second);
    return Status::Ok();
  }));
  return out;
}

Result<GroupView> GroupsImpl::Join(MemberId me, GroupId id) {
  GroupView out;
  RETURN_IF_ERROR(store_.Write([&](Tx& tx) -> Status {
    ASSIGN_OR_RETURN(auto loaded, Load(tx, id, me));
    auto& [group, mine] = loaded;
    ASSIGN_OR_RETURN(State next, domain::DecideJoin(group.kind, group.content.policy, mine));
    const domain::Membership m{next, GroupRole::kMember};
    RETURN_IF_ERROR(Change(tx, id, me, me, m, domain::ToString(next)));
    ASSIGN_OR_RETURN(auto reloaded, Load(tx, id, me));
    out = ViewFor(std::move(reloaded.first), reloaded.second);
    return Status::Ok();
  }));
  return out;
}

Status GroupsImpl::Leave(MemberId me, GroupId id) {
  return store_.Write([&](Tx& tx) -> Status {
    ASSIGN_OR_RETURN(auto loaded, Load(tx, id, me));
    const domain::Membership& mine = loaded.second;
    if (mine.state == State::kNone) {
      return ConflictError("not_member", "You are not a member of this group.");
    }
    if (mine.is_member()) {
      ASSIGN_OR_RETURN(int owners, tx.groups().OwnerCount(id));
      RETURN_IF_ERROR(domain::CheckLeave(mine, owners));
    }
    return Change(tx, id, me, me, {}, "left");
  });
}

Status GroupsImpl::Invite(MemberId me, GroupId id, MemberId member) {
  return store_.Write([&](Tx& tx) -> Status {
    ASSIGN_OR_RETURN(auto loaded, Load(tx, id, me));
    if (!domain::CanInvite(loaded.first.content.policy, loaded.second)) {
      return ForbiddenError("Only the group's moderators can invite to it.", "not_moderator");
    }
    RETURN_IF_ERROR(CheckVisible(tx, me, member));
    ASSIGN_OR_RETURN(domain::Membership theirs, tx.groups().MembershipOf(id, member));
    if (theirs.is_member()) {
      return ConflictError("already_member", "They are already a member of this group.");
    }
    if (theirs.state == State::kInvited) {
      return ConflictError("already_invited", "They have been invited already.");
    }
    // Inviting someone who asked to join lets them in.
    const State next = theirs.state == State::kRequested ? State::kMember : State::kInvited;
    return Change(tx, id, member, me, {next, GroupRole::kMember}, domain::ToString(next), me);
  });
}

Status GroupsImpl::AnswerRequest(MemberId me, GroupId id, MemberId member, bool approve) {
  return store_.Write([&](Tx& tx) -> Status {
    ASSIGN_OR_RETURN(auto loaded, Load(tx, id, me));
    if (!domain::CanModerate(loaded.second)) {
      return ForbiddenError("Only the group's moderators answer requests.", "not_moderator");
    }
    ASSIGN_OR_RETURN(domain::Membership theirs, tx.groups().MembershipOf(id, member));
    if (theirs.state != State::kRequested) return NotFoundError("request");
    if (!approve) return Change(tx, id, member, me, {}, "refused");
    return Change(tx, id, member, me, {State::kMember, GroupRole::kMember}, "member");
  });
}

Status GroupsImpl::Remove(MemberId me, GroupId id, MemberId member) {
  return store_.Write([&](Tx& tx) -> Status {
    ASSIGN_OR_RETURN(auto loaded, Load(tx, id, me));
    ASSIGN_OR_RETURN(domain::Membership theirs, tx.groups().MembershipOf(id, member));
    if (!theirs.is_member()) return NotFoundError("group member");
    if (member == me || !domain::CanRemove(loaded.second, theirs.role)) {
      return ForbiddenError("You can't remove this member from the group.", "cannot_remove");
    }
    return Change(tx, id, member, me, {}, "removed");
  });
}

Status GroupsImpl::SetRole(MemberId me, GroupId id, MemberId member, GroupRole role) {
  return store_.Write([&](Tx& tx) -> Status {
    ASSIGN_OR_RETURN(auto loaded, Load(tx, id, me));
    if (!domain::CanChangeRoles(loaded.second)) {
      return ForbiddenError("Only the group's owners give and take roles.", "not_owner");
    }
    ASSIGN_OR_RETURN(domain::Membership theirs, tx.groups().MembershipOf(id, member));
    if (!theirs.is_member()) return NotFoundError("group member");
    if (theirs.role == role) return Status::Ok();
    if (theirs.role == GroupRole::kOwner) {
      ASSIGN_OR_RETURN(int owners, tx.groups().OwnerCount(id));
      if (owners <= 1) {
        return ConflictError("last_owner",
                             "The group needs an owner: make another member an "
                             "owner first.");
      }
    }
    return Change(tx, id, member, me, {State::kMember, role}, "member");
  });
}

Result<GroupMemberPage> GroupsImpl::Members(MemberId me, GroupId id, State state,
                                            const std::string& cursor, int limit) {
  RETURN_IF_ERROR(ValidateLimit(limit));
  ASSIGN_OR_RETURN(int64_t after, DecodeCursor(cursor));
  if (state == State::kNone) {
    return ValidationError({{"state", "must be member, requested or invited"}});
  }
  GroupMemberPage page;
  RETURN_IF_ERROR(store_.Read([&](Tx& tx) -> Status {
    page = {};
    ASSIGN_OR_RETURN(auto loaded, Load(tx, id, me));
    const bool moderator = domain::CanModerate(loaded.second);
    if (state == State::kMember ? !domain::CanSeeMembers(loaded.first.content.policy, loaded.second)
                                : !moderator) {
      return ForbiddenError(state == State::kMember
                                ? "Only members see who is in a private group."
                                : "Only the group's moderators see requests and invitations.",
                            "not_member");
    }
    ASSIGN_OR_RETURN(std::vector<GroupMember> rows,
                     tx.groups().Members(id, state, after, limit + 1));
    const bool more = static_cast<int>(rows.size()) > limit;
    if (more) rows.resize(static_cast<size_t>(limit));
    std::vector<MemberId> ids;
    for (const GroupMember& r : rows) ids.push_back(r.member);
    ASSIGN_OR_RETURN(auto rels, tx.connections().Relationships(me, ids));
    ASSIGN_OR_RETURN(auto summaries, tx.members().Summaries(ids));
    for (const GroupMember& r : rows) {
      if (rels[r.member].blocked_either_way()) continue;
      auto s = summaries.find(r.member);
      if (s == summaries.end()) continue;
      page.items.push_back({s->second, r.membership, r.since});
    }
    if (more) page.next_cursor = EncodeCursor(rows.back().member.value());
    return Status::Ok();
  }));
  return page;
}

}  // namespace

std::unique_ptr<Groups> MakeGroups(Store& store, const Clock& clock) {
  return std::make_unique<GroupsImpl>(store, clock);
}

}  // namespace pln::app
