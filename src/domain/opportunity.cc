#include "domain/opportunity.h"

#include <algorithm>
#include <set>

#include "base/text.h"
#include "domain/text_rules.h"

namespace pln::domain {
namespace {

using L = OpportunityLimits;

std::string Key(std::string_view name) {
  return AsciiLower(NormalizeSpace(name));
}

// An address the web app may link to: http(s), a host, printable ASCII without
// spaces, quotes or angle brackets (so it can never break out of an attribute).
bool IsLinkableUrl(std::string_view url) {
  std::string_view rest;
  if (url.starts_with("https://")) {
    rest = url.substr(8);
  } else if (url.starts_with("http://")) {
    rest = url.substr(7);
  } else {
    return false;
  }
  const size_t host_end = rest.find_first_of("/?#");
  const std::string_view host = rest.substr(0, host_end);
  if (host.empty() || host.front() == '.' || host.front() == ':' || host.find('@') != host.npos) {
    return false;
  }
  return std::all_of(url.begin(), url.end(), [](char c) {
    const auto u = static_cast<unsigned char>(c);
    return u > 0x20 && u < 0x7f && c != '"' && c != '\'' && c != '<' && c != '>' && c != '\\' &&
           c != '`';
  });
}

std::vector<SkillRequirement> CheckSkills(const std::vector<SkillRequirement>& skills,
                                          std::vector<FieldError>& errors) {
  std::vector<SkillRequirement> out;
  if (skills.size() > L::kMaxSkills) {
    errors.push_back({"skills", "must have at most " + std::to_string(L::kMaxSkills) + " entries"});
    return out;
  }
  std::set<std::string> seen;
  for (size_t i = 0; i < skills.size(); ++i) {
    const std::string at = Indexed("skills", i);
    SkillRequirement s = skills[i];
    s.name = CheckLine(s.name, at + ".name", L::kSkillName, true, errors);
    if (s.level < L::kMinLevel || s.level > L::kMaxLevel) {
      errors.push_back({at + ".level", "must be an integer from 1 to 5"});
    }
    if (s.name.empty()) continue;
    if (!seen.insert(Key(s.name)).second) {
      errors.push_back({at + ".name", "is listed twice"});
      continue;
    }
    out.push_back(std::move(s));
  }
  return out;
}

void CheckTimes(OpportunityInput& in, int64_t now, std::vector<FieldError>& errors) {
  if (in.closes_at <= now) {
    errors.push_back({"closes_at", "must be in the future"});
  } else if (in.closes_at - now > L::kMaxOpenMs) {
    errors.push_back({"closes_at", "must be within a year from now"});
  }
  if (in.kind != OpportunityKind::kEvent) {
    if (in.starts_at) errors.push_back({"starts_at", "only events have a start time"});
    if (in.ends_at) errors.push_back({"ends_at", "only events have an end time"});
    return;
  }
  if (!in.starts_at) errors.push_back({"starts_at", "is required for an event"});
  if (!in.ends_at) errors.push_back({"ends_at", "is required for an event"});
  if (!in.starts_at || !in.ends_at) return;
  if (*in.ends_at <= *in.starts_at) {
    errors.push_back({"ends_at", "must be after starts_at"});
  } else if (*in.ends_at - *in.starts_at > L::kMaxEventMs) {
    errors.push_back({"ends_at", "an event lasts at most 14 days"});
  } else if (in.closes_at > *in.ends_at) {
    errors.push_back({"closes_at", "must not be after the event ends"});
  }
}

}  // namespace

std::string_view ToString(OpportunityKind k) {
  switch (k) {
    case OpportunityKind::kJob: return "job";
    case OpportunityKind::kInternship: return "internship";
    case OpportunityKind::kProject: return "project";
    case OpportunityKind::kVolunteering: return "volunteering";
    case OpportunityKind::kEvent: return "event";
  }
  return "job";
}

std::optional<OpportunityKind> ParseOpportunityKind(std::string_view s) {
  for (OpportunityKind k :
       {OpportunityKind::kJob, OpportunityKind::kInternship, OpportunityKind::kProject,
        OpportunityKind::kVolunteering, OpportunityKind::kEvent}) {
    if (ToString(k) == s) return k;
  }
  return std::nullopt;
}

std::string_view ToString(OpportunityState s) {
  switch (s) {
    case OpportunityState::kOpen: return "open";
    case OpportunityState::kClosed: return "closed";
    case OpportunityState::kExpired: return "expired";
    case OpportunityState::kHidden: return "hidden";
  }
  return "open";
}

Result<OpportunityInput> ValidateOpportunity(OpportunityInput in, int64_t now) {
  std::vector<FieldError> errors;
  in.title = CheckLine(in.title, "title", L::kTitle, true, errors);
  if (!in.title.empty()) CheckShownText(in.title, "title", errors);
  in.organization = CheckLine(in.organization, "organization", L::kOrganization, true, errors);
  if (!in.organization.empty()) CheckShownText(in.organization, "organization", errors);
  in.location = CheckLine(in.location, "location", L::kLocation, false, errors);
  if (in.location.empty() && !in.remote) {
    errors.push_back({"location", "is required unless the opportunity is remote"});
  }
  in.description = CheckText(in.description, "description", L::kDescription, true, errors);
  in.skills = CheckSkills(in.skills, errors);
  in.fields = CheckNames(in.fields, "fields", L::kFieldName, L::kMaxFields, false, errors);
  std::sort(in.stages.begin(), in.stages.end());
  in.stages.erase(std::unique(in.stages.begin(), in.stages.end()), in.stages.end());
  in.apply_url = NormalizeSpace(in.apply_url);
  if (in.apply_url.size() > L::kApplyUrl) {
    errors.push_back({"apply_url", LimitMessage(L::kApplyUrl)});
  } else if (!in.apply_url.empty() && !IsLinkableUrl(in.apply_url)) {
    errors.push_back({"apply_url", "must be an http:// or https:// address without spaces"});
  }
  CheckTimes(in, now, errors);
  if (!errors.empty()) return ValidationError(std::move(errors));
  return in;
}

OpportunityState StateAt(const Opportunity& o, int64_t now) {
  if (o.hidden_at) return OpportunityState::kHidden;
  if (o.closed_at) return OpportunityState::kClosed;
  if (o.post.closes_at <= now) return OpportunityState::kExpired;
  return OpportunityState::kOpen;
}

Status CheckRepost(const Opportunity& o, int64_t new_closes_at, int64_t now) {
  const OpportunityState state = StateAt(o, now);
  if (state == OpportunityState::kHidden) {
    return ConflictError("hidden", "a hidden opportunity cannot be reposted");
  }
  if (state == OpportunityState::kOpen) {
    return ConflictError("open", "the opportunity is still open; edit its closing date instead");
  }
  OpportunityInput again = o.post;
  again.closes_at = new_closes_at;
  RETURN_IF_ERROR(ValidateOpportunity(std::move(again), now));
  return Status::Ok();
}

Result<std::string> NormalizeInterestNote(std::string_view note) {
  std::vector<FieldError> errors;
  std::string clean = CheckText(note, "note", L::kInterestNote, false, errors);
  if (!errors.empty()) return ValidationError(std::move(errors));
  return clean;
}

SkillFit ComputeSkillFit(const std::vector<SkillRequirement>& asked,
                         const std::vector<EvidencedSkill>& have) {
  SkillFit fit;
  // Credit per asked skill, in thousandths of a full match.
  auto credit = [&](const SkillRequirement& want) -> int {
    const std::string key = Key(want.name);
    for (const EvidencedSkill& h : have) {
      if (Key(h.name) != key) continue;
      const int vouched = h.endorsements > 0 || h.reviewed ? 1000 : 800;
      if (h.level >= want.level) return vouched;
      if (h.level + 1 == want.level) return vouched / 2;
      return 0;
    }
    return 0;
  };
  int64_t required_credit = 0, nice_credit = 0;
  for (const SkillRequirement& want : asked) {
    const int c = credit(want);
    const bool full_level = c >= 800;
    if (want.required) {
      ++fit.required_total;
      required_credit += c;
      if (full_level) {
        ++fit.required_met;
        fit.met.push_back(want.name);
      } else {
        fit.missing.push_back(want.name);
      }
    } else {
      ++fit.nice_total;
      nice_credit += c;
      if (full_level) ++fit.nice_met;
    }
  }
  // A post that asks for nothing in a part gives that part in full: nobody falls short of it.
  const int64_t required_part =
      fit.required_total == 0 ? 1000 : required_credit / fit.required_total;
  const int64_t nice_part = fit.nice_total == 0 ? 1000 : nice_credit / fit.nice_total;
  fit.score_milli = static_cast<int>((required_part * 800 + nice_part * 200) / 1000);
  return fit;
}

}  // namespace pln::domain
