package cn.gov.wujin.yanghu.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Patrol groups, joining them, shifts with check-in and out, and the points hours earn. */
class PatrolIT extends DeployedApplication {

    private Api admin;
    private long station;
    private String officerName;
    private Api officer;
    private String volunteerName;
    private Api volunteer;

    @BeforeEach
    void aStationWithAnOfficerAndAVolunteer() {
        admin = Api.demo("admin");
        station = Fixtures.station(admin);
        officerName = Fixtures.account(admin, station, "OFFICER");
        officer = Api.as(officerName, Fixtures.PASSWORD);
        volunteerName = Fixtures.account(admin, station, "VOLUNTEER");
        volunteer = Api.as(volunteerName, Fixtures.PASSWORD);
    }

    private long group(String name) {
        Api.Reply created = officer.post("patrol-groups", Json.createObjectBuilder().add("name", name).build());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.id();
    }

    /** The volunteer applies and the group's officer approves. */
    private void join(Api who, long group) {
        long application = who.post("patrol-groups/" + group + "/applications", Json.createObjectBuilder().add("motivation", "住在附近").build()).id();
        assertThat(officer.post("patrol-groups/applications/" + application + "/decision",
                Json.createObjectBuilder().add("approve", true).build()).json().getString("status")).isEqualTo("APPROVED");
    }

    private static String beijing(OffsetDateTime t) {
        return t.withOffsetSameInstant(ZoneOffset.ofHours(8)).truncatedTo(ChronoUnit.SECONDS).format(TestEnv.ISO_TIME);
    }

    private long shift(long group, OffsetDateTime start, int hours, int needed) {
        Api.Reply planned = officer.post("shifts", Json.createObjectBuilder().add("groupId", group).add("area", "人民路沿线")
                .add("startsAt", beijing(start)).add("endsAt", beijing(start.plusHours(hours))).add("needed", needed).build());
        assertThat(planned.status()).as(planned.body()).isEqualTo(201);
        return planned.id();
    }

    @Test
    void aVolunteerAppliesTheGroupsOfficerApprovesAndOnlyStaffSeePhones() {
        long group = group("人民路巡防队");
        assertThat(volunteer.get("patrol-groups").array()).isEmpty();
        assertThat(volunteer.get("patrol-groups/" + group).status()).isEqualTo(404);
        assertThat(volunteer.get("patrol-groups/joinable").array().stream().map(g -> ((JsonObject) g).getString("name")))
                .contains("人民路巡防队");

        long application = volunteer.post("patrol-groups/" + group + "/applications", Json.createObjectBuilder().build()).id();
        assertThat(volunteer.post("patrol-groups/" + group + "/applications", Json.createObjectBuilder().build()).status()).isEqualTo(409);
        Api colleague = Api.as(Fixtures.account(admin, station, "OFFICER"), Fixtures.PASSWORD);
        Api elsewhere = Api.as(Fixtures.account(admin, Fixtures.station(admin), "OFFICER"), Fixtures.PASSWORD);
        JsonObject approve = Json.createObjectBuilder().add("approve", true).build();
        assertThat(elsewhere.post("patrol-groups/applications/" + application + "/decision", approve).status()).isEqualTo(404);
        assertThat(colleague.post("patrol-groups/applications/" + application + "/decision", approve).status()).isEqualTo(403);
        Api.Reply longNote = officer.post("patrol-groups/applications/" + application + "/decision",
                Json.createObjectBuilder(approve).add("note", "欢".repeat(501)).build());
        assertThat(longNote.status()).as("a note longer than its column is refused, not a 500").isEqualTo(400);
        assertThat(longNote.json().getString("field")).isEqualTo("note");
        assertThat(officer.post("patrol-groups/applications/" + application + "/decision", approve).status()).isEqualTo(200);

        assertThat(volunteer.get("patrol-groups").array()).hasSize(1);
        officer.post("patrol-groups/" + group + "/members", Json.createObjectBuilder().add("name", "保安老张").add("kind", "SECURITY_GUARD")
                .add("phone", "13812345678").build());
        JsonArray staffView = officer.get("patrol-groups/" + group + "/members").array();
        assertThat(staffView).hasSize(2);
        assertThat(staffView.toString()).contains("138****5678").doesNotContain("13812345678");
        JsonArray memberView = volunteer.get("patrol-groups/" + group + "/members").array();
        assertThat(memberView).hasSize(2);
        assertThat(memberView.toString()).doesNotContain("138");
        assertThat(elsewhere.get("patrol-groups/" + group).status()).isEqualTo(404);
    }

