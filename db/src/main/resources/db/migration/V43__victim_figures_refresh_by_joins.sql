-- The victims' figures (V40) refreshed with the persons' keys joined as sets.
-- V40 chose the victims to recompute by "id_card_number = ANY (ids) OR phone = ANY (phones) OR
-- id = ANY (victims)": one bitmap scan, then each row it found tested against every key of the
-- arrays, one by one. For one intake that is nothing; for a statement of 25,000 victims (a batch
-- of the bench data, a bulk import, a purge) it is 25,000 × 25,000 comparisons: 14.6 of the 15.3 s
-- that query took, most of a 20 s batch of 20,000 cases. The same victims, chosen by joins on
-- the keys (hashed or by index), took 0.6 s.

CREATE OR REPLACE FUNCTION victim_figures_refresh(old_ids varchar[], old_phones varchar[], victims bigint[]) RETURNS void
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
          WHERE v.id IN (SELECT w.id FROM fraud_victim w WHERE w.id_card_number IN (SELECT unnest(ids))
                         UNION SELECT w.id FROM fraud_victim w WHERE w.id_card_number IS NULL AND w.phone IN (SELECT unnest(phones))
                         UNION SELECT unnest(victims))) x
    ORDER BY id
    ON CONFLICT (victim_id) DO UPDATE SET station_id = EXCLUDED.station_id, day = EXCLUDED.day, gap = EXCLUDED.gap,
        elderly = EXCLUDED.elderly
    WHERE (f.station_id, f.day, f.gap, f.elderly) IS DISTINCT FROM (EXCLUDED.station_id, EXCLUDED.day, EXCLUDED.gap, EXCLUDED.elderly);
END
$$;
