#include "app/programs/reads.h"

#include <algorithm>

namespace pln::app {

using domain::Participant;
using domain::ParticipantRole;

MemberSummary People::Summary(MemberId id) const {
  auto it = members.find(id);
  if (it == members.end()) {
    MemberSummary s;
    s.id = id;
    return s;
  }
  const domain::Member& m = it->second;
  return MemberSummary{m.id, m.profile.name, m.profile.headline, m.profile.stage};
}

Result<People> LoadPeople(Tx& tx, std::vector<MemberId> ids) {
  People people;
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  if (ids.empty()) return people;
  ASSIGN_OR_RETURN(auto members, tx.members().GetMany(ids));
  for (auto& m : members) people.members.emplace(m.id, std::move(m));
  return people;
}

std::vector<MemberId> IdsOf(const std::vector<Participant>& participants) {
  std::vector<MemberId> ids;
  for (const Participant& p : participants) ids.push_back(p.member);
  return ids;
}

int CountRole(const std::vector<Participant>& participants, ParticipantRole role) {
  return static_cast<int>(std::count_if(participants.begin(), participants.end(),
                                        [&](const Participant& p) { return p.role == role; }));
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

Result<ProgramView> BuildView(Tx& tx, MemberId me, Access access) {
  ProgramView view;
  const domain::Program& program = access.program;
  ASSIGN_OR_RETURN(auto participants, tx.programs().Participants(program.id));
  std::vector<MemberId> ids = IdsOf(participants);
  ids.insert(ids.end(), program.leads.begin(), program.leads.end());
  ASSIGN_OR_RETURN(People people, LoadPeople(tx, ids));
  ASSIGN_OR_RETURN(auto blocked, BlockedWith(tx, me, IdsOf(participants)));

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
    if (!access.lead && blocked.count(p.member) > 0) continue;
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
        if (blocked.count(other) > 0) continue;
        domain::ProposedPair mine = pair;
        if (!access.lead) mine.reasons.clear();  // written for the leads
        view.my_pairs.push_back(mine);
        view.my_partners.push_back(people.Summary(other));
      }
    }
  }
  return view;
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

std::vector<PublishedPair> PublishedPairs(const domain::Proposal& proposal) {
  std::vector<PublishedPair> pairs;
  for (const domain::ProposedPair& p : proposal.pairs) {
    pairs.push_back({p.mentee, p.mentor, p.score_milli, p.reasons});
  }
  return pairs;
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

}  // namespace pln::app
