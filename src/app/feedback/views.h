// What the feedback capability answers with, shared by its parts (requests,
// endorsements, reviewer suggestions) and by their JSON encoders.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/member_summary.h"
#include "domain/feedback.h"

namespace pln::app {

struct FeedbackRequestView {
  domain::FeedbackRequest request;
  MemberSummary requester;
  std::vector<MemberSummary> reviewers;  // parallel to request.reviewers
  std::vector<domain::Review> reviews;   // only those the viewer may read
};

// A review the requester chose to show on their profile.
struct ShownReview {
  domain::Review review;
  std::string skill, artifact_title;
  MemberSummary reviewer;
};

struct EndorsementView {
  domain::Endorsement endorsement;
  MemberSummary endorser;
};

// Reciprocity as shown to the member themself.
struct Reciprocity {
  int given = 0, received = 0;
  std::optional<int64_t> median_response_ms;  // absent until they gave a review
  int lapsed = 0;                             // requests they let lapse
  std::optional<int> usefulness_centis;       // mean usefulness of their reviews, 100..500
};

// A suggested reviewer for a skill, with the reasons behind the suggestion.
struct ReviewerSuggestion {
  MemberSummary member;
  int skill_level = 0;               // their self-assessed level, above the requester's
  std::optional<int> hops;           // 1..3 in the network engine; nullopt: farther (a mentor)
  int mutual = 0;                    // connections shared with the requester
  std::optional<MemberSummary> via;  // the first intermediary, when it may be named
  Reciprocity reciprocity;
  std::vector<std::string> reasons;
  int score = 0;  // higher first
};

}  // namespace pln::app
