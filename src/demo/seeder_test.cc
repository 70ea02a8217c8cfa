#include "demo/seeder.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "base/clock.h"
#include "base/crypto.h"
#include "base/text.h"
#include "demo/word_tables.h"

namespace pln::demo {
namespace {

// The fake store below implements the app layer's ports.
using namespace pln::app;  // NOLINT(google-build-using-namespace)

using domain::CareerStage;

constexpr int64_t kNow = 1'795'000'000'000;  // 2026-11-18

// --- An in-memory Store with just what the seeder uses ---------------------------
// Write() works on a copy and keeps it only on success, so a failed batch rolls
// back as in a real store.

struct FakeData {
  std::map<int64_t, domain::Member> members;
  std::map<int64_t, std::string> hashes;
  int64_t next_member = 1;
  std::map<std::pair<int64_t, int64_t>, int64_t> connections;  // (low, high) → since
  std::map<int64_t, domain::ConnectionRequest> requests;
  int64_t next_request = 1;
  std::set<std::pair<int64_t, int64_t>> follows, blocks;  // directed
};

std::pair<int64_t, int64_t> Pair(MemberId a, MemberId b) {
  if (a.value() > b.value()) std::swap(a, b);
  return {a.value(), b.value()};
}

Error NotInFake() {
  return InternalError("not implemented by the fake store");
}

class FakeMembers final : public MemberRepository {
 public:
  explicit FakeMembers(FakeData& d) : d_(d) {}
  Result<MemberId> Create(const NewMember& m) override {
    for (const auto& [id, member] : d_.members) {
      if (member.email == m.email) return ConflictError("email_taken", "taken");
    }
    const int64_t id = d_.next_member++;
    d_.members[id] = domain::Member{MemberId(id), m.email, m.role, m.profile, m.now, m.now};
    d_.hashes[id] = m.password_hash;
    return MemberId(id);
  }
  Result<std::optional<domain::Member>> Get(MemberId id) override {
    auto it = d_.members.find(id.value());
    if (it == d_.members.end()) return std::optional<domain::Member>();
    return std::optional<domain::Member>(it->second);
  }
  Result<std::vector<domain::Member>> GetMany(const std::vector<MemberId>&) override {
    return NotInFake();
  }
  Result<std::vector<domain::Member>> GetManyWithoutLists(const std::vector<MemberId>&) override {
    return NotInFake();
  }
  Result<std::unordered_map<MemberId, MemberSummary>> Summaries(
      const std::vector<MemberId>&) override {
    return NotInFake();
  }
  Result<std::optional<Account>> FindAccountByEmail(const std::string& email) override {
    for (const auto& [id, member] : d_.members) {
      if (member.email == email) {
        return std::optional<Account>(Account{member.id, member.email, d_.hashes[id], member.role});
      }
    }
    return std::optional<Account>();
  }
  Result<std::optional<Account>> GetAccount(MemberId) override { return NotInFake(); }
  Status UpdateProfile(MemberId, const domain::Profile&, int64_t) override { return NotInFake(); }
  Status SetPasswordHash(MemberId, const std::string&) override { return NotInFake(); }
  Status SetRole(MemberId, domain::Role) override { return NotInFake(); }
  Status Delete(MemberId) override { return NotInFake(); }
  Result<std::vector<domain::Member>> Scan(const MemberScan&) override { return NotInFake(); }
  Result<int64_t> Count() override { return static_cast<int64_t>(d_.members.size()); }

 private:
  FakeData& d_;
};

class FakeConnections final : public ConnectionRepository {
 public:
  explicit FakeConnections(FakeData& d) : d_(d) {}
  Result<RequestId> CreateRequest(MemberId from, MemberId to, const std::string& note,
                                  int64_t now) override {
    if (PendingBetween(from, to)->has_value()) return ConflictError("request_pending", "pending");
    const int64_t id = d_.next_request++;
    d_.requests[id] = domain::ConnectionRequest{
        RequestId(id), from, to, note, domain::RequestStatus::kPending, now, {}};
    return RequestId(id);
  }
  Result<std::optional<domain::ConnectionRequest>> GetRequest(RequestId) override {
    return NotInFake();
  }
  Result<std::optional<domain::ConnectionRequest>> PendingBetween(MemberId a, MemberId b) override {
    for (const auto& [id, r] : d_.requests) {
      if (r.status == domain::RequestStatus::kPending && Pair(r.from, r.to) == Pair(a, b)) {
        return std::optional<domain::ConnectionRequest>(r);
      }
    }
    return std::optional<domain::ConnectionRequest>();
  }
  Status SetRequestStatus(RequestId id, domain::RequestStatus status, int64_t now) override {
    d_.requests.at(id.value()).status = status;
    d_.requests.at(id.value()).decided_at = now;
    return Status::Ok();
  }
  Result<std::vector<domain::ConnectionRequest>> ListRequests(MemberId, RequestDirection,
                                                              std::optional<domain::RequestStatus>,
                                                              int64_t, int) override {
    return NotInFake();
  }
  Result<bool> Connect(MemberId a, MemberId b, int64_t now) override {
    EXPECT_NE(a, b) << "self connection";
    EXPECT_TRUE(d_.members.count(a.value()) && d_.members.count(b.value()));
    return d_.connections.emplace(Pair(a, b), now).second;
  }
  Result<bool> Disconnect(MemberId a, MemberId b) override {
    return d_.connections.erase(Pair(a, b)) > 0;
  }
  Result<std::vector<domain::Connection>> ListConnections(MemberId, int64_t, int) override {
    return NotInFake();
  }
  Result<int64_t> CountConnections(MemberId m) override {
    int64_t n = 0;
    for (const auto& [pair, since] : d_.connections) {
      if (pair.first == m.value() || pair.second == m.value()) ++n;
    }
    return n;
  }
  Result<bool> Follow(MemberId follower, MemberId followee, int64_t) override {
    return d_.follows.emplace(follower.value(), followee.value()).second;
  }
  Result<bool> Unfollow(MemberId, MemberId) override { return NotInFake(); }
  Result<bool> Block(MemberId blocker, MemberId blocked, int64_t) override {
    d_.connections.erase(Pair(blocker, blocked));
    return d_.blocks.emplace(blocker.value(), blocked.value()).second;
  }
  Result<bool> Unblock(MemberId, MemberId) override { return NotInFake(); }
  Result<std::vector<MemberId>> ListBlocked(MemberId) override { return NotInFake(); }
  Result<std::unordered_map<MemberId, domain::Relationship>> Relationships(
      MemberId viewer, const std::vector<MemberId>& others) override {
    std::unordered_map<MemberId, domain::Relationship> out;
    for (MemberId o : others) {
      domain::Relationship r;
      r.self = o == viewer;
      r.connected = d_.connections.count(Pair(viewer, o)) != 0;
      r.blocking_target = d_.blocks.count({viewer.value(), o.value()}) != 0;
      r.blocked_by_target = d_.blocks.count({o.value(), viewer.value()}) != 0;
      r.following = d_.follows.count({viewer.value(), o.value()}) != 0;
      r.followed_by = d_.follows.count({o.value(), viewer.value()}) != 0;
      for (const auto& [id, req] : d_.requests) {
        if (req.status != domain::RequestStatus::kPending) continue;
        if (req.from == viewer && req.to == o) r.pending_outgoing = req.id;
        if (req.from == o && req.to == viewer) r.pending_incoming = req.id;
      }
      out[o] = r;
    }
    return out;
  }

