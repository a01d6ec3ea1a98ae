-- A tip from the public page may come without a station ("I don't know"): when neither the
-- phone's position nor the place's words name one, it waits in the bureau's queue (station_id
-- NULL) until a bureau supervisor assigns it to a station. Members' tips always have one.
ALTER TABLE tip ALTER COLUMN station_id DROP NOT NULL;

-- The bureau's queue: the new tips without a station, newest first.
CREATE INDEX tip_unassigned ON tip (submitted_at DESC) WHERE station_id IS NULL AND status = 'NEW';

-- tip_daily counts a tip without a station under station 0, as it counts one outside any group
-- under group 0; the statistics per station join station and leave it out, the bureau's totals count it.
CREATE OR REPLACE FUNCTION tip_daily_apply() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    -- rows in key order, so two transactions never wait for each other's rows crosswise
    IF TG_OP = 'INSERT' THEN
        INSERT INTO tip_daily AS d (day, station_id, group_id, category, slot, tips, acted)
        SELECT bureau_day(submitted_at), coalesce(station_id, 0), coalesce(group_id, 0), category, pg_backend_pid() % 8, count(*),
               count(*) FILTER (WHERE tip_acted(status))
        FROM added GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
        ON CONFLICT (day, station_id, group_id, category, slot) DO UPDATE SET tips = d.tips + EXCLUDED.tips, acted = d.acted + EXCLUDED.acted;
    ELSIF TG_OP = 'UPDATE' THEN
        -- +1 for each row as it is now, -1 as it was; a triage that changes nothing counted writes nothing
        INSERT INTO tip_daily AS d (day, station_id, group_id, category, slot, tips, acted)
        SELECT day, station_id, group_id, category, pg_backend_pid() % 8, sum(tips), sum(acted) FROM (
            SELECT bureau_day(submitted_at) AS day, coalesce(station_id, 0) AS station_id, coalesce(group_id, 0) AS group_id, category,
                   1 AS tips, tip_acted(status)::int AS acted FROM added
            UNION ALL
            SELECT bureau_day(submitted_at), coalesce(station_id, 0), coalesce(group_id, 0), category, -1, -tip_acted(status)::int
            FROM removed) x
        GROUP BY 1, 2, 3, 4 HAVING sum(tips) <> 0 OR sum(acted) <> 0 ORDER BY 1, 2, 3, 4
        ON CONFLICT (day, station_id, group_id, category, slot) DO UPDATE SET tips = d.tips + EXCLUDED.tips, acted = d.acted + EXCLUDED.acted;
    ELSE
        INSERT INTO tip_daily AS d (day, station_id, group_id, category, slot, tips, acted)
        SELECT bureau_day(submitted_at), coalesce(station_id, 0), coalesce(group_id, 0), category, pg_backend_pid() % 8, -count(*),
               -count(*) FILTER (WHERE tip_acted(status))
        FROM removed GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
        ON CONFLICT (day, station_id, group_id, category, slot) DO UPDATE SET tips = d.tips + EXCLUDED.tips, acted = d.acted + EXCLUDED.acted;
    END IF;
    RETURN NULL;
END
$$;
