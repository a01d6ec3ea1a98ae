package cn.gov.wujin.yanghu.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** Enterprises, projects, the one active liaison, scoping, visits, requests with escalation and low ratings. */
class LiaisonIT extends DeployedApplication {

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private Api admin;
    private long station;
    private String stationCode;
    private Api head;
    private String liaisonName;
    private Api liaison;

    @BeforeEach
    void aStationWithAHeadAndALiaison() throws Exception {
        admin = Api.demo("admin");
        station = Fixtures.station(admin);
        stationCode = (String) TestEnv.column("SELECT code FROM station WHERE id = ?", station).get(0);
        head = Api.as(Fixtures.account(admin, station, "SUPERVISOR"), Fixtures.PASSWORD);
        liaisonName = Fixtures.account(admin, station, "LIAISON");
        liaison = Api.as(liaisonName, Fixtures.PASSWORD);
    }

    /** A valid unified social credit code not used before. */
    static String creditCode() {
        StringBuilder code = new StringBuilder("91320412MA");
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < 7; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(code.charAt(i)) * WEIGHTS[i];
        }
        return code.append(ALPHABET.charAt((31 - sum % 31) % 31)).toString();
    }

    private long enterprise(String name) {
        Api.Reply created = head.post("enterprises", Json.createObjectBuilder().add("name", name).add("creditCode", creditCode())
                .add("sector", "MANUFACTURING").add("contactName", "钱会计").add("contactPhone", "13861234567").build());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.id();
    }

    private JsonObject project(long enterprise, String name) {
        Api.Reply created = head.post("projects", Json.createObjectBuilder().add("enterpriseId", enterprise).add("name", name)
                .add("investment", "120000000.00").build());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json();
    }

    private long version(long project) {
        return head.get("projects/" + project).json().getJsonObject("project").getJsonNumber("version").longValue();
    }

    private void assign(long project, String officer) {
        Api.Reply assigned = head.put("projects/" + project + "/liaison", Json.createObjectBuilder().add("officer", officer)
                .add("reason", "首次指派").add("version", version(project)).build());
        assertThat(assigned.status()).as(assigned.body()).isEqualTo(200);
    }

    @Test
    void creditCodesAreCheckedAndAnImportWithOneBadRowStoresNothing() throws Exception {
        Api.Reply bad = head.inEnglish().post("enterprises", Json.createObjectBuilder().add("name", "坏代码公司")
                .add("creditCode", "91350100M000100Y44").add("sector", "RETAIL").build());
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().getString("field")).isEqualTo("creditCode");
        assertThat(bad.json().getString("message")).contains("credit code");

        String header = "credit_code,enterprise_name,station_code,sector,address,contact_name,contact_phone,project_name,site_address,stage,investment,signed_on\n";
        String first = creditCode();
        String csv = header + first + ",\"常州星辰电子, 有限公司\"," + stationCode + ",TECHNOLOGY,武进大道1号,孙经理,13912345678,一期厂房,武进大道1号,CONSTRUCTION,50000000,2026-03-01\n"
                + first + ",常州星辰电子有限公司," + stationCode + ",TECHNOLOGY,,,,二期研发楼,,SIGNED,,\n"
                + "91350100M000100Y44,坏代码公司," + stationCode + ",RETAIL,,,,,,,,\n"
                + creditCode() + ",某公司," + stationCode + ",MINING,,,,项目,,LATER,-5,2026-13-01\n";
        Api.Reply refused = head.postText("enterprises/import", csv, "text/csv; charset=UTF-8");
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.json().getJsonArray("errors").stream().map(e -> ((JsonObject) e).getString("field")))
                .contains("rows[4].creditCode", "rows[5].sector", "rows[5].stage", "rows[5].investment", "rows[5].signedOn");
        assertThat(TestEnv.number("SELECT count(*) FROM enterprise WHERE station_id = ?", station)).isZero();

        String good = header + first + ",\"常州星辰电子, 有限公司\"," + stationCode + ",TECHNOLOGY,武进大道1号,孙经理,13912345678,一期厂房,武进大道1号,CONSTRUCTION,50000000,2026-03-01\n"
                + first + ",常州星辰电子有限公司," + stationCode + ",TECHNOLOGY,,,,二期研发楼,,SIGNED,,\n";
        Api.Reply imported = head.postText("enterprises/import", good, "text/csv; charset=UTF-8");
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        assertThat(TestEnv.number("SELECT count(*) FROM enterprise WHERE station_id = ? AND name = '常州星辰电子, 有限公司'", station)).isEqualTo(1);
        assertThat(TestEnv.number("SELECT count(*) FROM project p JOIN enterprise e ON e.id = p.enterprise_id WHERE e.credit_code = ?", first))
                .isEqualTo(2);
        assertThat(head.get("projects?withoutLiaison=true").json().getJsonNumber("total").longValue()).as("new projects stand out").isEqualTo(2);
        assertThat(liaison.post("enterprises", Json.createObjectBuilder().add("name", "x").add("creditCode", creditCode())
                .add("sector", "RETAIL").build()).status()).isEqualTo(403);
    }

    @Test
    void aProjectHasOneActiveLiaisonAlsoWhenTwoHeadsReassignAtOnce() throws Exception {
        long enterprise = enterprise("武进智造有限公司");
        long project = project(enterprise, "智能装备产业园").getJsonNumber("id").longValue();
        assign(project, liaisonName);
        String second = Fixtures.account(admin, station, "LIAISON");
        String third = Fixtures.account(admin, station, "LIAISON");
        long version = version(project);
        Api otherHead = Api.as(Fixtures.account(admin, station, "SUPERVISOR"), Fixtures.PASSWORD);

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Integer>> both = List.of(
                    () -> head.put("projects/" + project + "/liaison", Json.createObjectBuilder().add("officer", second)
                            .add("reason", "调整分工").add("version", version).build()).status(),
                    () -> otherHead.put("projects/" + project + "/liaison", Json.createObjectBuilder().add("officer", third)
                            .add("reason", "调整分工").add("version", version).build()).status());
            List<Integer> statuses = pool.invokeAll(both).stream().map(f -> {
                try {
                    return f.get();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }).toList();
            assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        } finally {
            pool.shutdownNow();
        }
        assertThat(TestEnv.number("SELECT count(*) FROM liaison_assignment WHERE project_id = ? AND ended_at IS NULL", project)).isEqualTo(1);
        assertThat(TestEnv.number("SELECT count(*) FROM liaison_assignment WHERE project_id = ?", project)).isEqualTo(2);
        assertThat(TestEnv.number("SELECT count(*) FROM liaison_assignment WHERE project_id = ? AND ended_at IS NOT NULL "
                + "AND end_reason = '调整分工'", project)).isEqualTo(1);
        JsonObject history = head.get("projects/" + project).json();
        assertThat(history.getJsonArray("liaisons")).hasSize(2);

        Api.Reply officerNotLiaison = head.inEnglish().put("projects/" + project + "/liaison", Json.createObjectBuilder()
                .add("officer", Fixtures.account(admin, station, "OFFICER")).add("version", version(project)).build());
        assertThat(officerNotLiaison.status()).isEqualTo(400);
        assertThat(officerNotLiaison.json().getString("field")).isEqualTo("officer");
        assertThat(liaison.put("projects/" + project + "/liaison", Json.createObjectBuilder().add("officer", liaisonName)
                .add("version", version(project)).build()).status()).isEqualTo(403);
    }

    @Test
    void aLiaisonSeesOnlyTheirProjectsAndTheHeadOnlyTheStations() throws Exception {
        long enterprise = enterprise("湖塘纺织有限公司");
        long mine = project(enterprise, "新厂区").getJsonNumber("id").longValue();
        long notMine = project(enterprise, "仓储中心").getJsonNumber("id").longValue();
        assign(mine, liaisonName);

        assertThat(liaison.get("projects/" + mine).status()).isEqualTo(200);
        long v = version(mine);
        Api.Reply corrected = liaison.put("projects/" + mine, Json.createObjectBuilder().add("name", "新厂区（一期）").add("siteAddress", "湖塘镇人民路8号")
                .add("investment", "80000000.50").add("version", v).build());
        assertThat(corrected.status()).as(corrected.body()).isEqualTo(200);
        assertThat(corrected.json().getString("name")).isEqualTo("新厂区（一期）");
        assertThat(liaison.put("projects/" + mine, Json.createObjectBuilder().add("name", "仓储中心").add("version", version(mine))
                .build()).json().getString("field")).as("another project of the enterprise has that name").isEqualTo("name");
        assertThat(liaison.put("projects/" + mine, Json.createObjectBuilder().add("name", "x").add("version", v).build()).status())
                .isEqualTo(409);
        assertThat(liaison.put("projects/" + notMine, Json.createObjectBuilder().add("name", "x").add("version", 1).build()).status())
                .isEqualTo(404);
        assertThat(liaison.get("projects/" + notMine).status()).isEqualTo(404);
        assertThat(liaison.get("projects").json().getJsonArray("rows")).extracting(r -> ((JsonObject) r).getJsonNumber("id").longValue())
                .containsExactly(mine);
        assertThat(liaison.get("enterprises/" + enterprise).status()).isEqualTo(200);
        Api otherLiaison = Api.as(Fixtures.account(admin, station, "LIAISON"), Fixtures.PASSWORD);
        assertThat(otherLiaison.get("projects/" + mine).status()).isEqualTo(404);
        assertThat(otherLiaison.get("enterprises/" + enterprise).status()).isEqualTo(404);
        assertThat(otherLiaison.get("projects").json().getJsonNumber("total").longValue()).isZero();

        long elsewhere = Fixtures.station(admin);
        Api otherHead = Api.as(Fixtures.account(admin, elsewhere, "SUPERVISOR"), Fixtures.PASSWORD);
        assertThat(otherHead.get("projects/" + mine).status()).isEqualTo(404);
        assertThat(Api.demo("supervisor1").get("projects/" + mine).status()).as("bureau supervisors see all").isEqualTo(200);
        assertThat(Api.demo("officer1").get("projects").status()).as("not a liaison matter").isEqualTo(403);
        assertThat(head.get("enterprises/" + enterprise).json().getString("contactPhone")).isEqualTo("138****4567");
        assertThat(liaison.get("enterprises/" + enterprise + "/contact-phone").json().getString("contactPhone")).isEqualTo("13861234567");
        assertThat(TestEnv.number("SELECT count(*) FROM audit_entry WHERE entity_type = 'Enterprise' AND entity_id = ? "
                + "AND action = 'VIEW_PERSONAL_DATA' AND actor = ?", String.valueOf(enterprise), liaisonName)).as("the full view is audited").isEqualTo(1);
        assertThat(otherLiaison.get("enterprises/" + enterprise + "/contact-phone").status()).isEqualTo(404);
    }

    @Test
    void aVisitRecordsRisksAndFollowUpsAndClearsTheNoVisitFlag() throws Exception {
        long enterprise = enterprise("常州远航物流有限公司");
        long project = project(enterprise, "物流园").getJsonNumber("id").longValue();
        assign(project, liaisonName);
        assertThat(liaison.get("projects?noRecentVisit=true").json().getJsonArray("rows")).hasSize(1);

        String today = LocalDate.now(ZoneOffset.ofHours(8)).toString();
        Api.Reply bad = liaison.inEnglish().post("projects/" + project + "/visits", Json.createObjectBuilder().add("visitedOn", "2099-01-01")
                .add("peopleMet", "").add("topics", "x")
                .add("risks", Json.createArrayBuilder().add(Json.createObjectBuilder().add("category", "ALIENS"))).build());
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().getJsonArray("errors").stream().map(e -> ((JsonObject) e).getString("field")))
                .containsExactlyInAnyOrder("visitedOn", "peopleMet", "risks[0].category");
        assertThat(TestEnv.number("SELECT count(*) FROM visit WHERE project_id = ?", project)).isZero();

        Api.Reply visit = liaison.post("projects/" + project + "/visits", Json.createObjectBuilder().add("visitedOn", today)
                .add("peopleMet", "周总经理、钱会计").add("topics", "夜间工地材料被盗；财务人员收到冒充老板的QQ消息")
                .add("risks", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("category", "SITE_THEFT").add("note", "钢筋失窃两次"))
                        .add(Json.createObjectBuilder().add("category", "FRAUD_TARGETING_STAFF")))
                .add("followUps", Json.createArrayBuilder().add(Json.createObjectBuilder().add("action", "为财务人员开展防诈宣讲")
                        .add("dueOn", LocalDate.now(ZoneOffset.ofHours(8)).plusDays(7).toString()))).build());
        assertThat(visit.status()).as(visit.body()).isEqualTo(201);
        assertThat(visit.json().getJsonArray("risks")).hasSize(2);
        long followUp = visit.json().getJsonArray("followUps").getJsonObject(0).getJsonNumber("id").longValue();
        assertThat(liaison.get("projects?noRecentVisit=true").json().getJsonArray("rows")).isEmpty();
        assertThat(liaison.get("projects/" + project).json().getJsonObject("project").getString("lastVisitOn")).isEqualTo(today);

        assertThat(liaison.exchange("PUT", "projects/visits/follow-ups/" + followUp + "/done", null).status()).isEqualTo(200);
        assertThat(liaison.exchange("PUT", "projects/visits/follow-ups/" + followUp + "/done", null).status()).isEqualTo(409);
        assertThat(TestEnv.number("SELECT count(*) FROM audit_entry WHERE entity_type = 'VisitFollowUp' AND action = 'UPDATE' "
                + "AND entity_id = ?", String.valueOf(followUp))).as("ticking off is audited once").isEqualTo(1);
        assertThat(TestEnv.number("SELECT count(*) FROM audit_entry WHERE entity_type = 'Visit' AND action = 'CREATE' "
                + "AND entity_id = ?", String.valueOf(visit.id()))).isEqualTo(1);
    }

    @Test
    void anOverdueRequestIsMarkedAndEscalatedOnceAndALowRatingNeedsTheHeadsNote() throws Exception {
        long enterprise = enterprise("武进新材料有限公司");
        long project = project(enterprise, "新材料基地").getJsonNumber("id").longValue();
        assign(project, liaisonName);

        OffsetDateTime longAgo = OffsetDateTime.now(ZoneOffset.ofHours(8)).minusDays(20).withNano(0);
        Api.Reply late = liaison.post("enterprise-requests", Json.createObjectBuilder().add("projectId", project)
                .add("category", "DISPUTE_HELP").add("description", "工人讨薪堵门，请求协助调处").add("receivedAt", longAgo.format(TestEnv.ISO_TIME)).build());
        assertThat(late.status()).as(late.body()).isEqualTo(201);
        assertThat(late.json().getString("owner")).as("the project's liaison owns it").isEqualTo(liaisonName);
        assertThat(late.json().getBoolean("overdue")).isTrue();
        long lateId = late.id();

        assertThat(liaison.post("enterprise-requests/escalation", null).status()).isEqualTo(403);
        // the minute timer may have escalated it first: either way it is escalated exactly once
        assertThat(admin.post("enterprise-requests/escalation", null).json().getInt("escalated"))
                .isGreaterThanOrEqualTo(0);
        assertThat(admin.post("enterprise-requests/escalation", null).json().getInt("escalated"))
                .as("nothing left to escalate").isZero();
        assertThat(TestEnv.number("SELECT count(*) FROM audit_entry WHERE entity_type = 'EnterpriseRequest' AND entity_id = ? "
                + "AND summary LIKE 'escalated%'", String.valueOf(lateId))).as("escalated once").isEqualTo(1);
        assertThat(head.get("enterprise-requests?escalated=true").json().getJsonArray("rows"))
                .extracting(r -> ((JsonObject) r).getJsonNumber("id").longValue()).containsExactly(lateId);

        Api.Reply fresh = liaison.post("enterprise-requests", Json.createObjectBuilder().add("enterpriseId", enterprise)
                .add("category", "TALENT_RESIDENCE").add("description", "新招聘工程师三人落户").build());
        long id = fresh.id();
        long v0 = fresh.json().getJsonNumber("version").longValue();
        assertThat(fresh.json().getBoolean("overdue")).isFalse();
        Api.Reply early = rate(id, 3, v0);
        assertThat(early.status()).as("not resolved yet").isEqualTo(409);
        assertThat(early.json().getString("error")).isNotEqualTo("conflict");
        Api.Reply tooLong = liaison.post("enterprise-requests/" + id + "/transitions", Json.createObjectBuilder().add("to", "IN_PROGRESS")
                .add("note", "长".repeat(1001)).add("version", v0).build());
        assertThat(tooLong.status()).as("a note longer than the history keeps is refused, not a 500").isEqualTo(400);
        assertThat(tooLong.json().getString("field")).isEqualTo("note");
        Api.Reply started = liaison.post("enterprise-requests/" + id + "/transitions", Json.createObjectBuilder().add("to", "IN_PROGRESS")
                .add("version", v0).build());
        assertThat(started.status()).as(started.body()).isEqualTo(200);
        long v = started.json().getJsonNumber("version").longValue();
        assertThat(liaison.post("enterprise-requests/" + id + "/transitions", Json.createObjectBuilder().add("to", "IN_PROGRESS")
                .add("version", v).build()).status()).isEqualTo(409);
        JsonObject resolved = liaison.post("enterprise-requests/" + id + "/transitions", Json.createObjectBuilder().add("to", "RESOLVED")
                .add("note", "已协调户籍窗口上门办理").add("version", v).build()).json();
        Api.Reply badRating = liaison.inEnglish().post("enterprise-requests/" + id + "/rating", Json.createObjectBuilder().add("rating", 6)
                .add("version", resolved.getJsonNumber("version").longValue()).build());
        assertThat(badRating.status()).isEqualTo(400);
        assertThat(badRating.json().getString("field")).isEqualTo("rating");
        JsonObject closed = rate(id, 2, resolved.getJsonNumber("version").longValue()).json();
        assertThat(closed.getString("status")).isEqualTo("CLOSED");
        assertThat(closed.getString("followUp")).isEqualTo("OPEN");
        assertThat(head.get("enterprise-requests?followUpOpen=true").json().getJsonArray("rows")).hasSize(1);

        long cv = closed.getJsonNumber("version").longValue();
        assertThat(liaison.post("enterprise-requests/" + id + "/follow-up", Json.createObjectBuilder().add("note", "x")
                .add("version", cv).build()).status()).isEqualTo(403);
        Api.Reply noNote = head.post("enterprise-requests/" + id + "/follow-up", Json.createObjectBuilder().add("note", " ").add("version", cv).build());
        assertThat(noNote.status()).isEqualTo(400);
        assertThat(noNote.json().getString("field")).isEqualTo("note");
        JsonObject done = head.post("enterprise-requests/" + id + "/follow-up", Json.createObjectBuilder().add("note", "所长回访企业，改进办理时限")
                .add("version", cv).build()).json();
        assertThat(done.getString("followUp")).isEqualTo("CLOSED");
        JsonObject satisfaction = head.get("enterprise-requests/satisfaction").array().getJsonObject(0);
        assertThat(satisfaction.getString("stationCode")).isEqualTo(stationCode);
        assertThat(satisfaction.getJsonNumber("closed").longValue()).isEqualTo(1);
        assertThat(satisfaction.getJsonNumber("low").longValue()).isEqualTo(1);
        assertThat(TestEnv.number("SELECT count(*) FROM request_transition WHERE request_id = ?", id)).isEqualTo(5);
    }

    @Test
    void aNoticeToEnterprisesIsSentAndRecordedAsPublicity() throws Exception {
        long withPhone = enterprise("常州华信会计服务有限公司");
        long project = project(withPhone, "财务共享中心").getJsonNumber("id").longValue();
        assign(project, liaisonName);
        Api.Reply sent = liaison.post("enterprises/notices", Json.createObjectBuilder()
                .add("enterpriseIds", Json.createArrayBuilder().add(withPhone)).add("fraudType", "IMPERSONATING_ACQUAINTANCE")
                .add("audience", "财务人员").add("message", "近期有人冒充企业老板通过QQ要求财务转账，请务必电话核实").build());
        assertThat(sent.status()).as(sent.body()).isEqualTo(200);
        assertThat(sent.json().getInt("delivered")).isEqualTo(1);
        assertThat(TestEnv.number("SELECT count(*) FROM publicity_event WHERE id = ? AND kind = 'NOTICE' AND status = 'CONFIRMED' "
                + "AND station_id = ?", sent.json().getJsonNumber("publicityEventId").longValue(), station)).isEqualTo(1);
        Api.Reply bad = liaison.post("enterprises/notices", Json.createObjectBuilder().add("enterpriseIds", Json.createArrayBuilder())
                .add("fraudType", "NOPE").add("audience", "").add("message", "").build());
        assertThat(bad.json().getJsonArray("errors").stream().map(e -> ((JsonObject) e).getString("field")))
                .containsExactlyInAnyOrder("enterpriseIds", "fraudType", "audience", "message");
    }

    @Test
    void onlyAnAdministratorChangesTheDeadlinesAndBadValuesAreRefused() throws Exception {
        JsonObject other = admin.get("enterprise-requests/deadlines").array().stream().map(d -> (JsonObject) d)
                .filter(d -> d.getString("category").equals("OTHER")).findFirst().orElseThrow();
        long version = other.getJsonNumber("version").longValue();
        int days = other.getInt("days");
        assertThat(head.put("enterprise-requests/deadlines/OTHER", Json.createObjectBuilder().add("value", 3).add("version", version)
                .build()).status()).isEqualTo(403);
        Api.Reply zero = admin.inEnglish().put("enterprise-requests/deadlines/OTHER", Json.createObjectBuilder().add("value", 0)
                .add("version", version).build());
        assertThat(zero.status()).isEqualTo(400);
        assertThat(zero.json().getString("field")).isEqualTo("days");
        assertThat(admin.put("enterprise-requests/deadlines/NOPE", Json.createObjectBuilder().add("value", 3).add("version", 0)
                .build()).status()).isEqualTo(404);
        JsonObject changed = admin.put("enterprise-requests/deadlines/OTHER", Json.createObjectBuilder().add("value", days + 1)
                .add("version", version).build()).json();
        try {
            assertThat(changed.getInt("days")).isEqualTo(days + 1);
            assertThat(admin.put("enterprise-requests/deadlines/OTHER", Json.createObjectBuilder().add("value", days)
                    .add("version", version).build()).status()).as("stale version").isEqualTo(409);
            long enterprise = enterprise("期限测试有限公司");
            JsonObject request = head.post("enterprise-requests", Json.createObjectBuilder().add("enterpriseId", enterprise)
                    .add("category", "OTHER").add("description", "其他诉求").add("owner", liaisonName).build()).json();
            assertThat(java.time.Duration.between(java.time.Instant.parse(request.getString("receivedAt")),
                    java.time.Instant.parse(request.getString("deadlineAt"))).toDays()).isEqualTo(days + 1);
        } finally {
            admin.put("enterprise-requests/deadlines/OTHER", Json.createObjectBuilder().add("value", days)
                    .add("version", changed.getJsonNumber("version").longValue()).build());
        }
    }

    private Api.Reply rate(long id, int stars, long version) {
        return liaison.post("enterprise-requests/" + id + "/rating", Json.createObjectBuilder().add("rating", stars).add("comment", "办理偏慢")
                .add("version", version).build());
    }
}
