#include "app/introductions/introductions.h"

#include <functional>
#include <unordered_map>
#include <utility>

#include "app/events/ports.h"
#include "domain/relationship.h"

namespace pln::app {
namespace {

using domain::Introduction;
using domain::IntroductionAction;
using domain::IntroductionRole;
using domain::IntroductionStatus;
using L = domain::IntroductionLimits;

constexpr int kListLimit = 100;

// One answer for every block between any two of the three, whoever blocked:
// the requester must not learn who refused whom.
constexpr char kNotPossible[] = "An introduction to this member is not possible.";
constexpr char kBrokerNotMutual[] = "must be connected to both you and the member you want to meet";

// How the three members of a request relate to each other.
struct Triangle {
  domain::Relationship requester_broker, requester_target, broker_target;
  bool any_block() const {
    return requester_broker.blocked_either_way() || requester_target.blocked_either_way() ||
           broker_target.blocked_either_way();
  }
  // Whether `me` (one of the three) is blocked either way with another: the
  // others are then absent for them.
  bool blocks(const Introduction& i, MemberId me) const {
    if (me == i.requester) {
      return requester_broker.blocked_either_way() || requester_target.blocked_either_way();
    }
    if (me == i.broker) {
      return requester_broker.blocked_either_way() || broker_target.blocked_either_way();
    }
    return requester_target.blocked_either_way() || broker_target.blocked_either_way();
  }
};

Result<Triangle> LoadTriangle(Tx& tx, MemberId requester, MemberId broker, MemberId target) {
  ASSIGN_OR_RETURN(auto from_requester,
                   tx.connections().Relationships(requester, {broker, target}));
  ASSIGN_OR_RETURN(auto from_broker, tx.connections().Relationships(broker, {target}));
  return Triangle{from_requester[broker], from_requester[target], from_broker[target]};
}

constexpr IntroductionAction kActions[] = {
    IntroductionAction::kForward, IntroductionAction::kDecline, IntroductionAction::kAccept,
    IntroductionAction::kWithdraw};

std::string_view ActionName(IntroductionAction a) {
  switch (a) {
    case IntroductionAction::kForward: return "forward";
    case IntroductionAction::kDecline: return "decline";
    case IntroductionAction::kAccept: return "accept";
    case IntroductionAction::kWithdraw: return "withdraw";
  }
  return "";
}

// The view of `i` for `me`, who has `role` in it. closed_at is shown only for a
// final status the viewer is shown, dated so that it cannot reveal a decline:
// an expiry (or "not possible") reads as the deadline.
IntroductionView MakeView(const Introduction& i, MemberId me, IntroductionRole role,
                          const std::unordered_map<MemberId, MemberSummary>& people, int64_t now) {
  auto summary = [&](MemberId id) {
    auto it = people.find(id);
    if (it != people.end()) return it->second;
    MemberSummary gone;
    gone.id = id;
    return gone;
  };
  IntroductionView v;
  v.id = i.id;
  v.role = role;
  v.status = std::string(domain::ShownStatus(i, role, now));
  v.requester = summary(i.requester);
  v.broker = summary(i.broker);
  v.target = summary(i.target);
  if (domain::CanReadNote(role)) v.note = i.note;
  v.blurb = i.blurb;
  v.opportunity = i.opportunity;
  v.created_at = i.created_at;
  v.expires_at = i.expires_at;
  v.forwarded_at = i.forwarded_at;
  if (v.status == "expired" || v.status == "not_possible") {
    v.closed_at = i.expires_at;
  } else if (v.status != "requested" && v.status != "forwarded") {
    v.closed_at = i.closed_at;
  }
  for (IntroductionAction a : kActions) {
    if (domain::DecideIntroductionTransition(i, me, a, now).ok()) {
      v.actions.emplace_back(ActionName(a));
    }
  }
  return v;
}

Result<std::unordered_map<MemberId, MemberSummary>> Summaries(Tx& tx,
                                                              const std::vector<MemberId>& ids) {
  if (ids.empty()) return std::unordered_map<MemberId, MemberSummary>();
  return tx.members().Summaries(ids);
}

Result<IntroductionView> ViewOf(Tx& tx, const Introduction& i, MemberId me, int64_t now) {
  std::optional<IntroductionRole> role = domain::RoleOf(i, me);
  if (!role) return NotFoundError("introduction");
  ASSIGN_OR_RETURN(auto people, Summaries(tx, {i.requester, i.broker, i.target}));
  return MakeView(i, me, *role, people, now);
}

// A request `me` has a role in and may see; kNotFound otherwise.
Result<std::pair<Introduction, Triangle>> Load(Tx& tx, MemberId me, IntroductionId id) {
  ASSIGN_OR_RETURN(auto found, tx.introductions().Get(id));
  if (!found || !domain::RoleOf(*found, me)) return NotFoundError("introduction");
  ASSIGN_OR_RETURN(Triangle t, LoadTriangle(tx, found->requester, found->broker, found->target));
  if (t.blocks(*found, me)) return NotFoundError("introduction");
  return std::make_pair(std::move(*found), t);
}

class StoredIntroductions final : public Introductions {
 public:
  StoredIntroductions(Store& store, const Clock& clock) : store_(store), clock_(clock) {}