    @Test
    void checkInOutsideTheWindowIsRefusedAndTheHoursEarnPointsOnce() throws Exception {
        long group = group("长虹路巡防队");
        join(volunteer, group);
        long shift = shift(group, OffsetDateTime.now().plusHours(3), 3, 2);
        assertThat(volunteer.put("shifts/" + shift + "/signup", Json.createObjectBuilder().build(), Api.freshKey()).json()
                .getJsonObject("mine").getBoolean("active")).isTrue();

        Api.Reply early = volunteer.post("shifts/" + shift + "/check-in", Json.createObjectBuilder().build(), Api.freshKey());
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.json().getString("message")).contains("30");

        // two hours pass: the shift began 2 h ago and runs for another hour
        try (var c = TestEnv.database(); var s = c.prepareStatement(
                "UPDATE shift SET starts_at = now() - interval '2 hours', ends_at = now() + interval '1 hour' WHERE id = ?")) {
            s.setLong(1, shift);
            s.executeUpdate();
        }
        assertThat(volunteer.post("shifts/" + shift + "/check-in", Json.createObjectBuilder().build(), Api.freshKey()).status()).isEqualTo(201);
        try (var c = TestEnv.database(); var s = c.prepareStatement(
                "UPDATE shift_signup SET checked_in_at = now() - interval '90 minutes' WHERE shift_id = ?")) {
            s.setLong(1, shift);
            s.executeUpdate();
        }
        JsonObject out = volunteer.post("shifts/" + shift + "/check-out", Json.createObjectBuilder().build(), Api.freshKey()).json();
        assertThat(out.getJsonObject("mine").getJsonNumber("hours").doubleValue()).isEqualTo(1.5);
        volunteer.post("shifts/" + shift + "/check-out", Json.createObjectBuilder().build(), Api.freshKey());
        assertThat(volunteer.put("shifts/" + shift + "/log", Json.createObjectBuilder().add("routeNotes", "人民路—长虹路—菜场")
                .add("findings", "菜场东门消防通道堵塞").build(), Api.freshKey()).json().getJsonObject("mine").getString("findings")).isEqualTo("菜场东门消防通道堵塞");

        JsonObject mine = volunteer.get("points/mine").json();
        assertThat(mine.getJsonNumber("total").bigDecimalValue()).isEqualByComparingTo(new BigDecimal("3.0"));
        assertThat(mine.getJsonArray("awards")).hasSize(1);
        // the reason in the reader's language (defect 15): the shift's area and its hours
        assertThat(mine.getJsonArray("awards").getJsonObject(0).getString("reason")).startsWith("巡逻 ").endsWith("，1.5 小时");
        assertThat(volunteer.inEnglish().get("points/mine").json().getJsonArray("awards").getJsonObject(0).getString("reason"))
                .startsWith("Patrol ").endsWith(", 1.5 h");
        JsonArray board = officer.get("patrol-groups/" + group + "/leaderboard").array();
        assertThat(board.getJsonObject(0).getJsonNumber("hours").doubleValue()).isEqualTo(1.5);
        assertThat(officer.get("shifts/" + shift).json().getJsonArray("signups").getJsonObject(0).getString("routeNotes"))
                .isEqualTo("人民路—长虹路—菜场");

