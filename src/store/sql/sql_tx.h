// One database transaction, seen by the use cases as an app::Tx.
//
// Repositories run every statement through Query()/Change() here, which
// remembers the first statement error: after any failed statement the
// transaction is doomed on both engines (PostgreSQL aborts it anyway; SQLite
// is made to behave the same), so SqlStore rolls it back even if the use case
// swallowed the error, and retries it when that error was retryable.
//
// Not thread-safe; lives on the stack of SqlStore::Read/Write.
#pragma once

#include <functional>
#include <initializer_list>
#include <optional>
#include <string_view>
#include <vector>

#include "app/repositories.h"
#include "base/result.h"
#include "store/sql/community_repository.h"
#include "store/sql/connection_repository.h"
#include "store/sql/event_repository.h"
#include "store/sql/feedback_repository.h"
#include "store/sql/introduction_repository.h"
#include "store/sql/member_repository.h"
#include "store/sql/mentorship_repository.h"
#include "store/sql/network_repository.h"
#include "store/sql/notification_repository.h"
#include "store/sql/opportunity_repository.h"
#include "store/sql/program_repository.h"
#include "store/sql/saved_search_repository.h"
#include "store/sql/session_repository.h"
#include "store/sql/sql_connection.h"
#include "store/sql/token_repository.h"

namespace pln::store::sql {

class SqlTx final : public app::Tx {
 public:
  // `event_order_lock_sql`: see SqlEventRepository (must outlive the Tx).
  SqlTx(SqlConnection& conn, TxMode mode, std::string_view event_order_lock_sql = {});
  SqlTx(const SqlTx&) = delete;
  SqlTx& operator=(const SqlTx&) = delete;

  app::MemberRepository& members() override { return members_; }
  app::SessionRepository& sessions() override { return sessions_; }
  app::TokenRepository& tokens() override { return tokens_; }
  app::ConnectionRepository& connections() override { return connections_; }
  app::FeedbackRepository& feedback() override { return feedback_; }
  app::MentorshipRepository& mentorship() override { return mentorship_; }
  app::NotificationRepository& notifications() override { return notifications_; }
  app::NetworkRepository& network() override { return network_; }
  app::ProgramRepository& programs() override { return programs_; }
  app::OpportunityRepository& opportunities() override { return opportunities_; }
  app::GroupRepository& groups() override { return groups_; }
  app::PostRepository& posts() override { return posts_; }
  app::IntroductionRepository& introductions() override { return introductions_; }
  app::SavedSearchRepository& saved_searches() override { return saved_searches_; }
  app::EventRepository& events() override { return events_; }

  // Runs a statement that only reads.
  Result<SqlRows> Query(std::string_view sql, std::initializer_list<SqlValue> params = {});
  Result<SqlRows> Query(std::string_view sql, const std::vector<SqlValue>& params);
  // Runs a statement that only reads and hands each row to `row_fn` as it
  // arrives, without holding the result (for scans of millions of rows).
  Status QueryEach(std::string_view sql, std::initializer_list<SqlValue> params,
                   const std::function<Status(SqlRow&)>& row_fn);
  // Runs a statement that writes; kInternal "write in a read transaction" when
  // used inside Store::Read (on both engines alike).
  Result<SqlRows> Change(std::string_view sql, std::initializer_list<SqlValue> params = {});
  Result<SqlRows> Change(std::string_view sql, const std::vector<SqlValue>& params);

  // The first statement error in this transaction, if any.
  const std::optional<Error>& failure() const { return failure_; }
  SqlConnection& connection() { return conn_; }

 private:
  Result<SqlRows> Run(std::string_view sql, std::span<const SqlValue> params, bool writes);

  SqlConnection& conn_;
  const TxMode mode_;
  std::optional<Error> failure_;
  SqlMemberRepository members_{*this};
  SqlSessionRepository sessions_{*this};
  SqlTokenRepository tokens_{*this};
  SqlConnectionRepository connections_{*this};
  SqlFeedbackRepository feedback_{*this};
  SqlMentorshipRepository mentorship_{*this};
  SqlNotificationRepository notifications_{*this};
  SqlNetworkRepository network_{*this};
  SqlProgramRepository programs_{*this};
  SqlOpportunityRepository opportunities_{*this};
  SqlGroupRepository groups_{*this};
  SqlPostRepository posts_{*this};
  SqlIntroductionRepository introductions_{*this};
  SqlSavedSearchRepository saved_searches_{*this};
  SqlEventRepository events_;
};

}  // namespace pln::store::sql
