package cn.gov.wujin.yanghu.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The map (一张图): a station head sees the boundaries and the heat legend and opens a grid's tips from it. */
class MapBrowserIT extends DeployedApplication {

    private static final String DRAWN = "return document.getElementById('yhMap') !== null "
            + "&& document.getElementById('yhMap').getAttribute('data-drawn') !== null";
    /** Ticks a layer in the map's layer control by its name. */
    private static final String TOGGLE = "Array.from(document.querySelectorAll('.leaflet-control-layers label'))"
            + ".find(l => l.textContent.includes(arguments[0])).querySelector('input').click()";
    private static final String CLICK_GRID = "document.querySelector('path.yh-map-area-HT-01-G1')"
            + ".dispatchEvent(new MouseEvent('click', {bubbles: true, cancelable: true, view: window}))";

    @Test
    void theMapDrawsTheStationsAndTheHeatLegendAndAGridOpensItsTips() {
        // a tip in the grid HT-01-G1, so the heat layer has a count there
        double[] at = GeoIT.inside(GeoIT.feature(Api.demo("volunteer1").get("geo/boundaries?level=grid").json(), "HT-01-G1"));
        String place = "地图测试" + TestEnv.unique();
        Api.Reply sent = Api.demo("volunteer1").post("tips", Json.createObjectBuilder().add("category", "SAFETY_HAZARD")
                .add("occurredAt", OffsetDateTime.now(ZoneOffset.ofHours(8)).minusMinutes(5).withNano(0).format(TestEnv.ISO_TIME))
                .add("place", place).add("description", "路灯不亮").add("latitude", Math.round(at[0] * 1e6) / 1e6)
                .add("longitude", Math.round(at[1] * 1e6) / 1e6).build(), "Idempotency-Key", UUID.randomUUID().toString());
        assertThat(sent.status()).as(sent.body()).isEqualTo(201);
        // a warning lead of that grid's community, so the leads layer has a count marker there
        long community = GeoIT.feature(Api.demo("volunteer1").get("geo/boundaries?level=grid").json(), "HT-01-G1")
                .getJsonObject("properties").getJsonNumber("parentId").longValue();
        String person = "地图预警" + TestEnv.unique();
        Api.Reply lead = Api.demo("officer1").post("warning-leads", Json.createObjectBuilder().add("phone", "13600002222")
                .add("personName", person).add("community", community).add("source", "HOTLINE_96110").add("urgency", "NORMAL").build());
        assertThat(lead.status()).as(lead.body()).isEqualTo(201);

        try (Browser desk = Browser.open(1280, 1000)) {
            desk.go("map.xhtml").logIn("head1", TestEnv.DEMO_PASSWORD).waitForText(".yh-title", "一张图");
            desk.waitUntil(DRAWN);
            assertThat(desk.count("path.yh-map-station")).as("the station's outline").isPositive();
            assertThat(desk.count("path.yh-map-area")).as("the heat layer's grids").isGreaterThan(1);
            assertThat(desk.text("#mapLegend")).contains("图例").contains("线索");
            assertThat(desk.text("#mapNote")).contains("示意");
            desk.screenshot("map-zh");

            desk.evaluate(CLICK_GRID);
            desk.waitForUrl("grid=").waitForText("#queue\\:placeFilter", "地图所选区域");
            assertThat(desk.text("#queue\\:table")).contains(place);
            desk.screenshot("map-grid-tips-zh");

            // the point layers: off until chosen in the layer control; a lead count opens that community's leads
            desk.go("map.xhtml").waitUntil(DRAWN);
            assertThat(desk.text(".leaflet-control-layers")).contains("预警线索（按社区/村）").contains("案件（按社区/村）").contains("巡逻班次");
            assertThat(desk.count(".yh-map-count-leads")).isZero();
            desk.evaluate(TOGGLE, "预警线索（按社区/村）");
            desk.waitUntil("return document.querySelector('.yh-map-count-leads-" + community + "') !== null");
            desk.evaluate(TOGGLE, "巡逻班次");
            desk.screenshot("map-layers-zh");
            desk.evaluate("document.querySelector('.yh-map-count-leads-" + community + "')"
                    + ".dispatchEvent(new MouseEvent('click', {bubbles: true, cancelable: true, view: window}))");
            desk.waitForUrl("community=" + community).waitForText("#board\\:placeFilter", "地图所选社区");
            assertThat(desk.text("#board\\:table")).contains(person);
        }
        try (Browser desk = Browser.open(1280, 1000)) {
            desk.go("login.xhtml").click("#lang\\:langEn").waitForText(".yh-login-title", "Yanghu");
            desk.logIn("head1", TestEnv.DEMO_PASSWORD).waitForText(".yh-title", "Home");
            desk.go("map.xhtml?kind=tips&level=community").waitForText(".yh-title", "Map").waitUntil(DRAWN);
            assertThat(desk.text("#mapLegend")).contains("Legend").contains("Tips");
            assertThat(desk.count("path.yh-map-area")).as("the communities").isPositive();
            desk.screenshot("map-en");
        }
    }

