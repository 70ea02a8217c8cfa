#include "store/sqlite/sqlite_migrations.h"

#include "store/sql/search_text.h"

namespace pln::store::sqlite {
namespace {

// Version 1: the initial schema. Conventions (shared with PostgreSQL):
// booleans are INTEGER 0/1, times BIGINT Unix milliseconds, enums their
// domain string forms. AUTOINCREMENT so ids are never reused after a delete,
// as with PostgreSQL identity columns. Everything hangs off members with ON
// DELETE CASCADE, so deleting a member deletes all of their data.
constexpr std::string_view kInitialSchema = R"sql(
CREATE TABLE members (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  email TEXT NOT NULL UNIQUE,
  password_hash TEXT NOT NULL,
  role TEXT NOT NULL,
  name TEXT NOT NULL,
  headline TEXT NOT NULL,
  bio TEXT NOT NULL,
  location TEXT NOT NULL,
  organization TEXT NOT NULL,
  stage TEXT NOT NULL,
  open_mentoring INTEGER NOT NULL,
  open_being_mentored INTEGER NOT NULL,
  open_opportunities INTEGER NOT NULL,
  vis_bio TEXT NOT NULL,
  vis_details TEXT NOT NULL,
  vis_skills TEXT NOT NULL,
  vis_goals TEXT NOT NULL,
  vis_connections TEXT NOT NULL,
  discoverable INTEGER NOT NULL,
  search_text TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);

CREATE TABLE member_fields (
  member_id INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  name TEXT NOT NULL,
  name_norm TEXT NOT NULL,
  PRIMARY KEY (member_id, position)
);
CREATE INDEX member_fields_name_norm ON member_fields (name_norm, member_id);

CREATE TABLE member_skills (
  member_id INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  name TEXT NOT NULL,
  name_norm TEXT NOT NULL,
  level INTEGER NOT NULL,
  PRIMARY KEY (member_id, position)
);
CREATE INDEX member_skills_name_norm ON member_skills (name_norm, member_id);

CREATE TABLE member_goals (
  member_id INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  text TEXT NOT NULL,
  PRIMARY KEY (member_id, position)
);

CREATE TABLE sessions (
  token_hash TEXT PRIMARY KEY,
  member_id INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
  csrf_token TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  expires_at BIGINT NOT NULL
);
CREATE INDEX sessions_member ON sessions (member_id);
CREATE INDEX sessions_expires ON sessions (expires_at);

CREATE TABLE api_tokens (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  member_id INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  token_hash TEXT NOT NULL UNIQUE,
  created_at BIGINT NOT NULL
);
CREATE INDEX api_tokens_member ON api_tokens (member_id);

CREATE TABLE connection_requests (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  from_id INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
  to_id INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
  note TEXT NOT NULL,
  status TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  decided_at BIGINT,
  pair_lo INTEGER NOT NULL,
  pair_hi INTEGER NOT NULL
);
-- At most one pending request per pair, whichever way: racing requests lose here.
CREATE UNIQUE INDEX connection_requests_one_pending
  ON connection_requests (pair_lo, pair_hi) WHERE status = 'pending';
CREATE INDEX connection_requests_to ON connection_requests (to_id, id);
CREATE INDEX connection_requests_from ON connection_requests (from_id, id);

CREATE TABLE connections (
  a_id INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
  b_id INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
  created_at BIGINT NOT NULL,
  PRIMARY KEY (a_id, b_id),
  CHECK (a_id < b_id)
);
CREATE INDEX connections_b ON connections (b_id, a_id);

CREATE TABLE follows (
  follower_id INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
  followee_id INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
  created_at BIGINT NOT NULL,
  PRIMARY KEY (follower_id, followee_id)
);
CREATE INDEX follows_followee ON follows (followee_id, follower_id);

CREATE TABLE blocks (
  blocker_id INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
  blocked_id INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
  created_at BIGINT NOT NULL,
  PRIMARY KEY (blocker_id, blocked_id)
);
CREATE INDEX blocks_blocked ON blocks (blocked_id, blocker_id);
)sql";

// Version 3: feedback requests, reviewer slots, reviews and endorsements
// (issue 5). Version 2 is reserved for the mentorship tables.
constexpr std::string_view kFeedbackSchema = R"sql(
CREATE TABLE feedback_requests (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  requester_id INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
  skill TEXT NOT NULL,
  skill_norm TEXT NOT NULL,
  artifact_title TEXT NOT NULL,
  artifact_url TEXT NOT NULL,
  artifact_text TEXT NOT NULL,
  question TEXT NOT NULL,
  rubric TEXT NOT NULL,
  deadline TEXT NOT NULL,
  created_at BIGINT NOT NULL
);
CREATE INDEX feedback_requests_requester ON feedback_requests (requester_id, skill_norm, id);

CREATE TABLE feedback_reviewers (
  request_id INTEGER NOT NULL REFERENCES feedback_requests(id) ON DELETE CASCADE,
  reviewer_id INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
  status TEXT NOT NULL,
  decided_at BIGINT,
  PRIMARY KEY (request_id, reviewer_id)
);
CREATE INDEX feedback_reviewers_reviewer ON feedback_reviewers (reviewer_id, request_id);

CREATE TABLE feedback_reviews (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  request_id INTEGER NOT NULL REFERENCES feedback_requests(id) ON DELETE CASCADE,
  reviewer_id INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
  ratings TEXT NOT NULL,
  strengths TEXT NOT NULL,
  improvements TEXT NOT NULL,
  next_step TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  thanked INTEGER NOT NULL,
  reply TEXT NOT NULL,
  usefulness INTEGER,
  on_profile INTEGER NOT NULL,
  UNIQUE (request_id, reviewer_id)
);
CREATE INDEX feedback_reviews_reviewer ON feedback_reviews (reviewer_id, id);

CREATE TABLE endorsements (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  endorser_id INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
  member_id INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
  skill TEXT NOT NULL,
  skill_norm TEXT NOT NULL,
  note TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  UNIQUE (endorser_id, member_id, skill_norm)
);
CREATE INDEX endorsements_member ON endorsements (member_id, id);
)sql";

