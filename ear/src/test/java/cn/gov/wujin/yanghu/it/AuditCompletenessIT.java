package cn.gov.wujin.yanghu.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A scripted working day: the people of a new station, a fresh administrator and a bureau
 * supervisor call every write endpoint of the REST API (the POST, PUT and DELETE rows of
 * api-access.txt) and view every kind of personal data in full. After each step the audit trail
 * holds exactly the rows the step should leave, in order, as "who ACTION Type#id" with the
 * people named by their role. A write that leaves no row, or a row nobody asked for, fails here,
 * and so does a write endpoint of the table that the script never calls: the trail is complete
 * because this day proves it for every way in, not because each service remembers it.
 *
 * <p>What a row is: every insert, update and delete of an audited record (an update also when
 * only its version steps, as a project's does while its liaison changes; repeats within one
 * transaction that describe the record as its last row did are left out), logins, tokens,
 * lockouts, password changes and full views of personal data.
 *
 * <p>Only rows of the day's own people count (and those "anonymous" wrote about the day's public
 * tip), so other tests' rows never do. The escalation timer writes as "system" whenever it runs,
 * so the overdue request's escalation is checked as exactly one row, the administrator's or the timer's.
 * Steps are soft assertions: one run shows every step whose rows differ.
 */
class AuditCompletenessIT extends DeployedApplication {

    private static final ZoneOffset BEIJING = ZoneOffset.ofHours(8);
    private static final String ID_CARD = "11010519491231002X";
    private static final byte[] PNG = TipIT.PNG;

    /** The day's people: username → the word the expected rows use for them. */
    private final Map<String, String> people = new LinkedHashMap<>();
    /** Records the anonymous public made (as "Tip#12"): their rows are the day's too. */
    private final Set<String> anonymousRecords = new HashSet<>();
    /** The write endpoints the script called, as {@code Row.endpoint()} names them. */
    private final Set<String> touched = new TreeSet<>();
    private final SoftAssertions soft = new SoftAssertions();
    private final List<String> trail = new ArrayList<>();
    private long seen;
    private int steps;
    private int rowsChecked;

    private Api admin;
    private Api bureau;
    private Api head;
    private Api officer;
    private Api colleague;
    private Api liaison;
    private Api volunteer;
    private String stationCode;
    private long community;
    private long grid;
    private long earlierUrgentLead;
    private final Map<String, Long> accountIds = new LinkedHashMap<>();

    @Test
    void aScriptedDayLeavesExactlyTheExpectedAuditTrail() throws Exception {
        String adminName = Fixtures.account(Api.demo("admin"), null, "ADMIN");
        people.put(adminName, "admin");
        accountIds.put("admin", LockoutIT.accountId(adminName));
        seen = TestEnv.number("SELECT coalesce(max(id), 0) FROM audit_entry");

        try {
            organizationAndAccounts(adminName);
            referenceTables();
            fraudCases();
            earlyWarning();
            patrol();
            liaison();
            endOfTheDay();
        } finally {
            trail.forEach(System.out::println);
        }
        System.out.printf("AuditCompletenessIT: %d steps, %d audit rows checked, %d write endpoints touched%n",
                steps, rowsChecked, touched.size());

        Set<String> writeEndpoints = ApiAccessMatrixIT.table().stream().filter(r -> !r.method().equals("GET"))
                .map(ApiAccessMatrixIT.Row::endpoint).collect(Collectors.toCollection(TreeSet::new));
        soft.assertThat(writeEndpoints).as("write endpoints of api-access.txt that the scripted day never called")
                .isSubsetOf(touched);
        soft.assertThat(touched).as("endpoints the script called that api-access.txt does not list").isSubsetOf(writeEndpoints);
        soft.assertAll();
    }

    // ---- organization: the administrator's morning, logins, passwords, a lockout

