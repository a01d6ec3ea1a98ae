-- Issue 22, check-in with a position.
--
-- A shift may name the grid or community it patrols besides its area in words: a check-in is
-- judged against the shift's grid, else its community, else its group's, else the station.
ALTER TABLE shift
    ADD COLUMN grid_id       bigint REFERENCES grid (id),
    ADD COLUMN community_id  bigint REFERENCES community (id);

-- Where the phone was at check-in (WGS-84; none when it had no fix) and the server's decision:
-- on_site inside the area or within the tolerance setting plus the accuracy of it; null when
-- there was no position or the area has no boundary. distance_m: metres to the area (0 inside).
ALTER TABLE shift_signup
    ADD COLUMN check_in_latitude   double precision CHECK (check_in_latitude BETWEEN -90 AND 90),
    ADD COLUMN check_in_longitude  double precision CHECK (check_in_longitude BETWEEN -180 AND 180),
    ADD COLUMN check_in_accuracy_m double precision CHECK (check_in_accuracy_m >= 0),
    ADD COLUMN on_site             boolean,
    ADD COLUMN distance_m          integer CHECK (distance_m >= 0),
    ADD CONSTRAINT shift_signup_position CHECK ((check_in_latitude IS NULL) = (check_in_longitude IS NULL)
        AND (on_site IS NULL OR check_in_latitude IS NOT NULL) AND (on_site IS NULL) = (distance_m IS NULL));
