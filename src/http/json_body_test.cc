#include "http/json_body.h"

#include <gtest/gtest.h>

namespace pln::http {
namespace {

Request JsonRequest(std::string_view body, std::string_view type = "application/json") {
  Request r;
  r.method = Method::kPost;
  r.content_type = type;
  r.body = body;
  return r;
}

std::vector<std::string> Fields(const std::vector<FieldError>& errors) {
  std::vector<std::string> out;
  for (const auto& e : errors) out.push_back(e.field);
  return out;
}

TEST(JsonBodyTest, ContentType) {
  EXPECT_TRUE(CheckJsonContentType("application/json").ok());
  EXPECT_TRUE(CheckJsonContentType("Application/JSON; charset=UTF-8").ok());
  EXPECT_TRUE(CheckJsonContentType("application/json;charset=\"utf-8\"").ok());
  for (std::string_view bad :
       {"", "text/plain", "application/jsonx", "application/json; charset=latin1",
        "multipart/form-data; boundary=x"}) {
    Status s = CheckJsonContentType(bad);
    ASSERT_FALSE(s.ok()) << bad;
    EXPECT_EQ(s.error().kind(), ErrorKind::kUnsupportedMedia);
    EXPECT_EQ(s.error().code(), "unsupported_media_type");
  }
  EXPECT_EQ(ParseJsonObject(JsonRequest("{}", "text/plain")).error().kind(),
            ErrorKind::kUnsupportedMedia);
}

TEST(JsonBodyTest, DepthBombIsRejectedBeforeParsing) {
  const std::string bomb = std::string(1 << 20, '[');
  Result<nlohmann::json> r = ParseJsonObject(JsonRequest(bomb));
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().kind(), ErrorKind::kMalformed);
  EXPECT_EQ(r.error().code(), "malformed_json");

  EXPECT_TRUE(CheckJsonDepth(std::string(64, '[') + std::string(64, ']')).ok());
  EXPECT_FALSE(CheckJsonDepth(std::string(65, '[') + std::string(65, ']')).ok());
  // Brackets inside strings (escaped quotes included) do not count.
  EXPECT_TRUE(
      CheckJsonDepth("{\"a\": \"" + std::string(100, '[') + "\\\"" + std::string(100, '{') + "\"}")
          .ok());
}

TEST(JsonBodyTest, MalformedJsonSaysWhere) {
  Result<nlohmann::json> r = ParseJsonObject(JsonRequest("{\n  \"a\": tru\n}"));
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code(), "malformed_json");
  EXPECT_NE(r.error().message().find("line 2"), std::string::npos) << r.error().message();
  EXPECT_NE(r.error().message().find("column"), std::string::npos);
}

TEST(JsonBodyTest, InvalidUtf8IsRejected) {
  for (std::string bad :
       {std::string("{\"a\": \"\xff\xfe\"}"), std::string("{\"a\": \"\xc0\xaf\"}"),
        std::string("{\"a\": \"\xe2\x82\"}"), std::string("{\"a\": \"\xed\xa0\x80\"}"),
        std::string("{\"a\": \"\\ud800\"}")}) {
    Result<nlohmann::json> r = ParseJsonObject(JsonRequest(bad));
    ASSERT_FALSE(r.ok()) << bad;
    EXPECT_EQ(r.error().kind(), ErrorKind::kMalformed);
  }
}

TEST(JsonBodyTest, NumberOverflowIsMalformed) {
  Result<nlohmann::json> r = ParseJsonText(R"({"to": 1e400})");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code(), "malformed_json");
}

TEST(JsonBodyTest, EmptyAndNonObjectBodies) {
  EXPECT_EQ(ParseJsonObject(JsonRequest("")).error().kind(), ErrorKind::kMalformed);
  EXPECT_EQ(ParseJsonObject(JsonRequest("[1]")).error().kind(), ErrorKind::kMalformed);
  EXPECT_EQ(ParseJsonObject(JsonRequest("null")).error().kind(), ErrorKind::kMalformed);
  EXPECT_TRUE(ParseJsonObject(JsonRequest(" {\"a\": 1} ")).ok());
}

TEST(ObjectReaderTest, ReadsTypedFields) {
  auto json = nlohmann::json::parse(
      R"({"s": "x", "i": 5, "b": true, "arr": ["a", "b"], "o": {"k": 1}, "n": null})");
  std::vector<FieldError> errors;
  ObjectReader r(json, "", errors);
  EXPECT_EQ(r.String("s"), "x");
  EXPECT_EQ(r.Int("i", Presence::kRequired, 1, 5), 5);
  EXPECT_EQ(r.Bool("b"), true);
  EXPECT_EQ(r.StringArray("arr"), (std::vector<std::string>{"a", "b"}));
  auto o = r.Object("o");
  ASSERT_TRUE(o);
  EXPECT_EQ(o->Int("k"), 1);
  o->Finish();
  EXPECT_EQ(r.String("missing", Presence::kOptional), std::nullopt);
  EXPECT_TRUE(errors.empty());
  EXPECT_EQ(r.String("n", Presence::kOptional), std::nullopt);  // null is not a string
  r.Finish();
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].field, "n");
  EXPECT_EQ(errors[0].message, "must be a string");
}