    private void organizationAndAccounts(String adminName) throws Exception {
        admin = logIn(adminName, Fixtures.PASSWORD);
        long adminId = accountIds.get("admin");
        expect("the administrator logs in", "admin LOGIN Account#" + adminId, "admin TOKEN_ISSUED Account#" + adminId);

        JsonObject station = write(admin, "POST /stations", Json.createObjectBuilder().add("code", TestEnv.uniqueLetters(6))
                .add("nameZh", "审计演练派出所").add("nameEn", "Audit drill station").build()).json();
        long stationId = id(station);
        stationCode = station.getString("code");
        community = write(admin, "POST /communities", Json.createObjectBuilder().add("stationId", stationId)
                .add("code", "C-" + TestEnv.unique()).add("nameZh", "演练社区").add("nameEn", "Drill community").add("kind", "COMMUNITY")
                .build()).id();
        grid = write(admin, "POST /communities/{}/grids", Json.createObjectBuilder().add("code", "G-" + TestEnv.unique())
                .add("name", "第一网格").build(), community).id();
        write(admin, "PUT /stations/{}", Json.createObjectBuilder().add("code", stationCode).add("nameZh", "审计演练派出所（新址）")
                .add("nameEn", "Audit drill station").add("address", "湖塘镇人民路1号").add("phone", "0519-86000000")
                .add("active", true).add("version", station.getJsonNumber("version").longValue()).build(), stationId);
        expect("the administrator opens a station with a community and a grid, and renames it",
                "admin CREATE Station#" + stationId, "admin CREATE Community#" + community, "admin CREATE Grid#" + grid,
                "admin UPDATE Station#" + stationId);

        // the map: the station's boundaries imported (a place of its own, far from the district), each area a row
        String communityCode = admin.get("communities/" + community).json().getString("code");
        String gridCode = admin.get("communities/" + community + "/grids").array().getJsonObject(0).getString("code");
        double lat = 45 + (System.nanoTime() % 4000) / 1000.0;
        double lon = 110 + (System.nanoTime() % 6000) / 1000.0;
        String geoJson = "{\"type\":\"FeatureCollection\",\"features\":["
                + boundary("{\"level\":\"station\",\"code\":\"" + stationCode + "\"}", lat, lon, 0.1) + ","
                + boundary("{\"level\":\"community\",\"code\":\"" + communityCode + "\",\"station\":\"" + stationCode + "\"}",
                lat + 0.01, lon + 0.01, 0.05) + ","
                + boundary("{\"level\":\"grid\",\"code\":\"" + gridCode + "\",\"station\":\"" + stationCode
                + "\",\"community\":\"" + communityCode + "\"}", lat + 0.02, lon + 0.02, 0.01) + "]}";
        upload(admin, "POST /geo/boundaries/import", "application/geo+json", geoJson.getBytes(StandardCharsets.UTF_8));
        expect("the administrator imports the station's, community's and grid's boundaries",
                "admin UPDATE Boundary#station:" + stationId, "admin UPDATE Boundary#community:" + community,
                "admin UPDATE Boundary#grid:" + grid);

        Map<String, String> names = new LinkedHashMap<>();
        for (String[] person : new String[][] {{"bureau", "SUPERVISOR"}, {"head", "SUPERVISOR"}, {"officer", "OFFICER"},
                {"colleague", "OFFICER"}, {"liaison", "LIAISON"}, {"deputy", "LIAISON"}, {"volunteer", "VOLUNTEER"},
                {"spare", "OFFICER"}}) {
            String username = person[0] + "." + TestEnv.unique();
            JsonObjectBuilder account = Json.createObjectBuilder().add("username", username).add("displayName", "演练 " + person[0])
                    .add("roles", Json.createArrayBuilder().add(person[1])).add("password", Fixtures.PASSWORD).add("phone", "13912345678");
            if (!person[0].equals("bureau")) {
                account.add("stationId", stationId);
            }
            accountIds.put(person[0], write(admin, "POST /accounts", account.build()).id());
            people.put(username, person[0]);
            names.put(person[0], username);
        }
        expect("the administrator makes the day's accounts", names.keySet().stream()
                .map(who -> "admin CREATE Account#" + accountIds.get(who)).toArray(String[]::new));

        bureau = logIn(names.get("bureau"), Fixtures.PASSWORD);
        head = logIn(names.get("head"), Fixtures.PASSWORD);
        officer = logIn(names.get("officer"), Fixtures.PASSWORD);
        colleague = logIn(names.get("colleague"), Fixtures.PASSWORD);
        liaison = logIn(names.get("liaison"), Fixtures.PASSWORD);
        volunteer = logIn(names.get("volunteer"), Fixtures.PASSWORD);
        expect("everyone logs in", List.of("bureau", "head", "officer", "colleague", "liaison", "volunteer").stream()
                .flatMap(who -> List.of(who + " LOGIN Account#" + accountIds.get(who), who + " TOKEN_ISSUED Account#" + accountIds.get(who))
                        .stream()).toArray(String[]::new));

        write(officer, "PUT /me/password", Json.createObjectBuilder().add("currentPassword", Fixtures.PASSWORD)
                .add("newPassword", "Changed-password-2026").build());
        expect("the officer changes the password", "officer PASSWORD_CHANGED Account#" + accountIds.get("officer"),
                "officer UPDATE Account#" + accountIds.get("officer"));

        write(officer, "PUT /me/notification-preferences", Json.createObjectBuilder().add("smsEnabled", true).add("quietFrom", "22:00")
                .add("quietTo", "07:00").build());
        write(officer, "PUT /me/notification-preferences", Json.createObjectBuilder().add("smsEnabled", false).build());
        expect("the officer sets quiet hours for SMS, then turns SMS off", "officer CREATE NotificationPreference#" + accountIds.get("officer"),
                "officer UPDATE NotificationPreference#" + accountIds.get("officer"));

        refused(Api.anonymous(), "POST /auth/token", credentials(names.get("officer"), Fixtures.PASSWORD), 401);
        String stranger = "nobody." + TestEnv.unique();
        people.put(stranger, "stranger");
        refused(Api.anonymous(), "POST /auth/token", credentials(stranger, Fixtures.PASSWORD), 401);
        expect("the officer tries the old password, a stranger an unknown name",
                "officer LOGIN_FAILED Account#" + accountIds.get("officer"), "stranger LOGIN_FAILED Account");

        long spare = accountIds.get("spare");
        for (int i = 1; i <= 5; i++) {
            refused(Api.anonymous(), "POST /auth/token", credentials(names.get("spare"), "wrong-password-" + i), 401);
        }
        refused(Api.anonymous(), "POST /auth/token", credentials(names.get("spare"), Fixtures.PASSWORD), 401);
        expect("five wrong passwords lock an account, and the right one is refused then",
                "spare LOGIN_FAILED Account#" + spare, "spare LOGIN_FAILED Account#" + spare, "spare LOGIN_FAILED Account#" + spare,
                "spare LOGIN_FAILED Account#" + spare, "spare LOGIN_FAILED Account#" + spare, "spare ACCOUNT_LOCKED Account#" + spare,
                "spare LOGIN_FAILED Account#" + spare);

        JsonObject full = admin.get("accounts/" + spare + "?full=true").json();
        assertThat(full.getString("phone")).isEqualTo("13912345678");
        write(admin, "POST /accounts/{}/unlock", null, spare);
        write(admin, "PUT /accounts/{}", Json.createObjectBuilder().add("username", names.get("spare")).add("displayName", "演练 备用警员")
                .add("stationId", stationId).add("roles", Json.createArrayBuilder().add("OFFICER")).add("phone", "13912345678")
                .add("version", full.getJsonNumber("version").longValue()).build(), spare);
        write(admin, "POST /accounts/{}/deactivate", null, spare);
        write(admin, "POST /accounts/{}/activate", null, spare);
        expect("the administrator looks the account up in full, unlocks, renames, deactivates and reactivates it",
                "admin VIEW_PERSONAL_DATA Account#" + spare, "admin ACCOUNT_UNLOCKED Account#" + spare, "admin UPDATE Account#" + spare,
                "admin UPDATE Account#" + spare, "admin UPDATE Account#" + spare);

        long volunteerId = accountIds.get("volunteer");
        String secret = write(volunteer, "POST /me/second-factor/totp", null).json().getString("secret");
        write(volunteer, "POST /me/second-factor/totp/confirmation", Json.createObjectBuilder()
                .add("code", TotpCodes.code(secret, 0)).build());
        expect("the volunteer enrols an authenticator app (the secret shown leaves no row, its confirmation does)",
                "volunteer SECOND_FACTOR_ENROLLED Account#" + volunteerId);
        write(admin, "POST /accounts/{}/second-factor/reset", null, volunteerId);
        expect("the administrator resets the volunteer's second factor, and the volunteer is told",
                "admin SECOND_FACTOR_RESET Account#" + volunteerId, "admin NOTIFIED SECOND_FACTOR_RESET to volunteer");

        // a browser of the volunteer's (as a page sign-in leaves it), and a second token on another device
        long browserSession;
        try (java.sql.Connection db = TestEnv.database(); java.sql.PreparedStatement insert = db.prepareStatement(
                "INSERT INTO web_session (account_id, key_hash, user_agent) VALUES (?, md5(random()::text) || md5(random()::text), "
                        + "'Mozilla/5.0 (Linux; Android 13) Chrome/120.0 Mobile Safari/537.36') RETURNING id")) {
            insert.setLong(1, volunteerId);
            try (java.sql.ResultSet id = insert.executeQuery()) {
                id.next();
                browserSession = id.getLong(1);
            }
        }
        Api phone = logIn(names.get("volunteer"), Fixtures.PASSWORD);
        long phoneToken = volunteer.get("me/sessions").array().stream().map(JsonValue::asJsonObject)
                .filter(s -> s.getString("kind").equals("API_TOKEN") && !s.getBoolean("current"))
                .mapToLong(s -> s.getJsonNumber("id").longValue()).max().orElseThrow();
        write(volunteer, "DELETE /me/sessions/{}", null, browserSession);
        write(volunteer, "DELETE /me/tokens/{}", null, phoneToken);
        assertThat(phone.get("me").status()).isEqualTo(401);
        write(admin, "POST /accounts/{}/sessions/end", null, spare);
        expect("the volunteer signs in on a phone, then ends a browser and the phone's token; the administrator ends the spare's",
                "volunteer LOGIN Account#" + volunteerId, "volunteer TOKEN_ISSUED Account#" + volunteerId,
                "volunteer SESSION_ENDED Account#" + volunteerId, "volunteer TOKEN_REVOKED Account#" + volunteerId,
                "admin SESSION_ENDED Account#" + spare);
    }

    // ---- reference tables of no station: each is changed and put back at once

    private void referenceTables() throws Exception {
        JsonObject type = admin.get("fraud-types").array().stream().map(JsonValue::asJsonObject)
                .filter(t -> t.getString("code").equals("GAME_TRADING")).findFirst().orElseThrow();
        JsonObject renamed = write(admin, "PUT /fraud-types/{}", fraudType(type, type.getString("nameZh") + "（演练）",
                type.getJsonNumber("version").longValue()), "GAME_TRADING").json();
        write(admin, "PUT /fraud-types/{}", fraudType(type, type.getString("nameZh"), renamed.getJsonNumber("version").longValue()),
                "GAME_TRADING");
        expect("the administrator renames a fraud type and puts the name back",
                "admin UPDATE FraudType#GAME_TRADING", "admin UPDATE FraudType#GAME_TRADING");

        JsonObject limit = admin.get("procedure-limits").array().stream().map(JsonValue::asJsonObject)
                .filter(l -> l.getString("code").equals("FREEZE_ALERT_FIRST_DAYS")).findFirst().orElseThrow();
        JsonObject lengthened = write(admin, "PUT /procedure-limits/{}", Json.createObjectBuilder()
                .add("amount", limit.getInt("amount") + 1).add("version", limit.getJsonNumber("version").longValue()).build(),
                "FREEZE_ALERT_FIRST_DAYS").json();
        write(admin, "PUT /procedure-limits/{}", Json.createObjectBuilder().add("amount", limit.getInt("amount"))
                .add("version", lengthened.getJsonNumber("version").longValue()).build(), "FREEZE_ALERT_FIRST_DAYS");
        expect("the administrator changes a procedure limit and puts it back",
                "admin UPDATE ProcedureLimit#FREEZE_ALERT_FIRST_DAYS", "admin UPDATE ProcedureLimit#FREEZE_ALERT_FIRST_DAYS");

        JsonObject rule = admin.get("points/rules").array().stream().map(JsonValue::asJsonObject)
                .filter(r -> r.getString("code").equals("TIP_ACTED_ON")).findFirst().orElseThrow();
        JsonObject changed = write(admin, "PUT /points/rules/{}", Json.createObjectBuilder()
                .add("points", rule.getJsonNumber("points").bigDecimalValue().add(java.math.BigDecimal.ONE)).add("active", true)
                .add("version", rule.getJsonNumber("version").longValue()).build(), "TIP_ACTED_ON").json();
        write(admin, "PUT /points/rules/{}", Json.createObjectBuilder().add("points", rule.getJsonNumber("points").bigDecimalValue())
                .add("active", rule.getBoolean("active")).add("version", changed.getJsonNumber("version").longValue()).build(), "TIP_ACTED_ON");
        expect("the administrator changes a points rule and changes it back",
                "admin UPDATE PointsRule#TIP_ACTED_ON", "admin UPDATE PointsRule#TIP_ACTED_ON");

        JsonObject deadline = admin.get("enterprise-requests/deadlines").array().stream().map(JsonValue::asJsonObject)
                .filter(d -> d.getString("category").equals("OTHER")).findFirst().orElseThrow();
        JsonObject longer = write(admin, "PUT /enterprise-requests/deadlines/{}", Json.createObjectBuilder()
                .add("value", deadline.getInt("days") + 1).add("version", deadline.getJsonNumber("version").longValue()).build(), "OTHER").json();
        write(admin, "PUT /enterprise-requests/deadlines/{}", Json.createObjectBuilder().add("value", deadline.getInt("days"))
                .add("version", longer.getJsonNumber("version").longValue()).build(), "OTHER");
        JsonObject setting = admin.get("enterprise-requests/settings/no-visit-days").json();
        JsonObject moreDays = write(admin, "PUT /enterprise-requests/settings/no-visit-days", Json.createObjectBuilder()
                .add("value", setting.getInt("value") + 1).add("version", setting.getJsonNumber("version").longValue()).build()).json();
        write(admin, "PUT /enterprise-requests/settings/no-visit-days", Json.createObjectBuilder().add("value", setting.getInt("value"))
                .add("version", moreDays.getJsonNumber("version").longValue()).build());
        expect("the administrator changes a request deadline and the no-visit days, and puts both back",
                "admin UPDATE RequestDeadline#OTHER", "admin UPDATE RequestDeadline#OTHER",
                "admin UPDATE LiaisonSetting#NO_VISIT_DAYS", "admin UPDATE LiaisonSetting#NO_VISIT_DAYS");

        JsonObject policy = admin.get("second-factor-policies").array().stream().map(JsonValue::asJsonObject)
                .filter(p -> p.getString("role").equals("VOLUNTEER")).findFirst().orElseThrow();
        JsonObject required = write(admin, "PUT /second-factor-policies/{}", Json.createObjectBuilder()
                .add("required", !policy.getBoolean("required")).add("version", policy.getJsonNumber("version").longValue()).build(),
                "VOLUNTEER").json();
        write(admin, "PUT /second-factor-policies/{}", Json.createObjectBuilder().add("required", policy.getBoolean("required"))
                .add("version", required.getJsonNumber("version").longValue()).build(), "VOLUNTEER");
        expect("the administrator changes whether volunteers need a second factor, and puts it back",
                "admin UPDATE SecondFactorPolicy#VOLUNTEER", "admin UPDATE SecondFactorPolicy#VOLUNTEER");

        write(admin, "POST /stats/tip-days/compaction", null);
        expect("the administrator folds the tip statistics (derived counts, no record changes)");

        JsonObject offline = admin.get("offline-settings").json();
        JsonObject shorter = write(admin, "PUT /offline-settings", Json.createObjectBuilder()
                .add("toleranceHours", offline.getInt("toleranceHours") == 1 ? 2 : offline.getInt("toleranceHours") - 1)
                .add("version", offline.getJsonNumber("version").longValue()).build()).json();
        write(admin, "PUT /offline-settings", Json.createObjectBuilder().add("toleranceHours", offline.getInt("toleranceHours"))
                .add("version", shorter.getJsonNumber("version").longValue()).build());
        expect("the administrator changes how late phones may send offline check-ins, and puts it back",
                "admin UPDATE OfflineSetting#1", "admin UPDATE OfflineSetting#1");
        operationsSettings();
    }

