// The home feed (issue 19): posts from the member's connections, followed
// members and groups, in pages that stay stable while new posts arrive and
// that end. Arrangement (no author twice in a row, fewer from a group, the
// "for you" order and its reasons) is domain/feed.h's. Thread-safe
// (stateless over Store).
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "app/community/posts.h"
#include "app/repositories.h"
#include "base/clock.h"
#include "base/result.h"
#include "domain/feed.h"

namespace pln::app {

struct FeedCardView {
  PostView post;
  std::vector<PostView> more_from_author;  // folded in, newest first
  std::string reason;                      // "for you" only
};

struct FeedPage {
  std::vector<FeedCardView> items;
  std::string next_cursor;  // empty when caught up
  bool caught_up = false;   // the feed has nothing older
};

class Feed {
 public:
  virtual ~Feed() = default;
  // `cursor` from the previous page; limit 1..50. kMalformed "bad_cursor".
  virtual Result<FeedPage> Page(MemberId me, domain::FeedOrder order, const std::string& cursor,
                                int limit) = 0;
};

// Borrows `store` and `clock`; they must outlive the result.
std::unique_ptr<Feed> MakeFeed(Store& store, const Clock& clock);

}  // namespace pln::app
