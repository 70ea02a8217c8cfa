#include "app/notifications/notification_consumer.h"

#include <string>
#include <type_traits>
#include <utility>
#include <vector>

#include "app/notifications/notification_service.h"

namespace pln::app {
namespace {

constexpr char kConnectionRequestsLink[] = "/requests";
constexpr char kMentoringLink[] = "/mentoring";

std::string MentorshipLink(MentorshipId id) {
  return "/mentoring/" + std::to_string(id.value());
}
std::string FeedbackLink(FeedbackRequestId id) {
  return "/feedback/" + std::to_string(id.value());
}
std::string IntroductionLink(IntroductionId id) {
  return "/introductions/" + std::to_string(id.value());
}

// Collects the notifications of one event; Tell() stores them, in order,
// skipping recipients that no longer exist.
class Teller {
 public:
  Teller(Tx& tx, int64_t at) : tx_(tx), at_(at) {}

  Result<std::string> Name(MemberId member) { return NotificationName(tx_, member); }
  Tx& tx() { return tx_; }

  Status Tell(MemberId to, std::string kind, std::string title, std::string body, std::string link,
              std::string dedupe_key = "") {
    // Checked first: a failed insert would doom the whole transaction.
    ASSIGN_OR_RETURN(auto account, tx_.members().GetAccount(to));
    if (!account) return Status::Ok();
    NewNotification n;
    n.recipient = to;
    n.kind = std::move(kind);
    n.title = std::move(title);
    n.body = std::move(body);
    n.link = std::move(link);
    n.dedupe_key = std::move(dedupe_key);
    return Notify(tx_, n, at_);
  }

 private:
  Tx& tx_;
  int64_t at_;
};

std::string JoinGoals(const std::vector<std::string>& goals) {
  std::string s;
  for (size_t i = 0; i < goals.size(); ++i) s += (i ? "; " : "") + goals[i];
  return s;
}

// One overload per event that tells someone something; the catch-all below
// ignores the rest.
// What Compose answers for an event nobody is told about.
struct Ignored {};

struct Compose {
  Teller& t;

  Status operator()(const ConnectionRequested& e) {
    ASSIGN_OR_RETURN(std::string name, t.Name(e.from));
    return t.Tell(e.to, "connection.request", name + " wants to connect with you", e.note,
                  kConnectionRequestsLink);
  }
  Status operator()(const ConnectionMade& e) {
    // Without a request the tie came from an accepted introduction, which
    // tells both sides itself (IntroductionAccepted).
    if (!e.request.valid()) return Status::Ok();
    ASSIGN_OR_RETURN(std::string name, t.Name(e.by));
    return t.Tell(e.other, "connection.accepted", name + " accepted your request to connect", "",
                  "/members/" + std::to_string(e.by.value()));
  }

