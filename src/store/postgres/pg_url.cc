#include "store/postgres/pg_url.h"

#include <libpq-fe.h>

#include <cstring>

namespace pln::store::postgres {
namespace {

struct UrlParts {
  size_t password_begin = std::string::npos, password_end = std::string::npos;
};

// Finds the password in "scheme://user:password@host/..." — the userinfo
// ends at the last '@' before the path, so an unescaped '@' in a password is
// still covered.
UrlParts Split(std::string_view url) {
  UrlParts parts;
  const size_t scheme = url.find("://");
  if (scheme == std::string_view::npos) return parts;
  const size_t begin = scheme + 3;
  size_t end = url.find_first_of("/?", begin);
  if (end == std::string_view::npos) end = url.size();
  const size_t at = url.rfind('@', end);
  if (at == std::string_view::npos || at < begin) return parts;
  const size_t colon = url.find(':', begin);
  if (colon == std::string_view::npos || colon > at) return parts;
  parts.password_begin = colon + 1;
  parts.password_end = at;
  return parts;
}

// The value of query parameter `password=`, as [begin, end) offsets.
std::pair<size_t, size_t> QueryPassword(std::string_view url) {
  const size_t query = url.find('?');
  if (query == std::string_view::npos) return {std::string::npos, std::string::npos};
  size_t pos = query + 1;
  while (pos < url.size()) {
    size_t end = url.find('&', pos);
    if (end == std::string_view::npos) end = url.size();
    std::string_view pair = url.substr(pos, end - pos);
    if (pair.substr(0, 9) == "password=") return {pos + 9, end};
    pos = end + 1;
  }
  return {std::string::npos, std::string::npos};
}

}  // namespace

bool IsPostgresUrl(std::string_view database) {
  return database.substr(0, 13) == "postgresql://" || database.substr(0, 11) == "postgres://";
}

std::string RedactUrl(std::string_view url) {
  std::string out(url);
  auto [qbegin, qend] = QueryPassword(out);
  if (qbegin != std::string::npos) out.replace(qbegin, qend - qbegin, "***");
  UrlParts parts = Split(out);
  if (parts.password_begin != std::string::npos) {
    out.replace(parts.password_begin, parts.password_end - parts.password_begin, "***");
  }
  return out;
}

std::string UrlPassword(std::string_view url) {
  UrlParts parts = Split(url);
  if (parts.password_begin != std::string::npos) {
    return std::string(url.substr(parts.password_begin, parts.password_end - parts.password_begin));
  }
  auto [qbegin, qend] = QueryPassword(url);
  if (qbegin != std::string::npos) return std::string(url.substr(qbegin, qend - qbegin));
  return "";
}

std::string DescribeServer(const std::string& url) {
  std::string host, port;
  char* error = nullptr;
  PQconninfoOption* options = PQconninfoParse(url.c_str(), &error);
  if (error != nullptr) PQfreemem(error);
  if (options != nullptr) {
    for (PQconninfoOption* o = options; o->keyword != nullptr; ++o) {
      if (o->val == nullptr || *o->val == '\0') continue;
      if (std::strcmp(o->keyword, "host") == 0 ||
          (host.empty() && std::strcmp(o->keyword, "hostaddr") == 0)) {
        host = o->val;
      } else if (std::strcmp(o->keyword, "port") == 0) {
        port = o->val;
      }
    }
    PQconninfoFree(options);
  }
  if (host.empty()) host = "localhost";
  if (port.empty()) port = "5432";
  return host + ":" + port;
}

std::string Scrub(std::string message, const std::string& secret) {
  if (secret.empty()) return message;
  for (size_t pos = message.find(secret); pos != std::string::npos;
       pos = message.find(secret, pos + 3)) {
    message.replace(pos, secret.size(), "***");
  }
  return message;
}

}  // namespace pln::store::postgres
