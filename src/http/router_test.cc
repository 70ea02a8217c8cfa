#include "http/router.h"

#include <gtest/gtest.h>

namespace pln::http {
namespace {

Router MakeRouter() {
  Router r;
  for (auto [m, p] : std::initializer_list<std::pair<Method, std::string_view>>{
           {Method::kGet, "/api/v1/members/{id}"},
           {Method::kGet, "/api/v1/members"},
           {Method::kGet, "/api/v1/connections/requests"},
           {Method::kPost, "/api/v1/connections/requests"},
           {Method::kPost, "/api/v1/connections/requests/{id}/accept"},
           {Method::kDelete, "/api/v1/connections/{memberId}"},
           {Method::kGet, "/healthz"},
       }) {
    EXPECT_TRUE(r.Add({m, p, Access::kMember, false, nullptr}).ok()) << p;
  }
  return r;
}

TEST(RouterTest, MatchesLiteralAndParameterSegments) {
  Router r = MakeRouter();
  RouteMatch m = r.Match(Method::kGet, "/api/v1/members/42");
  ASSERT_EQ(m.kind, RouteMatch::Kind::kFound);
  EXPECT_EQ(m.route->pattern, "/api/v1/members/{id}");
  EXPECT_EQ(m.params.Get("id"), "42");
  EXPECT_EQ(m.params.Get("other"), "");

  m = r.Match(Method::kPost, "/api/v1/connections/requests/7/accept");
  ASSERT_EQ(m.kind, RouteMatch::Kind::kFound);
  EXPECT_EQ(m.params.Get("id"), "7");

  EXPECT_EQ(r.Match(Method::kGet, "/healthz").kind, RouteMatch::Kind::kFound);
  EXPECT_EQ(r.Match(Method::kGet, "/api/v1/members").route->pattern, "/api/v1/members");
}

TEST(RouterTest, UnknownPathsAreNotFound) {
  Router r = MakeRouter();
  for (std::string_view p : {"/api/v1/nope", "/api/v1/members/1/nope", "/api/v1/members/",
                             "/api/v1/members//", "", "members", "/", "/api/v2/members"}) {
    EXPECT_EQ(r.Match(Method::kGet, p).kind, RouteMatch::Kind::kNotFound) << p;
  }
}

TEST(RouterTest, WrongMethodIs405WithAllow) {
  Router r = MakeRouter();
  RouteMatch m = r.Match(Method::kPut, "/api/v1/connections/requests");
  EXPECT_EQ(m.kind, RouteMatch::Kind::kMethodNotAllowed);
  EXPECT_EQ(m.allow, "GET, POST");
  EXPECT_EQ(m.pattern, "/api/v1/connections/requests");
}

TEST(RouterTest, LiteralBeatsParameter) {
  Router r = MakeRouter();
  // "requests" is also a valid {memberId} segment, but the literal route wins,
  // so DELETE is a 405 there rather than a DELETE of member "requests".
  RouteMatch m = r.Match(Method::kDelete, "/api/v1/connections/requests");
  EXPECT_EQ(m.kind, RouteMatch::Kind::kMethodNotAllowed);
  m = r.Match(Method::kDelete, "/api/v1/connections/12");
  ASSERT_EQ(m.kind, RouteMatch::Kind::kFound);
  EXPECT_EQ(m.params.Get("memberId"), "12");
}

TEST(RouterTest, RejectsDuplicatesAndBadPatterns) {
  Router r = MakeRouter();
  EXPECT_FALSE(r.Add({Method::kGet, "/api/v1/members", Access::kMember, false, nullptr}).ok());
  EXPECT_FALSE(r.Add({Method::kGet, "no-slash", Access::kMember, false, nullptr}).ok());
  EXPECT_FALSE(r.Add({Method::kGet, "/a/{}", Access::kMember, false, nullptr}).ok());
  EXPECT_FALSE(r.Add({Method::kGet, "/a//b", Access::kMember, false, nullptr}).ok());
}

TEST(RouterTest, TableListsRoutesInOrder) {
  Router r = MakeRouter();
  auto table = r.Table();
  ASSERT_EQ(table.size(), 7u);
  EXPECT_EQ(table[0], (RouteInfo{Method::kGet, "/api/v1/members/{id}"}));
  EXPECT_EQ(r.route(3).index, 3u);
}

TEST(RouterTest, TooManySegmentsIsNotFound) {
  Router r = MakeRouter();
  std::string deep;
  for (int i = 0; i < 100; ++i) deep += "/x";
  EXPECT_EQ(r.Match(Method::kGet, deep).kind, RouteMatch::Kind::kNotFound);
}

}  // namespace
}  // namespace pln::http