  Result<IntroductionView> Request(MemberId me, domain::IntroductionInput input) override {
    ASSIGN_OR_RETURN(domain::IntroductionInput in,
                     domain::ValidateIntroductionInput(std::move(input), me));
    const int64_t now = clock_.NowMs();
    IntroductionView v;
    RETURN_IF_ERROR(store_.Write([&](Tx& tx) -> Status {
      ASSIGN_OR_RETURN(auto people, Summaries(tx, {me, in.broker, in.target}));
      if (!people.contains(in.target)) return ValidationError({{"target", kNotPossible}});
      if (!people.contains(in.broker)) return ValidationError({{"broker", kBrokerNotMutual}});
      ASSIGN_OR_RETURN(Triangle t, LoadTriangle(tx, me, in.broker, in.target));
      if (t.any_block()) return ValidationError({{"target", kNotPossible}});
      if (t.requester_target.connected) {
        return ValidationError({{"target", "You are already connected to this member."}});
      }
      if (!t.requester_broker.connected || !t.broker_target.connected) {
        return ValidationError({{"broker", kBrokerNotMutual}});
      }
      if (in.opportunity) {
        ASSIGN_OR_RETURN(auto opp, tx.opportunities().Get(*in.opportunity));
        bool visible = opp && !opp->hidden_at;
        if (visible && opp->poster != me) {
          ASSIGN_OR_RETURN(auto rels, tx.connections().Relationships(me, {opp->poster}));
          visible = !rels[opp->poster].blocked_either_way();
        }
        if (!visible) return ValidationError({{"opportunity", "no such opportunity"}});
      }
      const int64_t week_ago = now - L::kWeekMs;
      ASSIGN_OR_RETURN(int mine, tx.introductions().CountRequestedSince(me, week_ago));
      if (mine >= L::kPerRequesterPerWeek) {
        return Error(ErrorKind::kRateLimited, "too_many_introductions",
                     "You can ask for " + std::to_string(L::kPerRequesterPerWeek) +
                         " introductions a week. Wait for an answer to the ones you sent, or try "
                         "again in a few days.")
            .WithRetryAfter(3600);
      }
      ASSIGN_OR_RETURN(int theirs, tx.introductions().CountBrokeredSince(in.broker, week_ago));
      if (theirs >= L::kPerBrokerPerWeek) {
        return Error(ErrorKind::kRateLimited, "broker_busy",
                     people[in.broker].name + " has been asked for " +
                         std::to_string(L::kPerBrokerPerWeek) +
                         " introductions this week already. Ask another mutual connection, or "
                         "try again in a few days.")
            .WithRetryAfter(3600);
      }
      Introduction i;
      i.requester = me;
      i.broker = in.broker;
      i.target = in.target;
      i.note = std::move(in.note);
      i.blurb = std::move(in.blurb);
      i.opportunity = in.opportunity;
      i.created_at = i.updated_at = now;
      i.expires_at = now + L::kOpenMs;
      ASSIGN_OR_RETURN(i.id, tx.introductions().Create(i));
      RETURN_IF_ERROR(Emit(tx, IntroductionRequested{i.id, me, i.broker, i.target}, now, me));
      v = MakeView(i, me, IntroductionRole::kRequester, people, now);
      return Status::Ok();
    }));
    return v;
  }

  Result<IntroductionView> Get(MemberId me, IntroductionId id) override {
    const int64_t now = clock_.NowMs();
    IntroductionView v;
    RETURN_IF_ERROR(store_.Read([&](Tx& tx) -> Status {
      ASSIGN_OR_RETURN(auto loaded, Load(tx, me, id));
      ASSIGN_OR_RETURN(v, ViewOf(tx, loaded.first, me, now));
      return Status::Ok();
    }));
    return v;
  }

  Result<std::vector<IntroductionView>> List(MemberId me, IntroductionRole role) override {
    const int64_t now = clock_.NowMs();
    std::vector<IntroductionView> out;
    RETURN_IF_ERROR(store_.Read([&](Tx& tx) -> Status {
      out.clear();
      ASSIGN_OR_RETURN(auto list, tx.introductions().ListFor(me, role, kListLimit));
      std::vector<MemberId> ids = {me};
      for (const Introduction& i : list) {
        for (MemberId p : {i.requester, i.broker, i.target}) {
          if (p != me) ids.push_back(p);
        }
      }
      ASSIGN_OR_RETURN(auto rels, tx.connections().Relationships(me, ids));
      ASSIGN_OR_RETURN(auto people, Summaries(tx, ids));
      for (const Introduction& i : list) {
        bool hidden = false;
        for (MemberId p : {i.requester, i.broker, i.target}) {
          if (p != me && rels[p].blocked_either_way()) hidden = true;
        }
        if (hidden) continue;
        out.push_back(MakeView(i, me, role, people, now));
      }
      return Status::Ok();
    }));
    return out;
  }