    /** The dashboard's grid map: the period's tips per grid (from their daily tally), with the tips outside every grid, and a grid opens its tips. */
    @Test
    void theDashboardDrawsTheGridMapOfItsPeriodAndAGridOpensItsTips() {
        double[] at = GeoIT.inside(GeoIT.feature(Api.demo("volunteer1").get("geo/boundaries?level=grid").json(), "HT-01-G1"));
        String place = "看板地图" + TestEnv.unique();
        for (double[] where : new double[][] {at, {30.1, 118.1}}) {
            Api.Reply sent = Api.demo("volunteer1").post("tips", Json.createObjectBuilder().add("category", "SAFETY_HAZARD")
                    .add("occurredAt", OffsetDateTime.now(ZoneOffset.ofHours(8)).minusMinutes(5).withNano(0).format(TestEnv.ISO_TIME))
                    .add("place", place).add("description", "井盖松动").add("latitude", where[0]).add("longitude", where[1]).build(),
                    "Idempotency-Key", UUID.randomUUID().toString());
            assertThat(sent.status()).as(sent.body()).isEqualTo(201);
        }
        try (Browser desk = Browser.open(1280, 1000)) {
            desk.go("stats/dashboard.xhtml").logIn("head1", TestEnv.DEMO_PASSWORD).waitForText(".yh-title", "统计分析");
            desk.waitUntil(DRAWN);
            assertThat(desk.count("path.yh-map-area")).as("the station's grids").isGreaterThan(1);
            assertThat(desk.count("path.yh-map-area-NT-01-G1")).as("another station's grid").isZero();
            assertThat(desk.text("#mapLegend")).contains("图例");
            assertThat(desk.text("#mapOutside")).as("the tips outside every grid, counted apart").containsPattern("[1-9]");
            assertThat(desk.text(".leaflet-control-layers")).as("the point layers are the map page's").contains("热力图")
                    .doesNotContain("线索位置").doesNotContain("巡逻班次");
            assertThat(desk.count(".leaflet-marker-icon, .marker-cluster")).isZero();
            desk.evaluate("document.getElementById('yhMap').scrollIntoView()");
            desk.screenshot("stats-dashboard-map-zh");
            desk.evaluate(CLICK_GRID);
            desk.waitForUrl("grid=").waitForText("#queue\\:placeFilter", "地图所选区域");
            assertThat(desk.text("#queue\\:table")).contains(place);
        }
    }

    private static String square(double lat, double lon, double size) {
        return "{\"type\":\"Polygon\",\"coordinates\":[[[" + lon + "," + lat + "],[" + (lon + size) + "," + lat + "],["
                + (lon + size) + "," + (lat + size) + "],[" + lon + "," + (lat + size) + "],[" + lon + "," + lat + "]]]}";
    }

