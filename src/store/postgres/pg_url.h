// PostgreSQL connection URLs, for messages that must never show a password.
#pragma once

#include <string>
#include <string_view>

namespace pln::store::postgres {

// True for "postgresql://..." and "postgres://..." URLs.
bool IsPostgresUrl(std::string_view database);

// The URL with its password replaced by "***" ("postgresql://u:***@h/db").
std::string RedactUrl(std::string_view url);

// The URL's password (percent-decoding not applied), or "" if it has none.
std::string UrlPassword(std::string_view url);

// "host:port" for messages; libpq's defaults when the URL leaves them out.
std::string DescribeServer(const std::string& url);

// `message` with every occurrence of `secret` replaced by "***".
std::string Scrub(std::string message, const std::string& secret);

}  // namespace pln::store::postgres
