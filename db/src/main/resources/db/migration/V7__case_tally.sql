-- Exact case counts without counting a million rows: the case list's total (unfiltered, or
-- filtered by status and fraud type only) is a sum over this small table. Statement-level
-- triggers keep it in step with fraud_case in the same transaction, for single-row JPA
-- writes and bulk COPY alike, on every instance.
CREATE TABLE fraud_case_tally (
    station_id  bigint       NOT NULL,
    status      varchar(24)  NOT NULL,
    fraud_type  varchar(32)  NOT NULL,
    cases       bigint       NOT NULL CHECK (cases >= 0),
    PRIMARY KEY (station_id, status, fraud_type)
);

INSERT INTO fraud_case_tally (station_id, status, fraud_type, cases)
SELECT station_id, status, fraud_type, count(*) FROM fraud_case GROUP BY 1, 2, 3;

CREATE FUNCTION fraud_case_tally_apply() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    -- rows in key order, so two transactions never wait for each other's rows crosswise
    IF TG_OP = 'INSERT' THEN
        INSERT INTO fraud_case_tally AS t (station_id, status, fraud_type, cases)
        SELECT station_id, status, fraud_type, count(*) FROM added GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
        ON CONFLICT (station_id, status, fraud_type) DO UPDATE SET cases = t.cases + EXCLUDED.cases;
    ELSIF TG_OP = 'UPDATE' THEN
        -- decrements first, on rows that exist; then increments, which may create rows
        UPDATE fraud_case_tally t SET cases = t.cases + d.delta
        FROM (SELECT station_id, status, fraud_type, sum(delta) AS delta FROM (
                  SELECT station_id, status, fraud_type, 1 AS delta FROM added
                  UNION ALL
                  SELECT station_id, status, fraud_type, -1 FROM removed) x
              GROUP BY 1, 2, 3 HAVING sum(delta) < 0) d
        WHERE t.station_id = d.station_id AND t.status = d.status AND t.fraud_type = d.fraud_type;
        INSERT INTO fraud_case_tally AS t (station_id, status, fraud_type, cases)
        SELECT station_id, status, fraud_type, sum(delta) FROM (
            SELECT station_id, status, fraud_type, 1 AS delta FROM added
            UNION ALL
            SELECT station_id, status, fraud_type, -1 FROM removed) x
        GROUP BY 1, 2, 3 HAVING sum(delta) > 0 ORDER BY 1, 2, 3
        ON CONFLICT (station_id, status, fraud_type) DO UPDATE SET cases = t.cases + EXCLUDED.cases;
    ELSE
        UPDATE fraud_case_tally t SET cases = t.cases - d.n
        FROM (SELECT station_id, status, fraud_type, count(*) AS n FROM removed GROUP BY 1, 2, 3) d
        WHERE t.station_id = d.station_id AND t.status = d.status AND t.fraud_type = d.fraud_type;
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER fraud_case_tally_insert AFTER INSERT ON fraud_case
    REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION fraud_case_tally_apply();
CREATE TRIGGER fraud_case_tally_update AFTER UPDATE ON fraud_case
    REFERENCING OLD TABLE AS removed NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION fraud_case_tally_apply();
CREATE TRIGGER fraud_case_tally_delete AFTER DELETE ON fraud_case
    REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION fraud_case_tally_apply();

CREATE FUNCTION fraud_case_tally_clear() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    DELETE FROM fraud_case_tally;
    RETURN NULL;
END
$$;
CREATE TRIGGER fraud_case_tally_truncate AFTER TRUNCATE ON fraud_case
    FOR EACH STATEMENT EXECUTE FUNCTION fraud_case_tally_clear();