    private static Path file(String name, String... features) throws IOException {
        Path file = Files.createTempFile(name, ".geojson");
        Files.writeString(file, "{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",", features) + "]}",
                StandardCharsets.UTF_8);
        file.toFile().deleteOnExit();
        return file;
    }

    @Test
    void anAdminChecksAFileSeesEveryProblemPreviewsTheGoodOneOnTheMapAndImportsIt() throws IOException {
        Api admin = Api.demo("admin");
        long station = Fixtures.station(admin);
        String stationCode = admin.get("stations/" + station).json().getString("code");
        long community = Fixtures.community(admin, station);
        String communityCode = admin.get("communities/" + community).json().getString("code");
        for (String grid : new String[] {"G1", "G2"}) {
            Api.Reply r = admin.post("communities/" + community + "/grids", Json.createObjectBuilder().add("code", grid)
                    .add("name", "页面导入网格" + grid).build());
            assertThat(r.status()).as(r.body()).isEqualTo(201);
        }
        // somewhere of its own, away from the district and from GeoIT's areas
        double lat = 20 + (System.nanoTime() % 5000) / 1000.0;
        double lon = 80 + (System.nanoTime() % 9000) / 1000.0;
        String stationFeature = "{\"type\":\"Feature\",\"properties\":{\"level\":\"station\",\"code\":\"" + stationCode
                + "\"},\"geometry\":" + square(lat, lon, 0.1) + "}";
        String communityFeature = "{\"type\":\"Feature\",\"properties\":{\"level\":\"community\",\"code\":\"" + communityCode
                + "\",\"station\":\"" + stationCode + "\"},\"geometry\":" + square(lat + 0.01, lon + 0.01, 0.05) + "}";
        String grid = "{\"type\":\"Feature\",\"properties\":{\"level\":\"grid\",\"code\":\"%s\",\"station\":\"" + stationCode
                + "\",\"community\":\"" + communityCode + "\"},\"geometry\":%s}";
        Path bad = file("bad", stationFeature, communityFeature, grid.formatted("G1", square(lat + 0.02, lon + 0.02, 0.01)),
                grid.formatted("G2", square(lat + 0.025, lon + 0.025, 0.01)), grid.formatted("NOPE", square(lat + 0.04, lon + 0.04, 0.005)));
        Path good = file("good", stationFeature, communityFeature, grid.formatted("G1", square(lat + 0.02, lon + 0.02, 0.01)),
                grid.formatted("G2", square(lat + 0.03, lon + 0.02, 0.01)));

        try (Browser desk = Browser.open(1280, 1000)) {
            desk.go("admin/boundaries.xhtml").logIn("admin", TestEnv.DEMO_PASSWORD).waitForText(".yh-title", "边界导入");
            desk.attach("#upload\\:file_input", bad).click("#upload\\:check").waitForText("#result\\:problems", "文件中的问题");
            String problems = desk.text("#result\\:problems");
            assertThat(problems).contains("features[3].geometry").contains("features[2]").contains("重叠")
                    .contains("features[4].properties.code");
            assertThat(desk.present("#upload\\:confirm")).as("no confirm for a file with problems").isFalse();
            assertThat(desk.present("#yhBoundaryPreview")).isFalse();
            desk.screenshot("boundaries-problems-zh");
            assertThat(admin.get("geo/boundaries?station=" + stationCode).json().getJsonArray("features")).as("nothing stored").isEmpty();

            desk.attach("#upload\\:file_input", good).click("#upload\\:check").waitForText("#result\\:preview", "预览");
            desk.waitUntil("return document.getElementById('yhBoundaryPreview').getAttribute('data-drawn') === '4'");
            assertThat(desk.count("path.yh-preview-area")).isEqualTo(4);
            assertThat(desk.count("path.yh-preview-stored")).as("the stored boundaries behind").isPositive();
            assertThat(desk.text("#summary")).contains("派出所 1").contains("网格 2");
            assertThat(desk.text("#result\\:changes")).contains("G2").contains("新增").doesNotContain("替换");
            desk.screenshot("boundaries-preview-zh");
            assertThat(admin.get("geo/boundaries?station=" + stationCode).json().getJsonArray("features")).as("a preview stores nothing").isEmpty();

            desk.click("#upload\\:confirm").waitForText("#messages", "已导入 4 个边界");
            assertThat(desk.present("#upload\\:confirm")).isFalse();
        }
        assertThat(admin.get("geo/boundaries?station=" + stationCode).json().getJsonArray("features")).hasSize(4);
        JsonObject place = admin.get("geo/locate?latitude=" + (lat + 0.035) + "&longitude=" + (lon + 0.025)).json();
        assertThat(admin.get("communities/" + community + "/grids").body()).contains("G2");
        assertThat(place.getJsonNumber("communityId").longValue()).isEqualTo(community);

        try (Browser desk = Browser.open(1280, 1000)) {
            desk.go("login.xhtml").click("#lang\\:langEn").waitForText(".yh-login-title", "Yanghu");
            desk.logIn("admin", TestEnv.DEMO_PASSWORD).waitForText(".yh-title", "Home");
            desk.go("admin/boundaries.xhtml").waitForText(".yh-title", "Boundary import");
            desk.attach("#upload\\:file_input", good).click("#upload\\:check").waitForText("#result\\:preview", "Preview");
            desk.waitUntil("return document.getElementById('yhBoundaryPreview').getAttribute('data-drawn') === '4'");
            assertThat(desk.text("#result\\:changes")).as("the same file again replaces what it stored").contains("Replaced").doesNotContain("New");
            desk.screenshot("boundaries-preview-en");
        }
    }
}