// Version 6: mentor offers, mentorship requests, mentorships with goals,
// check-ins and completion feedback (issue 4). Two partial unique indexes make
// the races safe: one open request per mentee→mentor pair, one active
// mentorship per pair. program_id names a cohort program (no foreign key, so
// this version does not depend on the programs migration).
constexpr std::string_view kMentorshipSchema = R"sql(
CREATE TABLE mentor_offers (
  mentor_id INTEGER PRIMARY KEY REFERENCES members(id) ON DELETE CASCADE,
  fields TEXT NOT NULL,
  skills TEXT NOT NULL,
  help TEXT NOT NULL,
  format TEXT NOT NULL,
  cadence TEXT NOT NULL,
  capacity INTEGER NOT NULL CHECK (capacity BETWEEN 1 AND 20),
  paused INTEGER NOT NULL,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);

CREATE TABLE mentorship_requests (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  mentee_id INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
  mentor_id INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
  message TEXT NOT NULL,
  goals TEXT NOT NULL,
  status TEXT NOT NULL,
  decline_reason TEXT NOT NULL,
  info_question TEXT NOT NULL,
  info_answer TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  expires_at BIGINT NOT NULL,
  first_response_at BIGINT,
  closed_at BIGINT,
  mentorship_id BIGINT,
  CHECK (mentee_id <> mentor_id)
);
CREATE INDEX mentorship_requests_mentee ON mentorship_requests (mentee_id, status, id);
CREATE INDEX mentorship_requests_mentor ON mentorship_requests (mentor_id, id);
CREATE INDEX mentorship_requests_expiry ON mentorship_requests (status, expires_at);
CREATE UNIQUE INDEX mentorship_requests_one_open ON mentorship_requests (mentee_id, mentor_id)
  WHERE status IN ('pending', 'info_requested');

