#include "demo/opportunities.h"

#include <algorithm>
#include <cctype>
#include <string>
#include <vector>

#include "app/events/ports.h"
#include "base/text.h"
#include "demo/plan.h"
#include "demo/word_tables.h"
#include "domain/opportunity.h"

namespace pln::demo {
namespace {

using app::Tx;
using domain::OpportunityKind;

constexpr int64_t kDayMs = 24LL * 3600 * 1000;
constexpr int kPosts = 30;

std::string Capitalized(std::string_view s) {
  std::string out(s);
  if (!out.empty()) out[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(out[0])));
  return out;
}

const FieldInfo& FieldOf(const domain::Member& m, int i) {
  const auto fields = Fields();
  for (const std::string& f : m.profile.fields) {
    for (const FieldInfo& info : fields) {
      if (info.name == f) return info;
    }
  }
  return fields[static_cast<size_t>(i) % fields.size()];
}

// Post i by `poster`; `wanted` are skills to ask for (the demo login's for a
// good share of posts, so its For-you list has strong matches).
domain::OpportunityInput PostFor(const domain::Member& poster, int i,
                                 const std::vector<domain::Skill>& wanted, int64_t now) {
  const FieldInfo& field = FieldOf(poster, i);
  domain::OpportunityInput in;
  const OpportunityKind kinds[] = {OpportunityKind::kJob, OpportunityKind::kInternship,
                                   OpportunityKind::kProject, OpportunityKind::kVolunteering,
                                   OpportunityKind::kEvent};
  in.kind = kinds[i % 5];
  in.organization =
      poster.profile.organization.empty()
          ? std::string(field.companies[static_cast<size_t>(i) % field.companies.size()])
          : poster.profile.organization;
  // The roles may say "junior" already; titles add it once.
  std::string role(field.junior_roles[static_cast<size_t>(i) % field.junior_roles.size()]);
  if (role.rfind("junior ", 0) == 0) role.erase(0, 7);
  const std::string topic(field.topics[static_cast<size_t>(i) % field.topics.size()]);
  switch (in.kind) {
    case OpportunityKind::kJob: in.title = "Junior " + role; break;
    case OpportunityKind::kInternship:
      in.title = Capitalized(role) + " internship (6 months)";
      break;
    case OpportunityKind::kProject: in.title = "Open project: " + topic; break;
    case OpportunityKind::kVolunteering:
      in.title = "Volunteer " + role + " for a community nonprofit";
      break;
    case OpportunityKind::kEvent: in.title = std::string(field.name) + " meetup: " + topic; break;
  }
  in.remote = i % 3 == 0;
  in.location =
      poster.profile.location.empty() ? (in.remote ? "" : "Lisbon") : poster.profile.location;
  if (in.location.empty() && !in.remote) in.location = "Lisbon";
  in.description = "At **" + in.organization + "** we work on " + topic +
                   ".\n\nYou will pair with an experienced colleague from day one, and we "
                   "review your work every week.\n\n- Clear first-month goals\n- A mentor "
                   "inside the team\n- Time to learn";
  // Skills: the wanted ones for two posts in three, the field's otherwise.
  std::vector<domain::SkillRequirement> skills;
  if (i % 3 != 2 && !wanted.empty()) {
    for (size_t k = 0; k < wanted.size() && skills.size() < 3; ++k) {
      const auto& s = wanted[(static_cast<size_t>(i) + k) % wanted.size()];
      skills.push_back({s.name, std::clamp(s.level + (k == 2 ? 1 : 0) - (i % 2), 1, 5), true});
    }
  }
  for (size_t k = 0; skills.size() < 4 && k < field.skills.size(); ++k) {
    const std::string name(field.skills[(static_cast<size_t>(i) * 3 + k) % field.skills.size()]);
    const bool dup = std::any_of(skills.begin(), skills.end(), [&](const auto& s) {
      return AsciiLower(s.name) == AsciiLower(name);
    });
    if (!dup) skills.push_back({name, 2 + static_cast<int>(k % 2), skills.size() < 2});
  }
  in.skills = std::move(skills);
  in.fields = {std::string(field.name)};
  if (in.kind == OpportunityKind::kInternship) {
    in.stages = {domain::CareerStage::kLearner};
  } else if (in.kind == OpportunityKind::kJob) {
    in.stages = {domain::CareerStage::kLearner, domain::CareerStage::kEarlyCareer};
  }
  if (i % 4 == 1) in.apply_url = "https://jobs.example.org/" + std::to_string(i + 1);
  if (in.kind == OpportunityKind::kEvent) {
    const int64_t start = now + (3 + i % 20) * kDayMs + 18 * 3600 * 1000;
    in.starts_at = start;
    in.ends_at = start + 2 * 3600 * 1000;
    in.closes_at = start;
  } else {
    in.closes_at = now + (10 + (i * 7) % 60) * kDayMs;
  }
  return in;
}

}  // namespace

