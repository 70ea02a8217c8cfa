-- The query of foryou.sqlite.sql in PostgreSQL's dialect (jsonb functions, LEAST/GREATEST,
-- numeric rounding half away from zero as C's lround). psql variables: :me, :now (ms).
WITH
mine(other) AS (
  SELECT b_id FROM connections WHERE a_id = :me
  UNION SELECT a_id FROM connections WHERE b_id = :me),
open_opps AS (
  SELECT o.* FROM opportunities o
  WHERE o.closed_at IS NULL AND o.hidden_at IS NULL AND o.closes_at > :now AND o.poster_id <> :me
    AND NOT EXISTS (SELECT 1 FROM blocks b
                    WHERE (b.blocker_id = :me AND b.blocked_id = o.poster_id)
                       OR (b.blocker_id = o.poster_id AND b.blocked_id = :me))
    AND NOT EXISTS (SELECT 1 FROM opportunity_dismissals d
                    WHERE d.member_id = :me AND d.opportunity_id = o.id)),
asked AS (
  SELECT o.id AS opp, (s->>'required')::boolean::int AS required,
         COALESCE((SELECT CASE
                     WHEN ms.level >= (s->>'level')::int THEN
                       CASE WHEN EXISTS (SELECT 1 FROM endorsements e WHERE e.member_id = :me
                                         AND e.skill_norm = ms.name_norm) THEN 1000 ELSE 800 END
                     WHEN ms.level + 1 = (s->>'level')::int THEN
                       CASE WHEN EXISTS (SELECT 1 FROM endorsements e WHERE e.member_id = :me
                                         AND e.skill_norm = ms.name_norm) THEN 500 ELSE 400 END
                     ELSE 0 END
                   FROM member_skills ms
                   WHERE ms.member_id = :me AND ms.name_norm = lower(trim(s->>'name'))
                   ORDER BY ms.position LIMIT 1), 0) AS credit
  FROM open_opps o, jsonb_array_elements(o.skills::jsonb) s),
fit AS (
  SELECT opp, SUM(required) AS rt, SUM(CASE WHEN required = 1 THEN credit ELSE 0 END) AS rc,
         SUM(1 - required) AS nt, SUM(CASE WHEN required = 1 THEN 0 ELSE credit END) AS nc
  FROM asked GROUP BY opp),
signals AS (
  SELECT o.id,
    COALESCE(f.rt, 0) AS rt, COALESCE(f.rc, 0) AS rc, COALESCE(f.nt, 0) AS nt,
    COALESCE(f.nc, 0) AS nc,
    EXISTS (SELECT 1 FROM jsonb_array_elements_text(o.fields::jsonb) x JOIN member_fields mf
            ON mf.member_id = :me AND mf.name_norm = lower(trim(x)))::int AS shares,
    (o.stages = '[]' OR EXISTS (SELECT 1 FROM jsonb_array_elements_text(o.stages::jsonb) x
                                WHERE x = (SELECT stage FROM members WHERE id = :me)))::int AS suits,
    CASE
      WHEN EXISTS (SELECT 1 FROM mentorships t WHERE t.status = 'active' AND t.mentee_id = :me
                   AND t.mentor_id = o.poster_id) THEN 1000
      WHEN o.poster_id IN (SELECT other FROM mine) THEN 800
      WHEN EXISTS (SELECT 1 FROM mine m JOIN connections c
                   ON (c.a_id = m.other AND c.b_id = o.poster_id)
                   OR (c.b_id = m.other AND c.a_id = o.poster_id)) THEN 400
      ELSE 0 END AS tie,
    LEAST(3, (SELECT COUNT(*) FROM mine m JOIN members p ON p.id = m.other
              WHERE p.organization <> '' AND lower(p.organization) = lower(o.organization)))
      * 1000 / 3 AS col,
    :now - o.updated_at AS age
  FROM open_opps o LEFT JOIN fit f ON f.opp = o.id),
parts AS (
  SELECT id,
    ((CASE WHEN rt = 0 THEN 1000 ELSE rc / rt END) * 800 +
     (CASE WHEN nt = 0 THEN 1000 ELSE nc / nt END) * 200) / 1000 AS fit,
    shares, suits,
    LEAST(1000, GREATEST(tie, col) + LEAST(tie, col) / 4) AS network,
    CASE WHEN age <= 0 THEN 1000
         ELSE round((1000.0 * power(2.0, -(age::float8 / 1209600000)))::numeric)::int END AS fresh
  FROM signals)
SELECT id, (450 * fit + 150 * 1000 * shares + 100 * 1000 * suits + 200 * network + 100 * fresh)
           / 1000 AS score
FROM parts
ORDER BY score DESC, id DESC
LIMIT 20;