CREATE TABLE mentorships (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  mentor_id INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
  mentee_id INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
  request_id INTEGER REFERENCES mentorship_requests(id) ON DELETE SET NULL,
  program_id BIGINT,
  cadence TEXT NOT NULL,
  status TEXT NOT NULL,
  started_at BIGINT NOT NULL,
  ended_at BIGINT,
  ended_by BIGINT,
  end_note TEXT NOT NULL,
  last_check_in_at BIGINT,
  mentor_shows_alumni INTEGER NOT NULL,
  mentee_shows_alumni INTEGER NOT NULL,
  CHECK (mentee_id <> mentor_id)
);
CREATE INDEX mentorships_mentor ON mentorships (mentor_id, status);
CREATE INDEX mentorships_mentee ON mentorships (mentee_id, status);
CREATE UNIQUE INDEX mentorships_one_active ON mentorships (mentor_id, mentee_id)
  WHERE status = 'active';

CREATE TABLE mentorship_goals (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  mentorship_id INTEGER NOT NULL REFERENCES mentorships(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  text TEXT NOT NULL,
  status TEXT NOT NULL,
  updated_at BIGINT NOT NULL
);
CREATE INDEX mentorship_goals_mentorship ON mentorship_goals (mentorship_id, position);

CREATE TABLE mentorship_checkins (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  mentorship_id INTEGER NOT NULL REFERENCES mentorships(id) ON DELETE CASCADE,
  author_id INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
  date TEXT NOT NULL,
  notes TEXT NOT NULL,
  next_steps TEXT NOT NULL,
  created_at BIGINT NOT NULL
);
CREATE INDEX mentorship_checkins_mentorship ON mentorship_checkins (mentorship_id, date);
CREATE INDEX mentorship_checkins_author ON mentorship_checkins (author_id, created_at);

CREATE TABLE mentorship_feedback (
  mentorship_id INTEGER NOT NULL REFERENCES mentorships(id) ON DELETE CASCADE,
  author_id INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
  helpfulness INTEGER NOT NULL CHECK (helpfulness BETWEEN 1 AND 5),
  went_well TEXT NOT NULL,
  suggestion TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  PRIMARY KEY (mentorship_id, author_id)
);
)sql";

// Version 5: in-app notifications. dedupe_key is NULL for ordinary notices; a
// reminder carries a key so that it is stored at most once per recipient.
constexpr std::string_view kNotificationSchema = R"sql(
CREATE TABLE notifications (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  recipient_id INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
  kind TEXT NOT NULL,
  title TEXT NOT NULL,
  body TEXT NOT NULL,
  link TEXT NOT NULL,
  dedupe_key TEXT,
  created_at INTEGER NOT NULL,
  read_at INTEGER,
  UNIQUE (recipient_id, dedupe_key)
);
CREATE INDEX notifications_recipient ON notifications (recipient_id, id);
)sql";

// Version 4: suggestions a member dismissed ("not interested"), so people you
// may know never shows them again (issue 3).
constexpr std::string_view kDismissalsSchema = R"sql(
CREATE TABLE recommendation_dismissals (
  member_id INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
  dismissed_id INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
  created_at BIGINT NOT NULL,
  PRIMARY KEY (member_id, dismissed_id)
);
CREATE INDEX recommendation_dismissals_dismissed
  ON recommendation_dismissals (dismissed_id, member_id);
)sql";

// Version 8: feedback growth. Every self-assessment of a skill level with its
// time (backfilled with the current levels, dated at the profile's last
// update), and an index for the deadline sweep (lapses and reminders).
constexpr std::string_view kFeedbackGrowthSchema = R"sql(
CREATE TABLE skill_assessments (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  member_id INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
  skill TEXT NOT NULL,
  skill_norm TEXT NOT NULL,
  level INTEGER NOT NULL,
  assessed_at BIGINT NOT NULL
);
CREATE INDEX skill_assessments_member ON skill_assessments (member_id, skill_norm, assessed_at, id);
INSERT INTO skill_assessments (member_id, skill, skill_norm, level, assessed_at)
  SELECT s.member_id, s.name, s.name_norm, s.level, m.updated_at
  FROM member_skills s JOIN members m ON m.id = s.member_id
  ORDER BY s.member_id, s.position;
CREATE INDEX feedback_requests_deadline ON feedback_requests (deadline, id);
)sql";

