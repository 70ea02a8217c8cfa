// Versioned schema migrations, recorded in schema_migrations(version, applied_at).
//
// Each pending migration runs in its own write transaction together with the
// row that records it, so a failed migration leaves the schema at the previous
// version. Concurrent processes are serialised by Dialect::migration_lock_sql
// (PostgreSQL) or by BEGIN IMMEDIATE (SQLite).
#pragma once

#include <cstdint>

#include "base/result.h"
#include "store/sql/dialect.h"
#include "store/sql/sql_connection.h"

namespace pln::store::sql {

// The highest applied version; 0 for a database pln has never touched.
Result<int64_t> SchemaVersion(SqlConnection& conn);

// Applies every pending migration in version order; returns how many ran.
// kUnavailable if the database is at a version newer than this build knows.
Result<int> ApplyMigrations(SqlConnection& conn, const Dialect& dialect);

// kUnavailable unless the schema is exactly at the newest known version.
Status CheckSchemaCurrent(SqlConnection& conn, const Dialect& dialect);

}  // namespace pln::store::sql
