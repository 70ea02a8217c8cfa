// The SQLite engine: its Dialect (schema migrations and quirks) and a factory
// of connections to one database file.
#pragma once

#include <string>

#include "store/sql/connection_pool.h"
#include "store/sql/dialect.h"

namespace pln::store::sqlite {

sql::Dialect SqliteDialect();

// Opens connections to the database file at `path` (created if missing).
sql::ConnectionPool::Factory SqliteConnectionFactory(std::string path);

// ":memory:" databases exist once per connection, so their pool must hold
// exactly one connection; files use `requested`.
int SqlitePoolSize(const std::string& path, int requested);

}  // namespace pln::store::sqlite
