#include "app/programs/dashboard.h"

#include "app/programs/access.h"
#include "app/programs/reads.h"

namespace pln::app {
namespace {

using domain::Participant;
using domain::ParticipantRole;

class StoredDashboard final : public ProgramDashboard {
 public:
  StoredDashboard(Store& store, const Clock& clock, MentorshipActivitySource& activity)
      : store_(store), clock_(clock), activity_(activity) {}

  Result<Dashboard> Get(MemberId me, ProgramId id) override {
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
        ASSIGN_OR_RETURN(activity, activity_.Activity(tx, program, PublishedPairs(*proposal)));
        if (activity.size() != proposal->pairs.size()) {
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

 private:
  Store& store_;
  const Clock& clock_;
  MentorshipActivitySource& activity_;
};

}  // namespace

std::unique_ptr<ProgramDashboard> MakeProgramDashboard(Store& store, const Clock& clock,
                                                       MentorshipActivitySource& activity) {
  return std::make_unique<StoredDashboard>(store, clock, activity);
}

}  // namespace pln::app
