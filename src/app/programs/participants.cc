#include "app/programs/participants.h"

#include <algorithm>
#include <string>
#include <unordered_set>
#include <utility>

#include "app/events/ports.h"
#include "app/programs/access.h"
#include "app/programs/reads.h"
#include "base/csv.h"

namespace pln::app {
namespace {

using domain::Participant;

// What the notifications need to tell the new participants.
ProgramParticipantsAdded ParticipantsAdded(const domain::Program& program,
                                           const std::vector<Participant>& added) {
  ProgramParticipantsAdded e{program.id, program.name, {}, {}};
  for (const Participant& p : added) {
    (p.role == domain::ParticipantRole::kMentee ? e.mentees : e.mentors).push_back(p.member);
  }
  return e;
}

// Reads `csv` against the program as it stands; stores nothing.
Result<ImportPreview> Preview(Tx& tx, MemberId me, const domain::Program& program,
                              std::string_view csv) {
  ASSIGN_OR_RETURN(auto records, ParseCsv(csv, domain::ProgramLimits::kMaxImportRows + 1));
  domain::ImportParse parsed = domain::ParseParticipantRows(records, program.default_capacity);
  ImportPreview preview;
  preview.errors = std::move(parsed.errors);
  preview.duplicates = std::move(parsed.duplicates);
  if (parsed.rows.size() > domain::ProgramLimits::kMaxImportRows) {
    return ValidationError({{"csv", "has more than 5000 rows"}});
  }
  ASSIGN_OR_RETURN(auto participants, tx.programs().Participants(program.id));
  std::unordered_set<MemberId> existing;
  for (const Participant& p : participants) existing.insert(p.member);

  std::vector<std::pair<domain::ImportRow, MemberId>> found;
  for (domain::ImportRow& row : parsed.rows) {
    ASSIGN_OR_RETURN(auto account, tx.members().FindAccountByEmail(row.email));
    if (!account) {
      preview.unknown_emails.push_back(std::move(row));
    } else {
      found.emplace_back(std::move(row), account->id);
    }
  }
  std::vector<MemberId> ids;
  for (const auto& f : found) ids.push_back(f.second);
  ASSIGN_OR_RETURN(auto blocked, BlockedWith(tx, me, ids));
  ASSIGN_OR_RETURN(People people, LoadPeople(tx, ids));
  for (auto& [row, id] : found) {
    // A block either way reads as an unknown address: it is not revealed.
    if (blocked.count(id) > 0) {
      preview.unknown_emails.push_back(std::move(row));
      continue;
    }
    ImportPreviewRow r{std::move(row), people.Summary(id)};
    if (existing.count(id) > 0) {
      preview.already_participants.push_back(std::move(r));
    } else {
      preview.to_add.push_back(std::move(r));
    }
  }
  auto by_line = [](const auto& a, const auto& b) { return a.line < b.line; };
  std::sort(preview.unknown_emails.begin(), preview.unknown_emails.end(), by_line);
  return preview;
}

// Every problem of a preview that cannot be committed, one "line N" detail each, by line.
Error ImportRejected(const ImportPreview& p) {
  std::vector<FieldError> details;
  auto line = [](int n) { return "line " + std::to_string(n); };
  for (const auto& e : p.errors) details.push_back({line(e.line), e.field + ": " + e.message});
  for (const auto& r : p.unknown_emails) {
    details.push_back({line(r.line), "email: no member with the e-mail " + r.email});
  }
  for (const auto& r : p.duplicates) {
    details.push_back({line(r.line), "email: " + r.email + " appears on an earlier line"});
  }
  std::sort(details.begin(), details.end(), [](const FieldError& a, const FieldError& b) {
    return std::stoi(a.field.substr(5)) < std::stoi(b.field.substr(5));
  });
  return ValidationError(std::move(details), "The CSV has problems; nothing was imported.");
}

class StoredParticipants final : public ProgramParticipants {
 public:
  StoredParticipants(Store& store, const Clock& clock) : store_(store), clock_(clock) {}

