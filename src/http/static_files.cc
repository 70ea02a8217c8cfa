#include "http/static_files.h"

#include <sys/stat.h>

#include <fstream>

#include "base/result.h"
#include "http/error_mapping.h"
#include "http/query.h"

namespace pln::http {

namespace {

constexpr std::string_view kIndex = "index.html";
constexpr std::string_view kImmutable = "public, max-age=31536000, immutable";
constexpr std::string_view kNoCache = "no-cache";

std::string_view Extension(std::string_view name) {
  const size_t slash = name.rfind('/');
  const size_t dot = name.rfind('.');
  if (dot == std::string_view::npos || (slash != std::string_view::npos && dot < slash)) return {};
  return name.substr(dot + 1);
}

}  // namespace

std::optional<std::string> SanitizeStaticPath(std::string_view url_path) {
  if (url_path.empty() || url_path.front() != '/') return std::nullopt;
  // Split before decoding so that an encoded "%2F" cannot create a segment.
  std::string out;
  size_t start = 1;
  while (start <= url_path.size()) {
    size_t slash = url_path.find('/', start);
    if (slash == std::string_view::npos) slash = url_path.size();
    const std::string_view raw = url_path.substr(start, slash - start);
    start = slash + 1;
    if (raw.empty()) continue;  // "//" or a trailing '/'
    std::optional<std::string> segment = PercentDecode(raw, false);
    if (!segment || segment->empty()) return std::nullopt;
    // Dot-files (".env", ".git") and "." / ".." are never part of the app.
    if (segment->front() == '.') return std::nullopt;
    for (char c : *segment) {
      if (c == '/' || c == '\\' || static_cast<unsigned char>(c) < 0x20) return std::nullopt;
    }
    if (!out.empty()) out.push_back('/');
    out += *segment;
  }
  return out;
}

std::string_view ContentTypeFor(std::string_view file_name) {
  const std::string_view ext = Extension(file_name);
  if (ext == "html") return "text/html; charset=utf-8";
  if (ext == "js" || ext == "mjs") return "text/javascript; charset=utf-8";
  if (ext == "css") return "text/css; charset=utf-8";
  if (ext == "json" || ext == "map") return "application/json";
  if (ext == "webmanifest") return "application/manifest+json";
  if (ext == "svg") return "image/svg+xml";
  if (ext == "png") return "image/png";
  if (ext == "jpg" || ext == "jpeg") return "image/jpeg";
  if (ext == "gif") return "image/gif";
  if (ext == "webp") return "image/webp";
  if (ext == "avif") return "image/avif";
  if (ext == "ico") return "image/x-icon";
  if (ext == "woff") return "font/woff";
  if (ext == "woff2") return "font/woff2";
  if (ext == "ttf") return "font/ttf";
  if (ext == "otf") return "font/otf";
  if (ext == "txt") return "text/plain; charset=utf-8";
  if (ext == "xml") return "application/xml";
  if (ext == "wasm") return "application/wasm";
  if (ext == "pdf") return "application/pdf";
  return "application/octet-stream";
}

StaticFiles::StaticFiles(std::string root) : root_(std::move(root)) {
  while (root_.size() > 1 && root_.back() == '/') root_.pop_back();
}

bool StaticFiles::ReadFile(const std::string& relative, std::string& contents) const {
  const std::string full = root_ + "/" + relative;
  struct stat st {};
  if (::stat(full.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) return false;
  std::ifstream in(full, std::ios::binary);
  if (!in) return false;
  contents.resize(static_cast<size_t>(st.st_size));
  in.read(contents.data(), static_cast<std::streamsize>(contents.size()));
  contents.resize(static_cast<size_t>(in.gcount()));
  return true;
}

void StaticFiles::Serve(std::string_view url_path, Response& out) const {
  if (!root_.empty()) {
    if (std::optional<std::string> relative = SanitizeStaticPath(url_path)) {
      std::string file = relative->empty() ? std::string(kIndex) : *relative;
      bool found = ReadFile(file, out.body);
      if (!found && Extension(file).empty()) {
        file = std::string(kIndex);  // a client-side route such as /members/42
        found = ReadFile(file, out.body);
      }
      if (found) {
        out.status = 200;
        out.content_type = ContentTypeFor(file);
        out.cache_control = file.rfind("assets/", 0) == 0 ? kImmutable : kNoCache;
        return;
      }
    }
  }
  out.body.clear();
  ErrorToResponse(NotFoundError("page"), out);
}

}  // namespace pln::http
