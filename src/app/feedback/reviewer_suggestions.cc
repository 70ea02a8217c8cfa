#include "app/feedback/reviewer_suggestions.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <memory>
#include <string>
#include <unordered_set>
#include <utility>
#include <vector>

#include "app/feedback/common.h"
#include "base/text.h"
#include "domain/feedback.h"

namespace pln::app {
namespace {

using feedback_internal::ActiveMentorsOf;
using feedback_internal::kDayMs;
using feedback_internal::kNearbyLimit;
using feedback_internal::Summarize;
using feedback_internal::ToReciprocity;

class ReviewerSuggestionsImpl final : public ReviewerSuggestions {
 public:
  ReviewerSuggestionsImpl(Store& store, const Clock& clock, const ProximitySource& proximity)
      : store_(store), clock_(clock), proximity_(proximity) {}

  Result<std::vector<ReviewerSuggestion>> Suggest(MemberId me, const std::string& skill) override;

 private:
  Store& store_;
  const Clock& clock_;
  const ProximitySource& proximity_;
};

Result<std::vector<ReviewerSuggestion>> ReviewerSuggestionsImpl::Suggest(MemberId me,
                                                                         const std::string& skill) {
  ASSIGN_OR_RETURN(std::string clean, domain::NormalizeSkillName(skill));
  const std::string norm = AsciiLower(clean);
  const std::string today = domain::IsoDateOf(clock_.NowMs());
  if (!proximity_.Available()) return UnavailableError("the network engine is not loaded");
  std::vector<ReviewerSuggestion> out;
  RETURN_IF_ERROR(store_.Read([&](Tx& tx) -> Status {
    out.clear();
    ASSIGN_OR_RETURN(auto self, tx.members().Get(me));
    if (!self) return NotFoundError("member");
    int my_level = 0;
    for (const auto& s : self->profile.skills) {
      if (AsciiLower(s.name) == norm) my_level = s.level;
    }
    // Candidates: the members `me` may ask (as CreateRequest checks them).
    // NearbyMembers only says who is within reach; how close they are comes
    // from the network engine below. Blocks either way are left out by the store.
    ASSIGN_OR_RETURN(auto near, tx.feedback().NearbyMembers(me, kNearbyLimit, {}));
    ASSIGN_OR_RETURN(auto mentors, ActiveMentorsOf(tx, me));
    std::vector<MemberId> ids;
    std::unordered_set<MemberId> second_degree;
    for (const auto& n : near) {
      ids.push_back(n.id);
      if (n.hops == 2) second_degree.insert(n.id);
    }
    for (MemberId m : mentors) {
      if (std::find(ids.begin(), ids.end(), m) == ids.end()) ids.push_back(m);
    }
    if (ids.empty()) return Status::Ok();
    ASSIGN_OR_RETURN(auto members, tx.members().GetMany(ids));
    // Only candidates with the skill above mine need relationships and stats.
    std::vector<const domain::Member*> candidates;
    std::vector<MemberId> candidate_ids;
    for (const auto& m : members) {
      if (second_degree.contains(m.id) && !mentors.contains(m.id) && !m.profile.discoverable) {
        continue;
      }
      for (const auto& sk : m.profile.skills) {
        if (AsciiLower(sk.name) == norm && sk.level > my_level) {
          candidates.push_back(&m);
          candidate_ids.push_back(m.id);
        }
      }
    }
    if (candidates.empty()) return Status::Ok();
    ASSIGN_OR_RETURN(auto rels, tx.connections().Relationships(me, candidate_ids));
    ASSIGN_OR_RETURN(auto stats, tx.feedback().Stats(candidate_ids, today));
    ASSIGN_OR_RETURN(auto close, CloseTo(tx, proximity_, me, candidate_ids));
    const domain::Viewer viewer{me, self->role};
    for (const domain::Member* candidate : candidates) {
      const domain::Member& m = *candidate;
      const domain::Relationship& rel = rels[m.id];
      if (rel.blocked_either_way()) continue;
      // The level comes from the skills section: never from a hidden one.
      const domain::MemberView view = domain::ViewOf(viewer, m, rel);
      if (!view.skills) continue;
      ReviewerSuggestion s;
      s.member = Summarize(m);
      for (const auto& sk : *view.skills) {
        if (AsciiLower(sk.name) == norm) s.skill_level = sk.level;
      }
      if (s.skill_level <= my_level) continue;
      const Closeness& c = close[m.id];
      s.hops = c.hops;
      s.mutual = static_cast<int>(c.mutual_count);
      s.via = c.via;
      s.reciprocity = ToReciprocity(stats[m.id]);
      const int gap = s.skill_level - my_level;
      s.reasons.push_back("Rates " + clean + " at " + std::to_string(s.skill_level) + " of 5, " +
                          std::to_string(gap) + " above you");
      s.score += 100 * gap;
      const auto plural = [](int n, const std::string& word) {
        return std::to_string(n) + " " + word + (n == 1 ? "" : "s");
      };
      if (mentors.contains(m.id)) {
        s.reasons.push_back("Your mentor");
        s.score += 40;
      }
      if (std::string near_text = DescribeCloseness(c); !near_text.empty()) {
        near_text[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(near_text[0])));
        s.reasons.push_back(std::move(near_text));
      }
      s.score += static_cast<int>(std::lround(60 * ClosenessScore(c)));
      const Reciprocity& rec = s.reciprocity;
      if (rec.given > 0) {
        s.reasons.push_back("Gave " + plural(rec.given, "review"));
        s.score += 10 * std::min(rec.given, 5);
        if (rec.given > rec.received) s.score += 10;  // gives more than they get
        if (rec.median_response_ms && *rec.median_response_ms <= kDayMs) {
          s.reasons.push_back("Usually answers within a day");
          s.score += 40;
        } else if (rec.median_response_ms && *rec.median_response_ms <= 3 * kDayMs) {
          s.reasons.push_back("Usually answers within 3 days");
          s.score += 30;
        }
      }
      if (rec.usefulness_centis && *rec.usefulness_centis >= 400) {
        s.reasons.push_back("Reviews rated useful");
        s.score += 15;
      }
      if (rec.lapsed > 0) {
        s.reasons.push_back("Let " + plural(rec.lapsed, "request") + " lapse");
        s.score -= 25 * std::min(rec.lapsed, 4);
      }
      out.push_back(std::move(s));
    }
    std::sort(out.begin(), out.end(), [](const ReviewerSuggestion& a, const ReviewerSuggestion& b) {
      return a.score != b.score ? a.score > b.score : a.member.id < b.member.id;
    });
    if (out.size() > 10) out.resize(10);
    return Status::Ok();
  }));
  return out;
}

}  // namespace

std::unique_ptr<ReviewerSuggestions> MakeReviewerSuggestions(Store& store, const Clock& clock,
                                                             const ProximitySource& proximity) {
  return std::make_unique<ReviewerSuggestionsImpl>(store, clock, proximity);
}

}  // namespace pln::app
