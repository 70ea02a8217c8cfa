// The people of the demo network: each generated from (seed, index) alone,
// with the traits that tie generation needs, and the text templates' filler.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "demo/plan.h"
#include "domain/member.h"

namespace pln::demo {

inline constexpr int64_t kDayMs = 24LL * 3600 * 1000;

// What tie generation needs to know about a person beyond the profile.
struct Traits {
  domain::CareerStage stage = domain::CareerStage::kLearner;
  int field = 0;         // primary field
  int program = 0;       // learners: their school; others: where they once studied
  int term = 0;          // learners: cohort, index into the recent terms
  bool alumnus = false;  // early career/experienced who keep ties to their old school
  int employer = -1;     // -1 for learners
  bool mentor = false;   // experienced and open to mentoring
  bool wants_mentor = false;
  std::string role;  // job title, or the one a learner aims for
  std::string first_name;
};

// Values for the {placeholders} of the word_tables.h templates.
struct Vars {
  std::string role, field, skill, skill2, company, program, term, topic, artifact, hobby, years,
      tenure, prior, grad, to_first, from_first;
};

// The template with its {placeholders} filled in (word_tables.h lists them).
std::string Fill(std::string_view tmpl, const Vars& v);

// The three most recent half-year cohorts that have finished by now_ms, newest first.
std::vector<std::string> RecentTerms(int64_t now_ms);

// Person i >= 1. Draws only from its own generator, seeded by (seed, i), so a
// person does not change when the member count does.
void MakePerson(uint64_t seed, int i, int64_t now, const std::vector<std::string>& terms,
                DemoPerson& person, Traits& traits);

// The demo login (person 0): a fixed, half-filled learner profile.
void MakeDemoLogin(int64_t now, DemoPerson& person, Traits& traits);

}  // namespace pln::demo
