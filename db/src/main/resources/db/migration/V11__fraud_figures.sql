-- The supervisors' fraud figures without scanning a million cases. Two levels, both kept by
-- triggers in the writing transaction (JPA writes and bulk COPY alike, on every instance):
--   fraud_case_figures  one row per case: its report day (Beijing) and what became of it;
--   fraud_daily         the sums per report day, station and fraud type, read by the dashboards.
-- The definitions are those of FraudStatistics: a case counts on the day it was reported.

CREATE TABLE fraud_case_figures (
    fraud_case_id  bigint          PRIMARY KEY REFERENCES fraud_case (id) ON DELETE CASCADE,
    station_id     bigint          NOT NULL,
    fraud_type     varchar(32)     NOT NULL,
    day            date            NOT NULL,
    filed          boolean         NOT NULL,
    solved         boolean         NOT NULL,
    loss           numeric(16, 2)  NOT NULL,
    stopped        numeric(16, 2)  NOT NULL,
    frozen         numeric(16, 2)  NOT NULL,
    returned       numeric(16, 2)  NOT NULL,
    golden         boolean         NOT NULL
);

CREATE TABLE fraud_daily (
    day         date            NOT NULL,
    station_id  bigint          NOT NULL,
    fraud_type  varchar(32)     NOT NULL,
    reports     bigint          NOT NULL,
    filed       bigint          NOT NULL,
    solved      bigint          NOT NULL,
    loss        numeric(18, 2)  NOT NULL,
    stopped     numeric(18, 2)  NOT NULL,
    frozen      numeric(18, 2)  NOT NULL,
    returned    numeric(18, 2)  NOT NULL,
    with_loss   bigint          NOT NULL,
    golden      bigint          NOT NULL,
    PRIMARY KEY (day, station_id, fraud_type)
);
CREATE INDEX fraud_daily_station ON fraud_daily (station_id, day);

-- Existing cases, set-based (a million cases take seconds, not minutes).
INSERT INTO fraud_case_figures (fraud_case_id, station_id, fraud_type, day, filed, solved, loss, stopped, frozen, returned, golden)
SELECT c.id, c.station_id, c.fraud_type, (c.reported_at AT TIME ZONE 'Asia/Shanghai')::date,
       coalesce(k.filed, false), coalesce(k.solved, false), coalesce(m.loss, 0), coalesce(p.stopped, 0), coalesce(p.frozen, 0),
       coalesce(r.returned, 0), coalesce(p.golden, false)
FROM fraud_case c
LEFT JOIN (SELECT fraud_case_id, sum(amount) AS loss FROM money_transfer GROUP BY 1) m ON m.fraud_case_id = c.id
LEFT JOIN (SELECT s.fraud_case_id, sum(coalesce(s.amount_stopped, 0)) AS stopped, sum(coalesce(s.amount_frozen, 0)) AS frozen,
                  bool_or(s.requested_at <= f.reported_at + interval '1 hour') AS golden
           FROM stop_payment s JOIN fraud_case f ON f.id = s.fraud_case_id GROUP BY 1) p ON p.fraud_case_id = c.id
LEFT JOIN (SELECT fraud_case_id, sum(amount) AS returned FROM fund_return GROUP BY 1) r ON r.fraud_case_id = c.id
LEFT JOIN (SELECT fraud_case_id, bool_or(to_status = 'FILED') AS filed, bool_or(to_status = 'SOLVED') AS solved
           FROM case_transition WHERE to_status IN ('FILED', 'SOLVED') GROUP BY 1) k ON k.fraud_case_id = c.id;

INSERT INTO fraud_daily (day, station_id, fraud_type, reports, filed, solved, loss, stopped, frozen, returned, with_loss, golden)
SELECT day, station_id, fraud_type, count(*), count(*) FILTER (WHERE filed), count(*) FILTER (WHERE solved), sum(loss),
       sum(stopped), sum(frozen), sum(returned), count(*) FILTER (WHERE loss > 0), count(*) FILTER (WHERE loss > 0 AND golden)
FROM fraud_case_figures GROUP BY 1, 2, 3;

-- Recomputes the figures of some cases from their rows (a case that is gone is left to the cascade).
CREATE FUNCTION fraud_case_figures_refresh(ids bigint[]) RETURNS void
    LANGUAGE sql AS
