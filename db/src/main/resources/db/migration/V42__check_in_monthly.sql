-- Check-ins per Beijing month of their shift, station, group and member, for the patrol figures
-- (hours, people, on-site rate): a year of the bureau's check-ins is 141k rows in the bench data,
-- joined to their shifts and grouped per person on every dashboard (170 ms of the bureau page);
-- here it is at most one row per member and month. "People" counts each person once over the
-- whole period, so the tally keeps the member; the figures sum the whole months of a period here
-- and read the check-ins of its partial months at either end (PatrolStatistics).
--
-- Kept in the writing transaction: a statement-level trigger on shift_signup (check-in, check-out,
-- the on-site judgement, cancelling, bulk loads) and a row trigger on shift for the few changes
-- that move its check-ins (its times, cancelling, its station or group). A check-in counts while
-- it is not cancelled and its shift is not; its tenths of an hour are PatrolCounting.TENTHS.
CREATE FUNCTION bureau_month(at timestamptz) RETURNS date
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT date_trunc('month', at AT TIME ZONE 'Asia/Shanghai')::date $$;

CREATE TABLE check_in_monthly (
    month       date     NOT NULL,  -- the first day of the shift's month (Beijing time)
    station_id  bigint   NOT NULL,
    group_id    bigint   NOT NULL,
    member_id   bigint   NOT NULL,
    check_ins   integer  NOT NULL,  -- 0: every check-in of the row went away (the figures skip it)
    tenths      bigint   NOT NULL,
    located     integer  NOT NULL,
    on_site     integer  NOT NULL,
    PRIMARY KEY (month, station_id, group_id, member_id)
);

INSERT INTO check_in_monthly (month, station_id, group_id, member_id, check_ins, tenths, located, on_site)
SELECT bureau_month(s.starts_at), s.station_id, s.group_id, x.member_id, count(*),
       sum(floor(greatest(0, date_part('epoch', least(x.checked_out_at, s.ends_at) - greatest(x.checked_in_at, s.starts_at))) / 360)::int),
       count(x.on_site), count(*) FILTER (WHERE x.on_site)
FROM shift_signup x JOIN shift s ON s.id = x.shift_id
WHERE x.cancelled_at IS NULL AND x.checked_in_at IS NOT NULL AND NOT s.cancelled
GROUP BY 1, 2, 3, 4;

-- Each check-in adds its count, tenths and judgement to its row as it is now (+) and takes them from
-- its row as it was (-); rows summed per key and written in key order, so two transactions never
-- wait for each other's rows crosswise; a change that moves nothing (a patrol log) writes nothing.
CREATE FUNCTION check_in_monthly_apply() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO check_in_monthly AS t (month, station_id, group_id, member_id, check_ins, tenths, located, on_site)
        SELECT month, station_id, group_id, member_id, sum(n), sum(tenths), sum(located), sum(on_site) FROM (
            SELECT bureau_month(s.starts_at) AS month, s.station_id, s.group_id, x.member_id, 1 AS n, floor(greatest(0, date_part('epoch', least(x.checked_out_at, s.ends_at) - greatest(x.checked_in_at, s.starts_at))) / 360)::int AS tenths,
                   (x.on_site IS NOT NULL)::int AS located, coalesce(x.on_site, false)::int AS on_site
            FROM added x JOIN shift s ON s.id = x.shift_id
            WHERE x.cancelled_at IS NULL AND x.checked_in_at IS NOT NULL AND NOT s.cancelled
        ) c
        GROUP BY 1, 2, 3, 4 HAVING sum(n) <> 0 OR sum(tenths) <> 0 OR sum(located) <> 0 OR sum(on_site) <> 0 ORDER BY 1, 2, 3, 4
        ON CONFLICT (month, station_id, group_id, member_id) DO UPDATE SET check_ins = t.check_ins + EXCLUDED.check_ins,
            tenths = t.tenths + EXCLUDED.tenths, located = t.located + EXCLUDED.located, on_site = t.on_site + EXCLUDED.on_site;
    ELSIF TG_OP = 'UPDATE' THEN
        INSERT INTO check_in_monthly AS t (month, station_id, group_id, member_id, check_ins, tenths, located, on_site)
        SELECT month, station_id, group_id, member_id, sum(n), sum(tenths), sum(located), sum(on_site) FROM (
            SELECT bureau_month(s.starts_at) AS month, s.station_id, s.group_id, x.member_id, 1 AS n, floor(greatest(0, date_part('epoch', least(x.checked_out_at, s.ends_at) - greatest(x.checked_in_at, s.starts_at))) / 360)::int AS tenths,
                   (x.on_site IS NOT NULL)::int AS located, coalesce(x.on_site, false)::int AS on_site
            FROM added x JOIN shift s ON s.id = x.shift_id
            WHERE x.cancelled_at IS NULL AND x.checked_in_at IS NOT NULL AND NOT s.cancelled
            UNION ALL
            SELECT bureau_month(s.starts_at) AS month, s.station_id, s.group_id, x.member_id, -1 AS n, -floor(greatest(0, date_part('epoch', least(x.checked_out_at, s.ends_at) - greatest(x.checked_in_at, s.starts_at))) / 360)::int AS tenths,
                   -(x.on_site IS NOT NULL)::int AS located, -coalesce(x.on_site, false)::int AS on_site
            FROM removed x JOIN shift s ON s.id = x.shift_id
            WHERE x.cancelled_at IS NULL AND x.checked_in_at IS NOT NULL AND NOT s.cancelled
        ) c
        GROUP BY 1, 2, 3, 4 HAVING sum(n) <> 0 OR sum(tenths) <> 0 OR sum(located) <> 0 OR sum(on_site) <> 0 ORDER BY 1, 2, 3, 4
        ON CONFLICT (month, station_id, group_id, member_id) DO UPDATE SET check_ins = t.check_ins + EXCLUDED.check_ins,
            tenths = t.tenths + EXCLUDED.tenths, located = t.located + EXCLUDED.located, on_site = t.on_site + EXCLUDED.on_site;
    ELSE
        INSERT INTO check_in_monthly AS t (month, station_id, group_id, member_id, check_ins, tenths, located, on_site)
        SELECT month, station_id, group_id, member_id, sum(n), sum(tenths), sum(located), sum(on_site) FROM (
            SELECT bureau_month(s.starts_at) AS month, s.station_id, s.group_id, x.member_id, -1 AS n, -floor(greatest(0, date_part('epoch', least(x.checked_out_at, s.ends_at) - greatest(x.checked_in_at, s.starts_at))) / 360)::int AS tenths,
                   -(x.on_site IS NOT NULL)::int AS located, -coalesce(x.on_site, false)::int AS on_site
            FROM removed x JOIN shift s ON s.id = x.shift_id
            WHERE x.cancelled_at IS NULL AND x.checked_in_at IS NOT NULL AND NOT s.cancelled
        ) c
        GROUP BY 1, 2, 3, 4 HAVING sum(n) <> 0 OR sum(tenths) <> 0 OR sum(located) <> 0 OR sum(on_site) <> 0 ORDER BY 1, 2, 3, 4
        ON CONFLICT (month, station_id, group_id, member_id) DO UPDATE SET check_ins = t.check_ins + EXCLUDED.check_ins,
            tenths = t.tenths + EXCLUDED.tenths, located = t.located + EXCLUDED.located, on_site = t.on_site + EXCLUDED.on_site;
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER check_in_monthly_insert AFTER INSERT ON shift_signup
    REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION check_in_monthly_apply();
