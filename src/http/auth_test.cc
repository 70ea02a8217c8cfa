#include "http/auth.h"

#include <gtest/gtest.h>

namespace pln::http {
namespace {

TEST(CookieTest, FindsTheSessionCookie) {
  EXPECT_EQ(FindCookie("pln_session=abc", "pln_session"), "abc");
  EXPECT_EQ(FindCookie("a=1; pln_session=abc; b=2", "pln_session"), "abc");
  EXPECT_EQ(FindCookie("a=1;pln_session=\"abc\"", "pln_session"), "abc");
  EXPECT_EQ(FindCookie("xpln_session=abc; pln_session_old=1", "pln_session"), std::nullopt);
  EXPECT_EQ(FindCookie("pln_session=", "pln_session"), "");
  EXPECT_EQ(FindCookie("garbage;;; =x; pln_session", "pln_session"), std::nullopt);
  EXPECT_EQ(FindCookie("", "pln_session"), std::nullopt);
}

TEST(CookieTest, BearerToken) {
  EXPECT_EQ(BearerToken("Bearer pln_abc"), "pln_abc");
  EXPECT_EQ(BearerToken("bearer   pln_abc  "), "pln_abc");
  EXPECT_EQ(BearerToken("Bearer"), std::nullopt);
  EXPECT_EQ(BearerToken("Bearer "), std::nullopt);
  EXPECT_EQ(BearerToken("Basic Zm9vOmJhcg=="), std::nullopt);
  EXPECT_EQ(BearerToken("Bearerx abc"), std::nullopt);
}

TEST(CookieTest, SetCookieAttributes) {
  EXPECT_EQ(SessionCookie("tok", 3600, false),
            "pln_session=tok; Path=/; HttpOnly; SameSite=Lax; Max-Age=3600");
  EXPECT_EQ(SessionCookie("tok", -5, true),
            "pln_session=tok; Path=/; HttpOnly; SameSite=Lax; Max-Age=0; Secure");
  EXPECT_EQ(ClearedSessionCookie(false), "pln_session=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0");
}

}  // namespace
}  // namespace pln::http
