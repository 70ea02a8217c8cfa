// Storage interfaces the use cases need. Declared here, by the consumer;
// implemented by src/store (one SQL implementation over SQLite and PostgreSQL).
// Every method reports storage failures as kInternal/kUnavailable errors.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "app/community/ports.h"
#include "app/events/ports.h"
#include "app/feedback/ports.h"
#include "app/introductions/ports.h"
#include "app/member_summary.h"
#include "app/mentorship/ports.h"
#include "app/network/ports.h"
#include "app/notifications/ports.h"
#include "app/opportunities/ports.h"
#include "app/programs/ports.h"
#include "app/saved_searches/ports.h"
#include "base/ids.h"
#include "base/result.h"
#include "domain/connection.h"
#include "domain/member.h"
#include "domain/relationship.h"

namespace pln::app {

// Credentials and account data; never leaves the app layer.
struct Account {
  MemberId id;
  std::string email;
  std::string password_hash;
  domain::Role role = domain::Role::kMember;
};

struct NewMember {
  std::string email;  // already normalised
  std::string password_hash;
  domain::Role role = domain::Role::kMember;
  domain::Profile profile;
  int64_t now = 0;
};

// Data-level prefilter for the directory. The store returns a superset of the
// members the viewer may find; the app then applies visibility rules
// (domain::MatchesDirectoryFilter) on the full records.
struct MemberScan {
  int64_t after_id = 0;  // members with id > after_id, ascending
  int limit = 100;
  bool only_discoverable = true;
  std::optional<MemberId> exclude_blocked_with;  // no blocks in either direction with this member
  std::vector<std::string> text_words;           // folded (FoldSearchWord); each must occur in
                                                 // name, headline, location, organization, a
                                                 // field or a skill
  std::optional<std::string> field;              // lower-case exact match
  std::optional<std::string> skill;              // lower-case exact match
  std::optional<domain::CareerStage> stage;
  std::optional<std::string> open_to;  // "mentoring" | "being_mentored" | "opportunities"
};

class MemberRepository {
 public:
  virtual ~MemberRepository() = default;
  // kConflict "email_taken" if the e-mail is already registered.
  virtual Result<MemberId> Create(const NewMember& member) = 0;
  virtual Result<std::optional<domain::Member>> Get(MemberId id) = 0;
  // Loads several members in one go; missing ids are left out; order follows ids.
  virtual Result<std::vector<domain::Member>> GetMany(const std::vector<MemberId>& ids) = 0;
  // As GetMany, but the fields, skills and goals are left empty: for callers
  // that need only the member row (privacy, discoverability, details), at a
  // fraction of the cost.
  virtual Result<std::vector<domain::Member>> GetManyWithoutLists(
      const std::vector<MemberId>& ids) = 0;
  // Name, headline and stage of several members in one query, without their
  // lists (what a listing shows of a person); missing ids are left out.
  virtual Result<std::unordered_map<MemberId, MemberSummary>> Summaries(
      const std::vector<MemberId>& ids) = 0;
  virtual Result<std::optional<Account>> FindAccountByEmail(const std::string& email) = 0;
  virtual Result<std::optional<Account>> GetAccount(MemberId id) = 0;
  virtual Status UpdateProfile(MemberId id, const domain::Profile& profile, int64_t now) = 0;
  virtual Status SetPasswordHash(MemberId id, const std::string& hash) = 0;
  virtual Status SetRole(MemberId id, domain::Role role) = 0;
  // Deletes the member and everything that belongs to them (sessions, tokens,
  // requests, connections, follows, blocks).
  virtual Status Delete(MemberId id) = 0;
  virtual Result<std::vector<domain::Member>> Scan(const MemberScan& scan) = 0;
  virtual Result<int64_t> Count() = 0;
};

struct SessionRecord {
  std::string token_hash;  // SHA-256 of the cookie value
  MemberId member;
  std::string csrf_token;
  int64_t created_at = 0;
  int64_t expires_at = 0;
};

class SessionRepository {
 public:
  virtual ~SessionRepository() = default;
  virtual Status Create(const SessionRecord& session) = 0;
  virtual Result<std::optional<SessionRecord>> Find(const std::string& token_hash) = 0;
  virtual Status Delete(const std::string& token_hash) = 0;
  // Ends every session of a member except `keep_hash` (after a password change);
  // returns how many ended.
  virtual Result<int64_t> DeleteAllFor(MemberId member, const std::string& keep_hash) = 0;
  virtual Status DeleteExpired(int64_t now) = 0;
};

struct ApiToken {
  TokenId id;
  MemberId member;
  std::string name;
  std::string token_hash;
  int64_t created_at = 0;
};

class TokenRepository {
 public:
  virtual ~TokenRepository() = default;
  virtual Result<TokenId> Create(MemberId member, const std::string& name,
                                 const std::string& token_hash, int64_t now) = 0;
  virtual Result<std::optional<ApiToken>> FindByHash(const std::string& token_hash) = 0;
  virtual Result<std::vector<ApiToken>> ListFor(MemberId member) = 0;
  // Returns false if no such token belongs to the member.
  virtual Result<bool> Delete(MemberId member, TokenId id) = 0;
  // Revokes every token of the member (after a password change or reset);
  // returns the revoked tokens ordered by id.
  virtual Result<std::vector<ApiToken>> DeleteAllFor(MemberId member) = 0;
};

enum class RequestDirection { kIncoming, kOutgoing };

class ConnectionRepository {
 public:
  virtual ~ConnectionRepository() = default;
  // kConflict "request_pending" if a pending request already exists between the
  // two members in either direction (enforced by a unique index, so racing
  // inserts cannot both succeed).
  virtual Result<RequestId> CreateRequest(MemberId from, MemberId to, const std::string& note,
                                          int64_t now) = 0;
  virtual Result<std::optional<domain::ConnectionRequest>> GetRequest(RequestId id) = 0;
  // The pending request between a and b in either direction, if any.
  virtual Result<std::optional<domain::ConnectionRequest>> PendingBetween(MemberId a,
                                                                          MemberId b) = 0;
  virtual Status SetRequestStatus(RequestId id, domain::RequestStatus status, int64_t now) = 0;
  // Lists requests where `member` is the recipient (incoming) or sender (outgoing),
  // newest first (id descending), ids < before_id when before_id > 0.
  virtual Result<std::vector<domain::ConnectionRequest>> ListRequests(
      MemberId member, RequestDirection direction, std::optional<domain::RequestStatus> status,
      int64_t before_id, int limit) = 0;
  // Returns true if a new connection was made, false if it already existed.
  virtual Result<bool> Connect(MemberId a, MemberId b, int64_t now) = 0;
  virtual Result<bool> Disconnect(MemberId a, MemberId b) = 0;
  // Connections of `member`, ordered by the other member's id, ids > after_id.
  virtual Result<std::vector<domain::Connection>> ListConnections(MemberId member, int64_t after_id,
                                                                  int limit) = 0;
  virtual Result<int64_t> CountConnections(MemberId member) = 0;