CREATE TRIGGER check_in_monthly_update AFTER UPDATE ON shift_signup
    REFERENCING OLD TABLE AS removed NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION check_in_monthly_apply();
CREATE TRIGGER check_in_monthly_delete AFTER DELETE ON shift_signup
    REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION check_in_monthly_apply();

-- A shift moved in time, cancelled or given to another station or group: its check-ins leave its
-- old row and join its new one (each with its tenths by the new times).
CREATE FUNCTION check_in_monthly_shift_moved() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    INSERT INTO check_in_monthly AS t (month, station_id, group_id, member_id, check_ins, tenths, located, on_site)
        SELECT month, station_id, group_id, member_id, sum(n), sum(tenths), sum(located), sum(on_site) FROM (
            SELECT bureau_month(s.starts_at) AS month, s.station_id, s.group_id, x.member_id, 1 AS n, floor(greatest(0, date_part('epoch', least(x.checked_out_at, s.ends_at) - greatest(x.checked_in_at, s.starts_at))) / 360)::int AS tenths,
                   (x.on_site IS NOT NULL)::int AS located, coalesce(x.on_site, false)::int AS on_site
            FROM shift_signup x JOIN (SELECT NEW.*) s ON s.id = x.shift_id
            WHERE x.cancelled_at IS NULL AND x.checked_in_at IS NOT NULL AND NOT s.cancelled AND x.shift_id = NEW.id
            UNION ALL
            SELECT bureau_month(s.starts_at) AS month, s.station_id, s.group_id, x.member_id, -1 AS n, -floor(greatest(0, date_part('epoch', least(x.checked_out_at, s.ends_at) - greatest(x.checked_in_at, s.starts_at))) / 360)::int AS tenths,
                   -(x.on_site IS NOT NULL)::int AS located, -coalesce(x.on_site, false)::int AS on_site
            FROM shift_signup x JOIN (SELECT OLD.*) s ON s.id = x.shift_id
            WHERE x.cancelled_at IS NULL AND x.checked_in_at IS NOT NULL AND NOT s.cancelled AND x.shift_id = OLD.id
        ) c
        GROUP BY 1, 2, 3, 4 HAVING sum(n) <> 0 OR sum(tenths) <> 0 OR sum(located) <> 0 OR sum(on_site) <> 0 ORDER BY 1, 2, 3, 4
        ON CONFLICT (month, station_id, group_id, member_id) DO UPDATE SET check_ins = t.check_ins + EXCLUDED.check_ins,
            tenths = t.tenths + EXCLUDED.tenths, located = t.located + EXCLUDED.located, on_site = t.on_site + EXCLUDED.on_site;
    RETURN NULL;
END
$$;

CREATE TRIGGER check_in_monthly_shift AFTER UPDATE ON shift FOR EACH ROW
    WHEN (OLD.starts_at IS DISTINCT FROM NEW.starts_at OR OLD.ends_at IS DISTINCT FROM NEW.ends_at
          OR OLD.cancelled IS DISTINCT FROM NEW.cancelled OR OLD.station_id IS DISTINCT FROM NEW.station_id
          OR OLD.group_id IS DISTINCT FROM NEW.group_id)
    EXECUTE FUNCTION check_in_monthly_shift_moved();

CREATE FUNCTION check_in_monthly_clear() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    DELETE FROM check_in_monthly;
    RETURN NULL;
END
$$;
CREATE TRIGGER check_in_monthly_truncate AFTER TRUNCATE ON shift_signup
    FOR EACH STATEMENT EXECUTE FUNCTION check_in_monthly_clear();
