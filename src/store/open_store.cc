#include "store/open_store.h"

#include "store/postgres/pg_engine.h"
#include "store/postgres/pg_url.h"
#include "store/sql/migrator.h"
#include "store/sql/sql_store.h"
#include "store/sqlite/sqlite_engine.h"

namespace pln::store {
namespace {

struct Engine {
  sql::Dialect dialect;
  sql::ConnectionPool::Factory factory;
  int pool_size = 1;
};

Result<Engine> EngineFor(const StoreOptions& options) {
  if (options.database.empty()) return UnavailableError("no database configured");
  if (postgres::IsPostgresUrl(options.database)) {
    return Engine{postgres::PgDialect(), postgres::PgConnectionFactory(options.database),
                  options.pool_size < 1 ? 1 : options.pool_size};
  }
  return Engine{sqlite::SqliteDialect(), sqlite::SqliteConnectionFactory(options.database),
                sqlite::SqlitePoolSize(options.database, options.pool_size)};
}

}  // namespace

Result<std::unique_ptr<app::Store>> OpenStore(const StoreOptions& options) {
  ASSIGN_OR_RETURN(Engine engine, EngineFor(options));
  ASSIGN_OR_RETURN(std::unique_ptr<sql::SqlStore> store,
                   sql::SqlStore::Open(std::move(engine.dialect), std::move(engine.factory),
                                       engine.pool_size, options.migrate));
  return std::unique_ptr<app::Store>(std::move(store));
}

Result<int> Migrate(const StoreOptions& options) {
  ASSIGN_OR_RETURN(Engine engine, EngineFor(options));
  ASSIGN_OR_RETURN(std::unique_ptr<sql::SqlConnection> conn, engine.factory());
  return sql::ApplyMigrations(*conn, engine.dialect);
}

std::string RedactDatabase(std::string_view database) {
  return postgres::IsPostgresUrl(database) ? postgres::RedactUrl(database) : std::string(database);
}

}  // namespace pln::store
