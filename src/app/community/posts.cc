#include "app/community/posts.h"

#include <algorithm>
#include <memory>
#include <set>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "app/cursor.h"
#include "app/events/ports.h"

namespace pln::app {
namespace community_internal {

Result<std::vector<PostView>> ViewsFor(Tx& tx, MemberId me, std::vector<Post> posts) {
  std::vector<MemberId> authors;
  std::set<GroupId> group_ids;
  for (const Post& p : posts) {
    authors.push_back(p.author);
    if (p.content.group) group_ids.insert(*p.content.group);
  }
  std::sort(authors.begin(), authors.end());
  authors.erase(std::unique(authors.begin(), authors.end()), authors.end());
  ASSIGN_OR_RETURN(auto rels, tx.connections().Relationships(me, authors));
  ASSIGN_OR_RETURN(auto summaries, tx.members().Summaries(authors));
  struct GroupInfo {
    std::string name;
    domain::JoinPolicy policy;
    domain::Membership mine;
  };
  std::unordered_map<GroupId, GroupInfo> groups;
  for (GroupId id : group_ids) {
    ASSIGN_OR_RETURN(std::optional<Group> g, tx.groups().Get(id));
    if (!g) continue;
    ASSIGN_OR_RETURN(domain::Membership m, tx.groups().MembershipOf(id, me));
    groups.emplace(id, GroupInfo{g->content.name, g->content.policy, m});
  }
  ASSIGN_OR_RETURN(auto account, tx.members().GetAccount(me));
  const bool admin = account && account->role == domain::Role::kAdmin;

  std::vector<PostView> out;
  for (Post& p : posts) {
    domain::PostAccess a;
    a.with_author = p.author == me ? domain::Relationship{.self = true} : rels[p.author];
    std::optional<std::string> group_name;
    if (p.content.group) {
      auto g = groups.find(*p.content.group);
      if (g == groups.end()) continue;
      a.group_policy = g->second.policy;
      a.membership = g->second.mine;
      group_name = g->second.name;
    }
    const domain::PostAudience audience = p.content.audience;
    if (!domain::CanRead(audience, a)) continue;
    const bool moderator = p.content.group && domain::CanModerate(a.membership);
    if (p.hidden_at && !a.with_author.self && !moderator && !admin) continue;
    auto s = summaries.find(p.author);
    if (s == summaries.end()) continue;
    PostView v;
    v.author = s->second;
    v.group_name = std::move(group_name);
    ASSIGN_OR_RETURN(v.my_reaction, tx.posts().ReactionOf(p.id, me));
    v.can_comment = !p.hidden_at && domain::CanComment(audience, a);
    v.can_edit = domain::CanEdit(a);
    v.can_remove = domain::CanRemove(audience, a);
    v.can_hide = moderator || admin;
    v.post = std::move(p);
    out.push_back(std::move(v));
  }
  return out;
}

}  // namespace community_internal

namespace {

using community_internal::ViewsFor;

constexpr int kMaxCommentsPage = 100;

class PostsImpl final : public Posts {
 public:
  PostsImpl(Store& store, const Clock& clock) : store_(store), clock_(clock) {}

  Result<PostView> Create(MemberId me, const domain::PostInput& input) override;
  Result<PostView> Get(MemberId me, PostId id) override;
  Result<PostView> Edit(MemberId me, PostId id, const std::string& body) override;
  Status Delete(MemberId me, PostId id) override;
  Result<PostView> SetHidden(MemberId me, PostId id, bool hidden) override;
  Result<CommentView> Comment(MemberId me, PostId id, const std::string& body,
                              std::optional<CommentId> parent) override;
  Result<CommentPage> Comments(MemberId me, PostId id, const std::string& cursor,
                               int limit) override;
  Status DeleteComment(MemberId me, CommentId id) override;
  Result<PostView> React(MemberId me, PostId id, domain::Reaction reaction) override;
  Result<PostView> Unreact(MemberId me, PostId id) override;
  Status HideFromFeed(MemberId me, PostId id) override;
  Status SeeFewer(MemberId me, GroupId group) override;

 private:
  // The post as `me` sees it, or kNotFound "post" when they may not read it.
  static Result<PostView> Visible(Tx& tx, MemberId me, PostId id);

