// Groups (issue 19): topic groups any member creates, cohort groups a
// published program gets, joining by the group's policy, invitations,
// requests, roles and removal. Every rule is domain/group.h's; this part loads
// the membership, applies the decision and emits the event in one transaction.
// Thread-safe (stateless over Store).
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "app/member_summary.h"
#include "app/repositories.h"
#include "base/clock.h"
#include "base/ids.h"
#include "base/result.h"
#include "domain/group.h"

namespace pln::app {

// A group as one member sees it, with what they may do there.
struct GroupView {
  Group group;
  domain::Membership mine;
  bool can_read_posts = false, can_post = false, can_moderate = false, can_invite = false;
};

struct GroupMemberView {
  MemberSummary member;
  domain::Membership membership;
  int64_t since = 0;
};

struct GroupMemberPage {
  std::vector<GroupMemberView> items;
  std::string next_cursor;  // empty at the end
};

struct GroupPage {
  std::vector<GroupView> items;
  std::string next_cursor;
};

class Groups {
 public:
  virtual ~Groups() = default;

  // The creator becomes its owner. kValidation for bad content.
  virtual Result<GroupView> Create(MemberId me, const domain::GroupInput& input) = 0;
  // Any member reads a group's name, description and rules; kNotFound if none.
  virtual Result<GroupView> Get(MemberId me, GroupId id) = 0;
  // Groups by id, `cursor` from a previous page.
  virtual Result<GroupPage> List(MemberId me, const std::string& cursor, int limit) = 0;
  // Owners and moderators; a cohort group keeps its invite-only policy.
  virtual Result<GroupView> Update(MemberId me, GroupId id, const domain::GroupInput& input) = 0;

  // Joins, asks to join, or accepts an invitation (see domain::DecideJoin).
  virtual Result<GroupView> Join(MemberId me, GroupId id) = 0;
  // Leaves, withdraws a request or declines an invitation.
  virtual Status Leave(MemberId me, GroupId id) = 0;
  // kForbidden unless `me` may invite; kNotFound for a member `me` cannot see
  // (a block either way); kConflict "already_member" / "already_invited".
  virtual Status Invite(MemberId me, GroupId id, MemberId member) = 0;
  // A moderator approves or refuses a request; kNotFound when there is none.
  virtual Status AnswerRequest(MemberId me, GroupId id, MemberId member, bool approve) = 0;
  virtual Status Remove(MemberId me, GroupId id, MemberId member) = 0;
  // Owners make members moderators or owners, or moderators members again;
  // kConflict "last_owner" when that would leave the group without an owner.
  virtual Status SetRole(MemberId me, GroupId id, MemberId member, domain::GroupRole role) = 0;

  // Members (to those who may see them), or requests and invitations (to
  // moderators). Members `me` is blocked with are left out.
  virtual Result<GroupMemberPage> Members(MemberId me, GroupId id, domain::Membership::State state,
                                          const std::string& cursor, int limit) = 0;
};

// Borrows `store` and `clock`; they must outlive the result.
std::unique_ptr<Groups> MakeGroups(Store& store, const Clock& clock);

}  // namespace pln::app
