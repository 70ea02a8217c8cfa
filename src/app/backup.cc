#include "app/backup.h"

#include <algorithm>
#include <istream>
#include <iterator>
#include <limits>
#include <nlohmann/json.hpp>
#include <optional>
#include <ostream>
#include <string>
#include <utility>

#include "app/import_rules.h"

namespace pln::app {
namespace {

// ordered_json keeps keys in insertion order: the columns stay in schema order,
// which is what makes export → import → export byte-identical.
using Json = nlohmann::ordered_json;

// Reporting every row would cost a std::function call per row for nothing: a
// terminal bar redraws ten times a second at most.
constexpr int64_t kProgressEvery = 64;

Error NotAnExport(std::string message) {
  return Error(ErrorKind::kMalformed, "not_a_pln_export", std::move(message));
}

Error BadLine(int64_t line_no, const std::string& what) {
  return Error(ErrorKind::kMalformed, "bad_export_line",
               "line " + std::to_string(line_no) + ": " + what);
}

// Strips the '\r' of a CRLF line (a file that went through a Windows editor).
void StripCarriageReturn(std::string& line) {
  if (!line.empty() && line.back() == '\r') line.pop_back();
}

bool IsBlank(const std::string& line) {
  return std::all_of(line.begin(), line.end(),
                     [](char c) { return c == ' ' || c == '\t' || c == '\r'; });
}

std::string ToJsonLine(const Json& value) {
  // strict: invalid UTF-8 throws instead of being replaced, so a backup is never
  // silently different from the database.
  return value.dump(-1, ' ', false, Json::error_handler_t::strict);
}

Result<Json> ParseLine(const std::string& line, int64_t line_no) {
  try {
    return Json::parse(line);
  } catch (const Json::parse_error& e) {
    return BadLine(line_no, "not valid JSON (at byte " + std::to_string(e.byte) + ")");
  }
}

Status CheckHeader(const std::string& line) {
  Json header;
  try {
    header = Json::parse(line);
  } catch (const Json::parse_error&) {
    header = nullptr;
  }
  const auto format = header.is_object() ? header.find("format") : header.end();
  if (!header.is_object() || format == header.end() || *format != kExportFormat) {
    return NotAnExport(
        "line 1: this is not a pln export (expected a first line like "
        "{\"format\":\"pln-export\",\"version\":1,...}).");
  }
  const auto version = header.find("version");
  if (version == header.end() || !version->is_number_integer() || *version < 1) {
    return NotAnExport("line 1: the export header has no valid \"version\".");
  }
  if (*version > kExportVersion) {
    return Error(ErrorKind::kMalformed, "export_too_new",
                 "This export was written by a newer pln (format version " + version->dump() +
                     "); this pln reads version " + std::to_string(kExportVersion) +
                     ". Upgrade pln to import it.");
  }
  return Status::Ok();
}

Result<DumpRow> ParseRow(const std::string& line, int64_t line_no) {
  ASSIGN_OR_RETURN(Json j, ParseLine(line, line_no));
  const auto table = j.is_object() ? j.find("table") : j.end();
  const auto row = j.is_object() ? j.find("row") : j.end();
  if (!j.is_object() || j.size() != 2 || table == j.end() || row == j.end() ||
      !table->is_string() || table->get_ref<const std::string&>().empty() || !row->is_object()) {
    return BadLine(line_no, "expected an object with \"table\" and \"row\"");
  }
  DumpRow out;
  out.table = table->get<std::string>();
  out.columns.reserve(row->size());
  for (const auto& [name, value] : row->items()) {
    DumpValue v;
    if (value.is_null()) {
      v.type = DumpValue::Type::kNull;
    } else if (value.is_string()) {
      v.type = DumpValue::Type::kText;
      v.s = value.get<std::string>();
    } else if (value.is_number_unsigned()) {
      // nlohmann reads non-negative integers as unsigned.
      const auto u = value.get<uint64_t>();
      if (u > static_cast<uint64_t>(std::numeric_limits<int64_t>::max())) {
        return BadLine(line_no, "column \"" + name + "\" of table \"" + out.table +
                                    "\" is too large for a 64-bit integer");
      }
      v.type = DumpValue::Type::kInt;
      v.i = static_cast<int64_t>(u);
    } else if (value.is_number_integer()) {
      v.type = DumpValue::Type::kInt;
      v.i = value.get<int64_t>();
    } else {
      return BadLine(line_no, "column \"" + name + "\" of table \"" + out.table +
                                  "\" must be an integer, a string or null");
    }
    out.columns.emplace_back(name, std::move(v));
  }
  return out;
}

// Counts the rows left in a seekable stream (non-blank lines after the header),
// then rewinds; nullopt for a pipe, whose total stays unknown.
std::optional<int64_t> CountRemainingRows(std::istream& in) {
  const std::istream::pos_type start = in.tellg();
  if (start == std::istream::pos_type(-1)) return std::nullopt;
  int64_t rows = 0;
  bool line_has_text = false;
  std::istreambuf_iterator<char> it(in), end;
  for (; it != end; ++it) {
    const char c = *it;
    if (c == '\n') {
      if (line_has_text) ++rows;
      line_has_text = false;
    } else if (c != ' ' && c != '\t' && c != '\r') {
      line_has_text = true;
    }
  }
  if (line_has_text) ++rows;  // a last line without '\n'
  in.clear();
  in.seekg(start);
  if (!in) return std::nullopt;
  return rows;
}

}  // namespace

Status ExportJsonLines(Store& store, std::ostream& out, const ProgressFn& progress) {
  ASSIGN_OR_RETURN(const int64_t total, store.CountRows());
  Json header = Json::object();
  header["format"] = kExportFormat;
  header["version"] = kExportVersion;
  header["database"] = store.Kind();
  out << ToJsonLine(header) << '\n';

  int64_t done = 0;
  std::string last_table;
  RETURN_IF_ERROR(store.Export([&](const DumpRow& r) -> Status {
    Json row = Json::object();
    for (const auto& [name, value] : r.columns) {
      switch (value.type) {
        case DumpValue::Type::kNull: row[name] = nullptr; break;
        case DumpValue::Type::kInt: row[name] = value.i; break;
        case DumpValue::Type::kText: row[name] = value.s; break;
      }
    }
    Json line = Json::object();
    line["table"] = r.table;
    line["row"] = std::move(row);
    try {
      out << ToJsonLine(line) << '\n';
    } catch (const Json::type_error&) {
      return InternalError("A text value in table \"" + r.table +
                           "\" is not valid UTF-8, so it cannot be exported as JSON.");
    }
    if (!out) return InternalError("Could not write the export (disk full or output closed?).");
    ++done;
    if (progress && (r.table != last_table || done % kProgressEvery == 0)) {
      last_table = r.table;
      progress(r.table, done, total);
    }
    return Status::Ok();
  }));
  out.flush();
  if (!out) return InternalError("Could not write the export (disk full or output closed?).");
  if (progress) progress(last_table.empty() ? "rows" : last_table, done, total);
  return Status::Ok();
}

Status ImportJsonLines(Store& store, std::istream& in, const ProgressFn& progress) {
  std::string line;
  if (!std::getline(in, line)) {
    if (in.bad()) return InternalError("Could not read the import input.");
    return NotAnExport("The input is empty: expected a pln export.");
  }
  StripCarriageReturn(line);
  // A byte-order mark, as some editors write at the start of UTF-8 files.
  if (line.rfind("\xEF\xBB\xBF", 0) == 0) line.erase(0, 3);
  RETURN_IF_ERROR(CheckHeader(line));

  const int64_t total = CountRemainingRows(in).value_or(0);
  int64_t line_no = 1;
  int64_t done = 0;
  std::string last_table;
  RETURN_IF_ERROR(store.Import([&]() -> Result<std::optional<DumpRow>> {
    while (std::getline(in, line)) {
      ++line_no;
      if (IsBlank(line)) continue;
      StripCarriageReturn(line);
      ASSIGN_OR_RETURN(DumpRow row, ParseRow(line, line_no));
      // Checked before the store sees the row; the first bad one aborts the
      // import's single transaction, so nothing is loaded.
      if (Status valid = CheckImportRow(row); !valid.ok()) {
        return Error(valid.error().kind(), valid.error().code(),
                     "line " + std::to_string(line_no) + ": " + valid.error().message());
      }
      ++done;
      if (progress && (row.table != last_table || done % kProgressEvery == 0)) {
        last_table = row.table;
        progress(row.table, done, total);
      }
      return std::optional<DumpRow>(std::move(row));
    }
    if (in.bad()) return InternalError("Could not read the import input.");
    return std::optional<DumpRow>();
  }));
  if (progress) progress(last_table.empty() ? "rows" : last_table, done, total);
  return Status::Ok();
}

}  // namespace pln::app
