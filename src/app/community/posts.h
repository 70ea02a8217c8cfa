// Posts, comments and reactions (issue 19). Who reads, comments, edits and
// removes is domain/post.h's; a post a member may not read answers kNotFound,
// as if it did not exist, so its existence never leaks through a block or a
// private group. Thread-safe (stateless over Store).
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "app/member_summary.h"
#include "app/repositories.h"
#include "base/clock.h"
#include "base/ids.h"
#include "base/result.h"
#include "domain/post.h"

namespace pln::app {

// A post as one member sees it.
struct PostView {
  Post post;
  MemberSummary author;
  std::optional<std::string> group_name;
  std::optional<domain::Reaction> my_reaction;
  bool can_comment = false, can_edit = false, can_remove = false, can_hide = false;
};

struct CommentView {
  Comment comment;
  MemberSummary author;
  bool can_remove = false;
  std::vector<CommentView> replies;  // top-level comments only; oldest first
};

struct CommentPage {
  std::vector<CommentView> items;  // top-level, replies nested
  std::string next_cursor;
};

class Posts {
 public:
  virtual ~Posts() = default;

  // kValidation for bad content; kForbidden "not_member" for a group `me` is
  // not a member of (kNotFound when they may not even read it).
  virtual Result<PostView> Create(MemberId me, const domain::PostInput& input) = 0;
  virtual Result<PostView> Get(MemberId me, PostId id) = 0;
  // The author only; marks the post edited.
  virtual Result<PostView> Edit(MemberId me, PostId id, const std::string& body) = 0;
  // The author, or a moderator of the post's group.
  virtual Status Delete(MemberId me, PostId id) = 0;
  // A moderator of the post's group, or a site admin, hides or restores it.
  virtual Result<PostView> SetHidden(MemberId me, PostId id, bool hidden) = 0;

  // `parent`: the top-level comment replied to. kValidation "parent" for a
  // reply to a reply or a comment of another post.
  virtual Result<CommentView> Comment(MemberId me, PostId id, const std::string& body,
                                      std::optional<CommentId> parent) = 0;
  // Comments of members `me` is blocked with are left out, with their replies.
  virtual Result<CommentPage> Comments(MemberId me, PostId id, const std::string& cursor,
                                       int limit) = 0;
  // The comment's author, the post's author or a moderator of its group.
  virtual Status DeleteComment(MemberId me, CommentId id) = 0;

  virtual Result<PostView> React(MemberId me, PostId id, domain::Reaction reaction) = 0;
  virtual Result<PostView> Unreact(MemberId me, PostId id) = 0;

  // Feed choices: never show this post again / show fewer from its group.
  virtual Status HideFromFeed(MemberId me, PostId id) = 0;
  virtual Status SeeFewer(MemberId me, GroupId group) = 0;
};

// Borrows `store` and `clock`; they must outlive the result.
std::unique_ptr<Posts> MakePosts(Store& store, const Clock& clock);

namespace community_internal {
// The views of `posts` for `me`: authors, group names and `me`'s reactions
// loaded in a few queries. Posts `me` may not read are left out.
Result<std::vector<PostView>> ViewsFor(Tx& tx, MemberId me, std::vector<Post> posts);
}  // namespace community_internal

}  // namespace pln::app
