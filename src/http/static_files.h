// Serves the built web app (web/dist) for GET requests outside /api.
//
// Paths are percent-decoded once and then checked segment by segment: "..",
// ".", dot-files, backslashes, NULs and encoded slashes are refused, so a
// request can never name a file outside the root. A path without an extension
// that names no file gets index.html (client-side routing). Files under
// /assets/ carry content hashes in their names and are cached for a year;
// everything else must be revalidated.
// Thread safety: immutable after construction; Serve() may run concurrently.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "http/request.h"

namespace pln::http {

// The relative file path for a URL path ("/assets/a.js" → "assets/a.js",
// "/" → ""), or nullopt if the path is unsafe or cannot be decoded.
std::optional<std::string> SanitizeStaticPath(std::string_view url_path);

// Content-Type for a file name by extension; application/octet-stream if unknown.
std::string_view ContentTypeFor(std::string_view file_name);

class StaticFiles {
 public:
  // `root` may be empty: every request is then a 404.
  explicit StaticFiles(std::string root);

  // Fills `out` with the file, the SPA fallback, or a 404 JSON error.
  void Serve(std::string_view url_path, Response& out) const;

 private:
  // Reads a regular file below root_; false if absent or unreadable.
  bool ReadFile(const std::string& relative, std::string& contents) const;

  std::string root_;
};

}  // namespace pln::http