// Version 9: the light periodic check-in of an alumni tie (issue 4, item 4):
// each side's opt-in (every 3 or 6 months; no row = off) and the short notes
// either side logs on an ended mentorship.
constexpr std::string_view kAlumniCheckInSchema = R"sql(
CREATE TABLE alumni_checkin_plans (
  mentorship_id INTEGER NOT NULL REFERENCES mentorships(id) ON DELETE CASCADE,
  member_id INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
  every_months INTEGER NOT NULL CHECK (every_months IN (3, 6)),
  since BIGINT NOT NULL,
  PRIMARY KEY (mentorship_id, member_id)
);

CREATE TABLE alumni_checkins (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  mentorship_id INTEGER NOT NULL REFERENCES mentorships(id) ON DELETE CASCADE,
  author_id INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
  note TEXT NOT NULL,
  created_at BIGINT NOT NULL
);
CREATE INDEX alumni_checkins_mentorship ON alumni_checkins (mentorship_id, created_at);
)sql";

// Version 7: cohort programs (issue 4, item 5): programs and their leads,
// participants with preferences (ranked/avoid as JSON arrays of member ids),
// the leads' pins/forbids and the current proposal, which becomes the
// published assignment. Rows hang off members with ON DELETE CASCADE.
constexpr std::string_view kProgramsSchema = R"sql(
CREATE TABLE programs (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  name TEXT NOT NULL,
  description TEXT NOT NULL,
  status TEXT NOT NULL,
  exclude_same_org INTEGER NOT NULL,
  default_capacity INTEGER NOT NULL,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL,
  published_at BIGINT,
  proposal_at BIGINT,
  proposal_total BIGINT
);

CREATE TABLE program_leads (
  program_id INTEGER NOT NULL REFERENCES programs(id) ON DELETE CASCADE,
  member_id INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  PRIMARY KEY (program_id, member_id)
);
CREATE INDEX program_leads_member ON program_leads (member_id, program_id);

CREATE TABLE program_participants (
  program_id INTEGER NOT NULL REFERENCES programs(id) ON DELETE CASCADE,
  member_id INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
  role TEXT NOT NULL,
  capacity INTEGER NOT NULL,
  ranked TEXT NOT NULL,
  avoid TEXT NOT NULL,
  joined_at BIGINT NOT NULL,
  PRIMARY KEY (program_id, member_id)
);
CREATE INDEX program_participants_member ON program_participants (member_id, program_id);

CREATE TABLE program_constraints (
  program_id INTEGER NOT NULL REFERENCES programs(id) ON DELETE CASCADE,
  mentee_id INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
  mentor_id INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
  rule TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  PRIMARY KEY (program_id, mentee_id, mentor_id)
);

CREATE TABLE program_pairs (
  program_id INTEGER NOT NULL REFERENCES programs(id) ON DELETE CASCADE,
  mentee_id INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
  mentor_id INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
  score_milli INTEGER NOT NULL,
  fit_milli INTEGER NOT NULL,
  preference_rank INTEGER NOT NULL,
  pinned INTEGER NOT NULL,
  reasons TEXT NOT NULL,
  PRIMARY KEY (program_id, mentee_id)
);
CREATE INDEX program_pairs_mentor ON program_pairs (mentor_id, program_id);

CREATE TABLE program_unmatched (
  program_id INTEGER NOT NULL REFERENCES programs(id) ON DELETE CASCADE,
  mentee_id INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
  reason TEXT NOT NULL,
  PRIMARY KEY (program_id, mentee_id)
);
)sql";

// The event log (docs/architecture.md, "Events"): facts appended in the
// transaction of the change, read in seq order by consumers. No foreign key on
// actor_id: an event outlives the member it names. dedupe_key (NULL for most)
// records a periodic fact such as "check-in overdue for period P" once, however
// often the sweep finds it. event_cursors holds how far
// each durable consumer got; its update commits with the consumer's effect.
constexpr std::string_view kEventLogSchema = R"sql(
CREATE TABLE events (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  type TEXT NOT NULL,
  at BIGINT NOT NULL,
  actor_id INTEGER,
  payload TEXT NOT NULL,
  dedupe_key TEXT UNIQUE
);
CREATE INDEX events_at ON events (at);

