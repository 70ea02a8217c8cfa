// Strong ID types: a MemberId cannot be passed where a RequestId is expected.
// Primitive int64 at the edges (JSON, SQL), these types inside; convert with
// the named constructor and value().
#pragma once

#include <cstdint>
#include <functional>

namespace pln {

template <typename Tag>
class Id {
 public:
  constexpr Id() = default;
  constexpr explicit Id(int64_t value) : value_(value) {}
  constexpr int64_t value() const { return value_; }
  constexpr bool valid() const { return value_ > 0; }
  auto operator<=>(const Id&) const = default;

 private:
  int64_t value_ = 0;
};

using MemberId = Id<struct MemberIdTag>;
using RequestId = Id<struct RequestIdTag>;
using TokenId = Id<struct TokenIdTag>;
// Community (issue 19).
using GroupId = Id<struct GroupIdTag>;
using PostId = Id<struct PostIdTag>;
using CommentId = Id<struct CommentIdTag>;
using ConversationId = Id<struct ConversationIdTag>;
using MessageId = Id<struct MessageIdTag>;
using FeedbackRequestId = Id<struct FeedbackRequestIdTag>;
using ReviewId = Id<struct ReviewIdTag>;
using EndorsementId = Id<struct EndorsementIdTag>;
using ProgramId = Id<struct ProgramIdTag>;
using MentorshipRequestId = Id<struct MentorshipRequestIdTag>;
using MentorshipId = Id<struct MentorshipIdTag>;
using OpportunityId = Id<struct OpportunityIdTag>;
using IntroductionId = Id<struct IntroductionIdTag>;
using SavedSearchId = Id<struct SavedSearchIdTag>;

}  // namespace pln

template <typename Tag>
struct std::hash<pln::Id<Tag>> {
  size_t operator()(const pln::Id<Tag>& id) const noexcept {
    return std::hash<int64_t>()(id.value());
  }
};
