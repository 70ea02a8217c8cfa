// The PostgreSQL engine: its Dialect (schema migrations and quirks) and a
// factory of connections to one server URL.
#pragma once

#include <string>

#include "store/sql/connection_pool.h"
#include "store/sql/dialect.h"

namespace pln::store::postgres {

sql::Dialect PgDialect();

// Connects to `url` ("postgresql://user:password@host:port/db?...").
sql::ConnectionPool::Factory PgConnectionFactory(std::string url);

}  // namespace pln::store::postgres
