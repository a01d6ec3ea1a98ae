-- Tips per Beijing day, station, group and category, for the supervisors' statistics: a
-- year of tips is a few thousand rows here instead of hundreds of thousands in tip.
-- Statement-level triggers keep it in the writing transaction (intake, triage, handover,
-- bulk COPY alike). Tip intake is the busiest write of all: each database session adds to
-- its own slot (its backend pid modulo 8), so concurrent intakes do not queue on one
-- counter row; readers sum the slots. The application folds the slots of past days into
-- slot 0 every hour (PatrolStatistics.compactTipDays), so the table stays small.

-- What a tip counts as, defined once: the day it was sent, and whether it led to action
-- (an officer resolved it, or opened a case from it).
CREATE FUNCTION bureau_day(at timestamptz) RETURNS date
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT (at AT TIME ZONE 'Asia/Shanghai')::date $$;
CREATE FUNCTION tip_acted(status varchar) RETURNS boolean
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT status IN ('RESOLVED', 'CASE_OPENED') $$;

CREATE TABLE tip_daily (
    day         date         NOT NULL,
    station_id  bigint       NOT NULL,
    group_id    bigint       NOT NULL,  -- 0: sent outside any group
    category    varchar(20)  NOT NULL,
    slot        smallint     NOT NULL,
    tips        integer      NOT NULL,  -- a slot may go below zero (a tip counted in one slot, changed in another); the sum may not
    acted       integer      NOT NULL,
    PRIMARY KEY (day, station_id, group_id, category, slot)
);

INSERT INTO tip_daily (day, station_id, group_id, category, slot, tips, acted)
SELECT bureau_day(submitted_at), station_id, coalesce(group_id, 0), category, 0, count(*), count(*) FILTER (WHERE tip_acted(status))
FROM tip GROUP BY 1, 2, 3, 4;

CREATE FUNCTION tip_daily_apply() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    -- rows in key order, so two transactions never wait for each other's rows crosswise
    IF TG_OP = 'INSERT' THEN
        INSERT INTO tip_daily AS d (day, station_id, group_id, category, slot, tips, acted)
        SELECT bureau_day(submitted_at), station_id, coalesce(group_id, 0), category, pg_backend_pid() % 8, count(*),
               count(*) FILTER (WHERE tip_acted(status))
        FROM added GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
        ON CONFLICT (day, station_id, group_id, category, slot) DO UPDATE SET tips = d.tips + EXCLUDED.tips, acted = d.acted + EXCLUDED.acted;
    ELSIF TG_OP = 'UPDATE' THEN
        -- +1 for each row as it is now, -1 as it was; a triage that changes nothing counted writes nothing
        INSERT INTO tip_daily AS d (day, station_id, group_id, category, slot, tips, acted)
        SELECT day, station_id, group_id, category, pg_backend_pid() % 8, sum(tips), sum(acted) FROM (
            SELECT bureau_day(submitted_at) AS day, station_id, coalesce(group_id, 0) AS group_id, category, 1 AS tips,
                   tip_acted(status)::int AS acted FROM added
            UNION ALL
            SELECT bureau_day(submitted_at), station_id, coalesce(group_id, 0), category, -1, -tip_acted(status)::int FROM removed) x
        GROUP BY 1, 2, 3, 4 HAVING sum(tips) <> 0 OR sum(acted) <> 0 ORDER BY 1, 2, 3, 4
        ON CONFLICT (day, station_id, group_id, category, slot) DO UPDATE SET tips = d.tips + EXCLUDED.tips, acted = d.acted + EXCLUDED.acted;
    ELSE
        INSERT INTO tip_daily AS d (day, station_id, group_id, category, slot, tips, acted)
        SELECT bureau_day(submitted_at), station_id, coalesce(group_id, 0), category, pg_backend_pid() % 8, -count(*),
               -count(*) FILTER (WHERE tip_acted(status))
        FROM removed GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
        ON CONFLICT (day, station_id, group_id, category, slot) DO UPDATE SET tips = d.tips + EXCLUDED.tips, acted = d.acted + EXCLUDED.acted;
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER tip_daily_insert AFTER INSERT ON tip
    REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION tip_daily_apply();
CREATE TRIGGER tip_daily_update AFTER UPDATE ON tip
    REFERENCING OLD TABLE AS removed NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION tip_daily_apply();
CREATE TRIGGER tip_daily_delete AFTER DELETE ON tip
    REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION tip_daily_apply();

CREATE FUNCTION tip_daily_clear() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    DELETE FROM tip_daily;
    RETURN NULL;
END
$$;
CREATE TRIGGER tip_daily_truncate AFTER TRUNCATE ON tip
    FOR EACH STATEMENT EXECUTE FUNCTION tip_daily_clear();
