// Whole-database export and import as JSON Lines: the backup format of pln and
// the way to move a site between SQLite and PostgreSQL.
//
// Format (one JSON value per line, UTF-8, '\n' after every line):
//   {"format":"pln-export","version":1,"database":"sqlite"}
//   {"table":"members","row":{"id":1,"email":"ana@example.org","bio":null,...}}
//   ...
// Row columns keep the store's schema order; integers are JSON numbers, text is
// a JSON string, NULL is null. The order of tables and rows is the store's
// (dependency order, rows by key), so exporting the same data twice gives
// byte-identical files, and export → import → export reproduces the file
// (apart from the "database" name when moving between database kinds).
#pragma once

#include <cstdint>
#include <iosfwd>

#include "app/progress.h"
#include "app/repositories.h"
#include "base/result.h"

namespace pln::app {

inline constexpr char kExportFormat[] = "pln-export";
inline constexpr int kExportVersion = 1;

// Writes the whole database to `out`. Progress is reported per row, with the
// row's table as the phase, against store.CountRows() (rows written while the
// export runs may push `done` past `total`).
// Errors: the store's errors; kInternal if `out` fails (disk full, closed pipe)
// or a text value is not valid UTF-8 (it could not be written as JSON).
// Thread safety: as safe as the store; `out` must not be shared during the call.
Status ExportJsonLines(Store& store, std::ostream& out, const ProgressFn& progress);

// Reads an export from `in` and loads it into `store`, which must be empty,
// in one transaction: on any error nothing is imported.
// Progress is reported per row with the table as the phase; the total is the
// number of rows when `in` is seekable (a file), unknown (0) for a pipe.
// Errors (kMalformed unless noted; the message names the line where there is one):
//   "not_a_pln_export"    empty input, or the first line is not a pln export header
//   "export_too_new"      written by a newer pln (format version above kExportVersion)
//   "bad_export_line"     a line is not JSON or not {"table":"…","row":{…}} with integer,
//                         string or null values ("line 17: expected an object with
//                         \"table\" and \"row\"")
//   "invalid_export_row"  a row breaks a domain rule the API applies (CheckImportRow in
//                         app/import_rules.h: "line 5: members.stage \"wizard\" is not a
//                         career stage (learner, early_career or experienced)")
//   kConflict "not_empty" (from the store) if the database already holds members;
//   the store's errors for rows it rejects; kInternal if reading `in` fails.
Status ImportJsonLines(Store& store, std::istream& in, const ProgressFn& progress);

}  // namespace pln::app
