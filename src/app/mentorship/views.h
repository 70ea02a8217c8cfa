// What the mentorship parts (issue 4) take and return: offers as a mentee
// sees them, discovery pages, requests, mentorships with their goals,
// check-ins, completion feedback and the alumni tie. Plain values; the
// parts' headers (offers.h, discovery.h, requests.h, mentorships.h,
// alumni.h) say who may see which.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/member_summary.h"
#include "base/ids.h"
#include "domain/mentorship.h"

namespace pln::app {

// An offer with what a mentee sees before asking.
struct OfferView {
  domain::MentorOffer offer;
  MemberSummary mentor;
  int open_slots = 0;
  std::optional<int64_t> last_active_at;
  std::optional<int64_t> median_response_ms;  // absent until they answered a request
};

struct OfferInput {
  std::vector<std::string> fields, skills;
  std::string help;
  domain::MentorFormat format = domain::MentorFormat::kVideo;
  domain::Cadence cadence = domain::Cadence::kBiweekly;
  int capacity = 1;
  bool paused = false;
};

struct MentorSearch {
  std::optional<std::string> field, skill;
  int limit = 20;
  std::string cursor;
};

struct MentorMatch {
  OfferView offer;
  double score = 0;
  bool full = false;  // no open slot: listed after every mentor with room
  std::vector<std::string> reasons;
  // False for the caller's current mentor, a mentor with an open request
  // from them and a past mentor (app/mentorship/askability.h): listed last,
  // with the code and the reason in words.
  bool askable = true;
  std::string not_askable_code, not_askable_reason;
};

struct MentorPage {
  std::vector<MentorMatch> items;
  std::string next_cursor;  // empty on the last page
};

struct MentorshipRequestView {
  domain::MentorshipRequest request;
  MemberSummary mentee, mentor;
};

// One side's light periodic check-in on an alumni tie and when it is next due.
struct AlumniPlanView {
  domain::AlumniPlan plan;
  int64_t next_due = 0;
  bool due = false;  // the next check-in is due now
};

struct MentorshipView {
  domain::Mentorship mentorship;
  MemberSummary mentor, mentee;
  std::vector<domain::CheckIn> check_ins;  // newest first
  std::vector<domain::CompletionFeedback> feedback;
  bool check_in_overdue = false;
  int64_t next_check_in_due = 0;
  // Ended mentorships (the alumni tie): each side's check-in plan, by member
  // id, and the light check-in notes of both sides, newest first.
  std::vector<AlumniPlanView> alumni_plans;
  std::vector<domain::AlumniCheckIn> alumni_check_ins;
};

// An ended mentorship both sides show on their profiles.
struct AlumniTie {
  MentorshipId mentorship;
  MemberSummary other;
  std::string role;  // the profile owner's role: "mentor" | "mentee"
  int64_t started_at = 0, ended_at = 0;
};

struct GoalChange {
  std::optional<std::string> text;
  std::optional<domain::GoalStatus> status;
};

}  // namespace pln::app