    /** The settings of how the deployment runs (issue 25): each changed and put back. */
    private void operationsSettings() throws Exception {
        JsonObject proxies = admin.get("admin/trusted-proxies").json();
        JsonObject balancer = write(admin, "PUT /admin/trusted-proxies", Json.createObjectBuilder().add("value", "192.0.2.1")
                .add("version", proxies.getJsonNumber("version").longValue()).build()).json();
        write(admin, "PUT /admin/trusted-proxies", Json.createObjectBuilder().add("value", proxies.getString("value"))
                .add("version", balancer.getJsonNumber("version").longValue()).build());
        expect("the administrator trusts a balancer and puts the list back",
                "admin UPDATE OperationsSetting#TRUSTED_PROXIES", "admin UPDATE OperationsSetting#TRUSTED_PROXIES");

        JsonObject source = admin.get("admin/statistics-source").json();
        JsonObject standby = write(admin, "PUT /admin/statistics-source", Json.createObjectBuilder().add("source", "STANDBY")
                .add("version", source.getJsonNumber("version").longValue()).build()).json();
        write(admin, "PUT /admin/statistics-source", Json.createObjectBuilder().add("source", source.getString("source"))
                .add("version", standby.getJsonNumber("version").longValue()).build());
        expect("the administrator has the statistics read the standby and puts it back",
                "admin UPDATE OperationsSetting#STATISTICS_READS", "admin UPDATE OperationsSetting#STATISTICS_READS");

        JsonObject photos = admin.get("admin/retention").array().stream().map(JsonValue::asJsonObject)
                .filter(r -> r.getString("kind").equals("TIP_PHOTO")).findFirst().orElseThrow();
        JsonObject longer = write(admin, "PUT /admin/retention/{}", Json.createObjectBuilder().add("days", photos.getInt("days") + 1)
                .add("version", photos.getJsonNumber("version").longValue()).build(), "TIP_PHOTO").json();
        write(admin, "PUT /admin/retention/{}", Json.createObjectBuilder().add("days", photos.getInt("days"))
                .add("version", longer.getJsonNumber("version").longValue()).build(), "TIP_PHOTO");
        expect("the administrator lengthens a retention term and puts it back",
                "admin UPDATE RetentionSetting#TIP_PHOTO", "admin UPDATE RetentionSetting#TIP_PHOTO");
        write(admin, "POST /admin/retention/run", null);
        // what other tests left past its term: one row per batch, each in the administrator's name
        expectIgnoring("the administrator runs the retention now", row -> row.startsWith("admin RETENTION_PURGED Retention#"));

        // the first day's imports: a dry run changes nothing; the import writes one row per record, as the forms do
        String code = "FD" + TestEnv.uniqueLetters(4);
        String organization = "type,station_code,community_code,grid_code,name_zh,name_en,kind,address,phone\n"
                + "STATION," + code + ",,,首日演练所,Drill Station,,,\n" + "COMMUNITY," + code + "," + code + "-A,,演练社区,Drill Community,,,\n"
                + "GRID," + code + "," + code + "-A,G1,演练网格,,,,\n";
        upload(admin, "POST /admin/import/organization?dryRun=true", "text/csv", organization.getBytes(StandardCharsets.UTF_8));
        expect("the administrator checks an organisation file");
        upload(admin, "POST /admin/import/organization", "text/csv", organization.getBytes(StandardCharsets.UTF_8));
        long importedStation = TestEnv.number("SELECT id FROM station WHERE code = ?", code);
        long importedCommunity = TestEnv.number("SELECT id FROM community WHERE station_id = ?", importedStation);
        long importedGrid = TestEnv.number("SELECT id FROM grid WHERE community_id = ?", importedCommunity);
        expect("the administrator imports a station, a community and a grid", "admin CREATE Station#" + importedStation,
                "admin CREATE Community#" + importedCommunity, "admin CREATE Grid#" + importedGrid);
        String newcomer = "fd" + TestEnv.uniqueLetters(6).toLowerCase();
        upload(admin, "POST /admin/import/accounts?delivery=LIST", "text/csv", ("username,display_name,station_code,roles,phone\n"
                + newcomer + ",首日新人," + code + ",VOLUNTEER,\n").getBytes(StandardCharsets.UTF_8));
        expect("the administrator imports an account", "admin CREATE Account#" + LockoutIT.accountId(newcomer));
    }

    // ---- fraud cases: intake, the full view, the procedure, the money, an identifier

