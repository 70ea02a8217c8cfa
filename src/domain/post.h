// Posts, comments and reactions (issue 19): what a valid post is, who may read,
// comment on, edit and remove it, the fixed set of reactions, and @mentions.
// Pure rules, no I/O.
//
// Mentions are written "@[Ana Lima](member:42)": the web app's mention picker
// inserts them, the Markdown renderer turns them into links to the member's
// page, and the app notifies the members they name (only those who may read
// the post).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/ids.h"
#include "base/result.h"
#include "domain/group.h"
#include "domain/relationship.h"

namespace pln::domain {

// A post lives in a group, or on its author's profile for an audience.
enum class PostAudience { kGroup, kConnections, kFollowers, kMembers };
// "group" | "connections" | "followers" | "members"
std::string_view ToString(PostAudience a);
std::optional<PostAudience> ParsePostAudience(std::string_view s);

enum class Reaction { kLike, kCelebrate, kInsightful, kSupport, kCurious };
// "like" | "celebrate" | "insightful" | "support" | "curious"
std::string_view ToString(Reaction r);
std::optional<Reaction> ParseReaction(std::string_view s);
inline constexpr Reaction kAllReactions[] = {Reaction::kLike, Reaction::kCelebrate,
                                             Reaction::kInsightful, Reaction::kSupport,
                                             Reaction::kCurious};

struct PostLimits {
  static constexpr size_t kBody = 10000, kComment = 2000, kMaxMentions = 10;
};

struct PostInput {
  std::string body;  // Markdown
  PostAudience audience = PostAudience::kConnections;
  std::optional<GroupId> group;  // set exactly when audience is kGroup
};
// kValidation naming "body", "audience" or "group"; the body is trimmed and
// must show something; it may name at most kMaxMentions members.
Result<PostInput> ValidatePost(PostInput input);
// The same rules for a comment's body ("body", at most kComment).
Result<std::string> ValidateComment(std::string body);

// The distinct members a body mentions, in order of first mention.
std::vector<MemberId> ExtractMentions(std::string_view body);

// What decides whether a member reads a post. `group` is set for group posts.
struct PostAccess {
  Relationship with_author;  // the reader's relationship to the author (self: the author)
  std::optional<JoinPolicy> group_policy;
  Membership membership;  // the reader's, in the post's group
};
// Blocks cut both ways and win over everything, the author's own view aside.
bool CanRead(PostAudience audience, const PostAccess& a);
// Readers comment and react; in a group only its members do.
bool CanComment(PostAudience audience, const PostAccess& a);
// Only the author edits; the author or the group's moderators remove.
bool CanEdit(const PostAccess& a);
bool CanRemove(PostAudience audience, const PostAccess& a);

// Comments have one level of replies: a reply answers a top-level comment.
// kValidation "parent" when the parent is itself a reply.
Status CheckReplyParent(bool parent_is_reply);

}  // namespace pln::domain
