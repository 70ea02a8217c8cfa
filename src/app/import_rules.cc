#include "app/import_rules.h"

#include <functional>
#include <string>
#include <string_view>

#include "domain/connection.h"
#include "domain/feedback.h"
#include "domain/group.h"
#include "domain/introduction.h"
#include "domain/member.h"
#include "domain/mentorship.h"
#include "domain/opportunity.h"
#include "domain/post.h"
#include "domain/program.h"
#include "domain/saved_search.h"

namespace pln::app {
namespace {

Error Invalid(std::string message) {
  return Error(ErrorKind::kMalformed, "invalid_export_row", std::move(message));
}

// A column that must hold one of an enum's names, as the store reads it back.
struct EnumColumn {
  std::string_view table, column;
  std::function<bool(std::string_view)> known;
  std::string_view what;  // "a career stage (learner, early_career or experienced)"
};

template <typename Parse>
std::function<bool(std::string_view)> Parses(Parse parse) {
  return [parse](std::string_view s) { return parse(s).has_value(); };
}

const std::vector<EnumColumn>& EnumColumns() {
  using namespace domain;
  const std::string_view visibility = "a visibility (public, members or connections)";
  static const std::vector<EnumColumn> columns = {
      {"members", "role", Parses(ParseRole), "a role (member, program_lead or admin)"},
      {"members", "stage", Parses(ParseCareerStage),
       "a career stage (learner, early_career or experienced)"},
      {"members", "vis_bio", Parses(ParseVisibility), visibility},
      {"members", "vis_details", Parses(ParseVisibility), visibility},
      {"members", "vis_skills", Parses(ParseVisibility), visibility},
      {"members", "vis_goals", Parses(ParseVisibility), visibility},
      {"members", "vis_connections", Parses(ParseVisibility), visibility},
      {"connection_requests", "status", Parses(ParseRequestStatus),
       "a connection request status (pending, accepted, declined or withdrawn)"},
      {"feedback_reviewers", "status", Parses(ParseReviewerStatus), "a reviewer status"},
      {"mentor_offers", "format", Parses(ParseMentorFormat),
       "a mentoring format (video, in_person, chat or mixed)"},
      {"mentor_offers", "cadence", Parses(ParseCadence), "a cadence (weekly, biweekly or monthly)"},
      {"mentorship_requests", "status", Parses(ParseMentorshipRequestStatus),
       "a mentorship request status"},
      {"mentorships", "status", Parses(ParseMentorshipStatus), "a mentorship status"},
      {"mentorships", "cadence", Parses(ParseCadence), "a cadence (weekly, biweekly or monthly)"},
      {"mentorship_goals", "status", Parses(ParseGoalStatus), "a goal status"},
      {"programs", "status", Parses(ParseProgramStatus),
       "a program status (draft, matching, published or closed)"},
      {"program_participants", "role", Parses(ParseParticipantRole),
       "a participant role (mentee or mentor)"},
      {"program_constraints", "rule", Parses(ParsePairRule), "a pair rule (pin or forbid)"},
      {"opportunities", "kind", Parses(ParseOpportunityKind),
       "an opportunity kind (job, internship, project, volunteering or event)"},
      {"groups", "kind", Parses(ParseGroupKind), "a group kind (topic or cohort)"},
      {"groups", "policy", Parses(ParseJoinPolicy), "a join policy (open, request or invite)"},
      {"group_members", "state", Parses(ParseMembershipState),
       "a membership state (requested, invited or member)"},
      {"group_members", "role", Parses(ParseGroupRole),
       "a group role (owner, moderator or member)"},
      {"posts", "audience", Parses(ParsePostAudience),
       "a post audience (group, connections, followers or members)"},
      {"post_reactions", "reaction", Parses(ParseReaction),
       "a reaction (like, celebrate, insightful, support or curious)"},
      {"introductions", "status", Parses(ParseIntroductionStatus),
       "an introduction status (requested, forwarded, declined_by_broker, accepted, "
       "declined_by_target, withdrawn or expired)"},
      {"saved_searches", "period", Parses(ParseAlertPeriod),
       "an alert period (instant, daily or weekly)"},
  };
  return columns;
}

// The value of a column, or nullptr when it is absent or null: NOT NULL is the
// store's to enforce (and it does, naming the column).
const DumpValue* Column(const DumpRow& row, std::string_view name) {
  for (const auto& [n, v] : row.columns) {
    if (n == name) return v.type == DumpValue::Type::kNull ? nullptr : &v;
  }
  return nullptr;
}

std::string Quoted(const DumpValue& v) {
  switch (v.type) {
    case DumpValue::Type::kNull: return "null";
    case DumpValue::Type::kInt: return std::to_string(v.i);
    case DumpValue::Type::kText: return "\"" + v.s + "\"";
  }
  return "";
}

// Text of a column that must be text; nullopt when absent or null.
Result<std::optional<std::string>> Text(const DumpRow& row, std::string_view column) {
  const DumpValue* v = Column(row, column);
  if (v == nullptr) return std::optional<std::string>();
  if (v->type != DumpValue::Type::kText) {
    return Invalid(row.table + "." + std::string(column) + " " + Quoted(*v) + " must be text");
  }
  return std::optional<std::string>(v->s);
}

Status CheckFlag(const DumpRow& row, std::string_view column) {
  const DumpValue* v = Column(row, column);
  if (v == nullptr || (v->type == DumpValue::Type::kInt && (v->i == 0 || v->i == 1))) {
    return Status::Ok();
  }
  return Invalid(row.table + "." + std::string(column) + " " + Quoted(*v) +
                 " must be 0 or 1 (false or true)");
}

Status CheckSkillLevel(const DumpRow& row) {
  const DumpValue* v = Column(row, "level");
  if (v == nullptr || (v->type == DumpValue::Type::kInt && v->i >= 1 && v->i <= 5)) {
    return Status::Ok();
  }
  return Invalid(row.table + ".level " + Quoted(*v) + " must be a skill level from 1 to 5");
}

// Runs the profile rules of the API (ApplyProfilePatch) over the columns the
// patch would set and reports the first broken one under its column name.
Status CheckProfileText(const DumpRow& row, const domain::ProfilePatch& patch,
                        std::string_view column) {
  Result<domain::Profile> checked = domain::ApplyProfilePatch(domain::Profile{}, patch);
  if (checked.ok()) return Status::Ok();
  const auto& details = checked.error().details();
  std::string problem = details.empty() ? checked.error().message() : details.front().message;
  return Invalid(row.table + "." + std::string(column) + " " + problem);
}

Status CheckMember(const DumpRow& row) {
  ASSIGN_OR_RETURN(auto email, Text(row, "email"));
  if (email) {
    Result<std::string> clean = domain::NormalizeEmail(*email);
    if (!clean.ok() || *clean != *email) {
      return Invalid("members.email \"" + *email +
                     "\" is not a valid lower-case e-mail address without surrounding spaces");
    }
  }
  for (std::string_view column : {"name", "headline", "bio", "location", "organization"}) {
    ASSIGN_OR_RETURN(auto text, Text(row, column));
    if (!text) continue;
    domain::ProfilePatch patch;
    if (column == "name") patch.name = text;
    if (column == "headline") patch.headline = text;
    if (column == "bio") patch.bio = text;
    if (column == "location") patch.location = text;
    if (column == "organization") patch.organization = text;
    RETURN_IF_ERROR(CheckProfileText(row, patch, column));
  }
  for (std::string_view column :
       {"open_mentoring", "open_being_mentored", "open_opportunities", "discoverable"}) {
    RETURN_IF_ERROR(CheckFlag(row, column));
  }
  return Status::Ok();
}

// One entry of a member's list (skill, field or goal), checked as the API would.
Status CheckListEntry(const DumpRow& row) {
  if (row.table == "member_skills") {
    RETURN_IF_ERROR(CheckSkillLevel(row));
    ASSIGN_OR_RETURN(auto name, Text(row, "name"));
    if (!name) return Status::Ok();
    domain::ProfilePatch patch;
    patch.skills = std::vector<domain::Skill>{{*name, 1}};
    return CheckProfileText(row, patch, "name");
  }
  const bool field = row.table == "member_fields";
  ASSIGN_OR_RETURN(auto text, Text(row, field ? "name" : "text"));
  if (!text) return Status::Ok();
  domain::ProfilePatch patch;
  (field ? patch.fields : patch.goals) = std::vector<std::string>{*text};
  return CheckProfileText(row, patch, field ? "name" : "text");
}

// A saved search's name as the API would take it (the query is JSON the store reads back).
Status CheckSavedSearch(const DumpRow& row) {
  ASSIGN_OR_RETURN(auto name, Text(row, "name"));
  if (!name) return Status::Ok();
  domain::SavedSearchInput in;
  in.name = *name;
  Result<domain::SavedSearchInput> checked = domain::ValidateSavedSearch(in);
  if (checked.ok() && checked->name == *name) return Status::Ok();
  return Invalid("saved_searches.name " + Quoted(*Column(row, "name")) +
                 " is not a one-line name of 1 to 80 characters");
}

}  // namespace

Status CheckImportRow(const DumpRow& row) {
  for (const EnumColumn& c : EnumColumns()) {
    if (c.table != row.table) continue;
    const DumpValue* v = Column(row, c.column);
    if (v == nullptr) continue;
    if (v->type != DumpValue::Type::kText || !c.known(v->s)) {
      return Invalid(row.table + "." + std::string(c.column) + " " + Quoted(*v) + " is not " +
                     std::string(c.what));
    }
  }
  if (row.table == "members") return CheckMember(row);
  if (row.table == "member_skills" || row.table == "member_fields" || row.table == "member_goals") {
    return CheckListEntry(row);
  }
  if (row.table == "skill_assessments") return CheckSkillLevel(row);
  if (row.table == "saved_searches") return CheckSavedSearch(row);
  return Status::Ok();
}

}  // namespace pln::app
