// The opportunity bodies: ISO 8601 times with zones, partial edits that clear
// an event's times with null, and every bad value named.
#include "http/json/opportunities.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

namespace pln::http {
namespace {

std::vector<std::string> Fields(const Error& e) {
  std::vector<std::string> out;
  for (const auto& d : e.details()) out.push_back(d.field);
  return out;
}

Result<int64_t> Repost(const std::string& closes_at) {
  return ReadRepost(nlohmann::json{{"closes_at", closes_at}});
}

TEST(OpportunityJsonTest, ReadsTimesWithZones) {
  // 2027-01-31T17:00:00Z = 1801414800000 ms.
  EXPECT_EQ(*Repost("2027-01-31T17:00:00Z"), 1801414800000);
  EXPECT_EQ(*Repost("2027-01-31T17:00Z"), 1801414800000);
  EXPECT_EQ(*Repost("2027-01-31T19:00:00+02:00"), 1801414800000);
  EXPECT_EQ(*Repost("2027-01-31T12:30:00-04:30"), 1801414800000);
  EXPECT_EQ(*Repost("2027-01-31T17:00:00.25Z"), 1801414800250);
  EXPECT_EQ(*Repost("2027-01-31T17:00:00.123456Z"), 1801414800123);
  for (const char* bad : {"2027-01-31", "2027-01-31T17:00:00", "2027-02-30T10:00:00Z",
                          "2027-13-01T10:00:00Z", "2027-01-31T24:00:00Z", "2027-01-31T17:00:00.Z",
                          "2027-01-31T17:00:00+0200", "tomorrow", ""}) {
    Result<int64_t> r = Repost(bad);
    ASSERT_FALSE(r.ok()) << bad;
    EXPECT_EQ(Fields(r.error()), (std::vector<std::string>{"closes_at"})) << bad;
  }
}

TEST(OpportunityJsonTest, PatchClearsEventTimesWithNull) {
  auto body = nlohmann::json::parse(
      R"({"title": "New", "starts_at": null, "ends_at": "2027-01-31T17:00:00Z"})");
  Result<app::OpportunityPatch> p = ReadOpportunityPatch(body);
  ASSERT_TRUE(p.ok()) << p.error().message();
  EXPECT_EQ(p->title, "New");
  ASSERT_TRUE(p->starts_at.has_value());
  EXPECT_FALSE(p->starts_at->has_value());
  ASSERT_TRUE(p->ends_at.has_value());
  EXPECT_EQ(**p->ends_at, 1801414800000);
  EXPECT_FALSE(p->kind.has_value());
  EXPECT_FALSE(p->closes_at.has_value());
}

TEST(OpportunityJsonTest, NamesEveryBadField) {
  auto body = nlohmann::json::parse(R"({
    "kind": "gig", "title": 5, "organization": "Acme", "description": "x",
    "closes_at": "soon", "stages": ["learner", "guru"],
    "skills": [{"name": "SQL", "level": "high"}, {"nom": "Go"}], "salary": 1
  })");
  Result<domain::OpportunityInput> in = ReadOpportunityInput(body);
  ASSERT_FALSE(in.ok());
  std::vector<std::string> fields = Fields(in.error());
  for (const char* f : {"kind", "title", "closes_at", "stages[1]", "skills[0].level",
                        "skills[1].name", "skills[1].nom", "salary"}) {
    EXPECT_NE(std::find(fields.begin(), fields.end(), f), fields.end()) << f;
  }
}

}  // namespace
}  // namespace pln::http
