#include "base/csv.h"

namespace pln {
namespace {

Error SyntaxError(int line, int column, const std::string& message) {
  const std::string where = FormatCsvLocation(line, column);
  return ValidationError({{"line " + std::to_string(line), message + " (" + where + ")"}},
                         "CSV " + where + ": " + message);
}

}  // namespace

std::string FormatCsvLocation(int line, int column) {
  return "line " + std::to_string(line) + ", column " + std::to_string(column);
}

Result<std::vector<CsvRecord>> ParseCsv(std::string_view text, size_t max_records) {
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
  std::vector<CsvRecord> records;
  if (text.empty()) return records;

  int line = 1;
  size_t line_start = 0;  // offset of the current physical line, for columns
  size_t i = 0;
  const size_t n = text.size();
  auto column = [&](size_t pos) { return static_cast<int>(pos - line_start) + 1; };

  CsvRecord record;
  record.line = 1;
  std::string field;
  while (true) {
    // At the start of a field.
    if (i < n && text[i] == '"') {
      const int open_line = line, open_column = column(i);
      ++i;
      while (true) {
        if (i >= n) return SyntaxError(open_line, open_column, "quoted field is never closed");
        const char c = text[i];
        if (c == '"') {
          if (i + 1 < n && text[i + 1] == '"') {
            field.push_back('"');
            i += 2;
            continue;
          }
          ++i;
          break;
        }
        if (c == '\r' || c == '\n') {
          // A line break inside quotes belongs to the field; CRLF counts once.
          field.push_back(c);
          if (c == '\r' && i + 1 < n && text[i + 1] == '\n') field.push_back(text[++i]);
          ++i;
          ++line;
          line_start = i;
          continue;
        }
        field.push_back(c);
        ++i;
      }
      if (i < n && text[i] != ',' && text[i] != '\r' && text[i] != '\n') {
        return SyntaxError(line, column(i), "unexpected text after a closing quote");
      }
    } else {
      while (i < n && text[i] != ',' && text[i] != '\r' && text[i] != '\n') {
        if (text[i] == '"') {
          return SyntaxError(line, column(i), "unexpected quote in an unquoted field");
        }
        field.push_back(text[i]);
        ++i;
      }
    }
    record.fields.push_back(std::move(field));
    field.clear();
    if (i < n && text[i] == ',') {
      ++i;
      continue;
    }
    // End of record: a line break or the end of input.
    records.push_back(std::move(record));
    record = CsvRecord();
    if (max_records > 0 && records.size() > max_records) {
      return ValidationError(
          {{"line " + std::to_string(line), "more than " + std::to_string(max_records) + " rows"}},
          "CSV has more than " + std::to_string(max_records) + " rows");
    }
    if (i >= n) break;
    if (text[i] == '\r' && i + 1 < n && text[i + 1] == '\n') ++i;
    ++i;
    ++line;
    line_start = i;
    if (i >= n) break;  // a final line break ends the last record
    record.line = line;
  }
  return records;
}

}  // namespace pln
