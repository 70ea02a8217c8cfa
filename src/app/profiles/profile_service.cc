#include "app/profiles/profile_service.h"

#include <unordered_map>

#include "app/cursor.h"
#include "app/feedback/self_assessments.h"
#include "app/mentorship/askability.h"
#include "base/text.h"

namespace pln::app {

namespace {

class ProfileService final : public Profiles {
 public:
  ProfileService(Store& store, const Clock& clock) : store_(store), clock_(clock) {}

  Result<MeView> GetMe(MemberId me) override;
  Result<MeView> UpdateProfile(MemberId me, const domain::ProfilePatch& patch) override;
  Result<domain::MemberView> GetMember(const domain::Viewer& viewer, MemberId id) override;
  Result<Page<domain::MemberView>> Search(const domain::Viewer& viewer,
                                          const domain::DirectoryFilter& filter,
                                          const std::string& cursor, int limit) override;

 private:
  Store& store_;
  const Clock& clock_;
};

// The buttons of `member`'s page for `me`. Asking needs an open offer (a
// profile that only says "open to mentoring" gets a note instead) and a mentor
// `me` may ask (app/mentorship/askability.h).
Result<domain::MemberActions> ActionsOn(Tx& tx, MemberId me, const domain::Member& member,
                                        const domain::Relationship& rel, int64_t now) {
  domain::MemberActions a;
  a.can_connect = !rel.connected && !rel.pending_outgoing && !rel.pending_incoming;
  a.can_answer_request = rel.pending_incoming.has_value();
  a.can_follow = !rel.following;
  ASSIGN_OR_RETURN(auto offer, tx.mentorship().GetOffer(member.id));
  const bool offers = offer && !offer->paused;
  if (offers) {
    ASSIGN_OR_RETURN(auto not_askable, NotAskableMentors(tx, me, now));
    if (auto no = not_askable.find(member.id); no != not_askable.end()) {
      a.ask_mentor_note = no->second.reason;
    } else {
      a.can_ask_mentor = true;
    }
  } else if (offer || member.profile.open_to.mentoring) {
    a.ask_mentor_note = "not taking mentorship requests right now";
  }
  return a;
}

}  // namespace

std::unique_ptr<Profiles> MakeProfiles(Store& store, const Clock& clock) {
  return std::make_unique<ProfileService>(store, clock);
}

Result<MeView> ProfileService::GetMe(MemberId me) {
  MeView out;
  bool found = false;
  RETURN_IF_ERROR(store_.Read([&](Tx& tx) -> Status {
    ASSIGN_OR_RETURN(auto member, tx.members().Get(me));
    if (!member) return Status::Ok();
    found = true;
    out.member = std::move(*member);
    ASSIGN_OR_RETURN(out.connection_count, tx.connections().CountConnections(me));
    return Status::Ok();
  }));
  if (!found) return NotFoundError("member");
  return out;
}

Result<MeView> ProfileService::UpdateProfile(MemberId me, const domain::ProfilePatch& patch) {
  domain::Profile updated;
  RETURN_IF_ERROR(store_.Write([&](Tx& tx) -> Status {
    ASSIGN_OR_RETURN(auto member, tx.members().Get(me));
    if (!member) return NotFoundError("member");
    ASSIGN_OR_RETURN(updated, domain::ApplyProfilePatch(member->profile, patch));
    const int64_t now = clock_.NowMs();
    RETURN_IF_ERROR(tx.members().UpdateProfile(me, updated, now));
    RETURN_IF_ERROR(RecordSelfAssessments(tx, me, member->profile.skills, updated.skills, now));
    return Emit(tx, MemberUpdated{me}, now, me);
  }));
  return GetMe(me);
}

Result<domain::MemberView> ProfileService::GetMember(const domain::Viewer& viewer, MemberId id) {
  std::optional<domain::MemberView> view;
  RETURN_IF_ERROR(store_.Read([&](Tx& tx) -> Status {
    ASSIGN_OR_RETURN(auto member, tx.members().Get(id));
    if (!member) return Status::Ok();
    domain::Relationship rel;
    if (viewer.id) {
      if (*viewer.id == id) {
        rel.self = true;
      } else {
        ASSIGN_OR_RETURN(auto rels, tx.connections().Relationships(*viewer.id, {id}));
        if (auto it = rels.find(id); it != rels.end()) rel = it->second;
      }
    }
    // A block hides the member entirely: answer exactly as for a missing one
    // (and so does a member who shows nothing to anonymous visitors).
    if (!domain::CanSeeMember(viewer, rel, member->profile)) return Status::Ok();
    view = domain::ViewOf(viewer, *member, rel);
    if (viewer.id && !rel.self) {
      ASSIGN_OR_RETURN(view->actions, ActionsOn(tx, *viewer.id, *member, rel, clock_.NowMs()));
    }
    return Status::Ok();
  }));
  if (!view) return NotFoundError("member");
  return std::move(*view);
}

Result<Page<domain::MemberView>> ProfileService::Search(const domain::Viewer& viewer,
                                                        const domain::DirectoryFilter& filter,
                                                        const std::string& cursor, int limit) {
  RETURN_IF_ERROR(ValidateLimit(limit));
  ASSIGN_OR_RETURN(int64_t after, DecodeCursor(cursor));
  if (filter.open_to && *filter.open_to != "mentoring" && *filter.open_to != "being_mentored" &&
      *filter.open_to != "opportunities") {
    return ValidationError(
        {{"open_to", "must be one of mentoring, being_mentored, opportunities"}});
  }
  if (filter.text.size() > 200) return ValidationError({{"q", "must be at most 200 characters"}});

  MemberScan scan;
  scan.only_discoverable = true;
  scan.exclude_blocked_with = viewer.id;
  for (const std::string& w : SplitWords(filter.text)) scan.text_words.push_back(FoldSearchWord(w));
  if (filter.field) scan.field = AsciiLower(NormalizeSpace(*filter.field));
  if (filter.skill) scan.skill = AsciiLower(NormalizeSpace(*filter.skill));
  scan.stage = filter.stage;
  scan.open_to = filter.open_to;
  // The store prefilters on data; visibility can only shrink the batch, so read
  // in batches until the page is full. Most members match once prefiltered, so
  // the first batch is just the page; later ones double (bounded by kMaxBatches).
  scan.limit = limit;
  constexpr int kMaxBatches = 12;

  Page<domain::MemberView> page;
  int64_t last_key = after;
  bool exhausted = false;
  RETURN_IF_ERROR(store_.Read([&](Tx& tx) -> Status {
    scan.after_id = after;
    for (int batch = 0; batch < kMaxBatches && static_cast<int>(page.items.size()) < limit;
         ++batch) {
      ASSIGN_OR_RETURN(auto members, tx.members().Scan(scan));
      if (members.empty()) {
        exhausted = true;
        break;
      }
      std::vector<MemberId> ids;
      for (const auto& m : members) ids.push_back(m.id);
      std::unordered_map<MemberId, domain::Relationship> rels;
      if (viewer.id) {
        ASSIGN_OR_RETURN(rels, tx.connections().Relationships(*viewer.id, ids));
      }
      for (const auto& m : members) {
        last_key = m.id.value();
        domain::Relationship rel;
        if (auto it = rels.find(m.id); it != rels.end()) rel = it->second;
        // The directory finds other people: the viewer's own card is never a result.
        if (viewer.id && *viewer.id == m.id) continue;
        if (!domain::CanSeeMember(viewer, rel, m.profile)) continue;
        domain::MemberView view = domain::ViewOf(viewer, m, rel);
        if (!domain::MatchesDirectoryFilter(view, filter)) continue;
        page.items.push_back(std::move(view));
        if (static_cast<int>(page.items.size()) == limit) break;
      }
      // A short batch means the store has nothing after it; if we also used the
      // whole batch, there is no next page.
      if (static_cast<int>(members.size()) < scan.limit && last_key == members.back().id.value()) {
        exhausted = true;
        break;
      }
      scan.after_id = last_key;
      scan.limit = std::min(scan.limit * 2, 400);
    }
    return Status::Ok();
  }));
  if (!exhausted) page.next_cursor = EncodeCursor(last_key);
  return page;
}

}  // namespace pln::app
