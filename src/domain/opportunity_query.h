// What a member looks for among opportunities (issue 18): the filters and
// keywords of the Opportunities page, and the query a saved search keeps. One
// definition of "matches", used by "For you" (which ranks what matches) and by
// the alert sweep (which tells about what newly matches). Pure, no I/O.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"
#include "domain/member.h"
#include "domain/opportunity.h"

namespace pln::domain {

struct OpportunityQueryLimits {
  static constexpr size_t kKeywords = 200, kMaxKinds = 5, kMaxFields = 10, kMaxSkills = 10,
                          kLocation = 120;
};

// Every part that is set must hold; a list part holds when the post has any of its values.
struct OpportunityQuery {
  std::vector<OpportunityKind> kinds;  // any of; empty: every kind
  std::vector<std::string> fields;     // the post names any of these fields
  std::vector<std::string> skills;     // the post asks for (required or nice) any of these
  std::optional<CareerStage> stage;    // the post suits this stage (a post naming none suits all)
  bool remote_only = false;            // only remote posts
  std::string location;                // the post's location contains its words (folded)
  std::string keywords;                // every word occurs in the title, organization,
                                       // description, skills or fields (folded)
  bool operator==(const OpportunityQuery&) const = default;
};

// Trims and de-duplicates (case-insensitive) the lists and text; kValidation naming
// each bad field ("fields[1]", "keywords", "location", …) when a part is too long or
// a list too large.
Result<OpportunityQuery> ValidateOpportunityQuery(OpportunityQuery q);

// True when nothing is set: the query matches every post.
bool IsEmpty(const OpportunityQuery& q);

// The text keywords are looked up in, folded as AsciiFoldAlnum folds each word and
// joined by spaces. Computed once per post (the For-you index keeps it).
std::string SearchText(const OpportunityInput& post);

// `search_text` is SearchText(post), passed in so callers that keep it do not fold again.
bool Matches(const OpportunityQuery& q, const OpportunityInput& post, std::string_view search_text);
bool Matches(const OpportunityQuery& q, const OpportunityInput& post);

// A short name for a saved search, e.g. "Jobs and internships · Data Science · remote ·
// “dbt”"; "All opportunities" for an empty query.
std::string DescribeQuery(const OpportunityQuery& q);

}  // namespace pln::domain
