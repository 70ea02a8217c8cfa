#include "domain/saved_search.h"

#include <vector>

#include "domain/text_rules.h"

namespace pln::domain {
namespace {

using L = SavedSearchLimits;

// Cuts UTF-8 text to at most `max` bytes without splitting a character.
std::string CutUtf8(std::string s, size_t max) {
  if (s.size() <= max) return s;
  size_t end = max;
  while (end > 0 && (static_cast<unsigned char>(s[end]) & 0xC0) == 0x80) --end;
  s.resize(end);
  while (!s.empty() && s.back() == ' ') s.pop_back();
  return s;
}

}  // namespace

std::string_view ToString(AlertPeriod p) {
  switch (p) {
    case AlertPeriod::kInstant: return "instant";
    case AlertPeriod::kDaily: return "daily";
    case AlertPeriod::kWeekly: return "weekly";
  }
  return "daily";
}

std::optional<AlertPeriod> ParseAlertPeriod(std::string_view s) {
  if (s == "instant") return AlertPeriod::kInstant;
  if (s == "daily") return AlertPeriod::kDaily;
  if (s == "weekly") return AlertPeriod::kWeekly;
  return std::nullopt;
}

int64_t PeriodMs(AlertPeriod p) {
  switch (p) {
    case AlertPeriod::kInstant: return L::kInstantGapMs;
    case AlertPeriod::kDaily: return L::kDayMs;
    case AlertPeriod::kWeekly: return 7 * L::kDayMs;
  }
  return L::kDayMs;
}

Result<SavedSearchInput> ValidateSavedSearch(SavedSearchInput in) {
  std::vector<FieldError> errors;
  in.name = CheckLine(in.name, "name", L::kName, false, errors);
  if (!in.name.empty()) CheckShownText(in.name, "name", errors);
  Result<OpportunityQuery> query = ValidateOpportunityQuery(std::move(in.query));
  if (!query.ok()) {
    for (const FieldError& e : query.error().details()) {
      errors.push_back({"query." + e.field, e.message});
    }
  } else {
    in.query = std::move(*query);
  }
  if (!errors.empty()) return ValidationError(std::move(errors));
  if (in.name.empty()) in.name = CutUtf8(DescribeQuery(in.query), L::kName);
  return in;
}

Status CheckSavedSearchCount(int existing) {
  if (existing >= L::kMaxPerMember) {
    return ConflictError("too_many_saved_searches",
                         "You can keep at most " + std::to_string(L::kMaxPerMember) +
                             " saved searches; delete one to save another.");
  }
  return Status::Ok();
}

bool AlertDue(AlertPeriod period, std::optional<int64_t> last_alert_at, int64_t now) {
  return !last_alert_at || now - *last_alert_at >= PeriodMs(period);
}

bool NewMatch(const OpportunityQuery& query, MemberId owner, int64_t saved_at, const Opportunity& o,
              int64_t posted_at) {
  return posted_at >= saved_at && o.poster != owner && Matches(query, o.post);
}

bool StillAlertable(const OpportunityQuery& query, MemberId owner, const Opportunity& o,
                    bool blocked, int64_t now) {
  return !blocked && o.poster != owner && StateAt(o, now) == OpportunityState::kOpen &&
         Matches(query, o.post);
}

std::string AlertTitle(size_t count, std::string_view search_name) {
  const bool one = count == 1;
  return std::to_string(count) + (one ? " new opportunity matches " : " new opportunities match ") +
         "\u201c" + std::string(search_name) + "\u201d";
}

}  // namespace pln::domain