$$
INSERT INTO fraud_case_figures AS f (fraud_case_id, station_id, fraud_type, day, filed, solved, loss, stopped, frozen, returned, golden)
SELECT c.id, c.station_id, c.fraud_type, (c.reported_at AT TIME ZONE 'Asia/Shanghai')::date,
       EXISTS (SELECT 1 FROM case_transition t WHERE t.fraud_case_id = c.id AND t.to_status = 'FILED'),
       EXISTS (SELECT 1 FROM case_transition t WHERE t.fraud_case_id = c.id AND t.to_status = 'SOLVED'),
       coalesce((SELECT sum(m.amount) FROM money_transfer m WHERE m.fraud_case_id = c.id), 0),
       coalesce((SELECT sum(coalesce(s.amount_stopped, 0)) FROM stop_payment s WHERE s.fraud_case_id = c.id), 0),
       coalesce((SELECT sum(coalesce(s.amount_frozen, 0)) FROM stop_payment s WHERE s.fraud_case_id = c.id), 0),
       coalesce((SELECT sum(r.amount) FROM fund_return r WHERE r.fraud_case_id = c.id), 0),
       EXISTS (SELECT 1 FROM stop_payment s WHERE s.fraud_case_id = c.id AND s.requested_at <= c.reported_at + interval '1 hour')
FROM fraud_case c WHERE c.id = ANY (ids)
ORDER BY c.id
ON CONFLICT (fraud_case_id) DO UPDATE SET station_id = EXCLUDED.station_id, fraud_type = EXCLUDED.fraud_type, day = EXCLUDED.day,
    filed = EXCLUDED.filed, solved = EXCLUDED.solved, loss = EXCLUDED.loss, stopped = EXCLUDED.stopped, frozen = EXCLUDED.frozen,
    returned = EXCLUDED.returned, golden = EXCLUDED.golden
WHERE (f.station_id, f.fraud_type, f.day, f.filed, f.solved, f.loss, f.stopped, f.frozen, f.returned, f.golden)
    IS DISTINCT FROM (EXCLUDED.station_id, EXCLUDED.fraud_type, EXCLUDED.day, EXCLUDED.filed, EXCLUDED.solved, EXCLUDED.loss,
                      EXCLUDED.stopped, EXCLUDED.frozen, EXCLUDED.returned, EXCLUDED.golden)
$$;

-- A statement on a case or one of its parts refreshes the cases it touched.
CREATE FUNCTION fraud_case_figures_touch() RETURNS trigger
    LANGUAGE plpgsql AS
$$
DECLARE
    ids bigint[];
BEGIN
    IF TG_TABLE_NAME = 'fraud_case' THEN
        IF TG_OP = 'DELETE' THEN
            RETURN NULL; -- the cascade removes the figures
        END IF;
        SELECT array_agg(DISTINCT id) INTO ids FROM added;
    ELSIF TG_OP = 'INSERT' THEN
        SELECT array_agg(DISTINCT fraud_case_id) INTO ids FROM added;
    ELSIF TG_OP = 'UPDATE' THEN
        SELECT array_agg(DISTINCT x) INTO ids FROM (SELECT fraud_case_id FROM added UNION SELECT fraud_case_id FROM removed) y(x);
    ELSE
        SELECT array_agg(DISTINCT fraud_case_id) INTO ids FROM removed;
    END IF;
    IF ids IS NOT NULL THEN
        PERFORM fraud_case_figures_refresh(ids);
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER fraud_case_figures_case_insert AFTER INSERT ON fraud_case
    REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION fraud_case_figures_touch();
CREATE TRIGGER fraud_case_figures_case_update AFTER UPDATE ON fraud_case
    REFERENCING OLD TABLE AS removed NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION fraud_case_figures_touch();

CREATE TRIGGER fraud_case_figures_transfer_insert AFTER INSERT ON money_transfer
    REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION fraud_case_figures_touch();
CREATE TRIGGER fraud_case_figures_transfer_update AFTER UPDATE ON money_transfer
    REFERENCING OLD TABLE AS removed NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION fraud_case_figures_touch();
CREATE TRIGGER fraud_case_figures_transfer_delete AFTER DELETE ON money_transfer
    REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION fraud_case_figures_touch();

CREATE TRIGGER fraud_case_figures_stop_insert AFTER INSERT ON stop_payment
    REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION fraud_case_figures_touch();
CREATE TRIGGER fraud_case_figures_stop_update AFTER UPDATE ON stop_payment
    REFERENCING OLD TABLE AS removed NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION fraud_case_figures_touch();
CREATE TRIGGER fraud_case_figures_stop_delete AFTER DELETE ON stop_payment
    REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION fraud_case_figures_touch();

CREATE TRIGGER fraud_case_figures_return_insert AFTER INSERT ON fund_return
    REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION fraud_case_figures_touch();
CREATE TRIGGER fraud_case_figures_return_update AFTER UPDATE ON fund_return
    REFERENCING OLD TABLE AS removed NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION fraud_case_figures_touch();
CREATE TRIGGER fraud_case_figures_return_delete AFTER DELETE ON fund_return
    REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION fraud_case_figures_touch();

CREATE TRIGGER fraud_case_figures_transition_insert AFTER INSERT ON case_transition
    REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION fraud_case_figures_touch();
