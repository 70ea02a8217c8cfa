#include "app/mentorship/requests.h"

#include <functional>
#include <utility>

#include "app/events/ports.h"
#include "app/mentorship/expiry.h"
#include "app/mentorship/loading.h"
#include "app/mentorship/start.h"
#include "domain/relationship.h"
#include "domain/text_rules.h"

namespace pln::app {
namespace {

using domain::MentorshipRequestAction;
using domain::MentorshipRequestStatus;

constexpr int kListLimit = 100;

// How a request reads at `now` without writing: an open one past its time is
// shown as expired (the next write or the sweep records it).
domain::MentorshipRequest AsOf(domain::MentorshipRequest r, int64_t now) {
  if (domain::IsOpen(r.status) && now >= r.expires_at) {
    r.status = MentorshipRequestStatus::kExpired;
    r.closed_at = r.expires_at;
  }
  return r;
}

Result<MentorshipRequestView> ViewOfRequest(Tx& tx, domain::MentorshipRequest r) {
  ASSIGN_OR_RETURN(auto people, LoadMembers(tx, {r.mentee, r.mentor}));
  MentorshipRequestView v;
  v.mentee = SummaryOf(people, r.mentee);
  v.mentor = SummaryOf(people, r.mentor);
  v.request = std::move(r);
  return v;
}

// A request `me` takes part in; kNotFound otherwise and on a block.
Result<domain::MentorshipRequest> LoadRequest(Tx& tx, MemberId me, MentorshipRequestId id) {
  ASSIGN_OR_RETURN(auto r, tx.mentorship().GetRequest(id));
  if (!r || (r->mentee != me && r->mentor != me)) return NotFoundError("mentorship request");
  ASSIGN_OR_RETURN(bool blocked, BlockedEitherWay(tx, me, me == r->mentee ? r->mentor : r->mentee));
  if (blocked) return NotFoundError("mentorship request");
  return std::move(*r);
}

// One-line or multi-line text a decision carries (reason, question, answer).
Result<std::string> DecisionText(const std::string& text, std::string_view field, size_t max) {
  std::vector<FieldError> errors;
  std::string clean = domain::CheckText(text, field, max, true, errors);
  if (!errors.empty()) return ValidationError(std::move(errors));
  return clean;
}

class StoredMentorshipRequests final : public MentorshipRequests {
 public:
  StoredMentorshipRequests(Store& store, const Clock& clock, MentorshipRequestConfig config)
      : store_(store), clock_(clock), config_(config) {}

  Result<MentorshipRequestView> Create(MemberId me, MemberId mentor,
                                       domain::MentorshipRequestInput input) override {
    if (mentor == me) return ValidationError({{"mentor", "you cannot ask yourself"}});
    ASSIGN_OR_RETURN(auto clean, domain::ValidateRequestInput(std::move(input)));
    const int64_t now = clock_.NowMs();
    MentorshipRequestView v;
    RETURN_IF_ERROR(store_.Write([&](Tx& tx) -> Status {
      RETURN_IF_ERROR(ExpireFor(tx, me, now));
      ASSIGN_OR_RETURN(auto people, LoadMembers(tx, {me, mentor}));
      if (!people.contains(mentor)) return NotFoundError("mentor offer");
      ASSIGN_OR_RETURN(bool blocked, BlockedEitherWay(tx, me, mentor));
      if (blocked) return NotFoundError("mentor offer");
      ASSIGN_OR_RETURN(auto offer, tx.mentorship().GetOffer(mentor));
      if (!offer || offer->paused) return NotFoundError("mentor offer");
      ASSIGN_OR_RETURN(auto open, tx.mentorship().OpenRequestsOf(me));
      if (open.size() >= static_cast<size_t>(domain::MentorshipLimits::kMaxOpenRequests)) {
        return ConflictError("too_many_open_requests",
                             "You already have 5 open mentorship requests. Withdraw one or wait "
                             "for an answer before asking another mentor.");
      }
      ASSIGN_OR_RETURN(auto mine, tx.mentorship().ListMentorships(me));
      for (const auto& m : mine) {
        if (m.mentor == mentor && m.mentee == me && m.status == domain::MentorshipStatus::kActive) {
          return ConflictError("already_mentoring", "This member already mentors you.");
        }
      }
      ASSIGN_OR_RETURN(int active, tx.mentorship().CountActiveAsMentor(mentor));
      if (active >= offer->capacity) {
        return ConflictError("mentor_full", "This mentor has no open slot right now.");
      }
      domain::MentorshipRequest r;
      r.mentee = me;
      r.mentor = mentor;
      r.message = std::move(clean.message);
      r.goals = std::move(clean.goals);
      r.created_at = now;
      r.expires_at = now + config_.request_ttl_ms;
      ASSIGN_OR_RETURN(r.id, tx.mentorship().CreateRequest(r));
      RETURN_IF_ERROR(Emit(tx, MentorshipRequested{r.id, me, mentor, r.goals}, now, me));
      ASSIGN_OR_RETURN(v, ViewOfRequest(tx, std::move(r)));
      return Status::Ok();
    }));
    return v;
  }

