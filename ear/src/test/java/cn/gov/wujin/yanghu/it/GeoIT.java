package cn.gov.wujin.yanghu.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The map (一张图): boundaries by scope, locating a position, tips placed in their grid. */
class GeoIT extends DeployedApplication {

    /** A feature of the collection by its code. */
    static JsonObject feature(JsonObject collection, String code) {
        return collection.getJsonArray("features").stream().map(JsonValue::asJsonObject)
                .filter(f -> f.getJsonObject("properties").getString("code").equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("no feature " + code));
    }

    /** The average of a polygon's outer ring: inside, for the demo's convex grids. {latitude, longitude}. */
    static double[] inside(JsonObject feature) {
        JsonObject geometry = feature.getJsonObject("geometry");
        JsonArray ring = geometry.getString("type").equals("Polygon") ? geometry.getJsonArray("coordinates").getJsonArray(0)
                : geometry.getJsonArray("coordinates").getJsonArray(0).getJsonArray(0);
        double lat = 0;
        double lon = 0;
        for (int i = 0; i < ring.size() - 1; i++) {
            lon += ring.getJsonArray(i).getJsonNumber(0).doubleValue();
            lat += ring.getJsonArray(i).getJsonNumber(1).doubleValue();
        }
        return new double[] {lat / (ring.size() - 1), lon / (ring.size() - 1)};
    }

    private static JsonObject tip(double[] at, String description) {
        var tip = Json.createObjectBuilder().add("category", "SAFETY_HAZARD")
                .add("occurredAt", OffsetDateTime.now(ZoneOffset.ofHours(8)).minusMinutes(10).withNano(0).format(TestEnv.ISO_TIME))
                .add("place", "路口" + TestEnv.unique()).add("description", description);
        if (at != null) {
            tip.add("latitude", Math.round(at[0] * 1e6) / 1e6).add("longitude", Math.round(at[1] * 1e6) / 1e6);
        }
        return tip.build();
    }

    @Test
    void boundariesAreScopedAndEveryDemoStationHasOneMarkedIllustrative() {
        JsonObject all = Api.demo("supervisor1").get("geo/boundaries?level=station").json();
        List<String> codes = all.getJsonArray("features").stream()
                .map(f -> f.asJsonObject().getJsonObject("properties").getString("code")).toList();
        assertThat(codes).contains("HT", "NT", "NXS", "XH", "LY", "YG", "HL", "HSQ", "XY", "QH", "LJ", "JZ", "HLI");
        JsonObject ht = feature(all, "HT");
        assertThat(ht.getJsonObject("properties").getBoolean("illustrative")).isTrue();
        assertThat(ht.getJsonObject("properties").isNull("parentId")).isTrue();
        assertThat(ht.getJsonObject("geometry").getString("type")).isIn("Polygon", "MultiPolygon");

        Api officer = Api.demo("officer1");
        JsonObject own = officer.get("geo/boundaries").json();
        assertThat(own.getJsonArray("features")).isNotEmpty();
        long htId = ht.getJsonObject("properties").getJsonNumber("id").longValue();
        assertThat(own.getJsonArray("features").stream().map(f -> f.asJsonObject().getJsonObject("properties")
                .getJsonNumber("stationId").longValue())).containsOnly(htId);
        assertThat(own.getJsonArray("features").stream().map(f -> f.asJsonObject().getJsonObject("properties").getString("level")))
                .contains("station", "community", "grid");
        Api.Reply other = officer.get("geo/boundaries?station=NT");
        assertThat(other.status()).isEqualTo(400);
        assertThat(other.json().getString("field")).isEqualTo("station");
        assertThat(officer.get("geo/boundaries?level=street").json().getString("field")).isEqualTo("level");
        assertThat(Api.demo("supervisor1").get("geo/boundaries?level=grid&station=NT").json().getJsonArray("features"))
                .allSatisfy(f -> assertThat(f.asJsonObject().getJsonObject("properties").getString("code")).startsWith("NT-"));
    }

