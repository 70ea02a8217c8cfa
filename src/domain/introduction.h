// Warm introductions with consent (issue 18): A (the requester) asks B (the
// broker, connected to both) to introduce them to C (the target). B forwards or
// declines; C accepts or declines. Declines are silent: A sees "not possible
// this time" only once the request has expired, and never who declined; C
// hears of the request only once B forwarded it, and never reads A's note to B.
// Pure rules, no I/O.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/ids.h"
#include "base/result.h"

namespace pln::domain {

struct IntroductionLimits {
  static constexpr size_t kNote = 1000, kBlurb = 500;
  static constexpr int64_t kOpenMs = 14LL * 24 * 3600 * 1000;  // then it expires
  static constexpr int64_t kWeekMs = 7LL * 24 * 3600 * 1000;
  // Asks started by one requester, and asks reaching one broker, per rolling week.
  static constexpr int kPerRequesterPerWeek = 5, kPerBrokerPerWeek = 10;
};

// requested → forwarded | declined_by_broker; forwarded → accepted | declined_by_target;
// requested or forwarded → withdrawn (by A) | expired (by the clock).
enum class IntroductionStatus {
  kRequested,
  kForwarded,
  kDeclinedByBroker,
  kAccepted,
  kDeclinedByTarget,
  kWithdrawn,
  kExpired,
};
// "requested" | "forwarded" | "declined_by_broker" | "accepted" | "declined_by_target" |
// "withdrawn" | "expired" — the stored value; parties see ShownStatus.
std::string_view ToString(IntroductionStatus s);
std::optional<IntroductionStatus> ParseIntroductionStatus(std::string_view s);
bool IsOpen(IntroductionStatus s);  // requested or forwarded

struct Introduction {
  IntroductionId id;
  MemberId requester, broker, target;
  std::string note;   // A's private note to B (Markdown); never shown to C
  std::string blurb;  // meant for C; B may edit it when forwarding
  IntroductionStatus status = IntroductionStatus::kRequested;
  std::optional<OpportunityId> opportunity;  // asked from this opportunity's page
  int64_t created_at = 0, updated_at = 0, expires_at = 0;
  std::optional<int64_t> forwarded_at, closed_at;
  // When the requester learned the outcome (accepted, withdrawn, or — for one
  // still open or silently declined — expired); unset while it looks open to A.
  std::optional<int64_t> settled_at;
};

struct IntroductionInput {
  MemberId broker, target;
  std::string note, blurb;
  std::optional<OpportunityId> opportunity;
};
// Three different members; blurb required (≤ 500), note optional (≤ 1000).
// kValidation naming every bad field.
Result<IntroductionInput> ValidateIntroductionInput(IntroductionInput in, MemberId requester);
// The blurb B sends on (≤ 500, required).
Result<std::string> NormalizeBlurb(std::string_view blurb);

enum class IntroductionRole { kRequester, kBroker, kTarget };
// Who `member` is to the request; the target only once it was forwarded (before
// that, or after B declined, the request does not exist for C).
std::optional<IntroductionRole> RoleOf(const Introduction& intro, MemberId member);

enum class IntroductionAction { kForward, kDecline, kAccept, kWithdraw };

// B forwards or declines while requested; C accepts or declines while forwarded;
// A withdraws while open — or declined, which A cannot tell from open. kNotFound if `actor` has no
// role; kForbidden "wrong_party" for another party's action; kConflict "not_open" once closed,
// "expired" past expires_at.
Result<IntroductionStatus> DecideIntroductionTransition(const Introduction& intro, MemberId actor,
                                                        IntroductionAction action, int64_t now);

// What `role` is shown at `now`: the requester sees "requested" or "forwarded"
// while open, and "not_possible" for any decline once the request expired (before,
// a decline looks like silence); the broker does not learn that C declined either.
// Past expires_at an open request reads "expired" to B and C, "not_possible" to A.
std::string_view ShownStatus(const Introduction& intro, IntroductionRole role, int64_t now);

// Whether `role` may read A's private note to B.
inline bool CanReadNote(IntroductionRole role) {
  return role != IntroductionRole::kTarget;
}

// ---- Choosing the broker ----

struct BrokerCandidate {
  MemberId member;
  int tie_to_requester_milli = 0;             // 0..1000, how strong the tie with A is
  int tie_to_target_milli = 0;                // 0..1000, with C
  std::optional<int64_t> median_response_ms;  // how fast they answer asks; unknown if new
  int asks_this_week = 0;                     // introductions that reached them
};

// 0..1000: the weaker of the two ties counts most (an introduction is only as warm
// as its colder side), then responsiveness; 0 for a broker at the weekly limit.
int BrokerScore(const BrokerCandidate& c);

// The candidates by BrokerScore, best first, ties by member id; those at 0 dropped.
std::vector<BrokerCandidate> RankBrokers(std::vector<BrokerCandidate> candidates);

}  // namespace pln::domain
