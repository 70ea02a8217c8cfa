#include "app/mentorship/mentorships.h"

#include <algorithm>
#include <utility>

#include "app/events/ports.h"
#include "app/mentorship/loading.h"
#include "domain/text_rules.h"

namespace pln::app {
namespace {

constexpr size_t kMaxGoalsPerMentorship = 10;

Status RequireActive(const domain::Mentorship& m) {
  if (m.status != domain::MentorshipStatus::kActive) {
    return ConflictError("ended", "This mentorship has ended.");
  }
  return Status::Ok();
}

class StoredMentorships final : public Mentorships {
 public:
  StoredMentorships(Store& store, const Clock& clock) : store_(store), clock_(clock) {}

  Result<std::vector<MentorshipView>> List(MemberId me) override {
    const int64_t now = clock_.NowMs();
    std::vector<MentorshipView> out;
    RETURN_IF_ERROR(store_.Read([&](Tx& tx) -> Status {
      out.clear();
      ASSIGN_OR_RETURN(auto list, tx.mentorship().ListMentorships(me));
      std::vector<MemberId> others;
      for (const auto& m : list) others.push_back(domain::OtherParty(me, m));
      ASSIGN_OR_RETURN(auto rels, tx.connections().Relationships(me, others));
      for (auto& m : list) {
        if (rels[domain::OtherParty(me, m)].blocked_either_way()) continue;
        ASSIGN_OR_RETURN(MentorshipView v, MentorshipViewOf(tx, std::move(m), now));
        out.push_back(std::move(v));
      }
      return Status::Ok();
    }));
    return out;
  }

  Result<MentorshipView> Get(MemberId me, MentorshipId id) override {
    const int64_t now = clock_.NowMs();
    MentorshipView v;
    RETURN_IF_ERROR(store_.Read([&](Tx& tx) -> Status {
      ASSIGN_OR_RETURN(auto m, LoadMentorship(tx, me, id));
      ASSIGN_OR_RETURN(v, MentorshipViewOf(tx, std::move(m), now));
      return Status::Ok();
    }));
    return v;
  }

  Result<MentorshipView> AddGoal(MemberId me, MentorshipId id, const std::string& text) override {
    ASSIGN_OR_RETURN(std::string clean, domain::NormalizeGoal(text));
    const int64_t now = clock_.NowMs();
    MentorshipView v;
    RETURN_IF_ERROR(store_.Write([&](Tx& tx) -> Status {
      ASSIGN_OR_RETURN(auto m, LoadMentorship(tx, me, id));
      RETURN_IF_ERROR(RequireActive(m));
      if (m.goals.size() >= kMaxGoalsPerMentorship) {
        return ConflictError("too_many_goals", "A mentorship has at most 10 goals.");
      }
      RETURN_IF_ERROR(tx.mentorship().AddGoal(id, clean, now));
      ASSIGN_OR_RETURN(auto fresh, LoadMentorship(tx, me, id));
      ASSIGN_OR_RETURN(v, MentorshipViewOf(tx, std::move(fresh), now));
      return Status::Ok();
    }));
    return v;
  }

  Result<MentorshipView> UpdateGoal(MemberId me, MentorshipId id, int64_t goal,
                                    const GoalChange& change) override {
    std::optional<std::string> text;
    if (change.text) {
      ASSIGN_OR_RETURN(text, domain::NormalizeGoal(*change.text));
    }
    const int64_t now = clock_.NowMs();
    MentorshipView v;
    RETURN_IF_ERROR(store_.Write([&](Tx& tx) -> Status {
      ASSIGN_OR_RETURN(auto m, LoadMentorship(tx, me, id));
      RETURN_IF_ERROR(RequireActive(m));
      auto it = std::find_if(m.goals.begin(), m.goals.end(),
                             [&](const domain::MentorshipGoal& g) { return g.id == goal; });
      if (it == m.goals.end()) return NotFoundError("goal");
      if (text) it->text = *text;
      if (change.status) it->status = *change.status;
      it->updated_at = now;
      ASSIGN_OR_RETURN(bool changed, tx.mentorship().UpdateGoal(id, *it));
      if (!changed) return NotFoundError("goal");
      ASSIGN_OR_RETURN(v, MentorshipViewOf(tx, std::move(m), now));
      return Status::Ok();
    }));
    return v;
  }

