#include "app/feedback/requests.h"

#include <memory>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "app/cursor.h"
#include "app/events/ports.h"
#include "app/feedback/common.h"
#include "base/text.h"

namespace pln::app {
namespace {

using feedback_internal::ActiveMentorsOf;
using feedback_internal::CheckSkillsVisible;
using feedback_internal::HiddenTies;
using feedback_internal::kNearbyLimit;
using feedback_internal::Lookup;
using feedback_internal::Summaries;
using feedback_internal::ToReciprocity;

// Builds the view of `request` for `me`, who must be a participant. Slots
// read "lapsed" once the deadline day is over. Reviewers blocked either way
// with `me` are left out with their reviews, as if they had not been asked.
Result<FeedbackRequestView> ViewFor(Tx& tx, MemberId me, domain::FeedbackRequest request,
                                    int64_t now) {
  domain::ApplyLapses(request, domain::IsoDateOf(now));
  std::vector<MemberId> others;
  for (const auto& s : request.reviewers) {
    if (s.reviewer != me) others.push_back(s.reviewer);
  }
  ASSIGN_OR_RETURN(auto rels, tx.connections().Relationships(me, others));
  auto hidden = [&](MemberId reviewer) {
    return reviewer != me && rels[reviewer].blocked_either_way();
  };
  std::erase_if(request.reviewers, [&](const auto& s) { return hidden(s.reviewer); });
  FeedbackRequestView view;
  std::vector<MemberId> ids{request.requester};
  for (const auto& s : request.reviewers) ids.push_back(s.reviewer);
  ASSIGN_OR_RETURN(auto people, Summaries(tx, ids));
  view.requester = Lookup(people, request.requester);
  for (const auto& s : request.reviewers) view.reviewers.push_back(Lookup(people, s.reviewer));
  ASSIGN_OR_RETURN(auto reviews, tx.feedback().ListReviews(request.id));
  for (auto& r : reviews) {
    if (domain::CanReadReview(me, request, r) && !hidden(r.reviewer)) {
      view.reviews.push_back(std::move(r));
    }
  }
  view.request = std::move(request);
  return view;
}

// Loads a request that `me` takes part in; kNotFound otherwise, and also when
// the requester and `me` block each other.
Result<domain::FeedbackRequest> LoadForParticipant(Tx& tx, MemberId me, FeedbackRequestId id) {
  ASSIGN_OR_RETURN(auto request, tx.feedback().GetRequest(id));
  if (!request || !domain::IsParticipant(me, *request)) return NotFoundError("feedback request");
  if (me != request->requester) {
    ASSIGN_OR_RETURN(auto rels, tx.connections().Relationships(me, {request->requester}));
    if (rels[request->requester].blocked_either_way()) return NotFoundError("feedback request");
  }
  return std::move(*request);
}

class FeedbackRequestsImpl final : public FeedbackRequests {
 public:
  FeedbackRequestsImpl(Store& store, const Clock& clock) : store_(store), clock_(clock) {}

  Result<FeedbackRequestView> CreateRequest(MemberId me,
                                            domain::FeedbackRequestInput input) override;
  Result<FeedbackRequestView> GetRequest(MemberId me, FeedbackRequestId id) override;
  Result<Page<FeedbackRequestView>> ListRequests(MemberId me, FeedbackRole role,
                                                 const std::string& cursor, int limit) override;
  Result<FeedbackRequestView> Respond(MemberId me, FeedbackRequestId id,
                                      ReviewerAction action) override;
  Result<domain::Review> SubmitReview(MemberId me, FeedbackRequestId id,
                                      domain::ReviewInput input) override;
  Result<domain::Review> React(MemberId me, ReviewId id, const ReviewReaction& reaction) override;
  Result<std::vector<ShownReview>> ListShownReviews(const domain::Viewer& viewer,
                                                    MemberId member) override;
  Result<Reciprocity> MyReciprocity(MemberId me) override;

