// TokenRepository (API tokens) over SQL. Not thread-safe: bound to one transaction.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/repositories.h"

namespace pln::store::sql {

class SqlTx;

class SqlTokenRepository final : public app::TokenRepository {
 public:
  explicit SqlTokenRepository(SqlTx& tx) : tx_(tx) {}

  // kConflict "token_exists" if the hash is taken, kNotFound if the member does not exist.
  Result<TokenId> Create(MemberId member, const std::string& name, const std::string& token_hash,
                         int64_t now) override;
  Result<std::optional<app::ApiToken>> FindByHash(const std::string& token_hash) override;
  // Ordered by id (creation order).
  Result<std::vector<app::ApiToken>> ListFor(MemberId member) override;
  Result<bool> Delete(MemberId member, TokenId id) override;
  Result<std::vector<app::ApiToken>> DeleteAllFor(MemberId member) override;

 private:
  SqlTx& tx_;
};

}  // namespace pln::store::sql
