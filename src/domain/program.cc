#include "domain/program.h"

#include <algorithm>
#include <charconv>
#include <unordered_map>

#include "base/text.h"
#include "domain/member.h"

namespace pln::domain {

std::string_view ToString(ProgramStatus s) {
  switch (s) {
    case ProgramStatus::kDraft: return "draft";
    case ProgramStatus::kMatching: return "matching";
    case ProgramStatus::kPublished: return "published";
    case ProgramStatus::kClosed: return "closed";
  }
  return "draft";
}

std::optional<ProgramStatus> ParseProgramStatus(std::string_view s) {
  for (ProgramStatus v : {ProgramStatus::kDraft, ProgramStatus::kMatching,
                          ProgramStatus::kPublished, ProgramStatus::kClosed}) {
    if (ToString(v) == s) return v;
  }
  return std::nullopt;
}

std::string_view ToString(ParticipantRole r) {
  return r == ParticipantRole::kMentor ? "mentor" : "mentee";
}

std::optional<ParticipantRole> ParseParticipantRole(std::string_view s) {
  if (s == "mentee") return ParticipantRole::kMentee;
  if (s == "mentor") return ParticipantRole::kMentor;
  return std::nullopt;
}

std::string_view ToString(PairRule r) {
  return r == PairRule::kPin ? "pin" : "forbid";
}

std::optional<PairRule> ParsePairRule(std::string_view s) {
  if (s == "pin") return PairRule::kPin;
  if (s == "forbid") return PairRule::kForbid;
  return std::nullopt;
}

Result<ProgramInput> ValidateProgramInput(ProgramInput in) {
  std::vector<FieldError> errors;
  in.name = NormalizeSpace(in.name);
  if (in.name.empty()) {
    errors.push_back({"name", "is required"});
  } else if (!IsValidUtf8(in.name) || HasControlChars(in.name, false)) {
    errors.push_back({"name", "must be plain text on one line"});
  } else if (Utf8Length(in.name) > ProgramLimits::kName) {
    errors.push_back({"name", "must be at most 120 characters"});
  }
  if (!IsValidUtf8(in.description) || HasControlChars(in.description, true)) {
    errors.push_back({"description", "must be plain text"});
  } else if (Utf8Length(in.description) > ProgramLimits::kDescription) {
    errors.push_back({"description", "must be at most 4000 characters"});
  }
  if (in.default_capacity < 1 || in.default_capacity > ProgramLimits::kMaxCapacity) {
    errors.push_back({"default_capacity", "must be between 1 and 20"});
  }
  if (!errors.empty()) return ValidationError(std::move(errors));
  return in;
}

bool CanEditParticipants(ProgramStatus s) {
  return s == ProgramStatus::kDraft || s == ProgramStatus::kMatching;
}
bool CanSetPreferences(ProgramStatus s) {
  return CanEditParticipants(s);
}
bool CanRunMatching(ProgramStatus s) {
  return CanEditParticipants(s);
}
bool CanPublish(ProgramStatus s) {
  return s == ProgramStatus::kMatching;
}
bool CanClose(ProgramStatus s) {
  return s == ProgramStatus::kPublished;
}

int PreferenceBonusMilli(int rank) {
  if (rank < 1 || rank > static_cast<int>(ProgramLimits::kMaxRanked)) return 0;
  return 200 * (6 - rank);
}

Status ValidatePreferences(const Participant& me, const std::vector<Participant>& everyone,
                           const std::vector<MemberId>& ranked,
                           const std::vector<MemberId>& avoid) {
  std::unordered_map<MemberId, ParticipantRole> role_of;
  for (const Participant& p : everyone) role_of.emplace(p.member, p.role);
  const ParticipantRole other =
      me.role == ParticipantRole::kMentee ? ParticipantRole::kMentor : ParticipantRole::kMentee;
  std::vector<FieldError> errors;
  if (me.role == ParticipantRole::kMentor && !ranked.empty()) {
    errors.push_back({"ranked", "only mentees rank mentors"});
  } else if (ranked.size() > ProgramLimits::kMaxRanked) {
    errors.push_back({"ranked", "may name at most 5 mentors"});
  } else {
    for (size_t i = 0; i < ranked.size(); ++i) {
      const std::string field = "ranked[" + std::to_string(i) + "]";
      auto it = role_of.find(ranked[i]);
      if (it == role_of.end() || it->second != ParticipantRole::kMentor) {
        errors.push_back({field, "must be a mentor of this program"});
      } else if (std::find(ranked.begin(), ranked.begin() + static_cast<std::ptrdiff_t>(i),
                           ranked[i]) != ranked.begin() + static_cast<std::ptrdiff_t>(i)) {
        errors.push_back({field, "is ranked twice"});
      }
    }
  }
  if (avoid.size() > ProgramLimits::kMaxAvoid) {
    errors.push_back({"avoid", "may name at most 20 participants"});
  } else {
    for (size_t i = 0; i < avoid.size(); ++i) {
      const std::string field = "avoid[" + std::to_string(i) + "]";
      auto it = role_of.find(avoid[i]);
      if (it == role_of.end() || it->second != other) {
        errors.push_back({field, other == ParticipantRole::kMentor
                                     ? "must be a mentor of this program"
                                     : "must be a mentee of this program"});
      } else if (std::find(ranked.begin(), ranked.end(), avoid[i]) != ranked.end()) {
        errors.push_back({field, "cannot be both ranked and avoided"});
      }
    }
  }
  if (!errors.empty()) return ValidationError(std::move(errors));
  return Status::Ok();
}

namespace {

bool ParseCapacity(std::string_view s, int& out) {
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
  return ec == std::errc() && end == s.data() + s.size();
}

}  // namespace

ImportParse ParseParticipantRows(const std::vector<CsvRecord>& records, int default_capacity) {
  ImportParse out;
  // Column positions; a header may reorder them.
  int col_email = 0, col_role = 1, col_capacity = 2;
  size_t first = 0;
  while (first < records.size() && records[first].blank()) ++first;
  if (first < records.size()) {
    const CsvRecord& head = records[first];
    std::vector<std::string> names;
    for (const std::string& f : head.fields) names.push_back(AsciiLower(NormalizeSpace(f)));
    if (std::find(names.begin(), names.end(), "email") != names.end()) {
      col_email = col_role = col_capacity = -1;
      for (size_t i = 0; i < names.size(); ++i) {
        const int c = static_cast<int>(i);
        if (names[i] == "email" && col_email < 0) {
          col_email = c;
        } else if (names[i] == "role" && col_role < 0) {
          col_role = c;
        } else if (names[i] == "capacity" && col_capacity < 0) {
          col_capacity = c;
        } else {
          out.errors.push_back(
              {head.line, "row",
               "unknown or repeated column \"" + names[i] + "\" (expected email, role, capacity)"});
        }
      }
      ++first;
    }
  }
  if (!out.errors.empty()) return out;

  std::unordered_map<std::string, size_t> seen;  // e-mail → index in rows
  auto cell = [](const CsvRecord& r, int col) -> std::string {
    if (col < 0 || static_cast<size_t>(col) >= r.fields.size()) return "";
    return NormalizeSpace(r.fields[static_cast<size_t>(col)]);
  };
  const size_t width = static_cast<size_t>(std::max({col_email, col_role, col_capacity})) + 1;
  for (size_t i = first; i < records.size(); ++i) {
    const CsvRecord& r = records[i];
    if (r.blank()) continue;
    if (r.fields.size() > width) {
      out.errors.push_back({r.line, "row",
                            "has " + std::to_string(r.fields.size()) +
                                " columns, expected at most " + std::to_string(width)});
      continue;
    }
    ImportRow row;
    row.line = r.line;
    bool ok = true;
    Result<std::string> email = NormalizeEmail(cell(r, col_email));
    if (!email.ok()) {
      out.errors.push_back({r.line, "email", email.error().details().at(0).message});
      ok = false;
    } else {
      row.email = *email;
    }
    const std::string role_text = AsciiLower(cell(r, col_role));
    if (role_text.empty()) {
      row.role = ParticipantRole::kMentee;
    } else if (auto role = ParseParticipantRole(role_text)) {
      row.role = *role;
    } else {
      out.errors.push_back({r.line, "role", "must be mentee or mentor"});
      ok = false;
    }
    const std::string capacity = cell(r, col_capacity);
    if (row.role == ParticipantRole::kMentor) {
      row.capacity = default_capacity;
      if (!capacity.empty() && (!ParseCapacity(capacity, row.capacity) || row.capacity < 0 ||
                                row.capacity > ProgramLimits::kMaxCapacity)) {
        out.errors.push_back({r.line, "capacity", "must be a whole number from 0 to 20"});
        ok = false;
      }
    } else if (!capacity.empty() && capacity != "0") {
      out.errors.push_back({r.line, "capacity", "is only for mentors"});
      ok = false;
    }
    if (!ok) continue;
    if (auto it = seen.find(row.email); it != seen.end()) {
      out.duplicates.push_back(std::move(row));
      continue;
    }
    seen.emplace(row.email, out.rows.size());
    out.rows.push_back(std::move(row));
  }
  return out;
}

}  // namespace pln::domain
