#include "domain/feedback.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <set>

#include "base/text.h"
#include "domain/text_rules.h"

namespace pln::domain {
namespace {

std::string Trimmed(std::string_view s) {
  size_t b = s.find_first_not_of(" \t\r\n");
  size_t e = s.find_last_not_of(" \t\r\n");
  return b == std::string_view::npos ? "" : std::string(s.substr(b, e - b + 1));
}

bool IsCriterionId(std::string_view id) {
  if (id.empty() || id.size() > 40) return false;
  for (char c : id) {
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) return false;
  }
  return true;
}

bool IsHttpUrl(std::string_view url) {
  return (url.starts_with("https://") && url.size() > 8) ||
         (url.starts_with("http://") && url.size() > 7);
}

}  // namespace

std::string_view ToString(ReviewerStatus s) {
  switch (s) {
    case ReviewerStatus::kInvited: return "invited";
    case ReviewerStatus::kAccepted: return "accepted";
    case ReviewerStatus::kDeclined: return "declined";
    case ReviewerStatus::kSubmitted: return "submitted";
    case ReviewerStatus::kLapsed: return "lapsed";
  }
  return "invited";
}

std::optional<ReviewerStatus> ParseReviewerStatus(std::string_view s) {
  for (ReviewerStatus r :
       {ReviewerStatus::kInvited, ReviewerStatus::kAccepted, ReviewerStatus::kDeclined,
        ReviewerStatus::kSubmitted, ReviewerStatus::kLapsed}) {
    if (ToString(r) == s) return r;
  }
  return std::nullopt;
}

Rubric DefaultRubric() {
  return Rubric{{
      {"clarity",
       "Clarity",
       {"Hard to follow", "Partly clear", "Clear overall", "Clear and well structured",
        "Crisp and compelling"}},
      {"depth",
       "Depth and correctness",
       {"Superficial or wrong", "Some gaps", "Sound", "Thorough", "Expert-level"}},
      {"impact",
       "Fit for its audience",
       {"Misses the audience", "Partly fits", "Fits", "Convincing", "Outstanding"}},
  }};
}