CREATE TABLE event_cursors (
  consumer TEXT PRIMARY KEY,
  seq BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);
)sql";

// Opportunities (issue 18): posts with their skills, fields and stages as JSON
// arrays (read whole with the post, never queried inside); search_text is the
// folded title, organization and description for keyword search. The partial
// index serves "what is open now" (the For-you index load and the alert sweep).
// Interest, dismissals and reports are one row per member and post.
constexpr std::string_view kOpportunitiesSchema = R"sql(
CREATE TABLE opportunities (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  poster_id INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
  kind TEXT NOT NULL,
  title TEXT NOT NULL,
  organization TEXT NOT NULL,
  location TEXT NOT NULL,
  remote INTEGER NOT NULL,
  description TEXT NOT NULL,
  skills TEXT NOT NULL,
  fields TEXT NOT NULL,
  stages TEXT NOT NULL,
  apply_url TEXT NOT NULL,
  closes_at BIGINT NOT NULL,
  starts_at BIGINT,
  ends_at BIGINT,
  search_text TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL,
  closed_at BIGINT,
  hidden_at BIGINT,
  hidden_by INTEGER
);
CREATE INDEX opportunities_poster ON opportunities (poster_id, id);
CREATE INDEX opportunities_open ON opportunities (id) WHERE closed_at IS NULL AND hidden_at IS NULL;

CREATE TABLE opportunity_interest (
  opportunity_id INTEGER NOT NULL REFERENCES opportunities(id) ON DELETE CASCADE,
  member_id INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
  note TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  PRIMARY KEY (opportunity_id, member_id)
);
CREATE INDEX opportunity_interest_member ON opportunity_interest (member_id, created_at);

CREATE TABLE opportunity_dismissals (
  member_id INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
  opportunity_id INTEGER NOT NULL REFERENCES opportunities(id) ON DELETE CASCADE,
  created_at BIGINT NOT NULL,
  PRIMARY KEY (member_id, opportunity_id)
);

CREATE TABLE opportunity_reports (
  opportunity_id INTEGER NOT NULL REFERENCES opportunities(id) ON DELETE CASCADE,
  reporter_id INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
  reason TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  PRIMARY KEY (opportunity_id, reporter_id)
);
)sql";

// Community (issue 19): groups and their members, posts, one level of comments,
// one reaction per member and post, and each member's feed choices (posts hidden,
// groups seen less). A post's body is Markdown; search_text holds
// FoldForSearch of the parts search reads (domain/search.h). The (created_at, id)
// indexes serve the feed's keyset windows per author and per group.
constexpr std::string_view kCommunitySchema = R"sql(
CREATE TABLE groups (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  kind TEXT NOT NULL,
  name TEXT NOT NULL,
  description TEXT NOT NULL,
  rules TEXT NOT NULL,
  topics TEXT NOT NULL,
  policy TEXT NOT NULL,
  program_id INTEGER UNIQUE REFERENCES programs(id) ON DELETE SET NULL,
  created_by INTEGER REFERENCES members(id) ON DELETE SET NULL,
  search_text TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);

CREATE TABLE group_members (
  group_id INTEGER NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
  member_id INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
  state TEXT NOT NULL,
  role TEXT NOT NULL,
  invited_by INTEGER REFERENCES members(id) ON DELETE SET NULL,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL,
  PRIMARY KEY (group_id, member_id)
);
CREATE INDEX group_members_member ON group_members (member_id, state);

CREATE TABLE posts (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  author_id INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
  group_id INTEGER REFERENCES groups(id) ON DELETE CASCADE,
  audience TEXT NOT NULL,
  body TEXT NOT NULL,
  search_text TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  edited_at BIGINT,
  hidden_at BIGINT,
  hidden_by INTEGER
);
CREATE INDEX posts_author ON posts (author_id, created_at, id);
CREATE INDEX posts_group ON posts (group_id, created_at, id) WHERE group_id IS NOT NULL;

CREATE TABLE post_comments (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  post_id INTEGER NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
  author_id INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
  parent_id INTEGER REFERENCES post_comments(id) ON DELETE CASCADE,
  body TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  edited_at BIGINT,
  hidden_at BIGINT
);
CREATE INDEX post_comments_post ON post_comments (post_id, id);