 private:
  FakeData& d_;
};

class UnusedSessions final : public SessionRepository {
 public:
  Status Create(const SessionRecord&) override { return NotInFake(); }
  Result<std::optional<SessionRecord>> Find(const std::string&) override { return NotInFake(); }
  Status Delete(const std::string&) override { return NotInFake(); }
  Result<int64_t> DeleteAllFor(MemberId, const std::string&) override { return NotInFake(); }
  Status DeleteExpired(int64_t) override { return NotInFake(); }
};

class UnusedTokens final : public TokenRepository {
 public:
  Result<TokenId> Create(MemberId, const std::string&, const std::string&, int64_t) override {
    return NotInFake();
  }
  Result<std::optional<ApiToken>> FindByHash(const std::string&) override { return NotInFake(); }
  Result<std::vector<ApiToken>> ListFor(MemberId) override { return NotInFake(); }
  Result<bool> Delete(MemberId, TokenId) override { return NotInFake(); }
  Result<std::vector<ApiToken>> DeleteAllFor(MemberId) override { return NotInFake(); }
};

class UnusedNotifications final : public NotificationRepository {
 public:
  Result<bool> Create(const NewNotification&, int64_t) override { return NotInFake(); }
  Result<std::vector<Notification>> List(MemberId, int64_t, int, bool) override {
    return NotInFake();
  }
  Result<int64_t> CountUnread(MemberId) override { return NotInFake(); }
  Result<int64_t> MarkRead(MemberId, int64_t, int64_t) override { return NotInFake(); }
};

// Keeps the types of the events the seeder appends (it records the facts its
// writes produce, as the services do); reads are not needed.
class UnusedEvents final : public EventRepository {
 public:
  Result<int64_t> Append(const NewEvent& e) override {
    types.emplace_back(EventType(e.event));
    return static_cast<int64_t>(types.size());
  }
  std::vector<std::string> types;
  Result<std::vector<StoredEvent>> After(int64_t, int) override { return NotInFake(); }
  Result<int64_t> LastSeq() override { return NotInFake(); }
  Result<std::optional<int64_t>> Cursor(std::string_view) override { return NotInFake(); }
  Status SetCursor(std::string_view, int64_t, int64_t) override { return NotInFake(); }
  Result<int64_t> DeleteConsumed(int64_t) override { return NotInFake(); }
};

// Accepts the seeder's feedback writes without keeping them.
class UnusedFeedback final : public FeedbackRepository {
 public:
  Result<FeedbackRequestId> CreateRequest(MemberId, const domain::FeedbackRequestInput&,
                                          int64_t) override {
    return FeedbackRequestId(++next_);
  }
  Result<std::optional<domain::FeedbackRequest>> GetRequest(FeedbackRequestId) override {
    return NotInFake();
  }
  Result<std::vector<domain::FeedbackRequest>> ListRequests(MemberId, FeedbackRole, int64_t,
                                                            int) override {
    return NotInFake();
  }
  Status SetReviewerStatus(FeedbackRequestId, MemberId, domain::ReviewerStatus, int64_t) override {
    return Status::Ok();
  }
  Result<ReviewId> CreateReview(const domain::Review&) override { return ReviewId(++next_); }
  Result<std::optional<domain::Review>> GetReview(ReviewId) override { return NotInFake(); }
  Result<std::vector<domain::Review>> ListReviews(FeedbackRequestId) override {
    return NotInFake();
  }
  Result<std::vector<domain::Review>> ListReviewsForSkill(MemberId, const std::string&) override {
    return NotInFake();
  }
  Result<std::vector<domain::Review>> ListShownReviews(MemberId) override { return NotInFake(); }
  Status UpdateReaction(const domain::Review&) override { return NotInFake(); }
  Result<EndorsementId> CreateEndorsement(MemberId, MemberId, const std::string&,
                                          const std::string&, int64_t) override {
    return EndorsementId(++next_);
  }
  Result<std::optional<domain::Endorsement>> GetEndorsement(EndorsementId) override {
    return NotInFake();
  }
  Result<std::vector<domain::Endorsement>> ListEndorsements(MemberId) override {
    return NotInFake();
  }
  Status DeleteEndorsement(EndorsementId) override { return NotInFake(); }
  Result<std::unordered_map<MemberId, FeedbackStats>> Stats(const std::vector<MemberId>&,
                                                            const std::string&) override {
    return NotInFake();
  }
  Result<int64_t> MarkLapsed(const std::string&, int64_t) override { return NotInFake(); }
  Result<std::vector<DueSlot>> ListDueSlots(const std::string&, const std::string&) override {
    return NotInFake();
  }
  Status RecordSelfAssessment(MemberId, const domain::Skill&, int64_t) override {
    ++self_assessments;
    return Status::Ok();
  }
  Result<std::vector<domain::SelfAssessment>> ListSelfAssessments(MemberId,
                                                                  const std::string&) override {
    return NotInFake();
  }
  Result<std::vector<std::string>> SkillsWithOutsideFeedback(MemberId) override {
    return NotInFake();
  }
  Result<std::vector<NearbyMember>> NearbyMembers(MemberId, int,
                                                  const std::vector<MemberId>&) override {
    return NotInFake();
  }

  int self_assessments = 0;

