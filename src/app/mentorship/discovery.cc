#include "app/mentorship/discovery.h"

#include <algorithm>
#include <cmath>
#include <string>
#include <utility>
#include <vector>

#include "app/cursor.h"
#include "app/mentorship/askability.h"
#include "app/mentorship/loading.h"
#include "base/text.h"
#include "domain/mentor_fit.h"
#include "domain/relationship.h"

namespace pln::app {
namespace {

constexpr int64_t kDayMs = 24LL * 3600 * 1000;

// Discovery weights: fit dominates; the rest break ties between good fits.
constexpr double kFitWeight = 0.55, kProximityWeight = 0.15, kResponseWeight = 0.15,
                 kCapacityWeight = 0.15;

double ResponsivenessScore(const std::optional<int64_t>& median_ms) {
  if (!median_ms) return 0.5;  // unknown: neither rewarded nor punished
  const double days = static_cast<double>(*median_ms) / static_cast<double>(kDayMs);
  return 1.0 / (1.0 + days / 2.0);
}

bool ListsName(const std::vector<std::string>& names, const std::string& wanted) {
  const std::string folded = AsciiLower(wanted);
  return std::any_of(names.begin(), names.end(),
                     [&](const std::string& n) { return AsciiLower(n) == folded; });
}

class RankedMentorDiscovery final : public MentorDiscovery {
 public:
  RankedMentorDiscovery(Store& store, const Clock& clock, const ProximitySource& proximity)
      : store_(store), clock_(clock), proximity_(proximity) {}

  Result<MentorPage> Find(MemberId me, const MentorSearch& search) override {
    RETURN_IF_ERROR(ValidateLimit(search.limit));
    ASSIGN_OR_RETURN(int64_t offset, DecodeCursor(search.cursor));
    if (!proximity_.Available()) return UnavailableError("the network engine is not loaded");
    std::vector<MentorMatch> ranked;
    RETURN_IF_ERROR(store_.Read([&](Tx& tx) -> Status {
      ranked.clear();
      ASSIGN_OR_RETURN(auto self, tx.members().Get(me));
      if (!self) return NotFoundError("member");
      ASSIGN_OR_RETURN(auto offers, tx.mentorship().ListOpenOffers());
      std::vector<MemberId> ids;
      for (const auto& o : offers) {
        if (o.mentor == me) continue;
        if (search.field && !ListsName(o.fields, *search.field)) continue;
        if (search.skill && !ListsName(o.skills, *search.skill)) continue;
        ids.push_back(o.mentor);
      }
      ASSIGN_OR_RETURN(auto people, LoadMembers(tx, ids));
      ASSIGN_OR_RETURN(auto rels, tx.connections().Relationships(me, ids));
      ASSIGN_OR_RETURN(auto stats, tx.mentorship().Stats(ids));
      ASSIGN_OR_RETURN(auto near, CloseTo(tx, proximity_, me, ids));
      ASSIGN_OR_RETURN(auto not_askable, NotAskableMentors(tx, me, clock_.NowMs()));

      domain::LearnerNeeds needs;
      if (search.skill) needs.focus_skills.push_back(*search.skill);
      for (std::string& s : domain::DeriveFocusSkills(self->profile)) {
        if (!ListsName(needs.focus_skills, s)) needs.focus_skills.push_back(std::move(s));
      }
      needs.fields = self->profile.fields;
      if (search.field && !ListsName(needs.fields, *search.field)) {
        needs.fields.push_back(*search.field);
      }
      needs.skills = self->profile.skills;
      needs.stage = self->profile.stage;
      const domain::Viewer viewer{me, domain::Role::kMember};

      for (auto& offer : offers) {
        auto person = people.find(offer.mentor);
        if (person == people.end() || offer.mentor == me) continue;
        const domain::Member& mentor = person->second;
        const domain::Relationship& rel = rels[offer.mentor];
        if (!mentor.profile.discoverable || rel.blocked_either_way()) continue;
        if (search.field && !ListsName(offer.fields, *search.field)) continue;
        if (search.skill && !ListsName(offer.skills, *search.skill)) continue;

        // The offer's areas are public to members; levels come from the
        // profile only when the learner may see the mentor's skills.
        const bool skills_visible =
            domain::CanSeeSection(viewer, rel, mentor.profile.visibility, domain::Section::kSkills);
        domain::MentorAreas areas;
        areas.fields = offer.fields;
        areas.stage = mentor.profile.stage;
        for (const std::string& s : offer.skills) {
          int level = 4;  // offering to mentor a skill claims a solid level
          if (skills_visible) {
            for (const domain::Skill& ps : mentor.profile.skills) {
              if (AsciiLower(ps.name) == AsciiLower(s)) level = std::max(3, ps.level);
            }
          }
          areas.skills.push_back({s, level});
        }
        const domain::MentorFit fit = domain::ScoreMentorFit(needs, areas);

        MentorMatch match;
        match.offer = MakeOfferView(offer, mentor, stats[offer.mentor]);
        match.full = match.offer.open_slots == 0;
        match.reasons = fit.Reasons();

        // Proximity: a warm path counts (up to 3 hops); the intermediary is
        // named only as CloseTo allows.
        const Closeness& near_mentor = near[offer.mentor];
        const double proximity = ClosenessScore(near_mentor);
        if (std::string r = DescribeCloseness(near_mentor); !r.empty()) {
          match.reasons.push_back(std::move(r));
        }
        const auto& median = match.offer.median_response_ms;
        if (median) match.reasons.push_back("answers in " + domain::DescribeDuration(*median));
        const int capacity = offer.capacity;
        match.reasons.push_back(match.full ? "no open slot right now"
                                           : std::to_string(match.offer.open_slots) + " of " +
                                                 std::to_string(capacity) + " slot" +
                                                 (capacity == 1 ? "" : "s") + " open");
        match.score = kFitWeight * fit.score + kProximityWeight * proximity +
                      kResponseWeight * ResponsivenessScore(median) +
                      kCapacityWeight * static_cast<double>(match.offer.open_slots) /
                          static_cast<double>(capacity);
        match.score = std::round(match.score * 1000) / 1000;
        if (auto no = not_askable.find(offer.mentor); no != not_askable.end()) {
          match.askable = false;
          match.not_askable_code = no->second.code;
          match.not_askable_reason = no->second.reason;
        }
        ranked.push_back(std::move(match));
      }
      return Status::Ok();
    }));
    std::stable_sort(ranked.begin(), ranked.end(), [](const MentorMatch& a, const MentorMatch& b) {
      if (a.askable != b.askable) return a.askable;
      if (a.full != b.full) return !a.full;
      if (a.score != b.score) return a.score > b.score;
      return a.offer.offer.mentor < b.offer.offer.mentor;
    });
    MentorPage page;
    const size_t begin = std::min(ranked.size(), static_cast<size_t>(offset));
    const size_t end = std::min(ranked.size(), begin + static_cast<size_t>(search.limit));
    for (size_t i = begin; i < end; ++i) page.items.push_back(std::move(ranked[i]));
    if (end < ranked.size()) page.next_cursor = EncodeCursor(static_cast<int64_t>(end));
    return page;
  }

 private:
  Store& store_;
  const Clock& clock_;
  const ProximitySource& proximity_;
};

}  // namespace

std::unique_ptr<MentorDiscovery> MakeMentorDiscovery(Store& store, const Clock& clock,
                                                     const ProximitySource& proximity) {
  return std::make_unique<RankedMentorDiscovery>(store, clock, proximity);
}

}  // namespace pln::app
