#include "store/postgres/pg_connection.h"

#include <libpq-fe.h>

#include <cstdlib>
#include <cstring>
#include <utility>
#include <vector>

#include "store/postgres/pg_url.h"

namespace pln::store::postgres {
namespace {

using sql::SqlRow;
using sql::SqlRows;
using sql::SqlValue;

// Type OIDs (pg_type.h) whose text form pln reads as integers.
constexpr Oid kBoolOid = 16, kInt8Oid = 20, kInt2Oid = 21, kInt4Oid = 23;

struct ResultDeleter {
  void operator()(PGresult* r) const { PQclear(r); }
};
using ResultPtr = std::unique_ptr<PGresult, ResultDeleter>;

std::string Trim(std::string s) {
  while (!s.empty() && (s.back() == '\n' || s.back() == ' ')) s.pop_back();
  return s;
}

bool Succeeded(const PGresult* r) {
  const ExecStatusType status = PQresultStatus(r);
  return status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK || status == PGRES_SINGLE_TUPLE;
}

SqlRow RowAt(const PGresult* r, int row) {
  const int columns = PQnfields(r);
  SqlRow out;
  out.reserve(columns);
  for (int c = 0; c < columns; ++c) {
    if (PQgetisnull(r, row, c)) {
      out.emplace_back();
      continue;
    }
    const char* text = PQgetvalue(r, row, c);
    switch (PQftype(r, c)) {
      case kInt8Oid:
      case kInt4Oid:
      case kInt2Oid: out.emplace_back(static_cast<int64_t>(std::strtoll(text, nullptr, 10))); break;
      case kBoolOid: out.emplace_back(text[0] == 't'); break;
      default: out.emplace_back(std::string(text, PQgetlength(r, row, c))); break;
    }
  }
  return out;
}

// Text-format parameter arrays for libpq; the strings stay alive with this object.
class Params {
 public:
  explicit Params(std::span<const SqlValue> params) {
    numbers_.reserve(params.size());  // no reallocation: values_ points into it
    for (const SqlValue& v : params) {
      switch (v.type()) {
        case SqlValue::Type::kNull: values_.push_back(nullptr); break;
        case SqlValue::Type::kInt:
          numbers_.push_back(std::to_string(v.AsInt()));
          values_.push_back(numbers_.back().c_str());
          break;
        case SqlValue::Type::kText: values_.push_back(v.text().c_str()); break;
      }
    }
  }
  int count() const { return static_cast<int>(values_.size()); }
  const char* const* values() const { return values_.data(); }

