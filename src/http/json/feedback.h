// JSON of the feedback resources (docs/api.md "Feedback"): requests, reviews,
// endorsements, reciprocity, reviewer suggestions and the skill timeline, and
// the bodies and query strings their routes read. Markdown fields go out
// twice: the source and `*_html`, rendered safely (WriteMarkdown).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "app/feedback/endorsements.h"
#include "app/feedback/requests.h"
#include "app/feedback/timeline_source.h"
#include "app/feedback/views.h"
#include "app/profiles/profile_service.h"
#include "base/result.h"
#include "domain/feedback.h"
#include "http/json_writer.h"
#include "http/request.h"

namespace pln::http {

// Allowed values, for 422 messages ("must be one of: …").
inline constexpr std::string_view kFeedbackRoleValues = "requester, reviewer";

void WriteReview(JsonWriter& w, const domain::Review& review);
// FeedbackRequest: the request with its reviewers and the reviews the viewer may read.
void WriteFeedbackRequest(JsonWriter& w, const app::FeedbackRequestView& view);
// {"items": [FeedbackRequest], "next_cursor"}.
void WriteFeedbackRequestPage(JsonWriter& w, const app::Page<app::FeedbackRequestView>& page);
// {"items": [{"skill", "artifact_title", "reviewer", "review"}]}.
void WriteShownReviews(JsonWriter& w, const std::vector<app::ShownReview>& items);
void WriteReciprocity(JsonWriter& w, const app::Reciprocity& reciprocity);
// {"items": [{"member", "skill_level", "hops", "mutual", "via", "reciprocity", "reasons"}]}.
void WriteReviewerSuggestions(JsonWriter& w, const std::vector<app::ReviewerSuggestion>& items);
void WriteEndorsement(JsonWriter& w, const app::EndorsementView& endorsement);
// {"counts": {skill: n} in order of first appearance, "items": [Endorsement]}.
void WriteEndorsements(JsonWriter& w, const std::vector<app::EndorsementView>& items);
// SkillTimeline: the merged points, one series per kind (a source's under its kind).
void WriteSkillTimeline(JsonWriter& w, const app::SkillTimeline& timeline);

// Request bodies → inputs; kValidation listing every wrong, missing or unknown field.
// POST /feedback/requests. The reviewer count is the domain's rule (it names
// the limit); here only the parse is bounded.
Result<domain::FeedbackRequestInput> ReadFeedbackRequestInput(const nlohmann::json& body);
// POST /feedback/requests/{id}/reviews. Ratings are checked against the rubric by the domain.
Result<domain::ReviewInput> ReadReviewInput(const nlohmann::json& body);
// PATCH /feedback/reviews/{id}.
Result<app::ReviewReaction> ReadReviewReaction(const nlohmann::json& body);
// POST /members/{id}/endorsements.
Result<app::EndorsementInput> ReadEndorsementInput(const nlohmann::json& body);

// GET /feedback/requests?role=&cursor=&limit=: role defaults to requester.
struct FeedbackRequestsQuery {
  app::FeedbackRole role = app::FeedbackRole::kRequester;
  std::string cursor;
  int limit = 20;
};
Result<FeedbackRequestsQuery> ReadFeedbackRequestsQuery(const Request& request);
// GET /feedback/reviewer-suggestions?skill=: the skill as given ("" if absent;
// the service validates it).
Result<std::string> ReadSuggestionSkill(const Request& request);

}  // namespace pln::http
