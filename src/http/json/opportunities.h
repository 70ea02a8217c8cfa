// JSON of the opportunities resources (docs/api.md "Opportunities"): a post as
// the viewer sees it, For-you pages with reasons, who is interested, and the
// bodies and query strings the routes read. Times are ISO 8601 (UTC, "Z" or an
// offset); the description goes out as Markdown and safely rendered HTML.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "app/opportunities/posting.h"
#include "app/opportunities/views.h"
#include "app/profiles/profile_service.h"
#include "base/result.h"
#include "domain/opportunity.h"
#include "domain/opportunity_query.h"
#include "http/json_writer.h"
#include "http/request.h"

namespace pln::http {

inline constexpr std::string_view kOpportunityKindValues =
    "job, internship, project, volunteering, event";

void WriteOpportunity(JsonWriter& w, const app::OpportunityView& v);
// {"items": [Opportunity], "next_cursor"}.
void WriteOpportunityPage(JsonWriter& w, const app::Page<app::OpportunityView>& page);
// {"items": [{"opportunity", "score", "reason", "skills_met", "skills_missing",
// "shared_fields", "connections_at_organization"}], "next_cursor"}.
void WriteForYouPage(JsonWriter& w, const app::Page<app::ForYouItem>& page);
// {"items": [{"member", "note", "created_at"}]}.
void WriteInterestedMembers(JsonWriter& w, const std::vector<app::InterestedMemberView>& items);
// {"items": [{"opportunity", "note", "created_at"}]}.
void WriteMyInterests(JsonWriter& w, const std::vector<app::MyInterestView>& items);

// Bodies → inputs; kValidation listing every wrong, missing or unknown field.
// POST /opportunities: kind, title, organization, description and closes_at required.
Result<domain::OpportunityInput> ReadOpportunityInput(const nlohmann::json& body);
// PATCH /opportunities/{id}: any of the same fields; starts_at/ends_at may be null.
Result<app::OpportunityPatch> ReadOpportunityPatch(const nlohmann::json& body);
// POST /opportunities/{id}/repost: {"closes_at"}.
Result<int64_t> ReadRepost(const nlohmann::json& body);
// POST /opportunities/{id}/report: {"reason"?}; POST /opportunities/{id}/interest: {"note"?}.
Result<std::string> ReadOptionalText(const nlohmann::json& body, std::string_view key);

// GET /opportunities/for-you?kind=&field=&skill=&stage=&remote=&location=&q=&cursor=&limit=
// (kind, field and skill take comma-separated lists). The service validates the query.
struct ForYouParams {
  domain::OpportunityQuery query;
  std::string cursor;
  int limit = 20;
};
Result<ForYouParams> ReadForYouParams(const Request& request);
// GET /me/opportunities?cursor=&limit=.
struct OpportunityListParams {
  std::string cursor;
  int limit = 20;
};
Result<OpportunityListParams> ReadOpportunityListParams(const Request& request);

}  // namespace pln::http