 private:
  std::vector<std::string> numbers_;
  std::vector<const char*> values_;
};

}  // namespace

std::string NumberPlaceholders(std::string_view sql, size_t* count) {
  std::string out;
  out.reserve(sql.size() + 16);
  size_t n = 0;
  char quote = 0;  // inside '...' or "..." when set
  for (char c : sql) {
    if (quote != 0) {
      if (c == quote) quote = 0;  // a doubled quote reopens on the next char
      out += c;
    } else if (c == '\'' || c == '"') {
      quote = c;
      out += c;
    } else if (c == '?') {
      out += '$';
      out += std::to_string(++n);
    } else {
      out += c;
    }
  }
  *count = n;
  return out;
}

Result<std::unique_ptr<PgConnection>> PgConnection::Open(const std::string& url) {
  const std::string secret = UrlPassword(url);
  const std::string where = "cannot connect to PostgreSQL at " + DescribeServer(url) + ": ";
  char* parse_error = nullptr;
  PQconninfoOption* options = PQconninfoParse(url.c_str(), &parse_error);
  if (options == nullptr) {
    std::string reason = parse_error != nullptr ? Trim(parse_error) : "invalid URL";
    if (parse_error != nullptr) PQfreemem(parse_error);
    return UnavailableError("invalid PostgreSQL URL " + RedactUrl(url) + ": " +
                            Scrub(reason, secret));
  }
  PQconninfoFree(options);

  // Defaults first: settings in the URL override them (expand_dbname).
  const char* keywords[] = {"connect_timeout", "application_name", "dbname", nullptr};
  const char* values[] = {"10", "pln", url.c_str(), nullptr};
  PGconn* raw = PQconnectdbParams(keywords, values, /*expand_dbname=*/1);
  if (raw == nullptr) return UnavailableError(where + "out of memory");
  std::unique_ptr<PgConnection> conn(new PgConnection(raw, secret));
  if (PQstatus(raw) != CONNECTION_OK) {
    return UnavailableError(where + Scrub(Trim(PQerrorMessage(raw)), secret));
  }
  // Notices ("relation exists, skipping") are not errors; keep them off stderr.
  PQsetNoticeProcessor(
      raw, [](void*, const char*) {}, nullptr);
  if (PQserverVersion(raw) < 120000) {
    return UnavailableError(where + "PostgreSQL 12 or newer is needed");
  }
  if (PQsetClientEncoding(raw, "UTF8") != 0) {
    return UnavailableError(where + "the server does not accept UTF-8");
  }
  // `\` in LIKE ... ESCAPE '\' must be one literal backslash, as in SQLite.
  Status setup = conn->ExecuteScript("SET standard_conforming_strings = on");
  if (!setup.ok()) return UnavailableError(where + setup.error().message());
  return conn;
}

PgConnection::~PgConnection() {
  PQfinish(conn_);
}

bool PgConnection::Healthy() const {
  // A connection inside a transaction was not cleaned up: never reuse it.
  return PQstatus(conn_) == CONNECTION_OK && PQtransactionStatus(conn_) == PQTRANS_IDLE;
}

Error PgConnection::ErrorFor(const PGresult* result) const {
  std::string message;
  const char* primary =
      result != nullptr ? PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY) : nullptr;
  message = Scrub(Trim(primary != nullptr ? primary : PQerrorMessage(conn_)), secret_);
  if (PQstatus(conn_) != CONNECTION_OK) {
    return UnavailableError("lost the connection to PostgreSQL: " + message);
  }
  const char* state = result != nullptr ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
  const std::string sqlstate = state != nullptr ? state : "";
  if (sqlstate == "40001" || sqlstate == "40P01" || sqlstate == "55P03") {
    return sql::RetryableError("transaction conflict: " + message);
  }
  if (sqlstate == "23505") return sql::UniqueViolationError(message);
  if (sqlstate == "23503") return sql::ForeignKeyViolationError(message);
  if (sqlstate.rfind("08", 0) == 0 || sqlstate.rfind("53", 0) == 0 ||
      sqlstate.rfind("57P", 0) == 0) {
    return UnavailableError("PostgreSQL unavailable: " + message);
  }
  return InternalError("database error: " + message);
}

Result<std::string> PgConnection::PreparedName(std::string_view sql, size_t param_count) {
  auto found = prepared_.find(sql);
  if (found != prepared_.end()) return found->second;
  if (prepared_.size() >= kMaxPreparedStatements) return std::string();
  size_t count = 0;
  const std::string text = NumberPlaceholders(sql, &count);
  if (count != param_count) {
    return InternalError("statement expects " + std::to_string(count) + " parameters, got " +
                         std::to_string(param_count));
  }
  std::string name = "pln_" + std::to_string(prepared_.size() + 1);
  ResultPtr result(PQprepare(conn_, name.c_str(), text.c_str(), static_cast<int>(count), nullptr));
  if (!result || PQresultStatus(result.get()) != PGRES_COMMAND_OK) return ErrorFor(result.get());
  prepared_.emplace(std::string(sql), name);
  return name;
}