 private:
  Store& store_;
  const Clock& clock_;
};

Result<FeedbackRequestView> FeedbackRequestsImpl::CreateRequest(
    MemberId me, domain::FeedbackRequestInput input) {
  const int64_t now = clock_.NowMs();
  ASSIGN_OR_RETURN(domain::FeedbackRequestInput clean,
                   domain::ValidateFeedbackRequest(std::move(input), me, domain::IsoDateOf(now)));
  FeedbackRequestView view;
  RETURN_IF_ERROR(store_.Write([&](Tx& tx) -> Status {
    ASSIGN_OR_RETURN(auto rels, tx.connections().Relationships(me, clean.reviewers));
    // Connections of connections may be asked too when they are discoverable
    // (the people "suggest reviewers" proposes).
    std::vector<MemberId> others;
    for (MemberId r : clean.reviewers) {
      if (!rels[r].connected && !rels[r].blocked_either_way()) others.push_back(r);
    }
    std::unordered_set<MemberId> second_degree;
    if (!others.empty()) {
      ASSIGN_OR_RETURN(auto near, tx.feedback().NearbyMembers(me, kNearbyLimit, others));
      ASSIGN_OR_RETURN(auto members, tx.members().GetMany(others));
      for (const auto& n : near) {
        for (const auto& m : members) {
          if (m.id == n.id && n.hops == 2 && m.profile.discoverable) second_degree.insert(n.id);
        }
      }
    }
    ASSIGN_OR_RETURN(auto mentors, ActiveMentorsOf(tx, me));
    std::vector<FieldError> errors;
    for (size_t i = 0; i < clean.reviewers.size(); ++i) {
      const domain::Relationship& rel = rels[clean.reviewers[i]];
      // A block reads exactly like "not a connection": it must not be revealed.
      const bool allowed = !rel.blocked_either_way() &&
                           (rel.connected || second_degree.contains(clean.reviewers[i]) ||
                            mentors.contains(clean.reviewers[i]));
      if (!allowed) {
        errors.push_back(
            {"reviewers[" + std::to_string(i) + "]",
             "must be one of your connections, a connection of theirs or your mentor"});
      }
    }
    if (!errors.empty()) return ValidationError(std::move(errors));
    ASSIGN_OR_RETURN(FeedbackRequestId id, tx.feedback().CreateRequest(me, clean, now));
    RETURN_IF_ERROR(
        Emit(tx, FeedbackRequested{id, me, clean.reviewers, clean.skill, clean.question}, now, me));
    ASSIGN_OR_RETURN(auto request, tx.feedback().GetRequest(id));
    if (!request) return InternalError("feedback request vanished after insert");
    ASSIGN_OR_RETURN(view, ViewFor(tx, me, std::move(*request), now));
    return Status::Ok();
  }));
  return view;
}

Result<FeedbackRequestView> FeedbackRequestsImpl::GetRequest(MemberId me, FeedbackRequestId id) {
  const int64_t now = clock_.NowMs();
  FeedbackRequestView view;
  RETURN_IF_ERROR(store_.Read([&](Tx& tx) -> Status {
    ASSIGN_OR_RETURN(domain::FeedbackRequest request, LoadForParticipant(tx, me, id));
    ASSIGN_OR_RETURN(view, ViewFor(tx, me, std::move(request), now));
    return Status::Ok();
  }));
  return view;
}

Result<Page<FeedbackRequestView>> FeedbackRequestsImpl::ListRequests(MemberId me, FeedbackRole role,
                                                                     const std::string& cursor,
                                                                     int limit) {
  RETURN_IF_ERROR(ValidateLimit(limit));
  ASSIGN_OR_RETURN(int64_t before, DecodeCursor(cursor));
  const int64_t now = clock_.NowMs();
  Page<FeedbackRequestView> page;
  RETURN_IF_ERROR(store_.Read([&](Tx& tx) -> Status {
    page = {};
    // Requests from members blocked either way are left out, so a batch may
    // yield fewer items than asked: keep reading until the page is full.
    for (int64_t key = before;;) {
      ASSIGN_OR_RETURN(auto requests, tx.feedback().ListRequests(me, role, key, limit + 1));
      const bool more = static_cast<int>(requests.size()) > limit;
      if (more) requests.resize(static_cast<size_t>(limit));
      std::vector<MemberId> requesters;
      for (const auto& r : requests) {
        if (r.requester != me) requesters.push_back(r.requester);
      }
      ASSIGN_OR_RETURN(auto rels, tx.connections().Relationships(me, requesters));
      for (auto& r : requests) {
        key = r.id.value();
        if (r.requester != me && rels[r.requester].blocked_either_way()) continue;
        ASSIGN_OR_RETURN(FeedbackRequestView v, ViewFor(tx, me, std::move(r), now));
        page.items.push_back(std::move(v));
        if (static_cast<int>(page.items.size()) == limit) break;
      }
      if (static_cast<int>(page.items.size()) == limit) {
        // Full: there is more if this batch or the store has more.
        const bool rest = more || key != requests.back().id.value();
        if (rest) page.next_cursor = EncodeCursor(key);
        break;
      }
      if (!more) break;
    }
    return Status::Ok();
  }));
  return page;
}

Result<FeedbackRequestView> FeedbackRequestsImpl::Respond(MemberId me, FeedbackRequestId id,
                                                          ReviewerAction action) {
  const int64_t now = clock_.NowMs();
  FeedbackRequestView view;
  RETURN_IF_ERROR(store_.Write([&](Tx& tx) -> Status {
    ASSIGN_OR_RETURN(domain::FeedbackRequest request, LoadForParticipant(tx, me, id));
    const domain::ReviewerSlot* slot = domain::FindSlot(request, me);
    if (!slot) return NotFoundError("feedback request");
    if (slot->status == domain::ReviewerStatus::kSubmitted) {
      return ConflictError("already_answered", "You answered this request already.");
    }
    if (domain::IsoDateOf(now) > request.deadline) {
      return ConflictError("lapsed", "The deadline of this request (" + request.deadline +
                                         ") has passed; it can no longer be answered.");
    }
    const auto next = action == ReviewerAction::kAccept ? domain::ReviewerStatus::kAccepted
                                                        : domain::ReviewerStatus::kDeclined;
    RETURN_IF_ERROR(tx.feedback().SetReviewerStatus(id, me, next, now));
    ASSIGN_OR_RETURN(auto fresh, tx.feedback().GetRequest(id));
    if (!fresh) return NotFoundError("feedback request");
    ASSIGN_OR_RETURN(view, ViewFor(tx, me, std::move(*fresh), now));
    return Status::Ok();
  }));
  return view;
}

Result<domain::Review> FeedbackRequestsImpl::SubmitReview(MemberId me, FeedbackRequestId id,
                                                          domain::ReviewInput input) {
  const int64_t now = clock_.NowMs();
  domain::Review out;
  RETURN_IF_ERROR(store_.Write([&](Tx& tx) -> Status {
    ASSIGN_OR_RETURN(domain::FeedbackRequest request, LoadForParticipant(tx, me, id));
    const domain::ReviewerSlot* slot = domain::FindSlot(request, me);
    if (!slot) return NotFoundError("feedback request");
    if (slot->status == domain::ReviewerStatus::kDeclined) {
      return ConflictError("declined", "You declined this request.");
    }
    if (slot->status == domain::ReviewerStatus::kSubmitted) {
      return ConflictError("already_reviewed", "You answered this request already.");
    }
    if (domain::EffectiveStatus(*slot, request.deadline, domain::IsoDateOf(now)) ==
        domain::ReviewerStatus::kLapsed) {
      return ConflictError("lapsed", "Your review slot lapsed: the deadline of this request (" +
                                         request.deadline + ") has passed.");
    }
    ASSIGN_OR_RETURN(domain::ReviewInput clean, domain::ValidateReview(request.rubric, input));
    domain::Review review;
    review.request = id;
    review.reviewer = me;
    review.ratings = std::move(clean.ratings);
    review.strengths = std::move(clean.strengths);
    review.improvements = std::move(clean.improvements);
    review.next_step = std::move(clean.next_step);
    review.created_at = now;
    ASSIGN_OR_RETURN(review.id, tx.feedback().CreateReview(review));
    RETURN_IF_ERROR(
        tx.feedback().SetReviewerStatus(id, me, domain::ReviewerStatus::kSubmitted, now));
    RETURN_IF_ERROR(
        Emit(tx, ReviewSubmitted{id, review.id, me, request.requester, request.skill}, now, me));
    out = std::move(review);
    return Status::Ok();
  }));
  return out;
}

Result<domain::Review> FeedbackRequestsImpl::React(MemberId me, ReviewId id,
                                                   const ReviewReaction& reaction) {
  std::vector<FieldError> errors;
  std::string reply;
  if (reaction.reply) {
    if (!IsValidUtf8(*reaction.reply) || HasControlChars(*reaction.reply, true)) {
      errors.push_back({"reply", "must be plain text"});
    } else {
      reply = NormalizeSpace(*reaction.reply);
      if (reply.empty()) errors.push_back({"reply", "must not be empty"});
      if (Utf8Length(reply) > domain::FeedbackLimits::kReply) {
        errors.push_back(
            {"reply",
             "must be at most " + std::to_string(domain::FeedbackLimits::kReply) + " characters"});
      }
    }
  }
  if (reaction.usefulness && (*reaction.usefulness < 1 || *reaction.usefulness > 5)) {
    errors.push_back({"usefulness", "must be from 1 to 5"});
  }
  if (!errors.empty()) return ValidationError(std::move(errors));
  domain::Review out;
  RETURN_IF_ERROR(store_.Write([&](Tx& tx) -> Status {
    ASSIGN_OR_RETURN(auto review, tx.feedback().GetReview(id));
    if (!review) return NotFoundError("review");
    ASSIGN_OR_RETURN(auto request, tx.feedback().GetRequest(review->request));
    if (!request || !domain::CanReadReview(me, *request, *review)) return NotFoundError("review");
    if (me != request->requester) {
      return ForbiddenError("Only the member who asked for feedback can do this.");
    }
    if (reaction.reply) {
      if (!review->reply.empty()) {
        return ConflictError("already_replied", "You replied to this review already.");
      }
      review->reply = reply;
    }
    if (reaction.on_profile && *reaction.on_profile && !review->on_profile) {
      // Publishing shows the reviewer's name on the profile: after a block either
      // way the two are strangers, so the review may no longer be put there.
      ASSIGN_OR_RETURN(auto rels, tx.connections().Relationships(me, {review->reviewer}));
      if (rels[review->reviewer].blocked_either_way()) {
        return ConflictError("blocked",
                             "This review cannot be shown on your profile: you and its reviewer "
                             "have blocked each other.");
      }
    }
    if (reaction.thanked) review->thanked = *reaction.thanked;
    if (reaction.usefulness) review->usefulness = *reaction.usefulness;
    if (reaction.on_profile) review->on_profile = *reaction.on_profile;
    RETURN_IF_ERROR(tx.feedback().UpdateReaction(*review));
    out = *review;
    return Status::Ok();
  }));
  return out;
}

Result<std::vector<ShownReview>> FeedbackRequestsImpl::ListShownReviews(
    const domain::Viewer& viewer, MemberId member) {
  std::vector<ShownReview> out;
  RETURN_IF_ERROR(store_.Read([&](Tx& tx) -> Status {
    out.clear();
    RETURN_IF_ERROR(CheckSkillsVisible(tx, viewer, member));
    ASSIGN_OR_RETURN(auto reviews, tx.feedback().ListShownReviews(member));
    std::vector<MemberId> ids;
    for (const auto& r : reviews) ids.push_back(r.reviewer);
    // Reviews published before a block between the member and the reviewer
    // stay hidden from everyone while the block lasts.
    ASSIGN_OR_RETURN(auto hidden, HiddenTies(tx, viewer, member, ids));
    ASSIGN_OR_RETURN(auto people, Summaries(tx, ids));
    for (auto& r : reviews) {
      if (hidden.contains(r.reviewer)) continue;
      ASSIGN_OR_RETURN(auto request, tx.feedback().GetRequest(r.request));
      if (!request) continue;
      ShownReview s;
      s.skill = request->skill;
      s.artifact_title = request->artifact.title;
      s.reviewer = Lookup(people, r.reviewer);
      s.review = std::move(r);
      out.push_back(std::move(s));
    }
    return Status::Ok();
  }));
  return out;
}

Result<Reciprocity> FeedbackRequestsImpl::MyReciprocity(MemberId me) {
  Reciprocity out;
  RETURN_IF_ERROR(store_.Read([&](Tx& tx) -> Status {
    ASSIGN_OR_RETURN(auto stats, tx.feedback().Stats({me}, domain::IsoDateOf(clock_.NowMs())));
    out = ToReciprocity(stats[me]);
    return Status::Ok();
  }));
  return out;
}

}  // namespace

std::unique_ptr<FeedbackRequests> MakeFeedbackRequests(Store& store, const Clock& clock) {
  return std::make_unique<FeedbackRequestsImpl>(store, clock);
}

}  // namespace pln::app
