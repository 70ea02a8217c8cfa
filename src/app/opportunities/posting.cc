#include "app/opportunities/posting.h"

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "app/cursor.h"
#include "app/events/ports.h"
#include "app/opportunities/loading.h"
#include "domain/text_rules.h"

namespace pln::app {
namespace {

using opportunities_internal::IsModerator;
using opportunities_internal::LoadVisible;
using opportunities_internal::ViewOf;

domain::OpportunityInput Apply(domain::OpportunityInput in, const OpportunityPatch& p) {
  if (p.kind) in.kind = *p.kind;
  if (p.title) in.title = *p.title;
  if (p.organization) in.organization = *p.organization;
  if (p.location) in.location = *p.location;
  if (p.remote) in.remote = *p.remote;
  if (p.description) in.description = *p.description;
  if (p.skills) in.skills = *p.skills;
  if (p.fields) in.fields = *p.fields;
  if (p.stages) in.stages = *p.stages;
  if (p.apply_url) in.apply_url = *p.apply_url;
  if (p.closes_at) in.closes_at = *p.closes_at;
  if (p.starts_at) in.starts_at = *p.starts_at;
  if (p.ends_at) in.ends_at = *p.ends_at;
  return in;
}

class PostingImpl final : public OpportunityPosting {
 public:
  PostingImpl(Store& store, const Clock& clock, OpportunityPostingConfig config)
      : store_(store), clock_(clock), config_(config) {}

  Result<OpportunityView> Post(const domain::Viewer& me, domain::OpportunityInput input) override {
    if (config_.leads_only && !IsModerator(me.role)) {
      return ForbiddenError("On this site only program leads and admins post opportunities.",
                            "posting_restricted");
    }
    const int64_t now = clock_.NowMs();
    ASSIGN_OR_RETURN(domain::OpportunityInput clean,
                     domain::ValidateOpportunity(std::move(input), now));
    OpportunityView view;
    RETURN_IF_ERROR(store_.Write([&](Tx& tx) -> Status {
      ASSIGN_OR_RETURN(OpportunityId id, tx.opportunities().Create(*me.id, clean, now));
      RETURN_IF_ERROR(Emit(tx, OpportunityPosted{id, *me.id, false}, now, *me.id));
      ASSIGN_OR_RETURN(auto post, tx.opportunities().Get(id));
      if (!post) return InternalError("opportunity vanished after insert");
      ASSIGN_OR_RETURN(view, ViewOf(tx, *me.id, std::move(*post), now));
      return Status::Ok();
    }));
    return view;
  }

  Result<OpportunityView> Edit(const domain::Viewer& me, OpportunityId id,
                               const OpportunityPatch& patch) override {
    OpportunityView view;
    RETURN_IF_ERROR(store_.Write([&](Tx& tx) -> Status {
      const int64_t now = clock_.NowMs();
      ASSIGN_OR_RETURN(domain::Opportunity post, LoadPosters(tx, me, id));
      if (domain::StateAt(post, now) != domain::OpportunityState::kOpen) {
        return ConflictError("not_open", "Only an open opportunity can be edited; repost it.");
      }
      ASSIGN_OR_RETURN(domain::OpportunityInput clean,
                       domain::ValidateOpportunity(Apply(post.post, patch), now));
      ASSIGN_OR_RETURN(bool updated, tx.opportunities().Update(id, clean, false, now));
      if (!updated) return NotFoundError("opportunity");
      RETURN_IF_ERROR(Emit(tx, OpportunityEdited{id, *me.id}, now, *me.id));
      return Reload(tx, me, id, now, view);
    }));
    return view;
  }

  Result<OpportunityView> Close(const domain::Viewer& me, OpportunityId id) override {
    OpportunityView view;
    RETURN_IF_ERROR(store_.Write([&](Tx& tx) -> Status {
      const int64_t now = clock_.NowMs();
      ASSIGN_OR_RETURN(domain::Opportunity post, LoadPosters(tx, me, id));
      if (post.closed_at || post.hidden_at) {
        return ConflictError("not_open", "The opportunity is closed already.");
      }
      ASSIGN_OR_RETURN(bool closed, tx.opportunities().Close(id, now));
      if (!closed) return ConflictError("not_open", "The opportunity is closed already.");
      RETURN_IF_ERROR(Emit(tx, OpportunityClosed{id, *me.id, *me.id, "closed"}, now, *me.id));
      return Reload(tx, me, id, now, view);
    }));
    return view;
  }

  Result<OpportunityView> Repost(const domain::Viewer& me, OpportunityId id,
                                 int64_t closes_at) override {
    OpportunityView view;
    RETURN_IF_ERROR(store_.Write([&](Tx& tx) -> Status {
      const int64_t now = clock_.NowMs();
      ASSIGN_OR_RETURN(domain::Opportunity post, LoadPosters(tx, me, id));
      RETURN_IF_ERROR(domain::CheckRepost(post, closes_at, now));
      domain::OpportunityInput again = post.post;
      again.closes_at = closes_at;
      ASSIGN_OR_RETURN(domain::OpportunityInput clean,
                       domain::ValidateOpportunity(std::move(again), now));
      ASSIGN_OR_RETURN(bool updated, tx.opportunities().Update(id, clean, true, now));
      if (!updated) return NotFoundError("opportunity");
      RETURN_IF_ERROR(Emit(tx, OpportunityPosted{id, *me.id, true}, now, *me.id));
      return Reload(tx, me, id, now, view);
    }));
    return view;
  }

