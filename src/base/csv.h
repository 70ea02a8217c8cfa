// An RFC 4180 CSV reader for untrusted input (cohort imports, `pln match`).
//
// Accepts: fields separated by commas, records by CRLF or LF (a lone CR too);
// fields in double quotes may hold commas, line breaks and doubled quotes
// (""); a UTF-8 byte order mark at the start is skipped; a final line break is
// optional. Unquoted fields are taken as they are (callers trim if they wish).
// Rejected, with the 1-based line and column of the problem: a quote inside an
// unquoted field, text after a closing quote, a quoted field left open at the
// end of input. Lines count physical lines, so a record whose quoted field
// spans lines reports the line it starts on.
//
// Thread safety: pure functions.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"

namespace pln {

struct CsvRecord {
  int line = 0;  // physical line (1-based) where the record starts
  std::vector<std::string> fields;
  // True for a record that is one empty field (a blank line).
  bool blank() const { return fields.size() == 1 && fields[0].empty(); }
};

struct CsvError {
  int line = 0, column = 0;  // 1-based; column counts bytes
  std::string message;       // "unexpected quote in an unquoted field"
};

// Splits `text` into records. Fails on the first syntax error; `max_records`
// (0 = unlimited) bounds the work on hostile input and fails past it.
Result<std::vector<CsvRecord>> ParseCsv(std::string_view text, size_t max_records = 0);

// "line 3, column 7". ParseCsv errors are kValidation with one detail whose
// field is "line N" and whose message ends with this location.
std::string FormatCsvLocation(int line, int column);

}  // namespace pln
