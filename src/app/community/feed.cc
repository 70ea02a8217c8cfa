#include "app/community/feed.h"

#include <algorithm>
#include <memory>
#include <optional>
#include <unordered_map>
#include <utility>

#include "app/cursor.h"

namespace pln::app {
namespace {

constexpr int kMaxPage = 50;
constexpr char kSeparator = '~';

// The position after the last window read and the author of the page's last
// card, as three ordinary cursors joined by '~'.
struct FeedCursor {
  PostPosition before;
  MemberId last_author;
};

Error BadCursor() {
  return Error(ErrorKind::kMalformed, "bad_cursor",
               "The cursor is not valid; start again from the first page.");
}

std::string EncodeFeedCursor(const FeedCursor& c) {
  return EncodeCursor(c.before.created_at) + kSeparator + EncodeCursor(c.before.post.value()) +
         kSeparator + EncodeCursor(c.last_author.value());
}

Result<std::optional<FeedCursor>> DecodeFeedCursor(const std::string& text) {
  if (text.empty()) return std::optional<FeedCursor>();
  std::vector<int64_t> parts;
  size_t start = 0;
  while (parts.size() < 4) {
    const size_t end = text.find(kSeparator, start);
    const std::string part = text.substr(start, end == std::string::npos ? end : end - start);
    // Each part is non-empty: an empty one would decode as "the first page".
    if (part.empty()) return BadCursor();
    ASSIGN_OR_RETURN(int64_t v, DecodeCursor(part));
    parts.push_back(v);
    if (end == std::string::npos) break;
    start = end + 1;
  }
  if (parts.size() != 3) return BadCursor();
  return std::optional<FeedCursor>(FeedCursor{{parts[0], PostId(parts[1])}, MemberId(parts[2])});
}

int ReactionTotal(const Post& p) {
  int n = 0;
  for (const auto& [r, count] : p.reactions) n += count;
  return n;
}

class FeedImpl final : public Feed {
 public:
  FeedImpl(Store& store, const Clock& clock) : store_(store), clock_(clock) {}

  Result<FeedPage> Page(MemberId me, domain::FeedOrder order, const std::string& cursor,
                        int limit) override {
    if (limit < 1 || limit > kMaxPage) {
      return ValidationError({{"limit", "must be between 1 and 50"}});
    }
    ASSIGN_OR_RETURN(std::optional<FeedCursor> at, DecodeFeedCursor(cursor));
    FeedPage page;
    RETURN_IF_ERROR(store_.Read([&](Tx& tx) -> Status {
      page = {};
      ASSIGN_OR_RETURN(FeedSources sources, tx.posts().FeedSourcesOf(me));
      ASSIGN_OR_RETURN(std::vector<GroupId> fewer, tx.posts().FewerGroups(me));
      std::optional<PostPosition> before;
      if (at) before = at->before;
      ASSIGN_OR_RETURN(std::vector<Post> window, tx.posts().FeedWindow(sources, before, limit));
      page.caught_up = static_cast<int>(window.size()) < limit;
      std::optional<PostPosition> next;
      if (!window.empty()) next = PostPosition{window.back().created_at, window.back().id};
      ASSIGN_OR_RETURN(std::vector<PostView> views,
                       community_internal::ViewsFor(tx, me, std::move(window)));

      std::vector<domain::FeedEntry> entries;
      std::unordered_map<PostId, PostView> by_id;
      for (PostView& v : views) {
        const Post& p = v.post;
        domain::FeedEntry e;
        e.post = p.id;
        e.author = p.author;
        e.created_at = p.created_at;
        e.group = p.content.group;
        e.comments = p.comment_count;
        e.reactions = ReactionTotal(p);
        if (p.author == me) {
          e.source = domain::FeedSource::kSelf;
        } else if (p.content.group) {
          e.source = domain::FeedSource::kGroup;
        } else if (std::binary_search(sources.connections.begin(), sources.connections.end(),
                                      p.author)) {
          e.source = domain::FeedSource::kConnection;
        } else {
          e.source = domain::FeedSource::kFollowed;
        }
        e.fewer_from_group = p.content.group &&
                             std::find(fewer.begin(), fewer.end(), *p.content.group) != fewer.end();
        entries.push_back(e);
        by_id.emplace(p.id, std::move(v));
      }
      std::optional<MemberId> previous;
      if (at && at->last_author.valid()) previous = at->last_author;
      const int64_t now = clock_.NowMs();
      std::optional<MemberId> last_author = previous;
      for (domain::FeedCard& card : domain::ArrangeFeedWindow(entries, order, previous, now)) {
        FeedCardView out;
        out.post = std::move(by_id.at(card.entry.post));
        for (PostId more : card.more_from_author) {
          out.more_from_author.push_back(std::move(by_id.at(more)));
        }
        if (order == domain::FeedOrder::kForYou) {
          out.reason = domain::FeedReason(card.entry, out.post.author.name,
                                          out.post.group_name.value_or(""));
        }
        last_author = card.entry.author;
        page.items.push_back(std::move(out));
      }
      if (!page.caught_up && next) {
        page.next_cursor = EncodeFeedCursor({*next, last_author.value_or(MemberId())});
      }
      return Status::Ok();
    }));
    return page;
  }

 private:
  Store& store_;
  const Clock& clock_;
};

}  // namespace

std::unique_ptr<Feed> MakeFeed(Store& store, const Clock& clock) {
  return std::make_unique<FeedImpl>(store, clock);
}

}  // namespace pln::app