TEST(ObjectReaderTest, CollectsEveryError) {
  auto json = nlohmann::json::parse(
      R"({"s": 1, "i": 1.5, "b": "yes", "extra": 1, "o": {"bad": 1}, "arr": ["a", 2]})");
  std::vector<FieldError> errors;
  ObjectReader r(json, "", errors);
  r.String("s");
  r.Int("i");
  r.Bool("b");
  r.String("required");
  r.StringArray("arr");
  if (auto o = r.Object("o")) o->Finish();
  r.Finish();
  EXPECT_EQ(Fields(errors),
            (std::vector<std::string>{"s", "i", "b", "required", "arr[1]", "o.bad", "extra"}));
  EXPECT_EQ(errors.back().message, "unknown field");
  EXPECT_EQ(errors[3].message, "is required");
}

TEST(ObjectReaderTest, ReadsMemberIdArraysWithAnErrorPerBadElement) {
  auto json = nlohmann::json::parse(
      R"({"ok": [3, 1, 2], "bad": [1, 0, -4, "7", 2.5, 9], "many": [1, 2, 3], "none": "1",
          "empty": []})");
  std::vector<FieldError> errors;
  ObjectReader r(json, "", errors);
  EXPECT_EQ(r.MemberIds("ok"), (std::vector<MemberId>{MemberId(3), MemberId(1), MemberId(2)}));
  EXPECT_EQ(r.MemberIds("empty"), std::vector<MemberId>{});
  EXPECT_EQ(r.MemberIds("absent", Presence::kOptional), std::nullopt);
  EXPECT_EQ(r.MemberIds("bad"), std::nullopt);
  EXPECT_EQ(r.MemberIds("many", Presence::kRequired, 2), std::nullopt);
  EXPECT_EQ(r.MemberIds("none"), std::nullopt);
  EXPECT_EQ(r.MemberIds("required"), std::nullopt);
  EXPECT_EQ(Fields(errors), (std::vector<std::string>{"bad[1]", "bad[2]", "bad[3]", "bad[4]",
                                                      "many", "none", "required"}));
  EXPECT_EQ(errors[4].message, "has more than 2 member ids");
  EXPECT_EQ(errors[5].message, "must be an array of member ids");
}

TEST(ObjectReaderTest, RejectsWrongIntegers) {
  auto json = nlohmann::json::parse(R"({
    "neg": -1, "zero": 0, "float": 3.0, "bool": true, "str": "2",
    "big": 9223372036854775808, "huge": 99999999999999999999999, "max": 9223372036854775807
  })");
  std::vector<FieldError> errors;
  ObjectReader r(json, "", errors);
  EXPECT_FALSE(r.Id("neg"));
  EXPECT_FALSE(r.Id("zero"));
  EXPECT_FALSE(r.Id("float"));
  EXPECT_FALSE(r.Id("bool"));
  EXPECT_FALSE(r.Id("str"));
  EXPECT_FALSE(r.Id("big"));
  EXPECT_FALSE(r.Id("huge"));
  EXPECT_EQ(r.Id("max"), std::numeric_limits<int64_t>::max());
  EXPECT_EQ(errors.size(), 7u);
  EXPECT_EQ(errors[0].message, "must be a positive integer");
  EXPECT_EQ(errors[2].message, "must be an integer");
}

TEST(ObjectReaderTest, RejectsAbsurdStrings) {
  nlohmann::json json = {{"s", std::string(kMaxJsonString + 1, 'x')}};
  std::vector<FieldError> errors;
  ObjectReader r(json, "", errors);
  EXPECT_FALSE(r.String("s"));
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].message, "is too long");
}

TEST(ObjectReaderTest, ObjectArrayNamesElementPaths) {
  auto json = nlohmann::json::parse(
      R"({"skills": [{"name": "a", "level": 1}, {"level": "x", "y": 1}, 3]})");
  std::vector<FieldError> errors;
  ObjectReader r(json, "", errors);
  int seen = 0;
  r.ObjectArray("skills", Presence::kRequired, [&](ObjectReader& e, size_t) {
    e.String("name");
    e.Int("level");
    ++seen;
  });
  r.Finish();
  EXPECT_EQ(seen, 2);
  EXPECT_EQ(Fields(errors), (std::vector<std::string>{"skills[1].name", "skills[1].level",
                                                      "skills[1].y", "skills[2]"}));
}

TEST(ObjectReaderTest, EnumListsAllowedValues) {
  auto json = nlohmann::json::parse(R"({"v": "nope"})");
  std::vector<FieldError> errors;
  ObjectReader r(json, "visibility", errors);
  auto parse = [](std::string_view s) -> std::optional<int> {
    return s == "a" ? std::optional<int>(1) : std::nullopt;
  };
  EXPECT_FALSE(r.Enum<int>("v", Presence::kRequired, parse, "a, b"));
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].field, "visibility.v");
  EXPECT_EQ(errors[0].message, "must be one of: a, b");
}

}  // namespace
}  // namespace pln::http
