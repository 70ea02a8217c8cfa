#include "http/markdown.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <cstdlib>
#include <mutex>

namespace pln::http {

std::string RenderMarkdown(std::string_view markdown) {
  static std::once_flag registered;
  std::call_once(registered, [] { cmark_gfm_core_extensions_ensure_registered(); });
  // CMARK_OPT_DEFAULT is the safe mode in cmark-gfm 0.29: raw HTML is replaced
  // by a comment and javascript:/vbscript:/file:/data: URLs are dropped.
  // Never CMARK_OPT_UNSAFE.
  const int options = CMARK_OPT_DEFAULT;
  cmark_parser* parser = cmark_parser_new(options);
  for (const char* name : {"table", "strikethrough", "autolink", "tagfilter"}) {
    if (cmark_syntax_extension* ext = cmark_find_syntax_extension(name)) {
      cmark_parser_attach_syntax_extension(parser, ext);
    }
  }
  cmark_parser_feed(parser, markdown.data(), markdown.size());
  cmark_node* doc = cmark_parser_finish(parser);
  char* html = cmark_render_html(doc, options, cmark_parser_get_syntax_extensions(parser));
  std::string out = html != nullptr ? std::string(html) : std::string();
  std::free(html);  // NOLINT: cmark allocates with malloc
  cmark_node_free(doc);
  cmark_parser_free(parser);
  return out;
}

}  // namespace pln::http
