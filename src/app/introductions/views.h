// What the introduction use cases answer with (issue 18). Each view is cut for
// the member who asks: the status is domain::ShownStatus for their role (a
// decline reads as silence to A), A's note to B is absent for C
// (domain::CanReadNote), and closed_at never dates a decline A may not know of.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/member_summary.h"
#include "base/ids.h"
#include "domain/introduction.h"

namespace pln::app {

struct IntroductionView {
  IntroductionId id;
  domain::IntroductionRole role = domain::IntroductionRole::kRequester;  // the viewer's
  std::string status;  // domain::ShownStatus for `role`
  MemberSummary requester, broker, target;
  std::optional<std::string> note;  // A's note to B; never for the target
  std::string blurb;                // meant for C, as B forwarded it
  std::optional<OpportunityId> opportunity;
  int64_t created_at = 0, expires_at = 0;
  std::optional<int64_t> forwarded_at;
  std::optional<int64_t> closed_at;  // when the shown status became final
  // What the viewer may do now: "forward", "decline", "accept", "withdraw".
  std::vector<std::string> actions;
};

// One mutual connection who could introduce the requester, and why.
struct BrokerSuggestion {
  MemberSummary broker;
  int score = 0;                     // domain::BrokerScore, 1..1000
  std::vector<std::string> reasons;  // "connected to you for 2 years", …
};

struct BrokerSuggestions {
  MemberSummary target;
  std::vector<BrokerSuggestion> brokers;  // best first
};

// From an opportunity: someone to be introduced to, and the best way there.
struct IntroductionPath {
  MemberSummary target;
  std::string why;  // "posted this opportunity" | "works at Acme"
  BrokerSuggestion broker;
};

}  // namespace pln::app
