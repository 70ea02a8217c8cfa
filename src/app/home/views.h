// What Home's next steps (issue 16) return: everything that waits for the
// member across the capabilities, ordered by urgency, the growth suggestions
// after it, the newcomer's three-step start and, for a program lead, the
// state of their programs. Plain values; next_steps.h says how they are made.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/member_summary.h"

namespace pln::app {

// One thing that waits for the member.
struct NextStepItem {
  // "connection_request" | "mentorship_request" | "mentorship_info" |
  // "feedback_review" | "check_in" | "program_preferences" | "program_review"
  std::string kind;
  std::string title;                    // in words: "Ana Lima wants to connect with you"
  std::string detail;                   // plain text; may be empty
  std::optional<int64_t> due_at;        // Unix ms: a deadline, an expiry, a check-in's due time
  bool overdue = false;                 // due_at has passed
  int64_t since = 0;                    // when it started waiting (Unix ms)
  std::string link;                     // path inside the web app
  std::optional<MemberSummary> member;  // the other person, when there is one
  // The ids the action needs, those that apply.
  std::optional<int64_t> connection_request_id, mentorship_request_id, feedback_request_id,
      mentorship_id, program_id;
};

// A growth suggestion: what would help next, with why in `detail`.
struct NextStepSuggestion {
  // "add_field" | "add_skills" | "add_goal" | "find_mentor" | "first_connection" |
  // "ask_feedback" | "offer_mentoring"
  std::string kind;
  std::string title, detail, link;
};

// One step of the newcomer's start: a field, skills, a goal.
struct StartStep {
  std::string step;  // "field" | "skills" | "goal"
  std::string title;
  bool done = false;
  std::string link;
};

// A program the member leads, with where it stands.
struct LeadProgramState {
  int64_t program_id = 0;
  std::string name;
  std::string status;  // domain::ToString(ProgramStatus)
  // "draft" (no participants yet) | "preferences_open" | "matched" |
  // "published" | "closed"
  std::string stage;
  std::string state;  // in words: "Preferences open: 3 of 16 mentees ranked their mentors"
  int mentees = 0, mentors = 0;
  int ranked = 0;                // mentees who ranked at least one mentor
  int pairs = 0, unmatched = 0;  // of the stored proposal (or the published assignment)
  std::string link;
};

struct NextStepsView {
  // True until the member has a field, skills and a goal.
  bool newcomer = false;
  std::vector<StartStep> start;  // always the three steps, with which are done
  std::vector<NextStepItem> items;
  std::vector<NextStepSuggestion> suggestions;
  std::vector<LeadProgramState> programs;  // empty unless the member leads programs
};

}  // namespace pln::app
