-- The victims' figures (search.Persons#figures: victims per station and Beijing month, repeat
-- victims, victims aged 60 or over) without a per-victim look-back over a million cases. Two
-- levels, kept by triggers in the writing transaction (JPA writes and bulk COPY alike):
--   victim_figures  one row per victim: its report day, station, repeat gap and whether 60+;
--   victim_daily    the counts per report day, station, gap and 60+, read by the figures.
--
-- The repeat gap of a victim: the smallest N in 1..60 such that the same person (the same
-- ID-card number; without one the same phone, among victims without one) had a case reported
-- before this one and at or after this report's time N calendar months earlier (Beijing time,
-- as Persons.read counts); 0 when there is none. A repeat victim under the setting
-- search_setting.repeat_months = N is a victim with a gap in 1..N: exact for every setting
-- without recomputing anything when an administrator changes it.
--
-- The gap depends only on the person's latest case before this one, so a person's victims are
-- recomputed together (one window pass) whenever a statement touches one of them: a new or
-- backdated case, a corrected ID-card number or phone, a moved report time or station, a
-- deleted victim or case. Old and new keys both, so the person a victim left is right too.

-- The person a victim is (null: neither an ID-card number nor a phone).
CREATE FUNCTION victim_person(id_card_number varchar, phone varchar) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT coalesce('I' || id_card_number, 'P' || phone) $$;

-- The calendar months (Beijing) between the month of earlier and that of later.
CREATE FUNCTION bureau_months_between(later timestamptz, earlier timestamptz) RETURNS integer
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
SELECT CAST((extract(year FROM later AT TIME ZONE 'Asia/Shanghai') - extract(year FROM earlier AT TIME ZONE 'Asia/Shanghai')) * 12
       + extract(month FROM later AT TIME ZONE 'Asia/Shanghai') - extract(month FROM earlier AT TIME ZONE 'Asia/Shanghai') AS integer)
$$;

-- The repeat gap of a report with the person's previous one (earlier, null if none): with m the
-- months between their months, "reported - m months" falls in the previous report's month and
-- "reported - (m + 1) months" before it, so the gap is m, or m + 1 when the previous report came
-- earlier in its month than "reported - m months". 0 when none or more than 60. One expression,
-- so that it is inlined into the set-based queries.
CREATE FUNCTION victim_repeat_gap(reported timestamptz, earlier timestamptz) RETURNS smallint
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
SELECT CAST(coalesce(nullif(least(61, bureau_months_between(reported, earlier)
       + CAST((reported AT TIME ZONE 'Asia/Shanghai') - make_interval(months => bureau_months_between(reported, earlier))
              > (earlier AT TIME ZONE 'Asia/Shanghai') AS integer)), 61), 0) AS smallint)
$$;

-- 60 or older on the day of the report, from the ID-card number's birth date (as the figures always counted).
CREATE FUNCTION victim_elderly(id_card_number varchar, reported timestamptz) RETURNS boolean
    LANGUAGE sql STABLE PARALLEL SAFE AS $$
SELECT coalesce(id_card_number ~ '^[0-9]{6}(19|20)[0-9]{2}(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])'
       AND substr(id_card_number, 7, 8) <= to_char((reported AT TIME ZONE 'Asia/Shanghai') - interval '60 years', 'YYYYMMDD'), false)
$$;

CREATE TABLE victim_figures (
    victim_id   bigint    PRIMARY KEY,
    station_id  bigint    NOT NULL,
    day         date      NOT NULL,
    gap         smallint  NOT NULL,  -- 0: no case of the same person within 60 months before
    elderly     boolean   NOT NULL
);

-- Each database session adds to its own slot (its backend pid modulo 8), so concurrent intakes
-- do not queue on one counter row; readers sum the slots, and VictimDays folds the slots of
-- past days into slot 0 every hour, as tip_daily is kept.
CREATE TABLE victim_daily (
    day         date      NOT NULL,
    station_id  bigint    NOT NULL,
    gap         smallint  NOT NULL,
    elderly     boolean   NOT NULL,
    slot        smallint  NOT NULL,
    victims     integer   NOT NULL,  -- a slot may go below zero (counted in one slot, changed in another); the sum may not
    PRIMARY KEY (day, station_id, gap, elderly, slot)
);
CREATE INDEX victim_daily_station ON victim_daily (station_id, day);

