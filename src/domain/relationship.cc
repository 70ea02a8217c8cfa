#include "domain/relationship.h"

#include "base/text.h"

namespace pln::domain {

std::string_view ConnectionState(const Relationship& r) {
  if (r.self) return "self";
  if (r.connected) return "connected";
  if (r.pending_outgoing) return "pending_outgoing";
  if (r.pending_incoming) return "pending_incoming";
  return "none";
}

bool CanSeeMember(const Viewer& viewer, const Relationship& rel) {
  if (viewer.anonymous()) return true;  // section rules decide what an anonymous visitor sees
  return rel.self || !rel.blocked_either_way();
}

bool CanSeeMember(const Viewer& viewer, const Relationship& rel, const Profile& profile) {
  if (!viewer.anonymous()) return CanSeeMember(viewer, rel);
  if (!profile.discoverable) return false;
  for (Section s : kAllSections) {
    if (profile.visibility.Of(s) == Visibility::kPublic) return true;
  }
  return false;
}

bool CanSeeSection(const Viewer& viewer, const Relationship& rel, const SectionVisibility& vis,
                   Section section) {
  if (rel.self) return true;
  if (!CanSeeMember(viewer, rel)) return false;
  switch (vis.Of(section)) {
    case Visibility::kPublic: return true;
    case Visibility::kMembers: return !viewer.anonymous();
    case Visibility::kConnections: return !viewer.anonymous() && rel.connected;
  }
  return false;
}

MemberView ViewOf(const Viewer& viewer, const Member& member, const Relationship& rel) {
  const Profile& p = member.profile;
  MemberView v;
  v.id = member.id;
  v.name = p.name;
  v.headline = p.headline;
  v.stage = p.stage;
  v.relationship = rel;
  v.discoverable = p.discoverable;
  for (Section s : kAllSections) {
    if (!CanSeeSection(viewer, rel, p.visibility, s)) {
      v.hidden_sections.push_back(s);
      continue;
    }
    switch (s) {
      case Section::kBio: v.bio = p.bio; break;
      case Section::kDetails:
        v.location = p.location;
        v.organization = p.organization;
        v.open_to = p.open_to;
        break;
      case Section::kSkills:
        v.fields = p.fields;
        v.skills = p.skills;
        break;
      case Section::kGoals: v.goals = p.goals; break;
      case Section::kConnections: break;  // the list itself is served by its own route
    }
  }
  return v;
}

namespace {

bool EqualsFolded(std::string_view a, std::string_view folded) {
  return AsciiLower(a) == folded;
}

// `word` is folded (FoldSearchWord); so is each text it is looked for in, so
// "sofia" finds "Sofía" exactly as the store's search_text prefilter does.
bool ContainsWord(std::string_view text, std::string_view word) {
  return FoldSearchWords(text).find(word) != std::string::npos;
}

bool WordVisible(const MemberView& v, std::string_view word) {
  if (ContainsWord(v.name, word) || ContainsWord(v.headline, word)) return true;
  if (v.location && ContainsWord(*v.location, word)) return true;
  if (v.organization && ContainsWord(*v.organization, word)) return true;
  if (v.fields) {
    for (const auto& f : *v.fields) {
      if (ContainsWord(f, word)) return true;
    }
  }
  if (v.skills) {
    for (const auto& s : *v.skills) {
      if (ContainsWord(s.name, word)) return true;
    }
  }
  return false;
}

}  // namespace

bool MatchesDirectoryFilter(const MemberView& v, const DirectoryFilter& f) {
  for (const std::string& word : SplitWords(f.text)) {
    if (!WordVisible(v, FoldSearchWord(word))) return false;
  }
  if (f.stage && v.stage != *f.stage) return false;
  if (f.field) {
    if (!v.fields) return false;
    std::string want = AsciiLower(*f.field);
    bool found = false;
    for (const auto& x : *v.fields) found = found || EqualsFolded(x, want);
    if (!found) return false;
  }
  if (f.skill) {
    if (!v.skills) return false;
    std::string want = AsciiLower(*f.skill);
    bool found = false;
    for (const auto& x : *v.skills) found = found || EqualsFolded(x.name, want);
    if (!found) return false;
  }
  if (f.open_to) {
    if (!v.open_to) return false;
    if (*f.open_to == "mentoring" && !v.open_to->mentoring) return false;
    if (*f.open_to == "being_mentored" && !v.open_to->being_mentored) return false;
    if (*f.open_to == "opportunities" && !v.open_to->opportunities) return false;
  }
  return true;
}

}  // namespace pln::domain
