#include "http/json/members.h"

#include <gtest/gtest.h>

namespace pln::http {
namespace {

std::vector<std::string> Fields(const Error& e) {
  std::vector<std::string> out;
  for (const auto& d : e.details()) out.push_back(d.field);
  return out;
}

TEST(ProfilePatchTest, ReadsPartialObjects) {
  auto body = nlohmann::json::parse(R"({
    "headline": "Analyst", "stage": "early_career", "skills": [{"name": "SQL", "level": 4}],
    "open_to": {"mentoring": true}, "visibility": {"goals": "public"}, "discoverable": false
  })");
  Result<domain::ProfilePatch> p = ReadProfilePatch(body);
  ASSERT_TRUE(p.ok());
  EXPECT_EQ(p->headline, "Analyst");
  EXPECT_EQ(p->name, std::nullopt);
  EXPECT_EQ(p->stage, domain::CareerStage::kEarlyCareer);
  ASSERT_TRUE(p->skills);
  EXPECT_EQ(p->skills->at(0), (domain::Skill{"SQL", 4}));
  EXPECT_EQ(p->open_mentoring, true);
  EXPECT_EQ(p->open_opportunities, std::nullopt);
  EXPECT_EQ(p->vis_goals, domain::Visibility::kPublic);
  EXPECT_EQ(p->vis_bio, std::nullopt);
  EXPECT_EQ(p->discoverable, false);
}

TEST(ProfilePatchTest, NamesEveryBadField) {
  auto body = nlohmann::json::parse(R"({
    "headline": "fine", "stage": "wizard", "skills": [{"name": "Go", "level": 2.5}],
    "visibility": {"bio": "nobody", "bioo": "public"}, "open_to": {"mentoring": 1}, "mood": "x"
  })");
  Result<domain::ProfilePatch> p = ReadProfilePatch(body);
  ASSERT_FALSE(p.ok());
  EXPECT_EQ(p.error().kind(), ErrorKind::kValidation);
  EXPECT_EQ(Fields(p.error()),
            (std::vector<std::string>{"stage", "skills[0].level", "open_to.mentoring",
                                      "visibility.bio", "visibility.bioo", "mood"}));
  for (const auto& d : p.error().details()) {
    if (d.field == "stage") {
      EXPECT_EQ(d.message, "must be one of: learner, early_career, experienced");
    }
  }
}

TEST(ProfilePatchTest, EmptyPatchIsValid) {
  Result<domain::ProfilePatch> p = ReadProfilePatch(nlohmann::json::object());
  ASSERT_TRUE(p.ok());
  EXPECT_FALSE(p->name || p->skills || p->vis_bio || p->discoverable);
}

TEST(JsonMappingTest, MemberViewOmitsHiddenSections) {
  domain::MemberView v;
  v.id = MemberId(7);
  v.name = "Ana";
  v.headline = "Analyst";
  v.bio = "hello";
  v.hidden_sections = {domain::Section::kGoals};
  v.relationship.pending_incoming = RequestId(3);
  JsonWriter w;
  WriteMemberView(w, v);
  auto j = nlohmann::json::parse(w.str());
  EXPECT_EQ(j["id"], 7);
  EXPECT_EQ(j["bio"], "hello");
  EXPECT_FALSE(j.contains("goals"));
  EXPECT_FALSE(j.contains("skills"));
  EXPECT_EQ(j["hidden_sections"], nlohmann::json::array({"goals"}));
  EXPECT_EQ(j["relationship"]["connection"], "pending_incoming");
  EXPECT_EQ(j["relationship"]["request_id"], 3);
  EXPECT_EQ(j["relationship"]["following"], false);
}

}  // namespace
}  // namespace pln::http
