-- How many members checked in to a shift (and did not cancel), kept by a trigger in the
-- writing transaction: "shifts held" (at least one check-in) is then read from the shifts
-- alone, not by looking through a year of check-ins.
ALTER TABLE shift ADD COLUMN attendance integer NOT NULL DEFAULT 0 CHECK (attendance >= 0);

UPDATE shift s SET attendance = a.n
FROM (SELECT shift_id, count(*) AS n FROM shift_signup WHERE checked_in_at IS NOT NULL AND cancelled_at IS NULL GROUP BY 1) a
WHERE a.shift_id = s.id;

CREATE FUNCTION shift_attendance_apply() RETURNS trigger
    LANGUAGE plpgsql AS
$$
DECLARE
    was integer := 0;
    now_is integer := 0;
BEGIN
    IF TG_OP <> 'INSERT' AND OLD.checked_in_at IS NOT NULL AND OLD.cancelled_at IS NULL THEN
        was := 1;
    END IF;
    IF TG_OP <> 'DELETE' AND NEW.checked_in_at IS NOT NULL AND NEW.cancelled_at IS NULL THEN
        now_is := 1;
    END IF;
    IF now_is <> was THEN
        UPDATE shift SET attendance = attendance + now_is - was WHERE id = CASE WHEN TG_OP = 'DELETE' THEN OLD.shift_id ELSE NEW.shift_id END;
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER shift_attendance AFTER INSERT OR UPDATE OR DELETE ON shift_signup
    FOR EACH ROW EXECUTE FUNCTION shift_attendance_apply();
CREATE INDEX shift_held ON shift (starts_at) WHERE attendance > 0 AND NOT cancelled;
