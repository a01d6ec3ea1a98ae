package cn.gov.wujin.yanghu.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first day of a deployment: the organisation and the accounts imported from CSV (a bad row
 * stores nothing, a dry run stores nothing, a re-import updates by code), and a new account's
 * one-time password changed at its first sign-in before anything else.
 */
class FirstDayIT extends DeployedApplication {

    private static final String ORGANIZATION = "type,station_code,community_code,grid_code,name_zh,name_en,kind,address,phone\n";
    private static final String ACCOUNTS = "username,display_name,station_code,roles,phone\n";
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"");
    /** PrimeFaces' CSP mode checks a postback's nonce: the one its scripts carry. */
    private static final Pattern NONCE = Pattern.compile("<script[^>]*nonce=\"([^\"]+)\"");

    @Test
    void theOrganisationIsImportedAllOrNothingAndReimportedByCode() throws Exception {
        Api admin = Api.demo("admin");
        String s = "Q" + TestEnv.uniqueLetters(5);
        String good = ORGANIZATION
                + "STATION," + s + ",,,首日派出所,First Day Station,,武进区首日路1号,0519-86500000\n"
                + "COMMUNITY," + s + "," + s + "-A,,甲社区,Community A,,,\n"
                + "GRID," + s + "," + s + "-A,G1,甲一网格,,,,\n"
                + "COMMUNITY," + s + "," + s + "-B,,乙村,Village B,VILLAGE,,\n";
        Api.Reply bad = importOrganization(admin, good + "GRID," + s + "," + s + "-Z,G1,无此社区网格,,,,\n"
                + "COMMUNITY," + s + "," + s + "-C,,丙社区,Community C,TOWN,,\n" + "STATION,hx,,,小写代码,Lower,,,\n", false);
        assertThat(bad.status()).as(bad.body()).isEqualTo(400);
        assertThat(bad.json().getJsonArray("errors").stream().map(e -> e.asJsonObject().getString("field")))
                .contains("rows[6].communityCode", "rows[7].kind", "rows[8].stationCode");
        assertThat(stations(s)).as("one wrong row stores nothing").isZero();

        Api.Reply dry = importOrganization(admin, good, true);
        assertThat(dry.status()).as(dry.body()).isEqualTo(200);
        assertThat(dry.json().getBoolean("dryRun")).isTrue();
        assertThat(dry.json().getInt("created")).isEqualTo(4);
        assertThat(dry.json().getJsonArray("rows").stream().map(r -> r.asJsonObject().getString("code")))
                .containsExactly(s, s + "/" + s + "-A", s + "/" + s + "-A/G1", s + "/" + s + "-B");
        assertThat(stations(s)).as("a dry run stores nothing").isZero();

        JsonObject done = importOrganization(admin, good, false).json();
        assertThat(done.getInt("created")).isEqualTo(4);
        assertThat(stations(s)).isEqualTo(1);
        assertThat(TestEnv.number("SELECT count(*) FROM community c JOIN station s ON s.id = c.station_id WHERE s.code = ?", s)).isEqualTo(2);
        assertThat(TestEnv.column("SELECT g.name FROM grid g JOIN community c ON c.id = g.community_id WHERE c.code = ?", s + "-A"))
                .containsExactly("甲一网格");
        assertThat(TestEnv.number("SELECT count(*) FROM audit_entry WHERE actor = 'admin' AND action = 'CREATE' AND entity_type = 'Station' "
                + "AND entity_id = (SELECT id::text FROM station WHERE code = ?)", s)).isEqualTo(1);

        // again, with the village renamed: updated by its code, the rest left as it is
        JsonObject again = importOrganization(admin, good.replace("乙村,Village B", "乙村（新）,New Village B"), false).json();
        assertThat(List.of(again.getInt("created"), again.getInt("changed"), again.getInt("unchanged"))).containsExactly(0, 1, 3);
        assertThat(TestEnv.column("SELECT name_zh FROM community WHERE code = ?", s + "-B")).containsExactly("乙村（新）");
        assertThat(Api.demo("officer1").postText("admin/import/organization", good, "text/csv").status()).isEqualTo(403);
    }

    @Test
    void newAccountsGetOneTimePasswordsTheyMustChangeFirst() throws Exception {
        Api admin = Api.demo("admin");
        String station = admin.get("stations/" + Fixtures.station(admin)).json().getString("code");
        String u = "fd" + TestEnv.uniqueLetters(6).toLowerCase();
        String file = ACCOUNTS + u + "1,首日民警," + station + ",OFFICER|LIAISON,13912340001\n" + u + "2,首日志愿者," + station + ",VOLUNTEER,\n";

        Api.Reply bad = admin.postText("admin/import/accounts", file + u + "3,角色错误," + station + ",CHIEF,\n" + u + "4,无所民警,,OFFICER,\n",
                "text/csv");
        assertThat(bad.status()).as(bad.body()).isEqualTo(400);
        assertThat(bad.json().getJsonArray("errors").stream().map(e -> e.asJsonObject().getString("field")))
                .containsExactly("rows[4].roles", "rows[5].stationCode");
        assertThat(TestEnv.number("SELECT count(*) FROM account WHERE username LIKE ?", u + "%")).isZero();
        Api.Reply dry = admin.postText("admin/import/accounts?dryRun=true", file, "text/csv");
        assertThat(dry.json().getJsonObject("plan").getInt("created")).isEqualTo(2);
        assertThat(dry.json().getJsonArray("passwords")).isEmpty();
        assertThat(TestEnv.number("SELECT count(*) FROM account WHERE username LIKE ?", u + "%")).isZero();

        Api.Reply imported = admin.postText("admin/import/accounts?delivery=LIST", file, "text/csv");
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        Map<String, String> passwords = new LinkedHashMap<>();
        imported.json().getJsonArray("passwords").forEach(p -> passwords.put(p.asJsonObject().getString("username"),
                p.asJsonObject().getString("password")));
        assertThat(passwords).containsOnlyKeys(u + "1", u + "2");
        assertThat(TestEnv.number("SELECT count(*) FROM account WHERE username LIKE ? AND password_change_required", u + "%")).isEqualTo(2);
        assertThat(TestEnv.column("SELECT role FROM account_role r JOIN account a ON a.id = r.account_id WHERE a.username = ? ORDER BY role",
                u + "1")).containsExactly("LIAISON", "OFFICER");

        // the API issues no token until the password is changed
        String first = u + "1";
        Api.Reply token = Api.anonymous().post("auth/token", Json.createObjectBuilder().add("username", first)
                .add("password", passwords.get(first)).build());
        assertThat(token.status()).as(token.body()).isEqualTo(409);
        // the pages lead to the password change before anything else
        PageSession person = PageSession.signIn(first, passwords.get(first));
        PageSession.Reply home = person.get("index.xhtml");
        assertThat(home.status()).isEqualTo(302);
        assertThat(home.location()).contains("/account/profile.xhtml?firstSignIn=true");
        assertThat(person.get("fraud/cases.xhtml").location()).contains("/account/profile.xhtml");
        PageSession.Reply profile = person.get("account/profile.xhtml?firstSignIn=true");
        assertThat(profile.status()).isEqualTo(200);
        assertThat(profile.body()).contains("id=\"firstSignIn\"");
        Matcher viewState = VIEW_STATE.matcher(profile.body());
        assertThat(viewState.find()).isTrue();
        Map<String, String> change = new LinkedHashMap<>();
        change.put("password", "password");
        change.put("password:currentPassword", passwords.get(first));
        change.put("password:newPassword", "Own-choice-2026");
        change.put("password:confirmPassword", "Own-choice-2026");
        change.put("password:save", "password:save");
        change.put("jakarta.faces.ViewState", viewState.group(1));
        Matcher nonce = NONCE.matcher(profile.body());
        assertThat(nonce.find()).isTrue();
        change.put("primefaces.nonce", nonce.group(1));
        assertThat(person.post("account/profile.xhtml", change).status()).isEqualTo(200);
        assertThat(TestEnv.number("SELECT count(*) FROM account WHERE username = ? AND password_change_required", first)).isZero();
        assertThat(person.get("index.xhtml").status()).as("past the gate").isEqualTo(200);
        assertThat(Api.as(first, "Own-choice-2026").get("me").status()).isEqualTo(200);

        // a re-import updates by username and hands out no password; SMS delivery queues one per new account
        Api.Reply renamed = admin.postText("admin/import/accounts", file.replace("首日志愿者", "首日志愿者（队长）") + u + "5,短信民警," + station
                + ",OFFICER,13912340005\n", "text/csv");
        JsonObject plan = renamed.json().getJsonObject("plan");
        assertThat(List.of(plan.getInt("created"), plan.getInt("changed"), plan.getInt("unchanged"))).containsExactly(1, 1, 1);
        assertThat(renamed.json().getJsonArray("passwords").stream().map(p -> p.asJsonObject().getString("username")))
                .containsExactly(u + "5");
        Api.Reply bySms = admin.postText("admin/import/accounts?delivery=SMS", ACCOUNTS + u + "6,短信志愿者," + station + ",VOLUNTEER,13912340006\n",
                "text/csv");
        assertThat(bySms.status()).as(bySms.body()).isEqualTo(200);
        assertThat(bySms.json().getJsonArray("passwords")).isEmpty();
        assertThat(TestEnv.number("SELECT count(*) FROM sms_outbox WHERE kind = 'SETUP_PASSWORD' AND phone LIKE ? AND text LIKE ?",
                "%13912340006", "%" + u + "6%")).isEqualTo(1);
        Api.Reply noPhone = admin.postText("admin/import/accounts?delivery=SMS", ACCOUNTS + u + "7,无手机," + station + ",VOLUNTEER,\n",
                "text/csv");
        assertThat(noPhone.status()).isEqualTo(400);
        assertThat(noPhone.json().getString("field")).isEqualTo("rows[2].phone");
        assertThat(admin.postText("admin/import/accounts?delivery=FAX", file, "text/csv").json().getString("field")).isEqualTo("delivery");
    }

    private static Api.Reply importOrganization(Api admin, String csv, boolean dryRun) {
        return admin.postText("admin/import/organization" + (dryRun ? "?dryRun=true" : ""), csv, "text/csv");
    }

    private static long stations(String code) throws Exception {
        return TestEnv.number("SELECT count(*) FROM station WHERE code = ?", code);
    }
}
