-- One map (一张图): boundaries of stations, communities and grids, and where tips happen.
--
-- A boundary is a GeoJSON geometry (Polygon or MultiPolygon, WGS-84, [longitude, latitude])
-- kept as text, with its bounding box beside it for the box filter: the bundled PostgreSQL has
-- no PostGIS, so the application does the geometry (JTS) and SQL only narrows by the box.
-- The columns belong to the geo context; organization never reads or writes them.
-- boundary_source: ILLUSTRATIVE (demo outlines drawn roughly around the real towns, not
-- official: public maps need an approval number) or IMPORTED (an ADMIN's GeoJSON import).
ALTER TABLE station
    ADD COLUMN boundary         text,
    ADD COLUMN boundary_source  varchar(16),
    ADD COLUMN boundary_min_lat double precision,
    ADD COLUMN boundary_min_lon double precision,
    ADD COLUMN boundary_max_lat double precision,
    ADD COLUMN boundary_max_lon double precision,
    ADD CONSTRAINT station_boundary_box CHECK ((boundary IS NULL) = (boundary_min_lat IS NULL)
        AND (boundary IS NULL) = (boundary_source IS NULL) AND boundary_source IN ('ILLUSTRATIVE', 'IMPORTED'));
ALTER TABLE community
    ADD COLUMN boundary         text,
    ADD COLUMN boundary_source  varchar(16),
    ADD COLUMN boundary_min_lat double precision,
    ADD COLUMN boundary_min_lon double precision,
    ADD COLUMN boundary_max_lat double precision,
    ADD COLUMN boundary_max_lon double precision,
    ADD CONSTRAINT community_boundary_box CHECK ((boundary IS NULL) = (boundary_min_lat IS NULL)
        AND (boundary IS NULL) = (boundary_source IS NULL) AND boundary_source IN ('ILLUSTRATIVE', 'IMPORTED'));
ALTER TABLE grid
    ADD COLUMN boundary         text,
    ADD COLUMN boundary_source  varchar(16),
    ADD COLUMN boundary_min_lat double precision,
    ADD COLUMN boundary_min_lon double precision,
    ADD COLUMN boundary_max_lat double precision,
    ADD COLUMN boundary_max_lon double precision,
    ADD CONSTRAINT grid_boundary_box CHECK ((boundary IS NULL) = (boundary_min_lat IS NULL)
        AND (boundary IS NULL) = (boundary_source IS NULL) AND boundary_source IN ('ILLUSTRATIVE', 'IMPORTED'));
CREATE INDEX station_boundary_box ON station (boundary_min_lat, boundary_max_lat, boundary_min_lon, boundary_max_lon)
    WHERE boundary IS NOT NULL;
CREATE INDEX community_boundary_box ON community (boundary_min_lat, boundary_max_lat, boundary_min_lon, boundary_max_lon)
    WHERE boundary IS NOT NULL;
CREATE INDEX grid_boundary_box ON grid (boundary_min_lat, boundary_max_lat, boundary_min_lon, boundary_max_lon)
    WHERE boundary IS NOT NULL;

-- Each instance keeps the parsed polygons in memory and asks this number (one row) whether they
-- are still current: any change of the three tables counts it up in the changing transaction.
CREATE TABLE geo_boundary_version (
    id       integer PRIMARY KEY CHECK (id = 1),
    version  bigint  NOT NULL
);
INSERT INTO geo_boundary_version (id, version) VALUES (1, 1);

CREATE FUNCTION geo_boundary_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE geo_boundary_version SET version = version + 1 WHERE id = 1;
    RETURN NULL;
END $$;
CREATE TRIGGER station_geo_version AFTER INSERT OR UPDATE OR DELETE ON station
    FOR EACH STATEMENT EXECUTE FUNCTION geo_boundary_changed();
CREATE TRIGGER community_geo_version AFTER INSERT OR UPDATE OR DELETE ON community
    FOR EACH STATEMENT EXECUTE FUNCTION geo_boundary_changed();
CREATE TRIGGER grid_geo_version AFTER INSERT OR UPDATE OR DELETE ON grid
    FOR EACH STATEMENT EXECUTE FUNCTION geo_boundary_changed();

-- Point in polygon for rows written by SQL (the bench's and the demo history's tips): the
-- even-odd rule over every ring of each polygon, so a hole takes its area out. The application
-- locates with JTS (geo.domain.Outline), which counts a point on an edge as inside; here a point
-- exactly on a shared edge goes to one of the two areas. Both agree everywhere else.
CREATE FUNCTION geo_covers(geometry jsonb, lat double precision, lon double precision) RETURNS boolean
    LANGUAGE plpgsql IMMUTABLE STRICT AS $$
DECLARE
    polygon jsonb;
    ring    jsonb;
    n       integer;
    j       integer;
    xi double precision; yi double precision; xj double precision; yj double precision;
    inside  boolean;
BEGIN
    FOR polygon IN SELECT value FROM jsonb_array_elements(CASE geometry->>'type'
            WHEN 'Polygon' THEN jsonb_build_array(geometry->'coordinates')
            WHEN 'MultiPolygon' THEN geometry->'coordinates' ELSE '[]'::jsonb END) LOOP
        inside := false;
        FOR ring IN SELECT value FROM jsonb_array_elements(polygon) LOOP
            n := jsonb_array_length(ring);
            j := n - 1;
            FOR i IN 0 .. n - 1 LOOP
                xi := (ring->i->>0)::double precision; yi := (ring->i->>1)::double precision;
                xj := (ring->j->>0)::double precision; yj := (ring->j->>1)::double precision;
                IF ((yi > lat) <> (yj > lat)) AND (lon < (xj - xi) * (lat - yi) / (yj - yi) + xi) THEN
                    inside := NOT inside;
                END IF;
                j := i;
            END LOOP;
        END LOOP;
        IF inside THEN
            RETURN true;
        END IF;
    END LOOP;
    RETURN false;
END $$;

CREATE FUNCTION geo_grid_at(lat double precision, lon double precision) RETURNS bigint LANGUAGE sql STABLE AS $$
    SELECT g.id FROM grid g
    WHERE g.boundary IS NOT NULL AND lat BETWEEN g.boundary_min_lat AND g.boundary_max_lat
      AND lon BETWEEN g.boundary_min_lon AND g.boundary_max_lon AND geo_covers(g.boundary::jsonb, lat, lon)
    ORDER BY g.id LIMIT 1
$$;

CREATE FUNCTION geo_community_at(lat double precision, lon double precision) RETURNS bigint LANGUAGE sql STABLE AS $$
    SELECT c.id FROM community c
    WHERE c.boundary IS NOT NULL AND lat BETWEEN c.boundary_min_lat AND c.boundary_max_lat
      AND lon BETWEEN c.boundary_min_lon AND c.boundary_max_lon AND geo_covers(c.boundary::jsonb, lat, lon)
    ORDER BY c.id LIMIT 1
$$;

-- Where a tip happened: its grid and community by its position, set at intake (every way a tip
-- is written: the REST API, the pages, the public form, and rows written by SQL). Null: no
-- position, or outside every grid (counted apart on the map).
ALTER TABLE tip
    ADD COLUMN grid_id      bigint REFERENCES grid (id),
    ADD COLUMN community_id bigint REFERENCES community (id);
-- the heat layer counts per area and sending time, as the tip list behind a number filters
CREATE INDEX tip_grid_submitted ON tip (grid_id, submitted_at) WHERE grid_id IS NOT NULL;
CREATE INDEX tip_community_submitted ON tip (community_id, submitted_at) WHERE community_id IS NOT NULL;

CREATE FUNCTION tip_locate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.grid_id := geo_grid_at(NEW.latitude::double precision, NEW.longitude::double precision);
    IF NEW.grid_id IS NOT NULL THEN
        SELECT g.community_id INTO NEW.community_id FROM grid g WHERE g.id = NEW.grid_id;
    ELSE
        NEW.community_id := geo_community_at(NEW.latitude::double precision, NEW.longitude::double precision);
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER tip_locate BEFORE INSERT ON tip FOR EACH ROW
    WHEN (NEW.latitude IS NOT NULL AND NEW.grid_id IS NULL AND NEW.community_id IS NULL)
    EXECUTE FUNCTION tip_locate();

-- The map's settings (one row, ADMIN at /admin/map-settings.xhtml, audited): an optional basemap
-- (a tile URL template of an approved service, e.g. the bureau's PGIS; none by default: the police
-- network has no internet, and boundaries drawn alone need no tiles), whether that service uses
-- GCJ-02 (positions are then shifted for display only; everything stored stays WGS-84), and the
-- check-in tolerance: a check-in within this many metres of the shift's area (plus the phone's
-- accuracy) counts as on site.
CREATE TABLE map_setting (
    id                       integer       PRIMARY KEY CHECK (id = 1),
    tile_url                 varchar(300)  CHECK (tile_url IS NULL OR (tile_url LIKE '/%' OR tile_url LIKE 'https://%' OR tile_url LIKE 'http://%')),
    tile_gcj02               boolean       NOT NULL DEFAULT false,
    check_in_tolerance_m     integer       NOT NULL DEFAULT 300 CHECK (check_in_tolerance_m BETWEEN 0 AND 5000),
    version                  bigint        NOT NULL DEFAULT 0
);
INSERT INTO map_setting (id) VALUES (1);
