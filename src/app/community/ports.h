// Storage for the community (issue 19): groups and their members, posts,
// comments, reactions and each member's feed choices. Declared by the app
// layer, implemented once in src/store/sql. Storage failures come back as
// kInternal/kUnavailable; authorization is decided by the caller (with the
// rules of domain/group.h and domain/post.h).
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "base/ids.h"
#include "base/result.h"
#include "domain/group.h"
#include "domain/post.h"

namespace pln::app {

struct Group {
  GroupId id;
  domain::GroupKind kind = domain::GroupKind::kTopic;
  domain::GroupInput content;
  std::optional<ProgramId> program;  // cohort groups
  std::optional<MemberId> created_by;
  int64_t created_at = 0, updated_at = 0;
  int member_count = 0;  // members only, not requests or invitations
};

struct GroupMember {
  MemberId member;
  domain::Membership membership;
  std::optional<MemberId> invited_by;
  int64_t since = 0;  // when the current state began
};

struct Post {
  PostId id;
  MemberId author;
  domain::PostInput content;
  int64_t created_at = 0;
  std::optional<int64_t> edited_at, hidden_at;
  std::optional<MemberId> hidden_by;
  int comment_count = 0;  // visible comments
  std::map<domain::Reaction, int> reactions;
};

struct Comment {
  CommentId id;
  PostId post;
  MemberId author;
  std::optional<CommentId> parent;
  std::string body;
  int64_t created_at = 0;
  std::optional<int64_t> edited_at, hidden_at;
};

// A keyset position in (created_at, id) order, newest first: the next window
// holds posts strictly older than it.
struct PostPosition {
  int64_t created_at = 0;
  PostId post;
};

// Whose posts a feed window reads.
struct FeedSources {
  MemberId viewer;
  std::vector<MemberId> connections;
  std::vector<MemberId> followed;  // not connections
  std::vector<GroupId> groups;     // the viewer is a member
  // Blocked either way: their posts never show, in groups included.
  std::vector<MemberId> blocked;
};

class GroupRepository {
 public:
  virtual ~GroupRepository() = default;

  // Stores the group and makes `owner` (if any) its owner.
  virtual Result<GroupId> Create(domain::GroupKind kind, const domain::GroupInput& content,
                                 std::optional<ProgramId> program, std::optional<MemberId> owner,
                                 int64_t now) = 0;
  virtual Result<std::optional<Group>> Get(GroupId id) = 0;
  virtual Result<std::optional<Group>> ForProgram(ProgramId program) = 0;
  // False if there is no such group.
  virtual Result<bool> Update(GroupId id, const domain::GroupInput& content, int64_t now) = 0;
  // Groups by id, ids above `after`, at most `limit` (a directory of groups).
  virtual Result<std::vector<Group>> List(int64_t after, int limit) = 0;

  // kNone when the member has no row.
  virtual Result<domain::Membership> MembershipOf(GroupId group, MemberId member) = 0;
  // Inserts or replaces the member's row. kNotFound "group" / "member" when either is gone.
  virtual Status SetMembership(GroupId group, MemberId member, const domain::Membership& m,
                               std::optional<MemberId> invited_by, int64_t now) = 0;
  // False if there was no row.
  virtual Result<bool> RemoveMembership(GroupId group, MemberId member) = 0;
  // Rows in one state, oldest first, member ids above `after`, at most `limit`.
  virtual Result<std::vector<GroupMember>> Members(GroupId group, domain::Membership::State state,
                                                   int64_t after, int limit) = 0;
  virtual Result<int> OwnerCount(GroupId group) = 0;
  // The groups `member` belongs to (state member), by id.
  virtual Result<std::vector<GroupId>> GroupsOf(MemberId member) = 0;
};

class PostRepository {
 public:
  virtual ~PostRepository() = default;

  // kNotFound "member" / "group" when the author or group is gone.
  virtual Result<PostId> Create(MemberId author, const domain::PostInput& content, int64_t now) = 0;
  virtual Result<std::optional<Post>> Get(PostId id) = 0;
  // Replaces the body and marks the post edited; false if there is no such post.
  virtual Result<bool> UpdateBody(PostId id, const std::string& body, int64_t now) = 0;
  // Deletes the post with its comments and reactions; false if there was none.
  virtual Result<bool> Delete(PostId id) = 0;
  // A moderator hides or restores it; false if it was already so (or is gone).
  virtual Result<bool> SetHidden(PostId id, std::optional<MemberId> by, int64_t now) = 0;

  // Whose posts `viewer`'s feed reads, in one round trip: connections, followed
  // members who are not connections, groups joined, members blocked either way
  // (left out of the other lists).
  virtual Result<FeedSources> FeedSourcesOf(MemberId viewer) = 0;
  // The next feed window: posts not hidden by moderation or by the viewer, by
  // the viewer, their connections (audience connections, followers or members),
  // followed members (followers or members) and in their groups, strictly older
  // than `before` (none: from the newest), newest first, at most `limit`.
  virtual Result<std::vector<Post>> FeedWindow(const FeedSources& sources,
                                               std::optional<PostPosition> before, int limit) = 0;
  // A group's posts, newest first, the same way.
  virtual Result<std::vector<Post>> GroupWindow(GroupId group, std::optional<PostPosition> before,
                                                int limit) = 0;
  // An author's profile posts (not in groups), newest first, the same way.
  virtual Result<std::vector<Post>> AuthorWindow(MemberId author,
                                                 std::optional<PostPosition> before, int limit) = 0;

  virtual Result<CommentId> AddComment(const Comment& comment) = 0;
  virtual Result<std::optional<Comment>> GetComment(CommentId id) = 0;
  // Oldest first, replies included (the caller nests them), ids above `after`.
  virtual Result<std::vector<Comment>> Comments(PostId post, int64_t after, int limit) = 0;
  // Deletes the comment and its replies; false if there was none.
  virtual Result<bool> DeleteComment(CommentId id) = 0;

  // One reaction per member and post: sets or replaces it.
  virtual Status React(PostId post, MemberId member, domain::Reaction reaction, int64_t now) = 0;
  // False if the member had not reacted.
  virtual Result<bool> Unreact(PostId post, MemberId member) = 0;
  virtual Result<std::optional<domain::Reaction>> ReactionOf(PostId post, MemberId member) = 0;

  // The viewer's feed choices; false if made already.
  virtual Result<bool> HideForMember(MemberId member, PostId post, int64_t now) = 0;
  virtual Result<bool> SeeFewer(MemberId member, GroupId group, int64_t now) = 0;
  virtual Result<std::vector<GroupId>> FewerGroups(MemberId member) = 0;
};

}  // namespace pln::app