  Result<MentorshipRequestView> Get(MemberId me, MentorshipRequestId id) override {
    const int64_t now = clock_.NowMs();
    MentorshipRequestView v;
    RETURN_IF_ERROR(store_.Read([&](Tx& tx) -> Status {
      ASSIGN_OR_RETURN(auto r, LoadRequest(tx, me, id));
      ASSIGN_OR_RETURN(v, ViewOfRequest(tx, AsOf(std::move(r), now)));
      return Status::Ok();
    }));
    return v;
  }

  Result<std::vector<MentorshipRequestView>> List(MemberId me, MentorshipRole role) override {
    const int64_t now = clock_.NowMs();
    std::vector<MentorshipRequestView> out;
    RETURN_IF_ERROR(store_.Read([&](Tx& tx) -> Status {
      out.clear();
      ASSIGN_OR_RETURN(auto list, tx.mentorship().ListRequests(me, role, kListLimit));
      std::vector<MemberId> others;
      for (const auto& r : list) others.push_back(r.mentee == me ? r.mentor : r.mentee);
      ASSIGN_OR_RETURN(auto rels, tx.connections().Relationships(me, others));
      ASSIGN_OR_RETURN(auto people, LoadMembers(tx, others));
      ASSIGN_OR_RETURN(auto self, LoadMembers(tx, {me}));
      people.insert(self.begin(), self.end());
      for (auto& r : list) {
        const MemberId other = r.mentee == me ? r.mentor : r.mentee;
        if (rels[other].blocked_either_way()) continue;
        MentorshipRequestView v;
        v.mentee = SummaryOf(people, r.mentee);
        v.mentor = SummaryOf(people, r.mentor);
        v.request = AsOf(std::move(r), now);
        out.push_back(std::move(v));
      }
      return Status::Ok();
    }));
    return out;
  }

  Result<MentorshipRequestView> Accept(MemberId me, MentorshipRequestId id) override {
    return Act(
        me, id, MentorshipRequestAction::kAccept,
        [](Tx& tx, domain::MentorshipRequest& r, int64_t now) -> Status {
          ASSIGN_OR_RETURN(auto offer, tx.mentorship().GetOffer(r.mentor));
          const domain::Cadence cadence = offer ? offer->cadence : domain::Cadence::kBiweekly;
          ASSIGN_OR_RETURN(MentorshipId mid, StartMentorship(tx, r.mentee, r.mentor, r.goals,
                                                             cadence, r.id, std::nullopt, now));
          r.mentorship = mid;
          return Emit(tx, MentorshipAccepted{r.id, mid, r.mentee, r.mentor}, now, r.mentor);
        });
  }

