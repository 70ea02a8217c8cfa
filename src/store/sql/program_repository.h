// ProgramRepository over SQL. Preference lists and pair reasons are stored as
// JSON text (read and written whole, never queried inside).
// Not thread-safe: bound to one transaction.
#pragma once

#include <utility>
#include <vector>

#include "app/programs/ports.h"

namespace pln::store::sql {

class SqlTx;

class SqlProgramRepository final : public app::ProgramRepository {
 public:
  explicit SqlProgramRepository(SqlTx& tx) : tx_(tx) {}

  Result<ProgramId> Create(const domain::ProgramInput& input, MemberId lead, int64_t now) override;
  Result<std::optional<domain::Program>> Get(ProgramId id) override;
  Result<std::vector<domain::Program>> ListFor(MemberId member, int limit) override;
  Status SetStatus(ProgramId id, domain::ProgramStatus status, int64_t now) override;
  Result<std::vector<domain::Participant>> Participants(ProgramId id) override;
  Result<std::optional<domain::Participant>> GetParticipant(ProgramId id, MemberId member) override;
  Status AddParticipants(ProgramId id, const std::vector<domain::Participant>& add,
                         int64_t now) override;
  Result<bool> RemoveParticipant(ProgramId id, MemberId member) override;
  Status SetPreferences(ProgramId id, MemberId member, const std::vector<MemberId>& ranked,
                        const std::vector<MemberId>& avoid) override;
  Result<std::vector<std::pair<MemberId, MemberId>>> BlockedPairs(ProgramId id) override;
  Result<std::vector<domain::PairConstraint>> Constraints(ProgramId id) override;
  Status SetConstraint(ProgramId id, const domain::PairConstraint& c, int64_t now) override;
  Result<bool> DeleteConstraint(ProgramId id, MemberId mentee, MemberId mentor) override;
  Result<std::optional<domain::Proposal>> GetProposal(ProgramId id) override;
  Status SaveProposal(ProgramId id, const domain::Proposal& proposal) override;

 private:
  SqlTx& tx_;
};

}  // namespace pln::store::sql
