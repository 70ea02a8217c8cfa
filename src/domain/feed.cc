#include "domain/feed.h"

#include <algorithm>
#include <cmath>
#include <set>

namespace pln::domain {
namespace {

constexpr double kHalfLifeHours = 12;
constexpr double kFewerFactor = 0.25;
constexpr int kLivelyComments = 5;

double SourceWeight(FeedSource s) {
  switch (s) {
    case FeedSource::kConnection: return 1.0;
    case FeedSource::kGroup: return 0.8;
    case FeedSource::kFollowed: return 0.7;
    case FeedSource::kSelf: return 0.3;
  }
  return 0.3;
}

// Keeps the first post of each group the member sees fewer from.
std::vector<FeedEntry> ThinFewer(std::vector<FeedEntry> window) {
  std::set<GroupId> seen;
  std::vector<FeedEntry> out;
  for (FeedEntry& e : window) {
    if (e.fewer_from_group && e.group && !seen.insert(*e.group).second) continue;
    out.push_back(std::move(e));
  }
  return out;
}

}  // namespace

double ForYouScore(const FeedEntry& e, int64_t now) {
  const double age_hours = std::max<int64_t>(0, now - e.created_at) / 3'600'000.0;
  const double discussion =
      0.15 * std::log1p(std::max(0, e.comments)) + 0.05 * std::log1p(std::max(0, e.reactions));
  double score = (SourceWeight(e.source) + discussion) * std::exp2(-age_hours / kHalfLifeHours);
  if (e.fewer_from_group) score *= kFewerFactor;
  return score;
}

std::vector<FeedCard> ArrangeFeedWindow(std::vector<FeedEntry> window, FeedOrder order,
                                        std::optional<MemberId> previous_author, int64_t now) {
  std::vector<FeedEntry> pending = ThinFewer(std::move(window));
  if (order == FeedOrder::kForYou) {
    // Stable, so equal scores keep the keyset order and a page always looks the same.
    std::stable_sort(pending.begin(), pending.end(), [&](const FeedEntry& a, const FeedEntry& b) {
      return ForYouScore(a, now) > ForYouScore(b, now);
    });
  }
  std::vector<FeedCard> cards;
  std::optional<MemberId> last = previous_author;
  while (!pending.empty()) {
    auto next = std::find_if(pending.begin(), pending.end(),
                             [&](const FeedEntry& e) { return !last || e.author != *last; });
    if (next == pending.end()) {
      // Everything left is by the author of the last card: fold it in there.
      if (!cards.empty()) {
        for (const FeedEntry& e : pending) cards.back().more_from_author.push_back(e.post);
        break;
      }
      next = pending.begin();  // the whole window is by the previous page's last author
    }
    cards.push_back(FeedCard{*next, {}});
    last = next->author;
    pending.erase(next);
  }
  return cards;
}

std::string FeedReason(const FeedEntry& e, std::string_view author_name,
                       std::string_view group_name) {
  std::string out;
  switch (e.source) {
    case FeedSource::kSelf: out = "Your post"; break;
    case FeedSource::kConnection: out = std::string(author_name) + ", your connection"; break;
    case FeedSource::kGroup: out = "New in " + std::string(group_name); break;
    case FeedSource::kFollowed: out = "You follow " + std::string(author_name); break;
  }
  if (e.comments >= kLivelyComments) out += "; " + std::to_string(e.comments) + " comments";
  return out;
}

}  // namespace pln::domain
