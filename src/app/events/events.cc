#include "app/events/events.h"

#include <utility>

#include <nlohmann/json.hpp>

// Strong ids travel as plain JSON integers. nlohmann finds these through the
// adl_serializer hook; they live here so no other file sees them.
namespace nlohmann {
template <typename Tag>
struct adl_serializer<pln::Id<Tag>> {
  static void to_json(json& j, const pln::Id<Tag>& id) { j = id.value(); }
  static void from_json(const json& j, pln::Id<Tag>& id) { id = pln::Id<Tag>(j.get<int64_t>()); }
};
}  // namespace nlohmann

namespace pln::app {

// Field lists, one per event; the names are the stored payload's keys and so
// must never change. Decoding requires every key (a missing one is malformed).
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(MemberJoined, member)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(MemberUpdated, member)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(MemberDeleted, member)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(ConnectionRequested, request, from, to, note)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(ConnectionMade, request, by, other)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(ConnectionRequestClosed, request, from, to, status)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(ConnectionRemoved, by, other)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(Followed, follower, followee)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(Unfollowed, follower, followee)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(Blocked, blocker, blocked)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(Unblocked, blocker, blocked)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(SuggestionDismissed, viewer, other)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(MentorshipRequested, request, mentee, mentor, goals)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(MentorshipAccepted, request, mentorship, mentee, mentor)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(MentorshipDeclined, request, mentee, mentor, reason)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(MentorshipWithdrawn, request, mentee, mentor)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(MentorshipInfoRequested, request, mentee, mentor, question)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(MentorshipInfoAnswered, request, mentee, mentor, answer)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(MentorshipRequestExpired, request, mentee, mentor)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(MentorshipMatchedElsewhere, request, mentee, mentor)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(MentorshipStarted, mentorship, mentee, mentor)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(CheckInLogged, mentorship, author, other, date, next_steps)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(MentorshipEnded, mentorship, by, other)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(AlumniCheckInLogged, mentorship, author, other, note)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(CheckInOverdue, mentorship, mentor, mentee, cadence, period_key)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(AlumniCheckInDue, mentorship, member, other, every_months, due)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(FeedbackRequested, request, requester, reviewers, skill,
                                   question)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(ReviewSubmitted, request, review, reviewer, requester, skill)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(FeedbackReminderDue, request, reviewer, deadline, artifact_title,
                                   skill, days, invited)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(EndorsementGiven, endorsement, from, to, skill)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(ProgramPair, mentee, mentor)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(ProgramPublished, program, name, pairs, unmatched)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(ProgramParticipantsAdded, program, name, mentees, mentors)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(OpportunityPosted, opportunity, poster, repost)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(OpportunityEdited, opportunity, poster)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(OpportunityClosed, opportunity, poster, by, status)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(InterestExpressed, opportunity, member, poster)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(InterestWithdrawn, opportunity, member, poster)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(OpportunityDismissed, opportunity, member)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(OpportunityReported, opportunity, reporter, reason)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(IntroductionRequested, introduction, requester, broker, target)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(IntroductionForwarded, introduction, requester, broker, target)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(IntroductionAccepted, introduction, requester, broker, target)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(IntroductionClosed, introduction, requester, broker, target,
                                   status)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(GroupCreated, group, owner)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(GroupMembershipChanged, group, member, by, state, role)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(PostPublished, post, author, group, mentions)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(CommentAdded, comment, post, author, post_author, parent_author,
                                   mentions)

namespace {

// Tries each alternative of DomainEvent in turn until one has the stored type.
template <size_t I = 0>
Result<DomainEvent> DecodeAs(std::string_view type, const nlohmann::json& j) {
  if constexpr (I == std::variant_size_v<DomainEvent>) {
    return NotFoundError("event type");
  } else {
    using Event = std::variant_alternative_t<I, DomainEvent>;
    if (type != Event::kType) return DecodeAs<I + 1>(type, j);
    return DomainEvent(j.get<Event>());
  }
}

}  // namespace

std::string_view EventType(const DomainEvent& event) {
  return std::visit([](const auto& e) { return std::decay_t<decltype(e)>::kType; }, event);
}

std::string EncodePayload(const DomainEvent& event) {
  // Text is validated UTF-8 before it reaches an event; replacing bad bytes
  // rather than throwing keeps encoding infallible all the same.
  return std::visit(
      [](const auto& e) {
        return nlohmann::json(e).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
      },
      event);
}

Result<DomainEvent> DecodeEvent(std::string_view type, std::string_view payload) {
  nlohmann::json j = nlohmann::json::parse(payload, nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded() || !j.is_object()) {
    return MalformedError("event " + std::string(type) + ": payload is not a JSON object");
  }
  try {
    return DecodeAs(type, j);
  } catch (const nlohmann::json::exception& e) {
    // A missing key or a value of the wrong JSON type.
    return MalformedError("event " + std::string(type) + ": " + e.what());
  }
}

}  // namespace pln::app
