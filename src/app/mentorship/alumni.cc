#include "app/mentorship/alumni.h"

#include <unordered_map>
#include <utility>

#include "app/events/ports.h"
#include "app/mentorship/loading.h"

namespace pln::app {
namespace {

Status RequireEnded(const domain::Mentorship& m) {
  if (m.status != domain::MentorshipStatus::kEnded) {
    return ConflictError("not_ended",
                         "Light alumni check-ins start once the mentorship has ended.");
  }
  return Status::Ok();
}

class StoredMentorshipAlumni final : public MentorshipAlumni {
 public:
  StoredMentorshipAlumni(Store& store, const Clock& clock) : store_(store), clock_(clock) {}

  Result<MentorshipView> SetVisible(MemberId me, MentorshipId id, bool visible) override {
    const int64_t now = clock_.NowMs();
    MentorshipView v;
    RETURN_IF_ERROR(store_.Write([&](Tx& tx) -> Status {
      ASSIGN_OR_RETURN(auto m, LoadMentorship(tx, me, id));
      (me == m.mentor ? m.mentor_shows_alumni : m.mentee_shows_alumni) = visible;
      RETURN_IF_ERROR(tx.mentorship().UpdateMentorship(m));
      ASSIGN_OR_RETURN(v, MentorshipViewOf(tx, std::move(m), now));
      return Status::Ok();
    }));
    return v;
  }

  Result<MentorshipView> SetCheckInPlan(MemberId me, MentorshipId id, int every_months) override {
    RETURN_IF_ERROR(domain::ValidateAlumniInterval(every_months));
    const int64_t now = clock_.NowMs();
    MentorshipView v;
    RETURN_IF_ERROR(store_.Write([&](Tx& tx) -> Status {
      ASSIGN_OR_RETURN(auto m, LoadMentorship(tx, me, id));
      RETURN_IF_ERROR(RequireEnded(m));
      if (every_months == 0) {
        RETURN_IF_ERROR(tx.mentorship().DeleteAlumniPlan(id, me));
      } else {
        // Changing the interval keeps the clock where it was; opting in starts it.
        ASSIGN_OR_RETURN(auto plans, tx.mentorship().ListAlumniPlans(id));
        int64_t since = now;
        for (const domain::AlumniPlan& p : plans) {
          if (p.member == me) since = p.since;
        }
        RETURN_IF_ERROR(tx.mentorship().PutAlumniPlan({id, me, every_months, since}));
      }
      ASSIGN_OR_RETURN(v, MentorshipViewOf(tx, std::move(m), now));
      return Status::Ok();
    }));
    return v;
  }

  Result<MentorshipView> AddCheckIn(MemberId me, MentorshipId id,
                                    const std::string& note) override {
    ASSIGN_OR_RETURN(std::string clean, domain::ValidateAlumniNote(note));
    const int64_t now = clock_.NowMs();
    MentorshipView v;
    RETURN_IF_ERROR(store_.Write([&](Tx& tx) -> Status {
      ASSIGN_OR_RETURN(auto m, LoadMentorship(tx, me, id));
      RETURN_IF_ERROR(RequireEnded(m));
      domain::AlumniCheckIn c;
      c.mentorship = id;
      c.author = me;
      c.note = clean;
      c.created_at = now;
      ASSIGN_OR_RETURN(c.id, tx.mentorship().AddAlumniCheckIn(c));
      RETURN_IF_ERROR(
          Emit(tx, AlumniCheckInLogged{id, me, domain::OtherParty(me, m), clean}, now, me));
      ASSIGN_OR_RETURN(v, MentorshipViewOf(tx, std::move(m), now));
      return Status::Ok();
    }));
    return v;
  }

  Result<std::vector<AlumniTie>> List(const domain::Viewer& viewer, MemberId member) override {
    std::vector<AlumniTie> out;
    RETURN_IF_ERROR(store_.Read([&](Tx& tx) -> Status {
      out.clear();
      ASSIGN_OR_RETURN(auto owner, tx.members().Get(member));
      if (!owner) return NotFoundError("member");
      if (viewer.id && *viewer.id != member) {
        ASSIGN_OR_RETURN(bool blocked, BlockedEitherWay(tx, *viewer.id, member));
        if (blocked) return NotFoundError("member");
      }
      ASSIGN_OR_RETURN(auto ties, tx.mentorship().ListAlumni(member));
      std::vector<MemberId> others;
      for (const auto& m : ties) others.push_back(domain::OtherParty(member, m));
      std::unordered_map<MemberId, domain::Relationship> rels;
      if (viewer.id) {
        ASSIGN_OR_RETURN(rels, tx.connections().Relationships(*viewer.id, others));
      }
      // A block between the two former partners ends the public tie for everyone.
      std::unordered_map<MemberId, domain::Relationship> owner_rels;
      if (!others.empty()) {
        ASSIGN_OR_RETURN(owner_rels, tx.connections().Relationships(member, others));
      }
      ASSIGN_OR_RETURN(auto people, LoadMembers(tx, others));
      for (const auto& m : ties) {
        const MemberId other = domain::OtherParty(member, m);
        if (viewer.id && rels[other].blocked_either_way()) continue;
        if (owner_rels[other].blocked_either_way()) continue;
        AlumniTie t;
        t.mentorship = m.id;
        t.other = SummaryOf(people, other);
        t.role = member == m.mentor ? "mentor" : "mentee";
        t.started_at = m.started_at;
        t.ended_at = m.ended_at.value_or(0);
        out.push_back(std::move(t));
      }
      return Status::Ok();
    }));
    return out;
  }

 private:
  Store& store_;
  const Clock& clock_;
};

}  // namespace

std::unique_ptr<MentorshipAlumni> MakeMentorshipAlumni(Store& store, const Clock& clock) {
  return std::make_unique<StoredMentorshipAlumni>(store, clock);
}

}  // namespace pln::app
