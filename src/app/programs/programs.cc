#include "app/programs/programs.h"

#include "app/programs/access.h"
#include "app/programs/reads.h"

namespace pln::app {
namespace {

using domain::Participant;
using domain::ParticipantRole;

constexpr int kListLimit = 100;

class StoredPrograms final : public Programs {
 public:
  StoredPrograms(Store& store, const Clock& clock) : store_(store), clock_(clock) {}

  Result<ProgramView> Create(MemberId me, domain::ProgramInput input) override {
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

  Result<std::vector<ProgramSummary>> ListMine(MemberId me) override {
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

  Result<ProgramView> Get(MemberId me, ProgramId id) override {
    ProgramView view;
    RETURN_IF_ERROR(store_.Read([&](Tx& tx) -> Status {
      ASSIGN_OR_RETURN(Access access, LoadAccess(tx, me, id));
      ASSIGN_OR_RETURN(view, BuildView(tx, me, std::move(access)));
      return Status::Ok();
    }));
    return view;
  }

  Result<ProgramView> Close(MemberId me, ProgramId id) override {
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

 private:
  Store& store_;
  const Clock& clock_;
};

}  // namespace

std::unique_ptr<Programs> MakePrograms(Store& store, const Clock& clock) {
  return std::make_unique<StoredPrograms>(store, clock);
}

}  // namespace pln::app
