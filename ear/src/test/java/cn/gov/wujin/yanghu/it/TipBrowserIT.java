package cn.gov.wujin.yanghu.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A volunteer sends a tip from a phone, an officer triages it; the public sends one anonymously and follows it. */
class TipBrowserIT extends DeployedApplication {

    @Test
    void aVolunteerSendsATipFromThePhoneAndTheOfficerResolvesIt() throws Exception {
        String place = "人民路" + TestEnv.unique() + "号门口";
        try (Browser phone = Browser.open(390, 844)) {
            phone.go("patrol/tip.xhtml").logIn("volunteer1", TestEnv.DEMO_PASSWORD).waitForText(".yh-title", "上报线索");
            phone.click("label[for='tip:category:2']");
            phone.type("#tip\\:place", place);
            phone.type("#tip\\:description", "井盖缺失，夜间行人容易踩空");
            java.nio.file.Path photo = java.nio.file.Files.createTempFile("tip-", ".png");
            java.nio.file.Files.write(photo, TipIT.PNG);
            phone.attach("#tip\\:photo_input", photo);
            assertThat(phone.overflowsSideways()).isFalse();
            phone.screenshot("patrol-tip-phone-zh");
            phone.click("#tip\\:send").waitForText("#tip\\:messages", "线索已收到");
            String code = phone.text("#trackingCode");
            assertThat(code).matches("[2-9A-Z]{5}-[2-9A-Z]{5}");
            receiptShowsTheCodeOnceUnbroken(phone, code);
            phone.screenshot("patrol-tip-sent-phone-zh");
            phone.go("patrol/my-tips.xhtml").waitForText("#mine\\:table", code);
            assertThat(phone.text("#mine\\:table")).contains("待处理");
        }
        try (Browser desk = Browser.open(1280, 900)) {
            desk.go("patrol/officer/tips.xhtml").logIn("officer1", TestEnv.DEMO_PASSWORD).waitForText("#queue\\:table", place);
            assertThat(desk.textContent(".yh-menu")).containsPattern("线索研判 \\(\\d+\\)");
            desk.screenshot("patrol-tip-queue-zh");
            desk.clickInRow("queue:table", place, "yh-open-tip").waitForText("#decision", "井盖缺失");
            desk.click(".yh-tip-action-RESOLVE").type("#decision\\:note", "已通知市政抢修并设置警示").click("#decision\\:decide")
                    .waitForText("#queue\\:messages", "已保存");
            assertThat(desk.text("#queue\\:table")).doesNotContain(place); // the queue shows new tips
            assertThat(TestEnv.number("SELECT count(*) FROM tip WHERE place = ? AND status = 'RESOLVED' AND triaged_by = 'officer1'", place))
                    .isEqualTo(1);
            assertThat(TestEnv.number("SELECT count(*) FROM tip t JOIN tip_photo p ON p.tip_id = t.id WHERE t.place = ? "
                    + "AND p.content_type = 'image/png'", place)).isEqualTo(1);
            desk.screenshot("patrol-tip-resolved-zh");
        }
        // "my tips" are cards: the description, the photo's thumbnail, the status and the officer's feedback, on a phone
        try (Browser phone = Browser.open(390, 844)) {
            phone.go("patrol/my-tips.xhtml").logIn("volunteer1", TestEnv.DEMO_PASSWORD).waitForText("#mine\\:table", place);
            String card = ".yh-tip-card[data-tip='" + TestEnv.number("SELECT id FROM tip WHERE place = ?", place) + "'] ";
            assertThat(phone.text(card + ".yh-tip-description")).contains("井盖缺失");
            assertThat(phone.text(card + ".yh-tip-status")).isEqualTo("已就地处置");
            assertThat(phone.text(card + ".yh-tip-feedback")).contains("民警反馈").contains("已通知市政抢修并设置警示");
            assertThat(phone.find(card + "img.yh-tip-thumb").getAttribute("alt")).contains(place);
            assertThat(phone.evaluate("var i = document.querySelector(arguments[0]); return i.complete && i.naturalWidth > 0;",
                    card + "img.yh-tip-thumb")).isEqualTo(Boolean.TRUE);
            assertThat(phone.overflowsSideways()).isFalse();
            phone.screenshot("patrol-my-tips-phone-zh");
            phone.evaluate("document.getElementById('topbar:langEn').click()"); // the top bar folds away on a phone
            phone.waitForText(card + ".yh-tip-feedback", "The officer's feedback");
            phone.screenshot("patrol-my-tips-phone-en");
        }
    }

