#include "http/markdown.h"

#include <gtest/gtest.h>

namespace pln::http {
namespace {

TEST(Markdown, RendersBasics) {
  EXPECT_EQ(RenderMarkdown("**bold** and *it*"), "<p><strong>bold</strong> and <em>it</em></p>\n");
}

TEST(Markdown, DropsRawHtmlAndScriptUrls) {
  const std::string html = RenderMarkdown(
      "<script>alert(1)</script>\n\nhi <img src=x onerror=alert(1)>\n\n"
      "[x](javascript:alert(1)) ![y](javascript:alert(2))");
  EXPECT_EQ(html.find("<script"), std::string::npos) << html;
  EXPECT_EQ(html.find("<img src=x"), std::string::npos) << html;
  EXPECT_EQ(html.find("onerror=alert"), std::string::npos) << html;
  EXPECT_EQ(html.find("javascript:"), std::string::npos) << html;
}

TEST(Markdown, EscapesText) {
  EXPECT_EQ(RenderMarkdown("a < b & \"c\""), "<p>a &lt; b &amp; &quot;c&quot;</p>\n");
}

}  // namespace
}  // namespace pln::http

namespace pln::http {
namespace {

TEST(Markdown, TablesAndAutolinks) {
  const std::string html =
      RenderMarkdown("| a | b |\n|---|---|\n| 1 | 2 |\n\nsee https://example.org");
  EXPECT_NE(html.find("<table>"), std::string::npos) << html;
  EXPECT_NE(html.find("<a href=\"https://example.org\">"), std::string::npos) << html;
}

}  // namespace
}  // namespace pln::http
