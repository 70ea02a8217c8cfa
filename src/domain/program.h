// Cohort mentoring programs (issue 4, item 5): the rules, no I/O.
//
// A program lead creates a program, imports participants (mentees and mentors
// with capacities), participants state preferences, the lead runs the optimal
// matching (src/app/programs/optimal_matching.h), reviews, pins or forbids pairs, re-runs
// and publishes once. Status moves draft → matching → published → closed.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/csv.h"
#include "base/ids.h"
#include "base/result.h"

namespace pln::domain {

enum class ProgramStatus { kDraft, kMatching, kPublished, kClosed };
std::string_view ToString(ProgramStatus s);  // "draft" | "matching" | "published" | "closed"
std::optional<ProgramStatus> ParseProgramStatus(std::string_view s);

enum class ParticipantRole { kMentee, kMentor };
std::string_view ToString(ParticipantRole r);  // "mentee" | "mentor"
std::optional<ParticipantRole> ParseParticipantRole(std::string_view s);

struct ProgramLimits {
  static constexpr size_t kName = 120, kDescription = 4000, kMaxRanked = 5, kMaxAvoid = 20,
                          kMaxImportRows = 5000;
  static constexpr int kMaxCapacity = 20;
};

struct ProgramInput {
  std::string name;
  std::string description;  // plain text
  bool exclude_same_organization = false;
  int default_capacity = 2;  // for mentors imported without a capacity
};

struct Program {
  ProgramId id;
  std::string name, description;
  ProgramStatus status = ProgramStatus::kDraft;
  bool exclude_same_organization = false;
  int default_capacity = 2;
  std::vector<MemberId> leads;  // who manage it; the creator first
  int64_t created_at = 0, updated_at = 0;
  std::optional<int64_t> published_at;
};

struct Participant {
  MemberId member;
  ParticipantRole role = ParticipantRole::kMentee;
  int capacity = 0;              // mentors: mentees at once (0..kMaxCapacity); mentees: 0
  std::vector<MemberId> ranked;  // mentees: preferred mentors, best first (≤ kMaxRanked)
  std::vector<MemberId> avoid;   // participants of the other role never to be paired with
  int64_t joined_at = 0;
};

enum class PairRule { kPin, kForbid };
std::string_view ToString(PairRule r);  // "pin" | "forbid"
std::optional<PairRule> ParsePairRule(std::string_view s);

// A lead's decision about one mentee–mentor pair: forced into the assignment
// (pin) or kept out of it (forbid). At most one rule per pair.
struct PairConstraint {
  MemberId mentee, mentor;
  PairRule rule = PairRule::kPin;
  bool operator==(const PairConstraint&) const = default;
};

// One pair of a proposed (or published) assignment.
struct ProposedPair {
  MemberId mentee, mentor;
  int score_milli = 0;      // compatibility × 1000: fit (0..1) + preference bonus
  int fit_milli = 0;        // the fit part alone
  int preference_rank = 0;  // 1..5 as ranked by the mentee; 0 if not ranked
  bool pinned = false;
  std::vector<std::string> reasons;
};

struct UnmatchedMentee {
  MemberId mentee;
  std::string reason;  // "no_allowed_mentor" | "capacity"
};

struct Proposal {
  std::vector<ProposedPair> pairs;  // by mentee id
  std::vector<UnmatchedMentee> unmatched;
  int64_t total_score_milli = 0;
  int64_t computed_at = 0;
};

// Validates and normalises a new program (trimmed name, capacity range).
Result<ProgramInput> ValidateProgramInput(ProgramInput input);

// What the lead may do in each status.
bool CanEditParticipants(ProgramStatus s);  // import, pins/forbids: draft or matching
bool CanSetPreferences(ProgramStatus s);    // participants: draft or matching
bool CanRunMatching(ProgramStatus s);       // draft or matching
bool CanPublish(ProgramStatus s);           // matching (with a proposal)
bool CanClose(ProgramStatus s);             // published

// The score bonus for a mentor the mentee ranked `rank` (1 best .. 5): 0.2 × (6 − rank)
// in thousandths; 0 when not ranked.
int PreferenceBonusMilli(int rank);

// Checks a participant's own preferences against the program's participants:
// ranked only by mentees, at most kMaxRanked, each a mentor of the program, no
// repeats; avoid entries must be participants of the other role; a member may
// not be both ranked and avoided. Field errors name "ranked[i]" / "avoid[i]".
Status ValidatePreferences(const Participant& me, const std::vector<Participant>& everyone,
                           const std::vector<MemberId>& ranked, const std::vector<MemberId>& avoid);

// One participant row of a cohort CSV, before e-mails are resolved to members.
struct ImportRow {
  int line = 0;
  std::string email;  // normalised (lower-case)
  ParticipantRole role = ParticipantRole::kMentee;
  int capacity = 0;  // mentors: as given or the program default; mentees: 0
};

struct ImportLineError {
  int line = 0;
  std::string field;  // "email" | "role" | "capacity" | "row"
  std::string message;
};

struct ImportParse {
  std::vector<ImportRow> rows;
  std::vector<ImportLineError> errors;
  std::vector<ImportRow> duplicates;  // later rows repeating an e-mail of an earlier row
};

// Reads cohort CSV records. Columns: `email,role,capacity`, in that order, or
// in any order when the first record is a header naming them (an `email`
// column is required; `role` defaults to mentee; `capacity` may be empty).
// Blank lines are skipped. Every bad row is reported, none stops the rest.
ImportParse ParseParticipantRows(const std::vector<CsvRecord>& records, int default_capacity);

}  // namespace pln::domain