    private void fraudCases() throws Exception {
        String victimPhone = phone("136");
        String suspectPhone = phone("139");
        String anHourAgo = beijing(OffsetDateTime.now().minusHours(1));
        long earlierLead = write(officer, "POST /warning-leads", Json.createObjectBuilder().add("phone", victimPhone)
                .add("personName", "张某").add("source", "ANTI_FRAUD_CENTER").add("urgency", "URGENT")
                .add("receivedAt", beijing(OffsetDateTime.now().minusHours(2))).build()).id();
        earlierUrgentLead = earlierLead;
        expect("the officer takes down an urgent warning lead: the station's officers and head are told",
                rows(List.of("officer CREATE WarningLead#" + earlierLead),
                        notified("officer", "once_key = 'lead-urgent:" + earlierLead + "'", "officer", "colleague", "spare", "head")));

        String receiving = "6222" + ThreadLocalRandom.current().nextLong(100_000_000_000L, 999_999_999_999L);
        long fraudCase = write(officer, "POST /fraud-cases", Json.createObjectBuilder().add("fraudType", "FAKE_INVESTMENT")
                .add("reportedAt", anHourAgo).add("narrative", "受害人被拉入投资群，按指示转账后无法提现。")
                .add("victims", Json.createArrayBuilder().add(Json.createObjectBuilder().add("name", "张某").add("idNumber", ID_CARD)
                        .add("phone", victimPhone)).add(Json.createObjectBuilder().add("name", "李某")))
                .add("transfers", Json.createArrayBuilder().add(Json.createObjectBuilder().add("time", anHourAgo).add("amount", "50000.00")
                        .add("channel", "BANK_CARD").add("toAccount", receiving).add("toBank", "某银行")))
                .add("identifiers", Json.createArrayBuilder().add(Json.createObjectBuilder().add("type", "PHONE").add("value", suspectPhone)))
                .build()).id();
        expect("the officer registers the victim's report, which links the earlier lead",
                "officer CREATE FraudCase#" + fraudCase, "officer UPDATE WarningLead#" + earlierLead);

        assertThat(officer.get("fraud-cases/" + fraudCase + "?full=true").json().getJsonArray("victims").getJsonObject(0)
                .getString("idNumber")).isEqualTo(ID_CARD);
        expect("the officer reads the case with the victims' data in full", "officer VIEW_PERSONAL_DATA FraudCase#" + fraudCase);

        write(officer, "POST /fraud-cases/{}/transitions", Json.createObjectBuilder().add("action", "ACCEPT").build(), fraudCase);
        write(head, "POST /fraud-cases/{}/transitions", Json.createObjectBuilder().add("action", "FILE").add("reason", "涉案金额达到立案标准")
                .build(), fraudCase);
        write(head, "PUT /fraud-cases/{}/assignment", Json.createObjectBuilder().add("officer", usernameOf("colleague")).build(), fraudCase);
        expect("the officer accepts the case, the head files it and hands it to a colleague; each hears of it",
                "officer UPDATE FraudCase#" + fraudCase, "officer NOTIFIED CASE_AWAITS_DECISION to head",
                "head UPDATE FraudCase#" + fraudCase, "head NOTIFIED CASE_DECIDED to officer",
                "head UPDATE FraudCase#" + fraudCase, "head NOTIFIED CASE_HANDED_OVER to colleague");

        long stop = id(write(colleague, "POST /fraud-cases/{}/stop-payments", Json.createObjectBuilder().add("bank", "某银行")
                .add("account", receiving).add("amountRequested", "50000.00").build(), fraudCase).json().getJsonObject("money")
                .getJsonArray("stopPayments").getJsonObject(0));
        expect("the colleague asks the bank to stop the payment",
                "colleague UPDATE FraudCase#" + fraudCase, "colleague CREATE StopPayment#" + stop);

        write(colleague, "POST /fraud-cases/{}/stop-payments/{}/outcome", Json.createObjectBuilder().add("amount", "30000.50").build(),
                fraudCase, stop);
        // FraudCase.auditSummary: the case's row is "also written when only a part of the case changed (a stop-payment, a return)"
        expect("the bank stops part of the money", "colleague UPDATE FraudCase#" + fraudCase, "colleague UPDATE StopPayment#" + stop);
        write(colleague, "POST /fraud-cases/{}/stop-payments/{}/outcome", Json.createObjectBuilder().add("freeze", true)
                .add("amount", "30000.50").build(), fraudCase, stop);
        expect("the stopped money is frozen: the case's money state changes with it, and the account becomes a frozen account",
                "colleague UPDATE FraudCase#" + fraudCase, "colleague UPDATE StopPayment#" + stop,
                "colleague CREATE FrozenAccount#" + TestEnv.number("SELECT id FROM frozen_account WHERE account = ?", receiving));

        // a document is a read, but its generation issues a number: the first print and the reprint are audited
        String notice = "fraud-cases/" + fraudCase + "/documents/FREEZE_NOTICE?stopPayment=" + stop;
        assertThat(colleague.download(notice).statusCode()).isEqualTo(200);
        assertThat(colleague.download(notice).statusCode()).isEqualTo(200);
        long document = TestEnv.number("SELECT id FROM case_document WHERE fraud_case_id = ? AND kind = 'FREEZE_NOTICE'", fraudCase);
        expect("the colleague prints the notice to the bank to freeze, and prints it again",
                "colleague DOCUMENT_ISSUED CaseDocument#" + document, "colleague DOCUMENT_REPRINTED CaseDocument#" + document);
        write(colleague, "POST /fraud-cases/{}/services", Json.createObjectBuilder().add("document", "FILING_DECISION")
                .add("method", "POST").add("servedTo", "张某").build(), fraudCase);
        long service = TestEnv.number("SELECT id FROM notice_service WHERE fraud_case_id = ?", fraudCase);
        expect("the colleague records that the filing decision was served by post",
                "colleague UPDATE FraudCase#" + fraudCase, "colleague CREATE NoticeService#" + service);

        write(colleague, "POST /fraud-cases/{}/returns", Json.createObjectBuilder().add("victim", 1).add("amount", "20000.25").build(),
                fraudCase);
        long fundReturn = TestEnv.number("SELECT id FROM fund_return WHERE fraud_case_id = ?", fraudCase);
        expect("the colleague returns money to the first victim",
                "colleague UPDATE FraudCase#" + fraudCase, "colleague CREATE FundReturn#" + fundReturn);

        write(head, "POST /fraud-cases/{}/stop-payments/{}/renewal", null, fraudCase, stop);
        long renewal = TestEnv.number("SELECT id FROM freeze_renewal WHERE stop_payment_id = ?", stop);
        expect("the head renews the freeze (续冻): a renewal of its own, the freeze's new expiry",
                "head UPDATE FraudCase#" + fraudCase, "head UPDATE StopPayment#" + stop, "head CREATE FreezeRenewal#" + renewal);
        write(head, "POST /fraud-cases/{}/stop-payments/{}/unfreeze", Json.createObjectBuilder().add("reason", "涉案资金已依法处置")
                .build(), fraudCase, stop);
        expect("the head unfreezes it (解冻) with the reason", "head UPDATE FraudCase#" + fraudCase, "head UPDATE StopPayment#" + stop);
        write(admin, "POST /freezes/expiry", null);
        // the rule also lapses and announces other tests' freezes, in the administrator's name: only the day's records count here
        expectIgnoring("the administrator runs the freeze expiry rule: the day's freeze is unfrozen, nothing of the day's changes",
                row -> row.startsWith("admin UPDATE StopPayment#") && !row.equals("admin UPDATE StopPayment#" + stop)
                        || row.startsWith("admin NOTIFIED FREEZE_EXPIRING to account#"));
        returnPlan(officer, head, anHourAgo);

        write(bureau, "POST /identifiers/insignificant", Json.createObjectBuilder().add("type", "PHONE").add("value", suspectPhone)
                .add("reason", "某银行客服号码").build());
        expect("a bureau supervisor marks the suspect's phone insignificant",
                "bureau UPDATE InsignificantIdentifier#PHONE:" + suspectPhone);
    }

    // ---- early warning: an import and the outcomes of leads

    private void earlyWarning() throws Exception {
        String dissuaded = phone("136");
        String defrauded = phone("136");
        String received = beijing(OffsetDateTime.now().minusMinutes(10));
        upload(officer, "POST /warning-leads/import", "text/csv; charset=UTF-8", ("station_code,phone,name,source,urgency,received_at\n"
                + stationCode + "," + dissuaded + ",王某,ANTI_FRAUD_CENTER,URGENT," + received + "\n"
                + stationCode + "," + defrauded + ",赵某,HOTLINE_96110,NORMAL," + received + "\n").getBytes(StandardCharsets.UTF_8));
        long first = TestEnv.number("SELECT id FROM warning_lead WHERE phone = ?", dissuaded);
        long second = TestEnv.number("SELECT id FROM warning_lead WHERE phone = ?", defrauded);
        // each row is stored and announced as it is read: the urgent first one tells the station before the second is stored
        expect("the officer imports an urgent and a normal lead",
                rows(List.of("officer CREATE WarningLead#" + first),
                        notified("officer", "once_key = 'lead-urgent:" + first + "'", "officer", "colleague", "spare", "head"),
                        List.of("officer CREATE WarningLead#" + second)));

        write(officer, "POST /warning-leads/{}/outcome", Json.createObjectBuilder().add("outcome", "DISSUADED")
                .add("contactMethod", "CALL").add("note", "已劝阻").build(), first);
        expect("the officer dissuades the first person", "officer UPDATE WarningLead#" + first);
        long opened = write(officer, "POST /warning-leads/{}/outcome", Json.createObjectBuilder().add("outcome", "ALREADY_DEFRAUDED")
                .add("contactMethod", "VISIT").add("note", "已转账两笔，立即报案").add("case", Json.createObjectBuilder()
                        .add("fraudType", "ORDER_BRUSHING").add("reportedAt", beijing(OffsetDateTime.now()))
                        .add("narrative", "刷单返利，已转账两笔").add("victims", Json.createArrayBuilder()
                                .add(Json.createObjectBuilder().add("name", "赵某").add("phone", defrauded)))).build(), second)
                .json().getJsonNumber("fraudCaseId").longValue();
        expect("the second was defrauded already: the lead becomes a case",
                "officer UPDATE WarningLead#" + second, "officer CREATE FraudCase#" + opened);
    }

    // ---- patrol: a group, its members, shifts, tips, publicity

