// SessionRepository over SQL. Not thread-safe: bound to one transaction.
#pragma once

#include <optional>
#include <string>

#include "app/repositories.h"

namespace pln::store::sql {

class SqlTx;

class SqlSessionRepository final : public app::SessionRepository {
 public:
  explicit SqlSessionRepository(SqlTx& tx) : tx_(tx) {}

  // kConflict "session_exists" if the token hash is taken (a random token
  // collided), kNotFound if the member does not exist.
  Status Create(const app::SessionRecord& session) override;
  // Returns the record even if expired; the caller checks expires_at.
  Result<std::optional<app::SessionRecord>> Find(const std::string& token_hash) override;
  // Deleting an unknown session is not an error.
  Status Delete(const std::string& token_hash) override;
  Result<int64_t> DeleteAllFor(MemberId member, const std::string& keep_hash) override;
  Status DeleteExpired(int64_t now) override;

 private:
  SqlTx& tx_;
};

}  // namespace pln::store::sql
