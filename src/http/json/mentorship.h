// JSON of mentorship (issue 4): mentor offers, discovery pages, requests,
// mentorships and alumni ties going out; offer, request, goal, check-in,
// feedback and alumni bodies and the discovery and request-list queries
// coming in. Markdown fields (help, message, notes) go out twice: the source
// and `*_html`, rendered safely. Readers return kValidation naming every
// wrong or unknown field.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "app/mentorship/ports.h"
#include "app/mentorship/views.h"
#include "base/ids.h"
#include "base/result.h"
#include "domain/mentorship.h"
#include "http/json_body.h"
#include "http/json_writer.h"
#include "http/request.h"

namespace pln::http {

void WriteOffer(JsonWriter& w, const app::OfferView& offer);
void WriteMentorshipRequest(JsonWriter& w, const app::MentorshipRequestView& request);
void WriteMentorship(JsonWriter& w, const app::MentorshipView& mentorship);
void WriteAlumniTie(JsonWriter& w, const app::AlumniTie& tie);

// Whole response bodies: one object, or {"items": [...]} (and "next_cursor"
// for discovery).
std::string OfferJson(const app::OfferView& offer);
std::string MentorPageJson(const app::MentorPage& page);
std::string MentorshipRequestJson(const app::MentorshipRequestView& request);
std::string MentorshipRequestListJson(const std::vector<app::MentorshipRequestView>& items);
std::string MentorshipJson(const app::MentorshipView& mentorship);
std::string MentorshipListJson(const std::vector<app::MentorshipView>& items);
std::string AlumniTieListJson(const std::vector<app::AlumniTie>& ties);

// PUT /me/mentor-offer.
Result<app::OfferInput> ReadOfferInput(const nlohmann::json& body);
// GET /mentors?for=me&field=&skill=&limit=&cursor= (`for` may only be "me").
Result<app::MentorSearch> ReadMentorSearch(const Request& request);

// POST /mentorship/requests.
struct NewMentorshipRequest {
  MemberId mentor;
  domain::MentorshipRequestInput input;
};
Result<NewMentorshipRequest> ReadNewMentorshipRequest(const nlohmann::json& body);
// GET /mentorship/requests?role=mentee|mentor (default mentee).
Result<app::MentorshipRole> ReadMentorshipRole(const Request& request);

// A body holding exactly one string field `key` (decline reason, question,
// answer, goal text, end note, alumni note); "" when optional and absent.
Result<std::string> ReadTextBody(const nlohmann::json& body, std::string_view key,
                                 Presence presence);
// PATCH /mentorships/{id}/goals/{goalId}: text and/or status.
Result<app::GoalChange> ReadGoalChange(const nlohmann::json& body);
// POST /mentorships/{id}/check-ins.
Result<domain::CheckIn> ReadCheckIn(const nlohmann::json& body);
// POST /mentorships/{id}/feedback.
Result<domain::CompletionFeedback> ReadCompletionFeedback(const nlohmann::json& body);
// PUT /mentorships/{id}/alumni: {"visible": bool}.
Result<bool> ReadAlumniVisible(const nlohmann::json& body);
// PUT /mentorships/{id}/alumni-check-in: {"every_months": 0..12} (the app
// decides which intervals are offered).
Result<int> ReadAlumniCheckInPlan(const nlohmann::json& body);

}  // namespace pln::http
