#include "domain/member.h"

#include <algorithm>
#include <set>

#include "base/text.h"
#include "domain/text_rules.h"

namespace pln::domain {

std::string_view ToString(Role r) {
  switch (r) {
    case Role::kMember: return "member";
    case Role::kProgramLead: return "program_lead";
    case Role::kAdmin: return "admin";
  }
  return "member";
}

std::string_view ToString(CareerStage s) {
  switch (s) {
    case CareerStage::kLearner: return "learner";
    case CareerStage::kEarlyCareer: return "early_career";
    case CareerStage::kExperienced: return "experienced";
  }
  return "learner";
}

std::string_view ToString(Visibility v) {
  switch (v) {
    case Visibility::kPublic: return "public";
    case Visibility::kMembers: return "members";
    case Visibility::kConnections: return "connections";
  }
  return "connections";
}

std::string_view ToString(Section s) {
  switch (s) {
    case Section::kBio: return "bio";
    case Section::kDetails: return "details";
    case Section::kSkills: return "skills";
    case Section::kGoals: return "goals";
    case Section::kConnections: return "connections";
  }
  return "bio";
}

std::optional<Role> ParseRole(std::string_view s) {
  for (Role r : {Role::kMember, Role::kProgramLead, Role::kAdmin}) {
    if (ToString(r) == s) return r;
  }
  return std::nullopt;
}

std::optional<CareerStage> ParseCareerStage(std::string_view s) {
  for (CareerStage c :
       {CareerStage::kLearner, CareerStage::kEarlyCareer, CareerStage::kExperienced}) {
    if (ToString(c) == s) return c;
  }
  return std::nullopt;
}

std::optional<Visibility> ParseVisibility(std::string_view s) {
  for (Visibility v : {Visibility::kPublic, Visibility::kMembers, Visibility::kConnections}) {
    if (ToString(v) == s) return v;
  }
  return std::nullopt;
}

std::optional<Section> ParseSection(std::string_view s) {
  for (Section sec : kAllSections) {
    if (ToString(sec) == s) return sec;
  }
  return std::nullopt;
}

Visibility SectionVisibility::Of(Section s) const {
  return const_cast<SectionVisibility*>(this)->Of(s);
}

Visibility& SectionVisibility::Of(Section s) {
  switch (s) {
    case Section::kBio: return bio;
    case Section::kDetails: return details;
    case Section::kSkills: return skills;
    case Section::kGoals: return goals;
    case Section::kConnections: return connections;
  }
  return connections;
}

namespace {

std::string TooLong(size_t max) {
  return "must be at most " + std::to_string(max) + " characters";
}

// Normalises one line of text (no newlines allowed) and checks its length.
std::string CleanLine(std::string_view value, std::string_view field, size_t max, bool required,
                      std::vector<FieldError>& errors) {
  if (!IsValidUtf8(value)) {
    errors.push_back({std::string(field), "must be valid UTF-8 text"});
    return {};
  }
  std::string clean = NormalizeSpace(value);
  if (HasControlChars(clean, /*allow_newlines=*/false)) {
    errors.push_back({std::string(field), "must not contain control characters"});
  } else if (required && clean.empty()) {
    errors.push_back({std::string(field), "must not be empty"});
  } else if (Utf8Length(clean) > max) {
    errors.push_back({std::string(field), TooLong(max)});
  }
  return clean;
}

// A name or headline: a line that must also show as what it is.
std::string CleanShownLine(std::string_view value, std::string_view field, size_t max,
                           bool required, std::vector<FieldError>& errors) {
  const size_t before = errors.size();
  std::string clean = CleanLine(value, field, max, required, errors);
  if (errors.size() == before) CheckShownText(clean, field, errors);
  return clean;
}

// Free text may keep line breaks; only the ends are trimmed.
std::string CleanText(std::string_view value, std::string_view field, size_t max,
                      std::vector<FieldError>& errors) {
  if (!IsValidUtf8(value)) {
    errors.push_back({std::string(field), "must be valid UTF-8 text"});
    return {};
  }
  size_t b = value.find_first_not_of(" \t\r\n");
  size_t e = value.find_last_not_of(" \t\r\n");
  std::string clean = b == std::string_view::npos ? "" : std::string(value.substr(b, e - b + 1));
  if (HasControlChars(clean, /*allow_newlines=*/true)) {
    errors.push_back({std::string(field), "must not contain control characters"});
  } else if (Utf8Length(clean) > max) {
    errors.push_back({std::string(field), TooLong(max)});
  }
  return clean;
}

std::vector<std::string> CleanList(const std::vector<std::string>& values, std::string_view field,
                                   size_t max_items, size_t max_len,
                                   std::vector<FieldError>& errors) {
  std::vector<std::string> out;
  if (values.size() > max_items) {
    errors.push_back({std::string(field), "at most " + std::to_string(max_items) + " entries"});
    return out;
  }
  std::set<std::string> seen;
  for (size_t i = 0; i < values.size(); ++i) {
    std::string path = std::string(field) + "[" + std::to_string(i) + "]";
    std::string clean = CleanLine(values[i], path, max_len, /*required=*/true, errors);
    if (clean.empty()) continue;
    if (!seen.insert(AsciiLower(clean)).second) {
      errors.push_back({path, "is listed twice"});
      continue;
    }
    out.push_back(std::move(clean));
  }
  return out;
}

}  // namespace

Result<Profile> ApplyProfilePatch(const Profile& current, const ProfilePatch& patch) {
  Profile p = current;
  std::vector<FieldError> errors;
  using L = ProfileLimits;
  if (patch.name) p.name = CleanShownLine(*patch.name, "name", L::kName, true, errors);
  if (patch.headline)
    p.headline = CleanShownLine(*patch.headline, "headline", L::kHeadline, false, errors);
  if (patch.bio) p.bio = CleanText(*patch.bio, "bio", L::kBio, errors);
  if (patch.location)
    p.location = CleanLine(*patch.location, "location", L::kLocation, false, errors);
  if (patch.organization) {
    p.organization =
        CleanLine(*patch.organization, "organization", L::kOrganization, false, errors);
  }
  if (patch.stage) p.stage = *patch.stage;
  if (patch.fields)
    p.fields = CleanList(*patch.fields, "fields", L::kMaxFields, L::kFieldName, errors);
  if (patch.goals) {
    p.goals.clear();
    if (patch.goals->size() > L::kMaxGoals) {
      errors.push_back({"goals", "at most " + std::to_string(L::kMaxGoals) + " entries"});
    } else {
      for (size_t i = 0; i < patch.goals->size(); ++i) {
        std::string path = "goals[" + std::to_string(i) + "]";
        std::string g = CleanLine((*patch.goals)[i], path, L::kGoal, true, errors);
        if (!g.empty()) p.goals.push_back(std::move(g));
      }
    }
  }
  if (patch.skills) {
    p.skills.clear();
    if (patch.skills->size() > L::kMaxSkills) {
      errors.push_back({"skills", "at most " + std::to_string(L::kMaxSkills) + " entries"});
    } else {
      std::set<std::string> seen;
      for (size_t i = 0; i < patch.skills->size(); ++i) {
        const Skill& s = (*patch.skills)[i];
        std::string path = "skills[" + std::to_string(i) + "]";
        std::string name = CleanLine(s.name, path + ".name", L::kSkillName, true, errors);
        bool ok = !name.empty();
        if (s.level < 1 || s.level > 5) {
          errors.push_back({path + ".level", "must be between 1 and 5"});
          ok = false;
        }
        if (ok && !seen.insert(AsciiLower(name)).second) {
          errors.push_back({path + ".name", "is listed twice"});
          ok = false;
        }
        if (ok) p.skills.push_back({std::move(name), s.level});
      }
    }
  }
  if (patch.open_mentoring) p.open_to.mentoring = *patch.open_mentoring;
  if (patch.open_being_mentored) p.open_to.being_mentored = *patch.open_being_mentored;
  if (patch.open_opportunities) p.open_to.opportunities = *patch.open_opportunities;
  if (patch.vis_bio) p.visibility.bio = *patch.vis_bio;
  if (patch.vis_details) p.visibility.details = *patch.vis_details;
  if (patch.vis_skills) p.visibility.skills = *patch.vis_skills;
  if (patch.vis_goals) p.visibility.goals = *patch.vis_goals;
  if (patch.vis_connections) p.visibility.connections = *patch.vis_connections;
  if (patch.discoverable) p.discoverable = *patch.discoverable;
  if (!errors.empty()) return ValidationError(std::move(errors));
  return p;
}

Result<std::string> NormalizeEmail(std::string_view email) {
  std::string e = AsciiLower(NormalizeSpace(email));
  auto fail = [](std::string msg) { return ValidationError({{"email", std::move(msg)}}); };
  if (e.empty()) return fail("is required");
  if (e.size() > 254) return fail("must be at most 254 characters");
  if (!IsValidUtf8(e) || HasControlChars(e, false) || e.find(' ') != std::string::npos) {
    return fail("is not a valid e-mail address");
  }
  size_t at = e.find('@');
  if (at == std::string::npos || at == 0 || at != e.rfind('@') || at + 1 >= e.size()) {
    return fail("is not a valid e-mail address");
  }
  std::string_view domain = std::string_view(e).substr(at + 1);
  if (domain.find('.') == std::string_view::npos || domain.front() == '.' || domain.back() == '.' ||
      domain.find("..") != std::string_view::npos) {
    return fail("is not a valid e-mail address");
  }
  return e;
}

Status ValidateNewPassword(std::string_view password, std::string_view field) {
  auto fail = [&](std::string msg) {
    return ValidationError({{std::string(field), std::move(msg)}});
  };
  if (!IsValidUtf8(password)) return fail("must be valid UTF-8 text");
  size_t n = Utf8Length(password);
  if (n < 8) return fail("must be at least 8 characters");
  if (n > 256) return fail("must be at most 256 characters");
  if (NormalizeSpace(password).empty()) return fail("must not be only spaces");
  return Status::Ok();
}

Result<std::string> NormalizeName(std::string_view name, std::string_view field) {
  std::vector<FieldError> errors;
  std::string clean = CleanShownLine(name, field, ProfileLimits::kName, true, errors);
  if (!errors.empty()) return ValidationError(std::move(errors));
  return clean;
}

}  // namespace pln::domain