  Result<MentorshipView> DeleteGoal(MemberId me, MentorshipId id, int64_t goal) override {
    const int64_t now = clock_.NowMs();
    MentorshipView v;
    RETURN_IF_ERROR(store_.Write([&](Tx& tx) -> Status {
      ASSIGN_OR_RETURN(auto m, LoadMentorship(tx, me, id));
      RETURN_IF_ERROR(RequireActive(m));
      ASSIGN_OR_RETURN(bool deleted, tx.mentorship().DeleteGoal(id, goal));
      if (!deleted) return NotFoundError("goal");
      ASSIGN_OR_RETURN(auto fresh, LoadMentorship(tx, me, id));
      ASSIGN_OR_RETURN(v, MentorshipViewOf(tx, std::move(fresh), now));
      return Status::Ok();
    }));
    return v;
  }

  Result<MentorshipView> AddCheckIn(MemberId me, MentorshipId id, domain::CheckIn input) override {
    const int64_t now = clock_.NowMs();
    MentorshipView v;
    RETURN_IF_ERROR(store_.Write([&](Tx& tx) -> Status {
      ASSIGN_OR_RETURN(auto m, LoadMentorship(tx, me, id));
      RETURN_IF_ERROR(RequireActive(m));
      input.mentorship = id;
      input.author = me;
      input.created_at = now;
      ASSIGN_OR_RETURN(domain::CheckIn clean,
                       domain::ValidateCheckIn(std::move(input), domain::IsoDateOf(now),
                                               domain::IsoDateOf(m.started_at)));
      RETURN_IF_ERROR(tx.mentorship().AddCheckIn(clean));
      m.last_check_in_at = now;
      RETURN_IF_ERROR(tx.mentorship().UpdateMentorship(m));
      RETURN_IF_ERROR(
          Emit(tx, CheckInLogged{id, me, domain::OtherParty(me, m), clean.date, clean.next_steps},
               now, me));
      ASSIGN_OR_RETURN(v, MentorshipViewOf(tx, std::move(m), now));
      return Status::Ok();
    }));
    return v;
  }

  Result<MentorshipView> End(MemberId me, MentorshipId id, const std::string& note) override {
    std::vector<FieldError> errors;
    std::string clean =
        domain::CheckText(note, "note", domain::MentorshipLimits::kEndNote, false, errors);
    if (!errors.empty()) return ValidationError(std::move(errors));
    const int64_t now = clock_.NowMs();
    MentorshipView v;
    RETURN_IF_ERROR(store_.Write([&](Tx& tx) -> Status {
      ASSIGN_OR_RETURN(auto m, LoadMentorship(tx, me, id));
      RETURN_IF_ERROR(RequireActive(m));
      m.status = domain::MentorshipStatus::kEnded;
      m.ended_at = now;
      m.ended_by = me;
      m.end_note = clean;
      RETURN_IF_ERROR(tx.mentorship().UpdateMentorship(m));
      RETURN_IF_ERROR(Emit(tx, MentorshipEnded{id, me, domain::OtherParty(me, m)}, now, me));
      ASSIGN_OR_RETURN(v, MentorshipViewOf(tx, std::move(m), now));
      return Status::Ok();
    }));
    return v;
  }

  Result<MentorshipView> LeaveFeedback(MemberId me, MentorshipId id,
                                       domain::CompletionFeedback input) override {
    input.mentorship = id;
    input.author = me;
    ASSIGN_OR_RETURN(auto clean, domain::ValidateCompletionFeedback(std::move(input)));
    const int64_t now = clock_.NowMs();
    clean.created_at = now;
    MentorshipView v;
    RETURN_IF_ERROR(store_.Write([&](Tx& tx) -> Status {
      ASSIGN_OR_RETURN(auto m, LoadMentorship(tx, me, id));
      if (m.status != domain::MentorshipStatus::kEnded) {
        return ConflictError("still_active", "Feedback is left once the mentorship has ended.");
      }
      RETURN_IF_ERROR(tx.mentorship().AddFeedback(clean));
      ASSIGN_OR_RETURN(v, MentorshipViewOf(tx, std::move(m), now));
      return Status::Ok();
    }));
    return v;
  }

 private:
  Store& store_;
  const Clock& clock_;
};

}  // namespace

std::unique_ptr<Mentorships> MakeMentorships(Store& store, const Clock& clock) {
  return std::make_unique<StoredMentorships>(store, clock);
}

}  // namespace pln::app
