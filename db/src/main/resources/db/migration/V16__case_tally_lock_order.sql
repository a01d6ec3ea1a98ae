-- The tally's rows are taken in key order by every writer. V7's update branch took a status
-- change's rows in two statements, the decrement first: a change from a later key to an earlier
-- one held the later row while it waited for the earlier, and a bulk insert (which takes its
-- rows in key order) could hold the earlier one while it waited for the later: a deadlock
-- between a case transition and a load. Now the rows a change touches are locked in key order
-- before either statement runs.
CREATE OR REPLACE FUNCTION fraud_case_tally_apply() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    -- rows in key order, so two transactions never wait for each other's rows crosswise
    IF TG_OP = 'INSERT' THEN
        INSERT INTO fraud_case_tally AS t (station_id, status, fraud_type, cases)
        SELECT station_id, status, fraud_type, count(*) FROM added GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
        ON CONFLICT (station_id, status, fraud_type) DO UPDATE SET cases = t.cases + EXCLUDED.cases;
    ELSIF TG_OP = 'UPDATE' THEN
        PERFORM 1 FROM fraud_case_tally t
        WHERE (t.station_id, t.status, t.fraud_type) IN (
                  SELECT station_id, status, fraud_type FROM added
                  UNION
                  SELECT station_id, status, fraud_type FROM removed)
        ORDER BY t.station_id, t.status, t.fraud_type
        FOR UPDATE;
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
        PERFORM 1 FROM fraud_case_tally t
        WHERE (t.station_id, t.status, t.fraud_type) IN (SELECT station_id, status, fraud_type FROM removed)
        ORDER BY t.station_id, t.status, t.fraud_type
        FOR UPDATE;
        UPDATE fraud_case_tally t SET cases = t.cases - d.n
        FROM (SELECT station_id, status, fraud_type, count(*) AS n FROM removed GROUP BY 1, 2, 3) d
        WHERE t.station_id = d.station_id AND t.status = d.status AND t.fraud_type = d.fraud_type;
    END IF;
    RETURN NULL;
END
$$;
