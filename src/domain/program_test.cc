#include "domain/program.h"

#include <gtest/gtest.h>

namespace pln::domain {
namespace {

ImportParse Parse(std::string_view csv, int default_capacity = 2) {
  auto records = ParseCsv(csv);
  EXPECT_TRUE(records.ok());
  return ParseParticipantRows(*records, default_capacity);
}

TEST(ProgramTest, ValidatesProgramInput) {
  ProgramInput in;
  in.name = "  Spring   cohort ";
  auto ok = ValidateProgramInput(in);
  ASSERT_TRUE(ok.ok());
  EXPECT_EQ(ok->name, "Spring cohort");

  in.name = "";
  in.default_capacity = 0;
  auto bad = ValidateProgramInput(in);
  ASSERT_FALSE(bad.ok());
  ASSERT_EQ(bad.error().details().size(), 2u);
  EXPECT_EQ(bad.error().details()[0].field, "name");
  EXPECT_EQ(bad.error().details()[1].field, "default_capacity");
}

TEST(ProgramTest, StatusRules) {
  EXPECT_TRUE(CanRunMatching(ProgramStatus::kDraft));
  EXPECT_TRUE(CanRunMatching(ProgramStatus::kMatching));
  EXPECT_FALSE(CanRunMatching(ProgramStatus::kPublished));
  EXPECT_FALSE(CanPublish(ProgramStatus::kDraft));
  EXPECT_TRUE(CanPublish(ProgramStatus::kMatching));
  EXPECT_FALSE(CanPublish(ProgramStatus::kPublished));
  EXPECT_FALSE(CanSetPreferences(ProgramStatus::kClosed));
  EXPECT_TRUE(CanClose(ProgramStatus::kPublished));
  EXPECT_FALSE(CanClose(ProgramStatus::kMatching));
  EXPECT_FALSE(CanClose(ProgramStatus::kClosed));
  for (auto s : {ProgramStatus::kDraft, ProgramStatus::kMatching, ProgramStatus::kPublished,
                 ProgramStatus::kClosed}) {
    EXPECT_EQ(ParseProgramStatus(ToString(s)), s);
  }
}

TEST(ProgramTest, PreferenceBonus) {
  EXPECT_EQ(PreferenceBonusMilli(1), 1000);
  EXPECT_EQ(PreferenceBonusMilli(5), 200);
  EXPECT_EQ(PreferenceBonusMilli(0), 0);
  EXPECT_EQ(PreferenceBonusMilli(6), 0);
}

TEST(ProgramTest, ParsesPositionalRowsWithDefaults) {
  ImportParse p = Parse("a@x.org,mentee\nB@X.org,mentor,3\nc@x.org,mentor\nd@x.org\n", 2);
  EXPECT_TRUE(p.errors.empty());
  ASSERT_EQ(p.rows.size(), 4u);
  EXPECT_EQ(p.rows[1].email, "b@x.org");
  EXPECT_EQ(p.rows[1].role, ParticipantRole::kMentor);
  EXPECT_EQ(p.rows[1].capacity, 3);
  EXPECT_EQ(p.rows[2].capacity, 2);
  EXPECT_EQ(p.rows[3].role, ParticipantRole::kMentee);
  EXPECT_EQ(p.rows[3].line, 4);
}

TEST(ProgramTest, HeaderMayReorderColumns) {
  ImportParse p = Parse("Capacity,Email,Role\r\n4,m@x.org,mentor\r\n,l@x.org,mentee\r\n");
  EXPECT_TRUE(p.errors.empty());
  ASSERT_EQ(p.rows.size(), 2u);
  EXPECT_EQ(p.rows[0].email, "m@x.org");
  EXPECT_EQ(p.rows[0].capacity, 4);
  EXPECT_EQ(p.rows[1].line, 3);
}

TEST(ProgramTest, ReportsEveryBadRowWithItsLine) {
  ImportParse p = Parse(
      "email,role,capacity\nnot-an-email,mentee,\nx@x.org,boss,\ny@x.org,mentor,99\n"
      "z@x.org,mentee,2\nw@x.org,mentee,,extra\nok@x.org,mentor,1\nOK@x.org,mentee\n");
  ASSERT_EQ(p.errors.size(), 5u);
  EXPECT_EQ(p.errors[0].line, 2);
  EXPECT_EQ(p.errors[0].field, "email");
  EXPECT_EQ(p.errors[1].line, 3);
  EXPECT_EQ(p.errors[1].field, "role");
  EXPECT_EQ(p.errors[2].field, "capacity");
  EXPECT_EQ(p.errors[3].field, "capacity");
  EXPECT_EQ(p.errors[4].field, "row");
  ASSERT_EQ(p.rows.size(), 1u);
  ASSERT_EQ(p.duplicates.size(), 1u);
  EXPECT_EQ(p.duplicates[0].line, 8);
}

TEST(ProgramTest, UnknownHeaderColumnIsAnError) {
  ImportParse p = Parse("email,team\na@x.org,red\n");
  ASSERT_EQ(p.errors.size(), 1u);
  EXPECT_EQ(p.errors[0].line, 1);
  EXPECT_TRUE(p.rows.empty());
}

TEST(ProgramTest, ValidatesPreferences) {
  const MemberId mentee(1), other_mentee(2), mentor_a(10), mentor_b(11);
  std::vector<Participant> all = {{mentee, ParticipantRole::kMentee},
                                  {other_mentee, ParticipantRole::kMentee},
                                  {mentor_a, ParticipantRole::kMentor, 2},
                                  {mentor_b, ParticipantRole::kMentor, 2}};
  EXPECT_TRUE(ValidatePreferences(all[0], all, {mentor_b, mentor_a}, {}).ok());
  EXPECT_TRUE(ValidatePreferences(all[0], all, {mentor_a}, {mentor_b}).ok());

  Status s = ValidatePreferences(all[0], all, {mentor_a, other_mentee, mentor_a}, {mentor_a});
  ASSERT_FALSE(s.ok());
  std::vector<std::string> fields;
  for (const auto& d : s.error().details()) fields.push_back(d.field);
  EXPECT_EQ(fields, (std::vector<std::string>{"ranked[1]", "ranked[2]", "avoid[0]"}));

  EXPECT_FALSE(ValidatePreferences(all[0], all,
                                   {mentor_a, mentor_b, mentor_a, mentor_b, mentor_a, mentor_b}, {})
                   .ok());
  // Mentors do not rank, but may avoid mentees.
  EXPECT_FALSE(ValidatePreferences(all[2], all, {mentor_b}, {}).ok());
  EXPECT_TRUE(ValidatePreferences(all[2], all, {}, {mentee}).ok());
  EXPECT_FALSE(ValidatePreferences(all[2], all, {}, {mentor_b}).ok());
}

}  // namespace
}  // namespace pln::domain
