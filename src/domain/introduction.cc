#include "domain/introduction.h"

#include <algorithm>

#include "domain/text_rules.h"

namespace pln::domain {
namespace {

using L = IntroductionLimits;
using S = IntroductionStatus;

constexpr int64_t kDayMs = 24LL * 3600 * 1000;

// 1000 within a day, falling to 200 at two weeks; 500 for someone never asked.
int Responsiveness(const std::optional<int64_t>& median_ms) {
  if (!median_ms) return 500;
  if (*median_ms <= kDayMs) return 1000;
  if (*median_ms >= 14 * kDayMs) return 200;
  return static_cast<int>(1000 - (*median_ms - kDayMs) * 800 / (13 * kDayMs));
}

}  // namespace

std::string_view ToString(IntroductionStatus s) {
  switch (s) {
    case S::kRequested: return "requested";
    case S::kForwarded: return "forwarded";
    case S::kDeclinedByBroker: return "declined_by_broker";
    case S::kAccepted: return "accepted";
    case S::kDeclinedByTarget: return "declined_by_target";
    case S::kWithdrawn: return "withdrawn";
    case S::kExpired: return "expired";
  }
  return "requested";
}

std::optional<IntroductionStatus> ParseIntroductionStatus(std::string_view s) {
  for (S v : {S::kRequested, S::kForwarded, S::kDeclinedByBroker, S::kAccepted,
              S::kDeclinedByTarget, S::kWithdrawn, S::kExpired}) {
    if (ToString(v) == s) return v;
  }
  return std::nullopt;
}

bool IsOpen(IntroductionStatus s) {
  return s == S::kRequested || s == S::kForwarded;
}

Result<IntroductionInput> ValidateIntroductionInput(IntroductionInput in, MemberId requester) {
  std::vector<FieldError> errors;
  if (!in.broker.valid()) {
    errors.push_back({"broker", "must be a member id"});
  } else if (in.broker == requester) {
    errors.push_back({"broker", "must be someone other than you"});
  }
  if (!in.target.valid()) {
    errors.push_back({"target", "must be a member id"});
  } else if (in.target == requester) {
    errors.push_back({"target", "must be someone other than you"});
  } else if (in.target == in.broker) {
    errors.push_back({"target", "must be someone other than the member introducing you"});
  }
  in.note = CheckText(in.note, "note", L::kNote, false, errors);
  in.blurb = CheckText(in.blurb, "blurb", L::kBlurb, true, errors);
  if (!errors.empty()) return ValidationError(std::move(errors));
  return in;
}

Result<std::string> NormalizeBlurb(std::string_view blurb) {
  std::vector<FieldError> errors;
  std::string clean = CheckText(blurb, "blurb", L::kBlurb, true, errors);
  if (!errors.empty()) return ValidationError(std::move(errors));
  return clean;
}

std::optional<IntroductionRole> RoleOf(const Introduction& intro, MemberId member) {
  if (member == intro.requester) return IntroductionRole::kRequester;
  if (member == intro.broker) return IntroductionRole::kBroker;
  // The target hears of it only through the broker's forward.
  if (member == intro.target && intro.forwarded_at) return IntroductionRole::kTarget;
  return std::nullopt;
}

Result<IntroductionStatus> DecideIntroductionTransition(const Introduction& intro, MemberId actor,
                                                        IntroductionAction action, int64_t now) {
  using A = IntroductionAction;
  using R = IntroductionRole;
  const std::optional<R> role = RoleOf(intro, actor);
  if (!role) return NotFoundError("introduction");
  // Declines are silent, so each party acts on the state they are shown: to A a
  // declined request is still open (A may withdraw it as if nobody had answered), to
  // B a request C declined is still forwarded. Answers must not tell them apart.
  S seen = intro.status;
  if (seen == S::kDeclinedByBroker && role == R::kRequester) seen = S::kRequested;
  if (seen == S::kDeclinedByTarget && role != R::kTarget) seen = S::kForwarded;
  if (!IsOpen(seen)) {
    return ConflictError("not_open", "This introduction is closed and can no longer change.");
  }
  if (now >= intro.expires_at) {
    return ConflictError("expired", "This introduction expired.");
  }
  auto wrong = [](std::string message) {
    return ForbiddenError(std::move(message), "wrong_party");
  };
  const auto already = [] {
    return ConflictError("already_forwarded", "This introduction was already forwarded.");
  };
  switch (action) {
    case A::kWithdraw:
      if (role != R::kRequester) return wrong("Only the member who asked can withdraw.");
      return S::kWithdrawn;
    case A::kForward:
      if (role != R::kBroker) return wrong("Only the member asked to introduce can forward.");
      if (seen != S::kRequested) return already();
      return S::kForwarded;
    case A::kAccept:
      if (role != R::kTarget) return wrong("Only the member introduced can accept.");
      return S::kAccepted;
    case A::kDecline:
      if (role == R::kRequester) return wrong("Withdraw instead: you asked for it.");
      if (role == R::kBroker) {
        if (seen != S::kRequested) return already();
        return S::kDeclinedByBroker;
      }
      return S::kDeclinedByTarget;
  }
  return InternalError("unknown introduction action");
}

std::string_view ShownStatus(const Introduction& intro, IntroductionRole role, int64_t now) {
  const bool past = now >= intro.expires_at;
  switch (role) {
    case IntroductionRole::kRequester:
      switch (intro.status) {
        case S::kRequested:
        case S::kDeclinedByBroker: return past ? "not_possible" : "requested";
        case S::kForwarded:
        case S::kDeclinedByTarget: return past ? "not_possible" : "forwarded";
        case S::kExpired: return "not_possible";
        case S::kAccepted: return "accepted";
        case S::kWithdrawn: return "withdrawn";
      }
      break;
    case IntroductionRole::kBroker:
      if (intro.status == S::kDeclinedByTarget) return past ? "expired" : "forwarded";
      if (IsOpen(intro.status) && past) return "expired";
      return ToString(intro.status);
    case IntroductionRole::kTarget:
      if (IsOpen(intro.status) && past) return "expired";
      return ToString(intro.status);
  }
  return ToString(intro.status);
}

int BrokerScore(const BrokerCandidate& c) {
  if (c.asks_this_week >= L::kPerBrokerPerWeek) return 0;
  const int weaker = std::min(c.tie_to_requester_milli, c.tie_to_target_milli);
  const int stronger = std::max(c.tie_to_requester_milli, c.tie_to_target_milli);
  const int score =
      (weaker * 600 + stronger * 200 + Responsiveness(c.median_response_ms) * 200) / 1000;
  return std::clamp(score, 1, 1000);
}

std::vector<BrokerCandidate> RankBrokers(std::vector<BrokerCandidate> candidates) {
  std::vector<std::pair<int, BrokerCandidate>> scored;
  for (BrokerCandidate& c : candidates) {
    const int s = BrokerScore(c);
    if (s > 0) scored.emplace_back(s, std::move(c));
  }
  std::sort(scored.begin(), scored.end(), [](const auto& a, const auto& b) {
    if (a.first != b.first) return a.first > b.first;
    return a.second.member < b.second.member;
  });
  std::vector<BrokerCandidate> out;
  out.reserve(scored.size());
  for (auto& [score, c] : scored) out.push_back(std::move(c));
  return out;
}

}  // namespace pln::domain
