// Schema migrations for SQLite. Every change ships here and in
// src/store/postgres/pg_migrations.cc with the same version number.
#pragma once

#include <vector>

#include "store/sql/dialect.h"

namespace pln::store::sqlite {

std::vector<sql::Migration> SqliteMigrations();

}  // namespace pln::store::sqlite