  Result<IntroductionView> Forward(MemberId me, IntroductionId id,
                                   std::optional<std::string> blurb) override {
    std::optional<std::string> clean;
    if (blurb) {
      ASSIGN_OR_RETURN(std::string b, domain::NormalizeBlurb(*blurb));
      clean = std::move(b);
    }
    return Act(
        me, id, IntroductionAction::kForward, [&](Tx& tx, Introduction& i, int64_t now) -> Status {
          if (clean) i.blurb = *clean;
          i.forwarded_at = now;
          return Emit(tx, IntroductionForwarded{i.id, i.requester, i.broker, i.target}, now, me);
        });
  }

  Result<IntroductionView> Decline(MemberId me, IntroductionId id) override {
    // Silent: no one is told (the event carries the fact for the record only).
    return Act(me, id, IntroductionAction::kDecline,
               [&](Tx& tx, Introduction& i, int64_t now) -> Status {
                 return Emit(tx,
                             IntroductionClosed{i.id, i.requester, i.broker, i.target,
                                                std::string(domain::ToString(i.status))},
                             now, me);
               });
  }

  Result<IntroductionView> Accept(MemberId me, IntroductionId id) override {
    return Act(
        me, id, IntroductionAction::kAccept, [&](Tx& tx, Introduction& i, int64_t now) -> Status {
          i.settled_at = now;
          ASSIGN_OR_RETURN(bool created, tx.connections().Connect(i.requester, i.target, now));
          // The engine learns of the new tie from ConnectionMade (no
          // connection request behind it: the id stays unset).
          if (created) {
            RETURN_IF_ERROR(Emit(tx, ConnectionMade{RequestId(), me, i.requester}, now, me));
          }
          return Emit(tx, IntroductionAccepted{i.id, i.requester, i.broker, i.target}, now, me);
        });
  }

  Result<IntroductionView> Withdraw(MemberId me, IntroductionId id) override {
    return Act(
        me, id, IntroductionAction::kWithdraw, [&](Tx& tx, Introduction& i, int64_t now) -> Status {
          i.settled_at = now;
          return Emit(tx, IntroductionClosed{i.id, i.requester, i.broker, i.target, "withdrawn"},
                      now, me);
        });
  }

 private:
  using Change = std::function<Status(Tx& tx, Introduction& intro, int64_t now)>;

  // One transition in one write transaction: authorization, the state rule,
  // the blocks and ties between the three, `change`, then the conditional
  // save (kConflict "changed" when a concurrent transaction won).
  Result<IntroductionView> Act(MemberId me, IntroductionId id, IntroductionAction action,
                               const Change& change) {
    const int64_t now = clock_.NowMs();
    IntroductionView v;
    RETURN_IF_ERROR(store_.Write([&](Tx& tx) -> Status {
      ASSIGN_OR_RETURN(auto loaded, Load(tx, me, id));
      auto& [i, triangle] = loaded;
      ASSIGN_OR_RETURN(IntroductionStatus next,
                       domain::DecideIntroductionTransition(i, me, action, now));
      // Going on needs the three still on good terms: a block anywhere, or the
      // broker no longer connected to both, ends the way forward (withdrawing
      // and declining stay possible).
      const bool onward =
          next == IntroductionStatus::kForwarded || next == IntroductionStatus::kAccepted;
      if (onward && (triangle.any_block() || !triangle.requester_broker.connected ||
                     !triangle.broker_target.connected)) {
        return ConflictError("not_possible", "This introduction is no longer possible.");
      }
      const IntroductionStatus before = i.status;
      i.status = next;
      i.updated_at = now;
      if (!domain::IsOpen(next)) i.closed_at = now;
      RETURN_IF_ERROR(change(tx, i, now));
      ASSIGN_OR_RETURN(bool changed, tx.introductions().Update(i, before));
      if (!changed) {
        return ConflictError("changed", "This introduction changed meanwhile; reload it.");
      }
      ASSIGN_OR_RETURN(v, ViewOf(tx, i, me, now));
      return Status::Ok();
    }));
    return v;
  }

  Store& store_;
  const Clock& clock_;
};

}  // namespace

std::unique_ptr<Introductions> MakeIntroductions(Store& store, const Clock& clock) {
  return std::make_unique<StoredIntroductions>(store, clock);
}

}  // namespace pln::app
