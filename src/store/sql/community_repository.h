// GroupRepository and PostRepository over SQL. A group's topics are a JSON
// array (read and written whole); reaction counts and comment counts are
// read in one query per page of posts.
// Not thread-safe: bound to one transaction.
#pragma once

#include <string>
#include <vector>

#include "app/community/ports.h"
#include "store/sql/sql_value.h"

namespace pln::store::sql {

class SqlTx;

class SqlGroupRepository final : public app::GroupRepository {
 public:
  explicit SqlGroupRepository(SqlTx& tx) : tx_(tx) {}

  Result<GroupId> Create(domain::GroupKind kind, const domain::GroupInput& content,
                         std::optional<ProgramId> program, std::optional<MemberId> owner,
                         int64_t now) override;
  Result<std::optional<app::Group>> Get(GroupId id) override;
  Result<std::optional<app::Group>> ForProgram(ProgramId program) override;
  Result<bool> Update(GroupId id, const domain::GroupInput& content, int64_t now) override;
  Result<std::vector<app::Group>> List(int64_t after, int limit) override;
  Result<domain::Membership> MembershipOf(GroupId group, MemberId member) override;
  Status SetMembership(GroupId group, MemberId member, const domain::Membership& m,
                       std::optional<MemberId> invited_by, int64_t now) override;
  Result<bool> RemoveMembership(GroupId group, MemberId member) override;
  Result<std::vector<app::GroupMember>> Members(GroupId group, domain::Membership::State state,
                                                int64_t after, int limit) override;
  Result<int> OwnerCount(GroupId group) override;
  Result<std::vector<GroupId>> GroupsOf(MemberId member) override;

 private:
  Result<std::vector<app::Group>> Load(std::string_view where, const std::vector<SqlValue>& params);
  SqlTx& tx_;
};

class SqlPostRepository final : public app::PostRepository {
 public:
  explicit SqlPostRepository(SqlTx& tx) : tx_(tx) {}

  Result<PostId> Create(MemberId author, const domain::PostInput& content, int64_t now) override;
  Result<std::optional<app::Post>> Get(PostId id) override;
  Result<bool> UpdateBody(PostId id, const std::string& body, int64_t now) override;
  Result<bool> Delete(PostId id) override;
  Result<bool> SetHidden(PostId id, std::optional<MemberId> by, int64_t now) override;
  Result<app::FeedSources> FeedSourcesOf(MemberId viewer) override;
  Result<std::vector<app::Post>> FeedWindow(const app::FeedSources& sources,
                                            std::optional<app::PostPosition> before,
                                            int limit) override;
  Result<std::vector<app::Post>> GroupWindow(GroupId group, std::optional<app::PostPosition> before,
                                             int limit) override;
  Result<std::vector<app::Post>> AuthorWindow(MemberId author,
                                              std::optional<app::PostPosition> before,
                                              int limit) override;
  Result<CommentId> AddComment(const app::Comment& comment) override;
  Result<std::optional<app::Comment>> GetComment(CommentId id) override;
  Result<std::vector<app::Comment>> Comments(PostId post, int64_t after, int limit) override;
  Result<bool> DeleteComment(CommentId id) override;
  Status React(PostId post, MemberId member, domain::Reaction reaction, int64_t now) override;
  Result<bool> Unreact(PostId post, MemberId member) override;
  Result<std::optional<domain::Reaction>> ReactionOf(PostId post, MemberId member) override;
  Result<bool> HideForMember(MemberId member, PostId post, int64_t now) override;
  Result<bool> SeeFewer(MemberId member, GroupId group, int64_t now) override;
  Result<std::vector<GroupId>> FewerGroups(MemberId member) override;

 private:
  // Posts from a statement selecting kPostColumns, with their counts filled in.
  Result<std::vector<app::Post>> Load(std::string_view sql, const std::vector<SqlValue>& params);
  SqlTx& tx_;
};

}  // namespace pln::store::sql