    @Test
    void aPositionIsLocatedInItsGridAndATipThereCarriesItsGridAndCommunity() throws Exception {
        Api volunteer = Api.demo("volunteer1");
        JsonObject grids = volunteer.get("geo/boundaries?level=grid").json();
        JsonObject grid = feature(grids, "HT-01-G1");
        long gridId = grid.getJsonObject("properties").getJsonNumber("id").longValue();
        long communityId = grid.getJsonObject("properties").getJsonNumber("parentId").longValue();
        double[] at = inside(grid);

        JsonObject place = volunteer.get("geo/locate?latitude=" + at[0] + "&longitude=" + at[1]).json();
        assertThat(place.getJsonNumber("gridId").longValue()).isEqualTo(gridId);
        assertThat(place.getJsonNumber("communityId").longValue()).isEqualTo(communityId);
        assertThat(place.getJsonNumber("stationId").longValue()).isEqualTo(grid.getJsonObject("properties").getJsonNumber("stationId").longValue());
        assertThat(volunteer.get("geo/locate?latitude=30.1&longitude=118.1").json()).as("no value: left out").isEmpty();
        Api.Reply bad = volunteer.get("geo/locate?latitude=95&longitude=");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().getJsonArray("errors").stream().map(e -> e.asJsonObject().getString("field")))
                .containsExactlyInAnyOrder("latitude", "longitude");

        // a member's tip there: its grid and community, set at intake
        Api.Reply sent = volunteer.post("tips", tip(at, "井盖缺失"), "Idempotency-Key", UUID.randomUUID().toString());
        assertThat(sent.status()).as(sent.body()).isEqualTo(201);
        JsonObject read = volunteer.get("tips/" + sent.id()).json();
        assertThat(read.getJsonNumber("gridId").longValue()).isEqualTo(gridId);
        assertThat(read.getJsonNumber("communityId").longValue()).isEqualTo(communityId);
        // the heat layer counts it in its grid, for its station's staff; a tip outside is counted apart
        String today = java.time.LocalDate.now(ZoneOffset.ofHours(8)).toString();
        String period = "&from=" + java.time.LocalDate.parse(today).minusDays(1) + "&to=" + today;
        JsonArray heat = Api.demo("officer1").get("geo/heat?kind=tips&level=grid" + period).array();
        assertThat(heat.stream().map(JsonValue::asJsonObject).filter(r -> !r.getBoolean("outside"))
                .map(r -> r.getString("code"))).allMatch(code -> code.startsWith("HT-")).contains("HT-01-G1");
        assertThat(heat.stream().map(JsonValue::asJsonObject).filter(r -> "HT-01-G1".equals(r.getString("code", null)))
                .findFirst().orElseThrow().getJsonNumber("count").longValue()).isPositive();
        assertThat(heat.stream().map(JsonValue::asJsonObject).filter(r -> r.getBoolean("outside"))).hasSize(1);
        Api.Reply notTheirs = Api.demo("head1").get("geo/heat?kind=tips&station=NT" + period);
        assertThat(notTheirs.status()).isEqualTo(400);
        assertThat(Api.demo("supervisor1").get("geo/heat?kind=checkins&level=community&station=NT" + period).array())
                .allSatisfy(r -> assertThat(r.asJsonObject().getString("code")).startsWith("NT-"));
        Api.Reply leadsByGrid = Api.demo("supervisor1").get("geo/heat?kind=leads&level=grid" + period);
        assertThat(leadsByGrid.status()).isEqualTo(400);
        assertThat(leadsByGrid.body()).contains("\"level\"");
        assertThat(Api.demo("supervisor1").get("geo/heat?kind=cases&level=community" + period).status()).isEqualTo(200);

