#include "demo/seeder.h"

#include <algorithm>
#include <utility>

#include "app/events/ports.h"
#include "app/feedback/self_assessments.h"
#include "base/crypto.h"
#include "domain/feedback.h"

namespace pln::demo {
namespace {

using app::NewMember;
using app::Tx;

// Small enough that a progress bar moves and no transaction holds the database
// for long; large enough that commit overhead (an fsync each) stays small.
constexpr int kMembersPerTx = 50;
constexpr int kTiesPerTx = 400;

}  // namespace

Result<DemoSummary> SeedDemoNetwork(app::Store& store, const Clock& clock,
                                    const DemoOptions& options, const app::ProgressFn& progress) {
  if (options.password.empty()) {
    return ValidationError({{"password", "must not be empty"}});
  }
  const app::ProgressFn report = progress ? progress : app::NoProgress();
  const int64_t now = clock.NowMs();
  ASSIGN_OR_RETURN(const DemoPlan plan, BuildDemoPlan(options, now));
  const int n = static_cast<int>(plan.people.size());

  DemoSummary summary;
  summary.demo_email = kDemoEmail;
  summary.demo_password = options.password;
  std::vector<MemberId> ids(static_cast<size_t>(n));
  std::vector<bool> created(static_cast<size_t>(n), false);

  // One hash for every demo member: Argon2id at "interactive" strength costs
  // about 0.1 s and 64 MiB by design, so hashing 300 times would keep a
  // newcomer waiting half a minute for accounts that share a password anyway.
  // Hashed lazily: a second run that creates nobody skips it.
  std::string hash;
  for (int start = 0; start < n; start += kMembersPerTx) {
    const int end = std::min(n, start + kMembersPerTx);
    if (hash.empty()) {
      bool missing = false;
      RETURN_IF_ERROR(store.Read([&](Tx& tx) -> Status {
        missing = false;
        for (int i = start; i < end && !missing; ++i) {
          ASSIGN_OR_RETURN(auto account, tx.members().FindAccountByEmail(
                                             plan.people[static_cast<size_t>(i)].email));
          missing = !account.has_value();
        }
        return Status::Ok();
      }));
      if (missing) {
        ASSIGN_OR_RETURN(hash, HashPassword(options.password, options.password_strength));
      }
    }
    std::vector<std::pair<MemberId, bool>> batch;  // id, created now
    RETURN_IF_ERROR(store.Write([&](Tx& tx) -> Status {
      batch.clear();  // Write may run this again after a conflict
      for (int i = start; i < end; ++i) {
        const DemoPerson& person = plan.people[static_cast<size_t>(i)];
        ASSIGN_OR_RETURN(auto account, tx.members().FindAccountByEmail(person.email));
        if (account) {
          batch.emplace_back(account->id, false);
          continue;
        }
        if (hash.empty()) {
          // Deleted between the check above and this transaction.
          return UnavailableError("The demo network changed while seeding; run the command again.");
        }
        NewMember member;
        member.email = person.email;
        member.password_hash = hash;
        member.profile = person.profile;
        member.now = person.created_at;
        ASSIGN_OR_RETURN(MemberId id, tx.members().Create(member));
        RETURN_IF_ERROR(app::RecordSelfAssessments(tx, id, {}, member.profile.skills, member.now));
        batch.emplace_back(id, true);
      }
      return Status::Ok();
    }));
    for (int i = start; i < end; ++i) {
      const auto& [id, made] = batch[static_cast<size_t>(i - start)];
      ids[static_cast<size_t>(i)] = id;
      created[static_cast<size_t>(i)] = made;
      ++(made ? summary.members_created : summary.members_existing);
    }
    report("members", end, n);
  }

  // Connections, grouped by their first member so one Relationships() call
  // checks a whole group for existing ties and blocks.
  std::vector<DemoTie> ties = plan.connections;
  std::sort(ties.begin(), ties.end(), [](const DemoTie& x, const DemoTie& y) {
    return std::pair(x.a, x.b) < std::pair(y.a, y.b);
  });
  const int total_ties = static_cast<int>(ties.size());
  for (int start = 0; start < total_ties; start += kTiesPerTx) {
    const int end = std::min(total_ties, start + kTiesPerTx);
    int made = 0;
    RETURN_IF_ERROR(store.Write([&](Tx& tx) -> Status {
      made = 0;
      for (int g = start; g < end;) {
        const int a = ties[static_cast<size_t>(g)].a;
        int g_end = g;
        std::vector<MemberId> others;
        while (g_end < end && ties[static_cast<size_t>(g_end)].a == a) {
          others.push_back(ids[static_cast<size_t>(ties[static_cast<size_t>(g_end)].b)]);
          ++g_end;
        }
        const MemberId me = ids[static_cast<size_t>(a)];
        ASSIGN_OR_RETURN(auto relationships, tx.connections().Relationships(me, others));
        for (; g < g_end; ++g) {
          const DemoTie& tie = ties[static_cast<size_t>(g)];
          const MemberId other = ids[static_cast<size_t>(tie.b)];
          const auto rel = relationships.find(other);
          if (rel != relationships.end() &&
              (rel->second.connected || rel->second.blocked_either_way())) {
            continue;
          }
          ASSIGN_OR_RETURN(const bool is_new, tx.connections().Connect(me, other, tie.at));
          if (is_new) ++made;
        }
      }
      return Status::Ok();
    }));
    summary.connections += made;
    report("connections", end, total_ties);
  }

  // Requests and follows are things people act on (decline, unfollow): only
  // make them for members this run created, so a rerun does not undo choices.
  std::vector<DemoRequest> requests;
  for (const DemoRequest& r : plan.requests) {
    if (created[static_cast<size_t>(r.from)] || created[static_cast<size_t>(r.to)]) {
      requests.push_back(r);
    }
  }
  const int total_requests = static_cast<int>(requests.size());
  for (int start = 0; start < total_requests; start += kTiesPerTx) {
    const int end = std::min(total_requests, start + kTiesPerTx);
    int made = 0;
    RETURN_IF_ERROR(store.Write([&](Tx& tx) -> Status {
      made = 0;
      for (int k = start; k < end; ++k) {
        const DemoRequest& r = requests[static_cast<size_t>(k)];
        const MemberId from = ids[static_cast<size_t>(r.from)];
        const MemberId to = ids[static_cast<size_t>(r.to)];
        ASSIGN_OR_RETURN(auto relationships, tx.connections().Relationships(from, {to}));
        const auto rel = relationships.find(to);
        if (rel != relationships.end() &&
            (rel->second.connected || rel->second.blocked_either_way() ||
             rel->second.pending_outgoing || rel->second.pending_incoming)) {
          continue;
        }
        ASSIGN_OR_RETURN(const RequestId id,
                         tx.connections().CreateRequest(from, to, r.note, r.at));
        // The same fact the service records, dated when the request was
        // made: the recipient's notifications show it (issue 16).
        RETURN_IF_ERROR(app::Emit(tx, app::ConnectionRequested{id, from, to, r.note}, r.at, from));
        ++made;
      }
      return Status::Ok();
    }));
    summary.requests += made;
    report("requests", end, total_requests);
  }

  std::vector<DemoTie> follows;
  for (const DemoTie& f : plan.follows) {
    if (created[static_cast<size_t>(f.a)]) follows.push_back(f);
  }
  const int total_follows = static_cast<int>(follows.size());
  for (int start = 0; start < total_follows; start += kTiesPerTx) {
    const int end = std::min(total_follows, start + kTiesPerTx);
    int made = 0;
    RETURN_IF_ERROR(store.Write([&](Tx& tx) -> Status {
      made = 0;
      for (int k = start; k < end; ++k) {
        const DemoTie& f = follows[static_cast<size_t>(k)];
        const MemberId follower = ids[static_cast<size_t>(f.a)];
        const MemberId followee = ids[static_cast<size_t>(f.b)];
        ASSIGN_OR_RETURN(auto relationships, tx.connections().Relationships(follower, {followee}));
        const auto rel = relationships.find(followee);
        if (rel != relationships.end() && rel->second.blocked_either_way()) continue;
        ASSIGN_OR_RETURN(const bool is_new, tx.connections().Follow(follower, followee, f.at));
        if (is_new) ++made;
      }
      return Status::Ok();
    }));
    summary.follows += made;
    report("follows", end, total_follows);
  }

  // Feedback: when this run created the demo login, two of its connections
  // review a portfolio piece and endorse a skill, and a third asks the demo
  // member for feedback, so every feedback page has something to show.
  if (created[0]) {
    std::vector<int> friends;
    for (const DemoTie& t : plan.connections) {
      if (t.a == 0 && std::find(friends.begin(), friends.end(), t.b) == friends.end()) {
        friends.push_back(t.b);
      }
      if (friends.size() == 3) break;
    }
    if (friends.size() == 3) {
      RETURN_IF_ERROR(store.Write([&](Tx& tx) -> Status {
        summary.feedback_requests = 0;
        const MemberId demo = ids[0];
        const auto& skills = plan.people[0].profile.skills;
        const std::string skill = skills.empty() ? "Portfolio" : skills[0].name;
        const int64_t day = 24LL * 3600 * 1000;
        domain::FeedbackRequestInput ask;
        ask.skill = skill;
        ask.artifact = {"Portfolio case study", "https://example.org/portfolio/case-study",
                        "## Problem\n\nNew members dropped out in week one.\n\n"
                        "## What I did\n\n- Interviewed 12 learners\n- Redesigned onboarding"};
        ask.question = "Is my case study convincing to a hiring manager?";
        ask.reviewers = {ids[static_cast<size_t>(friends[0])],
                         ids[static_cast<size_t>(friends[1])]};
        ask.deadline = domain::IsoDateOf(now + 14 * day);
        ASSIGN_OR_RETURN(FeedbackRequestId id,
                         tx.feedback().CreateRequest(demo, ask, now - 9 * day));
        // Each write records the event its service would (notifications follow).
        RETURN_IF_ERROR(
            app::Emit(tx, app::FeedbackRequested{id, demo, ask.reviewers, ask.skill, ask.question},
                      now - 9 * day, demo));
        const int scores[2][3] = {{4, 3, 4}, {3, 3, 5}};
        for (int k = 0; k < 2; ++k) {
          domain::Review review;
          review.request = id;
          review.reviewer = ask.reviewers[static_cast<size_t>(k)];
          review.ratings = {
              {"clarity", scores[k][0]}, {"depth", scores[k][1]}, {"impact", scores[k][2]}};
          review.strengths = k == 0 ? "The **problem statement** is crisp and the interviews "
                                      "ground it in evidence."
                                    : "Clear before/after story; the redesign is easy to follow.";
          review.improvements = k == 0 ? "Quantify the outcome: how many more learners stayed?"
                                       : "Say what *you* decided versus the team.";
          review.next_step = k == 0 ? "Add one metric to the summary at the top."
                                    : "Rewrite the second section in the first person.";
          review.created_at = now - (6 - 2 * k) * day;
          ASSIGN_OR_RETURN(ReviewId review_id, tx.feedback().CreateReview(review));
          RETURN_IF_ERROR(tx.feedback().SetReviewerStatus(
              id, review.reviewer, domain::ReviewerStatus::kSubmitted, review.created_at));
          RETURN_IF_ERROR(
              app::Emit(tx, app::ReviewSubmitted{id, review_id, review.reviewer, demo, skill},
                        review.created_at, review.reviewer));
          const int64_t endorsed_at = review.created_at + 3600 * 1000;
          ASSIGN_OR_RETURN(
              EndorsementId endorsement,
              tx.feedback().CreateEndorsement(review.reviewer, demo, skill,
                                              "Saw it in their portfolio work.", endorsed_at));
          RETURN_IF_ERROR(
              app::Emit(tx, app::EndorsementGiven{endorsement, review.reviewer, demo, skill},
                        endorsed_at, review.reviewer));
        }
        domain::FeedbackRequestInput incoming;
        incoming.skill = "Writing";
        incoming.artifact = {"My first blog post", "", "I wrote about learning SQL in *30 days*."};
        incoming.question = "Does the introduction make you want to read on?";
        incoming.reviewers = {demo};
        incoming.deadline = domain::IsoDateOf(now + 10 * day);
        const MemberId asker = ids[static_cast<size_t>(friends[2])];
        ASSIGN_OR_RETURN(FeedbackRequestId incoming_id,
                         tx.feedback().CreateRequest(asker, incoming, now - day));
        RETURN_IF_ERROR(app::Emit(tx,
                                  app::FeedbackRequested{incoming_id, asker, incoming.reviewers,
                                                         incoming.skill, incoming.question},
                                  now - day, asker));
        summary.feedback_requests = 2;
        return Status::Ok();
      }));
    }
  }
  return summary;
}

}  // namespace pln::demo
