// The OpenAPI document must describe exactly the routes the server has.
//
// Convention: document paths are relative to the server URL "/api/v1"; a path
// item that overrides `servers` with [{"url": "/"}] (only /healthz and
// /metrics) is absolute.
#include "http/openapi.h"

#include <set>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "http/handlers.h"
#include "http/router.h"

namespace pln::http {
namespace {

TEST(OpenApiTest, DocumentIsValidOpenApi303) {
  auto doc = nlohmann::json::parse(OpenApiDocument());
  EXPECT_EQ(doc["openapi"], "3.0.3");
  EXPECT_EQ(doc["servers"][0]["url"], "/api/v1");
  EXPECT_TRUE(doc["components"]["securitySchemes"].contains("cookieAuth"));
  EXPECT_TRUE(doc["components"]["securitySchemes"].contains("bearerAuth"));
  EXPECT_TRUE(doc["components"]["schemas"].contains("Error"));
}

TEST(OpenApiTest, PathsEqualTheRouteTable) {
  auto doc = nlohmann::json::parse(OpenApiDocument());
  std::set<std::pair<std::string, std::string>> documented;
  for (const auto& [path, item] : doc["paths"].items()) {
    std::string prefix = "/api/v1";
    if (item.contains("servers")) {
      ASSERT_EQ(item["servers"][0]["url"], "/") << path;
      prefix = "";
    }
    for (const auto& [key, op] : item.items()) {
      if (key == "servers" || key == "parameters") continue;
      std::string method = key;
      for (char& c : method) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      documented.insert({method, prefix + path});
      EXPECT_TRUE(op.contains("responses")) << method << " " << path;
    }
  }

  Router router;
  for (const RouteSpec& spec : ApiRoutes()) ASSERT_TRUE(router.Add(spec).ok());
  std::set<std::pair<std::string, std::string>> served;
  for (const RouteInfo& r : router.Table())
    served.insert({std::string(ToString(r.method)), r.pattern});

  EXPECT_EQ(documented, served);
}

TEST(OpenApiTest, EveryRefResolves) {
  auto doc = nlohmann::json::parse(OpenApiDocument());
  std::vector<const nlohmann::json*> stack = {&doc};
  int refs = 0;
  while (!stack.empty()) {
    const nlohmann::json* node = stack.back();
    stack.pop_back();
    if (node->is_object()) {
      if (auto it = node->find("$ref"); it != node->end()) {
        const std::string ref = *it;
        ASSERT_EQ(ref.rfind("#/", 0), 0u) << ref;
        EXPECT_TRUE(doc.contains(nlohmann::json::json_pointer(ref.substr(1)))) << ref;
        ++refs;
      }
      for (const auto& [k, v] : node->items()) stack.push_back(&v);
    } else if (node->is_array()) {
      for (const auto& v : *node) stack.push_back(&v);
    }
  }
  EXPECT_GT(refs, 20);
}

}  // namespace
}  // namespace pln::http
