#include "domain/mentorship.h"

#include <algorithm>
#include <set>

#include "base/text.h"
#include "domain/feedback.h"
#include "domain/text_rules.h"

namespace pln::domain {
namespace {

constexpr int64_t kDayMs = 24LL * 3600 * 1000;

}  // namespace

std::string_view ToString(MentorFormat f) {
  switch (f) {
    case MentorFormat::kVideo: return "video";
    case MentorFormat::kInPerson: return "in_person";
    case MentorFormat::kChat: return "chat";
    case MentorFormat::kMixed: return "mixed";
  }
  return "video";
}

std::optional<MentorFormat> ParseMentorFormat(std::string_view s) {
  for (MentorFormat f :
       {MentorFormat::kVideo, MentorFormat::kInPerson, MentorFormat::kChat, MentorFormat::kMixed}) {
    if (ToString(f) == s) return f;
  }
  return std::nullopt;
}

std::string_view ToString(Cadence c) {
  switch (c) {
    case Cadence::kWeekly: return "weekly";
    case Cadence::kBiweekly: return "biweekly";
    case Cadence::kMonthly: return "monthly";
  }
  return "biweekly";
}

std::optional<Cadence> ParseCadence(std::string_view s) {
  for (Cadence c : {Cadence::kWeekly, Cadence::kBiweekly, Cadence::kMonthly}) {
    if (ToString(c) == s) return c;
  }
  return std::nullopt;
}

int CadenceDays(Cadence c) {
  switch (c) {
    case Cadence::kWeekly: return 7;
    case Cadence::kBiweekly: return 14;
    case Cadence::kMonthly: return 30;
  }
  return 14;
}

Result<MentorOffer> ValidateOffer(MentorOffer offer) {
  std::vector<FieldError> errors;
  using L = MentorshipLimits;
  offer.fields = CheckNames(offer.fields, "fields", L::kAreaName, L::kMaxFields, false, errors);
  offer.skills = CheckNames(offer.skills, "skills", L::kAreaName, L::kMaxSkills, false, errors);
  if (errors.empty() && offer.fields.empty() && offer.skills.empty()) {
    errors.push_back({"skills", "name at least one field or skill you can help with"});
  }
  offer.help = CheckText(offer.help, "help", L::kHelp, true, errors);
  if (offer.capacity < L::kMinCapacity || offer.capacity > L::kMaxCapacity) {
    errors.push_back({"capacity", "must be between 1 and 20"});
  }
  if (!errors.empty()) return ValidationError(std::move(errors));
  return offer;
}

std::string_view ToString(MentorshipRequestStatus s) {
  using S = MentorshipRequestStatus;
  switch (s) {
    case S::kPending: return "pending";
    case S::kInfoRequested: return "info_requested";
    case S::kAccepted: return "accepted";
    case S::kDeclined: return "declined";
    case S::kWithdrawn: return "withdrawn";
    case S::kExpired: return "expired";
    case S::kMatchedElsewhere: return "matched_elsewhere";
  }
  return "pending";
}

std::optional<MentorshipRequestStatus> ParseMentorshipRequestStatus(std::string_view s) {
  using S = MentorshipRequestStatus;
  for (S v : {S::kPending, S::kInfoRequested, S::kAccepted, S::kDeclined, S::kWithdrawn,
              S::kExpired, S::kMatchedElsewhere}) {
    if (ToString(v) == s) return v;
  }
  return std::nullopt;
}

bool IsOpen(MentorshipRequestStatus s) {
  return s == MentorshipRequestStatus::kPending || s == MentorshipRequestStatus::kInfoRequested;
}

Result<MentorshipRequestInput> ValidateRequestInput(MentorshipRequestInput in) {
  std::vector<FieldError> errors;
  using L = MentorshipLimits;
  in.message = CheckText(in.message, "message", L::kMessage, true, errors);
  in.goals = CheckNames(in.goals, "goals", L::kGoal, L::kMaxGoals, true, errors);
  if (!errors.empty()) return ValidationError(std::move(errors));
  return in;
}

Result<MentorshipRequestStatus> DecideRequestTransition(const MentorshipRequest& r, MemberId actor,
                                                        MentorshipRequestAction action,
                                                        int64_t now) {
  using A = MentorshipRequestAction;
  using S = MentorshipRequestStatus;
  if (actor != r.mentor && actor != r.mentee) return NotFoundError("mentorship request");
  const bool mentor_action = action == A::kAccept || action == A::kDecline || action == A::kAskInfo;
  if (mentor_action != (actor == r.mentor)) {
    return ForbiddenError(
        mentor_action ? "Only the mentor can do this." : "Only the mentee can do this.",
        "wrong_party");
  }
  if (!IsOpen(r.status)) {
    return ConflictError("not_open", "This request is " + std::string(ToString(r.status)) +
                                         " and can no longer change.");
  }
  if (now >= r.expires_at) {
    return ConflictError("expired", "This request expired without an answer.");
  }
  switch (action) {
    case A::kAccept: return S::kAccepted;
    case A::kDecline: return S::kDeclined;
    case A::kWithdraw: return S::kWithdrawn;
    case A::kAskInfo:
      if (r.status != S::kPending) {
        return ConflictError("already_asked", "You already asked; wait for the answer.");
      }
      return S::kInfoRequested;
    case A::kAnswer:
      if (r.status != S::kInfoRequested) {
        return ConflictError("not_waiting_for_info", "The mentor has not asked for anything.");
      }
      return S::kPending;
  }
  return InternalError("unknown request action");
}

bool GoalsOverlap(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  std::set<std::string> left;
  for (const std::string& g : a) left.insert(AsciiLower(NormalizeSpace(g)));
  for (const std::string& g : b) {
    if (left.contains(AsciiLower(NormalizeSpace(g)))) return true;
  }
  return false;
}

std::optional<int64_t> Median(std::vector<int64_t> values) {
  if (values.empty()) return std::nullopt;
  const size_t mid = (values.size() - 1) / 2;
  std::nth_element(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(mid), values.end());
  return values[mid];
}

std::string DescribeDuration(int64_t ms) {
  const int64_t hours = (ms + 1800 * 1000) / (3600 * 1000);
  if (hours < 1) return "under an hour";
  if (hours < 36) return "about " + std::to_string(hours) + (hours == 1 ? " hour" : " hours");
  const int64_t days = (ms + kDayMs / 2) / kDayMs;
  return "about " + std::to_string(days) + (days == 1 ? " day" : " days");
}

std::string_view ToString(GoalStatus s) {
  switch (s) {
    case GoalStatus::kOpen: return "open";
    case GoalStatus::kInProgress: return "in_progress";
    case GoalStatus::kDone: return "done";
  }
  return "open";
}

std::optional<GoalStatus> ParseGoalStatus(std::string_view s) {
  for (GoalStatus g : {GoalStatus::kOpen, GoalStatus::kInProgress, GoalStatus::kDone}) {
    if (ToString(g) == s) return g;
  }
  return std::nullopt;
}

std::string_view ToString(MentorshipStatus s) {
  return s == MentorshipStatus::kActive ? "active" : "ended";
}

std::optional<MentorshipStatus> ParseMentorshipStatus(std::string_view s) {
  if (s == "active") return MentorshipStatus::kActive;
  if (s == "ended") return MentorshipStatus::kEnded;
  return std::nullopt;
}

bool IsParty(MemberId member, const Mentorship& m) {
  return member == m.mentor || member == m.mentee;
}

MemberId OtherParty(MemberId member, const Mentorship& m) {
  return member == m.mentor ? m.mentee : m.mentor;
}

bool AlumniTieVisible(const Mentorship& m) {
  return m.status == MentorshipStatus::kEnded && m.mentor_shows_alumni && m.mentee_shows_alumni;
}

Result<CheckIn> ValidateCheckIn(CheckIn in, std::string_view today, std::string_view start_date) {
  std::vector<FieldError> errors;
  using L = MentorshipLimits;
  if (!IsIsoDate(in.date)) {
    errors.push_back({"date", "must be a date written YYYY-MM-DD"});
  } else if (in.date > today) {
    errors.push_back({"date", "cannot be in the future"});
  } else if (in.date < start_date) {
    errors.push_back({"date", "cannot be before the mentorship started"});
  }
  in.notes = CheckText(in.notes, "notes", L::kNotes, true, errors);
  in.next_steps = CheckText(in.next_steps, "next_steps", L::kNextSteps, false, errors);
  if (!errors.empty()) return ValidationError(std::move(errors));
  return in;
}

Result<std::string> NormalizeGoal(std::string_view text, std::string_view field) {
  std::vector<FieldError> errors;
  std::string clean = CheckLine(text, field, MentorshipLimits::kGoal, true, errors);
  if (!errors.empty()) return ValidationError(std::move(errors));
  return clean;
}

int64_t NextCheckInDue(const Mentorship& m) {
  return m.last_check_in_at.value_or(m.started_at) + CadenceDays(m.cadence) * kDayMs;
}

bool CheckInOverdue(const Mentorship& m, int64_t now) {
  return m.status == MentorshipStatus::kActive && now > NextCheckInDue(m);
}

int64_t OverduePeriod(const Mentorship& m, int64_t now) {
  if (!CheckInOverdue(m, now)) return 0;
  return 1 + (now - NextCheckInDue(m)) / (CadenceDays(m.cadence) * kDayMs);
}

Result<CompletionFeedback> ValidateCompletionFeedback(CompletionFeedback in) {
  std::vector<FieldError> errors;
  using L = MentorshipLimits;
  if (in.helpfulness < 1 || in.helpfulness > 5) {
    errors.push_back({"helpfulness", "must be between 1 and 5"});
  }
  in.went_well = CheckText(in.went_well, "went_well", L::kFeedbackText, true, errors);
  in.suggestion = CheckText(in.suggestion, "suggestion", L::kFeedbackText, false, errors);
  if (!errors.empty()) return ValidationError(std::move(errors));
  return in;
}

Status ValidateAlumniInterval(int every_months) {
  if (every_months != 0 && every_months != 3 && every_months != 6) {
    return ValidationError({{"every_months", "must be 0 (off), 3 or 6"}});
  }
  return Status::Ok();
}

Result<std::string> ValidateAlumniNote(std::string_view note) {
  std::vector<FieldError> errors;
  std::string clean = CheckText(note, "note", kAlumniNote, true, errors);
  if (!errors.empty()) return ValidationError(std::move(errors));
  return clean;
}

int64_t AlumniCheckInDue(const AlumniPlan& plan, int64_t ended_at,
                         std::optional<int64_t> last_check_in) {
  const int64_t from = std::max({ended_at, plan.since, last_check_in.value_or(0)});
  return from + static_cast<int64_t>(plan.every_months) * 365 / 12 * kDayMs;
}

}  // namespace pln::domain
