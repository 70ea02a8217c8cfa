// Opens pln's database: the one entry point the composition root (src/cli)
// needs from src/store.
//
//   StoreOptions options{.database = "/var/lib/pln/pln.db"};        // SQLite file
//   StoreOptions options{.database = "postgresql://pln@db/pln"};   // PostgreSQL
//   ASSIGN_OR_RETURN(std::unique_ptr<app::Store> store, OpenStore(options));
//
// Both engines run the same SQL (src/store/sql) and pass the same conformance
// suite (store_conformance_test.cc); see docs/adr/0002-one-sql-store.md.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "app/repositories.h"
#include "base/result.h"

namespace pln::store {

struct StoreOptions {
  // "postgresql://..." or "postgres://..." selects PostgreSQL (libpq URL, e.g.
  // postgresql://user:password@host:5432/dbname?sslmode=require); anything
  // else is a SQLite file path (created if missing; ":memory:" for a private
  // in-memory database with a single connection).
  std::string database;
  // Connections kept open; Read/Write block while all are busy.
  int pool_size = 8;
  // Apply pending schema migrations on open. When false, OpenStore fails with
  // kUnavailable unless the schema is current (run Migrate first).
  bool migrate = true;
};

// Opens the database, checks or migrates its schema and returns a store.
// Errors are kUnavailable with a message for an operator, e.g.
//   "cannot open database /x/y.db: unable to open database file"
//   "cannot connect to PostgreSQL at 127.0.0.1:5432: ..."
//   "the database schema is at version 3, newer than this pln build knows (2); upgrade pln"
// Messages never contain the password from a URL.
// Thread safety: the returned store is safe to use from many threads.
Result<std::unique_ptr<app::Store>> OpenStore(const StoreOptions& options);

// Applies pending schema migrations and returns how many ran (0 when the
// schema is current). Safe to run while other pln processes use the database.
Result<int> Migrate(const StoreOptions& options);

// `database` with any URL password replaced by "***", for logs.
std::string RedactDatabase(std::string_view database);

}  // namespace pln::store