Result<SqlRows> PgConnection::Execute(std::string_view sql, std::span<const SqlValue> params) {
  ASSIGN_OR_RETURN(std::string name, PreparedName(sql, params.size()));
  const Params p(params);
  ResultPtr result;
  if (!name.empty()) {
    result.reset(PQexecPrepared(conn_, name.c_str(), p.count(), p.values(), nullptr, nullptr, 0));
  } else {
    size_t count = 0;
    const std::string text = NumberPlaceholders(sql, &count);
    if (count != params.size()) {
      return InternalError("statement expects " + std::to_string(count) + " parameters, got " +
                           std::to_string(params.size()));
    }
    result.reset(
        PQexecParams(conn_, text.c_str(), p.count(), nullptr, p.values(), nullptr, nullptr, 0));
  }
  if (!result || !Succeeded(result.get())) return ErrorFor(result.get());
  SqlRows out;
  const int rows = PQntuples(result.get());
  out.rows.reserve(rows);
  for (int r = 0; r < rows; ++r) out.rows.push_back(RowAt(result.get(), r));
  const char* command = PQcmdStatus(result.get());
  if (std::strncmp(command, "INSERT", 6) == 0 || std::strncmp(command, "UPDATE", 6) == 0 ||
      std::strncmp(command, "DELETE", 6) == 0) {
    out.affected = std::strtoll(PQcmdTuples(result.get()), nullptr, 10);
  }
  return out;
}

Status PgConnection::ExecuteEach(std::string_view sql, std::span<const SqlValue> params,
                                 const std::function<Status(SqlRow&)>& row_fn) {
  size_t count = 0;
  const std::string text = NumberPlaceholders(sql, &count);
  if (count != params.size()) return InternalError("wrong number of parameters");
  const Params p(params);
  if (!PQsendQueryParams(conn_, text.c_str(), p.count(), nullptr, p.values(), nullptr, nullptr,
                         0)) {
    return ErrorFor(nullptr);
  }
  PQsetSingleRowMode(conn_);  // rows arrive one by one instead of all at once
  Status status;
  // Every result must be read, even after an error, to keep the connection in step.
  while (PGresult* raw = PQgetResult(conn_)) {
    ResultPtr result(raw);
    if (!status.ok()) continue;
    if (!Succeeded(result.get())) {
      status = ErrorFor(result.get());
      continue;
    }
    for (int r = 0; r < PQntuples(result.get()) && status.ok(); ++r) {
      SqlRow row = RowAt(result.get(), r);
      status = row_fn(row);
    }
  }
  return status;
}

Status PgConnection::ExecuteScript(std::string_view sql) {
  ASSIGN_OR_RETURN(SqlRows ignored, Simple(sql));
  (void)ignored;
  return Status::Ok();
}

Result<SqlRows> PgConnection::Simple(std::string_view sql) {
  const std::string text(sql);
  ResultPtr result(PQexec(conn_, text.c_str()));
  if (!result || !Succeeded(result.get())) return ErrorFor(result.get());
  return SqlRows();
}

Status PgConnection::Begin(sql::TxMode mode) {
  ASSIGN_OR_RETURN(
      SqlRows ignored,
      Simple(mode == sql::TxMode::kWrite ? "BEGIN ISOLATION LEVEL SERIALIZABLE"
                                         : "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"));
  (void)ignored;
  return Status::Ok();
}

Status PgConnection::Commit() {
  ResultPtr result(PQexec(conn_, "COMMIT"));
  if (!result || !Succeeded(result.get())) return ErrorFor(result.get());
  // COMMIT of a transaction that had failed "succeeds" by rolling back.
  if (std::strcmp(PQcmdStatus(result.get()), "ROLLBACK") == 0) {
    return InternalError("the transaction had failed and was rolled back");
  }
  return Status::Ok();
}

Status PgConnection::Rollback() {
  if (PQtransactionStatus(conn_) == PQTRANS_IDLE) return Status::Ok();
  ResultPtr result(PQexec(conn_, "ROLLBACK"));
  if (!result || !Succeeded(result.get())) return ErrorFor(result.get());
  return Status::Ok();
}

}  // namespace pln::store::postgres