    /** The receipt: the code once, on one line, with a copy button and a link that opens tracking on it. */
    private static void receiptShowsTheCodeOnceUnbroken(Browser phone, String code) {
        assertThat(phone.text("#tip")).containsOnlyOnce(code);
        assertThat(phone.cssValue("#trackingCode", "white-space")).isEqualTo("nowrap");
        assertThat(phone.cssValue("#trackingCode", "font-family")).containsIgnoringCase("mono");
        assertThat(phone.find("#trackingCode").getSize().getHeight()).isLessThan(2 * phone.find("#copyCode").getSize().getHeight());
        assertThat(phone.find("#copyCode").getAttribute("aria-label")).isNotBlank();
        assertThat(phone.find(".yh-track-link").getAttribute("href")).endsWith("public/track.xhtml?code=" + code);
        phone.click("#copyCode").waitForText("#copyStatus", "查询码");
    }

    /** The small map's own click event at a point (a synthetic mouse event lands off it while the map still moves). */
    private static final String TAP = "document.getElementById('tipMap')._yhMap.fire('click', {latlng: L.latLng(arguments[0], arguments[1])});";

    @Test
    void thePublicSendsATipWithoutAnAccountAndFollowsItByCode() throws Exception {
        TipIT.waitIfTheRateWindowEndsSoon();
        try (var c = TestEnv.database(); var s = c.prepareStatement("DELETE FROM rate_limit_window WHERE bucket LIKE 'anonymous-tip:%'")) {
            s.executeUpdate();
        }
        try (Browser phone = Browser.open(390, 844)) {
            phone.go("public/tip.xhtml").waitForText(".yh-title", "匿名举报线索");
            // the station left at "不清楚" (the first choice): the place's town names 湖塘
            assertThat(phone.text("#tip\\:station_label")).isEqualTo("不清楚");
            phone.click("label[for='tip:category:4']");
            phone.type("#tip\\:place", "湖塘菜场");
            phone.type("#tip\\:description", "有人在菜场门口发传单，宣传“高息理财”，让老人扫码入群");
            // the pin: a tap on the small map inside a grid of 湖塘 writes the position (the station follows from it at the server)
            JsonObject grid = GeoIT.feature(Api.demo("officer1").get("geo/boundaries?level=grid").json(), "HT-01-G1");
            double[] at = GeoIT.inside(grid);
            phone.waitUntil("var m = document.getElementById('tipMap'); return !!(m && m._yhMap);");
            // the map's own click event at that point (a synthetic mouse event lands off it while the map still moves)
            phone.evaluate("var map = document.getElementById('tipMap')._yhMap; "
                    + "map.fire('click', {latlng: L.latLng(arguments[0], arguments[1])});", at[0], at[1]);
            phone.waitUntil("return document.getElementById('tip:latitude').value !== '';");
            // left at "不清楚", the list follows the pin (still sending "不清楚": the server's routing decides)
            assertThat(phone.text("#tip\\:station_label")).isEqualTo("根据位置：湖塘派出所");
            double[] niutang = GeoIT.inside(GeoIT.feature(Api.demo("admin").get("geo/boundaries?level=station").json(), "NT"));
            phone.evaluate(TAP, niutang[0], niutang[1]);
            phone.waitForText("#tip\\:station_label", "根据位置：牛塘派出所");
            assertThat((String) phone.evaluate("return document.getElementById('tip:station_input').value;")).isEmpty();
            // a station the person chose stays as the pin moves; "不清楚" chosen again follows the pin at once
            phone.choose("widget_tip_station", "NT");
            phone.evaluate(TAP, at[0], at[1]);
            assertThat(phone.text("#tip\\:station_label")).isEqualTo("牛塘派出所");
            phone.choose("widget_tip_station", "");
            phone.waitForText("#tip\\:station_label", "根据位置：湖塘派出所");
            phone.screenshot("public-tip-map-pin-phone-zh");
            // a hidden field: read by script (find() waits for a visible element)
            double pinned = Double.parseDouble((String) phone.evaluate("return document.getElementById('tip:latitude').value;"));
            assertThat(pinned).isCloseTo(at[0], org.assertj.core.data.Offset.offset(0.001));
            phone.click("#tip\\:send").waitForText("#tip\\:messages", "线索已收到");
            String code = phone.text("#trackingCode");
            phone.screenshot("public-tip-sent-phone-zh");
            assertThat(TestEnv.number("SELECT count(*) FROM tip t JOIN station s ON s.id = t.station_id WHERE t.tracking_code = ? "
                    + "AND t.submitter_account_id IS NULL AND t.category = 'FRAUD_LEAD' AND s.code = 'HT'", code)).isEqualTo(1);
            // stored where the pin was, in its grid
            assertThat(TestEnv.number("SELECT count(*) FROM tip WHERE tracking_code = ? AND abs(latitude - ?) < 0.001 "
                    + "AND abs(longitude - ?) < 0.001 AND grid_id = ?", code, at[0], at[1],
                    grid.getJsonObject("properties").getJsonNumber("id").longValue())).isEqualTo(1);

            receiptShowsTheCodeOnceUnbroken(phone, code);
            phone.click(".yh-track-link").waitForText("#status", "待处理");
            phone.screenshot("public-track-phone-zh");
            // typed as people type it: without the hyphen, in lower case, with spaces
            phone.type("#track\\:code", " " + code.replace("-", "").toLowerCase().replaceFirst("(.{3})", "$1 ") + " ")
                    .click("#track\\:lookUp").waitForText("#status", "待处理");
            phone.go("public/track.xhtml?code=AAAAA-BBBBB").waitForText("#track\\:messages", "没有找到");

            // the person who reported a fraud follows their case: the receipt's QR code opens the lookup with the code filled in
            try (var c = TestEnv.database(); var s = c.prepareStatement("DELETE FROM rate_limit_window WHERE bucket LIKE 'public-case:%'")) {
                s.executeUpdate();
            }
            Api officer = Api.demo("officer1");
            long fraudCase = officer.post("fraud-cases", FraudCaseIT.report("+86 171 "
                    + java.util.concurrent.ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999)).build()).id();
            String receipt = officer.post("fraud-cases/" + fraudCase + "/transitions", jakarta.json.Json.createObjectBuilder()
                    .add("action", "ACCEPT").build()).json().getString("receiptCode");
            phone.go("public/case.xhtml?code=" + receipt).waitForText(".yh-title", "案件进度查询");
            assertThat(phone.find("#lookup\\:code").getAttribute("value")).isEqualTo(receipt);
            phone.type("#lookup\\:phoneLast4", "0000").click("#lookup\\:lookUp").waitForText("#lookup\\:messages", "不正确");
            phone.retype("#lookup\\:phoneLast4", "5678").click("#lookup\\:lookUp").waitForText("#status", "受案");
            assertThat(phone.text("#lookup")).doesNotContain("张某").doesNotContain("12000");
            assertThat(phone.overflowsSideways()).isFalse();
            phone.screenshot("public-case-phone-zh");
        }

