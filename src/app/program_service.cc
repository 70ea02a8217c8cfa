#include "app/program_service.h"

#include <algorithm>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "app/events/ports.h"
#include "base/csv.h"

namespace pln::app {
namespace {

constexpr int kListLimit = 100;

using domain::Participant;
using domain::ParticipantRole;

MemberSummary Summarize(const domain::Member& m) {
  return MemberSummary{m.id, m.profile.name, m.profile.headline, m.profile.stage};
}

struct People {
  std::unordered_map<MemberId, domain::Member> members;
  MemberSummary Summary(MemberId id) const {
    auto it = members.find(id);
    if (it != members.end()) return Summarize(it->second);
    MemberSummary s;
    s.id = id;
    return s;
  }
};

Result<People> LoadPeople(Tx& tx, std::vector<MemberId> ids) {
  People people;
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  if (ids.empty()) return people;
  ASSIGN_OR_RETURN(auto members, tx.members().GetMany(ids));
  for (auto& m : members) people.members.emplace(m.id, std::move(m));
  return people;
}

bool IsLead(const domain::Program& p, MemberId me) {
  return std::find(p.leads.begin(), p.leads.end(), me) != p.leads.end();
}

// The program and how `me` relates to it; kNotFound for outsiders.
struct Access {
  domain::Program program;
  bool lead = false;
  std::optional<Participant> me;
};

Result<Access> LoadAccess(Tx& tx, MemberId me, ProgramId id) {
  ASSIGN_OR_RETURN(auto program, tx.programs().Get(id));
  if (!program) return NotFoundError("program");
  Access a;
  a.lead = IsLead(*program, me);
  ASSIGN_OR_RETURN(a.me, tx.programs().GetParticipant(id, me));
  if (!a.lead && !a.me) return NotFoundError("program");
  a.program = std::move(*program);
  return a;
}

Result<Access> LoadForLead(Tx& tx, MemberId me, ProgramId id) {
  ASSIGN_OR_RETURN(Access a, LoadAccess(tx, me, id));
  if (!a.lead) {
    return ForbiddenError("Only the program's leads can do this.", "not_program_lead");
  }
  return a;
}

Error WrongStatus(const domain::Program& p, std::string_view what) {
  return ConflictError("wrong_status", "This program is " + std::string(ToString(p.status)) + ": " +
                                           std::string(what) + ".");
}

ParticipantView ViewOf(const Participant& p, const People& people, bool with_email) {
  ParticipantView v;
  v.participant = p;
  v.member = people.Summary(p.member);
  if (with_email) {
    auto it = people.members.find(p.member);
    if (it != people.members.end()) v.email = it->second.email;
  }
  return v;
}

std::vector<MemberId> IdsOf(const std::vector<Participant>& ps) {
  std::vector<MemberId> ids;
  for (const Participant& p : ps) ids.push_back(p.member);
  return ids;
}

int CountRole(const std::vector<Participant>& ps, ParticipantRole role) {
  return static_cast<int>(
      std::count_if(ps.begin(), ps.end(), [&](const Participant& p) { return p.role == role; }));
}

Result<ProgramView> BuildView(Tx& tx, MemberId me, Access access) {
  ProgramView view;
  const domain::Program& program = access.program;
  ASSIGN_OR_RETURN(auto participants, tx.programs().Participants(program.id));
  std::vector<MemberId> ids = IdsOf(participants);
  ids.insert(ids.end(), program.leads.begin(), program.leads.end());
  ASSIGN_OR_RETURN(People people, LoadPeople(tx, ids));
  ASSIGN_OR_RETURN(auto rels, tx.connections().Relationships(me, IdsOf(participants)));

  view.summary.program = program;
  view.summary.my_role = access.lead                                   ? ProgramRole::kLead
                         : access.me->role == ParticipantRole::kMentor ? ProgramRole::kMentor
                                                                       : ProgramRole::kMentee;
  view.summary.mentees = CountRole(participants, ParticipantRole::kMentee);
  view.summary.mentors = CountRole(participants, ParticipantRole::kMentor);
  for (MemberId lead : program.leads) view.leads.push_back(people.Summary(lead));
  if (access.me) view.me = ViewOf(*access.me, people, false);

  // Leads see every mentor; a participant sees the other side, minus blocks.
  const ParticipantRole counterpart =
      access.me && !access.lead && access.me->role == ParticipantRole::kMentor
          ? ParticipantRole::kMentee
          : ParticipantRole::kMentor;
  for (const Participant& p : participants) {
    if (p.role != counterpart || p.member == me) continue;
    if (!access.lead && rels[p.member].blocked_either_way()) continue;
    ParticipantView v = ViewOf(p, people, false);
    v.participant.ranked.clear();  // others' preferences are theirs
    v.participant.avoid.clear();
    view.counterparts.push_back(std::move(v));
  }

  if (access.me && program.status >= domain::ProgramStatus::kPublished) {
    ASSIGN_OR_RETURN(auto proposal, tx.programs().GetProposal(program.id));
    if (proposal) {
      for (const domain::ProposedPair& pair : proposal->pairs) {
        if (pair.mentee != me && pair.mentor != me) continue;
        const MemberId other = pair.mentee == me ? pair.mentor : pair.mentee;
        if (rels[other].blocked_either_way()) continue;
        domain::ProposedPair mine = pair;
        if (!access.lead) mine.reasons.clear();  // written for the leads
        view.my_pairs.push_back(mine);
        view.my_partners.push_back(people.Summary(other));
      }
    }
  }
  return view;
}

Result<MatchInput> LoadMatchInput(Tx& tx, const domain::Program& program) {
  MatchInput in;
  in.exclude_same_organization = program.exclude_same_organization;
  ASSIGN_OR_RETURN(in.participants, tx.programs().Participants(program.id));
  ASSIGN_OR_RETURN(in.constraints, tx.programs().Constraints(program.id));
  ASSIGN_OR_RETURN(in.blocked, tx.programs().BlockedPairs(program.id));
  ASSIGN_OR_RETURN(People people, LoadPeople(tx, IdsOf(in.participants)));
  for (auto& [id, m] : people.members) in.profiles.emplace(id, std::move(m.profile));
  return in;
}

Result<ProposalView> BuildProposalView(Tx& tx, const domain::Program& program,
                                       domain::Proposal proposal) {
  ProposalView view;
  std::vector<MemberId> ids;
  for (const auto& p : proposal.pairs) {
    ids.push_back(p.mentee);
    ids.push_back(p.mentor);
  }
  for (const auto& u : proposal.unmatched) ids.push_back(u.mentee);
  ASSIGN_OR_RETURN(People people, LoadPeople(tx, ids));
  for (const auto& p : proposal.pairs) {
    view.mentees.push_back(people.Summary(p.mentee));
    view.mentors.push_back(people.Summary(p.mentor));
  }
  for (const auto& u : proposal.unmatched) view.unmatched.push_back(people.Summary(u.mentee));
  view.published = program.status >= domain::ProgramStatus::kPublished;
  view.proposal = std::move(proposal);
  return view;
}

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
  ASSIGN_OR_RETURN(auto rels, tx.connections().Relationships(me, ids));
  ASSIGN_OR_RETURN(People people, LoadPeople(tx, ids));
  for (auto& [row, id] : found) {
    // A block either way reads as an unknown address: it is not revealed.
    if (rels[id].blocked_either_way()) {
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

// The proposal still fits the program: every pair is allowed now and the
// mentors' capacities hold. Participants, preferences or constraints may have
// changed since matching ran.
Status CheckStillValid(const MatchInput& in, const domain::Proposal& proposal) {
  std::set<std::pair<MemberId, MemberId>> allowed;
  for (const CandidatePair& c : CandidatePairs(in)) allowed.insert({c.mentee, c.mentor});
  std::unordered_map<MemberId, int> room;
  for (const Participant& p : in.participants) {
    if (p.role == ParticipantRole::kMentor) room[p.member] = p.capacity;
  }
  for (const domain::ProposedPair& pair : proposal.pairs) {
    if (allowed.count({pair.mentee, pair.mentor}) == 0 || --room[pair.mentor] < 0) {
      return ConflictError("stale_proposal",
                           "Participants, preferences or constraints changed since matching "
                           "ran; run the matching again before publishing.");
    }
  }
  for (const domain::PairConstraint& c : in.constraints) {
    if (c.rule != domain::PairRule::kPin) continue;
    bool kept = std::any_of(proposal.pairs.begin(), proposal.pairs.end(), [&](const auto& p) {
      return p.mentee == c.mentee && p.mentor == c.mentor;
    });
    if (!kept) {
      return ConflictError("stale_proposal",
                           "A pin was added since matching ran; run the matching again.");
    }
  }
  return Status::Ok();
}

}  // namespace

std::string_view ToString(ProgramRole r) {
  switch (r) {
    case ProgramRole::kLead: return "lead";
    case ProgramRole::kMentee: return "mentee";
    case ProgramRole::kMentor: return "mentor";
  }
  return "lead";
}

ProgramService::ProgramService(Store& store, const Clock& clock, ProgramMentorshipSink& sink,
                               MentorshipActivitySource& activity)
    : store_(store), clock_(clock), sink_(sink), activity_(activity) {}

Result<ProgramView> ProgramService::Create(MemberId me, domain::ProgramInput input) {
  const int64_t now = clock_.NowMs();
  ASSIGN_OR_RETURN(domain::ProgramInput clean, domain::ValidateProgramInput(std::move(input)));
  ProgramView view;
  RETURN_IF_ERROR(store_.Write([&](Tx& tx) -> Status {
    ASSIGN_OR_RETURN(auto account, tx.members().GetAccount(me));
    if (!account ||
        (account->role != domain::Role::kProgramLead && account->role != domain::Role::kAdmin)) {
      return ForbiddenError("Only program leads and admins create programs.", "not_program_lead");
    }
    ASSIGN_OR_RETURN(ProgramId id, tx.programs().Create(clean, me, now));
    ASSIGN_OR_RETURN(Access access, LoadAccess(tx, me, id));
    ASSIGN_OR_RETURN(view, BuildView(tx, me, std::move(access)));
    return Status::Ok();
  }));
  return view;
}

Result<std::vector<ProgramSummary>> ProgramService::ListMine(MemberId me) {
  std::vector<ProgramSummary> out;
  RETURN_IF_ERROR(store_.Read([&](Tx& tx) -> Status {
    out.clear();
    ASSIGN_OR_RETURN(auto programs, tx.programs().ListFor(me, kListLimit));
    for (domain::Program& p : programs) {
      ASSIGN_OR_RETURN(auto participants, tx.programs().Participants(p.id));
      ProgramSummary s;
      s.my_role = ProgramRole::kLead;
      if (!IsLead(p, me)) {
        for (const Participant& x : participants) {
          if (x.member == me) {
            s.my_role =
                x.role == ParticipantRole::kMentor ? ProgramRole::kMentor : ProgramRole::kMentee;
          }
        }
      }
      s.mentees = CountRole(participants, ParticipantRole::kMentee);
      s.mentors = CountRole(participants, ParticipantRole::kMentor);
      s.program = std::move(p);
      out.push_back(std::move(s));
    }
    return Status::Ok();
  }));
  return out;
}

Result<ProgramView> ProgramService::Get(MemberId me, ProgramId id) {
  ProgramView view;
  RETURN_IF_ERROR(store_.Read([&](Tx& tx) -> Status {
    ASSIGN_OR_RETURN(Access access, LoadAccess(tx, me, id));
    ASSIGN_OR_RETURN(view, BuildView(tx, me, std::move(access)));
    return Status::Ok();
  }));
  return view;
}

Result<ImportPreview> ProgramService::PreviewImport(MemberId me, ProgramId id,
                                                    std::string_view csv) {
  ImportPreview preview;
  RETURN_IF_ERROR(store_.Read([&](Tx& tx) -> Status {
    ASSIGN_OR_RETURN(Access access, LoadForLead(tx, me, id));
    ASSIGN_OR_RETURN(preview, Preview(tx, me, access.program, csv));
    return Status::Ok();
  }));
  return preview;
}

Result<ImportPreview> ProgramService::CommitImport(MemberId me, ProgramId id,
                                                   std::string_view csv) {
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
    if (!add.empty()) RETURN_IF_ERROR(tx.programs().AddParticipants(id, add, now));
    return Status::Ok();
  }));
  return preview;
}

