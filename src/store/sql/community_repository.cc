#include "store/sql/community_repository.h"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

#include <nlohmann/json.hpp>

#include "domain/search.h"
#include "store/sql/member_repository.h"
#include "store/sql/sql_connection.h"
#include "store/sql/sql_text.h"
#include "store/sql/sql_tx.h"

namespace pln::store::sql {
namespace {

using State = domain::Membership::State;

constexpr size_t kIdChunk = 300;

constexpr std::string_view kGroupColumns =
    "SELECT g.id, g.kind, g.name, g.description, g.rules, g.topics, g.policy, g.program_id, "
    "g.created_by, g.created_at, g.updated_at, (SELECT COUNT(*) FROM group_members gm WHERE "
    "gm.group_id = g.id AND gm.state = 'member') FROM groups g";
constexpr std::string_view kPostColumns =
    "p.id, p.author_id, p.group_id, p.audience, p.body, p.created_at, p.edited_at, p.hidden_at, "
    "p.hidden_by";
constexpr std::string_view kCommentColumns =
    "SELECT id, post_id, author_id, parent_id, body, created_at, edited_at, hidden_at "
    "FROM post_comments";

template <typename T>
Status StatusOf(Result<T> r) {
  if (r.ok()) return Status::Ok();
  return std::move(r).error();
}

Result<bool> Changed(Result<SqlRows> rows) {
  if (!rows.ok()) return std::move(rows).error();
  return rows->affected > 0;
}

// A row naming a member, group or post that is gone is "not found", not a 500.
template <typename T>
Result<T> MissingIsNotFound(Result<T> r, std::string_view what) {
  if (!r.ok() && IsForeignKeyViolation(r.error())) return NotFoundError(std::string(what));
  return r;
}

std::optional<int64_t> OptionalOf(const SqlValue& v) {
  if (v.is_null()) return std::nullopt;
  return v.AsInt();
}

std::string GroupSearchText(const domain::GroupInput& g) {
  std::string text = g.name + '\n' + g.description;
  for (const std::string& t : g.topics) text += '\n' + t;
  return domain::FoldForSearch(text);
}

Result<app::Group> GroupFromRow(SqlRow& row) {
  app::Group g;
  g.id = GroupId(row[0].AsInt());
  std::optional<domain::GroupKind> kind = domain::ParseGroupKind(row[1].AsText());
  if (!kind) return CorruptRow("group kind", row[1].AsText());
  g.kind = *kind;
  g.content.name = row[2].TakeText();
  g.content.description = row[3].TakeText();
  g.content.rules = row[4].TakeText();
  const std::string topics = row[5].TakeText();
  nlohmann::json j = nlohmann::json::parse(topics, nullptr, /*allow_exceptions=*/false);
  if (!j.is_array()) return CorruptRow("groups.topics", topics);
  for (const auto& t : j) {
    if (!t.is_string()) return CorruptRow("groups.topics", topics);
    g.content.topics.push_back(t.get<std::string>());
  }
  std::optional<domain::JoinPolicy> policy = domain::ParseJoinPolicy(row[6].AsText());
  if (!policy) return CorruptRow("group policy", row[6].AsText());
  g.content.policy = *policy;
  if (!row[7].is_null()) g.program = ProgramId(row[7].AsInt());
  if (!row[8].is_null()) g.created_by = MemberId(row[8].AsInt());
  g.created_at = row[9].AsInt();
  g.updated_at = row[10].AsInt();
  g.member_count = static_cast<int>(row[11].AsInt());
  return g;
}

Result<domain::Membership> MembershipFromRow(const SqlRow& row, size_t at) {
  std::optional<State> state = domain::ParseMembershipState(row[at].AsText());
  if (!state) return CorruptRow("group membership state", row[at].AsText());
  std::optional<domain::GroupRole> role = domain::ParseGroupRole(row[at + 1].AsText());
  if (!role) return CorruptRow("group role", row[at + 1].AsText());
  return domain::Membership{*state, *role};
}

Result<app::Post> PostFromRow(SqlRow& row) {
  app::Post p;
  p.id = PostId(row[0].AsInt());
  p.author = MemberId(row[1].AsInt());
  if (!row[2].is_null()) p.content.group = GroupId(row[2].AsInt());
  std::optional<domain::PostAudience> audience = domain::ParsePostAudience(row[3].AsText());
  if (!audience || (*audience == domain::PostAudience::kGroup) != p.content.group.has_value()) {
    return CorruptRow("post audience", row[3].AsText());
  }
  p.content.audience = *audience;
  p.content.body = row[4].TakeText();
  p.created_at = row[5].AsInt();
  p.edited_at = OptionalOf(row[6]);
  p.hidden_at = OptionalOf(row[7]);
  if (!row[8].is_null()) p.hidden_by = MemberId(row[8].AsInt());
  return p;
}

Result<std::vector<app::Comment>> CommentsFrom(Result<SqlRows> rows) {
  if (!rows.ok()) return std::move(rows).error();
  std::vector<app::Comment> out;
  for (SqlRow& row : rows->rows) {
    app::Comment c;
    c.id = CommentId(row[0].AsInt());
    c.post = PostId(row[1].AsInt());
    c.author = MemberId(row[2].AsInt());
    if (!row[3].is_null()) c.parent = CommentId(row[3].AsInt());
    c.body = row[4].TakeText();
    c.created_at = row[5].AsInt();
    c.edited_at = OptionalOf(row[6]);
    c.hidden_at = OptionalOf(row[7]);
    out.push_back(std::move(c));
  }
  return out;
}

// "WITH name(id) AS (VALUES (?), …)" for a list of ids; an empty list holds
// only 0, which no row has, so every branch stays valid SQL.
template <typename IdT>
std::string IdValues(std::string_view name, const std::vector<IdT>& ids,
                     std::vector<SqlValue>& params) {
  std::string sql = std::string(name) + "(id) AS (VALUES ";
  if (ids.empty()) {
    sql += "(CAST(0 AS BIGINT))";
    return sql + ")";
  }
  for (size_t i = 0; i < ids.size(); ++i) {
    sql += i == 0 ? "(CAST(? AS BIGINT))" : ", (CAST(? AS BIGINT))";
    params.emplace_back(ids[i].value());
  }
  return sql + ")";
}

// " AND (p.created_at, p.id) < before", written out for both engines.
std::string Before(const std::optional<app::PostPosition>& before, std::vector<SqlValue>& params) {
  if (!before) return "";
  params.emplace_back(before->created_at);
  params.emplace_back(before->created_at);
  params.emplace_back(before->post.value());
  return " AND (p.created_at < ? OR (p.created_at = ? AND p.id < ?))";
}

}  // namespace

// ---- Groups ----

Result<GroupId> SqlGroupRepository::Create(domain::GroupKind kind,
                                           const domain::GroupInput& content,
                                           std::optional<ProgramId> program,
                                           std::optional<MemberId> owner, int64_t now) {
  ASSIGN_OR_RETURN(
      SqlRows rows,
      MissingIsNotFound(
          tx_.Change(
              "INSERT INTO groups (kind, name, description, rules, topics, policy, "
              "program_id, created_by, search_text, created_at, updated_at) VALUES (?, ?, "
              "?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
              {std::string(domain::ToString(kind)), content.name, content.description,
               content.rules, nlohmann::json(content.topics).dump(),
               std::string(domain::ToString(content.policy)),
               program ? SqlValue(program->value()) : SqlValue(),
               owner ? SqlValue(owner->value()) : SqlValue(), GroupSearchText(content), now, now}),
          program ? "program" : "member"));
  const GroupId id(rows.rows.at(0)[0].AsInt());
  if (owner) {
    RETURN_IF_ERROR(
        SetMembership(id, *owner, {State::kMember, domain::GroupRole::kOwner}, std::nullopt, now));
  }
  return id;
}

Result<std::vector<app::Group>> SqlGroupRepository::Load(std::string_view where,
                                                         const std::vector<SqlValue>& params) {
  ASSIGN_OR_RETURN(SqlRows rows,
                   tx_.Query(std::string(kGroupColumns) + " " + std::string(where), params));
  std::vector<app::Group> out;
  for (SqlRow& row : rows.rows) {
    ASSIGN_OR_RETURN(app::Group g, GroupFromRow(row));
    out.push_back(std::move(g));
  }
  return out;
}

Result<std::optional<app::Group>> SqlGroupRepository::Get(GroupId id) {
  ASSIGN_OR_RETURN(std::vector<app::Group> found, Load("WHERE g.id = ?", {id.value()}));
  if (found.empty()) return std::optional<app::Group>();
  return std::optional<app::Group>(std::move(found[0]));
}

Result<std::optional<app::Group>> SqlGroupRepository::ForProgram(ProgramId program) {
  ASSIGN_OR_RETURN(std::vector<app::Group> found,
                   Load("WHERE g.program_id = ?", {program.value()}));
  if (found.empty()) return std::optional<app::Group>();
  return std::optional<app::Group>(std::move(found[0]));
}

Result<bool> SqlGroupRepository::Update(GroupId id, const domain::GroupInput& content,
                                        int64_t now) {
  return Changed(tx_.Change(
      "UPDATE groups SET name = ?, description = ?, rules = ?, topics = ?, policy = ?, "
      "search_text = ?, updated_at = ? WHERE id = ?",
      {content.name, content.description, content.rules, nlohmann::json(content.topics).dump(),
       std::string(domain::ToString(content.policy)), GroupSearchText(content), now, id.value()}));
}

Result<std::vector<app::Group>> SqlGroupRepository::List(int64_t after, int limit) {
  return Load("WHERE g.id > ? ORDER BY g.id LIMIT ?", {after, limit});
}

Result<domain::Membership> SqlGroupRepository::MembershipOf(GroupId group, MemberId member) {
  ASSIGN_OR_RETURN(SqlRows rows,
                   tx_.Query("SELECT state, role FROM group_members WHERE group_id = ? AND "
                             "member_id = ?",
                             {group.value(), member.value()}));
  if (rows.rows.empty()) return domain::Membership{};
  return MembershipFromRow(rows.rows[0], 0);
}

Status SqlGroupRepository::SetMembership(GroupId group, MemberId member,
                                         const domain::Membership& m,
                                         std::optional<MemberId> invited_by, int64_t now) {
  if (m.state == State::kNone) return StatusOf(RemoveMembership(group, member));
  const std::string state(ToString(m.state));
  const std::string role(domain::ToString(m.role));
  Result<SqlRows> rows = tx_.Change(
      "INSERT INTO group_members (group_id, member_id, state, role, invited_by, created_at, "
      "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (group_id, member_id) DO UPDATE SET "
      "state = excluded.state, role = excluded.role, invited_by = excluded.invited_by, "
      "updated_at = excluded.updated_at",
      {group.value(), member.value(), state, role,
       invited_by ? SqlValue(invited_by->value()) : SqlValue(), now, now});
  if (!rows.ok() && IsForeignKeyViolation(rows.error())) {
    return NotFoundError("group or member");
  }
  return StatusOf(std::move(rows));
}

Result<bool> SqlGroupRepository::RemoveMembership(GroupId group, MemberId member) {
  return Changed(tx_.Change("DELETE FROM group_members WHERE group_id = ? AND member_id = ?",
                            {group.value(), member.value()}));
}

Result<std::vector<app::GroupMember>> SqlGroupRepository::Members(GroupId group, State state,
                                                                  int64_t after, int limit) {
  ASSIGN_OR_RETURN(SqlRows rows,
                   tx_.Query("SELECT member_id, state, role, invited_by, updated_at FROM "
                             "group_members WHERE group_id = ? AND state = ? AND member_id > ? "
                             "ORDER BY member_id LIMIT ?",
                             {group.value(), std::string(domain::ToString(state)), after, limit}));
  std::vector<app::GroupMember> out;
  for (SqlRow& row : rows.rows) {
    app::GroupMember gm;
    gm.member = MemberId(row[0].AsInt());
    ASSIGN_OR_RETURN(gm.membership, MembershipFromRow(row, 1));
    if (!row[3].is_null()) gm.invited_by = MemberId(row[3].AsInt());
    gm.since = row[4].AsInt();
    out.push_back(std::move(gm));
  }
  return out;
}

Result<int> SqlGroupRepository::OwnerCount(GroupId group) {
  ASSIGN_OR_RETURN(SqlRows rows,
                   tx_.Query("SELECT COUNT(*) FROM group_members WHERE group_id = ? AND state = "
                             "'member' AND role = 'owner'",
                             {group.value()}));
  return static_cast<int>(rows.rows.at(0)[0].AsInt());
}

Result<std::vector<GroupId>> SqlGroupRepository::GroupsOf(MemberId member) {
  ASSIGN_OR_RETURN(SqlRows rows,
                   tx_.Query("SELECT group_id FROM group_members WHERE member_id = ? AND state = "
                             "'member' ORDER BY group_id",
                             {member.value()}));
  std::vector<GroupId> out;
  for (const SqlRow& row : rows.rows) out.emplace_back(row[0].AsInt());
  return out;
}

// ---- Posts ----

Result<PostId> SqlPostRepository::Create(MemberId author, const domain::PostInput& content,
                                         int64_t now) {
  ASSIGN_OR_RETURN(
      SqlRows rows,
      MissingIsNotFound(
          tx_.Change("INSERT INTO posts (author_id, group_id, audience, body, search_text, "
                     "created_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
                     {author.value(), content.group ? SqlValue(content.group->value()) : SqlValue(),
                      std::string(domain::ToString(content.audience)), content.body,
                      domain::FoldForSearch(content.body), now}),
          content.group ? "member or group" : "member"));
  return PostId(rows.rows.at(0)[0].AsInt());
}

Result<std::vector<app::Post>> SqlPostRepository::Load(std::string_view sql,
                                                       const std::vector<SqlValue>& params) {
  ASSIGN_OR_RETURN(SqlRows rows, tx_.Query(sql, params));
  std::vector<app::Post> posts;
  std::unordered_map<int64_t, app::Post*> by_id;
  posts.reserve(rows.rows.size());
  for (SqlRow& row : rows.rows) {
    ASSIGN_OR_RETURN(app::Post p, PostFromRow(row));
    posts.push_back(std::move(p));
  }
  for (app::Post& p : posts) by_id[p.id.value()] = &p;
  for (size_t start = 0; start < posts.size(); start += kIdChunk) {
    const size_t n = std::min(kIdChunk, posts.size() - start);
    std::vector<SqlValue> ids;
    for (size_t i = 0; i < n; ++i) ids.emplace_back(posts[start + i].id.value());
    // One round trip for both counts: kind 0 rows count comments, kind 1 reactions.
    ASSIGN_OR_RETURN(
        SqlRows counts,
        tx_.Query(IdListCte(n) +
                      "SELECT c.post_id, 0, '', COUNT(*) FROM ids CROSS JOIN post_comments c "
                      "WHERE c.post_id = ids.id AND c.hidden_at IS NULL GROUP BY c.post_id "
                      "UNION ALL SELECT r.post_id, 1, r.reaction, COUNT(*) FROM ids CROSS JOIN "
                      "post_reactions r WHERE r.post_id = ids.id GROUP BY r.post_id, r.reaction",
                  ids));
    for (SqlRow& row : counts.rows) {
      app::Post* p = by_id[row[0].AsInt()];
      if (p == nullptr) continue;
      const int count = static_cast<int>(row[3].AsInt());
      if (row[1].AsInt() == 0) {
        p->comment_count = count;
        continue;
      }
      std::optional<domain::Reaction> r = domain::ParseReaction(row[2].AsText());
      if (!r) return CorruptRow("post reaction", row[2].AsText());
      p->reactions[*r] = count;
    }
  }
  return posts;
}

Result<std::optional<app::Post>> SqlPostRepository::Get(PostId id) {
  ASSIGN_OR_RETURN(
      std::vector<app::Post> found,
      Load("SELECT " + std::string(kPostColumns) + " FROM posts p WHERE p.id = ?", {id.value()}));
  if (found.empty()) return std::optional<app::Post>();
  return std::optional<app::Post>(std::move(found[0]));
}

Result<bool> SqlPostRepository::UpdateBody(PostId id, const std::string& body, int64_t now) {
  return Changed(
      tx_.Change("UPDATE posts SET body = ?, search_text = ?, edited_at = ? WHERE id = ?",
                 {body, domain::FoldForSearch(body), now, id.value()}));
}

Result<bool> SqlPostRepository::Delete(PostId id) {
  return Changed(tx_.Change("DELETE FROM posts WHERE id = ?", {id.value()}));
}

Result<bool> SqlPostRepository::SetHidden(PostId id, std::optional<MemberId> by, int64_t now) {
  if (by) {
    return Changed(tx_.Change(
        "UPDATE posts SET hidden_at = ?, hidden_by = ? WHERE id = ? AND hidden_at IS NULL",
        {now, by->value(), id.value()}));
  }
  return Changed(tx_.Change(
      "UPDATE posts SET hidden_at = NULL, hidden_by = NULL WHERE id = ? AND hidden_at IS NOT NULL",
      {id.value()}));
}

Result<app::FeedSources> SqlPostRepository::FeedSourcesOf(MemberId viewer) {
  const int64_t v = viewer.value();
  // Kind 0 connections, 1 followed, 2 groups, 3 blocked either way.
  ASSIGN_OR_RETURN(
      SqlRows rows,
      tx_.Query("SELECT 0, b_id FROM connections WHERE a_id = ? UNION ALL "
                "SELECT 0, a_id FROM connections WHERE b_id = ? UNION ALL "
                "SELECT 1, followee_id FROM follows WHERE follower_id = ? UNION ALL "
                "SELECT 2, group_id FROM group_members WHERE member_id = ? AND state = 'member' "
                "UNION ALL SELECT 3, blocked_id FROM blocks WHERE blocker_id = ? UNION ALL "
                "SELECT 3, blocker_id FROM blocks WHERE blocked_id = ?",
                {v, v, v, v, v, v}));
  app::FeedSources s;
  s.viewer = viewer;
  std::unordered_set<int64_t> blocked, connected;
  for (const SqlRow& row : rows.rows) {
    const int64_t kind = row[0].AsInt(), id = row[1].AsInt();
    if (kind == 3) blocked.insert(id);
    if (kind == 0) connected.insert(id);
  }
  for (const SqlRow& row : rows.rows) {
    const int64_t kind = row[0].AsInt(), id = row[1].AsInt();
    if (kind == 2) {
      s.groups.emplace_back(id);
    } else if (kind == 3) {
      continue;
    } else if (blocked.contains(id)) {
      continue;  // a block ends connections and follows; this is only belt and braces
    } else if (kind == 0) {
      s.connections.emplace_back(id);
    } else if (!connected.contains(id)) {
      s.followed.emplace_back(id);
    }
  }
  for (int64_t id : blocked) s.blocked.emplace_back(id);
  auto sorted = [](auto& v) { std::sort(v.begin(), v.end()); };
  sorted(s.connections);
  sorted(s.followed);
  sorted(s.groups);
  sorted(s.blocked);
  return s;
}

Result<std::vector<app::Post>> SqlPostRepository::FeedWindow(
    const app::FeedSources& s, std::optional<app::PostPosition> before, int limit) {
  // Each source is its own branch so that each walks its own index (posts by
  // author, posts by group); the union is then cut to the window.
  std::vector<SqlValue> params;
  // Appended one by one: the placeholders must follow the order of `params`.
  std::string sql = "WITH " + IdValues("c", s.connections, params);
  sql += ", " + IdValues("f", s.followed, params);
  sql += ", " + IdValues("g", s.groups, params);
  sql += ", " + IdValues("b", s.blocked, params);
  sql += " SELECT " + std::string(kPostColumns) + " FROM (";
  const std::string cols(kPostColumns);
  auto branch = [&](std::string_view from_where) {
    sql += "SELECT " + cols + " " + std::string(from_where) + " AND p.hidden_at IS NULL" +
           Before(before, params);
  };
  branch(
      "FROM c CROSS JOIN posts p WHERE p.author_id = c.id AND p.group_id IS NULL AND "
      "p.audience <> 'group'");
  sql += " UNION ";
  branch(
      "FROM f CROSS JOIN posts p WHERE p.author_id = f.id AND p.group_id IS NULL AND "
      "p.audience IN ('followers', 'members')");
  sql += " UNION ";
  branch("FROM g CROSS JOIN posts p WHERE p.group_id = g.id");
  sql += " UNION ";
  params.emplace_back(s.viewer.value());
  branch("FROM posts p WHERE p.author_id = ? AND p.group_id IS NULL");
  params.emplace_back(s.viewer.value());
  params.emplace_back(limit);
  sql +=
      ") p WHERE p.author_id NOT IN (SELECT id FROM b) AND NOT EXISTS (SELECT 1 FROM "
      "feed_hidden_posts h WHERE h.member_id = ? AND h.post_id = p.id) ORDER BY p.created_at "
      "DESC, p.id DESC LIMIT ?";
  return Load(sql, params);
}

Result<std::vector<app::Post>> SqlPostRepository::GroupWindow(
    GroupId group, std::optional<app::PostPosition> before, int limit) {
  std::vector<SqlValue> params = {group.value()};
  std::string sql = "SELECT " + std::string(kPostColumns) +
                    " FROM posts p WHERE p.group_id = ? AND p.hidden_at IS NULL" +
                    Before(before, params) + " ORDER BY p.created_at DESC, p.id DESC LIMIT ?";
  params.emplace_back(limit);
  return Load(sql, params);
}

Result<std::vector<app::Post>> SqlPostRepository::AuthorWindow(
    MemberId author, std::optional<app::PostPosition> before, int limit) {
  std::vector<SqlValue> params = {author.value()};
  std::string sql = "SELECT " + std::string(kPostColumns) +
                    " FROM posts p WHERE p.author_id = ? AND p.group_id IS NULL AND "
                    "p.hidden_at IS NULL" +
                    Before(before, params) + " ORDER BY p.created_at DESC, p.id DESC LIMIT ?";
  params.emplace_back(limit);
  return Load(sql, params);
}

Result<CommentId> SqlPostRepository::AddComment(const app::Comment& c) {
  ASSIGN_OR_RETURN(
      SqlRows rows,
      MissingIsNotFound(
          tx_.Change("INSERT INTO post_comments (post_id, author_id, parent_id, body, "
                     "created_at) VALUES (?, ?, ?, ?, ?) RETURNING id",
                     {c.post.value(), c.author.value(),
                      c.parent ? SqlValue(c.parent->value()) : SqlValue(), c.body, c.created_at}),
          "post"));
  return CommentId(rows.rows.at(0)[0].AsInt());
}

Result<std::optional<app::Comment>> SqlPostRepository::GetComment(CommentId id) {
  ASSIGN_OR_RETURN(
      std::vector<app::Comment> found,
      CommentsFrom(tx_.Query(std::string(kCommentColumns) + " WHERE id = ?", {id.value()})));
  if (found.empty()) return std::optional<app::Comment>();
  return std::optional<app::Comment>(std::move(found[0]));
}

Result<std::vector<app::Comment>> SqlPostRepository::Comments(PostId post, int64_t after,
                                                              int limit) {
  return CommentsFrom(
      tx_.Query(std::string(kCommentColumns) + " WHERE post_id = ? AND id > ? ORDER BY id LIMIT ?",
                {post.value(), after, limit}));
}

Result<bool> SqlPostRepository::DeleteComment(CommentId id) {
  return Changed(tx_.Change("DELETE FROM post_comments WHERE id = ?", {id.value()}));
}

Status SqlPostRepository::React(PostId post, MemberId member, domain::Reaction reaction,
                                int64_t now) {
  return StatusOf(MissingIsNotFound(
      tx_.Change("INSERT INTO post_reactions (post_id, member_id, reaction, created_at) VALUES "
                 "(?, ?, ?, ?) ON CONFLICT (post_id, member_id) DO UPDATE SET reaction = "
                 "excluded.reaction, created_at = excluded.created_at",
                 {post.value(), member.value(), std::string(domain::ToString(reaction)), now}),
      "post"));
}

Result<bool> SqlPostRepository::Unreact(PostId post, MemberId member) {
  return Changed(tx_.Change("DELETE FROM post_reactions WHERE post_id = ? AND member_id = ?",
                            {post.value(), member.value()}));
}

Result<std::optional<domain::Reaction>> SqlPostRepository::ReactionOf(PostId post,
                                                                      MemberId member) {
  ASSIGN_OR_RETURN(SqlRows rows,
                   tx_.Query("SELECT reaction FROM post_reactions WHERE post_id = ? AND "
                             "member_id = ?",
                             {post.value(), member.value()}));
  if (rows.rows.empty()) return std::optional<domain::Reaction>();
  std::optional<domain::Reaction> r = domain::ParseReaction(rows.rows[0][0].AsText());
  if (!r) return CorruptRow("post reaction", rows.rows[0][0].AsText());
  return r;
}

Result<bool> SqlPostRepository::HideForMember(MemberId member, PostId post, int64_t now) {
  return MissingIsNotFound(
      Changed(tx_.Change("INSERT INTO feed_hidden_posts (member_id, post_id, created_at) VALUES "
                         "(?, ?, ?) ON CONFLICT DO NOTHING",
                         {member.value(), post.value(), now})),
      "post");
}

Result<bool> SqlPostRepository::SeeFewer(MemberId member, GroupId group, int64_t now) {
  return MissingIsNotFound(
      Changed(tx_.Change("INSERT INTO feed_fewer_groups (member_id, group_id, created_at) VALUES "
                         "(?, ?, ?) ON CONFLICT DO NOTHING",
                         {member.value(), group.value(), now})),
      "group");
}

Result<std::vector<GroupId>> SqlPostRepository::FewerGroups(MemberId member) {
  ASSIGN_OR_RETURN(SqlRows rows,
                   tx_.Query("SELECT group_id FROM feed_fewer_groups WHERE member_id = ? ORDER "
                             "BY group_id",
                             {member.value()}));
  std::vector<GroupId> out;
  for (const SqlRow& row : rows.rows) out.emplace_back(row[0].AsInt());
  return out;
}

}  // namespace pln::store::sql