 private:
  int64_t next_ = 0;
};

class UnusedNetwork final : public NetworkRepository {
 public:
  Result<std::vector<NetworkMember>> ScanMembers(int64_t, int) override { return NotInFake(); }
  Status EachMember(const std::function<Status(const NetworkMember&)>&) override {
    return NotInFake();
  }
  Status EachField(const std::function<Status(MemberId, std::string_view)>&) override {
    return NotInFake();
  }
  Status EachSkill(const std::function<Status(MemberId, std::string_view, int)>&) override {
    return NotInFake();
  }
  Status EachPair(NetworkRelation, const std::function<Status(MemberPair)>&) override {
    return NotInFake();
  }
  Result<bool> Dismiss(MemberId, MemberId, int64_t) override { return NotInFake(); }
};

class UnusedPrograms final : public ProgramRepository {
 public:
  Result<ProgramId> Create(const domain::ProgramInput&, MemberId, int64_t) override {
    return NotInFake();
  }
  Result<std::optional<domain::Program>> Get(ProgramId) override { return NotInFake(); }
  Result<std::vector<domain::Program>> ListFor(MemberId, int) override { return NotInFake(); }
  Status SetStatus(ProgramId, domain::ProgramStatus, int64_t) override { return NotInFake(); }
  Result<std::vector<domain::Participant>> Participants(ProgramId) override { return NotInFake(); }
  Result<std::optional<domain::Participant>> GetParticipant(ProgramId, MemberId) override {
    return NotInFake();
  }
  Status AddParticipants(ProgramId, const std::vector<domain::Participant>&, int64_t) override {
    return NotInFake();
  }
  Result<bool> RemoveParticipant(ProgramId, MemberId) override { return NotInFake(); }
  Status SetPreferences(ProgramId, MemberId, const std::vector<MemberId>&,
                        const std::vector<MemberId>&) override {
    return NotInFake();
  }
  Result<std::vector<std::pair<MemberId, MemberId>>> BlockedPairs(ProgramId) override {
    return NotInFake();
  }
  Result<std::vector<domain::PairConstraint>> Constraints(ProgramId) override {
    return NotInFake();
  }
  Status SetConstraint(ProgramId, const domain::PairConstraint&, int64_t) override {
    return NotInFake();
  }
  Result<bool> DeleteConstraint(ProgramId, MemberId, MemberId) override { return NotInFake(); }
  Result<std::optional<domain::Proposal>> GetProposal(ProgramId) override { return NotInFake(); }
  Status SaveProposal(ProgramId, const domain::Proposal&) override { return NotInFake(); }
};

// Mentorship data is seeded through the real services in the store
// conformance and integration tests; the seeder's plan tests do not reach it.
class UnusedMentorship final : public MentorshipRepository {
 public:
  Status PutOffer(const domain::MentorOffer&) override { return NotInFake(); }
  Result<std::optional<domain::MentorOffer>> GetOffer(MemberId) override { return NotInFake(); }
  Result<std::vector<domain::MentorOffer>> ListOpenOffers() override { return NotInFake(); }
  Result<std::unordered_map<MemberId, MentorStats>> Stats(const std::vector<MemberId>&) override {
    return NotInFake();
  }
  Result<MentorshipRequestId> CreateRequest(const domain::MentorshipRequest&) override {
    return NotInFake();
  }
  Result<std::optional<domain::MentorshipRequest>> GetRequest(MentorshipRequestId) override {
    return NotInFake();
  }
  Result<std::vector<domain::MentorshipRequest>> ListRequests(MemberId, MentorshipRole,
                                                              int) override {
    return NotInFake();
  }
  Result<std::vector<domain::MentorshipRequest>> OpenRequestsOf(MemberId) override {
    return NotInFake();
  }
  Result<bool> UpdateRequest(const domain::MentorshipRequest&,
                             domain::MentorshipRequestStatus) override {
    return NotInFake();
  }
  Result<std::vector<domain::MentorshipRequest>> ExpireRequests(int64_t,
                                                                std::optional<MemberId>) override {
    return NotInFake();
  }
  Result<MentorshipId> CreateMentorship(const domain::Mentorship&) override { return NotInFake(); }
  Result<std::optional<domain::Mentorship>> GetMentorship(MentorshipId) override {
    return NotInFake();
  }
  Result<std::vector<domain::Mentorship>> ListMentorships(MemberId) override { return NotInFake(); }
  Result<std::vector<domain::Mentorship>> ListActive() override { return NotInFake(); }
  Result<int> CountActiveAsMentor(MemberId) override { return NotInFake(); }
  Status UpdateMentorship(const domain::Mentorship&) override { return NotInFake(); }
  Result<std::vector<domain::Mentorship>> ListAlumni(MemberId) override { return NotInFake(); }
  Result<int64_t> AddGoal(MentorshipId, const std::string&, int64_t) override {
    return NotInFake();
  }
  Result<bool> UpdateGoal(MentorshipId, const domain::MentorshipGoal&) override {
    return NotInFake();
  }
  Result<bool> DeleteGoal(MentorshipId, int64_t) override { return NotInFake(); }
  Result<int64_t> AddCheckIn(const domain::CheckIn&) override { return NotInFake(); }
  Result<std::vector<domain::CheckIn>> ListCheckIns(MentorshipId) override { return NotInFake(); }
  Status AddFeedback(const domain::CompletionFeedback&) override { return NotInFake(); }
  Result<std::vector<domain::CompletionFeedback>> ListFeedback(MentorshipId) override {
    return NotInFake();
  }
  Status PutAlumniPlan(const domain::AlumniPlan&) override { return NotInFake(); }
  Status DeleteAlumniPlan(MentorshipId, MemberId) override { return NotInFake(); }
  Result<std::vector<domain::AlumniPlan>> ListAlumniPlans(MentorshipId) override {
    return NotInFake();
  }
  Result<std::vector<AlumniPlanDue>> ListAlumniPlansDue() override { return NotInFake(); }
  Result<int64_t> AddAlumniCheckIn(const domain::AlumniCheckIn&) override { return NotInFake(); }
  Result<std::vector<domain::AlumniCheckIn>> ListAlumniCheckIns(MentorshipId) override {
    return NotInFake();
  }
};

class UnusedOpportunities final : public OpportunityRepository {
 public:
  Result<OpportunityId> Create(MemberId, const domain::OpportunityInput&, int64_t) override {
    return NotInFake();
  }
  Result<std::optional<domain::Opportunity>> Get(OpportunityId) override { return NotInFake(); }
  Result<bool> Update(OpportunityId, const domain::OpportunityInput&, bool, int64_t) override {
    return NotInFake();
  }
  Result<bool> Close(OpportunityId, int64_t) override { return NotInFake(); }
  Result<bool> Hide(OpportunityId, MemberId, int64_t) override { return NotInFake(); }
  Result<std::vector<domain::Opportunity>> ListByPoster(MemberId, int64_t, int) override {
    return NotInFake();
  }
  Result<std::vector<domain::Opportunity>> ListOpen(int64_t, int64_t, int) override {
    return NotInFake();
  }
  Result<bool> AddInterest(const Interest&) override { return NotInFake(); }
  Result<bool> RemoveInterest(OpportunityId, MemberId) override { return NotInFake(); }
  Result<std::vector<Interest>> InterestIn(OpportunityId) override { return NotInFake(); }
  Result<std::vector<Interest>> InterestsOf(MemberId) override { return NotInFake(); }
  Result<bool> Dismiss(MemberId, OpportunityId, int64_t) override { return NotInFake(); }
  Result<std::vector<OpportunityId>> Dismissed(MemberId) override { return NotInFake(); }
  Result<bool> Report(OpportunityId, MemberId, const std::string&, int64_t) override {
    return NotInFake();
  }
  Result<int> ReportCount(OpportunityId) override { return NotInFake(); }
};

class UnusedGroups final : public GroupRepository {
 public:
  Result<GroupId> Create(domain::GroupKind, const domain::GroupInput&, std::optional<ProgramId>,
                         std::optional<MemberId>, int64_t) override {
    return NotInFake();
  }
  Result<std::optional<Group>> Get(GroupId) override { return NotInFake(); }
  Result<std::optional<Group>> ForProgram(ProgramId) override { return NotInFake(); }
  Result<bool> Update(GroupId, const domain::GroupInput&, int64_t) override { return NotInFake(); }
  Result<std::vector<Group>> List(int64_t, int) override { return NotInFake(); }
  Result<domain::Membership> MembershipOf(GroupId, MemberId) override { return NotInFake(); }
  Status SetMembership(GroupId, MemberId, const domain::Membership&, std::optional<MemberId>,
                       int64_t) override {
    return NotInFake();
  }
  Result<bool> RemoveMembership(GroupId, MemberId) override { return NotInFake(); }
  Result<std::vector<GroupMember>> Members(GroupId, domain::Membership::State, int64_t,
                                           int) override {
    return NotInFake();
  }
  Result<int> OwnerCount(GroupId) override { return NotInFake(); }
  Result<std::vector<GroupId>> GroupsOf(MemberId) override { return NotInFake(); }
};

class UnusedPosts final : public PostRepository {
 public:
  Result<PostId> Create(MemberId, const domain::PostInput&, int64_t) override {
    return NotInFake();
  }
  Result<std::optional<Post>> Get(PostId) override { return NotInFake(); }
  Result<bool> UpdateBody(PostId, const std::string&, int64_t) override { return NotInFake(); }
  Result<bool> Delete(PostId) override { return NotInFake(); }
  Result<bool> SetHidden(PostId, std::optional<MemberId>, int64_t) override { return NotInFake(); }
  Result<FeedSources> FeedSourcesOf(MemberId) override { return NotInFake(); }
  Result<std::vector<Post>> FeedWindow(const FeedSources&, std::optional<PostPosition>,
                                       int) override {
    return NotInFake();
  }
  Result<std::vector<Post>> GroupWindow(GroupId, std::optional<PostPosition>, int) override {
    return NotInFake();
  }
  Result<std::vector<Post>> AuthorWindow(MemberId, std::optional<PostPosition>, int) override {
    return NotInFake();
  }
  Result<CommentId> AddComment(const Comment&) override { return NotInFake(); }
  Result<std::optional<Comment>> GetComment(CommentId) override { return NotInFake(); }
  Result<std::vector<Comment>> Comments(PostId, int64_t, int) override { return NotInFake(); }
  Result<bool> DeleteComment(CommentId) override { return NotInFake(); }
  Status React(PostId, MemberId, domain::Reaction, int64_t) override { return NotInFake(); }
  Result<bool> Unreact(PostId, MemberId) override { return NotInFake(); }
  Result<std::optional<domain::Reaction>> ReactionOf(PostId, MemberId) override {
    return NotInFake();
  }
  Result<bool> HideForMember(MemberId, PostId, int64_t) override { return NotInFake(); }
  Result<bool> SeeFewer(MemberId, GroupId, int64_t) override { return NotInFake(); }
  Result<std::vector<GroupId>> FewerGroups(MemberId) override { return NotInFake(); }
};

class UnusedIntroductions final : public IntroductionRepository {
 public:
  Result<IntroductionId> Create(const domain::Introduction&) override { return NotInFake(); }
  Result<std::optional<domain::Introduction>> Get(IntroductionId) override { return NotInFake(); }
  Result<bool> Update(const domain::Introduction&, domain::IntroductionStatus) override {
    return NotInFake();
  }
  Result<std::vector<domain::Introduction>> ListFor(MemberId, domain::IntroductionRole,
                                                    int) override {
    return NotInFake();
  }
  Result<int> CountRequestedSince(MemberId, int64_t) override { return NotInFake(); }
  Result<int> CountBrokeredSince(MemberId, int64_t) override { return NotInFake(); }
  Result<std::vector<int64_t>> BrokerResponseTimes(MemberId, int) override { return NotInFake(); }
  Result<std::vector<domain::Introduction>> DueToSettle(int64_t, int) override {
    return NotInFake();
  }
  Result<std::vector<MutualConnection>> MutualConnections(MemberId, MemberId, int) override {
    return NotInFake();
  }
  Result<std::vector<MemberId>> SecondDegreeAt(MemberId, const std::string&, int) override {
    return NotInFake();
  }
};

class UnusedSavedSearches final : public SavedSearchRepository {
 public:
  Result<SavedSearchId> Create(MemberId, const domain::SavedSearchInput&, int64_t) override {
    return NotInFake();
  }
  Result<std::optional<SavedSearch>> Get(SavedSearchId) override { return NotInFake(); }
  Result<std::vector<SavedSearch>> ListByMember(MemberId) override { return NotInFake(); }
  Result<int> CountByMember(MemberId) override { return NotInFake(); }
  Result<bool> Update(SavedSearchId, const domain::SavedSearchInput&, int64_t) override {
    return NotInFake();
  }
  Result<bool> Delete(SavedSearchId) override { return NotInFake(); }
  Result<std::vector<SavedSearch>> ListAll(int64_t, int) override { return NotInFake(); }
  Result<bool> AddMatch(SavedSearchId, OpportunityId, int64_t) override { return NotInFake(); }
  Result<std::vector<PendingMatch>> Pending(SavedSearchId) override { return NotInFake(); }
  Result<std::vector<SavedSearchId>> WithPending(int64_t, int) override { return NotInFake(); }
  Status MarkAlerted(SavedSearchId, const std::vector<OpportunityId>&, int64_t) override {
    return NotInFake();
  }
  Status DropPending(SavedSearchId, const std::vector<OpportunityId>&) override {
    return NotInFake();
  }
};

class FakeTx final : public Tx {
 public:
  explicit FakeTx(FakeData& d) : members_(d), connections_(d) {}
  MemberRepository& members() override { return members_; }
  SessionRepository& sessions() override { return sessions_; }
  TokenRepository& tokens() override { return tokens_; }
  ConnectionRepository& connections() override { return connections_; }
  FeedbackRepository& feedback() override { return feedback_; }
  MentorshipRepository& mentorship() override { return mentorship_; }
  NotificationRepository& notifications() override { return notifications_; }
  NetworkRepository& network() override { return network_; }
  ProgramRepository& programs() override { return programs_; }
  OpportunityRepository& opportunities() override { return opportunities_; }
  SavedSearchRepository& saved_searches() override { return saved_searches_; }
  GroupRepository& groups() override { return groups_; }
  PostRepository& posts() override { return posts_; }
  IntroductionRepository& introductions() override { return introductions_; }
  EventRepository& events() override { return events_; }