  Result<MentorshipRequestView> Decline(MemberId me, MentorshipRequestId id,
                                        const std::string& reason) override {
    ASSIGN_OR_RETURN(std::string clean,
                     DecisionText(reason, "reason", domain::MentorshipLimits::kReason));
    return Act(
        me, id, MentorshipRequestAction::kDecline,
        [&](Tx& tx, domain::MentorshipRequest& r, int64_t now) -> Status {
          r.decline_reason = clean;
          return Emit(tx, MentorshipDeclined{r.id, r.mentee, r.mentor, clean}, now, r.mentor);
        });
  }

  Result<MentorshipRequestView> Withdraw(MemberId me, MentorshipRequestId id) override {
    return Act(me, id, MentorshipRequestAction::kWithdraw,
               [](Tx& tx, domain::MentorshipRequest& r, int64_t now) -> Status {
                 return Emit(tx, MentorshipWithdrawn{r.id, r.mentee, r.mentor}, now, r.mentee);
               });
  }

  Result<MentorshipRequestView> AskInfo(MemberId me, MentorshipRequestId id,
                                        const std::string& question) override {
    ASSIGN_OR_RETURN(std::string clean,
                     DecisionText(question, "question", domain::MentorshipLimits::kInfo));
    return Act(
        me, id, MentorshipRequestAction::kAskInfo,
        [&](Tx& tx, domain::MentorshipRequest& r, int64_t now) -> Status {
          r.info_question = clean;
          r.info_answer.clear();
          return Emit(tx, MentorshipInfoRequested{r.id, r.mentee, r.mentor, clean}, now, r.mentor);
        });
  }

  Result<MentorshipRequestView> Answer(MemberId me, MentorshipRequestId id,
                                       const std::string& answer) override {
    ASSIGN_OR_RETURN(std::string clean,
                     DecisionText(answer, "answer", domain::MentorshipLimits::kInfo));
    return Act(
        me, id, MentorshipRequestAction::kAnswer,
        [&](Tx& tx, domain::MentorshipRequest& r, int64_t now) -> Status {
          r.info_answer = clean;
          r.expires_at = now + config_.request_ttl_ms;  // the mentor gets a full period again
          return Emit(tx, MentorshipInfoAnswered{r.id, r.mentee, r.mentor, clean}, now, r.mentee);
        });
  }

 private:
  // Applies the request changes of one transition (texts, the new
  // mentorship) and records the event the other party is told of.
  using RequestChange =
      std::function<Status(Tx& tx, domain::MentorshipRequest& request, int64_t now)>;

  // One transition in one write transaction: lazy expiry, authorization,
  // the state rule, `change`, then a conditional save (kConflict "not_open"
  // when a concurrent transaction changed the request first).
  Result<MentorshipRequestView> Act(MemberId me, MentorshipRequestId id,
                                    MentorshipRequestAction action, const RequestChange& change) {
    const int64_t now = clock_.NowMs();
    MentorshipRequestView v;
    RETURN_IF_ERROR(store_.Write([&](Tx& tx) -> Status {
      RETURN_IF_ERROR(ExpireFor(tx, me, now));
      ASSIGN_OR_RETURN(auto r, LoadRequest(tx, me, id));
      ASSIGN_OR_RETURN(auto next, domain::DecideRequestTransition(r, me, action, now));
      const MentorshipRequestStatus before = r.status;
      r.status = next;
      if (!domain::IsOpen(next)) r.closed_at = now;
      if (me == r.mentor && !r.first_response_at) r.first_response_at = now;
      RETURN_IF_ERROR(change(tx, r, now));
      ASSIGN_OR_RETURN(bool changed, tx.mentorship().UpdateRequest(r, before));
      if (!changed) return ConflictError("not_open", "This request changed meanwhile; reload it.");
      ASSIGN_OR_RETURN(v, ViewOfRequest(tx, std::move(r)));
      return Status::Ok();
    }));
    return v;
  }

  Store& store_;
  const Clock& clock_;
  MentorshipRequestConfig config_;
};

}  // namespace

std::unique_ptr<MentorshipRequests> MakeMentorshipRequests(Store& store, const Clock& clock,
                                                           MentorshipRequestConfig config) {
  return std::make_unique<StoredMentorshipRequests>(store, clock, config);
}

}  // namespace pln::app