    private void patrol() throws Exception {
        JsonObject group = write(officer, "POST /patrol-groups", Json.createObjectBuilder().add("name", "演练巡防队" + TestEnv.unique())
                .add("communityId", community).build()).json();
        long groupId = id(group);
        write(officer, "PUT /patrol-groups/{}", Json.createObjectBuilder().add("name", "演练网格巡防队" + TestEnv.unique())
                .add("communityId", community).add("gridId", grid)
                .add("active", true).add("version", group.getJsonNumber("version").longValue()).build(), groupId);
        expect("the officer forms a patrol group and narrows it to a grid",
                "officer CREATE PatrolGroup#" + groupId, "officer UPDATE PatrolGroup#" + groupId);

        long application = write(volunteer, "POST /patrol-groups/{}/applications", Json.createObjectBuilder().add("motivation", "住在附近")
                .build(), groupId).id();
        expect("the volunteer applies to join", "volunteer CREATE MembershipApplication#" + application);
        write(officer, "POST /patrol-groups/applications/{}/decision", Json.createObjectBuilder().add("approve", true).build(), application);
        long volunteerMember = TestEnv.number("SELECT id FROM group_member WHERE group_id = ? AND account_id = ?", groupId,
                accountIds.get("volunteer"));
        expect("the officer approves: the volunteer is a member",
                "officer UPDATE MembershipApplication#" + application, "officer CREATE GroupMember#" + volunteerMember);

        JsonObject guard = write(officer, "POST /patrol-groups/{}/members", Json.createObjectBuilder().add("name", "保安老张")
                .add("kind", "SECURITY_GUARD").add("phone", "13812345678").build(), groupId).json();
        write(officer, "PUT /patrol-groups/{}/members/{}", Json.createObjectBuilder().add("name", "保安张师傅").add("kind", "SECURITY_GUARD")
                .add("phone", guard.getString("phone")).add("active", true).add("version", guard.getJsonNumber("version").longValue()).build(),
                groupId, id(guard));
        expect("the officer adds a security guard to the roster and corrects the name",
                "officer CREATE GroupMember#" + id(guard), "officer UPDATE GroupMember#" + id(guard));

        OffsetDateTime inTwoDays = OffsetDateTime.now().plusDays(2).plusHours(1); // beyond the 48 hours of a call for cover
        JsonObject planned = write(officer, "POST /shifts", shift(groupId, inTwoDays, 2)).json();
        long soon = write(officer, "POST /shifts", shift(groupId, OffsetDateTime.now().plusHours(3), 3)).id();
        long later = id(planned);
        JsonObject moved = write(officer, "PUT /shifts/{}?version={}", shift(groupId, inTwoDays.plusDays(1), 3), later,
                planned.getJsonNumber("version").longValue()).json();
        expect("the officer plans two shifts and moves one; the sooner lacks people, which calls the member not signed up",
                "officer CREATE Shift#" + later, "officer CREATE Shift#" + soon, "officer NOTIFIED SHIFT_COVER_NEEDED to volunteer",
                "officer UPDATE Shift#" + later);

        write(volunteer, "PUT /shifts/{}/signup", null, later);
        long laterSignup = TestEnv.number("SELECT id FROM shift_signup WHERE shift_id = ?", later);
        write(volunteer, "DELETE /shifts/{}/signup", null, later);
        // a new signup is a change of the shift's signups: its version steps, as a project's does when its liaison changes
        expect("the volunteer signs up for the later shift and cancels", "volunteer UPDATE Shift#" + later,
                "volunteer CREATE ShiftSignup#" + laterSignup, "volunteer UPDATE ShiftSignup#" + laterSignup);
        write(officer, "DELETE /shifts/{}?version={}", null, later, moved.getJsonNumber("version").longValue());
        expect("the officer calls the later shift off", "officer UPDATE Shift#" + later);

        write(volunteer, "PUT /shifts/{}/signup", null, soon);
        long signup = TestEnv.number("SELECT id FROM shift_signup WHERE shift_id = ?", soon);
        expect("the volunteer signs up for the other shift", "volunteer UPDATE Shift#" + soon, "volunteer CREATE ShiftSignup#" + signup);
        sql("UPDATE shift SET starts_at = now() - interval '2 hours', ends_at = now() + interval '1 hour' WHERE id = ?", soon);
        write(volunteer, "POST /shifts/{}/check-in", null, soon);
        expect("the volunteer checks in", "volunteer UPDATE ShiftSignup#" + signup);
        write(volunteer, "POST /shifts/{}/track", Json.createObjectBuilder().add("latitude", 31.7046).add("longitude", 119.9412)
                .add("accuracy", 20).build(), soon);
        expect("the volunteer's phone sends a position of the patrol track: purged after 30 days, so not in the trail, which is kept whole");

        long urgent = write(officer, "POST /warning-leads", Json.createObjectBuilder().add("phone", phone("136")).add("personName", "孙某")
                .add("source", "HOTLINE_96110").add("urgency", "URGENT").add("community", community).add("address", "演练社区5幢2单元301")
                .build()).id();
        long help = TestEnv.number("SELECT id FROM lead_help WHERE lead_id = ?", urgent);
        expect("an urgent lead in the volunteer's community: the station is told, the volunteer on duty there asked to go to the door",
                rows(List.of("officer CREATE WarningLead#" + urgent),
                        notified("officer", "once_key = 'lead-urgent:" + urgent + "'", "officer", "colleague", "spare", "head"),
                        List.of("officer CREATE LeadHelp#" + help),
                        notified("officer", "once_key = 'lead-help:" + urgent + "'", "volunteer")));
        long answeredAfter = TestEnv.number("SELECT coalesce(max(id), 0) FROM notification");
        write(volunteer, "POST /warning-leads/{}/help", Json.createObjectBuilder().add("answer", "GOING").build(), urgent);
        expect("the volunteer is on the way: the station's officers are told",
                rows(List.of("volunteer UPDATE LeadHelp#" + help), notified("volunteer", "kind = 'LEAD_HELP_ANSWERED' AND link = "
                        + "'/fraud/leads.xhtml?lead=" + urgent + "' AND id > " + answeredAfter, "officer", "colleague", "spare")));

        sql("UPDATE shift_signup SET checked_in_at = now() - interval '90 minutes' WHERE id = ?", signup);
        write(volunteer, "POST /shifts/{}/check-out", null, soon);
        write(volunteer, "PUT /shifts/{}/log", Json.createObjectBuilder().add("routeNotes", "人民路—长虹路—菜场")
                .add("findings", "菜场东门消防通道堵塞").build(), soon);
        expect("the volunteer patrols on: checks out and writes the log",
                "volunteer UPDATE ShiftSignup#" + signup, "volunteer UPDATE ShiftSignup#" + signup);

        long tip = write(volunteer, "POST /tips", tip("SAFETY_HAZARD", "小区消防通道被杂物堵塞")).id();
        upload(volunteer, "PUT /tips/{}/photo", "image/png", PNG, tip);
        write(officer, "POST /tips/{}/triage", Json.createObjectBuilder().add("action", "RESOLVE").add("note", "已通知物业清理").build(), tip);
        expect("the volunteer sends a tip with a photo, the officer resolves it and the volunteer hears of it",
                "volunteer CREATE Tip#" + tip, "volunteer UPDATE Tip#" + tip, "officer UPDATE Tip#" + tip,
                "officer NOTIFIED TIP_STATUS_CHANGED to volunteer");

        long lead = write(volunteer, "POST /tips", tip("FRAUD_LEAD", "邻居老人称接到“公安”电话要求转账到安全账户")).id();
        long fromTip = write(officer, "POST /fraud-cases", Json.createObjectBuilder().add("tipId", lead)
                .add("fraudType", "IMPERSONATING_AUTHORITIES").add("reportedAt", beijing(OffsetDateTime.now()))
                .add("narrative", "志愿者线索：老人接到冒充公安电话").add("victims", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("name", "吴某"))).build()).id();
        expect("a fraud lead from the volunteer becomes a case, and the volunteer hears of it",
                "volunteer CREATE Tip#" + lead, "officer CREATE FraudCase#" + fromTip, "officer UPDATE Tip#" + lead,
                "officer NOTIFIED TIP_STATUS_CHANGED to volunteer");

        // a tip naming a phone: the database keeps the sighting (V31); the officer finds it is the caller's own and dismisses it
        long naming = write(volunteer, "POST /tips", tip("FRAUD_LEAD", "有人冒充客服打来电话 " + phone("137") + "，让老人下载软件")).id();
        long sighting = TestEnv.number("SELECT min(id) FROM identifier_sighting WHERE kind = 'TIP' AND record_id = ?", naming);
        write(officer, "POST /identifiers/sightings/{}/dismissal", Json.createObjectBuilder().add("reason", "报警人本人的号码").build(),
                sighting);
        expect("a tip names a phone; the officer dismisses that sighting as the caller's own number",
                "volunteer CREATE Tip#" + naming, "officer UPDATE IdentifierSighting#" + sighting);

