// Mentorship (issue 4): mentor offers, mentorship requests and their life
// cycle, agreed mentorships with goals and check-ins, completion feedback and
// the alumni tie. Pure rules, no I/O.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/ids.h"
#include "base/result.h"

namespace pln::domain {

enum class MentorFormat { kVideo, kInPerson, kChat, kMixed };
std::string_view ToString(MentorFormat f);  // "video" | "in_person" | "chat" | "mixed"
std::optional<MentorFormat> ParseMentorFormat(std::string_view s);

enum class Cadence { kWeekly, kBiweekly, kMonthly };
std::string_view ToString(Cadence c);  // "weekly" | "biweekly" | "monthly"
std::optional<Cadence> ParseCadence(std::string_view s);
int CadenceDays(Cadence c);  // 7 | 14 | 30

struct MentorshipLimits {
  static constexpr size_t kAreaName = 60, kMaxFields = 10, kMaxSkills = 20, kHelp = 2000,
                          kMessage = 2000, kGoal = 200, kMaxGoals = 5, kReason = 500, kInfo = 1000,
                          kNotes = 4000, kNextSteps = 1000, kEndNote = 500, kFeedbackText = 1000;
  static constexpr int kMinCapacity = 1, kMaxCapacity = 20;
  // A mentee has at most this many open (pending or info_requested) requests.
  static constexpr int kMaxOpenRequests = 5;
};

// What a mentor publishes. Visible to every member who may see the mentor.
struct MentorOffer {
  MemberId mentor;
  std::vector<std::string> fields;  // areas: fields
  std::vector<std::string> skills;  // areas: skills
  std::string help;                 // what they can help with (Markdown)
  MentorFormat format = MentorFormat::kVideo;
  Cadence cadence = Cadence::kBiweekly;
  int capacity = 1;  // mentees at once, 1..20
  bool paused = false;
  int64_t created_at = 0, updated_at = 0;
};

// Checks and normalises an offer (names trimmed, duplicates removed
// case-insensitively); kValidation names every bad field ("skills[2]",
// "capacity", …). Keeps mentor and timestamps as given.
Result<MentorOffer> ValidateOffer(MentorOffer offer);

// ---- Requests ----

enum class MentorshipRequestStatus {
  kPending,
  kInfoRequested,  // the mentor asked for more information; the mentee answers
  kAccepted,
  kDeclined,
  kWithdrawn,
  kExpired,
  kMatchedElsewhere,  // closed because the mentee was accepted elsewhere for the same goals
};
// "pending" | "info_requested" | "accepted" | "declined" | "withdrawn" |
// "expired" | "matched_elsewhere"
std::string_view ToString(MentorshipRequestStatus s);
std::optional<MentorshipRequestStatus> ParseMentorshipRequestStatus(std::string_view s);
// Pending or waiting for information: still counts against the mentee's limit.
bool IsOpen(MentorshipRequestStatus s);

struct MentorshipRequest {
  MentorshipRequestId id;
  MemberId mentee, mentor;
  std::string message;             // Markdown
  std::vector<std::string> goals;  // 1..5 one-line goals
  MentorshipRequestStatus status = MentorshipRequestStatus::kPending;
  std::string decline_reason;  // set when declined
  std::string info_question;   // the mentor's last question, if any
  std::string info_answer;     // the mentee's answer, if any
  int64_t created_at = 0;
  int64_t expires_at = 0;                    // an open request expires at this time
  std::optional<int64_t> first_response_at;  // the mentor's first decision or question
  std::optional<int64_t> closed_at;          // when it left the open states
  std::optional<MentorshipId> mentorship;    // set when accepted
};

struct MentorshipRequestInput {
  std::string message;
  std::vector<std::string> goals;
};
// message required (≤ 2000), 1..5 goals (each ≤ 200, one line, no duplicates).
Result<MentorshipRequestInput> ValidateRequestInput(MentorshipRequestInput in);

enum class MentorshipRequestAction { kAccept, kDecline, kWithdraw, kAskInfo, kAnswer };

// Who may do what, and the resulting status:
//   mentor: accept / decline / ask-info while pending (accept and decline also
//           while info_requested); mentee: withdraw while open, answer while
//           info_requested (→ pending).
// kNotFound if `actor` is neither party; kForbidden "wrong_party" for the
// other party's action; kConflict "not_open" / "not_waiting_for_info" when the
// state does not allow it. An open request past expires_at counts as expired
// (kConflict "expired").
Result<MentorshipRequestStatus> DecideRequestTransition(const MentorshipRequest& request,
                                                        MemberId actor,
                                                        MentorshipRequestAction action,
                                                        int64_t now);

// True when two goal lists share a goal (compared case-insensitively, spaces
// normalised): accepting one request then closes the other.
bool GoalsOverlap(const std::vector<std::string>& a, const std::vector<std::string>& b);

// The median of `values` (the lower middle for an even count); nullopt if empty.
std::optional<int64_t> Median(std::vector<int64_t> values);

// "about 3 hours" / "about 2 days" / "under an hour".
std::string DescribeDuration(int64_t ms);

// ---- Mentorships ----

enum class GoalStatus { kOpen, kInProgress, kDone };
std::string_view ToString(GoalStatus s);  // "open" | "in_progress" | "done"
std::optional<GoalStatus> ParseGoalStatus(std::string_view s);

struct MentorshipGoal {
  int64_t id = 0;
  std::string text;
  GoalStatus status = GoalStatus::kOpen;
  int64_t updated_at = 0;
};

enum class MentorshipStatus { kActive, kEnded };
std::string_view ToString(MentorshipStatus s);  // "active" | "ended"
std::optional<MentorshipStatus> ParseMentorshipStatus(std::string_view s);

struct Mentorship {
  MentorshipId id;
  MemberId mentor, mentee;
  std::optional<MentorshipRequestId> request;  // the request it came from, if any
  std::optional<int64_t> program;              // the cohort program it came from, if any
  Cadence cadence = Cadence::kBiweekly;
  MentorshipStatus status = MentorshipStatus::kActive;
  int64_t started_at = 0;
  std::optional<int64_t> ended_at;
  std::optional<MemberId> ended_by;
  std::string end_note;
  std::optional<int64_t> last_check_in_at;  // created_at of the newest check-in
  bool mentor_shows_alumni = false, mentee_shows_alumni = false;
  std::vector<MentorshipGoal> goals;
};

bool IsParty(MemberId member, const Mentorship& m);
MemberId OtherParty(MemberId member, const Mentorship& m);
// The alumni tie appears on both profiles only when the mentorship ended and
// both sides agreed.
bool AlumniTieVisible(const Mentorship& m);

struct CheckIn {
  int64_t id = 0;
  MentorshipId mentorship;
  MemberId author;
  std::string date;  // YYYY-MM-DD, the day it took place
  std::string notes, next_steps;
  int64_t created_at = 0;
};

// date: a real date, not after `today` (YYYY-MM-DD) and not before the
// mentorship's start date; notes required.
Result<CheckIn> ValidateCheckIn(CheckIn in, std::string_view today, std::string_view start_date);

// Goal text: one line, 1..200 characters (field named `field`).
Result<std::string> NormalizeGoal(std::string_view text, std::string_view field = "text");

// When the next check-in is due: the newest check-in (or the start) plus the
// cadence. Overdue when now is past it.
int64_t NextCheckInDue(const Mentorship& m);
bool CheckInOverdue(const Mentorship& m, int64_t now);
// Which overdue period `now` falls in (1 for the first missed cadence, …), so a
// reminder is sent once per missed period; 0 when not overdue.
int64_t OverduePeriod(const Mentorship& m, int64_t now);

struct CompletionFeedback {
  MentorshipId mentorship;
  MemberId author;
  int helpfulness = 0;  // 1..5
  std::string went_well, suggestion;
  int64_t created_at = 0;
};
Result<CompletionFeedback> ValidateCompletionFeedback(CompletionFeedback in);

// The light periodic check-in of an alumni tie (an ended mentorship). Each
// side may opt in to a reminder every 3 or 6 months (or opt out: 0); a short
// note either side logs is seen by both and resets the clock for both.
struct AlumniPlan {
  MentorshipId mentorship;
  MemberId member;
  int every_months = 0;  // 3 | 6
  int64_t since = 0;     // when the member chose it
};

struct AlumniCheckIn {
  int64_t id = 0;
  MentorshipId mentorship;
  MemberId author;
  std::string note;  // Markdown, 1..500 characters
  int64_t created_at = 0;
};

inline constexpr size_t kAlumniNote = 500;
// 0 (off), 3 or 6; else kValidation "every_months".
Status ValidateAlumniInterval(int every_months);
// The note, trimmed; kValidation "note" when empty or too long.
Result<std::string> ValidateAlumniNote(std::string_view note);
// When the member's next light check-in is due: the latest of the end of the
// mentorship, the opt-in and the newest alumni check-in, plus the interval
// (a month counted as 365/12 days, so 3 months = 91 days).
int64_t AlumniCheckInDue(const AlumniPlan& plan, int64_t ended_at,
                         std::optional<int64_t> last_check_in);

}  // namespace pln::domain
