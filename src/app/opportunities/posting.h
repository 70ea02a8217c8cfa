// Posting opportunities (issue 18): a member posts, edits, closes and reposts
// their own; moderators (admins and program leads) hide posts; members
// report them. Each change appends its event in the same transaction
// (OpportunityPosted, OpportunityEdited, OpportunityClosed, OpportunityReported).
// Thread-safe (stateless over Store).
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "app/opportunities/views.h"
#include "app/profiles/profile_service.h"
#include "app/repositories.h"
#include "base/clock.h"
#include "base/ids.h"
#include "base/result.h"
#include "domain/member.h"
#include "domain/opportunity.h"

namespace pln::app {

// The site setting `opportunity_posting` (cli/config.h): who may post.
struct OpportunityPostingConfig {
  // True: only program leads and admins post ("leads"); false: every member ("members").
  bool leads_only = false;
};

// A partial edit: only the present members change; the result is validated whole.
struct OpportunityPatch {
  std::optional<domain::OpportunityKind> kind;
  std::optional<std::string> title, organization, location, description, apply_url;
  std::optional<bool> remote;
  std::optional<std::vector<domain::SkillRequirement>> skills;
  std::optional<std::vector<std::string>> fields;
  std::optional<std::vector<domain::CareerStage>> stages;
  std::optional<int64_t> closes_at;
  // Events only; an explicit null clears them (outer set, inner empty).
  std::optional<std::optional<int64_t>> starts_at, ends_at;
};

// Reasons to report are short; the moderators read them.
inline constexpr size_t kMaxReportReason = 500;

class OpportunityPosting {
 public:
  virtual ~OpportunityPosting() = default;

  // kForbidden "posting_restricted" when the site lets only program leads and
  // admins post; kValidation naming each bad field (domain::ValidateOpportunity),
  // nothing stored.
  virtual Result<OpportunityView> Post(const domain::Viewer& me,
                                       domain::OpportunityInput input) = 0;
  // The poster edits an open post. kNotFound as Get; kForbidden "not_poster" for
  // anyone else; kConflict "not_open" for a closed, expired or hidden post
  // (repost it instead); kValidation as Post.
  virtual Result<OpportunityView> Edit(const domain::Viewer& me, OpportunityId id,
                                       const OpportunityPatch& patch) = 0;
  // The poster closes an open (or expired) post; kConflict "not_open" if it was
  // closed or hidden already.
  virtual Result<OpportunityView> Close(const domain::Viewer& me, OpportunityId id) = 0;
  // The poster reopens a closed or expired post with a new closing date
  // (domain::CheckRepost: kConflict "open" / "hidden", kValidation "closes_at").
  virtual Result<OpportunityView> Repost(const domain::Viewer& me, OpportunityId id,
                                         int64_t closes_at) = 0;
  // A moderator hides a post: gone from every list, visible to its poster and
  // moderators only. kForbidden "not_moderator"; kConflict "already_hidden".
  virtual Result<OpportunityView> Hide(const domain::Viewer& me, OpportunityId id) = 0;
  // Any member but the poster reports a post once. kValidation "reason" (too
  // long) or for one's own post; kConflict "already_reported".
  virtual Status Report(const domain::Viewer& me, OpportunityId id, const std::string& reason) = 0;
  // kNotFound "opportunity" when missing, blocked either way with the poster,
  // or hidden (unless the viewer posted it or moderates).
  virtual Result<OpportunityView> Get(const domain::Viewer& me, OpportunityId id) = 0;
  // The viewer's own posts, every state, newest first; cursor pages (limit 1..100).
  virtual Result<Page<OpportunityView>> ListMine(MemberId me, const std::string& cursor,
                                                 int limit) = 0;
};

// Borrows `store` and `clock`; they must outlive the result.
std::unique_ptr<OpportunityPosting> MakeOpportunityPosting(Store& store, const Clock& clock,
                                                           OpportunityPostingConfig config);

}  // namespace pln::app