        sql("DELETE FROM rate_limit_window WHERE bucket LIKE 'anonymous-tip:%'");
        long anonymous = write(Api.anonymous(), "POST /public/tips", Json.createObjectBuilder(tip("SAFETY_HAZARD", "桥下电线裸露"))
                .add("stationCode", stationCode).build()).id();
        anonymousRecords.add("Tip#" + anonymous);
        expect("someone of the public sends a tip", "anonymous CREATE Tip#" + anonymous);

        JsonObject event = write(volunteer, "POST /publicity-events", Json.createObjectBuilder().add("kind", "TALK")
                .add("heldOn", LocalDate.now(BEIJING).toString()).add("place", "社区活动室").add("audience", 30).build()).json();
        write(officer, "POST /publicity-events/{}/decision", Json.createObjectBuilder().add("confirm", true)
                .add("version", event.getJsonNumber("version").longValue()).build(), id(event));
        expect("the volunteer reports a talk, the officer confirms it",
                "volunteer CREATE PublicityEvent#" + id(event), "officer UPDATE PublicityEvent#" + id(event));
    }

    // ---- liaison: enterprises, projects and their liaisons, visits, notices, requests

    private void liaison() throws Exception {
        JsonObject enterprise = write(head, "POST /enterprises", Json.createObjectBuilder().add("name", "审计演练有限公司" + TestEnv.unique())
                .add("creditCode", LiaisonIT.creditCode()).add("sector", "MANUFACTURING").add("contactName", "钱会计")
                .add("contactPhone", "13861234567").build()).json();
        long enterpriseId = id(enterprise);
        JsonObject corrected = write(head, "PUT /enterprises/{}", Json.createObjectBuilder().add("name", enterprise.getString("name"))
                .add("sector", "MANUFACTURING").add("address", "武进大道1号").add("contactName", "钱会计")
                .add("contactPhone", enterprise.getString("contactPhone")).add("version", enterprise.getJsonNumber("version").longValue())
                .build(), enterpriseId).json();
        expect("the head registers an enterprise and adds its address",
                "head CREATE Enterprise#" + enterpriseId, "head UPDATE Enterprise#" + enterpriseId);

        String imported = LiaisonIT.creditCode();
        upload(head, "POST /enterprises/import", "text/csv; charset=UTF-8", ("credit_code,enterprise_name,station_code,sector,address,"
                + "contact_name,contact_phone,project_name,site_address,stage,investment,signed_on\n"
                + imported + ",常州演练电子有限公司," + stationCode + ",TECHNOLOGY,武进大道2号,孙经理,13912345678,一期厂房,武进大道2号,"
                + "CONSTRUCTION,50000000,2026-03-01\n").getBytes(StandardCharsets.UTF_8));
        long importedEnterprise = TestEnv.number("SELECT id FROM enterprise WHERE credit_code = ?", imported);
        long importedProject = TestEnv.number("SELECT id FROM project WHERE enterprise_id = ?", importedEnterprise);
        expect("the head imports an enterprise with its project",
                "head CREATE Enterprise#" + importedEnterprise, "head CREATE Project#" + importedProject);

        long project = write(head, "POST /projects", Json.createObjectBuilder().add("enterpriseId", enterpriseId).add("name", "审计演练项目")
                .add("investment", "1000000.00").build()).id();
        expect("the head registers a project", "head CREATE Project#" + project);
        write(head, "PUT /projects/{}/liaison", Json.createObjectBuilder().add("officer", usernameOf("deputy")).add("reason", "首次指派")
                .add("version", projectVersion(project)).build(), project);
        long first = TestEnv.number("SELECT id FROM liaison_assignment WHERE project_id = ?", project);
        expect("the head gives the project a liaison: the project is locked by a version step",
                "head UPDATE Project#" + project, "head CREATE LiaisonAssignment#" + first);
        write(head, "PUT /projects/{}/liaison", Json.createObjectBuilder().add("officer", usernameOf("liaison")).add("reason", "调整分工")
                .add("version", projectVersion(project)).build(), project);
        long second = TestEnv.number("SELECT id FROM liaison_assignment WHERE project_id = ? AND ended_at IS NULL", project);
        expect("the head hands the project to another liaison",
                "head UPDATE Project#" + project, "head UPDATE LiaisonAssignment#" + first, "head CREATE LiaisonAssignment#" + second);
        write(head, "PUT /enterprises/{}/liaison", Json.createObjectBuilder().add("officer", usernameOf("liaison")).add("reason", "企业整体联络")
                .add("version", corrected.getJsonNumber("version").longValue()).build(), enterpriseId);
        long whole = TestEnv.number("SELECT id FROM liaison_assignment WHERE enterprise_id = ?", enterpriseId);
        expect("the head gives the enterprise as a whole a liaison",
                "head UPDATE Enterprise#" + enterpriseId, "head CREATE LiaisonAssignment#" + whole);

        write(liaison, "PUT /projects/{}", Json.createObjectBuilder().add("name", "审计演练项目（一期）").add("siteAddress", "湖塘镇人民路8号")
                .add("investment", "1200000.00").add("version", projectVersion(project)).build(), project);
        write(liaison, "PUT /projects/{}/stage", Json.createObjectBuilder().add("stage", "LANDED")
                .add("version", projectVersion(project)).build(), project);
        expect("the liaison corrects the project and records that it landed",
                "liaison UPDATE Project#" + project, "liaison UPDATE Project#" + project);

        assertThat(liaison.get("enterprises/" + enterpriseId + "/contact-phone").json().getString("contactPhone")).isEqualTo("13861234567");
        expect("the liaison looks up the contact's phone in full", "liaison VIEW_PERSONAL_DATA Enterprise#" + enterpriseId);

        JsonObject visit = write(liaison, "POST /projects/{}/visits", Json.createObjectBuilder()
                .add("visitedOn", LocalDate.now(BEIJING).toString()).add("peopleMet", "周总经理").add("topics", "工地防盗")
                .add("risks", Json.createArrayBuilder().add(Json.createObjectBuilder().add("category", "SITE_THEFT").add("note", "钢筋失窃")))
                .add("followUps", Json.createArrayBuilder().add(Json.createObjectBuilder().add("action", "复查工地照明")
                        .add("dueOn", LocalDate.now(BEIJING).plusDays(7).toString()))).build(), project).json();
        long followUp = id(visit.getJsonArray("followUps").getJsonObject(0));
        write(liaison, "PUT /projects/visits/follow-ups/{}/done", null, followUp);
        expect("the liaison visits the site, notes a follow-up and ticks it off",
                "liaison CREATE Visit#" + id(visit), "liaison CREATE VisitFollowUp#" + followUp, "liaison UPDATE VisitFollowUp#" + followUp);

        long notice = write(liaison, "POST /enterprises/notices", Json.createObjectBuilder()
                .add("enterpriseIds", Json.createArrayBuilder().add(enterpriseId)).add("fraudType", "IMPERSONATING_ACQUAINTANCE")
                .add("audience", "财务人员").add("message", "近期有人冒充企业老板通过QQ要求财务转账，请务必电话核实").build())
                .json().getJsonNumber("publicityEventId").longValue();
        expect("the liaison sends the enterprise an anti-fraud notice", "liaison CREATE PublicityEvent#" + notice);

        // its SMS to the contact is a row of the outbox, not audited until it is sent (then as "system")
        long sms = TestEnv.number("SELECT max(id) FROM sms_outbox WHERE kind = 'LIAISON_NOTICE'");
        write(admin, "POST /sms-outbox/dispatch", null);
        expect("the administrator has the due SMS sent now (each send is the system's, not the administrator's)");
        failForGood(sms);
        write(admin, "POST /sms-outbox/{}/retry", null, sms);
        expect("the notice's SMS failed for good (set so in the database), and the administrator sends it again",
                "admin UPDATE SmsOutbox#" + sms);

        JsonObject request = write(liaison, "POST /enterprise-requests", Json.createObjectBuilder().add("projectId", project)
                .add("category", "TALENT_RESIDENCE").add("description", "新招聘工程师三人落户").build()).json();
        long requestId = id(request);
        JsonObject started = write(liaison, "POST /enterprise-requests/{}/transitions", Json.createObjectBuilder().add("to", "IN_PROGRESS")
                .add("version", request.getJsonNumber("version").longValue()).build(), requestId).json();
        JsonObject resolved = write(liaison, "POST /enterprise-requests/{}/transitions", Json.createObjectBuilder().add("to", "RESOLVED")
                .add("note", "已协调户籍窗口上门办理").add("version", started.getJsonNumber("version").longValue()).build(), requestId).json();
        JsonObject closed = write(liaison, "POST /enterprise-requests/{}/rating", Json.createObjectBuilder().add("rating", 2)
                .add("comment", "办理偏慢").add("version", resolved.getJsonNumber("version").longValue()).build(), requestId).json();
        write(head, "POST /enterprise-requests/{}/follow-up", Json.createObjectBuilder().add("note", "所长回访企业，改进办理时限")
                .add("version", closed.getJsonNumber("version").longValue()).build(), requestId);
        expect("the liaison takes down a request, works and resolves it, the enterprise rates it low, the head follows up",
                "liaison CREATE EnterpriseRequest#" + requestId, "liaison UPDATE EnterpriseRequest#" + requestId,
                "liaison UPDATE EnterpriseRequest#" + requestId, "liaison UPDATE EnterpriseRequest#" + requestId,
                "head UPDATE EnterpriseRequest#" + requestId);

        long late = write(liaison, "POST /enterprise-requests", Json.createObjectBuilder().add("projectId", project)
                .add("category", "DISPUTE_HELP").add("description", "工人讨薪堵门，请求协助调处")
                .add("receivedAt", beijing(OffsetDateTime.now().minusDays(20))).build()).id();
        expect("the liaison takes down a request that is overdue already", "liaison CREATE EnterpriseRequest#" + late);
        long createdAt = seen;
        write(admin, "POST /enterprise-requests/escalation", null);
        // the minute timer may have escalated it first (as "system"): either way exactly once
        List<Object> escalations = TestEnv.column("SELECT actor FROM audit_entry WHERE id > ? AND entity_type = 'EnterpriseRequest' "
                + "AND entity_id = ? AND action = 'UPDATE'", createdAt, String.valueOf(late));
        soft.assertThat(escalations).as("the overdue request is escalated once").hasSize(1)
                .allSatisfy(actor -> assertThat(actor).isIn("system", usernameOf("admin")));
        // what else was overdue belongs to other tests' stations: the administrator escalates it too, and tells their people
        Predicate<String> othersOverdue = row -> row.startsWith("admin UPDATE EnterpriseRequest#")
                && !row.equals("admin UPDATE EnterpriseRequest#" + late)
                || row.startsWith("admin NOTIFIED REQUEST_") && row.contains(" to account#");
        if (escalations.contains(usernameOf("admin"))) {
            expectIgnoring("the administrator escalates what is overdue, which tells the liaison and the station's head",
                    othersOverdue, "admin UPDATE EnterpriseRequest#" + late, "admin NOTIFIED REQUEST_OVERDUE to liaison",
                    "admin NOTIFIED REQUEST_ESCALATED to head");
        } else {
            expectIgnoring("the administrator escalates what is overdue, which the timer had done", othersOverdue);
        }
        trail.add("  escalation rows of EnterpriseRequest#" + late + ": " + escalations);

        write(admin, "POST /warning-leads/escalation", null);
        // the minute rule tells as nobody of the day, and may have come first; urgent leads of other tests are told too
        expectIgnoring("the administrator runs the urgent leads' minute rule now", row -> row.startsWith("admin NOTIFIED LEAD_"));
        soft.assertThat(TestEnv.column("SELECT account_id FROM notification WHERE once_key = ?", "lead-escalated:" + earlierUrgentLead))
                .as("the morning's urgent lead, two hours without outcome, reached the head again once").containsExactly(accountIds.get("head"));
        soft.assertThat(TestEnv.column("SELECT account_id FROM notification WHERE once_key = ?", "lead-overdue:" + earlierUrgentLead))
                .as("and the bureau's supervisors once each").contains(accountIds.get("bureau")).doesNotHaveDuplicates();
    }

    /** Marks an outbox message FAILED once no dispatcher holds it (sent or not: the gateway has nobody to talk to here). */
    private static void failForGood(long sms) throws Exception {
        for (int tries = 0; tries < 100; tries++) {
            try (Connection db = TestEnv.database(); PreparedStatement fail = db.prepareStatement("UPDATE sms_outbox SET status = 'FAILED', "
                    + "sent_at = NULL, last_error = 'HTTP 503' WHERE id = ? AND (claimed_until IS NULL OR claimed_until < now())")) {
                fail.setLong(1, sms);
                if (fail.executeUpdate() == 1) {
                    return;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("SMS #" + sms + " stayed claimed");
    }

    // ---- the day ends

    /** Another victim's money frozen in another account, given back by a return plan: drafted, approved, objected to, executed. */
    private void returnPlan(Api officer, Api head, String anHourAgo) throws Exception {
        String receiving = "6228" + ThreadLocalRandom.current().nextLong(100_000_000_000L, 999_999_999_999L);
        long fraudCase = write(officer, "POST /fraud-cases", Json.createObjectBuilder().add("fraudType", "FAKE_LOAN")
                .add("reportedAt", anHourAgo).add("narrative", "以办理贷款为名收取保证金。")
                .add("victims", Json.createArrayBuilder().add(Json.createObjectBuilder().add("name", "赵某")))
                .add("transfers", Json.createArrayBuilder().add(Json.createObjectBuilder().add("time", anHourAgo).add("amount", "10000.00")
                        .add("channel", "BANK_CARD").add("toAccount", receiving).add("toBank", "某银行"))).build()).id();
        long stop = id(write(officer, "POST /fraud-cases/{}/stop-payments", Json.createObjectBuilder().add("bank", "某银行")
                .add("account", receiving).add("amountRequested", "10000.00").build(), fraudCase).json().getJsonObject("money")
                .getJsonArray("stopPayments").getJsonObject(0));
        write(officer, "POST /fraud-cases/{}/stop-payments/{}/outcome", Json.createObjectBuilder().add("amount", "8000.00").build(),
                fraudCase, stop);
        write(officer, "POST /fraud-cases/{}/stop-payments/{}/outcome", Json.createObjectBuilder().add("freeze", true)
                .add("amount", "8000.00").build(), fraudCase, stop);
        long account = TestEnv.number("SELECT id FROM frozen_account WHERE account = ?", receiving);
        expect("the officer registers another report, stops and freezes its money: a new frozen account",
                "officer CREATE FraudCase#" + fraudCase, "officer UPDATE FraudCase#" + fraudCase, "officer CREATE StopPayment#" + stop,
                "officer UPDATE FraudCase#" + fraudCase, "officer UPDATE StopPayment#" + stop,
                "officer UPDATE FraudCase#" + fraudCase, "officer UPDATE StopPayment#" + stop, "officer CREATE FrozenAccount#" + account);

        long plan = id(write(officer, "POST /frozen-accounts/{}/return-plans", JsonValue.EMPTY_JSON_OBJECT, account).json());
        long share = TestEnv.number("SELECT id FROM return_share WHERE return_plan_id = ?", plan);
        expect("the officer drafts the return plan", "officer CREATE ReturnPlan#" + plan, "officer CREATE ReturnShare#" + share);
        write(head, "POST /return-plans/{}/approval", null, plan);
        expect("the head approves it: the notice starts", "head UPDATE ReturnPlan#" + plan);
        assertThat(head.download("return-plans/" + plan + "/notice").statusCode()).isEqualTo(200);
        expect("the head prints the plan's public notice: its number is issued",
                "head DOCUMENT_ISSUED CaseDocument#" + TestEnv.number("SELECT id FROM case_document WHERE kind = 'RETURN_NOTICE' "
                        + "AND subject_id = ?", plan));
        write(officer, "POST /return-plans/{}/objections", Json.createObjectBuilder().add("objector", "钱某").add("text", "我也转过钱")
                .build(), plan);
        expect("the officer takes down an objection: the plan's version moves with it", "officer UPDATE ReturnPlan#" + plan,
                "officer CREATE ReturnObjection#"
                + TestEnv.number("SELECT id FROM return_objection WHERE return_plan_id = ?", plan));
        try (Connection db = TestEnv.database(); PreparedStatement ended = db.prepareStatement(
                "UPDATE return_plan SET approved_at = approved_at - interval '31 days', notice_ends_at = now() - interval '1 day' WHERE id = ?")) {
            ended.setLong(1, plan);
            ended.executeUpdate();
        }
        write(officer, "POST /return-plans/{}/execution", null, plan);
        expect("after the notice the officer executes it: the share is returned in the case", "officer UPDATE FraudCase#" + fraudCase,
                "officer UPDATE ReturnPlan#" + plan, "officer CREATE FundReturn#"
                        + TestEnv.number("SELECT id FROM fund_return WHERE fraud_case_id = ?", fraudCase));
    }

    private void endOfTheDay() throws Exception {
        long first = TestEnv.number("SELECT min(id) FROM notification WHERE account_id = ? AND read_at IS NULL", accountIds.get("head"));
        write(head, "POST /notifications/{}/read", null, first);
        write(head, "POST /notifications/read-all", null);
        expect("the head reads a notification, then marks the rest read: the reader's own state, no audit row");
        soft.assertThat(TestEnv.number("SELECT count(*) FROM notification WHERE account_id = ? AND read_at IS NULL", accountIds.get("head")))
                .as("nothing unread left for the head").isZero();

        write(officer, "DELETE /auth/token", null);
        expect("the officer logs out", "officer TOKEN_REVOKED Account#" + accountIds.get("officer"));
    }

    // ---- the write helper: every write of the script goes through here, so its endpoints are counted

    /** Members' steps on shifts, which need an Idempotency-Key like tips. */
    private static final Set<String> KEYED_STEPS = Set.of("PUT /shifts/{}/signup", "POST /shifts/{}/check-in",
            "POST /shifts/{}/check-out", "PUT /shifts/{}/log");

    /** A JSON write that must succeed; without a body given, {} where the operation requires one and none where it reads none. */
    private Api.Reply write(Api api, String endpoint, JsonStructure body, Object... ids) {
        JsonStructure json = body != null ? body : ApiContract.requiresBody(endpoint) ? JsonValue.EMPTY_JSON_OBJECT : null;
        return call(api, endpoint, ids, true, 0, path -> switch (method(endpoint)) {
            case "POST" -> endpoint.endsWith("/tips") ? api.post(path, json, "Idempotency-Key", UUID.randomUUID().toString())
                    : KEYED_STEPS.contains(endpoint) ? api.exchange("POST", path, json == null ? null : json.toString(), Api.freshKey())
                    : json == null ? api.exchange("POST", path, null) : api.post(path, json);
            case "PUT" -> KEYED_STEPS.contains(endpoint) ? api.exchange("PUT", path, json == null ? null : json.toString(), Api.freshKey())
                    : json == null ? api.exchange("PUT", path, null) : api.put(path, json);
            case "DELETE" -> api.delete(path);
            default -> throw new AssertionError("not a write: " + endpoint);
        });
    }

    /** A file upload that must succeed: POST as text (CSV), PUT as bytes (a photo). */
    private Api.Reply upload(Api api, String endpoint, String contentType, byte[] content, Object... ids) {
        return call(api, endpoint, ids, true, 0, path -> method(endpoint).equals("POST")
                ? api.postText(path, new String(content, StandardCharsets.UTF_8), contentType)
                : api.putBytes(path, content, contentType));
    }

    /** A write that must be refused with this status (a wrong password). */
    private Api.Reply refused(Api api, String endpoint, JsonStructure body, int status, Object... ids) {
        return call(api, endpoint, ids, false, status, path -> api.post(path, body));
    }

    private Api.Reply call(Api api, String endpoint, Object[] ids, boolean succeed, int status, Function<String, Api.Reply> send) {
        String[] parts = endpoint.substring(endpoint.indexOf(' ') + 2).split("\\{}", -1);
        assertThat(ids).as("%s: one id for each {}", endpoint).hasSize(parts.length - 1);
        StringBuilder path = new StringBuilder(parts[0]);
        for (int i = 0; i < ids.length; i++) {
            path.append(ids[i]).append(parts[i + 1]);
        }
        touched.add(endpoint.replaceFirst("\\?.*", ""));
        Api.Reply reply = send.apply(path.toString());
        if (succeed) {
            assertThat(reply.status()).as("%s %s: %s", endpoint, List.of(ids), reply.body()).isBetween(200, 299);
        } else {
            assertThat(reply.status()).as("%s %s: %s", endpoint, List.of(ids), reply.body()).isEqualTo(status);
        }
        return reply;
    }

    private static String method(String endpoint) {
        return endpoint.substring(0, endpoint.indexOf(' '));
    }

    /** Logs in through the helper, so the login is one of the script's writes. */
    private Api logIn(String username, String password) {
        return Api.anonymous().withToken(write(Api.anonymous(), "POST /auth/token", credentials(username, password)).json()
                .getString("token"));
    }

    // ---- the audit trail

    /** The rows the day's people wrote since the last step, as "word ACTION Type#id", must be exactly these. */
    /** A GeoJSON Feature: a square of {@code size} degrees from (lat, lon). */
    private static String boundary(String properties, double lat, double lon, double size) {
        return "{\"type\":\"Feature\",\"properties\":" + properties + ",\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[["
                + lon + "," + lat + "],[" + (lon + size) + "," + lat + "],[" + (lon + size) + "," + (lat + size) + "],[" + lon + ","
                + (lat + size) + "],[" + lon + "," + lat + "]]]}}";
    }

    private void expect(String step, String... expected) throws SQLException {
        expectIgnoring(step, row -> false, expected);
    }

    private void expectIgnoring(String step, Predicate<String> notTheDays, String... expected) throws SQLException {
        List<String> rows = newRows();
        rows.removeIf(notTheDays);
        steps++;
        rowsChecked += rows.size();
        trail.add(String.format("step %d, %s:%n    seen     %s%n    expected %s", steps, step, rows, List.of(expected)));
        soft.assertThat(rows).as("step %d, %s", steps, step).containsExactly(expected);
    }

    private List<String> newRows() throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection db = TestEnv.database(); PreparedStatement q = db.prepareStatement("SELECT e.id, actor, action, entity_type, "
                + "entity_id, n.kind, n.account_id FROM audit_entry e "
                + "LEFT JOIN notification n ON e.entity_type = 'Notification' AND e.entity_id = n.id::text "
                + "WHERE e.id > ? AND (actor = ANY (?) OR (actor = 'anonymous' AND entity_type || '#' || entity_id = ANY (?))) "
                + "ORDER BY e.id")) {
            q.setLong(1, seen);
            q.setArray(2, db.createArrayOf("varchar", people.keySet().toArray()));
            q.setArray(3, db.createArrayOf("varchar", anonymousRecords.toArray()));
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    seen = Math.max(seen, rs.getLong("id"));
                    String actor = people.getOrDefault(rs.getString("actor"), rs.getString("actor"));
                    String id = rs.getString("entity_id");
                    if (rs.getString("kind") != null) {
                        // a notification's row names what was told to whom: "officer NOTIFIED CASE_AWAITS_DECISION to head"
                        rows.add(actor + " " + rs.getString("action") + " " + rs.getString("kind") + " to " + wordOf(rs.getLong("account_id")));
                        continue;
                    }
                    rows.add(actor + " " + rs.getString("action") + " " + rs.getString("entity_type") + (id == null ? "" : "#" + id));
                }
            }
        }
        return rows;
    }

    // ---- notifications

    /**
     * The audit rows of the notifications that match {@code where} (a condition on the
     * notification table), written by {@code who}, in the order written; checks softly that they
     * went to exactly these people of the day.
     */
    private List<String> notified(String who, String where, String... recipients) throws SQLException {
        List<Object> told = TestEnv.column("SELECT account_id FROM notification WHERE " + where + " ORDER BY id");
        soft.assertThat(told).as("told: " + where).containsExactlyInAnyOrder(
                java.util.Arrays.stream(recipients).map(accountIds::get).toArray());
        List<Object> kinds = TestEnv.column("SELECT kind FROM notification WHERE " + where + " ORDER BY id");
        return java.util.stream.IntStream.range(0, told.size())
                .mapToObj(i -> who + " NOTIFIED " + kinds.get(i) + " to " + wordOf(((Number) told.get(i)).longValue())).toList();
    }

    @SafeVarargs
    private static String[] rows(List<String>... parts) {
        return java.util.Arrays.stream(parts).flatMap(List::stream).toArray(String[]::new);
    }

    // ---- small things

    private String wordOf(long accountId) {
        return accountIds.entrySet().stream().filter(e -> e.getValue() == accountId).map(Map.Entry::getKey).findFirst()
                .orElse("account#" + accountId);
    }

    private String usernameOf(String word) {
        return people.entrySet().stream().filter(e -> e.getValue().equals(word)).map(Map.Entry::getKey).findFirst().orElseThrow();
    }

    private long projectVersion(long project) {
        return head.get("projects/" + project).json().getJsonObject("project").getJsonNumber("version").longValue();
    }

    private static JsonObject credentials(String username, String password) {
        return Json.createObjectBuilder().add("username", username).add("password", password).build();
    }

    private static JsonObject fraudType(JsonObject type, String nameZh, long version) {
        return Json.createObjectBuilder().add("nameZh", nameZh).add("nameEn", type.getString("nameEn"))
                .add("sortOrder", type.getInt("sortOrder")).add("active", type.getBoolean("active")).add("version", version).build();
    }

    private static JsonObject shift(long group, OffsetDateTime start, int hours) {
        return Json.createObjectBuilder().add("groupId", group).add("area", "人民路沿线").add("startsAt", beijing(start))
                .add("endsAt", beijing(start.plusHours(hours))).add("needed", 2).build();
    }

    private static JsonObject tip(String category, String description) {
        return Json.createObjectBuilder().add("category", category).add("occurredAt", beijing(OffsetDateTime.now().minusMinutes(20)))
                .add("place", "湖塘镇人民路与长虹路路口").add("latitude", 31.7133).add("longitude", 119.9567)
                .add("description", description).build();
    }

    private static void sql(String statement, Object... parameters) throws SQLException {
        try (Connection db = TestEnv.database(); PreparedStatement s = db.prepareStatement(statement)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            s.executeUpdate();
        }
    }

    private static String phone(String prefix) {
        return prefix + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    private static long id(JsonObject record) {
        return record.getJsonNumber("id").longValue();
    }

    private static String beijing(OffsetDateTime t) {
        return t.withOffsetSameInstant(BEIJING).truncatedTo(ChronoUnit.SECONDS).format(TestEnv.ISO_TIME);
    }
}
