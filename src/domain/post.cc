#include "domain/post.h"

#include <algorithm>
#include <charconv>

#include "base/text.h"
#include "domain/text_rules.h"

namespace pln::domain {
namespace {

using L = PostLimits;

bool IsModerator(const PostAccess& a) {
  return a.group_policy.has_value() && CanModerate(a.membership);
}

// Checks a Markdown body: trimmed, required, at most `max`, showing something.
std::string CheckBody(std::string_view body, size_t max, std::vector<FieldError>& errors) {
  const size_t before = errors.size();
  std::string clean = CheckText(body, "body", max, true, errors);
  if (errors.size() == before && IsOnlyInvisible(clean)) {
    errors.push_back({"body", "must show some text"});
  }
  return clean;
}

}  // namespace

std::string_view ToString(PostAudience a) {
  switch (a) {
    case PostAudience::kGroup: return "group";
    case PostAudience::kConnections: return "connections";
    case PostAudience::kFollowers: return "followers";
    case PostAudience::kMembers: return "members";
  }
  return "connections";
}

std::optional<PostAudience> ParsePostAudience(std::string_view s) {
  for (PostAudience a : {PostAudience::kGroup, PostAudience::kConnections, PostAudience::kFollowers,
                         PostAudience::kMembers}) {
    if (ToString(a) == s) return a;
  }
  return std::nullopt;
}

std::string_view ToString(Reaction r) {
  switch (r) {
    case Reaction::kLike: return "like";
    case Reaction::kCelebrate: return "celebrate";
    case Reaction::kInsightful: return "insightful";
    case Reaction::kSupport: return "support";
    case Reaction::kCurious: return "curious";
  }
  return "like";
}

std::optional<Reaction> ParseReaction(std::string_view s) {
  for (Reaction r : kAllReactions) {
    if (ToString(r) == s) return r;
  }
  return std::nullopt;
}

Result<PostInput> ValidatePost(PostInput in) {
  std::vector<FieldError> errors;
  in.body = CheckBody(in.body, L::kBody, errors);
  if (in.audience == PostAudience::kGroup && !in.group) {
    errors.push_back({"group", "is required for a group post"});
  } else if (in.audience != PostAudience::kGroup && in.group) {
    errors.push_back({"audience", "must be group for a post in a group"});
  }
  if (ExtractMentions(in.body).size() > L::kMaxMentions) {
    errors.push_back({"body", "may mention at most 10 members"});
  }
  if (!errors.empty()) return ValidationError(std::move(errors));
  return in;
}

Result<std::string> ValidateComment(std::string body) {
  std::vector<FieldError> errors;
  std::string clean = CheckBody(body, L::kComment, errors);
  if (errors.empty() && ExtractMentions(clean).size() > L::kMaxMentions) {
    errors.push_back({"body", "may mention at most 10 members"});
  }
  if (!errors.empty()) return ValidationError(std::move(errors));
  return clean;
}

std::vector<MemberId> ExtractMentions(std::string_view body) {
  static constexpr std::string_view kOpen = "@[", kLink = "](member:";
  std::vector<MemberId> out;
  for (size_t at = body.find(kOpen); at != std::string_view::npos; at = body.find(kOpen, at + 1)) {
    // The shown name runs to the first "]" on the same line.
    const size_t close = body.find_first_of("]\n", at + kOpen.size());
    if (close == std::string_view::npos || body[close] != ']' ||
        body.substr(close, kLink.size()) != kLink) {
      continue;
    }
    const size_t digits = close + kLink.size();
    int64_t id = 0;
    const auto [end, ec] = std::from_chars(body.data() + digits, body.data() + body.size(), id);
    if (ec != std::errc() || end == body.data() + body.size() || *end != ')' || id <= 0) continue;
    const MemberId member(id);
    if (std::find(out.begin(), out.end(), member) == out.end()) out.push_back(member);
  }
  return out;
}

bool CanRead(PostAudience audience, const PostAccess& a) {
  const Relationship& r = a.with_author;
  if (r.self) return true;
  if (r.blocked_either_way()) return false;
  switch (audience) {
    case PostAudience::kGroup:
      return a.group_policy.has_value() && CanReadPosts(*a.group_policy, a.membership);
    case PostAudience::kConnections: return r.connected;
    case PostAudience::kFollowers: return r.connected || r.following;
    case PostAudience::kMembers: return true;
  }
  return false;
}

bool CanComment(PostAudience audience, const PostAccess& a) {
  if (!CanRead(audience, a)) return false;
  return audience != PostAudience::kGroup || a.membership.is_member();
}

bool CanEdit(const PostAccess& a) {
  return a.with_author.self;
}

bool CanRemove(PostAudience audience, const PostAccess& a) {
  return a.with_author.self || (audience == PostAudience::kGroup && IsModerator(a));
}

Status CheckReplyParent(bool parent_is_reply) {
  if (parent_is_reply) {
    return ValidationError({{"parent", "must be a top-level comment: replies have one level"}});
  }
  return Status::Ok();
}

}  // namespace pln::domain