Result<std::vector<ParticipantView>> ProgramService::Participants(MemberId me, ProgramId id) {
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

Status ProgramService::RemoveParticipant(MemberId me, ProgramId id, MemberId member) {
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

Result<ProgramView> ProgramService::SetPreferences(MemberId me, ProgramId id,
                                                   std::vector<MemberId> ranked,
                                                   std::vector<MemberId> avoid) {
  ProgramView view;
  RETURN_IF_ERROR(store_.Write([&](Tx& tx) -> Status {
    ASSIGN_OR_RETURN(Access access, LoadAccess(tx, me, id));
    if (!access.me) {
      return ForbiddenError("Only participants state preferences.", "not_participant");
    }
    if (!domain::CanSetPreferences(access.program.status)) {
      return WrongStatus(access.program, "preferences can no longer change");
    }
    ASSIGN_OR_RETURN(auto participants, tx.programs().Participants(id));
    // Members blocked either way with `me` are not theirs to name.
    ASSIGN_OR_RETURN(auto rels, tx.connections().Relationships(me, IdsOf(participants)));
    std::erase_if(participants,
                  [&](const Participant& p) { return rels[p.member].blocked_either_way(); });
    RETURN_IF_ERROR(domain::ValidatePreferences(*access.me, participants, ranked, avoid));
    RETURN_IF_ERROR(tx.programs().SetPreferences(id, me, ranked, avoid));
    access.me->ranked = ranked;
    access.me->avoid = avoid;
    ASSIGN_OR_RETURN(view, BuildView(tx, me, std::move(access)));
    return Status::Ok();
  }));
  return view;
}

Result<std::vector<domain::PairConstraint>> ProgramService::SetConstraint(
    MemberId me, ProgramId id, MemberId mentee, MemberId mentor,
    std::optional<domain::PairRule> rule) {
  const int64_t now = clock_.NowMs();
  std::vector<domain::PairConstraint> out;
  RETURN_IF_ERROR(store_.Write([&](Tx& tx) -> Status {
    ASSIGN_OR_RETURN(Access access, LoadForLead(tx, me, id));
    if (!domain::CanEditParticipants(access.program.status)) {
      return WrongStatus(access.program, "pairs can no longer be pinned or forbidden");
    }
    ASSIGN_OR_RETURN(auto a, tx.programs().GetParticipant(id, mentee));
    ASSIGN_OR_RETURN(auto b, tx.programs().GetParticipant(id, mentor));
    std::vector<FieldError> errors;
    if (!a || a->role != ParticipantRole::kMentee) {
      errors.push_back({"mentee", "must be a mentee of this program"});
    }
    if (!b || b->role != ParticipantRole::kMentor) {
      errors.push_back({"mentor", "must be a mentor of this program"});
    }
    if (!errors.empty()) return ValidationError(std::move(errors));
    if (!rule) {
      ASSIGN_OR_RETURN(bool removed, tx.programs().DeleteConstraint(id, mentee, mentor));
      (void)removed;  // removing a rule that is not there is already done
    } else {
      if (*rule == domain::PairRule::kPin) {
        ASSIGN_OR_RETURN(MatchInput in, LoadMatchInput(tx, access.program));
        std::erase_if(in.constraints, [&](const domain::PairConstraint& c) {
          return c.mentee == mentee && c.mentor == mentor;
        });
        auto candidates = CandidatePairs(in);
        const bool allowed = std::any_of(candidates.begin(), candidates.end(), [&](const auto& c) {
          return c.mentee == mentee && c.mentor == mentor;
        });
        if (!allowed) {
          return ValidationError(
              {{"rule",
                "this pair is not allowed (avoid list, forbidden, same organization, "
                "not allowed between these members, or no capacity)"}});
        }
        const bool pinned_elsewhere = std::any_of(
            in.constraints.begin(), in.constraints.end(),
            [&](const auto& c) { return c.rule == domain::PairRule::kPin && c.mentee == mentee; });
        if (pinned_elsewhere) {
          return ValidationError({{"mentee", "is already pinned to another mentor"}});
        }
      }
      RETURN_IF_ERROR(tx.programs().SetConstraint(id, {mentee, mentor, *rule}, now));
    }
    ASSIGN_OR_RETURN(out, tx.programs().Constraints(id));
    return Status::Ok();
  }));
  return out;
}

Result<std::vector<domain::PairConstraint>> ProgramService::Constraints(MemberId me, ProgramId id) {
  std::vector<domain::PairConstraint> out;
  RETURN_IF_ERROR(store_.Read([&](Tx& tx) -> Status {
    ASSIGN_OR_RETURN(Access access, LoadForLead(tx, me, id));
    ASSIGN_OR_RETURN(out, tx.programs().Constraints(id));
    return Status::Ok();
  }));
  return out;
}

Result<ProposalView> ProgramService::RunMatching(MemberId me, ProgramId id) {
  const int64_t now = clock_.NowMs();
  ProposalView view;
  RETURN_IF_ERROR(store_.Write([&](Tx& tx) -> Status {
    ASSIGN_OR_RETURN(Access access, LoadForLead(tx, me, id));
    if (!domain::CanRunMatching(access.program.status)) {
      return WrongStatus(access.program, "the assignment is final");
    }
    ASSIGN_OR_RETURN(MatchInput in, LoadMatchInput(tx, access.program));
    if (CountRole(in.participants, ParticipantRole::kMentee) == 0 ||
        CountRole(in.participants, ParticipantRole::kMentor) == 0) {
      return ConflictError("no_participants",
                           "Import at least one mentee and one mentor before matching.");
    }
    ASSIGN_OR_RETURN(domain::Proposal proposal, ComputeProposal(in, now));
    RETURN_IF_ERROR(tx.programs().SaveProposal(id, proposal));
    RETURN_IF_ERROR(tx.programs().SetStatus(id, domain::ProgramStatus::kMatching, now));
    access.program.status = domain::ProgramStatus::kMatching;
    ASSIGN_OR_RETURN(view, BuildProposalView(tx, access.program, std::move(proposal)));
    return Status::Ok();
  }));
  return view;
}

Result<ProposalView> ProgramService::Proposal(MemberId me, ProgramId id) {
  ProposalView view;
  RETURN_IF_ERROR(store_.Read([&](Tx& tx) -> Status {
    ASSIGN_OR_RETURN(Access access, LoadForLead(tx, me, id));
    ASSIGN_OR_RETURN(auto proposal, tx.programs().GetProposal(id));
    if (!proposal) return NotFoundError("proposal");
    ASSIGN_OR_RETURN(view, BuildProposalView(tx, access.program, std::move(*proposal)));
    return Status::Ok();
  }));
  return view;
}

namespace {

// Records the published assignment: its mentees and mentors are told what it
// means for them (NotificationConsumer).
Status RecordPublished(Tx& tx, const domain::Program& program, const domain::Proposal& proposal,
                       MemberId by, int64_t now) {
  ProgramPublished e;
  e.program = program.id;
  e.name = program.name;
  for (const domain::ProposedPair& p : proposal.pairs) e.pairs.push_back({p.mentee, p.mentor});
  for (const domain::UnmatchedMentee& u : proposal.unmatched) e.unmatched.push_back(u.mentee);
  return Emit(tx, std::move(e), now, by);
}

}  // namespace

Result<ProgramView> ProgramService::Publish(MemberId me, ProgramId id) {
  const int64_t now = clock_.NowMs();
  ProgramView view;
  RETURN_IF_ERROR(store_.Write([&](Tx& tx) -> Status {
    ASSIGN_OR_RETURN(Access access, LoadForLead(tx, me, id));
    if (!domain::CanPublish(access.program.status)) {
      return WrongStatus(access.program, access.program.status == domain::ProgramStatus::kDraft
                                             ? "run the matching before publishing"
                                             : "it was published already");
    }
    ASSIGN_OR_RETURN(auto proposal, tx.programs().GetProposal(id));
    if (!proposal) return WrongStatus(access.program, "run the matching before publishing");
    ASSIGN_OR_RETURN(MatchInput in, LoadMatchInput(tx, access.program));
    RETURN_IF_ERROR(CheckStillValid(in, *proposal));
    RETURN_IF_ERROR(tx.programs().SetStatus(id, domain::ProgramStatus::kPublished, now));
    access.program.status = domain::ProgramStatus::kPublished;
    access.program.published_at = now;
    std::vector<PublishedPair> pairs;
    for (const domain::ProposedPair& p : proposal->pairs) {
      pairs.push_back({p.mentee, p.mentor, p.score_milli, p.reasons});
    }
    RETURN_IF_ERROR(sink_.OnPublished(tx, access.program, pairs, now));
    RETURN_IF_ERROR(RecordPublished(tx, access.program, *proposal, me, now));
    ASSIGN_OR_RETURN(access, LoadAccess(tx, me, id));
    ASSIGN_OR_RETURN(view, BuildView(tx, me, std::move(access)));
    return Status::Ok();
  }));
  return view;
}

Result<ProgramView> ProgramService::Close(MemberId me, ProgramId id) {
  const int64_t now = clock_.NowMs();
  ProgramView view;
  RETURN_IF_ERROR(store_.Write([&](Tx& tx) -> Status {
    ASSIGN_OR_RETURN(Access access, LoadForLead(tx, me, id));
    if (!domain::CanClose(access.program.status)) {
      return WrongStatus(access.program, "only a published program can be closed");
    }
    RETURN_IF_ERROR(tx.programs().SetStatus(id, domain::ProgramStatus::kClosed, now));
    access.program.status = domain::ProgramStatus::kClosed;
    ASSIGN_OR_RETURN(view, BuildView(tx, me, std::move(access)));
    return Status::Ok();
  }));
  return view;
}

Result<Dashboard> ProgramService::GetDashboard(MemberId me, ProgramId id) {
  const int64_t now = clock_.NowMs();
  Dashboard d;
  RETURN_IF_ERROR(store_.Read([&](Tx& tx) -> Status {
    d = Dashboard();
    ASSIGN_OR_RETURN(Access access, LoadForLead(tx, me, id));
    const domain::Program& program = access.program;
    d.status = program.status;
    ASSIGN_OR_RETURN(auto participants, tx.programs().Participants(id));
    for (const Participant& p : participants) {
      if (p.role == ParticipantRole::kMentee) {
        ++d.mentees;
      } else {
        ++d.mentors;
        d.capacity += p.capacity;
      }
    }
    ASSIGN_OR_RETURN(auto proposal, tx.programs().GetProposal(id));
    if (!proposal) return Status::Ok();
    d.matched = static_cast<int>(proposal->pairs.size());
    d.unmatched = static_cast<int>(proposal->unmatched.size());
    ASSIGN_OR_RETURN(ProposalView pv, BuildProposalView(tx, program, *proposal));
    const bool published = program.status >= domain::ProgramStatus::kPublished;
    std::vector<PairActivity> activity;
    if (published) {
      std::vector<PublishedPair> pairs;
      for (const auto& p : proposal->pairs) {
        pairs.push_back({p.mentee, p.mentor, p.score_milli, p.reasons});
      }
      ASSIGN_OR_RETURN(activity, activity_.Activity(tx, program, pairs));
      if (activity.size() != pairs.size()) {
        return InternalError("mentorship activity does not match the published pairs");
      }
      d.check_ins = 0;
      d.at_risk = 0;
    }
    for (size_t i = 0; i < proposal->pairs.size(); ++i) {
      DashboardPair dp;
      dp.pair = proposal->pairs[i];
      dp.mentee = pv.mentees[i];
      dp.mentor = pv.mentors[i];
      if (!activity.empty()) {
        dp.activity = activity[i];
        const int64_t since =
            activity[i].last_check_in.value_or(program.published_at.value_or(now));
        dp.at_risk = now - since > kAtRiskMs;
        *d.check_ins += activity[i].check_ins;
        if (*dp.at_risk) ++*d.at_risk;
      }
      d.pairs.push_back(std::move(dp));
    }
    return Status::Ok();
  }));
  return d;
}

}  // namespace pln::app
