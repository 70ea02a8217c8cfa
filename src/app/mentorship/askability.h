// Whether a member may ask a mentor now, and why not in words: a current
// mentor, a mentor with an open request from them and a past mentor are not
// offered as askable (issue 16). Shared by discovery (GET /mentors), the
// member page's actions and Home's next steps; runs inside the caller's
// transaction.
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>

#include "app/repositories.h"
#include "base/ids.h"
#include "base/result.h"

namespace pln::app {

struct NotAskable {
  // "current" | "pending" | "past": what the web shows instead of "Ask".
  std::string code;
  // "your current mentor", "request pending since 2026-12-05",
  // "mentored you until 2026-08-29".
  std::string reason;
};

// The mentors `mentee` may not ask at `now`, by mentor id (every other mentor
// is askable). Two queries whatever the number of mentors: the mentee's open
// requests and their mentorships. Open requests past their expiry count as
// closed, as the lazy expiry shows them.
Result<std::unordered_map<MemberId, NotAskable>> NotAskableMentors(Tx& tx, MemberId mentee,
                                                                   int64_t now);

}  // namespace pln::app
