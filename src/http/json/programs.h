// JSON of cohort programs (issue 4, item 5): programs, participants, the CSV
// import preview, pins/forbids, the proposal and the dashboard going out; the
// program, preferences and pin/forbid bodies and the CSV import body coming
// in. Readers return kValidation naming every wrong or unknown field.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "app/programs/views.h"
#include "base/ids.h"
#include "base/result.h"
#include "domain/program.h"
#include "http/request.h"

namespace pln::http {

// Whole response bodies: one object, or {"items": [...]}.
std::string ProgramJson(const app::ProgramView& view);
std::string ProgramListJson(const std::vector<app::ProgramSummary>& items);
// `committed`: whether the import was stored (POST …/import) or only previewed.
std::string ImportPreviewJson(const app::ImportPreview& preview, bool committed);
// With the participants' e-mails (the leads' list).
std::string ParticipantListJson(const std::vector<app::ParticipantView>& items);
std::string ConstraintListJson(const std::vector<domain::PairConstraint>& items);
std::string ProposalJson(const app::ProposalView& view);
// Counts, and per pair the check-ins and at_risk, null before publishing.
std::string DashboardJson(const app::Dashboard& dashboard);

// POST /programs.
Result<domain::ProgramInput> ReadProgramInput(const nlohmann::json& body);

// PUT /programs/{id}/preferences: at most 100 ids in each list, both optional.
struct PreferencesInput {
  std::vector<MemberId> ranked, avoid;
};
Result<PreferencesInput> ReadPreferencesInput(const nlohmann::json& body);

// POST /programs/{id}/constraints: "rule" pin, forbid or none (`rule` empty).
struct ConstraintInput {
  MemberId mentee, mentor;
  std::optional<domain::PairRule> rule;
};
Result<ConstraintInput> ReadConstraintInput(const nlohmann::json& body);

// The body of an import: the CSV file itself (Content-Type text/csv or
// text/plain; 415 otherwise), in UTF-8 (422 otherwise). Points into `request`.
Result<std::string_view> ReadCsvBody(const Request& request);

}  // namespace pln::http
