-- Defect 15: in English, grid names and points reasons showed in Chinese only.

-- A grid gets an English name beside its Chinese one, as stations and communities have. A grid
-- named "<community>第N网格" is "<community's English name> Grid N"; any other keeps its
-- Chinese name until an administrator gives it one (the pages show the Chinese name while
-- the English one is missing).
ALTER TABLE grid ADD COLUMN name_en varchar(100);
UPDATE grid g SET name_en = c.name_en || ' Grid ' || CASE substring(g.name FROM '第(.)网格$')
        WHEN '一' THEN '1' WHEN '二' THEN '2' WHEN '三' THEN '3' WHEN '四' THEN '4' WHEN '五' THEN '5'
        WHEN '六' THEN '6' WHEN '七' THEN '7' WHEN '八' THEN '8' WHEN '九' THEN '9' WHEN '十' THEN '10' END
FROM community c
WHERE c.id = g.community_id AND g.name = c.name_zh || substring(g.name FROM '第.网格$');

-- A points reason is a message key and its arguments (a JSON array of strings, as
-- notification.args), rendered in the reader's language when read; the reason column keeps
-- the text as written then, for rows no key fits. The rows written so far get their key when
-- their text has one of the forms the application wrote.
ALTER TABLE points_award
    ADD COLUMN reason_key  varchar(40),
    ADD COLUMN reason_args text;

UPDATE points_award SET reason_key = 'points.reason.shift',
       reason_args = json_build_array(m[1], m[2])::text
FROM (SELECT id AS award_id, regexp_match(reason, '^shift [0-9]+ (.*) ([0-9]+(?:\.[0-9]+)?) h$') AS m FROM points_award) x
WHERE x.award_id = points_award.id AND x.m IS NOT NULL AND rule_code = 'SHIFT_HOUR';
UPDATE points_award SET reason_key = 'points.reason.shift',
       reason_args = json_build_array(m[1], m[2])::text
FROM (SELECT id AS award_id, regexp_match(reason, '^巡逻 (.*) ([0-9]+(?:\.[0-9]+)?) h$') AS m FROM points_award) x
WHERE x.award_id = points_award.id AND x.m IS NOT NULL AND rule_code = 'SHIFT_HOUR';
UPDATE points_award SET reason_key = 'points.reason.publicity',
       reason_args = json_build_array(m[1], m[2])::text
FROM (SELECT id AS award_id, regexp_match(reason, '^publicity ([0-9]{4}-[0-9]{2}-[0-9]{2}) (.*)$') AS m FROM points_award) x
WHERE x.award_id = points_award.id AND x.m IS NOT NULL AND rule_code = 'PUBLICITY_EVENT';
UPDATE points_award SET reason_key = 'points.reason.tip',
       reason_args = json_build_array(m[1], '#tipStatus.' || m[2])::text
FROM (SELECT id AS award_id, regexp_match(reason, '^tip (\S+) (RESOLVED|CASE_OPENED|DISMISSED|NEW)$') AS m FROM points_award) x
WHERE x.award_id = points_award.id AND x.m IS NOT NULL AND rule_code = 'TIP_ACTED_ON';