  Store& store_;
  const Clock& clock_;
};

Result<PostView> PostsImpl::Visible(Tx& tx, MemberId me, PostId id) {
  if (!id.valid()) return NotFoundError("post");
  ASSIGN_OR_RETURN(std::optional<Post> post, tx.posts().Get(id));
  if (!post) return NotFoundError("post");
  std::vector<Post> one;
  one.push_back(std::move(*post));
  ASSIGN_OR_RETURN(std::vector<PostView> views, ViewsFor(tx, me, std::move(one)));
  if (views.empty()) return NotFoundError("post");
  return std::move(views[0]);
}

Result<PostView> PostsImpl::Create(MemberId me, const domain::PostInput& input) {
  ASSIGN_OR_RETURN(domain::PostInput clean, domain::ValidatePost(input));
  PostView out;
  RETURN_IF_ERROR(store_.Write([&](Tx& tx) -> Status {
    if (clean.group) {
      ASSIGN_OR_RETURN(std::optional<Group> g, tx.groups().Get(*clean.group));
      if (!g) return ValidationError({{"group", "is not a group"}});
      ASSIGN_OR_RETURN(domain::Membership m, tx.groups().MembershipOf(g->id, me));
      if (!domain::CanPost(m)) {
        return ForbiddenError("Join the group to post in it.", "not_member");
      }
    }
    const int64_t now = clock_.NowMs();
    ASSIGN_OR_RETURN(PostId id, tx.posts().Create(me, clean, now));
    RETURN_IF_ERROR(Emit(
        tx,
        PostPublished{id, me, clean.group.value_or(GroupId()), domain::ExtractMentions(clean.body)},
        now, me));
    ASSIGN_OR_RETURN(out, Visible(tx, me, id));
    return Status::Ok();
  }));
  return out;
}

Result<PostView> PostsImpl::Get(MemberId me, PostId id) {
  PostView out;
  RETURN_IF_ERROR(store_.Read([&](Tx& tx) -> Status {
    ASSIGN_OR_RETURN(out, Visible(tx, me, id));
    return Status::Ok();
  }));
  return out;
}

Result<PostView> PostsImpl::Edit(MemberId me, PostId id, const std::string& body) {
  PostView out;
  RETURN_IF_ERROR(store_.Write([&](Tx& tx) -> Status {
    ASSIGN_OR_RETURN(PostView v, Visible(tx, me, id));
    if (!v.can_edit) return ForbiddenError("Only the author can edit a post.", "not_author");
    domain::PostInput edited = v.post.content;
    edited.body = body;
    ASSIGN_OR_RETURN(domain::PostInput clean, domain::ValidatePost(std::move(edited)));
    ASSIGN_OR_RETURN(bool updated, tx.posts().UpdateBody(id, clean.body, clock_.NowMs()));
    if (!updated) return NotFoundError("post");
    ASSIGN_OR_RETURN(out, Visible(tx, me, id));
    return Status::Ok();
  }));
  return out;
}

Status PostsImpl::Delete(MemberId me, PostId id) {
  return store_.Write([&](Tx& tx) -> Status {
    ASSIGN_OR_RETURN(PostView v, Visible(tx, me, id));
    if (!v.can_remove) {
      return ForbiddenError("Only the author or the group's moderators can delete a post.",
                            "cannot_remove");
    }
    ASSIGN_OR_RETURN(bool deleted, tx.posts().Delete(id));
    if (!deleted) return NotFoundError("post");
    return Status::Ok();
  });
}

Result<PostView> PostsImpl::SetHidden(MemberId me, PostId id, bool hidden) {
  PostView out;
  RETURN_IF_ERROR(store_.Write([&](Tx& tx) -> Status {
    ASSIGN_OR_RETURN(PostView v, Visible(tx, me, id));
    if (!v.can_hide) {
      return ForbiddenError("Only the group's moderators and site admins hide posts.",
                            "not_moderator");
    }
    ASSIGN_OR_RETURN(bool changed,
                     tx.posts().SetHidden(id, hidden ? std::optional<MemberId>(me) : std::nullopt,
                                          clock_.NowMs()));
    (void)changed;  // hiding a hidden post again is fine
    ASSIGN_OR_RETURN(out, Visible(tx, me, id));
    return Status::Ok();
  }));
  return out;
}

Result<CommentView> PostsImpl::Comment(MemberId me, PostId id, const std::string& body,
                                       std::optional<CommentId> parent) {
  ASSIGN_OR_RETURN(std::string clean, domain::ValidateComment(body));
  CommentView out;
  RETURN_IF_ERROR(store_.Write([&](Tx& tx) -> Status {
    ASSIGN_OR_RETURN(PostView v, Visible(tx, me, id));
    if (!v.can_comment) {
      return ForbiddenError(
          v.post.content.group ? "Join the group to comment." : "You can't comment on this post.",
          "cannot_comment");
    }
    MemberId parent_author;
    if (parent) {
      ASSIGN_OR_RETURN(std::optional<app::Comment> p, tx.posts().GetComment(*parent));
      if (!p || p->post != id) {
        return ValidationError({{"parent", "must be a comment on this post"}});
      }
      RETURN_IF_ERROR(domain::CheckReplyParent(p->parent.has_value()));
      parent_author = p->author;
    }
    const int64_t now = clock_.NowMs();
    app::Comment c{{}, id, me, parent, clean, now, std::nullopt, std::nullopt};
    ASSIGN_OR_RETURN(c.id, tx.posts().AddComment(c));
    RETURN_IF_ERROR(Emit(
        tx,
        CommentAdded{c.id, id, me, v.post.author, parent_author, domain::ExtractMentions(clean)},
        now, me));
    ASSIGN_OR_RETURN(auto summaries, tx.members().Summaries({me}));
    out.comment = std::move(c);
    if (auto s = summaries.find(me); s != summaries.end()) out.author = s->second;
    out.can_remove = true;
    return Status::Ok();
  }));
  return out;
}

Result<CommentPage> PostsImpl::Comments(MemberId me, PostId id, const std::string& cursor,
                                        int limit) {
  RETURN_IF_ERROR(ValidateLimit(limit));
  ASSIGN_OR_RETURN(int64_t after, DecodeCursor(cursor));
  CommentPage page;
  RETURN_IF_ERROR(store_.Read([&](Tx& tx) -> Status {
    page = {};
    ASSIGN_OR_RETURN(PostView v, Visible(tx, me, id));
    // Comments come oldest first, so a page of top-level comments is read with
    // their replies; a page ends after `limit` top-level ones.
    ASSIGN_OR_RETURN(std::vector<app::Comment> all,
                     tx.posts().Comments(id, after, kMaxCommentsPage * 10));
    std::vector<MemberId> authors;
    for (const app::Comment& c : all) authors.push_back(c.author);
    std::sort(authors.begin(), authors.end());
    authors.erase(std::unique(authors.begin(), authors.end()), authors.end());
    ASSIGN_OR_RETURN(auto rels, tx.connections().Relationships(me, authors));
    ASSIGN_OR_RETURN(auto summaries, tx.members().Summaries(authors));
    std::unordered_map<CommentId, size_t> top_index;
    int64_t last_top = 0;
    bool more = false;
    for (app::Comment& c : all) {
      const bool blocked = c.author != me && rels[c.author].blocked_either_way();
      auto s = summaries.find(c.author);
      if (blocked || s == summaries.end() || c.hidden_at) continue;
      CommentView cv;
      cv.author = s->second;
      cv.can_remove = c.author == me || v.can_remove;
      if (c.parent) {
        auto t = top_index.find(*c.parent);
        if (t == top_index.end()) continue;  // its comment was left out or is on another page
        cv.comment = std::move(c);
        page.items[t->second].replies.push_back(std::move(cv));
        continue;
      }
      if (static_cast<int>(page.items.size()) == limit) {
        more = true;
        break;
      }
      last_top = c.id.value();
      top_index.emplace(c.id, page.items.size());
      cv.comment = std::move(c);
      page.items.push_back(std::move(cv));
    }
    if (more) page.next_cursor = EncodeCursor(last_top);
    return Status::Ok();
  }));
  return page;
}

Status PostsImpl::DeleteComment(MemberId me, CommentId id) {
  return store_.Write([&](Tx& tx) -> Status {
    ASSIGN_OR_RETURN(std::optional<app::Comment> c, tx.posts().GetComment(id));
    if (!c) return NotFoundError("comment");
    ASSIGN_OR_RETURN(PostView v, Visible(tx, me, c->post));
    if (c->author != me && !v.can_remove) {
      return ForbiddenError("You can't delete this comment.", "cannot_remove");
    }
    ASSIGN_OR_RETURN(bool deleted, tx.posts().DeleteComment(id));
    if (!deleted) return NotFoundError("comment");
    return Status::Ok();
  });
}

Result<PostView> PostsImpl::React(MemberId me, PostId id, domain::Reaction reaction) {
  PostView out;
  RETURN_IF_ERROR(store_.Write([&](Tx& tx) -> Status {
    ASSIGN_OR_RETURN(PostView v, Visible(tx, me, id));
    if (!v.can_comment) return ForbiddenError("You can't react to this post.", "cannot_react");
    RETURN_IF_ERROR(tx.posts().React(id, me, reaction, clock_.NowMs()));
    ASSIGN_OR_RETURN(out, Visible(tx, me, id));
    return Status::Ok();
  }));
  return out;
}

Result<PostView> PostsImpl::Unreact(MemberId me, PostId id) {
  PostView out;
  RETURN_IF_ERROR(store_.Write([&](Tx& tx) -> Status {
    ASSIGN_OR_RETURN(PostView v, Visible(tx, me, id));
    ASSIGN_OR_RETURN(bool removed, tx.posts().Unreact(id, me));
    (void)removed;  // removing a reaction that is not there is fine
    ASSIGN_OR_RETURN(out, Visible(tx, me, id));
    return Status::Ok();
  }));
  return out;
}

Status PostsImpl::HideFromFeed(MemberId me, PostId id) {
  return store_.Write([&](Tx& tx) -> Status {
    ASSIGN_OR_RETURN(PostView v, Visible(tx, me, id));
    ASSIGN_OR_RETURN(bool hidden, tx.posts().HideForMember(me, id, clock_.NowMs()));
    (void)hidden;  // hiding twice is fine
    return Status::Ok();
  });
}

Status PostsImpl::SeeFewer(MemberId me, GroupId group) {
  return store_.Write([&](Tx& tx) -> Status {
    ASSIGN_OR_RETURN(std::optional<Group> g, tx.groups().Get(group));
    if (!g) return NotFoundError("group");
    ASSIGN_OR_RETURN(bool added, tx.posts().SeeFewer(me, group, clock_.NowMs()));
    (void)added;
    return Status::Ok();
  });
}

}  // namespace

std::unique_ptr<Posts> MakePosts(Store& store, const Clock& clock) {
  return std::make_unique<PostsImpl>(store, clock);
}

}  // namespace pln::app
