-- "For you" top 20 for member ?1 at time ?2 (ms), written as one SQL query the way a
-- newcomer would: every open post joined with the member's skills, fields, connections
-- and their organizations, the score computed in SQL with the weights of
-- src/domain/opportunity_rank.cc and the skill credits of domain::ComputeSkillFit, then
-- ORDER BY score LIMIT 20. Same exclusions as the index: closed, hidden, expired, the
-- member's own, blocked either way, dismissed. (Alumni ties and skills vouched by a
-- feedback review are left out: `pln gen` makes neither; endorsements and active
-- mentors are in.)
WITH
mine(other) AS (
  SELECT b_id FROM connections WHERE a_id = ?1
  UNION SELECT a_id FROM connections WHERE b_id = ?1),
open_opps AS (
  SELECT o.* FROM opportunities o
  WHERE o.closed_at IS NULL AND o.hidden_at IS NULL AND o.closes_at > ?2 AND o.poster_id <> ?1
    AND NOT EXISTS (SELECT 1 FROM blocks b
                    WHERE (b.blocker_id = ?1 AND b.blocked_id = o.poster_id)
                       OR (b.blocker_id = o.poster_id AND b.blocked_id = ?1))
    AND NOT EXISTS (SELECT 1 FROM opportunity_dismissals d
                    WHERE d.member_id = ?1 AND d.opportunity_id = o.id)),
asked AS (
  SELECT o.id AS opp, json_extract(s.value, '$.required') AS required,
         COALESCE((SELECT CASE
                     WHEN ms.level >= json_extract(s.value, '$.level') THEN
                       CASE WHEN EXISTS (SELECT 1 FROM endorsements e WHERE e.member_id = ?1
                                         AND e.skill_norm = ms.name_norm) THEN 1000 ELSE 800 END
                     WHEN ms.level + 1 = json_extract(s.value, '$.level') THEN
                       CASE WHEN EXISTS (SELECT 1 FROM endorsements e WHERE e.member_id = ?1
                                         AND e.skill_norm = ms.name_norm) THEN 500 ELSE 400 END
                     ELSE 0 END
                   FROM member_skills ms
                   WHERE ms.member_id = ?1
                     AND ms.name_norm = lower(trim(json_extract(s.value, '$.name')))
                   ORDER BY ms.position LIMIT 1), 0) AS credit
  FROM open_opps o, json_each(o.skills) s),
fit AS (
  SELECT opp, SUM(required) AS rt, SUM(CASE WHEN required THEN credit ELSE 0 END) AS rc,
         SUM(1 - required) AS nt, SUM(CASE WHEN required THEN 0 ELSE credit END) AS nc
  FROM asked GROUP BY opp),
signals AS (
  SELECT o.id,
    COALESCE(f.rt, 0) AS rt, COALESCE(f.rc, 0) AS rc, COALESCE(f.nt, 0) AS nt,
    COALESCE(f.nc, 0) AS nc,
    EXISTS (SELECT 1 FROM json_each(o.fields) x JOIN member_fields mf
            ON mf.member_id = ?1 AND mf.name_norm = lower(trim(x.value))) AS shares,
    (o.stages = '[]' OR EXISTS (SELECT 1 FROM json_each(o.stages) x
                                WHERE x.value = (SELECT stage FROM members WHERE id = ?1))) AS suits,
    CASE
      WHEN EXISTS (SELECT 1 FROM mentorships t WHERE t.status = 'active' AND t.mentee_id = ?1
                   AND t.mentor_id = o.poster_id) THEN 1000
      WHEN o.poster_id IN (SELECT other FROM mine) THEN 800
      WHEN EXISTS (SELECT 1 FROM mine m JOIN connections c
                   ON (c.a_id = m.other AND c.b_id = o.poster_id)
                   OR (c.b_id = m.other AND c.a_id = o.poster_id)) THEN 400
      ELSE 0 END AS tie,
    MIN(3, (SELECT COUNT(*) FROM mine m JOIN members p ON p.id = m.other
            WHERE p.organization <> '' AND lower(p.organization) = lower(o.organization)))
      * 1000 / 3 AS col,
    ?2 - o.updated_at AS age
  FROM open_opps o LEFT JOIN fit f ON f.opp = o.id),
parts AS (
  SELECT id,
    ((CASE WHEN rt = 0 THEN 1000 ELSE rc / rt END) * 800 +
     (CASE WHEN nt = 0 THEN 1000 ELSE nc / nt END) * 200) / 1000 AS fit,
    shares, suits,
    MIN(1000, MAX(tie, col) + MIN(tie, col) / 4) AS network,
    CASE WHEN age <= 0 THEN 1000
         ELSE CAST(round(1000.0 * pow(2.0, -(age * 1.0 / 1209600000))) AS INTEGER) END AS fresh
  FROM signals)
SELECT id, (450 * fit + 150 * 1000 * shares + 100 * 1000 * suits + 200 * network + 100 * fresh)
           / 1000 AS score
FROM parts
ORDER BY score DESC, id DESC
LIMIT 20;
