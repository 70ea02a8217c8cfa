// The ports of cohort programs. ProgramRepository: storage for programs and
// their leads, participants with their preferences, the leads' pins/forbids
// and the current proposal (which becomes the published assignment); declared
// by the app layer, implemented once in src/store/sql. Storage failures come
// back as kInternal/kUnavailable; authorization is decided by the caller (the
// parts in app/programs/). ProgramMentorshipSink and MentorshipActivitySource:
// the seams to the mentorship feature (app/mentorship/program_mentorships.h implements
// both).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "base/ids.h"
#include "base/result.h"
#include "domain/program.h"

namespace pln::app {

class Tx;  // app/repositories.h, which includes this file

class ProgramRepository {
 public:
  virtual ~ProgramRepository() = default;
  // Stores a draft program with `lead` as its first lead.
  virtual Result<ProgramId> Create(const domain::ProgramInput& input, MemberId lead,
                                   int64_t now) = 0;
  // With its leads (creator first).
  virtual Result<std::optional<domain::Program>> Get(ProgramId id) = 0;
  // Programs `member` leads or takes part in, newest first, at most `limit`.
  virtual Result<std::vector<domain::Program>> ListFor(MemberId member, int limit) = 0;
  // Sets the status; published_at is set when moving to kPublished.
  virtual Status SetStatus(ProgramId id, domain::ProgramStatus status, int64_t now) = 0;

  // Participants ordered by role (mentees first) then member id, with their
  // preferences.
  virtual Result<std::vector<domain::Participant>> Participants(ProgramId id) = 0;
  virtual Result<std::optional<domain::Participant>> GetParticipant(ProgramId id,
                                                                    MemberId member) = 0;
  // Adds all or none; kConflict "already_participant" if one is already in.
  virtual Status AddParticipants(ProgramId id, const std::vector<domain::Participant>& add,
                                 int64_t now) = 0;
  // Returns false if the member was not a participant. Also drops the
  // member's pins/forbids in this program.
  virtual Result<bool> RemoveParticipant(ProgramId id, MemberId member) = 0;
  virtual Status SetPreferences(ProgramId id, MemberId member, const std::vector<MemberId>& ranked,
                                const std::vector<MemberId>& avoid) = 0;
  // Pairs of participants with a block between them, as (blocker, blocked).
  virtual Result<std::vector<std::pair<MemberId, MemberId>>> BlockedPairs(ProgramId id) = 0;

  // Pins and forbids, by mentee then mentor.
  virtual Result<std::vector<domain::PairConstraint>> Constraints(ProgramId id) = 0;
  // Sets the rule for a pair, replacing any rule it had.
  virtual Status SetConstraint(ProgramId id, const domain::PairConstraint& c, int64_t now) = 0;
  // Returns false if the pair had no rule.
  virtual Result<bool> DeleteConstraint(ProgramId id, MemberId mentee, MemberId mentor) = 0;

  // The stored proposal, if matching ran.
  virtual Result<std::optional<domain::Proposal>> GetProposal(ProgramId id) = 0;
  // Replaces the stored proposal.
  virtual Status SaveProposal(ProgramId id, const domain::Proposal& proposal) = 0;
};

// One pair of a published assignment, as handed to the mentorship code.
struct PublishedPair {
  MemberId mentee, mentor;
  int score_milli = 0;
  std::vector<std::string> reasons;
};

// Seam to the mentorship feature (issue 4, items 3–4): creates one mentorship
// per published pair. Called inside the publish transaction, so an error rolls
// the publication back and nothing is created; must only write through `tx`.
// Not owned by the programs code.
class ProgramMentorshipSink {
 public:
  virtual ~ProgramMentorshipSink() = default;
  virtual Status OnPublished(Tx& tx, const domain::Program& program,
                             const std::vector<PublishedPair>& pairs, int64_t now) = 0;
};

// What the mentorship feature knows about a published pair.
struct PairActivity {
  int check_ins = 0;
  std::optional<int64_t> last_check_in;  // Unix ms
};

// Seam to the mentorship feature for the dashboard: check-ins logged per
// published pair. Reads through `tx` only; returns one entry per pair, in the
// order given. Not owned.
class MentorshipActivitySource {
 public:
  virtual ~MentorshipActivitySource() = default;
  virtual Result<std::vector<PairActivity>> Activity(Tx& tx, const domain::Program& program,
                                                     const std::vector<PublishedPair>& pairs) = 0;
};

}  // namespace pln::app
