#include "http/static_files.h"

#include <unistd.h>

#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>

namespace pln::http {
namespace {

TEST(StaticPathTest, Sanitizes) {
  EXPECT_EQ(SanitizeStaticPath("/"), "");
  EXPECT_EQ(SanitizeStaticPath("/index.html"), "index.html");
  EXPECT_EQ(SanitizeStaticPath("/assets/app-1234.js"), "assets/app-1234.js");
  EXPECT_EQ(SanitizeStaticPath("//assets///a.css/"), "assets/a.css");
  EXPECT_EQ(SanitizeStaticPath("/members/42"), "members/42");
  EXPECT_EQ(SanitizeStaticPath("/a%20b.txt"), "a b.txt");
}

TEST(StaticPathTest, RejectsTraversalAndTricks) {
  for (std::string_view bad :
       {"/../etc/passwd", "/assets/../../etc/passwd", "/%2e%2e/etc/passwd", "/%2E%2E/x",
        "/assets/%2f..%2f..%2fetc", "/a%5c..%5cb", "/.env", "/.git/config", "/a/./b", "/a%00b",
        "/bad%zz", "/trunc%2", "/%ff", "relative", ""}) {
    EXPECT_EQ(SanitizeStaticPath(bad), std::nullopt) << bad;
  }
}

TEST(StaticPathTest, ContentTypes) {
  EXPECT_EQ(ContentTypeFor("index.html"), "text/html; charset=utf-8");
  EXPECT_EQ(ContentTypeFor("assets/a.js"), "text/javascript; charset=utf-8");
  EXPECT_EQ(ContentTypeFor("assets/a.css"), "text/css; charset=utf-8");
  EXPECT_EQ(ContentTypeFor("logo.svg"), "image/svg+xml");
  EXPECT_EQ(ContentTypeFor("font.woff2"), "font/woff2");
  EXPECT_EQ(ContentTypeFor("dir.v2/noext"), "application/octet-stream");
}

class StaticFilesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    root_ =
        std::filesystem::temp_directory_path() / ("pln_static_test_" + std::to_string(::getpid()));
    std::filesystem::create_directories(root_ / "assets");
    std::ofstream(root_ / "index.html") << "<html>app</html>";
    std::ofstream(root_ / "assets" / "app.js") << "console.log(1)";
    std::ofstream(root_ / "robots.txt") << "User-agent: *";
  }
  void TearDown() override { std::filesystem::remove_all(root_); }
  std::filesystem::path root_;
};

TEST_F(StaticFilesTest, ServesFilesWithCaching) {
  StaticFiles files(root_.string());
  Response out;
  files.Serve("/assets/app.js", out);
  EXPECT_EQ(out.status, 200);
  EXPECT_EQ(out.body, "console.log(1)");
  EXPECT_EQ(out.cache_control, "public, max-age=31536000, immutable");

  Response index;
  files.Serve("/", index);
  EXPECT_EQ(index.body, "<html>app</html>");
  EXPECT_EQ(index.content_type, "text/html; charset=utf-8");
  EXPECT_EQ(index.cache_control, "no-cache");

  Response robots;
  files.Serve("/robots.txt", robots);
  EXPECT_EQ(robots.status, 200);
  EXPECT_EQ(robots.cache_control, "no-cache");
}

TEST_F(StaticFilesTest, SpaFallbackOnlyWithoutExtension) {
  StaticFiles files(root_.string());
  Response route;
  files.Serve("/members/42", route);
  EXPECT_EQ(route.status, 200);
  EXPECT_EQ(route.body, "<html>app</html>");
  Response missing;
  files.Serve("/assets/missing.js", missing);
  EXPECT_EQ(missing.status, 404);
  Response dir;
  files.Serve("/assets", dir);  // a directory is not a file: SPA fallback
  EXPECT_EQ(dir.body, "<html>app</html>");
  Response traversal;
  files.Serve("/../../etc/passwd", traversal);
  EXPECT_EQ(traversal.status, 404);
}

TEST(StaticFilesNoRootTest, EverythingIs404) {
  StaticFiles files("");
  Response out;
  files.Serve("/", out);
  EXPECT_EQ(out.status, 404);
  EXPECT_EQ(out.content_type, "application/json");
}

}  // namespace
}  // namespace pln::http
