package cn.gov.wujin.yanghu.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A liaison logs a visit on the phone; a request is closed with the enterprise's rating; the pages in English. */
class LiaisonBrowserIT extends DeployedApplication {

    private static long demoProject(String name) throws Exception {
        return TestEnv.number("SELECT id FROM project WHERE name = ?", name);
    }

    @Test
    void aLiaisonLogsAVisitWithARiskAndAFollowUpOnThePhone() throws Exception {
        long project = demoProject("天合智能装备产业园");
        long before = TestEnv.number("SELECT count(*) FROM visit WHERE project_id = ?", project);
        String topics = "夜间巡查工地围挡" + TestEnv.unique();
        try (Browser phone = Browser.open(390, 844)) {
            phone.go("liaison/projects.xhtml").logIn("liaison1", TestEnv.DEMO_PASSWORD).waitForText("#board\\:table", "天合智能装备产业园");
            assertThat(phone.text("#board\\:table")).as("a liaison sees only their projects").contains("绿色建材生产基地")
                    .doesNotContain("云途智慧物流园");
            phone.screenshot("liaison-board-phone-zh");
            phone.go("liaison/visit.xhtml?project=" + project).waitForText(".yh-title", "记录走访");
            phone.type("#visit\\:peopleMet", "周经理、安全员");
            phone.type("#visit\\:topics", topics);
            phone.click(".yh-risk-SITE_THEFT .ui-chkbox-box");
            phone.screenshot("liaison-visit-form-phone-zh");
            phone.click("#visit\\:save").waitForText(".yh-title", "天合智能装备产业园");
            assertThat(phone.text("#project")).contains(topics).contains("工地盗窃");
            assertThat(phone.overflowsSideways()).isFalse();
            phone.screenshot("liaison-project-phone-zh");
        }
        assertThat(TestEnv.number("SELECT count(*) FROM visit WHERE project_id = ?", project)).isEqualTo(before + 1);
        assertThat(TestEnv.number("SELECT count(*) FROM visit v JOIN visit_risk r ON r.visit_id = v.id WHERE v.topics = ? "
                + "AND r.category = 'SITE_THEFT'", topics)).isEqualTo(1);
    }

    @Test
    void aResolvedRequestIsClosedWithTheEnterprisesRating() throws Exception {
        Api liaison = Api.demo("liaison1");
        long project = demoProject("绿色建材生产基地");
        String description = "工地周边夜间照明不足，请求安全检查 " + TestEnv.unique();
        JsonObject request = liaison.post("enterprise-requests", Json.createObjectBuilder().add("projectId", project)
                .add("category", "SITE_SECURITY_CHECK").add("description", description).build()).json();
        long id = request.getJsonNumber("id").longValue();
        JsonObject started = liaison.post("enterprise-requests/" + id + "/transitions", Json.createObjectBuilder().add("to", "IN_PROGRESS")
                .add("version", request.getJsonNumber("version").longValue()).build()).json();
        liaison.post("enterprise-requests/" + id + "/transitions", Json.createObjectBuilder().add("to", "RESOLVED")
                .add("note", "已会同派出所巡逻组检查并加装临时照明").add("version", started.getJsonNumber("version").longValue()).build());

        try (Browser desk = Browser.open(1280, 1000)) {
            desk.go("liaison/requests.xhtml").logIn("liaison1", TestEnv.DEMO_PASSWORD).waitForText("#queue\\:table", "已超期");
            desk.select("widget_queue_status", "RESOLVED");
            desk.click("#queue\\:search").waitForText("#queue\\:table", description);
            desk.clickInRow("queue:table", description, "yh-open-request").waitForText("#requestStatus", "已办结");
            assertThat(desk.text("#decision .yh-plain-list")).as("who moved the request, by name")
                    .contains("刘洋").doesNotContain("liaison1");
            desk.clickNth("[id='decision:rating'] .ui-rating-star a", 4);
            desk.type("#decision\\:comment", "响应及时");
            desk.screenshot("liaison-request-rating-zh");
            desk.click("#decision\\:close").waitForText("#queue\\:messages", "已保存");
            assertThat(desk.text("#queue\\:table")).as("no longer waiting for its rating").doesNotContain(description);
            desk.screenshot("liaison-requests-zh");
        }
        assertThat(TestEnv.number("SELECT count(*) FROM enterprise_request WHERE id = ? AND status = 'CLOSED' AND rating = 4 "
                + "AND follow_up = 'NONE'", id)).isEqualTo(1);
    }

