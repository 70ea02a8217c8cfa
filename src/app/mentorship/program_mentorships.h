// Connects cohort programs to mentorships: publishing a program's assignment
// creates one accepted mentorship per pair, and the program dashboard reads
// those mentorships' check-ins. Stateless; everything goes through the
// caller's transaction.
#pragma once

#include <vector>

#include "app/programs/ports.h"

namespace pln::app {

class ProgramMentorships final : public ProgramMentorshipSink, public MentorshipActivitySource {
 public:
  // A pair that is already in an active mentorship keeps it (nothing new is
  // created). The program's capacity bounds its pairs, so a mentor whose
  // personal offer is full still gets the program mentee.
  Status OnPublished(Tx& tx, const domain::Program& program,
                     const std::vector<PublishedPair>& pairs, int64_t now) override;
  Result<std::vector<PairActivity>> Activity(Tx& tx, const domain::Program& program,
                                             const std::vector<PublishedPair>& pairs) override;
};

}  // namespace pln::app
