#include "demo/program.h"

#include "app/events/ports.h"
#include "base/crypto.h"

namespace pln::demo {

using app::NewMember;
using app::Tx;
namespace {

constexpr int kMentees = 16, kMentors = 8, kCapacity = 2;

domain::Profile LeadProfile() {
  domain::Profile p;
  p.name = "Lena Okafor";
  p.headline = "Runs the community's mentoring cohorts";
  p.bio = "I match learners with mentors who have walked the path before them.";
  p.organization = "pln Community";
  p.stage = domain::CareerStage::kExperienced;
  p.fields = {"Community Building"};
  p.open_to.mentoring = true;
  return p;
}

}  // namespace

Result<DemoProgramSummary> SeedDemoProgram(app::Store& store, const Clock& clock,
                                           const DemoOptions& options) {
  const int64_t now = clock.NowMs();
  ASSIGN_OR_RETURN(const DemoPlan plan, BuildDemoPlan(options, now));
  bool exists = false;
  RETURN_IF_ERROR(store.Read([&](Tx& tx) -> Status {
    ASSIGN_OR_RETURN(auto account, tx.members().FindAccountByEmail(kDemoLeadEmail));
    exists = account.has_value();
    return Status::Ok();
  }));
  DemoProgramSummary summary;
  if (exists) return summary;
  ASSIGN_OR_RETURN(const std::string hash,
                   HashPassword(options.password, options.password_strength));

  RETURN_IF_ERROR(store.Write([&](Tx& tx) -> Status {
    summary = DemoProgramSummary();
    NewMember lead;
    lead.email = kDemoLeadEmail;
    lead.password_hash = hash;
    lead.role = domain::Role::kProgramLead;
    lead.profile = LeadProfile();
    lead.now = now;
    ASSIGN_OR_RETURN(MemberId lead_id, tx.members().Create(lead));

    domain::ProgramInput input;
    input.name = kDemoProgramName;
    input.description =
        "Twelve weeks, one mentor per learner, a check-in every two weeks. Mentees: rank up to "
        "five mentors you would like to learn from before matching day.";
    input.exclude_same_organization = true;
    input.default_capacity = kCapacity;
    ASSIGN_OR_RETURN(ProgramId program, tx.programs().Create(input, lead_id, now));

    // The demo login first, then learners looking for a mentor; mentors are
    // experienced members open to mentoring.
    std::vector<domain::Participant> add;
    for (size_t i = 0; i < plan.people.size(); ++i) {
      const DemoPerson& person = plan.people[i];
      const bool mentee = i == 0 || (person.profile.stage == domain::CareerStage::kLearner &&
                                     person.profile.open_to.being_mentored);
      const bool mentor = i != 0 && person.profile.stage == domain::CareerStage::kExperienced &&
                          person.profile.open_to.mentoring;
      if ((mentee && summary.mentees >= kMentees) || (mentor && summary.mentors >= kMentors) ||
          (!mentee && !mentor)) {
        continue;
      }
      ASSIGN_OR_RETURN(auto account, tx.members().FindAccountByEmail(person.email));
      if (!account) continue;
      domain::Participant p;
      p.member = account->id;
      p.role = mentee ? domain::ParticipantRole::kMentee : domain::ParticipantRole::kMentor;
      p.capacity = mentee ? 0 : kCapacity;
      p.joined_at = now;
      add.push_back(std::move(p));
      ++(mentee ? summary.mentees : summary.mentors);
    }
    RETURN_IF_ERROR(tx.programs().AddParticipants(program, add, now));
    // As an import records it: the mentees are asked for their preferences.
    app::ProgramParticipantsAdded joined{program, input.name, {}, {}};
    for (const domain::Participant& p : add) {
      (p.role == domain::ParticipantRole::kMentee ? joined.mentees : joined.mentors)
          .push_back(p.member);
    }
    RETURN_IF_ERROR(app::Emit(tx, joined, now, lead_id));
    summary.created = true;
    return Status::Ok();
  }));
  return summary;
}

}  // namespace pln::demo
