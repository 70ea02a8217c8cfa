#include "store/sql/dump_tables.h"

namespace pln::store::sql {

const std::vector<TableSpec>& DumpTables() {
  static const std::vector<TableSpec> tables = {
      {"members",
       {"id",
        "email",
        "password_hash",
        "role",
        "name",
        "headline",
        "bio",
        "location",
        "organization",
        "stage",
        "open_mentoring",
        "open_being_mentored",
        "open_opportunities",
        "vis_bio",
        "vis_details",
        "vis_skills",
        "vis_goals",
        "vis_connections",
        "discoverable",
        "search_text",
        "created_at",
        "updated_at"},
       {{"id"}},
       true},
      {"member_fields",
       {"member_id", "position", "name", "name_norm"},
       {{"member_id"}, {"position"}}},
      {"member_skills",
       {"member_id", "position", "name", "name_norm", "level"},
       {{"member_id"}, {"position"}}},
      {"member_goals", {"member_id", "position", "text"}, {{"member_id"}, {"position"}}},
      {"sessions",
       {"token_hash", "member_id", "csrf_token", "created_at", "expires_at"},
       {{"token_hash", true}}},
      {"api_tokens", {"id", "member_id", "name", "token_hash", "created_at"}, {{"id"}}, true},
      {"connection_requests",
       {"id", "from_id", "to_id", "note", "status", "created_at", "decided_at", "pair_lo",
        "pair_hi"},
       {{"id"}},
       true},
      {"connections", {"a_id", "b_id", "created_at"}, {{"a_id"}, {"b_id"}}},
      {"follows", {"follower_id", "followee_id", "created_at"}, {{"follower_id"}, {"followee_id"}}},
      {"blocks", {"blocker_id", "blocked_id", "created_at"}, {{"blocker_id"}, {"blocked_id"}}},
      {"feedback_requests",
       {"id", "requester_id", "skill", "skill_norm", "artifact_title", "artifact_url",
        "artifact_text", "question", "rubric", "deadline", "created_at"},
       {{"id"}},
       true},
      {"feedback_reviewers",
       {"request_id", "reviewer_id", "status", "decided_at"},
       {{"request_id"}, {"reviewer_id"}}},
      {"feedback_reviews",
       {"id", "request_id", "reviewer_id", "ratings", "strengths", "improvements", "next_step",
        "created_at", "thanked", "reply", "usefulness", "on_profile"},
       {{"id"}},
       true},
      {"endorsements",
       {"id", "endorser_id", "member_id", "skill", "skill_norm", "note", "created_at"},
       {{"id"}},
       true},
      {"notifications",
       {"id", "recipient_id", "kind", "title", "body", "link", "dedupe_key", "created_at",
        "read_at"},
       {{"id"}},
       true},
      {"skill_assessments",
       {"id", "member_id", "skill", "skill_norm", "level", "assessed_at"},
       {{"id"}},
       true},
  };
  return tables;
}

const TableSpec* FindDumpTable(std::string_view name) {
  for (const TableSpec& t : DumpTables()) {
    if (t.name == name) return &t;
  }
  return nullptr;
}

}  // namespace pln::store::sql