        var pdf = volunteer.inEnglish().download("points/mine/certificate");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        try (var reader = new com.lowagie.text.pdf.PdfReader(pdf.body())) {
            String text = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader).getTextFromPage(1);
            assertThat(text).contains("Certificate of Volunteer Service").contains("Patrol hours").contains("1.5").contains("3.0")
                    .contains("Period of service:").contains("Issued by:").contains("(Seal)");
            String number = certificateNumber(text);
            assertThat(number).matches("YHZY-\\d{4}-\\d{6}");
            // the same certificate again: the same number
            try (var again = new com.lowagie.text.pdf.PdfReader(volunteer.download("points/mine/certificate").body())) {
                String zh = new com.lowagie.text.pdf.parser.PdfTextExtractor(again).getTextFromPage(1);
                assertThat(zh.replaceAll("\\s", "")).contains("证书编号：" + number).contains("服务期间：").contains("（盖章）");
            }
        }
        assertThat(officer.download("points/mine/certificate").statusCode()).isEqualTo(403);
    }

    private static String certificateNumber(String text) {
        java.util.regex.Matcher number = java.util.regex.Pattern.compile("YHZY-\\d{4}-\\d{6}").matcher(text);
        assertThat(number.find()).as("a certificate number in " + text).isTrue();
        return number.group();
    }

    @Test
    void understaffedShiftsStandOutAndStrangersSeeNothing() {
        long group = group("湖塘巡防一队");
        join(volunteer, group);
        long shift = shift(group, OffsetDateTime.now().plusDays(1), 2, 3);
        volunteer.put("shifts/" + shift + "/signup", Json.createObjectBuilder().build(), Api.freshKey());
        JsonObject listed = officer.get("shifts?groupId=" + group).array().getJsonObject(0);
        assertThat(listed.getJsonNumber("signedUp").longValue()).isEqualTo(1);
        assertThat(listed.getBoolean("understaffed")).isTrue();

        Api stranger = Api.as(Fixtures.account(admin, station, "VOLUNTEER"), Fixtures.PASSWORD);
        assertThat(stranger.get("shifts/" + shift).status()).isEqualTo(404);
        assertThat(stranger.put("shifts/" + shift + "/signup", Json.createObjectBuilder().build(), Api.freshKey()).status()).isEqualTo(404);
        assertThat(stranger.get("shifts").array()).isEmpty();
        assertThat(volunteer.post("shifts", Json.createObjectBuilder().add("groupId", group).add("area", "x")
                .add("startsAt", beijing(OffsetDateTime.now().plusDays(1))).add("endsAt", beijing(OffsetDateTime.now().plusDays(1).plusHours(1)))
                .build()).status()).isEqualTo(403);

        Api.Reply badDate = officer.inEnglish().get("shifts?from=yesterday");
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.json().getString("field")).isEqualTo("from");
        Api.Reply tooLong = officer.post("shifts", Json.createObjectBuilder().add("groupId", group).add("area", "x")
                .add("startsAt", beijing(OffsetDateTime.now().plusDays(1))).add("endsAt", beijing(OffsetDateTime.now().plusDays(2)))
                .build());
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json().getString("field")).isEqualTo("endsAt");
    }

    @Test
    void publicityCountsOnceAnOfficerConfirmsItAndEarnsEveryParticipantPointsOnce() throws Exception {
        String partnerName = Fixtures.account(admin, station, "VOLUNTEER");
        Api.Reply reported = volunteer.post("publicity-events", Json.createObjectBuilder().add("kind", "DOOR_TO_DOOR")
                .add("heldOn", java.time.LocalDate.now(ZoneOffset.ofHours(8)).toString()).add("place", "星河国际小区")
                .add("audience", 46).add("description", "入户发放防诈骗宣传册，帮助老人安装国家反诈App")
                .add("participants", Json.createArrayBuilder().add(partnerName)).build());
        assertThat(reported.status()).as(reported.body()).isEqualTo(201);
        JsonObject event = reported.json();
        assertThat(event.getJsonArray("participants")).hasSize(2);

        Api.Reply bad = volunteer.inEnglish().post("publicity-events", Json.createObjectBuilder().add("kind", "PARADE")
                .add("heldOn", "2020-01-01").add("place", "x").add("participants", Json.createArrayBuilder().add("nobody.here")).build());
        assertThat(bad.json().getJsonArray("errors").stream().map(e -> ((JsonObject) e).getString("field")))
                .containsExactlyInAnyOrder("kind", "heldOn", "participants[0]");

        JsonObject confirm = Json.createObjectBuilder().add("confirm", true).add("version", event.getJsonNumber("version").longValue()).build();
        Api.Reply longNote = officer.post("publicity-events/" + event.getJsonNumber("id") + "/decision",
                Json.createObjectBuilder(confirm).add("note", "好".repeat(501)).build());
        assertThat(longNote.status()).as("a note longer than its column is refused, not a 500").isEqualTo(400);
        assertThat(longNote.json().getString("field")).isEqualTo("note");
        assertThat(volunteer.post("publicity-events/" + event.getJsonNumber("id") + "/decision", confirm).status()).isEqualTo(403);
        assertThat(officer.post("publicity-events/" + event.getJsonNumber("id") + "/decision", confirm).json().getString("status"))
                .isEqualTo("CONFIRMED");
        assertThat(officer.post("publicity-events/" + event.getJsonNumber("id") + "/decision", confirm).status()).isEqualTo(409);
        assertThat(TestEnv.number("SELECT count(*) FROM points_award WHERE source_type = 'PUBLICITY_EVENT' AND source_id = ? "
                + "AND points = 5.0", event.getJsonNumber("id").longValue())).isEqualTo(2);
        assertThat(Api.as(partnerName, Fixtures.PASSWORD).get("publicity-events").array()).hasSize(1);
    }

    @Test
    void administratorsKeepThePointsRulesAndBadValuesAreRefused() {
        JsonObject rule = officer.get("points/rules").array().stream().map(r -> (JsonObject) r)
                .filter(r -> r.getString("code").equals("PUBLICITY_EVENT")).findFirst().orElseThrow();
        long version = rule.getJsonNumber("version").longValue();
        JsonObject change = Json.createObjectBuilder().add("points", new BigDecimal("6.5")).add("active", true).add("version", version).build();
        assertThat(officer.put("points/rules/PUBLICITY_EVENT", change).status()).isEqualTo(403);
        Api.Reply negative = admin.put("points/rules/PUBLICITY_EVENT", Json.createObjectBuilder(change).add("points", -1).build());
        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.json().getString("field")).isEqualTo("points");
        Api.Reply changed = admin.put("points/rules/PUBLICITY_EVENT", change);
        try {
            assertThat(changed.status()).as(changed.body()).isEqualTo(200);
            assertThat(changed.json().getJsonNumber("points").bigDecimalValue()).isEqualByComparingTo("6.5");
            assertThat(admin.put("points/rules/PUBLICITY_EVENT", change).status()).isEqualTo(409);
        } finally {
            admin.put("points/rules/PUBLICITY_EVENT", Json.createObjectBuilder().add("points", rule.getJsonNumber("points").bigDecimalValue())
                    .add("active", true).add("version", changed.json().getJsonNumber("version").longValue()).build());
        }
    }

    @Test
    void anOfficerMovesAPlannedShiftAndKeepsAMaskedPhoneWhenEditingTheRoster() throws Exception {
        long group = group("花园街巡防队");
        long shift = shift(group, OffsetDateTime.now().plusDays(2), 2, 2);
        JsonObject planned = officer.get("shifts/" + shift).json();
        OffsetDateTime later = OffsetDateTime.now().plusDays(3);
        JsonObject moved = Json.createObjectBuilder().add("groupId", group).add("area", "花园街—淹城路").add("startsAt", beijing(later))
                .add("endsAt", beijing(later.plusHours(3))).add("needed", 4).build();
        long version = planned.getJsonNumber("version").longValue();
        assertThat(volunteer.put("shifts/" + shift + "?version=" + version, moved).status()).isEqualTo(403);
        Api.Reply done = officer.put("shifts/" + shift + "?version=" + version, moved);
        assertThat(done.status()).as(done.body()).isEqualTo(200);
        assertThat(done.json().getString("area")).isEqualTo("花园街—淹城路");
        assertThat(done.json().getInt("needed")).isEqualTo(4);
        assertThat(officer.put("shifts/" + shift + "?version=" + version, moved).status()).isEqualTo(409);

        long member = officer.post("patrol-groups/" + group + "/members", Json.createObjectBuilder().add("name", "网格员小李")
                .add("kind", "GRID_WORKER").add("phone", "13987654321").build()).id();
        JsonObject listed = officer.get("patrol-groups/" + group + "/members").array().stream().map(m -> (JsonObject) m)
                .filter(m -> m.getJsonNumber("id").longValue() == member).findFirst().orElseThrow();
        Api.Reply edited = officer.put("patrol-groups/" + group + "/members/" + member, Json.createObjectBuilder()
                .add("name", "网格员李明").add("kind", "GRID_WORKER").add("phone", listed.getString("phone"))
                .add("active", false).add("version", listed.getJsonNumber("version").longValue()).build());
        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        assertThat(TestEnv.number("SELECT count(*) FROM group_member WHERE id = ? AND phone = '13987654321' AND name = '网格员李明' "
                + "AND NOT active", member)).isEqualTo(1);
    }

    @Test
    void aGroupPatrolsACommunityOrGridOfItsOwnStationAndOnlyItsOfficerOrTheHeadChangesIt() throws Exception {
        long community = Fixtures.community(admin, station);
        Api.Reply grid = admin.post("communities/" + community + "/grids", Json.createObjectBuilder().add("code", "G-" + TestEnv.unique())
                .add("name", "第一网格").add("nameEn", "Grid One").build());
        assertThat(grid.status()).as(grid.body()).isEqualTo(201);
        assertThat(grid.json().getString("nameEn")).isEqualTo("Grid One");
        long foreignCommunity = Fixtures.community(admin, Fixtures.station(admin));

        Api.Reply created = officer.post("patrol-groups", Json.createObjectBuilder().add("name", "网格巡防队").add("gridId", grid.id()).build());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonObject group = created.json();
        assertThat(group.getJsonNumber("communityId").longValue()).as("a grid stands for its community").isEqualTo(community);
        assertThat(group.getString("gridName")).isEqualTo("第一网格");
        assertThat(group.getString("gridNameEn")).as("a grid's English name, for readers in English (defect 15)").isEqualTo("Grid One");

        Api.Reply foreign = officer.inEnglish().post("patrol-groups", Json.createObjectBuilder().add("name", "越界巡防队")
                .add("communityId", foreignCommunity).build());
        assertThat(foreign.status()).isEqualTo(400);
        assertThat(foreign.json().getString("field")).isEqualTo("communityId");
        assertThat(foreign.json().getString("message")).contains("station");

        long id = group.getJsonNumber("id").longValue();
        long version = group.getJsonNumber("version").longValue();
        JsonObject toCommunity = Json.createObjectBuilder().add("name", "社区巡防队").add("communityId", community).add("version", version).build();
        Api otherOfficer = Api.as(Fixtures.account(admin, station, "OFFICER"), Fixtures.PASSWORD);
        assertThat(otherOfficer.put("patrol-groups/" + id, toCommunity).status()).isEqualTo(403);
        assertThat(volunteer.put("patrol-groups/" + id, toCommunity).status()).isIn(403, 404);

        Api head = Api.as(Fixtures.account(admin, station, "SUPERVISOR"), Fixtures.PASSWORD);
        Api.Reply moved = head.put("patrol-groups/" + id, toCommunity);
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        assertThat(moved.json().getString("name")).isEqualTo("社区巡防队");
        assertThat(moved.json().containsKey("gridId")).as("no grid any more").isFalse();
        assertThat(officer.put("patrol-groups/" + id, toCommunity).status()).as("stale version").isEqualTo(409);
        assertThat(TestEnv.number("SELECT count(*) FROM patrol_group WHERE id = ? AND community_id = ? AND grid_id IS NULL", id, community))
                .isEqualTo(1);

        assertThat(officer.get("patrol-groups?communityId=" + community).array()).extracting(g -> ((JsonObject) g).getString("name"))
                .containsExactly("社区巡防队");
        assertThat(officer.get("patrol-groups?communityId=" + foreignCommunity).array()).isEmpty();
    }

    @Test
    void theStationLeaderboardRanksEqualPointsAlikeAndRefusesABackwardPeriod() {
        String partnerName = Fixtures.account(admin, station, "VOLUNTEER");
        String today = java.time.LocalDate.now(ZoneOffset.ofHours(8)).toString();
        JsonObject event = volunteer.post("publicity-events", Json.createObjectBuilder().add("kind", "DOOR_TO_DOOR")
                .add("heldOn", today).add("place", "星河国际小区").add("audience", 12).add("description", "入户宣传")
                .add("participants", Json.createArrayBuilder().add(partnerName)).build()).json();
        assertThat(officer.post("publicity-events/" + event.getJsonNumber("id") + "/decision", Json.createObjectBuilder()
                .add("confirm", true).add("version", event.getJsonNumber("version").longValue()).build()).status()).isEqualTo(200);

        JsonArray board = officer.get("points/stations/" + station + "/leaderboard?from=" + today + "&to=" + today).array();
        assertThat(board).hasSize(2);
        assertThat(board).extracting(b -> ((JsonObject) b).getInt("rank")).containsExactly(1, 1);
        assertThat(board).extracting(b -> ((JsonObject) b).getJsonNumber("points").bigDecimalValue().stripTrailingZeros())
                .containsOnly(new BigDecimal("5"));
        assertThat(officer.get("points/stations/" + station + "/leaderboard?from=2020-01-01&to=2020-12-31").array()).isEmpty();

        Api.Reply backward = officer.inEnglish().get("points/stations/" + station + "/leaderboard?from=" + today + "&to=2020-01-01");
        assertThat(backward.status()).isEqualTo(400);
        assertThat(backward.json().getString("field")).isEqualTo("to");
        assertThat(volunteer.get("points/stations/" + station + "/leaderboard").status()).isEqualTo(403);
    }
}
