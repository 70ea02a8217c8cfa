#include "app/feedback_service.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <unordered_map>
#include <unordered_set>

#include "app/cursor.h"
#include "app/events/ports.h"
#include "app/notifications/notification_service.h"
#include "base/text.h"
#include "domain/mentorship.h"

namespace pln::app {
namespace {

constexpr int64_t kDayMs = 24LL * 3600 * 1000;
// How many members near the requester are considered for suggestions.
constexpr int kNearbyLimit = 2000;

MemberSummary Summarize(const domain::Member& m) {
  return MemberSummary{m.id, m.profile.name, m.profile.headline, m.profile.stage};
}

Result<std::unordered_map<MemberId, MemberSummary>> Summaries(Tx& tx,
                                                              const std::vector<MemberId>& ids) {
  if (ids.empty()) return std::unordered_map<MemberId, MemberSummary>();
  return tx.members().Summaries(ids);
}

MemberSummary Lookup(std::unordered_map<MemberId, MemberSummary>& people, MemberId id) {
  auto it = people.find(id);
  if (it != people.end()) return it->second;
  MemberSummary s;
  s.id = id;
  return s;
}

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

// A learner's active mentors: they may always be asked, connected or not.
Result<std::unordered_set<MemberId>> ActiveMentorsOf(Tx& tx, MemberId me) {
  std::unordered_set<MemberId> mentors;
  ASSIGN_OR_RETURN(auto mentorships, tx.mentorship().ListMentorships(me));
  for (const domain::Mentorship& m : mentorships) {
    if (m.mentee == me && m.status == domain::MentorshipStatus::kActive) mentors.insert(m.mentor);
  }
  return mentors;
}

}  // namespace

FeedbackService::FeedbackService(Store& store, const Clock& clock, const ProximitySource& proximity,
                                 std::vector<std::shared_ptr<TimelineSource>> timeline_sources)
    : store_(store),
      clock_(clock),
      proximity_(proximity),
      timeline_sources_(std::move(timeline_sources)) {}

Result<FeedbackRequestView> FeedbackService::CreateRequest(MemberId me,
                                                           domain::FeedbackRequestInput input) {
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

Result<FeedbackRequestView> FeedbackService::GetRequest(MemberId me, FeedbackRequestId id) {
  const int64_t now = clock_.NowMs();
  FeedbackRequestView view;
  RETURN_IF_ERROR(store_.Read([&](Tx& tx) -> Status {
    ASSIGN_OR_RETURN(domain::FeedbackRequest request, LoadForParticipant(tx, me, id));
    ASSIGN_OR_RETURN(view, ViewFor(tx, me, std::move(request), now));
    return Status::Ok();
  }));
  return view;
}

Result<Page<FeedbackRequestView>> FeedbackService::ListRequests(MemberId me, FeedbackRole role,
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

Result<FeedbackRequestView> FeedbackService::Respond(MemberId me, FeedbackRequestId id,
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

Result<domain::Review> FeedbackService::SubmitReview(MemberId me, FeedbackRequestId id,
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

Result<domain::Review> FeedbackService::React(MemberId me, ReviewId id,
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

Result<EndorsementView> FeedbackService::Endorse(MemberId me, MemberId member,
                                                 const std::string& skill,
                                                 const std::string& note) {
  if (!member.valid() || member == me) {
    return ValidationError({{"member", "must be another member"}});
  }
  std::vector<FieldError> errors;
  Result<std::string> clean_skill = domain::NormalizeSkillName(skill);
  Result<std::string> clean_note = domain::NormalizeEndorsementNote(note);
  for (const Result<std::string>* r : {&clean_skill, &clean_note}) {
    if (!r->ok()) {
      for (const auto& d : r->error().details()) errors.push_back(d);
    }
  }
  if (!errors.empty()) return ValidationError(std::move(errors));
  EndorsementView view;
  RETURN_IF_ERROR(store_.Write([&](Tx& tx) -> Status {
    ASSIGN_OR_RETURN(auto target, tx.members().Get(member));
    if (!target) return NotFoundError("member");
    ASSIGN_OR_RETURN(auto rels, tx.connections().Relationships(me, {member}));
    const domain::Relationship rel = rels[member];
    if (rel.blocked_either_way()) return NotFoundError("member");
    if (!rel.connected) {
      return ForbiddenError("Only connections can endorse a skill.", "not_connected");
    }
    const int64_t now = clock_.NowMs();
    ASSIGN_OR_RETURN(EndorsementId id,
                     tx.feedback().CreateEndorsement(me, member, *clean_skill, *clean_note, now));
    RETURN_IF_ERROR(Emit(tx, EndorsementGiven{id, me, member, *clean_skill}, now, me));
    ASSIGN_OR_RETURN(auto me_member, tx.members().Get(me));
    view.endorsement = {id, me, member, *clean_skill, *clean_note, now};
    view.endorser.id = me;
    if (me_member) view.endorser = Summarize(*me_member);
    return Status::Ok();
  }));
  return view;
}

Result<std::vector<EndorsementView>> FeedbackService::ListEndorsements(const domain::Viewer& viewer,
                                                                       MemberId member) {
  std::vector<EndorsementView> out;
  bool visible = false;
  RETURN_IF_ERROR(store_.Read([&](Tx& tx) -> Status {
    out.clear();
    ASSIGN_OR_RETURN(auto target, tx.members().Get(member));
    if (!target) return Status::Ok();
    domain::Relationship rel;
    if (viewer.id) {
      if (*viewer.id == member) {
        rel.self = true;
      } else {
        ASSIGN_OR_RETURN(auto rels, tx.connections().Relationships(*viewer.id, {member}));
        rel = rels[member];
      }
    }
    if (!domain::CanSeeMember(viewer, rel, target->profile)) return Status::Ok();
    visible = true;
    const domain::MemberView mv = domain::ViewOf(viewer, *target, rel);
    if (!mv.skills) return ForbiddenError("This member shows their skills to fewer people.");
    ASSIGN_OR_RETURN(auto endorsements, tx.feedback().ListEndorsements(member));
    std::vector<MemberId> ids;
    for (const auto& e : endorsements) ids.push_back(e.endorser);
    std::unordered_map<MemberId, domain::Relationship> endorser_rels;
    if (viewer.id && !ids.empty()) {
      ASSIGN_OR_RETURN(endorser_rels, tx.connections().Relationships(*viewer.id, ids));
    }
    // As for shown reviews: a block between the member and the endorser hides
    // the endorsement from everyone while it lasts.
    std::unordered_map<MemberId, domain::Relationship> owner_rels;
    if (!ids.empty()) {
      ASSIGN_OR_RETURN(owner_rels, tx.connections().Relationships(member, ids));
    }
    ASSIGN_OR_RETURN(auto people, Summaries(tx, ids));
    for (auto& e : endorsements) {
      // Endorsers the viewer is blocked with are left out altogether.
      if (endorser_rels[e.endorser].blocked_either_way()) continue;
      if (owner_rels[e.endorser].blocked_either_way()) continue;
      out.push_back({std::move(e), Lookup(people, e.endorser)});
    }
    return Status::Ok();
  }));
  if (!visible) return NotFoundError("member");
  return out;
}

Result<std::vector<ShownReview>> FeedbackService::ListShownReviews(const domain::Viewer& viewer,
                                                                   MemberId member) {
  std::vector<ShownReview> out;
  bool visible = false;
  RETURN_IF_ERROR(store_.Read([&](Tx& tx) -> Status {
    out.clear();
    ASSIGN_OR_RETURN(auto target, tx.members().Get(member));
    if (!target) return Status::Ok();
    domain::Relationship rel;
    if (viewer.id) {
      if (*viewer.id == member) {
        rel.self = true;
      } else {
        ASSIGN_OR_RETURN(auto rels, tx.connections().Relationships(*viewer.id, {member}));
        rel = rels[member];
      }
    }
    if (!domain::CanSeeMember(viewer, rel, target->profile)) return Status::Ok();
    visible = true;
    if (!domain::ViewOf(viewer, *target, rel).skills) {
      return ForbiddenError("This member shows their skills to fewer people.");
    }
    ASSIGN_OR_RETURN(auto reviews, tx.feedback().ListShownReviews(member));
    std::vector<MemberId> ids;
    for (const auto& r : reviews) ids.push_back(r.reviewer);
    std::unordered_map<MemberId, domain::Relationship> reviewer_rels;
    if (viewer.id && !ids.empty()) {
      ASSIGN_OR_RETURN(reviewer_rels, tx.connections().Relationships(*viewer.id, ids));
    }
    // Reviews published before a block between the member and the reviewer stay
    // hidden from everyone while the block lasts.
    std::unordered_map<MemberId, domain::Relationship> owner_rels;
    if (!ids.empty()) {
      ASSIGN_OR_RETURN(owner_rels, tx.connections().Relationships(member, ids));
    }
    ASSIGN_OR_RETURN(auto people, Summaries(tx, ids));
    for (auto& r : reviews) {
      if (reviewer_rels[r.reviewer].blocked_either_way()) continue;
      if (owner_rels[r.reviewer].blocked_either_way()) continue;
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
  if (!visible) return NotFoundError("member");
  return out;
}

Status FeedbackService::RemoveEndorsement(MemberId me, EndorsementId id) {
  return store_.Write([&](Tx& tx) -> Status {
    ASSIGN_OR_RETURN(auto e, tx.feedback().GetEndorsement(id));
    if (!e || (e->endorser != me && e->member != me)) return NotFoundError("endorsement");
    return tx.feedback().DeleteEndorsement(id);
  });
}

namespace {

Reciprocity ToReciprocity(FeedbackStats stats) {
  Reciprocity r;
  r.given = stats.given;
  r.received = stats.received;
  r.lapsed = stats.lapsed;
  if (stats.usefulness_count > 0) {
    r.usefulness_centis =
        (stats.usefulness_sum * 100 + stats.usefulness_count / 2) / stats.usefulness_count;
  }
  if (!stats.response_ms.empty()) {
    auto mid =
        stats.response_ms.begin() + static_cast<std::ptrdiff_t>(stats.response_ms.size() / 2);
    std::nth_element(stats.response_ms.begin(), mid, stats.response_ms.end());
    r.median_response_ms = *mid;
  }
  return r;
}

}  // namespace

Result<Reciprocity> FeedbackService::MyReciprocity(MemberId me) {
  Reciprocity out;
  RETURN_IF_ERROR(store_.Read([&](Tx& tx) -> Status {
    ASSIGN_OR_RETURN(auto stats, tx.feedback().Stats({me}, domain::IsoDateOf(clock_.NowMs())));
    out = ToReciprocity(stats[me]);
    return Status::Ok();
  }));
  return out;
}

Result<std::vector<ReviewerSuggestion>> FeedbackService::SuggestReviewers(
    MemberId me, const std::string& skill) {
  ASSIGN_OR_RETURN(std::string clean, domain::NormalizeSkillName(skill));
  const std::string norm = AsciiLower(clean);
  const std::string today = domain::IsoDateOf(clock_.NowMs());
  if (!proximity_.Available()) return UnavailableError("the network engine is not loaded");
  std::vector<ReviewerSuggestion> out;
  RETURN_IF_ERROR(store_.Read([&](Tx& tx) -> Status {
    out.clear();
    ASSIGN_OR_RETURN(auto self, tx.members().Get(me));
    if (!self) return NotFoundError("member");
    int my_level = 0;
    for (const auto& s : self->profile.skills) {
      if (AsciiLower(s.name) == norm) my_level = s.level;
    }
    // Candidates: the members `me` may ask (as CreateRequest checks them).
    // NearbyMembers only says who is within reach; how close they are comes
    // from the network engine below. Blocks either way are left out by the store.
    ASSIGN_OR_RETURN(auto near, tx.feedback().NearbyMembers(me, kNearbyLimit, {}));
    ASSIGN_OR_RETURN(auto mentors, ActiveMentorsOf(tx, me));
    std::vector<MemberId> ids;
    std::unordered_set<MemberId> second_degree;
    for (const auto& n : near) {
      ids.push_back(n.id);
      if (n.hops == 2) second_degree.insert(n.id);
    }
    for (MemberId m : mentors) {
      if (std::find(ids.begin(), ids.end(), m) == ids.end()) ids.push_back(m);
    }
    if (ids.empty()) return Status::Ok();
    ASSIGN_OR_RETURN(auto members, tx.members().GetMany(ids));
    // Only candidates with the skill above mine need relationships and stats.
    std::vector<const domain::Member*> candidates;
    std::vector<MemberId> candidate_ids;
    for (const auto& m : members) {
      if (second_degree.contains(m.id) && !mentors.contains(m.id) && !m.profile.discoverable) {
        continue;
      }
      for (const auto& sk : m.profile.skills) {
        if (AsciiLower(sk.name) == norm && sk.level > my_level) {
          candidates.push_back(&m);
          candidate_ids.push_back(m.id);
        }
      }
    }
    if (candidates.empty()) return Status::Ok();
    ASSIGN_OR_RETURN(auto rels, tx.connections().Relationships(me, candidate_ids));
    ASSIGN_OR_RETURN(auto stats, tx.feedback().Stats(candidate_ids, today));
    ASSIGN_OR_RETURN(auto close, CloseTo(tx, proximity_, me, candidate_ids));
    const domain::Viewer viewer{me, self->role};
    for (const domain::Member* candidate : candidates) {
      const domain::Member& m = *candidate;
      const domain::Relationship& rel = rels[m.id];
      if (rel.blocked_either_way()) continue;
      // The level comes from the skills section: never from a hidden one.
      const domain::MemberView view = domain::ViewOf(viewer, m, rel);
      if (!view.skills) continue;
      ReviewerSuggestion s;
      s.member = Summarize(m);
      for (const auto& sk : *view.skills) {
        if (AsciiLower(sk.name) == norm) s.skill_level = sk.level;
      }
      if (s.skill_level <= my_level) continue;
      const Closeness& c = close[m.id];
      s.hops = c.hops;
      s.mutual = static_cast<int>(c.mutual_count);
      s.via = c.via;
      s.reciprocity = ToReciprocity(stats[m.id]);
      const int gap = s.skill_level - my_level;
      s.reasons.push_back("Rates " + clean + " at " + std::to_string(s.skill_level) + " of 5, " +
                          std::to_string(gap) + " above you");
      s.score += 100 * gap;
      const auto plural = [](int n, const std::string& word) {
        return std::to_string(n) + " " + word + (n == 1 ? "" : "s");
      };
      if (mentors.contains(m.id)) {
        s.reasons.push_back("Your mentor");
        s.score += 40;
      }
      if (std::string near_text = DescribeCloseness(c); !near_text.empty()) {
        near_text[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(near_text[0])));
        s.reasons.push_back(std::move(near_text));
      }
      s.score += static_cast<int>(std::lround(60 * ClosenessScore(c)));
      const Reciprocity& rec = s.reciprocity;
      if (rec.given > 0) {
        s.reasons.push_back("Gave " + plural(rec.given, "review"));
        s.score += 10 * std::min(rec.given, 5);
        if (rec.given > rec.received) s.score += 10;  // gives more than they get
        if (rec.median_response_ms && *rec.median_response_ms <= kDayMs) {
          s.reasons.push_back("Usually answers within a day");
          s.score += 40;
        } else if (rec.median_response_ms && *rec.median_response_ms <= 3 * kDayMs) {
          s.reasons.push_back("Usually answers within 3 days");
          s.score += 30;
        }
      }
      if (rec.usefulness_centis && *rec.usefulness_centis >= 400) {
        s.reasons.push_back("Reviews rated useful");
        s.score += 15;
      }
      if (rec.lapsed > 0) {
        s.reasons.push_back("Let " + plural(rec.lapsed, "request") + " lapse");
        s.score -= 25 * std::min(rec.lapsed, 4);
      }
      out.push_back(std::move(s));
    }
    std::sort(out.begin(), out.end(), [](const ReviewerSuggestion& a, const ReviewerSuggestion& b) {
      return a.score != b.score ? a.score > b.score : a.member.id < b.member.id;
    });
    if (out.size() > 10) out.resize(10);
    return Status::Ok();
  }));
  return out;
}

Result<SkillTimeline> FeedbackService::Timeline(MemberId me, const std::string& skill) {
  ASSIGN_OR_RETURN(std::string clean, domain::NormalizeSkillName(skill));
  SkillTimeline out;
  RETURN_IF_ERROR(store_.Read([&](Tx& tx) -> Status {
    out = {};
    out.skill = clean;
    const std::string norm = AsciiLower(clean);
    ASSIGN_OR_RETURN(auto member, tx.members().Get(me));
    if (!member) return NotFoundError("member");
    ASSIGN_OR_RETURN(auto assessments, tx.feedback().ListSelfAssessments(me, clean));
    for (const domain::SelfAssessment& a : assessments) {
      out.self_assessments.push_back({a.at, a.level});
      out.points.push_back({a.at, "self_assessment", a.level * 100, {}});
    }
    ASSIGN_OR_RETURN(auto reviews, tx.feedback().ListReviewsForSkill(me, clean));
    std::unordered_map<int64_t, domain::Rubric> rubrics;  // by request id
    for (const auto& r : reviews) {
      auto it = rubrics.find(r.request.value());
      if (it == rubrics.end()) {
        ASSIGN_OR_RETURN(auto request, tx.feedback().GetRequest(r.request));
        it = rubrics.emplace(r.request.value(), request ? request->rubric : domain::Rubric{}).first;
      }
      ReviewPoint p{r.created_at, r.id, domain::MeanRatingCentis(r), {}};
      for (const domain::Criterion& c : it->second.criteria) {
        if (auto score = r.ratings.find(c.id); score != r.ratings.end()) {
          p.criteria.push_back({c.id, c.name, score->second});
        }
      }
      out.reviews.push_back(std::move(p));
      out.points.push_back({r.created_at, "review", domain::MeanRatingCentis(r), r.id.value()});
    }
    out.review_count = static_cast<int>(reviews.size());
    ASSIGN_OR_RETURN(auto endorsements, tx.feedback().ListEndorsements(me));
    for (const auto& e : endorsements) {
      if (AsciiLower(e.skill) != norm) continue;
      ++out.endorsement_count;
      out.endorsements.push_back({e.created_at, e.id, out.endorsement_count});
      out.points.push_back({e.created_at, "endorsement", 0, e.id.value()});
    }
    out.has_outside_feedback = out.review_count + out.endorsement_count > 0;
    for (const auto& source : timeline_sources_) {
      RETURN_IF_ERROR(source->Contribute(tx, me, norm, out));
    }
    for (const ExtraSeries& series : out.extra) {
      out.points.insert(out.points.end(), series.points.begin(), series.points.end());
    }
    std::stable_sort(out.points.begin(), out.points.end(),
                     [](const TimelinePoint& a, const TimelinePoint& b) { return a.at < b.at; });
    ASSIGN_OR_RETURN(auto with_feedback, tx.feedback().SkillsWithOutsideFeedback(me));
    const std::unordered_set<std::string> covered(with_feedback.begin(), with_feedback.end());
    for (const domain::Skill& s : member->profile.skills) {
      if (!covered.contains(AsciiLower(s.name))) out.skills_without_feedback.push_back(s.name);
    }
    return Status::Ok();
  }));
  return out;
}

Result<SweepResult> FeedbackService::SendDueReminders(int64_t now) {
  const std::string today = domain::IsoDateOf(now);
  SweepResult result;
  RETURN_IF_ERROR(store_.Write([&](Tx& tx) -> Status {
    result = {};
    ASSIGN_OR_RETURN(result.lapsed, tx.feedback().MarkLapsed(today, now));
    ASSIGN_OR_RETURN(auto due, tx.feedback().ListDueSlots(today, domain::AddDays(today, 2)));
    for (const DueSlot& d : due) {
      const int days = domain::DaysBetween(today, d.deadline);
      // The invitation itself is news enough: no "due soon" in its first day.
      if (days > 0 && now - d.requested_at < kDayMs) continue;
      // One event per request, reviewer and stage however often the sweep
      // runs (the key); the notification is deduplicated again on its own.
      const std::string key = "feedback.reminder:" + std::to_string(d.request.value()) + ":" +
                              std::to_string(d.reviewer.value()) + (days == 0 ? ":due" : ":soon");
      RETURN_IF_ERROR(
          Emit(tx,
               FeedbackReminderDue{d.request, d.reviewer, d.deadline, d.artifact_title, d.skill,
                                   days, d.status == domain::ReviewerStatus::kInvited},
               now, std::nullopt, key));
      ++result.reminders_due;
    }
    return Status::Ok();
  }));
  return result;
}

Status RecordSelfAssessments(Tx& tx, MemberId member, const std::vector<domain::Skill>& before,
                             const std::vector<domain::Skill>& after, int64_t now) {
  for (const domain::Skill& s : domain::ChangedSkillLevels(before, after)) {
    RETURN_IF_ERROR(tx.feedback().RecordSelfAssessment(member, s, now));
  }
  return Status::Ok();
}

}  // namespace pln::app
