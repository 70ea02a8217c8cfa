#include "store/sql/token_repository.h"

#include <algorithm>
#include <utility>

#include "store/sql/sql_tx.h"

namespace pln::store::sql {
namespace {

app::ApiToken TokenFromRow(SqlRow& row) {
  app::ApiToken t;
  t.id = TokenId(row[0].AsInt());
  t.member = MemberId(row[1].AsInt());
  t.name = row[2].TakeText();
  t.token_hash = row[3].TakeText();
  t.created_at = row[4].AsInt();
  return t;
}

}  // namespace

Result<TokenId> SqlTokenRepository::Create(MemberId member, const std::string& name,
                                           const std::string& token_hash, int64_t now) {
  Result<SqlRows> rows = tx_.Change(
      "INSERT INTO api_tokens (member_id, name, token_hash, created_at) VALUES (?, ?, ?, ?) "
      "ON CONFLICT DO NOTHING RETURNING id",
      {member.value(), name, token_hash, now});
  if (!rows.ok()) {
    if (IsForeignKeyViolation(rows.error())) return NotFoundError("member");
    return std::move(rows).error();
  }
  if (rows->rows.empty()) return ConflictError("token_exists", "The token exists already.");
  return TokenId(rows->rows[0][0].AsInt());
}

Result<std::optional<app::ApiToken>> SqlTokenRepository::FindByHash(const std::string& token_hash) {
  ASSIGN_OR_RETURN(SqlRows rows,
                   tx_.Query("SELECT id, member_id, name, token_hash, created_at FROM api_tokens "
                             "WHERE token_hash = ?",
                             {token_hash}));
  if (rows.rows.empty()) return std::optional<app::ApiToken>();
  return std::optional<app::ApiToken>(TokenFromRow(rows.rows[0]));
}

Result<std::vector<app::ApiToken>> SqlTokenRepository::ListFor(MemberId member) {
  ASSIGN_OR_RETURN(SqlRows rows,
                   tx_.Query("SELECT id, member_id, name, token_hash, created_at FROM api_tokens "
                             "WHERE member_id = ? ORDER BY id",
                             {member.value()}));
  std::vector<app::ApiToken> out;
  out.reserve(rows.rows.size());
  for (SqlRow& row : rows.rows) out.push_back(TokenFromRow(row));
  return out;
}

Result<bool> SqlTokenRepository::Delete(MemberId member, TokenId id) {
  ASSIGN_OR_RETURN(SqlRows rows, tx_.Change("DELETE FROM api_tokens WHERE id = ? AND member_id = ?",
                                            {id.value(), member.value()}));
  return rows.affected > 0;
}

Result<std::vector<app::ApiToken>> SqlTokenRepository::DeleteAllFor(MemberId member) {
  ASSIGN_OR_RETURN(SqlRows rows, tx_.Change("DELETE FROM api_tokens WHERE member_id = ? "
                                            "RETURNING id, member_id, name, token_hash, created_at",
                                            {member.value()}));
  std::vector<app::ApiToken> out;
  out.reserve(rows.rows.size());
  for (SqlRow& row : rows.rows) out.push_back(TokenFromRow(row));
  // RETURNING has no ORDER BY: sort here so callers see creation order.
  std::sort(out.begin(), out.end(),
            [](const app::ApiToken& a, const app::ApiToken& b) { return a.id < b.id; });
  return out;
}

}  // namespace pln::store::sql
