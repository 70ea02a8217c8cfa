// Cohort mentoring programs (issue 4, item 5): create, import participants
// from CSV (preview, then all-or-nothing commit), preferences, pins/forbids,
// optimal matching (app/program_matching.h), publish once, dashboard.
//
// Authorization, checked here for every call:
//   - only members with role program_lead or admin create programs; the
//     creator becomes the program's lead;
//   - only a program's leads manage it (import, pins/forbids, matching,
//     publish, participants list, dashboard);
//   - participants read their own view of the program (the mentors, their own
//     preferences and, once published, their own pair) and set their own
//     preferences while the status allows (draft or matching);
//   - anyone else gets kNotFound, exactly as for a missing program.
// Blocks: members blocked either way with the importing lead read as unknown
// e-mails; blocked pairs are never matched; a participant never sees a mentor
// they are blocked with.
//
// Thread safety: stateless over Store; safe from any thread.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "app/connections/connection_service.h"
#include "app/program_matching.h"
#include "app/repositories.h"
#include "base/clock.h"
#include "base/result.h"
#include "domain/program.h"

namespace pln::app {

// One pair of a published assignment, as handed to the mentorship code.
struct PublishedPair {
  MemberId mentee, mentor;
  int score_milli = 0;
  std::vector<std::string> reasons;
};

// Seam to the mentorship feature (issue 4, items 3–4): creates one mentorship
// per published pair. Called inside the publish transaction, so an error rolls
// the publication back and nothing is created; must only write through `tx`.
// Not owned by ProgramService.
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

struct ParticipantView {
  domain::Participant participant;
  MemberSummary member;
  std::string email;  // only in the leads' views
};

enum class ProgramRole { kLead, kMentee, kMentor };
std::string_view ToString(ProgramRole r);  // "lead" | "mentee" | "mentor"

struct ProgramSummary {
  domain::Program program;
  ProgramRole my_role = ProgramRole::kLead;
  int mentees = 0, mentors = 0;
};

// A program as one viewer sees it.
struct ProgramView {
  ProgramSummary summary;
  std::vector<MemberSummary> leads;
  std::optional<ParticipantView> me;  // when the viewer takes part, with their preferences
  // The other side the viewer may name in preferences: mentors for leads and
  // mentees, mentees for mentors; members blocked either way are left out.
  std::vector<ParticipantView> counterparts;
  // Once published: the viewer's own pairs (a mentor may have several) and the
  // member on the other side of each.
  std::vector<domain::ProposedPair> my_pairs;
  std::vector<MemberSummary> my_partners;
};

struct ImportPreviewRow {
  domain::ImportRow row;
  MemberSummary member;
};

struct ImportPreview {
  std::vector<ImportPreviewRow> to_add;
  std::vector<domain::ImportRow> unknown_emails;       // no member (or one blocked with the lead)
  std::vector<domain::ImportRow> duplicates;           // repeated within the file
  std::vector<ImportPreviewRow> already_participants;  // skipped on commit
  std::vector<domain::ImportLineError> errors;
  bool can_commit() const { return errors.empty() && unknown_emails.empty() && duplicates.empty(); }
};

struct ProposalView {
  domain::Proposal proposal;
  bool published = false;
  std::vector<MemberSummary> mentees, mentors;  // parallel to proposal.pairs
  std::vector<MemberSummary> unmatched;         // parallel to proposal.unmatched
};

struct DashboardPair {
  domain::ProposedPair pair;
  MemberSummary mentee, mentor;
  std::optional<PairActivity> activity;  // absent before publishing
  std::optional<bool> at_risk;           // no check-in for 30 days since publishing
};

struct Dashboard {
  domain::ProgramStatus status = domain::ProgramStatus::kDraft;
  int mentees = 0, mentors = 0, capacity = 0;
  int matched = 0, unmatched = 0;
  std::optional<int> check_ins;  // total; absent before publishing
  std::optional<int> at_risk;
  std::vector<DashboardPair> pairs;
};

class ProgramService {
 public:
  // `sink` and `activity` are borrowed (app::ProgramMentorships is both).
  ProgramService(Store& store, const Clock& clock, ProgramMentorshipSink& sink,
                 MentorshipActivitySource& activity);

  // kForbidden "not_program_lead" unless `me` is a program_lead or admin;
  // kValidation for bad input.
  Result<ProgramView> Create(MemberId me, domain::ProgramInput input);
  Result<std::vector<ProgramSummary>> ListMine(MemberId me);
  Result<ProgramView> Get(MemberId me, ProgramId id);

  // Leads only. Parses `csv` and resolves e-mails; stores nothing.
  // kValidation for a CSV syntax error (line and column in the message).
  Result<ImportPreview> PreviewImport(MemberId me, ProgramId id, std::string_view csv);
  // Leads only. Stores every new participant of `csv`, or nothing: kValidation
  // with details "line N" when the preview shows errors, unknown e-mails or
  // duplicates; kConflict "wrong_status" once published.
  Result<ImportPreview> CommitImport(MemberId me, ProgramId id, std::string_view csv);
  Result<std::vector<ParticipantView>> Participants(MemberId me, ProgramId id);
  // Leads only; while participants may change. Also drops pins/forbids with them.
  Status RemoveParticipant(MemberId me, ProgramId id, MemberId member);

  // The participant's own preferences (domain::ValidatePreferences).
  Result<ProgramView> SetPreferences(MemberId me, ProgramId id, std::vector<MemberId> ranked,
                                     std::vector<MemberId> avoid);

  // Leads only. kValidation when the pair is not a mentee and a mentor of the
  // program. `rule` empty removes the pair's rule.
  Result<std::vector<domain::PairConstraint>> SetConstraint(MemberId me, ProgramId id,
                                                            MemberId mentee, MemberId mentor,
                                                            std::optional<domain::PairRule> rule);
  Result<std::vector<domain::PairConstraint>> Constraints(MemberId me, ProgramId id);

  // Leads only. Computes and stores the proposal (replacing any earlier one);
  // status becomes matching. kConflict "wrong_status" once published,
  // kConflict "no_participants" without mentees and mentors.
  Result<ProposalView> RunMatching(MemberId me, ProgramId id);
  // Leads only; kNotFound "proposal" before matching ran.
  Result<ProposalView> Proposal(MemberId me, ProgramId id);
  // Leads only. Once: kConflict "wrong_status" unless matching ran and nothing
  // was published. In one transaction: status → published, the sink creates
  // the mentorships, each matched participant is notified.
  Result<ProgramView> Publish(MemberId me, ProgramId id);
  // Leads only; a published program ends (kConflict "wrong_status" otherwise).
  // Its pairs stay as they are; the dashboard keeps showing them.
  Result<ProgramView> Close(MemberId me, ProgramId id);
  // Leads only.
  Result<Dashboard> GetDashboard(MemberId me, ProgramId id);

  static constexpr int64_t kAtRiskMs = int64_t{30} * 24 * 3600 * 1000;

 private:
  Store& store_;
  const Clock& clock_;
  ProgramMentorshipSink& sink_;
  MentorshipActivitySource& activity_;
};

}  // namespace pln::app