Result<DemoOpportunitySummary> SeedDemoOpportunities(app::Store& store, const Clock& clock) {
  const int64_t now = clock.NowMs();
  DemoOpportunitySummary summary;
  RETURN_IF_ERROR(store.Write([&](Tx& tx) -> Status {
    summary = {};
    ASSIGN_OR_RETURN(auto any, tx.opportunities().ListOpen(0, 0, 1));
    if (!any.empty()) return Status::Ok();
    ASSIGN_OR_RETURN(auto account, tx.members().FindAccountByEmail(kDemoEmail));
    if (!account) return Status::Ok();
    ASSIGN_OR_RETURN(auto demo, tx.members().Get(account->id));
    if (!demo) return Status::Ok();
    const MemberId me = demo->id;

    // Posters: the demo login's mentor, its connections, then other experienced members.
    std::vector<MemberId> poster_ids;
    ASSIGN_OR_RETURN(auto mentorships, tx.mentorship().ListMentorships(me));
    for (const auto& m : mentorships) {
      if (m.mentee == me && m.status == domain::MentorshipStatus::kActive) {
        poster_ids.push_back(m.mentor);
      }
    }
    ASSIGN_OR_RETURN(auto connections, tx.connections().ListConnections(me, 0, 12));
    for (const auto& c : connections) poster_ids.push_back(c.other);
    app::MemberScan scan;
    scan.limit = 60;
    scan.exclude_blocked_with = me;
    ASSIGN_OR_RETURN(auto others, tx.members().Scan(scan));
    for (const auto& m : others) {
      if (m.id != me && m.profile.stage != domain::CareerStage::kLearner)
        poster_ids.push_back(m.id);
    }
    std::vector<MemberId> unique;
    for (MemberId id : poster_ids) {
      if (std::find(unique.begin(), unique.end(), id) == unique.end()) unique.push_back(id);
    }
    ASSIGN_OR_RETURN(auto posters, tx.members().GetMany(unique));
    if (posters.empty()) return Status::Ok();

    std::vector<OpportunityId> made;
    for (int i = 0; i < kPosts; ++i) {
      const domain::Member& poster = posters[static_cast<size_t>(i) % posters.size()];
      ASSIGN_OR_RETURN(
          domain::OpportunityInput post,
          domain::ValidateOpportunity(PostFor(poster, i, demo->profile.skills, now), now));
      const int64_t at = now - (i % 12) * kDayMs;
      ASSIGN_OR_RETURN(OpportunityId id, tx.opportunities().Create(poster.id, post, at));
      RETURN_IF_ERROR(app::Emit(tx, app::OpportunityPosted{id, poster.id, false}, at, poster.id));
      made.push_back(id);
      ++summary.opportunities;
    }

    // The demo login's own post, with two connections interested; and its interest in one.
    domain::OpportunityInput own;
    own.kind = OpportunityKind::kProject;
    own.title = "Study group: portfolio projects, one evening a week";
    own.organization = "pln community";
    own.remote = true;
    own.description =
        "Let's build **one portfolio piece each** in six weeks and review each "
        "other's work every Thursday.";
    if (!demo->profile.skills.empty()) own.skills = {{demo->profile.skills[0].name, 1, true}};
    own.fields = demo->profile.fields;
    if (own.fields.size() > 2) own.fields.resize(2);
    own.closes_at = now + 21 * kDayMs;
    ASSIGN_OR_RETURN(own, domain::ValidateOpportunity(std::move(own), now));
    ASSIGN_OR_RETURN(OpportunityId mine, tx.opportunities().Create(me, own, now - kDayMs));
    RETURN_IF_ERROR(app::Emit(tx, app::OpportunityPosted{mine, me, false}, now - kDayMs, me));
    ++summary.opportunities;
    const char* notes[] = {"Count me in: I need a second case study.",
                           "I can host the first session."};
    for (size_t k = 0; k < connections.size() && k < 2; ++k) {
      const MemberId who = connections[k].other;
      const int64_t at = now - (10 - static_cast<int64_t>(k)) * 3600 * 1000;
      ASSIGN_OR_RETURN(bool added, tx.opportunities().AddInterest({mine, who, notes[k], at}));
      if (!added) continue;
      RETURN_IF_ERROR(app::Emit(tx, app::InterestExpressed{mine, who, me}, at, who));
      ++summary.interests;
    }
    for (size_t k = 0; k < made.size(); ++k) {
      ASSIGN_OR_RETURN(auto post, tx.opportunities().Get(made[k]));
      if (!post || post->poster == me || post->post.kind != OpportunityKind::kJob) continue;
      ASSIGN_OR_RETURN(bool added, tx.opportunities().AddInterest(
                                       {made[k], me, "I would love to hear more about the team.",
                                        now - 2 * 3600 * 1000}));
      if (added) {
        RETURN_IF_ERROR(app::Emit(tx, app::InterestExpressed{made[k], me, post->poster}, now, me));
        ++summary.interests;
      }
      break;
    }
    return Status::Ok();
  }));
  return summary;
}

}  // namespace pln::demo
