// MemberRepository over SQL (members plus their fields, skills and goals).
// Not thread-safe: bound to one transaction (see SqlTx).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "app/repositories.h"
#include "store/sql/sql_value.h"

namespace pln::store::sql {

class SqlTx;

// kInternal "unexpected <what> '<value>' in the database", for a stored value
// pln could not have written.
Error CorruptRow(std::string_view what, std::string_view value);
// A visibility column; CorruptRow for an unknown value.
Result<domain::Visibility> ParseVisibility(const SqlValue& v);
// The eight member columns from row[first] on, in table order: open_mentoring,
// open_being_mentored, open_opportunities, vis_bio, vis_details, vis_skills,
// vis_goals, vis_connections.
Status ReadOpenToAndVisibility(const SqlRow& row, size_t first, domain::OpenTo& open_to,
                               domain::SectionVisibility& visibility);

class SqlMemberRepository final : public app::MemberRepository {
 public:
  explicit SqlMemberRepository(SqlTx& tx) : tx_(tx) {}

  // kConflict "email_taken" if the e-mail is registered already.
  Result<MemberId> Create(const app::NewMember& member) override;
  Result<std::optional<domain::Member>> Get(MemberId id) override;
  Result<std::vector<domain::Member>> GetMany(const std::vector<MemberId>& ids) override;
  Result<std::vector<domain::Member>> GetManyWithoutLists(
      const std::vector<MemberId>& ids) override;
  Result<std::unordered_map<MemberId, app::MemberSummary>> Summaries(
      const std::vector<MemberId>& ids) override;
  Result<std::optional<app::Account>> FindAccountByEmail(const std::string& email) override;
  Result<std::optional<app::Account>> GetAccount(MemberId id) override;
  // kNotFound if the member does not exist (also for the two setters below).
  Status UpdateProfile(MemberId id, const domain::Profile& profile, int64_t now) override;
  Status SetPasswordHash(MemberId id, const std::string& hash) override;
  Status SetRole(MemberId id, domain::Role role) override;
  // kNotFound if the member does not exist. Everything else goes by ON DELETE CASCADE.
  Status Delete(MemberId id) override;
  Result<std::vector<domain::Member>> Scan(const app::MemberScan& scan) override;
  Result<int64_t> Count() override;

 private:
  Status InsertLists(MemberId id, const domain::Profile& profile);
  // Runs `sql` (a statement whose select list is kMemberColumns, see
  // member_repository.cc) and, unless told not to, loads the members' lists.
  Result<std::vector<domain::Member>> Load(const std::string& sql,
                                           const std::vector<SqlValue>& params,
                                           bool with_lists = true);
  Result<std::vector<domain::Member>> LoadMany(const std::vector<MemberId>& ids, bool with_lists);
  Status LoadLists(std::vector<domain::Member>& members);

  SqlTx& tx_;
};

}  // namespace pln::store::sql
