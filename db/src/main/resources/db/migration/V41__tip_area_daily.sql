-- The tips with a position per Beijing day and area, for the heat layer by grid or community and
-- the dashboard's grid map (issue 22): a period's heat is read from at most a row per area and
-- day here, not counted from the tip table (1.2M located tips in the bench data took 0.2–1 s a
-- statement, and a station's filter could use no index). Kept as tip_daily is: statement-level
-- triggers in the writing transaction (intake, a boundary import that locates the tips again,
-- bulk COPY), each database session adding to its own slot (its backend pid modulo 8) so
-- concurrent intakes do not queue on one row, the slots of past days folded into slot 0 hourly
-- (PatrolStatistics.compactTipDays).
-- A tip is on the map when it has a position or an area: retention, which clears a triaged tip's
-- position after its term, leaves its grid and community, so it stays counted where it was.
CREATE TABLE tip_area_daily (
    day           date      NOT NULL,
    station_id    bigint    NOT NULL,  -- the tip's station; 0: none yet (the bureau's queue)
    community_id  bigint    NOT NULL,  -- 0: outside every community
    grid_id       bigint    NOT NULL,  -- 0: outside every grid (counted apart on the map)
    slot          smallint  NOT NULL,
    tips          integer   NOT NULL,  -- a slot may go below zero (counted in one slot, moved in another); the sum may not
    PRIMARY KEY (day, station_id, community_id, grid_id, slot)
);

INSERT INTO tip_area_daily (day, station_id, community_id, grid_id, slot, tips)
SELECT bureau_day(submitted_at), coalesce(station_id, 0), coalesce(community_id, 0), coalesce(grid_id, 0), 0, count(*)
FROM tip WHERE (latitude IS NOT NULL OR grid_id IS NOT NULL OR community_id IS NOT NULL) GROUP BY 1, 2, 3, 4;

CREATE FUNCTION tip_area_daily_apply() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    -- rows in key order, so two transactions never wait for each other's rows crosswise
    IF TG_OP = 'INSERT' THEN
        INSERT INTO tip_area_daily AS d (day, station_id, community_id, grid_id, slot, tips)
        SELECT bureau_day(submitted_at), coalesce(station_id, 0), coalesce(community_id, 0), coalesce(grid_id, 0),
               pg_backend_pid() % 8, count(*)
        FROM added WHERE (latitude IS NOT NULL OR grid_id IS NOT NULL OR community_id IS NOT NULL) GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
        ON CONFLICT (day, station_id, community_id, grid_id, slot) DO UPDATE SET tips = d.tips + EXCLUDED.tips;
    ELSIF TG_OP = 'UPDATE' THEN
        -- +1 for each row as it is now, -1 as it was: a triage, which moves no tip, writes nothing
        INSERT INTO tip_area_daily AS d (day, station_id, community_id, grid_id, slot, tips)
        SELECT day, station_id, community_id, grid_id, pg_backend_pid() % 8, sum(n) FROM (
            SELECT bureau_day(submitted_at) AS day, coalesce(station_id, 0) AS station_id, coalesce(community_id, 0) AS community_id,
                   coalesce(grid_id, 0) AS grid_id, 1 AS n FROM added WHERE (latitude IS NOT NULL OR grid_id IS NOT NULL OR community_id IS NOT NULL)
            UNION ALL
            SELECT bureau_day(submitted_at), coalesce(station_id, 0), coalesce(community_id, 0), coalesce(grid_id, 0), -1
            FROM removed WHERE (latitude IS NOT NULL OR grid_id IS NOT NULL OR community_id IS NOT NULL)) x
        GROUP BY 1, 2, 3, 4 HAVING sum(n) <> 0 ORDER BY 1, 2, 3, 4
        ON CONFLICT (day, station_id, community_id, grid_id, slot) DO UPDATE SET tips = d.tips + EXCLUDED.tips;
    ELSE
        INSERT INTO tip_area_daily AS d (day, station_id, community_id, grid_id, slot, tips)
        SELECT bureau_day(submitted_at), coalesce(station_id, 0), coalesce(community_id, 0), coalesce(grid_id, 0),
               pg_backend_pid() % 8, -count(*)
        FROM removed WHERE (latitude IS NOT NULL OR grid_id IS NOT NULL OR community_id IS NOT NULL) GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
        ON CONFLICT (day, station_id, community_id, grid_id, slot) DO UPDATE SET tips = d.tips + EXCLUDED.tips;
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER tip_area_daily_insert AFTER INSERT ON tip
    REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION tip_area_daily_apply();
CREATE TRIGGER tip_area_daily_update AFTER UPDATE ON tip
    REFERENCING OLD TABLE AS removed NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION tip_area_daily_apply();
CREATE TRIGGER tip_area_daily_delete AFTER DELETE ON tip
    REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION tip_area_daily_apply();

CREATE FUNCTION tip_area_daily_clear() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    DELETE FROM tip_area_daily;
    RETURN NULL;
END
$$;
CREATE TRIGGER tip_area_daily_truncate AFTER TRUNCATE ON tip
    FOR EACH STATEMENT EXECUTE FUNCTION tip_area_daily_clear();