        // outside every grid: neither, counted apart
        Api.Reply far = volunteer.post("tips", tip(new double[] {30.1, 118.1}, "远处"), "Idempotency-Key", UUID.randomUUID().toString());
        JsonObject farRead = volunteer.get("tips/" + far.id()).json();
        assertThat(farRead.containsKey("gridId") && !farRead.isNull("gridId")).isFalse();

        // the public form without a station: the position decides it (NT's town centre lies in NT)
        try (var c = TestEnv.database(); var s = c.prepareStatement("DELETE FROM rate_limit_window WHERE bucket LIKE 'anonymous-tip:%'")) {
            s.executeUpdate(); // other classes' anonymous tips share this client's limit
        }
        Api.Reply anonymous = Api.anonymous().post("public/tips", tip(new double[] {31.7520, 119.9290}, "有人争吵"),
                "Idempotency-Key", UUID.randomUUID().toString());
        assertThat(anonymous.status()).as(anonymous.body()).isEqualTo(201);
        assertThat(TestEnv.column("SELECT s.code FROM tip t JOIN station s ON s.id = t.station_id WHERE t.id = ?", anonymous.id()))
                .containsExactly("NT");

        // a row written by SQL (bulk loads) gets the same by the database's rule
        try (var db = TestEnv.database();
             PreparedStatement insert = db.prepareStatement("INSERT INTO tip (station_id, idempotency_key, request_hash, tracking_code, "
                     + "category, occurred_at, place, latitude, longitude, description, submitted_at) SELECT id, ?, 'h', ?, "
                     + "'OTHER', now(), 'SQL', ?, ?, 'bulk', now() FROM station WHERE code = 'HT' RETURNING grid_id, community_id")) {
            insert.setString(1, UUID.randomUUID().toString());
            insert.setString(2, ("SQ" + TestEnv.uniqueLetters(8)).toUpperCase());
            insert.setBigDecimal(3, java.math.BigDecimal.valueOf(Math.round(at[0] * 1e6) / 1e6));
            insert.setBigDecimal(4, java.math.BigDecimal.valueOf(Math.round(at[1] * 1e6) / 1e6));
            try (ResultSet r = insert.executeQuery()) {
                assertThat(r.next()).isTrue();
                assertThat(r.getLong(1)).isEqualTo(gridId);
                assertThat(r.getLong(2)).isEqualTo(communityId);
            }
        }
    }

    /** Every located tip once in the daily tally of its day and area, and nothing else: the tally against a count of the tips, in one snapshot. */
    private static final String TALLY_DIFFERS = "WITH counted AS (SELECT bureau_day(submitted_at) AS day, coalesce(station_id, 0) AS s, "
            + "coalesce(community_id, 0) AS c, coalesce(grid_id, 0) AS g, count(*) AS n FROM tip "
            + "WHERE latitude IS NOT NULL OR grid_id IS NOT NULL OR community_id IS NOT NULL GROUP BY 1, 2, 3, 4), "
            + "tally AS (SELECT day, station_id AS s, community_id AS c, grid_id AS g, sum(tips) AS n FROM tip_area_daily "
            + "GROUP BY 1, 2, 3, 4 HAVING sum(tips) <> 0) "
            + "SELECT count(*) FROM ((TABLE counted EXCEPT TABLE tally) UNION ALL (TABLE tally EXCEPT TABLE counted)) x";

    /** The heat layer's count of one grid (null: the tips outside every grid) in the station's scope, for the Beijing days [from, to]. */
    private static long heat(Api who, String code, java.time.LocalDate from, java.time.LocalDate to) {
        return who.get("geo/heat?kind=tips&level=grid&from=" + from + "&to=" + to).array().stream().map(JsonValue::asJsonObject)
                .filter(r -> code == null ? r.getBoolean("outside") : code.equals(r.getString("code", null)))
                .findFirst().orElseThrow().getJsonNumber("count").longValue();
    }

    /** A located tip written by SQL, sent at the given time: the database's rule places it, the tally counts it. */
    private static long tipBySql(double[] at, OffsetDateTime sent) throws Exception {
        try (var db = TestEnv.database();
             PreparedStatement insert = db.prepareStatement("INSERT INTO tip (station_id, idempotency_key, request_hash, tracking_code, "
                     + "category, occurred_at, place, latitude, longitude, description, submitted_at) SELECT id, ?, 'h', ?, "
                     + "'OTHER', ?, 'SQL', ?, ?, 'bulk', ? FROM station WHERE code = 'HT' RETURNING id")) {
            insert.setString(1, UUID.randomUUID().toString());
            insert.setString(2, ("SQ" + TestEnv.uniqueLetters(8)).toUpperCase());
            insert.setObject(3, sent);
            insert.setBigDecimal(4, java.math.BigDecimal.valueOf(Math.round(at[0] * 1e6) / 1e6));
            insert.setBigDecimal(5, java.math.BigDecimal.valueOf(Math.round(at[1] * 1e6) / 1e6));
            insert.setObject(6, sent);
            try (ResultSet r = insert.executeQuery()) {
                assertThat(r.next()).isTrue();
                return r.getLong(1);
            }
        }
    }

    /**
     * The heat layer reads the located tips' daily tally (V41), which the tips' own writes keep:
     * intake, a tip moved to another area (as a boundary import does), a position cleared by
     * retention (its area stays), a tip deleted, and the hourly folding of past days.
     */
    @Test
    void theHeatLayersTallyFollowsEveryWriteToTheTipsAndFoldingChangesNoFigure() throws Exception {
        Api officer = Api.demo("officer1");
        JsonObject grid = feature(officer.get("geo/boundaries?level=grid").json(), "HT-01-G1");
        double[] at = inside(grid);
        double[] far = {30.1, 118.1};
        java.time.LocalDate today = java.time.LocalDate.now(ZoneOffset.ofHours(8));
        long inGrid = heat(officer, "HT-01-G1", today, today);
        long outside = heat(officer, null, today, today);

        Api.Reply sent = Api.demo("volunteer1").post("tips", tip(at, "路灯不亮"), "Idempotency-Key", UUID.randomUUID().toString());
        assertThat(sent.status()).as(sent.body()).isEqualTo(201);
        long farTip = tipBySql(far, OffsetDateTime.now(ZoneOffset.ofHours(8)));
        assertThat(heat(officer, "HT-01-G1", today, today)).isEqualTo(inGrid + 1);
        assertThat(heat(officer, null, today, today)).isEqualTo(outside + 1);
        assertThat(TestEnv.number(TALLY_DIFFERS)).isZero();

        // moved out of every area, as a boundary import may: counted outside instead
        TestEnv.update("UPDATE tip SET grid_id = NULL, community_id = NULL WHERE id = ?", sent.id());
        assertThat(heat(officer, "HT-01-G1", today, today)).isEqualTo(inGrid);
        assertThat(heat(officer, null, today, today)).isEqualTo(outside + 2);
        TestEnv.update("UPDATE tip SET grid_id = geo_grid_at(latitude::float8, longitude::float8), "
                + "community_id = (SELECT community_id FROM grid WHERE id = geo_grid_at(latitude::float8, longitude::float8)) WHERE id = ?", sent.id());
        // retention clears the position of a triaged tip after its term: it stays counted in its grid
        TestEnv.update("UPDATE tip SET latitude = NULL, longitude = NULL WHERE id = ?", sent.id());
        assertThat(heat(officer, "HT-01-G1", today, today)).isEqualTo(inGrid + 1);
        // a triage moves nothing: the tally is not written
        long rows = TestEnv.number("SELECT count(*) FROM tip_area_daily");
        TestEnv.update("UPDATE tip SET triage_note = 'seen' WHERE id = ?", sent.id());
        assertThat(TestEnv.number("SELECT count(*) FROM tip_area_daily")).isEqualTo(rows);
        TestEnv.update("DELETE FROM tip WHERE id = ?", farTip);
        assertThat(heat(officer, null, today, today)).isEqualTo(outside);
        assertThat(TestEnv.number(TALLY_DIFFERS)).isZero();

        // a day before yesterday, counted in the slots of several sessions, folded into one row: the figure stays
        java.time.LocalDate past = today.minusDays(3);
        OffsetDateTime then = past.atTime(10, 0).atOffset(ZoneOffset.ofHours(8));
        long pastBefore = heat(officer, "HT-01-G1", past, past);
        tipBySql(at, then);
        tipBySql(at, then.plusHours(1));
        assertThat(heat(officer, "HT-01-G1", past, past)).isEqualTo(pastBefore + 2);
        assertThat(Api.demo("admin").post("stats/tip-days/compaction", null).status()).isEqualTo(200);
        assertThat(TestEnv.number("SELECT count(*) FROM tip_area_daily WHERE day = ? AND slot <> 0", java.sql.Date.valueOf(past))).isZero();
        assertThat(heat(officer, "HT-01-G1", past, past)).isEqualTo(pastBefore + 2);
        assertThat(TestEnv.number(TALLY_DIFFERS)).isZero();
    }

    /** Check-in with a position: judged against the shift's grid; off site kept with its distance; no position still checks in. */
    @Test
    void aCheckInIsJudgedOnSiteAgainstTheShiftsGridAndOffSiteIsKeptWithItsDistance() throws Exception {
        Api admin = Api.demo("admin");
        Api officer = Api.demo("officer1");
        JsonObject grid = feature(officer.get("geo/boundaries?level=grid").json(), "HT-01-G1");
        long gridId = grid.getJsonObject("properties").getJsonNumber("id").longValue();
        long communityId = grid.getJsonObject("properties").getJsonNumber("parentId").longValue();
        long hutang = grid.getJsonObject("properties").getJsonNumber("stationId").longValue();
        double[] at = inside(grid);
        double north = maxLatitude(grid);

        long group = officer.post("patrol-groups", Json.createObjectBuilder().add("name", "定位签到队" + TestEnv.unique()).build()).id();
        List<Api> members = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Api member = Api.as(Fixtures.account(admin, hutang, "VOLUNTEER"), Fixtures.PASSWORD);
            long application = member.post("patrol-groups/" + group + "/applications", Json.createObjectBuilder().add("motivation", "住在附近")
                    .build()).id();
            assertThat(officer.post("patrol-groups/applications/" + application + "/decision",
                    Json.createObjectBuilder().add("approve", true).build()).status()).isEqualTo(200);
            members.add(member);
        }
        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.ofHours(8)).plusHours(3).withNano(0);
        var form = Json.createObjectBuilder().add("groupId", group).add("area", "花园街一带").add("startsAt", start.format(TestEnv.ISO_TIME))
                .add("endsAt", start.plusHours(2).format(TestEnv.ISO_TIME));
        // a grid of another station is refused, naming the field
        long otherGrid = Api.demo("supervisor1").get("geo/boundaries?level=grid").json().getJsonArray("features").stream()
                .map(f -> f.asJsonObject().getJsonObject("properties")).filter(p -> p.getJsonNumber("stationId").longValue() != hutang)
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
        Api.Reply foreign = officer.post("shifts", form.add("gridId", otherGrid).build());
        assertThat(foreign.status()).isEqualTo(400);
        assertThat(foreign.json().getString("field")).isEqualTo("gridId");
        Api.Reply planned = officer.post("shifts", Json.createObjectBuilder().add("groupId", group).add("area", "花园街一带")
                .add("startsAt", start.format(TestEnv.ISO_TIME)).add("endsAt", start.plusHours(2).format(TestEnv.ISO_TIME))
                .add("gridId", gridId).build());
        assertThat(planned.status()).as(planned.body()).isEqualTo(201);
        long shift = planned.id();
        JsonObject read = officer.get("shifts/" + shift).json();
        assertThat(read.getJsonNumber("gridId").longValue()).isEqualTo(gridId);
        assertThat(read.getJsonNumber("communityId").longValue()).as("the grid's community").isEqualTo(communityId);
        for (Api member : members) {
            assertThat(member.put("shifts/" + shift + "/signup", Json.createObjectBuilder().build(), Api.freshKey()).status()).isEqualTo(201);
        }
        try (var c = TestEnv.database(); var s = c.prepareStatement(
                "UPDATE shift SET starts_at = now() - interval '10 minutes', ends_at = now() + interval '2 hours' WHERE id = ?")) {
            s.setLong(1, shift);
            s.executeUpdate();
        }

        // inside the grid: on site, 0 m
        JsonObject in = members.get(0).post("shifts/" + shift + "/check-in", Json.createObjectBuilder().add("latitude", at[0])
                .add("longitude", at[1]).add("accuracy", 15).build(), Api.freshKey()).json().getJsonObject("mine");
        assertThat(in.getBoolean("onSite")).isTrue();
        assertThat(in.getInt("distanceMeters")).isZero();
        // about 2.2 km north of the grid: kept, flagged with its distance
        Api.Reply far = members.get(1).post("shifts/" + shift + "/check-in", Json.createObjectBuilder().add("latitude", north + 0.02)
                .add("longitude", at[1]).add("accuracy", 30).build(), Api.freshKey());
        assertThat(far.status()).as(far.body()).isEqualTo(201);
        JsonObject off = far.json().getJsonObject("mine");
        assertThat(off.getString("checkedInAt")).isNotBlank();
        assertThat(off.getBoolean("onSite")).isFalse();
        assertThat(off.getInt("distanceMeters")).isBetween(2150, 10_000);
        // refused input names its field and stores nothing; no position checks in all the same, undecided
        Api.Reply half = members.get(2).post("shifts/" + shift + "/check-in", Json.createObjectBuilder().add("latitude", at[0])
                .add("accuracy", -1).build(), Api.freshKey());
        assertThat(half.status()).isEqualTo(400);
        assertThat(half.json().getJsonArray("errors").stream().map(e -> e.asJsonObject().getString("field")))
                .containsExactlyInAnyOrder("longitude", "accuracy");
        JsonObject none = members.get(2).post("shifts/" + shift + "/check-in", Json.createObjectBuilder().build(), Api.freshKey()).json()
                .getJsonObject("mine");
        assertThat(none.getString("checkedInAt")).isNotBlank();
        assertThat(none.containsKey("onSite")).isFalse();
        assertThat(TestEnv.column("SELECT count(*) FROM shift_signup WHERE shift_id = ? AND check_in_latitude IS NOT NULL", shift))
                .containsExactly(2L);

        // the officer sees the decisions on the shift; another station's officer still sees no shift
        JsonArray signups = officer.get("shifts/" + shift).json().getJsonArray("signups");
        assertThat(signups.stream().map(x -> x.asJsonObject().containsKey("onSite") ? x.asJsonObject().getBoolean("onSite") + "" : "-"))
                .containsExactlyInAnyOrder("true", "false", "-");
        String stranger = Fixtures.account(admin, Fixtures.station(admin), "OFFICER");
        assertThat(Api.as(stranger, Fixtures.PASSWORD).get("shifts/" + shift).status()).isEqualTo(404);
        // the patrol figures count the judged check-ins and the on-site rate
        String today = java.time.LocalDate.now(ZoneOffset.ofHours(8)).toString();
        JsonObject total = Api.demo("supervisor1").get("stats/patrol?groupBy=station&station=HT&from="
                + java.time.LocalDate.parse(today).minusDays(1) + "&to=" + today).json().getJsonObject("total");
        assertThat(total.getJsonNumber("checkInsLocated").longValue()).isGreaterThanOrEqualTo(2);
        assertThat(total.getJsonNumber("checkInsOnSite").longValue()).isGreaterThanOrEqualTo(1)
                .isLessThan(total.getJsonNumber("checkInsLocated").longValue());
        assertThat(total.getString("onSiteRate")).matches("0\\.\\d{4}");
    }

    /** The northernmost latitude of a polygon's outer ring. */
    private static double maxLatitude(JsonObject feature) {
        JsonObject geometry = feature.getJsonObject("geometry");
        JsonArray ring = geometry.getString("type").equals("Polygon") ? geometry.getJsonArray("coordinates").getJsonArray(0)
                : geometry.getJsonArray("coordinates").getJsonArray(0).getJsonArray(0);
        return ring.stream().mapToDouble(p -> p.asJsonArray().getJsonNumber(1).doubleValue()).max().orElseThrow();
    }

    private static String square(double lat, double lon, double size) {
        return "{\"type\":\"Polygon\",\"coordinates\":[[[" + lon + "," + lat + "],[" + (lon + size) + "," + lat + "],["
                + (lon + size) + "," + (lat + size) + "],[" + lon + "," + (lat + size) + "],[" + lon + "," + lat + "]]]}";
    }

    private static String feature(String properties, String geometry) {
        return "{\"type\":\"Feature\",\"properties\":" + properties + ",\"geometry\":" + geometry + "}";
    }

    @Test
    void anImportChecksEveryFeatureStoresNothingWhenOneIsWrongAndLocatesByWhatItStored() {
        Api admin = Api.demo("admin");
        long station = Fixtures.station(admin);
        String stationCode = admin.get("stations/" + station).json().getString("code");
        long community = Fixtures.community(admin, station);
        String communityCode = admin.get("communities/" + community).json().getString("code");
        Api.Reply grid = admin.post("communities/" + community + "/grids", Json.createObjectBuilder().add("code", "G1")
                .add("name", "导入测试网格").build());
        assertThat(grid.status()).as(grid.body()).isEqualTo(201);
        long gridId = grid.id();
        // somewhere of its own, far from the district and from other runs' areas
        double lat = 40 + (System.nanoTime() % 5000) / 1000.0;
        double lon = 100 + (System.nanoTime() % 7000) / 1000.0;
        String stationFeature = feature("{\"level\":\"station\",\"code\":\"" + stationCode + "\"}", square(lat, lon, 0.1));
        String communityFeature = feature("{\"level\":\"community\",\"code\":\"" + communityCode + "\",\"station\":\""
                + stationCode + "\"}", square(lat + 0.01, lon + 0.01, 0.05));
        String gridProperties = "{\"level\":\"grid\",\"code\":\"G1\",\"station\":\"" + stationCode + "\",\"community\":\""
                + communityCode + "\"}";
        String bowtie = "{\"type\":\"Polygon\",\"coordinates\":[[[" + (lon + 0.02) + "," + (lat + 0.02) + "],[" + (lon + 0.03) + ","
                + (lat + 0.03) + "],[" + (lon + 0.03) + "," + (lat + 0.02) + "],[" + (lon + 0.02) + "," + (lat + 0.03) + "],["
                + (lon + 0.02) + "," + (lat + 0.02) + "]]]}";
        String bad = "{\"type\":\"FeatureCollection\",\"features\":[" + stationFeature + "," + communityFeature + ","
                + feature(gridProperties, bowtie) + "," + feature("{\"level\":\"grid\",\"code\":\"NOPE\",\"station\":\""
                + stationCode + "\",\"community\":\"" + communityCode + "\"}", square(lat + 0.02, lon + 0.02, 0.01)) + "]}";
        Api.Reply refused = admin.postText("geo/boundaries/import", bad, "application/geo+json");
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.json().getJsonArray("errors").stream().map(e -> e.asJsonObject().getString("field")))
                .containsExactlyInAnyOrder("features[2].geometry", "features[3].properties.code");
        assertThat(admin.get("geo/boundaries?station=" + stationCode).json().getJsonArray("features")).as("nothing stored").isEmpty();

        // a grid outside its community (the community in the same file) is refused too
        String outside = "{\"type\":\"FeatureCollection\",\"features\":[" + communityFeature + ","
                + feature(gridProperties, square(lat + 0.07, lon + 0.07, 0.01)) + "]}";
        Api.Reply notInside = admin.postText("geo/boundaries/import", outside, "application/json");
        assertThat(notInside.status()).isEqualTo(400);
        assertThat(notInside.body()).contains("features[1].geometry");

        String good = "{\"type\":\"FeatureCollection\",\"features\":[" + stationFeature + "," + communityFeature + ","
                + feature(gridProperties, square(lat + 0.02, lon + 0.02, 0.01)) + "]}";
        JsonObject dry = admin.postText("geo/boundaries/import?dryRun=true", good, "application/geo+json").json();
        assertThat(dry.getBoolean("dryRun")).isTrue();
        assertThat(dry.getInt("grids")).isEqualTo(1);
        assertThat(admin.get("geo/boundaries?station=" + stationCode).json().getJsonArray("features")).as("a dry run stores nothing").isEmpty();

        JsonObject stored = admin.postText("geo/boundaries/import", good, "application/geo+json").json();
        assertThat(stored.getBoolean("dryRun")).isFalse();
        assertThat(stored.getInt("stations") + stored.getInt("communities") + stored.getInt("grids")).isEqualTo(3);
        JsonObject mine = admin.get("geo/boundaries?station=" + stationCode).json();
        assertThat(mine.getJsonArray("features")).hasSize(3);
        assertThat(feature(mine, "G1").getJsonObject("properties").getBoolean("illustrative")).isFalse();
        JsonObject place = admin.get("geo/locate?latitude=" + (lat + 0.025) + "&longitude=" + (lon + 0.025)).json();
        assertThat(place.getJsonNumber("gridId").longValue()).isEqualTo(gridId);
        assertThat(place.getJsonNumber("communityId").longValue()).isEqualTo(community);
        assertThat(place.getJsonNumber("stationId").longValue()).isEqualTo(station);

        // siblings must not overlap: a second grid over the stored first is refused, so are two grids over each other in one file
        Api.Reply second = admin.post("communities/" + community + "/grids", Json.createObjectBuilder().add("code", "G2")
                .add("name", "导入测试网格二").build());
        assertThat(second.status()).as(second.body()).isEqualTo(201);
        String secondProperties = gridProperties.replace("\"G1\"", "\"G2\"");
        Api.Reply overStored = admin.postText("geo/boundaries/import", "{\"type\":\"FeatureCollection\",\"features\":["
                + feature(secondProperties, square(lat + 0.025, lon + 0.025, 0.01)) + "]}", "application/geo+json");
        assertThat(overStored.status()).as(overStored.body()).isEqualTo(400);
        JsonObject problem = overStored.json().getJsonArray("errors").getJsonObject(0);
        assertThat(problem.getString("field")).isEqualTo("features[0].geometry");
        assertThat(problem.getString("message")).contains("G1");
        Api.Reply overEachOther = admin.postText("geo/boundaries/import", "{\"type\":\"FeatureCollection\",\"features\":["
                + feature(gridProperties, square(lat + 0.02, lon + 0.02, 0.01)) + ","
                + feature(secondProperties, square(lat + 0.025, lon + 0.025, 0.01)) + "]}", "application/geo+json");
        assertThat(overEachOther.status()).as(overEachOther.body()).isEqualTo(400);
        assertThat(overEachOther.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("features[1].geometry");
        assertThat(overEachOther.body()).contains("features[0]");
        // beside it, sharing an edge, is fine
        Api.Reply beside = admin.postText("geo/boundaries/import?dryRun=true", "{\"type\":\"FeatureCollection\",\"features\":["
                + feature(secondProperties, square(lat + 0.03, lon + 0.02, 0.01)) + "]}", "application/geo+json");
        assertThat(beside.status()).as(beside.body()).isEqualTo(200);
    }
}