  Result<ImportPreview> PreviewImport(MemberId me, ProgramId id, std::string_view csv) override {
    ImportPreview preview;
    RETURN_IF_ERROR(store_.Read([&](Tx& tx) -> Status {
      ASSIGN_OR_RETURN(Access access, LoadForLead(tx, me, id));
      ASSIGN_OR_RETURN(preview, Preview(tx, me, access.program, csv));
      return Status::Ok();
    }));
    return preview;
  }

  Result<ImportPreview> CommitImport(MemberId me, ProgramId id, std::string_view csv) override {
    const int64_t now = clock_.NowMs();
    ImportPreview preview;
    RETURN_IF_ERROR(store_.Write([&](Tx& tx) -> Status {
      ASSIGN_OR_RETURN(Access access, LoadForLead(tx, me, id));
      if (!domain::CanEditParticipants(access.program.status)) {
        return WrongStatus(access.program, "participants can no longer change");
      }
      ASSIGN_OR_RETURN(preview, Preview(tx, me, access.program, csv));
      if (!preview.can_commit()) return ImportRejected(preview);
      std::vector<Participant> add;
      for (const ImportPreviewRow& r : preview.to_add) {
        Participant p;
        p.member = r.member.id;
        p.role = r.row.role;
        p.capacity = r.row.capacity;
        p.joined_at = now;
        add.push_back(std::move(p));
      }
      if (add.empty()) return Status::Ok();
      RETURN_IF_ERROR(tx.programs().AddParticipants(id, add, now));
      return Emit(tx, ParticipantsAdded(access.program, add), now, me);
    }));
    return preview;
  }

  Result<std::vector<ParticipantView>> List(MemberId me, ProgramId id) override {
    std::vector<ParticipantView> out;
    RETURN_IF_ERROR(store_.Read([&](Tx& tx) -> Status {
      out.clear();
      ASSIGN_OR_RETURN(Access access, LoadForLead(tx, me, id));
      ASSIGN_OR_RETURN(auto participants, tx.programs().Participants(id));
      ASSIGN_OR_RETURN(People people, LoadPeople(tx, IdsOf(participants)));
      for (const Participant& p : participants) out.push_back(ViewOf(p, people, true));
      return Status::Ok();
    }));
    return out;
  }

  Status Remove(MemberId me, ProgramId id, MemberId member) override {
    return store_.Write([&](Tx& tx) -> Status {
      ASSIGN_OR_RETURN(Access access, LoadForLead(tx, me, id));
      if (!domain::CanEditParticipants(access.program.status)) {
        return WrongStatus(access.program, "participants can no longer change");
      }
      ASSIGN_OR_RETURN(bool removed, tx.programs().RemoveParticipant(id, member));
      if (!removed) return NotFoundError("participant");
      return Status::Ok();
    });
  }

  Result<ProgramView> SetPreferences(MemberId me, ProgramId id, std::vector<MemberId> ranked,
                                     std::vector<MemberId> avoid) override {
    ProgramView view;
    RETURN_IF_ERROR(store_.Write([&](Tx& tx) -> Status {
      ASSIGN_OR_RETURN(Access access, LoadForParticipant(tx, me, id));
      if (!domain::CanSetPreferences(access.program.status)) {
        return WrongStatus(access.program, "preferences can no longer change");
      }
      ASSIGN_OR_RETURN(auto participants, tx.programs().Participants(id));
      // Members blocked either way with `me` are not theirs to name.
      ASSIGN_OR_RETURN(auto blocked, BlockedWith(tx, me, IdsOf(participants)));
      std::erase_if(participants,
                    [&](const Participant& p) { return blocked.count(p.member) > 0; });
      RETURN_IF_ERROR(domain::ValidatePreferences(*access.me, participants, ranked, avoid));
      RETURN_IF_ERROR(tx.programs().SetPreferences(id, me, ranked, avoid));
      access.me->ranked = ranked;
      access.me->avoid = avoid;
      ASSIGN_OR_RETURN(view, BuildView(tx, me, std::move(access)));
      return Status::Ok();
    }));
    return view;
  }

 private:
  Store& store_;
  const Clock& clock_;
};

}  // namespace

std::unique_ptr<ProgramParticipants> MakeProgramParticipants(Store& store, const Clock& clock) {
  return std::make_unique<StoredParticipants>(store, clock);
}

}  // namespace pln::app
