#include "app/home/next_steps.h"

#include <algorithm>
#include <cctype>
#include <chrono>
#include <unordered_map>
#include <utility>

#include "app/programs/access.h"
#include "domain/feedback.h"
#include "domain/mentorship.h"
#include "domain/program.h"

namespace pln::app {
namespace {

constexpr int64_t kDayMs = 24LL * 3600 * 1000;
// How many of each kind are read: Home shows the most urgent, never everything.
constexpr int kPerKind = 50;
constexpr int kMaxPrograms = 10;
// An undated item ranks as if due this long after it started waiting.
constexpr int64_t kUndatedGraceMs = 7 * kDayMs;

// The last millisecond of a YYYY-MM-DD day (UTC): a feedback deadline is the
// whole day. Nullopt for a malformed date (the store never writes one).
std::optional<int64_t> EndOfDayMs(const std::string& date) {
  if (!domain::IsIsoDate(date)) return std::nullopt;
  using namespace std::chrono;
  const year_month_day ymd{year(std::stoi(date.substr(0, 4))),
                           month(static_cast<unsigned>(std::stoi(date.substr(5, 2)))),
                           day(static_cast<unsigned>(std::stoi(date.substr(8, 2))))};
  if (!ymd.ok()) return std::nullopt;
  const int64_t start = duration_cast<milliseconds>(sys_days(ymd).time_since_epoch()).count();
  return start + kDayMs - 1;
}

// Query-string escaping for the one value Home puts in a link (a field name).
std::string QueryEscape(const std::string& s) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : s) {
    if (std::isalnum(c) != 0 || c == '-' || c == '_' || c == '.' || c == '~') {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
  return out;
}

std::string Plural(int n, const std::string& one, const std::string& many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

int64_t UrgencyKey(const NextStepItem& item) {
  return item.due_at ? *item.due_at : item.since + kUndatedGraceMs;
}

class StoreNextSteps final : public NextSteps {
 public:
  StoreNextSteps(Store& store, const Clock& clock) : store_(store), clock_(clock) {}

  // Items, each with the member it is about (named later), if any.
  using Pending = std::vector<std::pair<NextStepItem, std::optional<MemberId>>>;

  Result<NextStepsView> For(MemberId me) override {
    const int64_t now = clock_.NowMs();
    NextStepsView view;
    RETURN_IF_ERROR(store_.Read([&](Tx& tx) -> Status {
      view = NextStepsView();
      ASSIGN_OR_RETURN(auto self, tx.members().Get(me));
      if (!self) return NotFoundError("member");
      // Items name other people; they are filled in (and blocked or deleted
      // ones dropped) at the end, in one Summaries and one Relationships call.
      Pending pending;
      RETURN_IF_ERROR(Connections(tx, me, pending));
      RETURN_IF_ERROR(Mentorship(tx, me, now, pending));
      RETURN_IF_ERROR(Feedback(tx, me, now, pending));
      RETURN_IF_ERROR(Programs(tx, me, view, pending));
      RETURN_IF_ERROR(NameAndFilter(tx, me, std::move(pending), view.items));
      std::stable_sort(view.items.begin(), view.items.end(),
                       [](const NextStepItem& a, const NextStepItem& b) {
                         return UrgencyKey(a) < UrgencyKey(b);
                       });
      return Growth(tx, *self, view);
    }));
    return view;
  }

 private:
  static Status Connections(Tx& tx, MemberId me, Pending& out) {
    ASSIGN_OR_RETURN(auto requests,
                     tx.connections().ListRequests(me, RequestDirection::kIncoming,
                                                   domain::RequestStatus::kPending, 0, kPerKind));
    for (const domain::ConnectionRequest& r : requests) {
      NextStepItem item;
      item.kind = "connection_request";
      item.title = "{name} wants to connect with you";
      item.detail = r.note;
      item.since = r.created_at;
      item.link = "/requests";
      item.connection_request_id = r.id.value();
      out.emplace_back(std::move(item), r.from);
    }
    return Status::Ok();
  }

  static Status Mentorship(Tx& tx, MemberId me, int64_t now, Pending& out) {
    using S = domain::MentorshipRequestStatus;
    ASSIGN_OR_RETURN(auto asked,
                     tx.mentorship().ListRequests(me, MentorshipRole::kMentor, kPerKind));
    for (const domain::MentorshipRequest& r : asked) {
      if (r.status != S::kPending || r.expires_at <= now) continue;
      NextStepItem item;
      item.kind = "mentorship_request";
      item.title = "{name} asks you to be their mentor";
      std::string goals;
      for (const std::string& g : r.goals) goals += (goals.empty() ? "" : "; ") + g;
      item.detail = "Goals: " + goals;
      item.due_at = r.expires_at;
      item.since = r.created_at;
      item.link = "/mentoring";
      item.mentorship_request_id = r.id.value();
      out.emplace_back(std::move(item), r.mentee);
    }
    ASSIGN_OR_RETURN(auto mine, tx.mentorship().OpenRequestsOf(me));
    for (const domain::MentorshipRequest& r : mine) {
      if (r.status != S::kInfoRequested || r.expires_at <= now) continue;
      NextStepItem item;
      item.kind = "mentorship_info";
      item.title = "{name} asks for more information about your request";
      item.detail = r.info_question;
      item.due_at = r.expires_at;
      item.since = r.first_response_at.value_or(r.created_at);
      item.link = "/mentoring";
      item.mentorship_request_id = r.id.value();
      out.emplace_back(std::move(item), r.mentor);
    }
    ASSIGN_OR_RETURN(auto mentorships, tx.mentorship().ListMentorships(me));
    for (const domain::Mentorship& m : mentorships) {
      if (m.status != domain::MentorshipStatus::kActive) continue;
      NextStepItem item;
      item.kind = "check_in";
      item.due_at = domain::NextCheckInDue(m);
      item.overdue = domain::CheckInOverdue(m, now);
      item.title =
          item.overdue ? "Your check-in with {name} is overdue" : "Next check-in with {name}";
      item.detail =
          "A " + std::string(domain::ToString(m.cadence)) + " check-in: log it when you have met.";
      item.since = m.last_check_in_at.value_or(m.started_at);
      item.link = "/mentoring/" + std::to_string(m.id.value());
      item.mentorship_id = m.id.value();
      out.emplace_back(std::move(item), m.mentor == me ? m.mentee : m.mentor);
    }
    return Status::Ok();
  }

  static Status Feedback(Tx& tx, MemberId me, int64_t now, Pending& out) {
    using R = domain::ReviewerStatus;
    const std::string today = domain::IsoDateOf(now);
    ASSIGN_OR_RETURN(auto requests,
                     tx.feedback().ListRequests(me, FeedbackRole::kReviewer, 0, kPerKind));
    for (const domain::FeedbackRequest& r : requests) {
      const auto slot =
          std::find_if(r.reviewers.begin(), r.reviewers.end(),
                       [&](const domain::ReviewerSlot& s) { return s.reviewer == me; });
      if (slot == r.reviewers.end() ||
          (slot->status != R::kInvited && slot->status != R::kAccepted)) {
        continue;
      }
      if (r.deadline < today) continue;  // lapsed: nothing left to do
      NextStepItem item;
      item.kind = "feedback_review";
      item.title = "{name} asks for your feedback on " + r.skill;
      item.detail = (slot->status == R::kInvited ? "Accept or decline: " : "Write your review: ") +
                    r.artifact.title;
      item.due_at = EndOfDayMs(r.deadline);
      item.since = r.created_at;
      item.link = "/feedback/" + std::to_string(r.id.value());
      item.feedback_request_id = r.id.value();
      out.emplace_back(std::move(item), r.requester);
    }
    return Status::Ok();
  }

  static Status Programs(Tx& tx, MemberId me, NextStepsView& view, Pending& out) {
    ASSIGN_OR_RETURN(auto programs, tx.programs().ListFor(me, kMaxPrograms));
    for (const domain::Program& p : programs) {
      const std::string link = "/programs/" + std::to_string(p.id.value());
      if (IsLead(p, me)) {
        ASSIGN_OR_RETURN(LeadProgramState state, LeadState(tx, p));
        if (state.stage == "matched") {
          NextStepItem item;
          item.kind = "program_review";
          item.title = p.name + ": review the proposed pairs and publish them";
          item.detail = state.state;
          item.since = p.updated_at;
          item.link = link;
          item.program_id = p.id.value();
          out.emplace_back(std::move(item), std::nullopt);
        }
        view.programs.push_back(std::move(state));
        continue;
      }
      if (!domain::CanSetPreferences(p.status)) continue;
      ASSIGN_OR_RETURN(auto part, tx.programs().GetParticipant(p.id, me));
      if (!part || part->role != domain::ParticipantRole::kMentee || !part->ranked.empty()) {
        continue;
      }
      NextStepItem item;
      item.kind = "program_preferences";
      item.title = p.name + ": rank the mentors you would like to learn from";
      item.detail = "Up to " + std::to_string(domain::ProgramLimits::kMaxRanked) +
                    " mentors, best first, before the lead runs the matching.";
      item.since = part->joined_at;
      item.link = link;
      item.program_id = p.id.value();
      out.emplace_back(std::move(item), std::nullopt);
    }
    return Status::Ok();
  }

  static Result<LeadProgramState> LeadState(Tx& tx, const domain::Program& p) {
    LeadProgramState s;
    s.program_id = p.id.value();
    s.name = p.name;
    s.status = std::string(domain::ToString(p.status));
    s.link = "/programs/" + std::to_string(p.id.value());
    ASSIGN_OR_RETURN(auto participants, tx.programs().Participants(p.id));
    for (const domain::Participant& x : participants) {
      if (x.role == domain::ParticipantRole::kMentee) {
        ++s.mentees;
        if (!x.ranked.empty()) ++s.ranked;
      } else {
        ++s.mentors;
      }
    }
    if (p.status != domain::ProgramStatus::kDraft) {
      ASSIGN_OR_RETURN(auto proposal, tx.programs().GetProposal(p.id));
      if (proposal) {
        s.pairs = static_cast<int>(proposal->pairs.size());
        s.unmatched = static_cast<int>(proposal->unmatched.size());
      }
    }
    const std::string pairs = Plural(s.pairs, "pair", "pairs");
    switch (p.status) {
      case domain::ProgramStatus::kDraft:
      case domain::ProgramStatus::kMatching:
        if (participants.empty()) {
          s.stage = "draft";
          s.state = "Draft: import the cohort's mentees and mentors";
        } else if (p.status == domain::ProgramStatus::kMatching && s.pairs + s.unmatched > 0) {
          s.stage = "matched";
          s.state = "Matched: " + pairs + " proposed, " + std::to_string(s.unmatched) +
                    " unmatched; review and publish";
        } else {
          s.stage = "preferences_open";
          s.state = "Preferences open: " + std::to_string(s.ranked) + " of " +
                    Plural(s.mentees, "mentee", "mentees") + " ranked their mentors";
        }
        break;
      case domain::ProgramStatus::kPublished:
        s.stage = "published";
        s.state = "Published: " + pairs + " mentoring";
        break;
      case domain::ProgramStatus::kClosed:
        s.stage = "closed";
        s.state = "Closed";
        break;
    }
    return s;
  }

  // Puts the other person's name in place of "{name}" in each title and
  // drops items about members who are gone or blocked either way.
  static Status NameAndFilter(Tx& tx, MemberId me, Pending pending,
                              std::vector<NextStepItem>& out) {
    std::vector<MemberId> others;
    for (const auto& [item, other] : pending) {
      if (other && std::find(others.begin(), others.end(), *other) == others.end()) {
        others.push_back(*other);
      }
    }
    std::unordered_map<MemberId, MemberSummary> names;
    std::unordered_map<MemberId, domain::Relationship> rels;
    if (!others.empty()) {
      ASSIGN_OR_RETURN(names, tx.members().Summaries(others));
      ASSIGN_OR_RETURN(rels, tx.connections().Relationships(me, others));
    }
    for (auto& [item, other] : pending) {
      if (other) {
        const auto name = names.find(*other);
        if (name == names.end()) continue;
        if (auto rel = rels.find(*other); rel != rels.end() && rel->second.blocked_either_way()) {
          continue;
        }
        if (const size_t at = item.title.find("{name}"); at != std::string::npos) {
          item.title.replace(at, 6, name->second.name);
        }
        item.member = name->second;
      }
      out.push_back(std::move(item));
    }
    return Status::Ok();
  }

  // The three-step start and the suggestions, each saying why.
  static Status Growth(Tx& tx, const domain::Member& self, NextStepsView& view) {
    const domain::Profile& p = self.profile;
    const bool has_field = !p.fields.empty(), has_skills = !p.skills.empty(),
               has_goal = !p.goals.empty();
    view.newcomer = !(has_field && has_skills && has_goal);
    view.start = {
        {"field", "Choose the field you are in or want to enter", has_field, "/profile#fields"},
        {"skills", "Add your skills with a level for each", has_skills, "/profile#skills"},
        {"goal", "Set a goal for the months ahead", has_goal, "/profile#goals"},
    };
    auto& s = view.suggestions;
    if (!has_field) {
      s.push_back({"add_field", "Add your field",
                   "Mentors, peers and opportunities are suggested by field; without one "
                   "pln can only guess.",
                   "/profile#fields"});
    }
    if (!has_skills) {
      s.push_back({"add_skills", "Add your skills",
                   "Skills with levels let reviewers and mentors see where you stand.",
                   "/profile#skills"});
    }
    if (!has_goal) {
      s.push_back({"add_goal", "Set a goal",
                   "A goal tells mentors what you want to reach and keeps your next steps "
                   "focused.",
                   "/profile#goals"});
    }
    ASSIGN_OR_RETURN(auto mentorships, tx.mentorship().ListMentorships(self.id));
    const bool has_mentor =
        std::any_of(mentorships.begin(), mentorships.end(), [&](const domain::Mentorship& m) {
          return m.mentee == self.id && m.status == domain::MentorshipStatus::kActive;
        });
    if (!has_mentor && p.stage != domain::CareerStage::kExperienced) {
      if (has_field) {
        s.push_back({"find_mentor", "Find a mentor in " + p.fields[0],
                     "You have no mentor yet. Someone who has walked the road into " + p.fields[0] +
                         " helps you most in your first steps.",
                     "/mentors?field=" + QueryEscape(p.fields[0])});
      } else {
        s.push_back({"find_mentor", "Find a mentor",
                     "You have no mentor yet. Add your field first and the mentors who know "
                     "it come first.",
                     "/mentors"});
      }
    }
    ASSIGN_OR_RETURN(int64_t connections, tx.connections().CountConnections(self.id));
    if (connections == 0) {
      s.push_back({"first_connection",
                   has_field ? "Connect with people in " + p.fields[0] : "Make a first connection",
                   "You have no connections yet. A network grows from a first few people you "
                   "learn with; a short note says why you connect.",
                   has_field ? "/directory?field=" + QueryEscape(p.fields[0]) : "/directory"});
    }
    if (has_skills) {
      ASSIGN_OR_RETURN(auto asked,
                       tx.feedback().ListRequests(self.id, FeedbackRole::kRequester, 0, 1));
      if (asked.empty()) {
        s.push_back({"ask_feedback", "Ask for feedback on " + p.skills[0].name,
                     "You have not asked for feedback yet. Honest feedback on your work is how "
                     "a skill grows past what you can judge alone.",
                     "/feedback"});
      }
    }
    if (p.stage == domain::CareerStage::kExperienced && p.open_to.mentoring) {
      ASSIGN_OR_RETURN(auto offer, tx.mentorship().GetOffer(self.id));
      if (!offer) {
        s.push_back({"offer_mentoring", "Offer mentoring",
                     "Your profile says you are open to mentoring, but learners cannot ask you "
                     "until you publish an offer with your areas and capacity.",
                     "/mentoring"});
      }
    }
    return Status::Ok();
  }

  Store& store_;
  const Clock& clock_;
};

}  // namespace

std::unique_ptr<NextSteps> MakeNextSteps(Store& store, const Clock& clock) {
  return std::make_unique<StoreNextSteps>(store, clock);
}

}  // namespace pln::app
