// The home feed (issue 19): how one page of posts from connections, followed
// members and the member's groups is arranged. Pure rules, no I/O.
//
// Pages are windows of the keyset order (created_at, post id), newest first:
// the store reads the next `limit` readable posts strictly older than the
// cursor, and the cursor moves to the oldest post of the window. So paging
// stays stable while new posts arrive (they are above the first page), no
// post is shown twice or skipped, and the feed ends ("you're all caught up")
// when a window comes back short. Inside a window:
//  - no two cards in a row share an author: a later post of another author is
//    moved up, and posts that cannot be separated fold into the previous card
//    of their author ("2 more from Ana");
//  - "show fewer from this group" keeps at most one post of that group;
//  - the "for you" order sorts the window by ForYouScore and says why.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/ids.h"

namespace pln::domain {

// Why a post is in the member's feed (the strongest reason when several hold).
enum class FeedSource { kSelf, kConnection, kGroup, kFollowed };

struct FeedEntry {
  PostId post;
  MemberId author;
  int64_t created_at = 0;  // ms since the epoch
  std::optional<GroupId> group;
  FeedSource source = FeedSource::kConnection;
  int comments = 0, reactions = 0;
  bool fewer_from_group = false;  // the member asked to see fewer from its group
};

struct FeedCard {
  FeedEntry entry;
  std::vector<PostId> more_from_author;  // folded in, newest first
};

enum class FeedOrder { kNewest, kForYou };

// Arranges one window (in keyset order). `previous_author` is the author of the
// last card of the page before, so that a page does not start with them either.
// Only when a whole window is by that author does its first card follow theirs.
std::vector<FeedCard> ArrangeFeedWindow(std::vector<FeedEntry> window, FeedOrder order,
                                        std::optional<MemberId> previous_author, int64_t now);

// Higher first: the source's weight (connections, then groups, then followed
// members, own posts last), discussion, and freshness (halving every 12 hours of
// age); a "fewer from this group" post counts a quarter.
double ForYouScore(const FeedEntry& e, int64_t now);

// The reason shown on a "for you" card: "Ana Lima, your connection" /
// "New in Data Science Circle" / "You follow Ana Lima" / "Your post", with
// "; 12 comments" when the discussion is lively.
std::string FeedReason(const FeedEntry& e, std::string_view author_name,
                       std::string_view group_name);

}  // namespace pln::domain
