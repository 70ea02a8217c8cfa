// How a viewer relates to another member, and what that lets the viewer see.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "base/ids.h"
#include "domain/member.h"

namespace pln::domain {

// Everything the visibility and connection rules need about viewer → target.
struct Relationship {
  bool self = false;
  bool connected = false;
  bool blocked_by_target = false;             // target blocked the viewer
  bool blocking_target = false;               // viewer blocked the target
  std::optional<RequestId> pending_outgoing;  // viewer asked target
  std::optional<RequestId> pending_incoming;  // target asked viewer
  bool following = false;                     // viewer follows target
  bool followed_by = false;                   // target follows viewer
  bool blocked_either_way() const { return blocked_by_target || blocking_target; }
};

// "self" | "connected" | "pending_outgoing" | "pending_incoming" | "none"
std::string_view ConnectionState(const Relationship& r);

// Who is looking: a member, or an anonymous visitor.
struct Viewer {
  std::optional<MemberId> id;
  Role role = Role::kMember;
  bool anonymous() const { return !id.has_value(); }
};

// True if the viewer may see the member at all (blocks hide a member completely,
// in both directions). For a member viewer; where an anonymous visitor can ask,
// use the overload with the profile.
bool CanSeeMember(const Viewer& viewer, const Relationship& rel);
// As above, and an anonymous visitor sees only a member who made themselves
// visible outside the network: discoverable and with at least one public section.
// Otherwise name, headline and stage (always shown with the member) would be
// readable by anyone counting through ids.
bool CanSeeMember(const Viewer& viewer, const Relationship& rel, const Profile& profile);
// True if the viewer may see `section` of a member whose visibility settings are `vis`.
bool CanSeeSection(const Viewer& viewer, const Relationship& rel, const SectionVisibility& vis,
                   Section section);

// A member as one viewer may see them: hidden sections are empty and listed.
// What a signed-in viewer can do on another member's page: the buttons the
// web app shows ("Connect with a note", "Ask to mentor", ...).
struct MemberActions {
  bool can_connect = false;         // neither connected nor a pending request either way
  bool can_answer_request = false;  // they sent the viewer a pending request
  bool can_follow = false;          // the viewer does not follow them yet
  bool can_ask_mentor = false;      // an open mentor offer, and the viewer may ask them
  // When they offer mentoring (or say they are open to it) but cannot be asked:
  // why, in words ("your current mentor", "not taking requests right now", ...).
  std::string ask_mentor_note;
};

struct MemberView {
  MemberId id;
  std::string name, headline;
  CareerStage stage = CareerStage::kLearner;
  std::optional<std::string> bio;
  std::optional<std::string> location, organization;
  std::optional<OpenTo> open_to;
  std::optional<std::vector<std::string>> fields;
  std::optional<std::vector<Skill>> skills;
  std::optional<std::vector<std::string>> goals;
  std::vector<Section> hidden_sections;
  Relationship relationship;
  bool discoverable = true;
  // Only on a member's own page for a signed-in viewer other than them.
  std::optional<MemberActions> actions;
};

// Builds the view of `member` for `viewer`; the caller has checked CanSeeMember.
MemberView ViewOf(const Viewer& viewer, const Member& member, const Relationship& rel);

// Directory filters. Every filter matches only data the viewer may see, so a
// search can never reveal a hidden section.
struct DirectoryFilter {
  std::string text;                  // every word must appear in a visible text
  std::optional<std::string> field;  // exact field name, case-insensitive
  std::optional<std::string> skill;  // exact skill name, case-insensitive
  std::optional<CareerStage> stage;
  std::optional<std::string> open_to;  // "mentoring" | "being_mentored" | "opportunities"
};

bool MatchesDirectoryFilter(const MemberView& view, const DirectoryFilter& filter);

}  // namespace pln::domain