CREATE TABLE post_reactions (
  post_id INTEGER NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
  member_id INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
  reaction TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  PRIMARY KEY (post_id, member_id)
);

CREATE TABLE feed_hidden_posts (
  member_id INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
  post_id INTEGER NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
  created_at BIGINT NOT NULL,
  PRIMARY KEY (member_id, post_id)
);

CREATE TABLE feed_fewer_groups (
  member_id INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
  group_id INTEGER NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
  created_at BIGINT NOT NULL,
  PRIMARY KEY (member_id, group_id)
);
)sql";

// Warm introductions (issue 18): A (requester) asks B (broker) to introduce
// them to C (target). Status transitions are conditional updates (… WHERE id
// AND status), so of two racing ones exactly one changes the row. settled_at
// is set once A learned the outcome (accepted, withdrawn, expired); until then
// a request looks open to A, and the partial unique index allows one such
// request per requester and target. The due index serves the expiry sweep.
constexpr std::string_view kIntroductionsSchema = R"sql(
CREATE TABLE introductions (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  requester_id INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
  broker_id INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
  target_id INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
  opportunity_id INTEGER REFERENCES opportunities(id) ON DELETE SET NULL,
  status TEXT NOT NULL,
  note TEXT NOT NULL,
  blurb TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL,
  expires_at BIGINT NOT NULL,
  forwarded_at BIGINT,
  closed_at BIGINT,
  settled_at BIGINT
);
CREATE INDEX introductions_requester ON introductions (requester_id, id);
CREATE INDEX introductions_broker ON introductions (broker_id, id);
CREATE INDEX introductions_target ON introductions (target_id, id);
CREATE UNIQUE INDEX introductions_unsettled_pair ON introductions (requester_id, target_id)
  WHERE settled_at IS NULL;
CREATE INDEX introductions_due ON introductions (expires_at) WHERE settled_at IS NULL;
)sql";

// Saved searches with alerts (issue 18, item 3): a member's opportunity query
// (JSON, read whole), its delivery period and when it last alerted; and per
// search the posts that matched it, pending until an alert tells them
// (told_at set), then kept so that no post is ever told twice. The partial
// index finds the searches the sweep has something for.
constexpr std::string_view kSavedSearchesSchema = R"sql(
CREATE TABLE saved_searches (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  member_id INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  query TEXT NOT NULL,
  period TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL,
  last_alert_at BIGINT
);
CREATE INDEX saved_searches_member ON saved_searches (member_id, id);

CREATE TABLE saved_search_matches (
  saved_search_id INTEGER NOT NULL REFERENCES saved_searches(id) ON DELETE CASCADE,
  opportunity_id INTEGER NOT NULL REFERENCES opportunities(id) ON DELETE CASCADE,
  matched_at BIGINT NOT NULL,
  told_at BIGINT,
  PRIMARY KEY (saved_search_id, opportunity_id)
);
CREATE INDEX saved_search_matches_pending ON saved_search_matches (saved_search_id)
  WHERE told_at IS NULL;
CREATE INDEX saved_search_matches_opportunity ON saved_search_matches (opportunity_id);
)sql";

}  // namespace

std::vector<sql::Migration> SqliteMigrations() {
  return {
      {1, "initial schema", kInitialSchema},
      {3, "feedback and endorsements", kFeedbackSchema},
      {4, "recommendation dismissals", kDismissalsSchema},
      {5, "notifications", kNotificationSchema},
      {6, "mentorship", kMentorshipSchema},
      {7, "cohort programs", kProgramsSchema},
      {8, "feedback growth", kFeedbackGrowthSchema},
      {9, "alumni check-ins", kAlumniCheckInSchema},
      {10, "event log", kEventLogSchema},
      {11, "opportunities", kOpportunitiesSchema},
      {12, "introductions", kIntroductionsSchema},
      {13, "saved searches", kSavedSearchesSchema},
      // The directory's search text, folded for accents and punctuation (no schema change).
      {14, "fold member search text", "", sql::RefoldMemberSearchText},
      {15, "groups and posts", kCommunitySchema},
  };
}

}  // namespace pln::store::sqlite
