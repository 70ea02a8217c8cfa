#include "domain/member.h"

#include <gtest/gtest.h>

namespace pln::domain {
namespace {

bool HasDetail(const Error& e, const std::string& field) {
  for (const auto& d : e.details()) {
    if (d.field == field) return true;
  }
  return false;
}

TEST(ProfilePatchTest, AppliesAndNormalizes) {
  Profile p;
  p.name = "Ana";
  ProfilePatch patch;
  patch.headline = "  Junior   data analyst ";
  patch.skills = std::vector<Skill>{{" Python ", 3}, {"SQL", 2}};
  patch.fields = std::vector<std::string>{"Data Science"};
  patch.vis_goals = Visibility::kPublic;
  auto r = ApplyProfilePatch(p, patch);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->name, "Ana");
  EXPECT_EQ(r->headline, "Junior data analyst");
  ASSERT_EQ(r->skills.size(), 2u);
  EXPECT_EQ(r->skills[0].name, "Python");
  EXPECT_EQ(r->visibility.goals, Visibility::kPublic);
}

TEST(ProfilePatchTest, ReportsEveryInvalidFieldAndChangesNothing) {
  Profile p;
  p.name = "Ana";
  ProfilePatch patch;
  patch.name = "   ";
  patch.headline = std::string(161, 'x');
  patch.skills = std::vector<Skill>{{"Python", 3}, {"python", 2}, {"Go", 6}};
  patch.goals = std::vector<std::string>(11, "goal");
  auto r = ApplyProfilePatch(p, patch);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().kind(), ErrorKind::kValidation);
  EXPECT_TRUE(HasDetail(r.error(), "name"));
  EXPECT_TRUE(HasDetail(r.error(), "headline"));
  EXPECT_TRUE(HasDetail(r.error(), "skills[1].name"));
  EXPECT_TRUE(HasDetail(r.error(), "skills[2].level"));
  EXPECT_TRUE(HasDetail(r.error(), "goals"));
}

TEST(ProfilePatchTest, CountsCharactersNotBytes) {
  ProfilePatch patch;
  std::string name;
  for (int i = 0; i < 100; ++i) name += "\xc3\xa9";  // 100 × é = 200 bytes
  patch.name = name;
  EXPECT_TRUE(ApplyProfilePatch(Profile{}, patch).ok());
  patch.name = name + "e";
  EXPECT_FALSE(ApplyProfilePatch(Profile{}, patch).ok());
}

TEST(ProfilePatchTest, RejectsControlCharactersButKeepsBioLines) {
  ProfilePatch patch;
  patch.bio = "line one\nline two";
  auto r = ApplyProfilePatch(Profile{}, patch);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->bio, "line one\nline two");
  patch.location =
      "Lis\x01"
      "bon";
  EXPECT_FALSE(ApplyProfilePatch(Profile{}, patch).ok());
}

TEST(ProfilePatchTest, RefusesNamesAndHeadlinesThatShowNothingOrReorder) {
  ProfilePatch patch;
  patch.name = "\u200B\u200B";
  patch.headline = "Data \u202Etsylana";  // displays as "Data analyst"
  auto r = ApplyProfilePatch(Profile{}, patch);
  ASSERT_FALSE(r.ok());
  ASSERT_EQ(r.error().details().size(), 2u);
  EXPECT_EQ(r.error().details()[0].field, "name");
  EXPECT_EQ(r.error().details()[0].message, "must contain visible characters");
  EXPECT_EQ(r.error().details()[1].field, "headline");
  patch.headline = "\u2060";  // an optional headline still may not be invisible
  patch.name = "Ana \u2067Lima";
  r = ApplyProfilePatch(Profile{}, patch);
  ASSERT_FALSE(r.ok());
  EXPECT_TRUE(HasDetail(r.error(), "name"));
  EXPECT_TRUE(HasDetail(r.error(), "headline"));
  patch.name = "\u05E9\u05DC\u05D5\u05DD Ana";  // right-to-left script is fine
  patch.headline = "";
  EXPECT_TRUE(ApplyProfilePatch(Profile{}, patch).ok());
}

TEST(NameTest, SignUpNamesFollowTheSameRules) {
  EXPECT_TRUE(NormalizeName("Ana Lima").ok());
  EXPECT_FALSE(NormalizeName("\u200B").ok());
  EXPECT_FALSE(NormalizeName("\u3164").ok());
  EXPECT_FALSE(NormalizeName("admin\u202E").ok());
}

TEST(EmailTest, Normalizes) {
  auto e = NormalizeEmail("  Ana.Lima@Example.ORG ");
  ASSERT_TRUE(e.ok());
  EXPECT_EQ(*e, "ana.lima@example.org");
  for (const char* bad :
       {"", "ana", "@x.org", "ana@", "ana@x", "a b@x.org", "a@@x.org", "a@x..org"}) {
    EXPECT_FALSE(NormalizeEmail(bad).ok()) << bad;
  }
}

TEST(PasswordTest, Policy) {
  EXPECT_TRUE(ValidateNewPassword("eight ch").ok());
  EXPECT_FALSE(ValidateNewPassword("short").ok());
  EXPECT_FALSE(ValidateNewPassword("          ").ok());
  EXPECT_FALSE(ValidateNewPassword(std::string(257, 'a')).ok());
}

TEST(EnumTest, RoundTrips) {
  for (auto s : {CareerStage::kLearner, CareerStage::kEarlyCareer, CareerStage::kExperienced}) {
    EXPECT_EQ(ParseCareerStage(ToString(s)), s);
  }
  for (Section s : kAllSections) EXPECT_EQ(ParseSection(ToString(s)), s);
  EXPECT_FALSE(ParseVisibility("everyone").has_value());
  EXPECT_EQ(ParseRole("program_lead"), Role::kProgramLead);
}

}  // namespace
}  // namespace pln::domain
