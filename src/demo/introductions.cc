#include "demo/introductions.h"

#include <unordered_set>
#include <utility>
#include <vector>

#include "demo/plan.h"
#include "domain/introduction.h"

namespace pln::demo {
namespace {

using app::Tx;
using domain::Introduction;
using S = domain::IntroductionStatus;
using L = domain::IntroductionLimits;

constexpr int64_t kDayMs = 24LL * 3600 * 1000;

struct Pair {
  MemberId broker, target;
};

Introduction Make(MemberId requester, Pair p, int64_t created, const char* note,
                  const char* blurb) {
  Introduction i;
  i.requester = requester;
  i.broker = p.broker;
  i.target = p.target;
  i.note = note;
  i.blurb = blurb;
  i.created_at = i.updated_at = created;
  i.expires_at = created + L::kOpenMs;
  return i;
}

Result<std::vector<MemberId>> ConnectionsOf(Tx& tx, MemberId m) {
  ASSIGN_OR_RETURN(auto conns, tx.connections().ListConnections(m, 0, 500));
  std::vector<MemberId> out;
  for (const auto& c : conns) out.push_back(c.other);
  return out;
}

// Brokers among `me`'s connections with someone `me` does not know yet, each
// target once and no block between any two of the three.
Result<std::vector<Pair>> SecondDegreePairs(Tx& tx, MemberId me, const std::vector<MemberId>& mine,
                                            size_t want) {
  std::unordered_set<MemberId> known(mine.begin(), mine.end());
  known.insert(me);
  std::vector<Pair> out;
  // First one target per broker, so the demo shows several brokers; then more
  // through the same ones if the login has few connections.
  for (size_t per_broker : {size_t{1}, want}) {
    for (MemberId b : mine) {
      if (out.size() == want) break;
      ASSIGN_OR_RETURN(auto theirs, ConnectionsOf(tx, b));
      size_t taken = 0;
      for (MemberId c : theirs) {
        if (out.size() == want || taken == per_broker) break;
        if (known.contains(c)) continue;
        ASSIGN_OR_RETURN(auto rels, tx.connections().Relationships(me, {c}));
        if (rels[c].blocked_either_way()) continue;
        known.insert(c);  // each target once
        out.push_back({b, c});
        ++taken;
      }
    }
  }
  return out;
}

}  // namespace

Result<DemoIntroductionSummary> SeedDemoIntroductions(app::Store& store, const Clock& clock) {
  const int64_t now = clock.NowMs();
  DemoIntroductionSummary summary;
  RETURN_IF_ERROR(store.Write([&](Tx& tx) -> Status {
    summary = {};
    ASSIGN_OR_RETURN(auto demo, tx.members().FindAccountByEmail(kDemoEmail));
    if (!demo) return Status::Ok();
    const MemberId me = demo->id;
    for (auto role : {domain::IntroductionRole::kRequester, domain::IntroductionRole::kBroker,
                      domain::IntroductionRole::kTarget}) {
      ASSIGN_OR_RETURN(auto existing, tx.introductions().ListFor(me, role, 1));
      if (!existing.empty()) return Status::Ok();
    }
    ASSIGN_OR_RETURN(auto mine, ConnectionsOf(tx, me));
    ASSIGN_OR_RETURN(auto pairs, SecondDegreePairs(tx, me, mine, 7));
    if (pairs.size() < 7) return Status::Ok();  // too small a network to show them all
    auto add = [&](Introduction i) -> Status {
      RETURN_IF_ERROR(tx.introductions().Create(i));
      ++summary.introductions;
      return Status::Ok();
    };

    // The demo login asks, in every state.
    RETURN_IF_ERROR(add(Make(me, pairs[0], now - 1 * kDayMs,
                             "We studied together; I'd love to hear how they moved into analytics.",
                             "Hi! I'm finishing a data course and would value 20 minutes of your "
                             "advice on breaking into analytics.")));
    Introduction forwarded = Make(me, pairs[1], now - 4 * kDayMs,
                                  "Could you tell them I'm serious about **data engineering**?",
                                  "Hello, I'm exploring data engineering and your team's work on "
                                  "pipelines caught my eye.");
    forwarded.status = S::kForwarded;
    forwarded.forwarded_at = forwarded.updated_at = now - 3 * kDayMs;
    RETURN_IF_ERROR(add(forwarded));
    Introduction accepted = Make(me, pairs[2], now - 25 * kDayMs, "Thanks in advance!",
                                 "Hi, I'd like to learn how you run user research at your org.");
    accepted.status = S::kAccepted;
    accepted.forwarded_at = now - 24 * kDayMs;
    accepted.closed_at = accepted.settled_at = accepted.updated_at = now - 22 * kDayMs;
    RETURN_IF_ERROR(add(accepted));
    RETURN_IF_ERROR(tx.connections().Connect(me, pairs[2].target, now - 22 * kDayMs));
    // Silently declined by the target: the demo login still sees it as forwarded.
    Introduction declined = Make(me, pairs[3], now - 6 * kDayMs, "",
                                 "Hi, could we talk about internships in your field?");
    declined.status = S::kDeclinedByTarget;
    declined.forwarded_at = now - 5 * kDayMs;
    declined.closed_at = declined.updated_at = now - 4 * kDayMs;
    RETURN_IF_ERROR(add(declined));
    Introduction withdrawn =
        Make(me, pairs[4], now - 12 * kDayMs, "", "Hello, I'd like to ask about your bootcamp.");
    withdrawn.status = S::kWithdrawn;
    withdrawn.closed_at = withdrawn.settled_at = withdrawn.updated_at = now - 10 * kDayMs;
    RETURN_IF_ERROR(add(withdrawn));
    Introduction expired = Make(me, pairs[5], now - 40 * kDayMs, "",
                                "Hi, I'm curious how you moved from teaching into product.");
    expired.status = S::kExpired;
    expired.closed_at = expired.expires_at;
    expired.settled_at = expired.updated_at = expired.expires_at + 60 * 1000;
    RETURN_IF_ERROR(add(expired));

    // The demo login as the one introduced: a connection of theirs vouches for
    // someone they do not know yet.
    {
      const Pair p = pairs[6];  // p.broker knows the demo login and p.target
      Introduction to_me = Make(p.target, {p.broker, me}, now - 2 * kDayMs,
                                "They're new to the field and keen; I think you two would click.",
                                "Hi! I'm new to data science and would love to compare notes on "
                                "learning paths.");
      to_me.status = S::kForwarded;
      to_me.forwarded_at = to_me.updated_at = now - 1 * kDayMs;
      RETURN_IF_ERROR(add(to_me));
    }

    // The demo login as the broker: two of their connections who do not know
    // each other; one ask waiting, an older one they declined.
    for (size_t x = 0; x < mine.size(); ++x) {
      ASSIGN_OR_RETURN(auto rels, tx.connections().Relationships(mine[x], mine));
      std::vector<MemberId> strangers;
      for (size_t y = 0; y < mine.size(); ++y) {
        if (y == x || rels[mine[y]].connected || rels[mine[y]].blocked_either_way()) continue;
        strangers.push_back(mine[y]);
        if (strangers.size() == 2) break;
      }
      if (strangers.size() < 2) continue;
      RETURN_IF_ERROR(add(Make(mine[x], {me, strangers[0]}, now - 1 * kDayMs,
                               "You know them well — would you mind introducing us? I'm applying "
                               "to their team.",
                               "Hello! I'm applying for the analyst role on your team and would "
                               "love your perspective.")));
      Introduction no = Make(mine[x], {me, strangers[1]}, now - 9 * kDayMs, "",
                             "Hi, could I ask you about your first year in the industry?");
      no.status = S::kDeclinedByBroker;
      no.closed_at = no.updated_at = now - 8 * kDayMs;
      RETURN_IF_ERROR(add(no));
      break;
    }
    return Status::Ok();
  }));
  return summary;
}

}  // namespace pln::demo