    @Test
    void onADeskTheVisitFormTakesTwoColumnsAndTheRequestDialogAsksForTheResultOnce() throws Exception {
        Api liaison = Api.demo("liaison1");
        long project = demoProject("天合智能装备产业园");
        String description = "围挡破损，请求现场检查 " + TestEnv.unique();
        JsonObject request = liaison.post("enterprise-requests", Json.createObjectBuilder().add("projectId", project)
                .add("category", "SITE_SECURITY_CHECK").add("description", description).build()).json();
        liaison.post("enterprise-requests/" + request.getJsonNumber("id").longValue() + "/transitions", Json.createObjectBuilder()
                .add("to", "IN_PROGRESS").add("version", request.getJsonNumber("version").longValue()).build());

        try (Browser desk = Browser.open(1280, 900)) {
            desk.go("liaison/visit.xhtml?project=" + project).logIn("liaison1", TestEnv.DEMO_PASSWORD).waitForText(".yh-title", "记录走访");
            org.openqa.selenium.Rectangle topics = desk.find("#visit\\:topics").getRect();
            org.openqa.selenium.Rectangle risk = desk.find(".yh-risk-SITE_THEFT").getRect();
            assertThat(risk.getX()).as("the risks found beside the visit, not below it").isGreaterThan(topics.getX() + topics.getWidth());
            assertThat(desk.find("#visit fieldset").getCssValue("border-top-style")).as("no browser fieldset border").isEqualTo("none");
            assertThat(desk.find("[id$='dueOn_input']").getAttribute("title")).isEqualTo("期限");
            assertThat(desk.find("#visit .ui-datepicker-trigger").getAttribute("aria-label")).as("not announced as \"ui-button\"")
                    .isEqualTo("选择日期");
            desk.screenshot("liaison-visit-form-desk-zh");

            desk.go("liaison/requests.xhtml").waitForText(".yh-title", "企业诉求");
            desk.select("widget_queue_status", "IN_PROGRESS");
            desk.click("#queue\\:search").waitForText("#queue\\:table", description);
            desk.clickInRow("queue:table", description, "yh-open-request").waitForText("#requestStatus", "办理中");
            assertThat(desk.text("#decision").split("办理结果", -1)).as("办理结果 once: the field, not an empty fact above it").hasSize(2);
            desk.screenshot("liaison-request-in-progress-zh");
        }
    }

    @Test
    void theLiaisonPagesReadInEnglish() throws Exception {
        long project = demoProject("天合智能装备产业园");
        try (Browser desk = Browser.open(1280, 900)) {
            desk.go("login.xhtml").click("#lang\\:langEn").waitForText(".yh-login-title", "Yanghu");
            desk.logIn("head1", TestEnv.DEMO_PASSWORD).waitForText(".yh-title", "Home");
            desk.go("liaison/projects.xhtml").waitForText(".yh-title", "Major projects");
            assertThat(desk.text("#board\\:table")).contains("No liaison").contains("Not visited lately");
            desk.screenshot("liaison-board-en");
            desk.go("liaison/project.xhtml?id=" + project).waitForText("#project", "Liaison history");
            assertThat(desk.text("#project\\:history")).as("who assigned the liaison, by name").contains("陈志强").doesNotContain("head1");
            assertThat(desk.text("#project\\:contact")).contains("138****0001");
            desk.click("#project\\:revealPhone").waitForText("#project\\:contact", "13861230001");
            desk.screenshot("liaison-project-en");
            String site = "Changhong Road " + TestEnv.unique();
            desk.click("#project\\:editDetails").waitForText("#detailsDialog", "Edit project");
            desk.retype("#detailsForm\\:siteAddress", site);
            desk.click("#detailsForm\\:save").waitForText("#project", site);
            assertThat(TestEnv.column("SELECT site_address FROM project WHERE id = ?", project)).containsExactly(site);
            desk.go("liaison/requests.xhtml").waitForText(".yh-title", "Enterprise requests");
            assertThat(desk.text("#queue\\:table")).contains("Overdue");
            desk.screenshot("liaison-requests-en");
            desk.go("liaison/satisfaction.xhtml").waitForText(".yh-title", "Satisfaction");
            desk.screenshot("liaison-satisfaction-en");
        }
    }

