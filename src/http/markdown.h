// Markdown → HTML for user text, with cmark-gfm. Raw HTML in the source is
// dropped (no CMARK_OPT_UNSAFE) and links/images with javascript:, vbscript:,
// file: or data: (except images) URLs are emptied by cmark's safe mode, so
// the result can be inserted into the page as HTML. Thread-safe.
#pragma once

#include <string>
#include <string_view>

namespace pln::http {

std::string RenderMarkdown(std::string_view markdown);

}  // namespace pln::http
