// "For you" (issue 18): one score per open opportunity and member, from the
// skill fit, fields and career stage, who in the member's network posted it or
// works there, and how fresh it is — and the reason, in words, that the list
// shows under each result. Pure: the app layer gathers the signals (profile,
// endorsements and reviews, the network engine) and sorts.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "domain/opportunity.h"

namespace pln::domain {

// How the poster relates to the member; a later value is a stronger tie.
enum class PosterTie { kNone, kSecondDegree, kAlumni, kConnection, kMentor };

struct RankSignals {
  SkillFit fit;
  std::vector<std::string> shared_fields;  // the post's fields the member works on
  bool stage_suits = true;                 // the post suits the member's career stage
  PosterTie tie = PosterTie::kNone;
  std::string poster_name;  // named in the reason for a connection, mentor or alumni tie
  int connections_at_organization = 0;
  std::string organization;
  int64_t age_ms = 0;  // since posted (or reposted)
};

// Weights of the parts, in thousandths of the score. Skills dominate, because a
// post the member cannot do is noise however close its poster is.
struct RankWeights {
  static constexpr int kSkills = 450, kFields = 150, kStage = 100, kNetwork = 200, kFreshness = 100;
  // Freshness halves every two weeks.
  static constexpr int64_t kFreshnessHalfLifeMs = 14LL * 24 * 3600 * 1000;
};

// 0..1000.
int RankScore(const RankSignals& s);

// What the member is told, most telling first, e.g. "You have 3 of 4 required
// skills (SQL, Python, dbt); posted by Ana Lima, your mentor; 2 connections work
// at Acme". Never empty.
std::string RankReason(const RankSignals& s);

}  // namespace pln::domain
