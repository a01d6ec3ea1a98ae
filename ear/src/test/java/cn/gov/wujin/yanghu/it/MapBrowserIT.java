package cn.gov.wujin.yanghu.it;

import jakarta.json.Json;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The map (一张图): a station head sees the boundaries and the heat legend and opens a grid's tips from it. */
class MapBrowserIT extends DeployedApplication {

    private static final String DRAWN = "return document.getElementById('yhMap') !== null "
            + "&& document.getElementById('yhMap').getAttribute('data-drawn') !== null";
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
}
