// What differs between the SQL engines beyond the driver itself: the schema
// migrations and a few statements. Everything else is shared SQL.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"

namespace pln::store::sql {

class SqlConnection;

struct Migration {
  int64_t version = 0;      // applied in ascending order; never reuse or renumber
  std::string_view name;    // for logs and errors
  std::string_view script;  // `;`-separated statements, run in one transaction
  // Optional work SQL alone cannot do (recomputing a stored value with the
  // C++ rule that writes it), run after `script` in the same transaction.
  Status (*data_step)(SqlConnection& conn) = nullptr;
};

struct Dialect {
  std::string kind;  // "sqlite" | "postgresql" (app::Store::Kind)
  // Take an in-process lock around write transactions. SQLite allows one
  // writer at a time anyway; queueing on a mutex beats polling on SQLITE_BUSY.
  bool serialize_writers = false;
  // Appended to text columns in ORDER BY so both engines sort by bytes
  // (PostgreSQL databases may use a language collation).
  std::string binary_collate;
  std::vector<Migration> migrations;
  // Run outside any transaction around migrating, so concurrent pln processes
  // migrate one at a time (empty when BEGIN IMMEDIATE already serialises them).
  std::string migration_lock_sql, migration_unlock_sql;
  // Run once per write transaction before its first event append, so that
  // events commit in sequence order (see sql/event_repository.cc); empty when
  // writers are serialised anyway.
  std::string event_order_lock_sql;
  // Run outside a transaction to switch the session between durable commits
  // (every commit reaches the disk before it returns) and relaxed ones
  // (app::Store::WriteRelaxed).
  std::string durable_commit_sql, relaxed_commit_sql;
  // Run at the end of Import's transaction (PostgreSQL: move identity
  // sequences past the imported ids).
  std::vector<std::string> after_import_sql;
};

}  // namespace pln::store::sql
