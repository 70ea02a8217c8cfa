#include "domain/opportunity_rank.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <string_view>

namespace pln::domain {
namespace {

// The first `at_most` names: "A", "A and B", "A, B and C" in prose; "A, B, C" in a
// parenthesised list.
std::string JoinNames(const std::vector<std::string>& names, size_t at_most,
                      std::string_view last = " and ") {
  const size_t n = std::min(names.size(), at_most);
  std::string out;
  for (size_t i = 0; i < n; ++i) {
    if (i > 0) out += i + 1 == n ? last : ", ";
    out += names[i];
  }
  return out;
}

int NetworkPart(const RankSignals& s) {
  int tie = 0;
  switch (s.tie) {
    case PosterTie::kMentor: tie = 1000; break;
    case PosterTie::kConnection: tie = 800; break;
    case PosterTie::kAlumni: tie = 700; break;
    case PosterTie::kSecondDegree: tie = 400; break;
    case PosterTie::kNone: tie = 0; break;
  }
  // Each connection at the organization is someone to ask; three say as much as a direct tie.
  const int colleagues = std::min(s.connections_at_organization, 3) * 1000 / 3;
  return std::min(1000, std::max(tie, colleagues) + std::min(tie, colleagues) / 4);
}

int FreshnessPart(int64_t age_ms) {
  if (age_ms <= 0) return 1000;
  const double halves = static_cast<double>(age_ms) / RankWeights::kFreshnessHalfLifeMs;
  return static_cast<int>(std::lround(1000.0 * std::exp2(-halves)));
}

std::string SkillsReason(const SkillFit& fit) {
  if (fit.required_total > 0) {
    std::string text = "you have " + std::to_string(fit.required_met) + " of " +
                       std::to_string(fit.required_total) + " required skill" +
                       (fit.required_total == 1 ? "" : "s");
    if (!fit.met.empty()) text += " (" + JoinNames(fit.met, 3, ", ") + ")";
    return text;
  }
  if (fit.nice_met > 0) {
    return "you have " + std::to_string(fit.nice_met) + " of " + std::to_string(fit.nice_total) +
           " nice-to-have skill" + (fit.nice_total == 1 ? "" : "s");
  }
  return "";
}

std::string TieReason(const RankSignals& s) {
  switch (s.tie) {
    case PosterTie::kMentor: return "posted by " + s.poster_name + ", your mentor";
    case PosterTie::kConnection: return "posted by your connection " + s.poster_name;
    case PosterTie::kAlumni: return "posted by " + s.poster_name + ", from your mentoring alumni";
    case PosterTie::kSecondDegree: return "posted by a connection of your connections";
    case PosterTie::kNone: return "";
  }
  return "";
}

}  // namespace

int RankScore(const RankSignals& s) {
  const int64_t total = int64_t{RankWeights::kSkills} * s.fit.score_milli +
                        int64_t{RankWeights::kFields} * (s.shared_fields.empty() ? 0 : 1000) +
                        int64_t{RankWeights::kStage} * (s.stage_suits ? 1000 : 0) +
                        int64_t{RankWeights::kNetwork} * NetworkPart(s) +
                        int64_t{RankWeights::kFreshness} * FreshnessPart(s.age_ms);
  return static_cast<int>(total / 1000);
}

std::string RankReason(const RankSignals& s) {
  std::vector<std::string> parts;
  if (std::string skills = SkillsReason(s.fit); !skills.empty()) parts.push_back(skills);
  if (!s.shared_fields.empty()) parts.push_back("in your field " + JoinNames(s.shared_fields, 2));
  if (std::string tie = TieReason(s); !tie.empty()) parts.push_back(tie);
  if (s.connections_at_organization > 0) {
    const int n = s.connections_at_organization;
    parts.push_back(std::to_string(n) +
                    (n == 1 ? " connection works at " : " connections work at ") + s.organization);
  }
  if (parts.empty()) parts.push_back("open to all members");
  std::string text;
  for (const std::string& p : parts) {
    if (!text.empty()) text += "; ";
    text += p;
  }
  text[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(text[0])));
  return text;
}

}  // namespace pln::domain