 private:
  UnusedOpportunities opportunities_;
  UnusedSavedSearches saved_searches_;
  UnusedGroups groups_;
  UnusedPosts posts_;
  UnusedIntroductions introductions_;
  UnusedEvents events_;
  UnusedNotifications notifications_;
  UnusedFeedback feedback_;
  UnusedNetwork network_;
  UnusedPrograms programs_;
  UnusedMentorship mentorship_;
  FakeMembers members_;
  FakeConnections connections_;
  UnusedSessions sessions_;
  UnusedTokens tokens_;
};

class FakeStore final : public Store {
 public:
  Status Read(const std::function<Status(Tx&)>& fn) override {
    FakeData copy = data;
    FakeTx tx(copy);
    return fn(tx);
  }
  Status Write(const std::function<Status(Tx&)>& fn) override {
    ++writes;
    FakeData copy = data;
    FakeTx tx(copy);
    RETURN_IF_ERROR(fn(tx));
    data = std::move(copy);
    return Status::Ok();
  }
  Status Export(const std::function<Status(const DumpRow&)>&) override { return NotInFake(); }
  Status Import(const std::function<Result<std::optional<DumpRow>>()>&) override {
    return NotInFake();
  }
  Result<int64_t> CountRows() override { return NotInFake(); }
  std::string Kind() const override { return "fake"; }

