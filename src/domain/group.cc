#include "domain/group.h"

#include "base/text.h"
#include "domain/text_rules.h"

namespace pln::domain {
namespace {

using L = GroupLimits;
using State = Membership::State;

bool IsModerator(const Membership& m) {
  return m.is_member() && (m.role == GroupRole::kOwner || m.role == GroupRole::kModerator);
}

// One parser for the three small enums: the value whose name is `s`.
template <typename Enum, size_t N>
std::optional<Enum> ParseOne(std::string_view s, const Enum (&all)[N]) {
  for (Enum e : all) {
    if (ToString(e) == s) return e;
  }
  return std::nullopt;
}

}  // namespace

std::string_view ToString(GroupKind k) {
  return k == GroupKind::kCohort ? "cohort" : "topic";
}

std::optional<GroupKind> ParseGroupKind(std::string_view s) {
  static constexpr GroupKind kAll[] = {GroupKind::kTopic, GroupKind::kCohort};
  return ParseOne(s, kAll);
}

std::string_view ToString(JoinPolicy p) {
  switch (p) {
    case JoinPolicy::kOpen: return "open";
    case JoinPolicy::kRequest: return "request";
    case JoinPolicy::kInvite: return "invite";
  }
  return "open";
}

std::optional<JoinPolicy> ParseJoinPolicy(std::string_view s) {
  static constexpr JoinPolicy kAll[] = {JoinPolicy::kOpen, JoinPolicy::kRequest,
                                        JoinPolicy::kInvite};
  return ParseOne(s, kAll);
}

bool IsPrivate(JoinPolicy p) {
  return p != JoinPolicy::kOpen;
}

std::string_view ToString(GroupRole r) {
  switch (r) {
    case GroupRole::kOwner: return "owner";
    case GroupRole::kModerator: return "moderator";
    case GroupRole::kMember: return "member";
  }
  return "member";
}

std::optional<GroupRole> ParseGroupRole(std::string_view s) {
  static constexpr GroupRole kAll[] = {GroupRole::kOwner, GroupRole::kModerator,
                                       GroupRole::kMember};
  return ParseOne(s, kAll);
}

std::string_view ToString(State s) {
  switch (s) {
    case State::kMember: return "member";
    case State::kRequested: return "requested";
    case State::kInvited: return "invited";
    case State::kNone: break;
  }
  return "none";
}

std::optional<State> ParseMembershipState(std::string_view s) {
  static constexpr State kStored[] = {State::kRequested, State::kInvited, State::kMember};
  return ParseOne(s, kStored);
}

Result<GroupInput> ValidateGroup(GroupInput in) {
  std::vector<FieldError> errors;
  in.name = CheckLine(in.name, "name", L::kName, true, errors);
  if (!in.name.empty() && Utf8Length(in.name) < L::kMinName) {
    errors.push_back({"name", "must be at least 3 characters"});
  } else if (!in.name.empty()) {
    CheckShownText(in.name, "name", errors);
  }
  in.description = CheckText(in.description, "description", L::kDescription, false, errors);
  in.rules = CheckText(in.rules, "rules", L::kRules, false, errors);
  in.topics = CheckNames(in.topics, "topics", L::kTopic, L::kMaxTopics, false, errors);
  if (!errors.empty()) return ValidationError(std::move(errors));
  return in;
}

Result<State> DecideJoin(GroupKind kind, JoinPolicy policy, const Membership& current) {
  switch (current.state) {
    case State::kMember:
      return ConflictError("already_member", "You are already a member of this group.");
    case State::kRequested:
      return ConflictError("request_pending",
                           "Your request to join is waiting for a moderator's answer.");
    case State::kInvited: return State::kMember;
    case State::kNone: break;
  }
  if (kind == GroupKind::kCohort) {
    return ForbiddenError("A cohort group holds its program's participants only.", "cohort_group");
  }
  switch (policy) {
    case JoinPolicy::kOpen: return State::kMember;
    case JoinPolicy::kRequest: return State::kRequested;
    case JoinPolicy::kInvite: break;
  }
  return ForbiddenError("This group is invite-only: ask one of its moderators for an invitation.",
                        "invite_only");
}

Status CheckLeave(const Membership& current, int owner_count) {
  if (!current.is_member()) {
    return ConflictError("not_member", "You are not a member of this group.");
  }
  if (current.role == GroupRole::kOwner && owner_count <= 1) {
    return ConflictError("last_owner",
                         "You are this group's only owner: make another member an owner first.");
  }
  return Status::Ok();
}

bool CanReadPosts(JoinPolicy policy, const Membership& m) {
  return !IsPrivate(policy) || m.is_member();
}

bool CanSeeMembers(JoinPolicy policy, const Membership& m) {
  return CanReadPosts(policy, m);
}

bool CanPost(const Membership& m) {
  return m.is_member();
}

bool CanModerate(const Membership& m) {
  return IsModerator(m);
}

bool CanInvite(JoinPolicy policy, const Membership& m) {
  return IsModerator(m) || (policy == JoinPolicy::kOpen && m.is_member());
}

bool CanRemove(const Membership& actor, GroupRole target) {
  if (!actor.is_member() || target == GroupRole::kOwner) return false;
  if (actor.role == GroupRole::kOwner) return true;
  return actor.role == GroupRole::kModerator && target == GroupRole::kMember;
}

bool CanChangeRoles(const Membership& actor) {
  return actor.is_member() && actor.role == GroupRole::kOwner;
}

}  // namespace pln::domain
