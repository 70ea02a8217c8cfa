// A cohort program's participants: importing them from CSV (preview, then an
// all-or-nothing commit), listing and removing them (leads only), and each
// participant's own preferences.
//
// Blocks: members blocked either way with the importing lead read as unknown
// e-mails; a participant never names, nor sees, a member they are blocked
// with. Outsiders get kNotFound "program" (app/programs/access.h).
//
// Thread safety: stateless over Store; safe from any thread.
#pragma once

#include <memory>
#include <string_view>
#include <vector>

#include "app/programs/views.h"
#include "app/repositories.h"
#include "base/clock.h"
#include "base/result.h"

namespace pln::app {

class ProgramParticipants {
 public:
  virtual ~ProgramParticipants() = default;
  // Leads only. Parses `csv` and resolves e-mails; stores nothing.
  // kValidation for a CSV syntax error (line and column in the message).
  virtual Result<ImportPreview> PreviewImport(MemberId me, ProgramId id, std::string_view csv) = 0;
  // Leads only. Stores every new participant of `csv`, or nothing: kValidation
  // with details "line N" when the preview shows errors, unknown e-mails or
  // duplicates; kConflict "wrong_status" once published.
  virtual Result<ImportPreview> CommitImport(MemberId me, ProgramId id, std::string_view csv) = 0;
  // Leads only, with the participants' e-mails.
  virtual Result<std::vector<ParticipantView>> List(MemberId me, ProgramId id) = 0;
  // Leads only; while participants may change. Also drops pins/forbids with them.
  virtual Status Remove(MemberId me, ProgramId id, MemberId member) = 0;
  // The participant's own preferences (domain::ValidatePreferences), while the
  // status allows (draft or matching); kForbidden "not_participant" for a lead
  // who does not take part.
  virtual Result<ProgramView> SetPreferences(MemberId me, ProgramId id,
                                             std::vector<MemberId> ranked,
                                             std::vector<MemberId> avoid) = 0;
};

// `store` and `clock` are borrowed and must outlive the result.
std::unique_ptr<ProgramParticipants> MakeProgramParticipants(Store& store, const Clock& clock);

}  // namespace pln::app