    @Test
    void anAdministratorChangesWhenUnvisitedProjectsAreFlagged() throws Exception {
        Api admin = Api.demo("admin");
        int before = admin.get("enterprise-requests/settings/no-visit-days").json().getInt("value");
        try (Browser desk = Browser.open(1280, 900)) {
            desk.go("admin/liaison-settings.xhtml").logIn("admin", TestEnv.DEMO_PASSWORD).waitForText(".yh-title", "诉求期限与走访周期");
            assertThat(desk.text("#settings\\:deadlines")).contains("纠纷调处").contains("人才落户");
            desk.retype("#settings\\:noVisitDays_input", String.valueOf(before + 15));
            desk.click("#settings\\:save").waitForText("#settings\\:messages", "已保存");
            desk.screenshot("admin-liaison-settings-zh");
            assertThat(admin.get("enterprise-requests/settings/no-visit-days").json().getInt("value")).isEqualTo(before + 15);
        } finally {
            JsonObject now = admin.get("enterprise-requests/settings/no-visit-days").json();
            admin.put("enterprise-requests/settings/no-visit-days", Json.createObjectBuilder().add("value", before)
                    .add("version", now.getJsonNumber("version").longValue()).build());
        }
    }

    @Test
    void aLiaisonSendsAnAntiFraudNoticeToAnEnterprisesAccountants() throws Exception {
        long enterprise = TestEnv.number("SELECT id FROM enterprise WHERE name = '常州天合精密机械有限公司'");
        String message = "近期有人冒充公司领导添加财务人员QQ，要求转账，请务必电话核实 " + TestEnv.unique();
        try (Browser phone = Browser.open(390, 844)) {
            phone.go("liaison/notice.xhtml").logIn("liaison1", TestEnv.DEMO_PASSWORD).waitForText(".yh-title", "防诈提醒");
            phone.click("#notice\\:send").waitForText("#notice\\:messages", "请选择 1 至 200 家企业");
            phone.select("widget_notice_enterprises", String.valueOf(enterprise));
            phone.select("widget_notice_fraudType", "IMPERSONATING_ACQUAINTANCE");
            phone.type("#notice\\:audience", "财务人员");
            phone.type("#notice\\:message", message);
            phone.click("#notice\\:send").waitForText("#notice\\:messages", "已提交 1 条提醒");
            phone.screenshot("liaison-notice-phone-zh");
        }
        assertThat(TestEnv.number("SELECT count(*) FROM publicity_event WHERE kind = 'NOTICE' AND status = 'CONFIRMED' "
                + "AND description LIKE ?", "%" + message)).isEqualTo(1);
        assertThat(TestEnv.number("SELECT count(*) FROM sms_outbox WHERE kind = 'LIAISON_NOTICE' AND text = ?", message))
                .as("the notice's SMS, queued in the outbox").isEqualTo(1);
    }

    @Test
    void aHeadGivesAnEnterpriseAsAWholeALiaison() throws Exception {
        String name = "常州测试企业" + TestEnv.unique();
        long enterprise = Api.demo("head1").post("enterprises", Json.createObjectBuilder().add("name", name)
                .add("creditCode", LiaisonIT.creditCode()).add("sector", "SERVICES").add("contactPhone", "13861239999").build()).id();
        try (Browser desk = Browser.open(1280, 900)) {
            desk.go("liaison/enterprises.xhtml").logIn("head1", TestEnv.DEMO_PASSWORD).waitForText(".yh-title", "企业");
            desk.type("#enterprises\\:text", name).click("#enterprises\\:search").waitForText("#enterprises\\:table", name);
            assertThat(desk.text("#enterprises\\:table")).contains("138****9999");
            desk.clickInRow("enterprises:table", name, "yh-edit-enterprise").waitForTextContent("#enterpriseForm\\:officer_input", "刘洋");
            desk.select("widget_enterpriseForm_officer", "liaison1");
            desk.type("#enterpriseForm\\:reason", "企业整体联系");
            desk.click("#enterpriseForm\\:assign").waitForText("#enterprises\\:table", "刘洋");
            desk.screenshot("liaison-enterprises-zh");
        }
        assertThat(TestEnv.number("SELECT count(*) FROM liaison_assignment a JOIN account o ON o.id = a.officer_id "
                + "WHERE a.enterprise_id = ? AND a.ended_at IS NULL AND o.username = 'liaison1'", enterprise)).isEqualTo(1);
    }
}
