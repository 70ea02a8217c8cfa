// Groups (issue 19): topic groups members make and cohort groups a published
// program gets, who may join them and how, and what each role may do. Pure
// rules, no I/O; the app layer loads the membership and applies the decision.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"

namespace pln::domain {

enum class GroupKind { kTopic, kCohort };
std::string_view ToString(GroupKind k);  // "topic" | "cohort"
std::optional<GroupKind> ParseGroupKind(std::string_view s);

// Open: anyone joins and any member reads. Request: members ask, a moderator
// approves. Invite: a moderator invites. Request and invite groups are private:
// their posts and member list are for members only (their name, description and
// rules stay visible so that people know what they would join).
enum class JoinPolicy { kOpen, kRequest, kInvite };
std::string_view ToString(JoinPolicy p);  // "open" | "request" | "invite"
std::optional<JoinPolicy> ParseJoinPolicy(std::string_view s);
bool IsPrivate(JoinPolicy p);

enum class GroupRole { kOwner, kModerator, kMember };
std::string_view ToString(GroupRole r);  // "owner" | "moderator" | "member"
std::optional<GroupRole> ParseGroupRole(std::string_view s);

struct GroupLimits {
  static constexpr size_t kMinName = 3, kName = 80, kDescription = 2000, kRules = 4000, kTopic = 60,
                          kMaxTopics = 5;
};

// What an owner writes; the same for a new group and an edit.
struct GroupInput {
  std::string name;
  std::string description;  // Markdown
  std::string rules;        // Markdown
  std::vector<std::string> topics;
  JoinPolicy policy = JoinPolicy::kOpen;
};
// kValidation naming each bad field ("name", "topics[1]", …); text normalised.
Result<GroupInput> ValidateGroup(GroupInput input);

// Where a member stands with a group.
struct Membership {
  enum class State { kNone, kRequested, kInvited, kMember } state = State::kNone;
  GroupRole role = GroupRole::kMember;  // meaningful for kMember
  bool is_member() const { return state == State::kMember; }
};

// "none" | "requested" | "invited" | "member"
std::string_view ToString(Membership::State s);
// The stored states (not "none": no row is stored for it).
std::optional<Membership::State> ParseMembershipState(std::string_view s);

// Joining (or accepting an invitation): the state it leads to — kMember, or
// kRequested for a request group. kConflict "already_member" / "request_pending";
// kForbidden "invite_only" for an invite group without an invitation, and for a
// cohort group, which only its program fills.
Result<Membership::State> DecideJoin(GroupKind kind, JoinPolicy policy, const Membership& current);

// kConflict "last_owner" when the only owner would leave (they hand ownership
// over first); kConflict "not_member" when not a member.
Status CheckLeave(const Membership& current, int owner_count);

bool CanReadPosts(JoinPolicy policy, const Membership& m);
bool CanSeeMembers(JoinPolicy policy, const Membership& m);
bool CanPost(const Membership& m);
// Owners and moderators: approve requests, hide posts, edit the description.
bool CanModerate(const Membership& m);
// Moderators invite to every group; in an open group any member may.
bool CanInvite(JoinPolicy policy, const Membership& m);
// An owner removes anyone else; a moderator removes plain members; nobody
// removes an owner (ownership moves by ChangeRole).
bool CanRemove(const Membership& actor, GroupRole target);
// Only owners give and take roles.
bool CanChangeRoles(const Membership& actor);

}  // namespace pln::domain