  Status operator()(const MentorshipRequested& e) {
    ASSIGN_OR_RETURN(std::string name, t.Name(e.mentee));
    return t.Tell(e.mentor, "mentorship.request", name + " asks you to be their mentor",
                  "Goals: " + JoinGoals(e.goals), kMentoringLink);
  }
  Status operator()(const MentorshipAccepted& e) {
    ASSIGN_OR_RETURN(std::string name, t.Name(e.mentor));
    return t.Tell(e.mentee, "mentorship.accepted", name + " accepted your mentorship request",
                  "Agree on a first check-in and keep your goals up to date.",
                  MentorshipLink(e.mentorship));
  }
  Status operator()(const MentorshipDeclined& e) {
    ASSIGN_OR_RETURN(std::string name, t.Name(e.mentor));
    return t.Tell(e.mentee, "mentorship.declined", name + " declined your mentorship request",
                  "Reason: " + e.reason, kMentoringLink);
  }
  Status operator()(const MentorshipWithdrawn& e) {
    ASSIGN_OR_RETURN(std::string name, t.Name(e.mentee));
    return t.Tell(e.mentor, "mentorship.withdrawn", name + " withdrew their mentorship request", "",
                  kMentoringLink);
  }
  Status operator()(const MentorshipInfoRequested& e) {
    ASSIGN_OR_RETURN(std::string name, t.Name(e.mentor));
    return t.Tell(e.mentee, "mentorship.info_requested", name + " asks for more information",
                  e.question, kMentoringLink);
  }
  Status operator()(const MentorshipInfoAnswered& e) {
    ASSIGN_OR_RETURN(std::string name, t.Name(e.mentee));
    return t.Tell(e.mentor, "mentorship.info_answered", name + " answered your question", e.answer,
                  kMentoringLink);
  }
  Status operator()(const MentorshipRequestExpired& e) {
    ASSIGN_OR_RETURN(std::string mentor, t.Name(e.mentor));
    ASSIGN_OR_RETURN(std::string mentee, t.Name(e.mentee));
    RETURN_IF_ERROR(t.Tell(
        e.mentee, "mentorship.request_expired", "Your mentorship request to " + mentor + " expired",
        "It was not answered in time; you can ask another mentor.", kMentoringLink));
    return t.Tell(e.mentor, "mentorship.request_expired",
                  "The mentorship request from " + mentee + " expired", "", kMentoringLink);
  }
  Status operator()(const MentorshipMatchedElsewhere& e) {
    ASSIGN_OR_RETURN(std::string name, t.Name(e.mentee));
    return t.Tell(e.mentor, "mentorship.matched_elsewhere",
                  name + " found a mentor for the same goals",
                  "Their request to you was closed; nothing for you to do.", kMentoringLink);
  }
  Status operator()(const MentorshipStarted& e) {
    ASSIGN_OR_RETURN(std::string mentor, t.Name(e.mentor));
    ASSIGN_OR_RETURN(std::string mentee, t.Name(e.mentee));
    RETURN_IF_ERROR(t.Tell(e.mentee, "mentorship.started", "You now have a mentor: " + mentor, "",
                           MentorshipLink(e.mentorship)));
    return t.Tell(e.mentor, "mentorship.started", "You now mentor " + mentee, "",
                  MentorshipLink(e.mentorship));
  }
  Status operator()(const CheckInLogged& e) {
    ASSIGN_OR_RETURN(std::string name, t.Name(e.author));
    return t.Tell(e.other, "mentorship.check_in", name + " logged a check-in (" + e.date + ")",
                  e.next_steps.empty() ? "" : "Next steps: " + e.next_steps,
                  MentorshipLink(e.mentorship));
  }
  Status operator()(const MentorshipEnded& e) {
    ASSIGN_OR_RETURN(std::string name, t.Name(e.by));
    return t.Tell(e.other, "mentorship.ended", name + " ended your mentorship",
                  "Leave short feedback and choose whether to show the tie on your profile.",
                  MentorshipLink(e.mentorship));
  }
  Status operator()(const AlumniCheckInLogged& e) {
    ASSIGN_OR_RETURN(std::string name, t.Name(e.author));
    return t.Tell(e.other, "mentorship.alumni_check_in", name + " sent a light check-in", e.note,
                  MentorshipLink(e.mentorship));
  }
  Status operator()(const CheckInOverdue& e) {
    for (MemberId to : {e.mentor, e.mentee}) {
      RETURN_IF_ERROR(t.Tell(to, "mentorship.check_in_overdue", "A mentorship check-in is overdue",
                             "Your " + e.cadence + " check-in is due; log one when you have met.",
                             MentorshipLink(e.mentorship),
                             e.period_key + ":" + std::to_string(to.value())));
    }
    return Status::Ok();
  }
  Status operator()(const AlumniCheckInDue& e) {
    ASSIGN_OR_RETURN(std::string name, t.Name(e.other));
    return t.Tell(e.member, "mentorship.alumni_check_in_due",
                  "Time for a light check-in with " + name,
                  "You asked to be reminded every " + std::to_string(e.every_months) +
                      " months. A short note on your alumni tie is enough.",
                  MentorshipLink(e.mentorship),
                  "mentorship.alumni_check_in:" + std::to_string(e.mentorship.value()) + ":" +
                      std::to_string(e.member.value()) + ":" + std::to_string(e.due));
  }

