// Schema migrations for PostgreSQL. Every change ships here and in
// src/store/sqlite/sqlite_migrations.cc with the same version number.
#pragma once

#include <vector>

#include "store/sql/dialect.h"

namespace pln::store::postgres {

std::vector<sql::Migration> PgMigrations();

}  // namespace pln::store::postgres