  // Follows (one-way).
  virtual Result<bool> Follow(MemberId follower, MemberId followee, int64_t now) = 0;
  virtual Result<bool> Unfollow(MemberId follower, MemberId followee) = 0;

  // Blocks. Block() also ends the connection, follows both ways and pending
  // requests between the two, in the same transaction.
  virtual Result<bool> Block(MemberId blocker, MemberId blocked, int64_t now) = 0;
  virtual Result<bool> Unblock(MemberId blocker, MemberId blocked) = 0;
  virtual Result<std::vector<MemberId>> ListBlocked(MemberId blocker) = 0;

  // viewer → each of `others`, in one round of queries.
  virtual Result<std::unordered_map<MemberId, domain::Relationship>> Relationships(
      MemberId viewer, const std::vector<MemberId>& others) = 0;
};

// Repositories bound to one database transaction.
class Tx {
 public:
  virtual ~Tx() = default;
  virtual MemberRepository& members() = 0;
  virtual SessionRepository& sessions() = 0;
  virtual TokenRepository& tokens() = 0;
  virtual ConnectionRepository& connections() = 0;
  virtual FeedbackRepository& feedback() = 0;
  virtual MentorshipRepository& mentorship() = 0;
  virtual NotificationRepository& notifications() = 0;
  virtual NetworkRepository& network() = 0;
  virtual ProgramRepository& programs() = 0;
  virtual OpportunityRepository& opportunities() = 0;
  virtual GroupRepository& groups() = 0;
  virtual PostRepository& posts() = 0;
  virtual IntroductionRepository& introductions() = 0;
  virtual SavedSearchRepository& saved_searches() = 0;
  virtual EventRepository& events() = 0;
};

// One row of a table, for export and import. Values are integers, text or NULL.
struct DumpValue {
  enum class Type { kNull, kInt, kText } type = Type::kNull;
  int64_t i = 0;
  std::string s;
};
struct DumpRow {
  std::string table;
  std::vector<std::pair<std::string, DumpValue>> columns;  // in schema order
};

class Store {
 public:
  virtual ~Store() = default;
  // Runs fn in a read transaction (a consistent snapshot).
  virtual Status Read(const std::function<Status(Tx&)>& fn) = 0;
  // Runs fn in a serializable write transaction and commits if fn succeeds; an
  // error from fn rolls everything back. On a serialization conflict or a
  // busy database the whole fn is retried, so fn must not have effects outside
  // the transaction. A returned success means the write is durable.
  virtual Status Write(const std::function<Status(Tx&)>& fn) = 0;
  // Write, except that the commit need not have reached the disk when it
  // returns (SQLite synchronous=NORMAL, PostgreSQL synchronous_commit=off): a
  // power cut or an operating-system crash may lose the transaction whole,
  // never half of it; a crash of the process loses nothing. Only for writes
  // that are redone when lost, such as an event consumer's effect committed
  // together with its cursor (app/events/event_dispatcher.h): one fsync fewer per
  // dispatched write. Stores without the distinction write durably.
  virtual Status WriteRelaxed(const std::function<Status(Tx&)>& fn) { return Write(fn); }

  // Whole-database export in a stable order (tables in dependency order, rows by key).
  virtual Status Export(const std::function<Status(const DumpRow&)>& sink) = 0;
  // Imports rows into an empty database in one transaction; kConflict "not_empty"
  // if it holds members already.
  virtual Status Import(const std::function<Result<std::optional<DumpRow>>()>& source) = 0;
  virtual Result<int64_t> CountRows() = 0;  // for progress bars
  virtual std::string Kind() const = 0;     // "sqlite" | "postgresql"
};

}  // namespace pln::app