bool IsIsoDate(std::string_view date) {
  if (date.size() != 10 || date[4] != '-' || date[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (date[i] < '0' || date[i] > '9') return false;
  }
  const int y = std::stoi(std::string(date.substr(0, 4)));
  const unsigned m = static_cast<unsigned>(std::stoi(std::string(date.substr(5, 2))));
  const unsigned d = static_cast<unsigned>(std::stoi(std::string(date.substr(8, 2))));
  return std::chrono::year_month_day(std::chrono::year(y), std::chrono::month(m),
                                     std::chrono::day(d))
      .ok();
}

std::string IsoDateOf(int64_t unix_ms) {
  namespace chr = std::chrono;
  const chr::sys_days day =
      chr::floor<chr::days>(chr::sys_time<chr::milliseconds>(chr::milliseconds(unix_ms)));
  const chr::year_month_day ymd(day);
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(ymd.year()),
                static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
  return buf;
}

Result<std::string> NormalizeSkillName(std::string_view skill, std::string_view field) {
  std::vector<FieldError> errors;
  std::string clean = CheckLine(skill, field, FeedbackLimits::kSkill, true, errors);
  if (!errors.empty()) return ValidationError(std::move(errors));
  return clean;
}

Result<std::string> NormalizeEndorsementNote(std::string_view note) {
  std::vector<FieldError> errors;
  std::string clean = CheckText(note, "note", FeedbackLimits::kEndorsementNote, false, errors);
  if (!errors.empty()) return ValidationError(std::move(errors));
  return clean;
}

Result<FeedbackRequestInput> ValidateFeedbackRequest(FeedbackRequestInput in, MemberId requester,
                                                     std::string_view today) {
  std::vector<FieldError> errors;
  FeedbackRequestInput out;
  out.skill = CheckLine(in.skill, "skill", FeedbackLimits::kSkill, true, errors);
  out.artifact.title =
      CheckLine(in.artifact.title, "artifact.title", FeedbackLimits::kTitle, true, errors);
  out.artifact.url = Trimmed(in.artifact.url);
  if (!out.artifact.url.empty()) {
    if (out.artifact.url.size() > FeedbackLimits::kUrl) {
      errors.push_back({"artifact.url", LimitMessage(FeedbackLimits::kUrl)});
    } else if (!IsValidUtf8(out.artifact.url) || !IsHttpUrl(out.artifact.url) ||
               out.artifact.url.find_first_of(" \t\r\n\"<>") != std::string::npos) {
      errors.push_back({"artifact.url", "must be an http:// or https:// link"});
    }
  }
  out.artifact.text =
      CheckText(in.artifact.text, "artifact.text", FeedbackLimits::kText, false, errors);
  out.question = CheckText(in.question, "question", FeedbackLimits::kQuestion, true, errors);

  if (in.reviewers.empty()) {
    errors.push_back({"reviewers", "must name at least one reviewer"});
  } else if (in.reviewers.size() > FeedbackLimits::kMaxReviewers) {
    errors.push_back(
        {"reviewers", "must name at most " + std::to_string(FeedbackLimits::kMaxReviewers)});
  } else {
    std::set<MemberId> seen;
    for (size_t i = 0; i < in.reviewers.size(); ++i) {
      const std::string field = "reviewers[" + std::to_string(i) + "]";
      const MemberId r = in.reviewers[i];
      if (!r.valid()) {
        errors.push_back({field, "must be a member id"});
      } else if (r == requester) {
        errors.push_back({field, "must be someone else"});
      } else if (!seen.insert(r).second) {
        errors.push_back({field, "is listed twice"});
      } else {
        out.reviewers.push_back(r);
      }
    }
  }

  if (!IsIsoDate(in.deadline)) {
    errors.push_back({"deadline", "must be a date written YYYY-MM-DD"});
  } else if (in.deadline < today) {
    errors.push_back({"deadline", "must not be in the past"});
  } else {
    out.deadline = in.deadline;
  }

  if (!in.rubric) {
    out.rubric = DefaultRubric();
  } else {
    Rubric rubric;
    const auto& criteria = in.rubric->criteria;
    if (criteria.empty() || criteria.size() > FeedbackLimits::kMaxCriteria) {
      errors.push_back(
          {"rubric.criteria",
           "must have 1 to " + std::to_string(FeedbackLimits::kMaxCriteria) + " criteria"});
    }
    std::set<std::string> ids;
    for (size_t i = 0; i < criteria.size() && i < FeedbackLimits::kMaxCriteria; ++i) {
      const std::string at = "rubric.criteria[" + std::to_string(i) + "]";
      Criterion c;
      c.id = criteria[i].id;
      if (!IsCriterionId(c.id)) {
        errors.push_back({at + ".id", "must be 1 to 40 characters of a-z, 0-9 and _"});
      } else if (!ids.insert(c.id).second) {
        errors.push_back({at + ".id", "is used twice"});
      }
      c.name =
          CheckLine(criteria[i].name, at + ".name", FeedbackLimits::kCriterionName, true, errors);
      if (criteria[i].levels.size() != kRubricScale) {
        errors.push_back(
            {at + ".levels", "must describe exactly " + std::to_string(kRubricScale) + " levels"});
      } else {
        for (size_t l = 0; l < criteria[i].levels.size(); ++l) {
          c.levels.push_back(CheckLine(criteria[i].levels[l],
                                       at + ".levels[" + std::to_string(l) + "]",
                                       FeedbackLimits::kLevel, true, errors));
        }
      }
      rubric.criteria.push_back(std::move(c));
    }
    out.rubric = std::move(rubric);
  }
  if (!errors.empty()) return ValidationError(std::move(errors));
  return out;
}

Result<ReviewInput> ValidateReview(const Rubric& rubric, ReviewInput in) {
  std::vector<FieldError> errors;
  ReviewInput out;
  for (const Criterion& c : rubric.criteria) {
    auto it = in.ratings.find(c.id);
    if (it == in.ratings.end()) {
      errors.push_back({"ratings." + c.id, "is required"});
    } else if (it->second < 1 || it->second > kRubricScale) {
      errors.push_back({"ratings." + c.id, "must be from 1 to " + std::to_string(kRubricScale)});
    } else {
      out.ratings[c.id] = it->second;
    }
  }
  for (const auto& [id, score] : in.ratings) {
    (void)score;
    bool known = false;
    for (const Criterion& c : rubric.criteria) known = known || c.id == id;
    if (!known) errors.push_back({"ratings." + id, "is not a criterion of this rubric"});
  }
  out.strengths = CheckText(in.strengths, "strengths", FeedbackLimits::kReviewText, true, errors);
  out.improvements =
      CheckText(in.improvements, "improvements", FeedbackLimits::kReviewText, true, errors);
  out.next_step = CheckText(in.next_step, "next_step", FeedbackLimits::kReviewText, true, errors);
  if (!errors.empty()) return ValidationError(std::move(errors));
  return out;
}

bool IsParticipant(MemberId viewer, const FeedbackRequest& request) {
  return viewer == request.requester || FindSlot(request, viewer) != nullptr;
}

const ReviewerSlot* FindSlot(const FeedbackRequest& request, MemberId reviewer) {
  for (const ReviewerSlot& s : request.reviewers) {
    if (s.reviewer == reviewer) return &s;
  }
  return nullptr;
}

bool CanReadReview(MemberId viewer, const FeedbackRequest& request, const Review& review) {
  if (review.request != request.id) return false;
  return viewer == request.requester || viewer == review.reviewer;
}

bool IsAwaitingAnswer(ReviewerStatus s) {
  return s == ReviewerStatus::kInvited || s == ReviewerStatus::kAccepted;
}

ReviewerStatus EffectiveStatus(const ReviewerSlot& slot, std::string_view deadline,
                               std::string_view today) {
  if (IsAwaitingAnswer(slot.status) && today > deadline) return ReviewerStatus::kLapsed;
  return slot.status;
}

void ApplyLapses(FeedbackRequest& request, std::string_view today) {
  for (ReviewerSlot& s : request.reviewers) s.status = EffectiveStatus(s, request.deadline, today);
}

namespace {

std::chrono::sys_days DayOf(std::string_view date) {
  const int y = std::stoi(std::string(date.substr(0, 4)));
  const unsigned m = static_cast<unsigned>(std::stoi(std::string(date.substr(5, 2))));
  const unsigned d = static_cast<unsigned>(std::stoi(std::string(date.substr(8, 2))));
  return std::chrono::sys_days(std::chrono::year_month_day(
      std::chrono::year(y), std::chrono::month(m), std::chrono::day(d)));
}

}  // namespace

int DaysBetween(std::string_view from, std::string_view to) {
  return static_cast<int>((DayOf(to) - DayOf(from)).count());
}

std::string AddDays(std::string_view date, int days) {
  const std::chrono::sys_days day = DayOf(date) + std::chrono::days(days);
  return IsoDateOf(
      std::chrono::duration_cast<std::chrono::milliseconds>(day.time_since_epoch()).count());
}

std::vector<Skill> ChangedSkillLevels(const std::vector<Skill>& before,
                                      const std::vector<Skill>& after) {
  std::vector<Skill> out;
  for (const Skill& s : after) {
    const std::string norm = AsciiLower(s.name);
    auto it = std::find_if(before.begin(), before.end(),
                           [&](const Skill& b) { return AsciiLower(b.name) == norm; });
    if (it == before.end() || it->level != s.level) out.push_back(s);
  }
  return out;
}

int MeanRatingCentis(const Review& review) {
  if (review.ratings.empty()) return 0;
  int sum = 0;
  for (const auto& [id, score] : review.ratings) {
    (void)id;
    sum += score;
  }
  return static_cast<int>((sum * 100 + static_cast<int>(review.ratings.size()) / 2) /
                          static_cast<int>(review.ratings.size()));
}

}  // namespace pln::domain
