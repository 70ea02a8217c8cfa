// Endorsements of a member's skills by their connections (issue 5), shown on
// the profile beside the skills. Thread-safe (stateless over Store).
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "app/feedback/views.h"
#include "app/repositories.h"
#include "base/clock.h"
#include "base/ids.h"
#include "base/result.h"
#include "domain/relationship.h"

namespace pln::app {

struct EndorsementInput {
  std::string skill;
  std::string note;  // may be empty
};

class Endorsements {
 public:
  virtual ~Endorsements() = default;

  // kValidation for oneself or a bad skill or note; kNotFound for a missing
  // or blocked member; kForbidden "not_connected" unless the two are
  // connected; kConflict "already_endorsed".
  virtual Result<EndorsementView> Endorse(MemberId me, MemberId member,
                                          const EndorsementInput& input) = 0;
  // Any member who may see the member's skills section reads them, oldest
  // first (kNotFound on a block, kForbidden when the section is hidden).
  // Endorsers the viewer or the member is blocked with are left out.
  virtual Result<std::vector<EndorsementView>> List(const domain::Viewer& viewer,
                                                    MemberId member) = 0;
  // The endorser or the endorsed member may remove it; kNotFound for anyone else.
  virtual Status Remove(MemberId me, EndorsementId id) = 0;
};

// Borrows `store` and `clock`; they must outlive the result.
std::unique_ptr<Endorsements> MakeEndorsements(Store& store, const Clock& clock);

}  // namespace pln::app
