#include "http/error_mapping.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "http/json_writer.h"

namespace pln::http {
namespace {

TEST(ErrorMappingTest, StatusTable) {
  EXPECT_EQ(HttpStatusFor(ErrorKind::kMalformed), 400);
  EXPECT_EQ(HttpStatusFor(ErrorKind::kValidation), 422);
  EXPECT_EQ(HttpStatusFor(ErrorKind::kUnauthenticated), 401);
  EXPECT_EQ(HttpStatusFor(ErrorKind::kForbidden), 403);
  EXPECT_EQ(HttpStatusFor(ErrorKind::kNotFound), 404);
  EXPECT_EQ(HttpStatusFor(ErrorKind::kConflict), 409);
  EXPECT_EQ(HttpStatusFor(ErrorKind::kTooLarge), 413);
  EXPECT_EQ(HttpStatusFor(ErrorKind::kUnsupportedMedia), 415);
  EXPECT_EQ(HttpStatusFor(ErrorKind::kRateLimited), 429);
  EXPECT_EQ(HttpStatusFor(ErrorKind::kUnavailable), 503);
  EXPECT_EQ(HttpStatusFor(ErrorKind::kInternal), 500);
}

TEST(ErrorMappingTest, BodyShapeWithDetails) {
  Response out;
  ErrorToResponse(ValidationError({{"skills[2].level", "must be between 1 and 5"}}), out);
  EXPECT_EQ(out.status, 422);
  EXPECT_EQ(out.content_type, "application/json");
  auto body = nlohmann::json::parse(out.body);
  EXPECT_EQ(body["error"]["code"], "validation_failed");
  EXPECT_EQ(body["error"]["details"][0]["field"], "skills[2].level");
  EXPECT_EQ(body["error"]["details"][0]["message"], "must be between 1 and 5");
}

TEST(ErrorMappingTest, EmptyDetailsIsAnArray) {
  auto body = nlohmann::json::parse(ErrorBody(NotFoundError("member")));
  EXPECT_EQ(body["error"]["code"], "not_found");
  EXPECT_EQ(body["error"]["message"], "Member not found.");
  EXPECT_TRUE(body["error"]["details"].is_array());
  EXPECT_TRUE(body["error"]["details"].empty());
}

TEST(ErrorMappingTest, NotFoundAlwaysHasTheDocumentedCode) {
  auto body = nlohmann::json::parse(
      ErrorBody(Error(ErrorKind::kNotFound, "not_connected", "You are not connected.")));
  EXPECT_EQ(body["error"]["code"], "not_found");
  EXPECT_EQ(body["error"]["message"], "You are not connected.");
}

TEST(ErrorMappingTest, InternalMessagesAreHidden) {
  Response out;
  ErrorToResponse(InternalError("sqlite: disk I/O error at /secret/path"), out);
  EXPECT_EQ(out.status, 500);
  EXPECT_EQ(out.body.find("secret"), std::string::npos);
  auto body = nlohmann::json::parse(out.body);
  EXPECT_EQ(body["error"]["message"], kInternalMessage);
  EXPECT_EQ(body["error"]["code"], "internal");
}

TEST(ErrorMappingTest, RateLimitedSetsRetryAfter) {
  Response out;
  ErrorToResponse(
      Error(ErrorKind::kRateLimited, "too_many_attempts", "Slow down.").WithRetryAfter(90), out);
  EXPECT_EQ(out.status, 429);
  ASSERT_EQ(out.headers.size(), 1u);
  EXPECT_EQ(out.headers[0].first, "Retry-After");
  EXPECT_EQ(out.headers[0].second, "90");
}

TEST(ErrorMappingTest, BusySetsRetryAfterOnItsServiceUnavailable) {
  Response out;
  ErrorToResponse(Error(ErrorKind::kUnavailable, "busy", "Busy.").WithRetryAfter(1), out);
  EXPECT_EQ(out.status, 503);
  ASSERT_EQ(out.headers.size(), 1u);
  EXPECT_EQ(out.headers[0].second, "1");
  Response plain;
  ErrorToResponse(Error(ErrorKind::kUnavailable, "down", "Down."), plain);
  EXPECT_TRUE(plain.headers.empty());
}

TEST(ErrorMappingTest, MethodNotAllowed) {
  Response out;
  MethodNotAllowedResponse("GET, POST", out);
  EXPECT_EQ(out.status, 405);
  EXPECT_EQ(nlohmann::json::parse(out.body)["error"]["code"], "method_not_allowed");
  ASSERT_EQ(out.headers.size(), 1u);
  EXPECT_EQ(out.headers[0].second, "GET, POST");
}

TEST(JsonWriterTest, WritesValidEscapedJson) {
  JsonWriter w;
  w.BeginObject()
      .Field("s", std::string_view("a\"b\\c\n\x01 é"))
      .Field("i", int64_t{-5})
      .Field("b", false)
      .Key("n")
      .Null()
      .Key("a")
      .BeginArray()
      .Int(1)
      .String("x")
      .BeginObject()
      .EndObject()
      .EndArray()
      .Key("e")
      .BeginArray()
      .EndArray()
      .EndObject();
  EXPECT_EQ(w.str(),
            R"({"s":"a\"b\\c\n\u0001 é","i":-5,"b":false,"n":null,"a":[1,"x",{}],"e":[]})");
  auto parsed = nlohmann::json::parse(w.str());
  EXPECT_EQ(parsed["s"], "a\"b\\c\n\x01 é");
}

}  // namespace
}  // namespace pln::http