  Status operator()(const FeedbackRequested& e) {
    ASSIGN_OR_RETURN(std::string name, t.Name(e.requester));
    for (MemberId reviewer : e.reviewers) {
      RETURN_IF_ERROR(t.Tell(reviewer, "feedback.request",
                             name + " asks for your feedback on " + e.skill, e.question,
                             FeedbackLink(e.request)));
    }
    return Status::Ok();
  }
  Status operator()(const ReviewSubmitted& e) {
    ASSIGN_OR_RETURN(std::string name, t.Name(e.reviewer));
    return t.Tell(e.requester, "feedback.review", name + " reviewed your " + e.skill + " request",
                  "", FeedbackLink(e.request));
  }
  Status operator()(const FeedbackReminderDue& e) {
    const std::string what = "feedback on \"" + e.artifact_title + "\" (" + e.skill + ")";
    const std::string key = "feedback.reminder:" + std::to_string(e.request.value());
    std::string title, body, dedupe;
    if (e.days == 0) {
      title = "Last day to give " + what;
      body = "The deadline is today, " + e.deadline + ". After today the request lapses.";
      dedupe = key + ":due";
    } else {
      title = "Feedback due in " + std::to_string(e.days) + " day" + (e.days == 1 ? "" : "s") +
              ": " + what;
      body = "The deadline is " + e.deadline + ".";
      dedupe = key + ":soon";
    }
    if (e.invited) body += " You have not accepted or declined it yet.";
    return t.Tell(e.reviewer, "feedback.reminder", std::move(title), std::move(body),
                  FeedbackLink(e.request), std::move(dedupe));
  }

  Status operator()(const ProgramPublished& e) {
    const std::string link = "/programs/" + std::to_string(e.program.value());
    for (const ProgramPair& p : e.pairs) {
      ASSIGN_OR_RETURN(std::string mentor, t.Name(p.mentor));
      ASSIGN_OR_RETURN(std::string mentee, t.Name(p.mentee));
      RETURN_IF_ERROR(
          t.Tell(p.mentee, "program.matched", e.name + ": your mentor is " + mentor, "", link));
      RETURN_IF_ERROR(t.Tell(p.mentor, "program.matched",
                             e.name + ": " + mentee + " is your mentee", "", link));
    }
    for (MemberId mentee : e.unmatched) {
      RETURN_IF_ERROR(t.Tell(mentee, "program.unmatched",
                             e.name + ": no mentor could be matched this round",
                             "Your program lead has been told and may match you by hand.", link));
    }
    return Status::Ok();
  }