  Result<OpportunityView> Hide(const domain::Viewer& me, OpportunityId id) override {
    OpportunityView view;
    RETURN_IF_ERROR(store_.Write([&](Tx& tx) -> Status {
      const int64_t now = clock_.NowMs();
      ASSIGN_OR_RETURN(domain::Opportunity post, LoadVisible(tx, *me.id, me.role, id));
      if (!IsModerator(me.role)) {
        return ForbiddenError("Only admins and program leads hide opportunities.", "not_moderator");
      }
      if (post.hidden_at) return ConflictError("already_hidden", "The opportunity is hidden.");
      ASSIGN_OR_RETURN(bool hidden, tx.opportunities().Hide(id, *me.id, now));
      if (!hidden) return ConflictError("already_hidden", "The opportunity is hidden.");
      RETURN_IF_ERROR(Emit(tx, OpportunityClosed{id, post.poster, *me.id, "hidden"}, now, *me.id));
      return Reload(tx, me, id, now, view);
    }));
    return view;
  }

  Status Report(const domain::Viewer& me, OpportunityId id, const std::string& reason) override {
    std::vector<FieldError> errors;
    const std::string clean = domain::CheckText(reason, "reason", kMaxReportReason, false, errors);
    if (!errors.empty()) return ValidationError(std::move(errors));
    return store_.Write([&](Tx& tx) -> Status {
      const int64_t now = clock_.NowMs();
      ASSIGN_OR_RETURN(domain::Opportunity post, LoadVisible(tx, *me.id, me.role, id));
      if (post.poster == *me.id) {
        return ValidationError({{"opportunity", "you cannot report your own opportunity"}});
      }
      ASSIGN_OR_RETURN(bool added, tx.opportunities().Report(id, *me.id, clean, now));
      if (!added) {
        return ConflictError("already_reported", "You reported this opportunity already.");
      }
      return Emit(tx, OpportunityReported{id, *me.id, clean}, now, *me.id);
    });
  }

  Result<OpportunityView> Get(const domain::Viewer& me, OpportunityId id) override {
    OpportunityView view;
    RETURN_IF_ERROR(
        store_.Read([&](Tx& tx) -> Status { return Reload(tx, me, id, clock_.NowMs(), view); }));
    return view;
  }

  Result<Page<OpportunityView>> ListMine(MemberId me, const std::string& cursor,
                                         int limit) override {
    RETURN_IF_ERROR(ValidateLimit(limit));
    ASSIGN_OR_RETURN(int64_t before, DecodeCursor(cursor));
    Page<OpportunityView> page;
    RETURN_IF_ERROR(store_.Read([&](Tx& tx) -> Status {
      ASSIGN_OR_RETURN(auto posts, tx.opportunities().ListByPoster(me, before, limit + 1));
      const bool more = static_cast<int>(posts.size()) > limit;
      if (more) posts.resize(limit);
      ASSIGN_OR_RETURN(auto mine, opportunities_internal::InterestsByPost(tx, me));
      ASSIGN_OR_RETURN(page.items, opportunities_internal::ViewsOf(tx, me, std::move(posts),
                                                                   clock_.NowMs(), mine));
      page.next_cursor.reset();
      if (more) page.next_cursor = EncodeCursor(page.items.back().opportunity.id.value());
      return Status::Ok();
    }));
    return page;
  }

 private:
  // The post if the viewer may see it and posted it; kForbidden "not_poster" otherwise.
  Result<domain::Opportunity> LoadPosters(Tx& tx, const domain::Viewer& me, OpportunityId id) {
    ASSIGN_OR_RETURN(domain::Opportunity post, LoadVisible(tx, *me.id, me.role, id));
    if (post.poster != *me.id) {
      return ForbiddenError("Only the poster can change this opportunity.", "not_poster");
    }
    return post;
  }

  Status Reload(Tx& tx, const domain::Viewer& me, OpportunityId id, int64_t now,
                OpportunityView& view) {
    ASSIGN_OR_RETURN(domain::Opportunity post, LoadVisible(tx, *me.id, me.role, id));
    ASSIGN_OR_RETURN(view, ViewOf(tx, *me.id, std::move(post), now));
    return Status::Ok();
  }

  Store& store_;
  const Clock& clock_;
  OpportunityPostingConfig config_;
};

}  // namespace

std::unique_ptr<OpportunityPosting> MakeOpportunityPosting(Store& store, const Clock& clock,
                                                           OpportunityPostingConfig config) {
  return std::make_unique<PostingImpl>(store, clock, config);
}

}  // namespace pln::app