  FakeData data;
  int writes = 0;
};

class DemoSeederTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { ASSERT_TRUE(InitCrypto().ok()); }
  static DemoOptions Options(int members) {
    DemoOptions o;
    o.members = members;
    o.password_strength = "min";
    return o;
  }
};

DemoPlan Plan(int members, uint64_t seed = 42) {
  DemoOptions o;
  o.members = members;
  o.seed = seed;
  auto plan = BuildDemoPlan(o, kNow);
  EXPECT_TRUE(plan.ok());
  return std::move(plan).value();
}

// --- The plan ---------------------------------------------------------------------

TEST(DemoPlan, IsDeterministicForASeed) {
  const DemoPlan a = Plan(320), b = Plan(320), c = Plan(320, 7);
  ASSERT_EQ(a.people.size(), b.people.size());
  for (size_t i = 0; i < a.people.size(); ++i) {
    EXPECT_EQ(a.people[i].email, b.people[i].email);
    EXPECT_EQ(a.people[i].profile, b.people[i].profile);
    EXPECT_EQ(a.people[i].created_at, b.people[i].created_at);
  }
  ASSERT_EQ(a.connections.size(), b.connections.size());
  for (size_t i = 0; i < a.connections.size(); ++i) {
    EXPECT_EQ(a.connections[i].a, b.connections[i].a);
    EXPECT_EQ(a.connections[i].b, b.connections[i].b);
  }
  int same = 0;
  for (size_t i = 1; i < a.people.size(); ++i) same += a.people[i].profile == c.people[i].profile;
  EXPECT_LT(same, 5) << "another seed should give other people";
}

TEST(DemoPlan, ALargerNetworkKeepsTheSamePeople) {
  const DemoPlan small = Plan(320), large = Plan(400);
  for (size_t i = 0; i < small.people.size(); ++i) {
    EXPECT_EQ(small.people[i].email, large.people[i].email);
    EXPECT_EQ(small.people[i].profile, large.people[i].profile);
  }
}

TEST(DemoPlan, RejectsABadMemberCount) {
  DemoOptions o;
  o.members = 0;
  auto plan = BuildDemoPlan(o, kNow);
  ASSERT_FALSE(plan.ok());
  EXPECT_EQ(plan.error().kind(), ErrorKind::kValidation);
}

TEST(DemoPlan, TheDemoLoginIsAHalfFilledDataScienceLearner) {
  const DemoPlan plan = Plan(320);
  const DemoPerson& demo = plan.people[0];
  EXPECT_EQ(demo.email, kDemoEmail);
  EXPECT_EQ(demo.profile.stage, CareerStage::kLearner);
  EXPECT_EQ(demo.profile.fields, std::vector<std::string>{"Data Science"});
  EXPECT_TRUE(demo.profile.bio.empty());
  EXPECT_TRUE(demo.profile.goals.empty());
  EXPECT_FALSE(demo.profile.skills.empty());
  EXPECT_TRUE(demo.profile.discoverable);

  int connections = 0, incoming = 0, outgoing = 0;
  for (const DemoTie& t : plan.connections) connections += (t.a == 0 || t.b == 0);
  for (const DemoRequest& r : plan.requests) {
    incoming += r.to == 0;
    outgoing += r.from == 0;
  }
  EXPECT_GE(connections, 3);
  EXPECT_LE(connections, 6);
  EXPECT_GE(incoming, 2);
  EXPECT_EQ(outgoing, 1);
}

// "first.last.N@demo.pln.example" with lower-case ASCII names.
bool IsDemoEmail(const std::string& email, int n) {
  const std::string suffix = "." + std::to_string(n) + "@" + kDemoEmailDomain;
  if (email.size() <= suffix.size() ||
      email.compare(email.size() - suffix.size(), suffix.size(), suffix) != 0) {
    return false;
  }
  const std::string local = email.substr(0, email.size() - suffix.size());
  const size_t dot = local.find('.');
  if (dot == 0 || dot == std::string::npos || dot + 1 == local.size()) return false;
  return std::all_of(
             local.begin(), local.end(),
             [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.'; }) &&
         std::count(local.begin(), local.end(), '.') == 1;
}

// An article that does not fit the next word: "a engineer", "an data analyst".
bool HasWrongArticle(const std::string& text) {
  const std::vector<std::string> words = SplitWords(text);
  for (size_t i = 0; i + 1 < words.size(); ++i) {
    const char next = words[i + 1][0];
    const bool vowel = std::string_view("aeio").find(next) != std::string_view::npos;
    const bool lower = next >= 'a' && next <= 'z';
    if (AsciiLower(words[i]) == "a" && lower && vowel) return true;
    if (AsciiLower(words[i]) == "an" && lower && !vowel && next != 'u' && next != 'h') return true;
  }
  return false;
}

TEST(DemoPlan, PeopleLookReal) {
  const DemoPlan plan = Plan(320);
  ASSERT_EQ(plan.people.size(), 320u);
  std::set<std::string> emails, names, headlines, bios;
  std::map<CareerStage, int> stages;
  std::map<std::string, int> fields;
  int hidden = 0, mentors = 0, learners_wanting_mentor = 0;

  for (size_t i = 0; i < plan.people.size(); ++i) {
    const DemoPerson& person = plan.people[i];
    const domain::Profile& p = person.profile;
    SCOPED_TRACE(person.email + " " + p.name + " | " + p.headline + " | " + p.bio);
    EXPECT_TRUE(emails.insert(person.email).second) << "duplicate e-mail";
    if (i > 0) {
      EXPECT_TRUE(IsDemoEmail(person.email, static_cast<int>(i) + 1));
    }
    names.insert(p.name);
    headlines.insert(p.headline);
    if (!p.bio.empty()) bios.insert(p.bio);
    ++stages[p.stage];
    for (const auto& f : p.fields) ++fields[f];
    hidden += !p.discoverable;
    mentors += p.stage == CareerStage::kExperienced && p.open_to.mentoring;
    learners_wanting_mentor += p.stage == CareerStage::kLearner && p.open_to.being_mentored;

    // Within the profile rules.
    using L = domain::ProfileLimits;
    EXPECT_GE(Utf8Length(p.name), 3u);
    EXPECT_LE(Utf8Length(p.name), L::kName);
    EXPECT_FALSE(p.headline.empty());
    EXPECT_LE(Utf8Length(p.headline), L::kHeadline);
    EXPECT_LE(Utf8Length(p.bio), L::kBio);
    EXPECT_LE(Utf8Length(p.location), L::kLocation);
    EXPECT_LE(Utf8Length(p.organization), L::kOrganization);
    EXPECT_GE(p.fields.size(), 1u);
    EXPECT_LE(p.fields.size(), 3u);
    EXPECT_LE(p.goals.size(), 3u);
    for (const auto& g : p.goals) EXPECT_LE(Utf8Length(g), L::kGoal);
    std::set<std::string> skill_names;
    for (const auto& s : p.skills) {
      EXPECT_TRUE(skill_names.insert(AsciiLower(s.name)).second) << "duplicate skill " << s.name;
      EXPECT_GE(s.level, 1);
      EXPECT_LE(s.level, 5);
      if (p.stage == CareerStage::kLearner) {
        EXPECT_LE(s.level, 4);
      }
      if (p.stage == CareerStage::kExperienced) {
        EXPECT_GE(s.level, 3);
      }
    }
    if (i > 0) {
      EXPECT_GE(p.skills.size(), 3u);
      EXPECT_LE(p.skills.size(), 8u);
      EXPECT_GE(p.goals.size(), 1u);
    }
    for (const std::string* text : {&p.name, &p.headline, &p.bio, &p.location, &p.organization}) {
      EXPECT_TRUE(IsValidUtf8(*text));
      EXPECT_FALSE(HasControlChars(*text, false));
      EXPECT_EQ(text->find_first_of("{}"), std::string::npos) << "unfilled placeholder";
      EXPECT_EQ(*text, NormalizeSpace(*text));
      EXPECT_FALSE(HasWrongArticle(*text)) << *text;
    }
    for (const auto& g : p.goals) {
      EXPECT_EQ(g.find_first_of("{}"), std::string::npos);
      EXPECT_FALSE(HasWrongArticle(g)) << g;
      EXPECT_TRUE(g[0] >= 'A' && g[0] <= 'Z') << g;
    }
    EXPECT_LE(person.created_at, kNow);
    EXPECT_GT(person.created_at, kNow - 400 * 86'400'000LL);
  }

  const double n = static_cast<double>(plan.people.size());
  EXPECT_NEAR(stages[CareerStage::kLearner] / n, 0.45, 0.08);
  EXPECT_NEAR(stages[CareerStage::kEarlyCareer] / n, 0.30, 0.08);
  EXPECT_NEAR(stages[CareerStage::kExperienced] / n, 0.25, 0.08);
  EXPECT_EQ(fields.size(), demo::Fields().size());
  for (const auto& [field, count] : fields) EXPECT_GE(count, 15) << field;
  EXPECT_GE(hidden, 5);  // about 5%
  EXPECT_LE(hidden, 30);
  EXPECT_GE(mentors, 30);
  EXPECT_GE(learners_wanting_mentor, 80);
  // Variety, not one template stamped 320 times.
  EXPECT_GE(names.size(), 280u);
  EXPECT_GE(headlines.size(), 200u);
  EXPECT_GE(bios.size(), 200u);
}

// The seeder writes profiles straight to the store; they must be exactly what
// the profile rules would have accepted and stored from a member.
TEST(DemoPlan, ProfilesAreWhatTheProfileRulesWouldStore) {
  const DemoPlan plan = Plan(320);
  for (const DemoPerson& person : plan.people) {
    const domain::Profile& p = person.profile;
    domain::ProfilePatch patch;
    patch.name = p.name;
    patch.headline = p.headline;
    patch.bio = p.bio;
    patch.location = p.location;
    patch.organization = p.organization;
    patch.stage = p.stage;
    patch.fields = p.fields;
    patch.skills = p.skills;
    patch.goals = p.goals;
    patch.open_mentoring = p.open_to.mentoring;
    patch.open_being_mentored = p.open_to.being_mentored;
    patch.open_opportunities = p.open_to.opportunities;
    patch.vis_bio = p.visibility.bio;
    patch.vis_details = p.visibility.details;
    patch.vis_skills = p.visibility.skills;
    patch.vis_goals = p.visibility.goals;
    patch.vis_connections = p.visibility.connections;
    patch.discoverable = p.discoverable;
    auto applied = domain::ApplyProfilePatch(domain::Profile{}, patch);
    ASSERT_TRUE(applied.ok()) << person.email << ": " << applied.error().details().at(0).field
                              << " " << applied.error().details().at(0).message;
    EXPECT_EQ(*applied, p) << person.email;
    auto email = domain::NormalizeEmail(person.email);
    ASSERT_TRUE(email.ok()) << person.email;
    EXPECT_EQ(*email, person.email);
  }
}

TEST(DemoPlan, NetworkHasCommunitiesAndHubs) {
  const DemoPlan plan = Plan(320);
  const size_t n = plan.people.size();
  std::vector<int> degree(n, 0);
  std::set<std::pair<int, int>> seen;
  int shared_field = 0, shared_org = 0;
  for (const DemoTie& t : plan.connections) {
    ASSERT_LT(t.a, t.b) << "ties are stored low → high, never to oneself";
    ASSERT_GE(t.a, 0);
    ASSERT_LT(t.b, static_cast<int>(n));
    EXPECT_TRUE(seen.insert({t.a, t.b}).second) << "duplicate tie";
    ++degree[static_cast<size_t>(t.a)];
    ++degree[static_cast<size_t>(t.b)];
    const auto& pa = plan.people[static_cast<size_t>(t.a)].profile;
    const auto& pb = plan.people[static_cast<size_t>(t.b)].profile;
    shared_field += std::any_of(pa.fields.begin(), pa.fields.end(), [&](const std::string& f) {
      return std::find(pb.fields.begin(), pb.fields.end(), f) != pb.fields.end();
    });
    shared_org += pa.organization == pb.organization && !pa.organization.empty();
    EXPECT_LE(t.at, kNow);
    EXPECT_GE(t.at, plan.people[static_cast<size_t>(t.a)].created_at);
    EXPECT_GE(t.at, plan.people[static_cast<size_t>(t.b)].created_at);
  }
  const double ties = static_cast<double>(plan.connections.size());
  const double average = 2 * ties / static_cast<double>(n);
  const int max_degree = *std::max_element(degree.begin(), degree.end());
  std::vector<int> sorted = degree;
  std::sort(sorted.begin(), sorted.end());
  const int median = sorted[n / 2];
  EXPECT_GE(average, 8.0);
  EXPECT_LE(average, 12.0);
  EXPECT_GE(max_degree, 3 * median) << "a few well-connected people";
  EXPECT_GE(shared_field / ties, 0.7) << "mostly within a field";
  EXPECT_LE(shared_field / ties, 0.97) << "some across fields";
  EXPECT_GE(shared_org / ties, 0.25) << "cohorts and colleagues";
  EXPECT_EQ(std::count(degree.begin() + 1, degree.end(), 0), 0) << "nobody isolated";

  std::set<std::pair<int, int>> requested;
  for (const DemoRequest& r : plan.requests) {
    EXPECT_NE(r.from, r.to);
    EXPECT_EQ(seen.count(std::minmax(r.from, r.to)), 0u) << "request between connected members";
    EXPECT_TRUE(requested.insert(std::minmax(r.from, r.to)).second) << "two requests, one pair";
    EXPECT_LE(r.note.size(), 500u);
    EXPECT_EQ(r.note.find_first_of("{}"), std::string::npos) << r.note;
    EXPECT_LE(r.at, kNow);
  }
  EXPECT_GE(plan.requests.size(), 15u);
  std::set<std::pair<int, int>> followed;
  for (const DemoTie& f : plan.follows) {
    EXPECT_NE(f.a, f.b);
    EXPECT_TRUE(followed.insert({f.a, f.b}).second);
  }
  EXPECT_GE(plan.follows.size(), 50u);
}

TEST(DemoPlan, WorksForTinyNetworks) {
  for (int members : {1, 2, 5, 20}) {
    const DemoPlan plan = Plan(members);
    EXPECT_EQ(plan.people.size(), static_cast<size_t>(members));
    for (const DemoTie& t : plan.connections) EXPECT_NE(t.a, t.b);
  }
}

TEST(DemoEmailSlug, FoldsNamesToAsciiLetters) {
  EXPECT_EQ(DemoEmailSlug("José Ñúñez-O'Brien"), "josenunezobrien");
  EXPECT_EQ(DemoEmailSlug("Şahin"), "sahin");
  EXPECT_EQ(DemoEmailSlug("Yılmaz"), "yilmaz");
  EXPECT_EQ(DemoEmailSlug("Müller"), "muller");
  EXPECT_EQ(DemoEmailSlug("Paweł Wójcik"), "pawelwojcik");
  EXPECT_EQ(DemoEmailSlug("Dela Cruz"), "delacruz");
  EXPECT_EQ(DemoEmailSlug("数据"), "member");
}

TEST(DemoEmailSlug, KeepsEveryLetterOfTheNameTables) {
  for (const auto& culture : demo::NameCultures()) {
    for (auto names : {culture.first, culture.last}) {
      for (std::string_view name : names) {
        size_t letters = 0;
        for (size_t i = 0; i < name.size(); ++i) {
          const auto c = static_cast<unsigned char>(name[i]);
          const bool start_of_code_point = (c & 0xC0) != 0x80;
          letters += start_of_code_point && c != ' ' && c != '-' && c != '\'';
        }
        EXPECT_GE(DemoEmailSlug(name).size(), letters) << name;
      }
    }
  }
}

TEST(DemoData, FieldsHaveEnoughToDrawFrom) {
  ASSERT_EQ(demo::Fields().size(), 8u);
  for (const auto& f : demo::Fields()) {
    EXPECT_GE(f.skills.size(), 8u) << f.name;
    EXPECT_LE(f.skills.size(), 15u) << f.name;
    EXPECT_GE(f.companies.size(), 4u) << f.name;
    EXPECT_FALSE(f.neighbours.empty()) << f.name;
    EXPECT_FALSE(f.junior_roles.empty());
    EXPECT_FALSE(f.senior_roles.empty());
    EXPECT_FALSE(f.topics.empty());
    EXPECT_FALSE(f.artifacts.empty());
  }
  EXPECT_GE(demo::NameCultures().size(), 20u);
}

// --- Seeding a store ----------------------------------------------------------------

TEST_F(DemoSeederTest, SeedsTheWholePlanInBatches) {
  FakeStore store;
  ManualClock clock(kNow);
  std::map<std::string, std::pair<int64_t, int64_t>> last;  // phase → (done, total)
  auto result = SeedDemoNetwork(store, clock, Options(120),
                                [&](std::string_view phase, int64_t done, int64_t total) {
                                  auto& [d, t] = last[std::string(phase)];
                                  EXPECT_GE(done, d);
                                  d = done;
                                  t = total;
                                });
  ASSERT_TRUE(result.ok()) << result.error().message();
  const DemoSummary& s = *result;
  const DemoPlan plan = Plan(120);

  EXPECT_EQ(s.members_created, 120);
  EXPECT_EQ(s.members_existing, 0);
  EXPECT_EQ(s.connections, static_cast<int>(plan.connections.size()));
  EXPECT_EQ(s.requests, static_cast<int>(plan.requests.size()));
  EXPECT_EQ(s.follows, static_cast<int>(plan.follows.size()));
  EXPECT_EQ(s.demo_email, kDemoEmail);
  EXPECT_EQ(s.demo_password, "demo-password");

  EXPECT_EQ(store.data.members.size(), 120u);
  EXPECT_EQ(store.data.connections.size(), plan.connections.size());
  EXPECT_EQ(store.data.requests.size(), plan.requests.size());
  EXPECT_EQ(store.data.follows.size(), plan.follows.size());
  EXPECT_GE(store.writes, 3) << "members are written 50 per transaction";

  EXPECT_EQ(last["members"], std::make_pair(int64_t{120}, int64_t{120}));
  EXPECT_EQ(last["connections"].first, last["connections"].second);
  EXPECT_EQ(last["requests"].first, last["requests"].second);

  // One shared hash, and it is the demo password's.
  std::set<std::string> hashes;
  for (const auto& [id, hash] : store.data.hashes) hashes.insert(hash);
  ASSERT_EQ(hashes.size(), 1u);
  EXPECT_TRUE(VerifyPassword(*hashes.begin(), "demo-password"));

  // The stored profiles are the planned ones, and so are join times.
  for (const auto& [id, member] : store.data.members) {
    const auto& person = plan.people[static_cast<size_t>(id - 1)];
    EXPECT_EQ(member.email, person.email);
    EXPECT_EQ(member.profile, person.profile);
    EXPECT_EQ(member.created_at, person.created_at);
  }
}

TEST_F(DemoSeederTest, RunningTwiceCreatesNothingNew) {
  FakeStore store;
  ManualClock clock(kNow);
  ASSERT_TRUE(SeedDemoNetwork(store, clock, Options(120), nullptr).ok());
  const FakeData before = store.data;

  clock.Advance(3'600'000);
  auto again = SeedDemoNetwork(store, clock, Options(120), nullptr);
  ASSERT_TRUE(again.ok()) << again.error().message();
  EXPECT_EQ(again->members_created, 0);
  EXPECT_EQ(again->members_existing, 120);
  EXPECT_EQ(again->connections, 0);
  EXPECT_EQ(again->requests, 0);
  EXPECT_EQ(again->follows, 0);
  EXPECT_EQ(store.data.members.size(), before.members.size());
  EXPECT_EQ(store.data.connections, before.connections);
  EXPECT_EQ(store.data.requests.size(), before.requests.size());
  EXPECT_EQ(store.data.follows, before.follows);
}

TEST_F(DemoSeederTest, ARerunRespectsWhatPeopleDid) {
  FakeStore store;
  ManualClock clock(kNow);
  ASSERT_TRUE(SeedDemoNetwork(store, clock, Options(60), nullptr).ok());
  // The demo member blocks one of their connections and declines every request.
  const MemberId demo(1);
  std::optional<MemberId> blocked;
  for (const auto& [pair, since] : store.data.connections) {
    if (pair.first == 1) {
      blocked = MemberId(pair.second);
      break;
    }
  }
  ASSERT_TRUE(blocked.has_value());
  {
    FakeConnections repo(store.data);
    ASSERT_TRUE(repo.Block(demo, *blocked, kNow).ok());
  }
  for (auto& [id, r] : store.data.requests) r.status = domain::RequestStatus::kDeclined;

  auto again = SeedDemoNetwork(store, clock, Options(60), nullptr);
  ASSERT_TRUE(again.ok()) << again.error().message();
  EXPECT_EQ(again->connections, 0) << "a blocked pair is not connected again";
  EXPECT_EQ(again->requests, 0) << "declined requests are not sent again";
  EXPECT_EQ(store.data.connections.count(Pair(demo, *blocked)), 0u);
}

TEST_F(DemoSeederTest, ExtendsAnExistingNetwork) {
  FakeStore store;
  ManualClock clock(kNow);
  ASSERT_TRUE(SeedDemoNetwork(store, clock, Options(60), nullptr).ok());
  auto more = SeedDemoNetwork(store, clock, Options(100), nullptr);
  ASSERT_TRUE(more.ok()) << more.error().message();
  EXPECT_EQ(more->members_existing, 60);
  EXPECT_EQ(more->members_created, 40);
  EXPECT_GT(more->connections, 0);
  EXPECT_EQ(store.data.members.size(), 100u);
  // Ties depend on the network size, so the store now holds both plans' ties.
  std::set<std::pair<int, int>> both;
  for (const DemoPlan& plan : {Plan(60), Plan(100)}) {
    for (const DemoTie& t : plan.connections) both.insert({t.a, t.b});
  }
  EXPECT_EQ(store.data.connections.size(), both.size());
}

TEST_F(DemoSeederTest, AStoreErrorStopsTheRunWithThatError) {
  class FailingStore final : public Store {
   public:
    Status Read(const std::function<Status(Tx&)>&) override { return UnavailableError("db down"); }
    Status Write(const std::function<Status(Tx&)>&) override { return UnavailableError("db down"); }
    Status Export(const std::function<Status(const DumpRow&)>&) override { return NotInFake(); }
    Status Import(const std::function<Result<std::optional<DumpRow>>()>&) override {
      return NotInFake();
    }
    Result<int64_t> CountRows() override { return NotInFake(); }
    std::string Kind() const override { return "failing"; }
  } store;
  ManualClock clock(kNow);
  auto result = SeedDemoNetwork(store, clock, Options(10), nullptr);
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().kind(), ErrorKind::kUnavailable);
}

TEST_F(DemoSeederTest, RejectsAnEmptyPassword) {
  FakeStore store;
  ManualClock clock(kNow);
  DemoOptions o = Options(10);
  o.password = "";
  auto result = SeedDemoNetwork(store, clock, o, nullptr);
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().kind(), ErrorKind::kValidation);
  EXPECT_TRUE(store.data.members.empty());
}

}  // namespace
}  // namespace pln::demo