  // Opportunities (issue 18): the poster hears of each member interested, with the title;
  // the note stays on the post's "interested" list. A block since then silences it.
  Status operator()(const InterestExpressed& e) {
    ASSIGN_OR_RETURN(auto post, t.tx().opportunities().Get(e.opportunity));
    if (!post) return Status::Ok();
    ASSIGN_OR_RETURN(auto rels, t.tx().connections().Relationships(e.poster, {e.member}));
    if (rels[e.member].blocked_either_way()) return Status::Ok();
    ASSIGN_OR_RETURN(std::string name, t.Name(e.member));
    return t.Tell(e.poster, "opportunity.interest", name + " is interested in " + post->post.title,
                  "", "/opportunities/" + std::to_string(e.opportunity.value()));
  }
  // Introductions: declines are silent, so A hears only of an acceptance or,
  // at expiry, "not possible this time" — never who declined.
  Status operator()(const IntroductionRequested& e) {
    ASSIGN_OR_RETURN(std::string requester, t.Name(e.requester));
    ASSIGN_OR_RETURN(std::string target, t.Name(e.target));
    return t.Tell(e.broker, "introduction.requested",
                  requester + " asks you to introduce them to " + target,
                  "Read their note, then forward it or decline. If you decline, " + requester +
                      " is not told.",
                  IntroductionLink(e.introduction));
  }
  Status operator()(const IntroductionForwarded& e) {
    ASSIGN_OR_RETURN(std::string broker, t.Name(e.broker));
    ASSIGN_OR_RETURN(std::string requester, t.Name(e.requester));
    return t.Tell(e.target, "introduction.forwarded",
                  broker + " would like to introduce you to " + requester,
                  "Accept to connect with " + requester + ", or decline: nobody is told.",
                  IntroductionLink(e.introduction));
  }
  Status operator()(const IntroductionAccepted& e) {
    ASSIGN_OR_RETURN(std::string requester, t.Name(e.requester));
    ASSIGN_OR_RETURN(std::string broker, t.Name(e.broker));
    ASSIGN_OR_RETURN(std::string target, t.Name(e.target));
    const std::string link = IntroductionLink(e.introduction);
    RETURN_IF_ERROR(t.Tell(e.requester, "introduction.accepted",
                           target + " accepted your introduction: you are now connected",
                           broker + " introduced you. Thank them, and say hello to " + target + ".",
                           link));
    RETURN_IF_ERROR(t.Tell(e.target, "introduction.accepted",
                           "You are now connected with " + requester,
                           broker + " introduced you. Thank them for it.", link));
    return t.Tell(
        e.broker, "introduction.thanks",
        "Your introduction worked: " + requester + " and " + target + " are now connected",
        "Thank you from both of them for making it happen.", link);
  }
  Status operator()(const IntroductionClosed& e) {
    if (e.status != "expired") return Status::Ok();  // declines and withdrawals stay silent
    ASSIGN_OR_RETURN(std::string target, t.Name(e.target));
    return t.Tell(e.requester, "introduction.not_possible",
                  "Your introduction to " + target + " was not possible this time",
                  "Introductions do not always work out. You can ask another mutual connection.",
                  IntroductionLink(e.introduction),
                  "introduction.not_possible:" + std::to_string(e.introduction.value()));
  }
  Status operator()(const ProgramParticipantsAdded& e) {
    const std::string link = "/programs/" + std::to_string(e.program.value());
    for (MemberId mentee : e.mentees) {
      RETURN_IF_ERROR(t.Tell(mentee, "program.preferences",
                             e.name + ": rank the mentors you would like to learn from",
                             "You are a mentee in this program. Rank up to five mentors, best "
                             "first, before the lead runs the matching.",
                             link));
    }
    for (MemberId mentor : e.mentors) {
      RETURN_IF_ERROR(t.Tell(mentor, "program.joined", e.name + ": you are one of its mentors",
                             "The lead will match you with mentees and publish the pairs.", link));
    }
    return Status::Ok();
  }

  template <typename Other>
  Ignored operator()(const Other&) {
    return {};
  }
};

template <typename E>
constexpr bool kTold = !std::is_same_v<std::invoke_result_t<Compose&, const E&>, Ignored>;

}  // namespace

Status NotificationConsumer::Handle(Tx& tx, const StoredEvent& stored, const DomainEvent& event) {
  Teller teller(tx, stored.at);
  Compose compose{teller};
  return std::visit(
      [&](const auto& e) -> Status {
        if constexpr (kTold<std::decay_t<decltype(e)>>) {
          return compose(e);
        } else {
          return Status::Ok();
        }
      },
      event);
}

bool NotificationConsumer::Wants(const DomainEvent& event) const {
  return std::visit([](const auto& e) { return kTold<std::decay_t<decltype(e)>>; }, event);
}

}  // namespace pln::app
