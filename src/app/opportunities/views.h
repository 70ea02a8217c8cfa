// What the opportunity use cases return (issue 18): a post as a viewer may see
// it, who is interested, and a For-you result with its reason.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/member_summary.h"
#include "app/opportunities/ports.h"
#include "domain/opportunity.h"

namespace pln::app {

struct OpportunityView {
  domain::Opportunity opportunity;
  domain::OpportunityState state = domain::OpportunityState::kOpen;
  MemberSummary poster;
  bool mine = false;        // the viewer posted it (may edit, close, repost, see who is interested)
  bool interested = false;  // the viewer said "I'm interested"
  int interested_count = 0;  // shown to the poster only; 0 for anyone else
};

// One member interested in a post, as its poster sees them.
struct InterestedMemberView {
  MemberSummary member;
  std::string note;
  int64_t created_at = 0;
};

// One post the viewer is interested in (their own list).
struct MyInterestView {
  OpportunityView opportunity;
  std::string note;
  int64_t created_at = 0;
};

// One For-you result: the post, its score (0..1000) and why, in words
// (domain::RankReason), with the skill parts spelled out for the page.
struct ForYouItem {
  OpportunityView opportunity;
  int score = 0;
  std::string reason;
  std::vector<std::string> skills_met, skills_missing;
  std::vector<std::string> shared_fields;
  int connections_at_organization = 0;
};

}  // namespace pln::app
