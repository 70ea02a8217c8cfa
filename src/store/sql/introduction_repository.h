// IntroductionRepository over SQL (table `introductions`, migration 12).
// Not thread-safe: bound to one transaction.
#pragma once

#include <string>
#include <vector>

#include "app/introductions/ports.h"

namespace pln::store::sql {

class SqlTx;

class SqlIntroductionRepository final : public app::IntroductionRepository {
 public:
  explicit SqlIntroductionRepository(SqlTx& tx) : tx_(tx) {}

  Result<IntroductionId> Create(const domain::Introduction& intro) override;
  Result<std::optional<domain::Introduction>> Get(IntroductionId id) override;
  Result<bool> Update(const domain::Introduction& intro,
                      domain::IntroductionStatus expected) override;
  Result<std::vector<domain::Introduction>> ListFor(MemberId member, domain::IntroductionRole role,
                                                    int limit) override;
  Result<int> CountRequestedSince(MemberId requester, int64_t since) override;
  Result<int> CountBrokeredSince(MemberId broker, int64_t since) override;
  Result<std::vector<int64_t>> BrokerResponseTimes(MemberId broker, int limit) override;
  Result<std::vector<domain::Introduction>> DueToSettle(int64_t now, int limit) override;
  Result<std::vector<app::MutualConnection>> MutualConnections(MemberId a, MemberId b,
                                                               int limit) override;
  Result<std::vector<MemberId>> SecondDegreeAt(MemberId member, const std::string& organization,
                                               int limit) override;

 private:
  SqlTx& tx_;
};

}  // namespace pln::store::sql