-- Existing victims, set-based: one window pass over all victims (the latest earlier report of
-- the same person is the max over the person's reports up to a microsecond before this one).
INSERT INTO victim_figures (victim_id, station_id, day, gap, elderly)
SELECT id, station_id, bureau_day(reported_at),
       CASE WHEN person IS NULL THEN 0 ELSE victim_repeat_gap(reported_at, earlier) END, victim_elderly(id_card_number, reported_at)
FROM (SELECT v.id, c.station_id, c.reported_at, v.id_card_number, victim_person(v.id_card_number, v.phone) AS person,
             max(c.reported_at) OVER (PARTITION BY victim_person(v.id_card_number, v.phone) ORDER BY c.reported_at
                 RANGE BETWEEN UNBOUNDED PRECEDING AND interval '1 microsecond' PRECEDING) AS earlier
      FROM fraud_victim v JOIN fraud_case c ON c.id = v.fraud_case_id) x;

INSERT INTO victim_daily (day, station_id, gap, elderly, slot, victims)
SELECT day, station_id, gap, elderly, 0, count(*) FROM victim_figures GROUP BY 1, 2, 3, 4;

-- Recomputes the figures of some victims and of every victim of the same persons: the persons
-- these victims are now, and those given (the keys they had before the statement). A person is
-- recomputed by one transaction at a time (an advisory lock per person, taken in order), and
-- every query of this function reads what committed before it took the locks, so two intakes
-- of the same person at once count the later one against the earlier. A statement of more than
-- 1000 persons (a bulk load) takes one lock for all instead.
CREATE FUNCTION victim_figures_refresh(old_ids varchar[], old_phones varchar[], victims bigint[]) RETURNS void
    LANGUAGE plpgsql AS
$$
DECLARE
    ids varchar[];
    phones varchar[];
    h integer;
BEGIN
    SELECT array_agg(DISTINCT k) INTO ids FROM (
        SELECT unnest(old_ids) UNION ALL SELECT id_card_number FROM fraud_victim WHERE id = ANY (victims)) x(k) WHERE k IS NOT NULL;
    SELECT array_agg(DISTINCT k) INTO phones FROM (
        SELECT unnest(old_phones) UNION ALL SELECT phone FROM fraud_victim WHERE id = ANY (victims) AND id_card_number IS NULL) x(k)
    WHERE k IS NOT NULL;
    IF coalesce(cardinality(ids), 0) + coalesce(cardinality(phones), 0) > 1000 THEN
        PERFORM pg_advisory_xact_lock(40, 0);
    ELSE
        PERFORM pg_advisory_xact_lock_shared(40, 0);
        FOR h IN SELECT DISTINCT hashtext(k) FROM (SELECT 'I' || unnest(ids) UNION ALL SELECT 'P' || unnest(phones)) x(k) ORDER BY 1 LOOP
            PERFORM pg_advisory_xact_lock(41, h);
        END LOOP;
    END IF;
    DELETE FROM victim_figures f WHERE f.victim_id = ANY (victims) AND NOT EXISTS (SELECT 1 FROM fraud_victim v WHERE v.id = f.victim_id);
    INSERT INTO victim_figures AS f (victim_id, station_id, day, gap, elderly)
    SELECT id, station_id, bureau_day(reported_at),
           CASE WHEN person IS NULL THEN 0 ELSE victim_repeat_gap(reported_at, earlier) END, victim_elderly(id_card_number, reported_at)
    FROM (SELECT v.id, c.station_id, c.reported_at, v.id_card_number, victim_person(v.id_card_number, v.phone) AS person,
                 max(c.reported_at) OVER (PARTITION BY victim_person(v.id_card_number, v.phone) ORDER BY c.reported_at
                     RANGE BETWEEN UNBOUNDED PRECEDING AND interval '1 microsecond' PRECEDING) AS earlier
          FROM fraud_victim v JOIN fraud_case c ON c.id = v.fraud_case_id
          WHERE v.id_card_number = ANY (ids) OR (v.id_card_number IS NULL AND v.phone = ANY (phones)) OR v.id = ANY (victims)) x
    ORDER BY id
    ON CONFLICT (victim_id) DO UPDATE SET station_id = EXCLUDED.station_id, day = EXCLUDED.day, gap = EXCLUDED.gap,
        elderly = EXCLUDED.elderly
    WHERE (f.station_id, f.day, f.gap, f.elderly) IS DISTINCT FROM (EXCLUDED.station_id, EXCLUDED.day, EXCLUDED.gap, EXCLUDED.elderly);
END
$$;

-- A statement on victims refreshes the victims it wrote or removed (an update only those whose
-- person or case changed), with the persons they were before.
CREATE FUNCTION victim_figures_on_victims() RETURNS trigger
    LANGUAGE plpgsql AS
$$
DECLARE
    ids varchar[];
    phones varchar[];
    victims bigint[];
BEGIN
    IF TG_OP = 'INSERT' THEN
        SELECT array_agg(id) INTO victims FROM added;
    ELSIF TG_OP = 'UPDATE' THEN
        SELECT array_agg(DISTINCT coalesce(a.id, r.id)), array_agg(DISTINCT r.id_card_number) FILTER (WHERE r.id_card_number IS NOT NULL),
               array_agg(DISTINCT r.phone) FILTER (WHERE r.id_card_number IS NULL AND r.phone IS NOT NULL)
        INTO victims, ids, phones
        FROM added a FULL JOIN removed r ON r.id = a.id
        WHERE a.id IS NULL OR r.id IS NULL
           OR (a.id_card_number, a.phone, a.fraud_case_id) IS DISTINCT FROM (r.id_card_number, r.phone, r.fraud_case_id);
    ELSE
        SELECT array_agg(id), array_agg(DISTINCT id_card_number) FILTER (WHERE id_card_number IS NOT NULL),
               array_agg(DISTINCT phone) FILTER (WHERE id_card_number IS NULL AND phone IS NOT NULL)
        INTO victims, ids, phones FROM removed;
    END IF;
    IF victims IS NOT NULL OR ids IS NOT NULL OR phones IS NOT NULL THEN
        PERFORM victim_figures_refresh(ids, phones, victims);
    END IF;
    RETURN NULL;
END
$$;

-- A case whose report time or station changed refreshes its victims (and so their persons).
CREATE FUNCTION victim_figures_on_cases() RETURNS trigger
    LANGUAGE plpgsql AS
$$
DECLARE
    victims bigint[];
BEGIN
    SELECT array_agg(v.id) INTO victims
    FROM added a JOIN removed r ON r.id = a.id JOIN fraud_victim v ON v.fraud_case_id = a.id
    WHERE a.reported_at IS DISTINCT FROM r.reported_at OR a.station_id IS DISTINCT FROM r.station_id;
    IF victims IS NOT NULL THEN
        PERFORM victim_figures_refresh(NULL, NULL, victims);
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER victim_figures_victim_insert AFTER INSERT ON fraud_victim
    REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION victim_figures_on_victims();
CREATE TRIGGER victim_figures_victim_update AFTER UPDATE ON fraud_victim
    REFERENCING OLD TABLE AS removed NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION victim_figures_on_victims();
-- a deleted case's victims go by the cascade, a statement on fraud_victim
CREATE TRIGGER victim_figures_victim_delete AFTER DELETE ON fraud_victim
    REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION victim_figures_on_victims();
CREATE TRIGGER victim_figures_case_update AFTER UPDATE ON fraud_case
    REFERENCING OLD TABLE AS removed NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION victim_figures_on_cases();

-- The per-victim rows that changed move the daily counts: +1 as a row is now, -1 as it was, in
-- the session's slot, rows in key order so two transactions never wait for each other crosswise.
CREATE FUNCTION victim_daily_apply() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO victim_daily AS d (day, station_id, gap, elderly, slot, victims)
        SELECT day, station_id, gap, elderly, pg_backend_pid() % 8, count(*)
        FROM added GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
        ON CONFLICT (day, station_id, gap, elderly, slot) DO UPDATE SET victims = d.victims + EXCLUDED.victims;
    ELSIF TG_OP = 'UPDATE' THEN
        INSERT INTO victim_daily AS d (day, station_id, gap, elderly, slot, victims)
        SELECT day, station_id, gap, elderly, pg_backend_pid() % 8, sum(n) FROM (
            SELECT day, station_id, gap, elderly, 1 AS n FROM added
            UNION ALL
            SELECT day, station_id, gap, elderly, -1 FROM removed) x
        GROUP BY 1, 2, 3, 4 HAVING sum(n) <> 0 ORDER BY 1, 2, 3, 4
        ON CONFLICT (day, station_id, gap, elderly, slot) DO UPDATE SET victims = d.victims + EXCLUDED.victims;
    ELSE
        INSERT INTO victim_daily AS d (day, station_id, gap, elderly, slot, victims)
        SELECT day, station_id, gap, elderly, pg_backend_pid() % 8, -count(*)
        FROM removed GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
        ON CONFLICT (day, station_id, gap, elderly, slot) DO UPDATE SET victims = d.victims + EXCLUDED.victims;
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER victim_daily_insert AFTER INSERT ON victim_figures
    REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION victim_daily_apply();
CREATE TRIGGER victim_daily_update AFTER UPDATE ON victim_figures
    REFERENCING OLD TABLE AS removed NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION victim_daily_apply();
CREATE TRIGGER victim_daily_delete AFTER DELETE ON victim_figures
    REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION victim_daily_apply();

-- Emptied victims (TRUNCATE fraud_victim, or fraud_case CASCADE) empty both levels.
CREATE FUNCTION victim_figures_clear() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    TRUNCATE victim_figures, victim_daily;
    RETURN NULL;
END
$$;
CREATE TRIGGER victim_figures_truncate AFTER TRUNCATE ON fraud_victim
    FOR EACH STATEMENT EXECUTE FUNCTION victim_figures_clear();
