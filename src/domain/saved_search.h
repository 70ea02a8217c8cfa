// Saved searches with alerts (issue 18, item 3): a member keeps an opportunity
// query under a name and hears, in-app, about new posts that match it — at most
// one alert per saved search per delivery period, never about the same post
// twice. What a valid saved search is, when its alert is due and which posts
// may be told about. Pure rules, no I/O; the store keeps the pending and told
// posts, the app runs the rules (app/saved_searches/).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "base/ids.h"
#include "base/result.h"
#include "domain/opportunity.h"
#include "domain/opportunity_query.h"

namespace pln::domain {

// How often a saved search may alert. Instant alerts as soon as something
// matches, but still at most once per kInstantGapMs: a poster who publishes
// ten jobs in a row causes one alert, not ten.
enum class AlertPeriod { kInstant, kDaily, kWeekly };
// "instant" | "daily" | "weekly"
std::string_view ToString(AlertPeriod p);
std::optional<AlertPeriod> ParseAlertPeriod(std::string_view s);

struct SavedSearchLimits {
  static constexpr size_t kName = 80;
  static constexpr int kMaxPerMember = 10;
  static constexpr int64_t kInstantGapMs = 10LL * 60 * 1000;  // 10 minutes
  static constexpr int64_t kDayMs = 24LL * 3600 * 1000;
  // Titles named in an alert's body; the link leads to the rest.
  static constexpr size_t kTitlesInAlert = 3;
};

// The least time between two alerts of one saved search.
int64_t PeriodMs(AlertPeriod p);

struct SavedSearchInput {
  std::string name;  // empty: named after the query (DescribeQuery)
  OpportunityQuery query;
  AlertPeriod period = AlertPeriod::kDaily;
  bool operator==(const SavedSearchInput&) const = default;
};

// Trims the name (one line, at most 80 characters; an empty one becomes the
// query's description, cut to 80) and validates the query; kValidation naming
// every bad field, the query's as "query.keywords", "query.fields[1]", ….
Result<SavedSearchInput> ValidateSavedSearch(SavedSearchInput input);

// kConflict "too_many_saved_searches" when a member who has `existing` saved
// searches may not save another.
Status CheckSavedSearchCount(int existing);

// The alert rule. An alert is due when something is pending and a whole
// period has passed since the previous alert; a saved search that never
// alerted may alert at once. So at most one alert per period, and the first
// match of a daily search is told without waiting a day.
bool AlertDue(AlertPeriod period, std::optional<int64_t> last_alert_at, int64_t now);

// Whether the post `o`, which became open (posted or reposted) at
// `posted_at`, is new for a saved search of `owner` made at `saved_at`: posted
// after the search was saved, by someone else, and matching `query`. Checked
// when a post is recorded as pending.
bool NewMatch(const OpportunityQuery& query, MemberId owner, int64_t saved_at, const Opportunity& o,
              int64_t posted_at);

// Whether a pending post may still be told at `now`: still open (not closed,
// hidden or expired), still matching (the post or the query may have been
// edited since), by someone else, and no block between the two members in
// either direction (`blocked`).
bool StillAlertable(const OpportunityQuery& query, MemberId owner, const Opportunity& o,
                    bool blocked, int64_t now);

// "3 new opportunities match “Data jobs, remote”", "1 new opportunity matches “…”".
std::string AlertTitle(size_t count, std::string_view search_name);

}  // namespace pln::domain