        // a place that names no station: the bureau's queue, where a bureau supervisor assigns it to a station
        String place = "无名小路" + TestEnv.unique();
        Api.Reply unplaced = Api.anonymous().post("public/tips", jakarta.json.Json.createObjectBuilder().add("category", "DISPUTE")
                .add("occurredAt", java.time.OffsetDateTime.now(java.time.ZoneOffset.ofHours(8)).minusMinutes(5).withNano(0).format(TestEnv.ISO_TIME))
                .add("place", place).add("description", "两人在路边争吵").build(), "Idempotency-Key", java.util.UUID.randomUUID().toString());
        assertThat(unplaced.status()).as(unplaced.body()).isEqualTo(201);
        try (Browser desk = Browser.open(1280, 1000)) {
            desk.go("index.xhtml").logIn("supervisor1", TestEnv.DEMO_PASSWORD).waitForText("#inbox-unassigned-tips", "待分派线索");
            desk.click("#inbox-unassigned-tips").waitForText("#queue\\:table", place);
            assertThat(desk.text("#queue\\:table")).contains("待分派（分局）");
            desk.screenshot("patrol-tip-bureau-queue-zh");
            desk.clickInRow("queue:table", place, "yh-open-tip").waitForText("#decision", "两人在路边争吵");
            desk.click(".yh-tip-action-ASSIGN").waitForText("#decision", "所属派出所");
            desk.select("widget_decision_stationCode", "NT");
            desk.evaluate("PF('widget_decision_stationCode').hide()"); // the menu's list must not lie over the save button
            desk.type("#decision\\:note", "发生地属牛塘").click("#decision\\:decide").waitForText("#queue\\:messages", "已保存");
            assertThat(desk.text("#queue\\:table")).doesNotContain(place);
            desk.screenshot("patrol-tip-assigned-zh");
        }
        assertThat(TestEnv.number("SELECT count(*) FROM tip t JOIN station s ON s.id = t.station_id WHERE t.place = ? AND s.code = 'NT' "
                + "AND t.status = 'NEW' AND t.triaged_by = 'supervisor1'", place)).isEqualTo(1);
    }
}
