// What the parts of cohort programs (app/programs/) answer: a program as one
// viewer sees it, participants, the CSV import preview, the proposal and the
// dashboard. Plain values; the HTTP layer encodes them (http/json/programs.h).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "app/member_summary.h"
#include "app/programs/ports.h"
#include "domain/program.h"

namespace pln::app {

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

}  // namespace pln::app
