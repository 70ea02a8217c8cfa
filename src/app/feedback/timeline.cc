#include "app/feedback/timeline.h"

#include <algorithm>
#include <memory>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "base/text.h"
#include "domain/feedback.h"

namespace pln::app {
namespace {

class SkillTimelinesImpl final : public SkillTimelines {
 public:
  SkillTimelinesImpl(Store& store, std::vector<std::shared_ptr<TimelineSource>> sources)
      : store_(store), timeline_sources_(std::move(sources)) {}

  Result<SkillTimeline> Timeline(MemberId me, const std::string& skill) override;

 private:
  Store& store_;
  const std::vector<std::shared_ptr<TimelineSource>> timeline_sources_;
};

Result<SkillTimeline> SkillTimelinesImpl::Timeline(MemberId me, const std::string& skill) {
  ASSIGN_OR_RETURN(std::string clean, domain::NormalizeSkillName(skill));
  SkillTimeline out;
  RETURN_IF_ERROR(store_.Read([&](Tx& tx) -> Status {
    out = {};
    out.skill = clean;
    const std::string norm = AsciiLower(clean);
    ASSIGN_OR_RETURN(auto member, tx.members().Get(me));
    if (!member) return NotFoundError("member");
    ASSIGN_OR_RETURN(auto assessments, tx.feedback().ListSelfAssessments(me, clean));
    for (const domain::SelfAssessment& a : assessments) {
      out.self_assessments.push_back({a.at, a.level});
      out.points.push_back({a.at, "self_assessment", a.level * 100, {}});
    }
    ASSIGN_OR_RETURN(auto reviews, tx.feedback().ListReviewsForSkill(me, clean));
    std::unordered_map<int64_t, domain::Rubric> rubrics;  // by request id
    for (const auto& r : reviews) {
      auto it = rubrics.find(r.request.value());
      if (it == rubrics.end()) {
        ASSIGN_OR_RETURN(auto request, tx.feedback().GetRequest(r.request));
        it = rubrics.emplace(r.request.value(), request ? request->rubric : domain::Rubric{}).first;
      }
      ReviewPoint p{r.created_at, r.id, domain::MeanRatingCentis(r), {}};
      for (const domain::Criterion& c : it->second.criteria) {
        if (auto score = r.ratings.find(c.id); score != r.ratings.end()) {
          p.criteria.push_back({c.id, c.name, score->second});
        }
      }
      out.reviews.push_back(std::move(p));
      out.points.push_back({r.created_at, "review", domain::MeanRatingCentis(r), r.id.value()});
    }
    out.review_count = static_cast<int>(reviews.size());
    ASSIGN_OR_RETURN(auto endorsements, tx.feedback().ListEndorsements(me));
    for (const auto& e : endorsements) {
      if (AsciiLower(e.skill) != norm) continue;
      ++out.endorsement_count;
      out.endorsements.push_back({e.created_at, e.id, out.endorsement_count});
      out.points.push_back({e.created_at, "endorsement", 0, e.id.value()});
    }
    out.has_outside_feedback = out.review_count + out.endorsement_count > 0;
    for (const auto& source : timeline_sources_) {
      RETURN_IF_ERROR(source->Contribute(tx, me, norm, out));
    }
    for (const ExtraSeries& series : out.extra) {
      out.points.insert(out.points.end(), series.points.begin(), series.points.end());
    }
    std::stable_sort(out.points.begin(), out.points.end(),
                     [](const TimelinePoint& a, const TimelinePoint& b) { return a.at < b.at; });
    ASSIGN_OR_RETURN(auto with_feedback, tx.feedback().SkillsWithOutsideFeedback(me));
    const std::unordered_set<std::string> covered(with_feedback.begin(), with_feedback.end());
    for (const domain::Skill& s : member->profile.skills) {
      if (!covered.contains(AsciiLower(s.name))) out.skills_without_feedback.push_back(s.name);
    }
    return Status::Ok();
  }));
  return out;
}

}  // namespace

std::unique_ptr<SkillTimelines> MakeSkillTimelines(
    Store& store, std::vector<std::shared_ptr<TimelineSource>> sources) {
  return std::make_unique<SkillTimelinesImpl>(store, std::move(sources));
}

}  // namespace pln::app