CREATE TRIGGER fraud_case_figures_transition_delete AFTER DELETE ON case_transition
    REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION fraud_case_figures_touch();

-- The per-case rows that changed move the daily sums: minus what they were, plus what they
-- are. One function per event, as each sees different transition tables. Keys in order, so
-- two transactions never wait for each other's rows crosswise.
CREATE FUNCTION fraud_daily_on_insert() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    INSERT INTO fraud_daily AS d (day, station_id, fraud_type, reports, filed, solved, loss, stopped, frozen, returned, with_loss, golden)
    SELECT day, station_id, fraud_type, count(*), count(*) FILTER (WHERE filed), count(*) FILTER (WHERE solved), sum(loss),
           sum(stopped), sum(frozen), sum(returned), count(*) FILTER (WHERE loss > 0), count(*) FILTER (WHERE loss > 0 AND golden)
    FROM added GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
    ON CONFLICT (day, station_id, fraud_type) DO UPDATE SET reports = d.reports + EXCLUDED.reports,
        filed = d.filed + EXCLUDED.filed, solved = d.solved + EXCLUDED.solved, loss = d.loss + EXCLUDED.loss,
        stopped = d.stopped + EXCLUDED.stopped, frozen = d.frozen + EXCLUDED.frozen, returned = d.returned + EXCLUDED.returned,
        with_loss = d.with_loss + EXCLUDED.with_loss, golden = d.golden + EXCLUDED.golden;
    RETURN NULL;
END
$$;

CREATE FUNCTION fraud_daily_on_update() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    INSERT INTO fraud_daily AS d (day, station_id, fraud_type, reports, filed, solved, loss, stopped, frozen, returned, with_loss, golden)
    SELECT day, station_id, fraud_type, sum(n), sum(filed), sum(solved), sum(loss), sum(stopped), sum(frozen), sum(returned),
           sum(with_loss), sum(golden)
    FROM (SELECT day, station_id, fraud_type, 1 AS n, filed::int AS filed, solved::int AS solved, loss, stopped, frozen, returned,
                 (loss > 0)::int AS with_loss, (loss > 0 AND golden)::int AS golden
          FROM added
          UNION ALL
          SELECT day, station_id, fraud_type, -1, -(filed::int), -(solved::int), -loss, -stopped, -frozen, -returned,
                 -((loss > 0)::int), -((loss > 0 AND golden)::int)
          FROM removed) x
    GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
    ON CONFLICT (day, station_id, fraud_type) DO UPDATE SET reports = d.reports + EXCLUDED.reports,
        filed = d.filed + EXCLUDED.filed, solved = d.solved + EXCLUDED.solved, loss = d.loss + EXCLUDED.loss,
        stopped = d.stopped + EXCLUDED.stopped, frozen = d.frozen + EXCLUDED.frozen, returned = d.returned + EXCLUDED.returned,
        with_loss = d.with_loss + EXCLUDED.with_loss, golden = d.golden + EXCLUDED.golden;
    RETURN NULL;
END
$$;

CREATE FUNCTION fraud_daily_on_delete() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    UPDATE fraud_daily d SET reports = d.reports - x.reports, filed = d.filed - x.filed, solved = d.solved - x.solved,
        loss = d.loss - x.loss, stopped = d.stopped - x.stopped, frozen = d.frozen - x.frozen, returned = d.returned - x.returned,
        with_loss = d.with_loss - x.with_loss, golden = d.golden - x.golden
    FROM (SELECT day, station_id, fraud_type, count(*) AS reports, count(*) FILTER (WHERE filed) AS filed,
                 count(*) FILTER (WHERE solved) AS solved, sum(loss) AS loss, sum(stopped) AS stopped, sum(frozen) AS frozen,
                 sum(returned) AS returned, count(*) FILTER (WHERE loss > 0) AS with_loss,
                 count(*) FILTER (WHERE loss > 0 AND golden) AS golden
          FROM removed GROUP BY 1, 2, 3) x
    WHERE d.day = x.day AND d.station_id = x.station_id AND d.fraud_type = x.fraud_type;
    RETURN NULL;
END
$$;

CREATE TRIGGER fraud_daily_insert AFTER INSERT ON fraud_case_figures
    REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION fraud_daily_on_insert();
CREATE TRIGGER fraud_daily_update AFTER UPDATE ON fraud_case_figures
    REFERENCING OLD TABLE AS removed NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION fraud_daily_on_update();
CREATE TRIGGER fraud_daily_delete AFTER DELETE ON fraud_case_figures
    REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION fraud_daily_on_delete();

CREATE FUNCTION fraud_daily_clear() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    DELETE FROM fraud_daily;
    RETURN NULL;
END
$$;
CREATE TRIGGER fraud_daily_truncate AFTER TRUNCATE ON fraud_case_figures
    FOR EACH STATEMENT EXECUTE FUNCTION fraud_daily_clear();
