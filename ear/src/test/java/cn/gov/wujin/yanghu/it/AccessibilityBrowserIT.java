package cn.gov.wujin.yanghu.it;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * WCAG 2.1 AA as axe-core checks it: every page of page-access.txt, opened by a person who may
 * open it, in zh-CN and in English, with one dialog of each page that has dialogs (which Escape
 * closes), and the volunteers' pages on a 390 x 844 phone: no critical and no serious violation.
 * One browser and one login per person; the results are in target/screenshots/axe-*.json.
 */
class AccessibilityBrowserIT extends DeployedApplication {

    /** Who opens a page: the first of the access table's people the page answers 200 to. */
    private static final Map<String, String> PEOPLE = PageAccessMatrixIT.PEOPLE;

    /** The pages a volunteer uses on the phone. */
    private static final List<String> PHONE_PAGES = List.of("index.xhtml", "patrol/shifts.xhtml", "patrol/groups.xhtml",
            "patrol/tip.xhtml", "patrol/my-tips.xhtml", "patrol/publicity.xhtml");

    /** One dialog per page that has some: the page, the button that opens it, the dialog. */
    private record Dialog(String page, String opener, String dialog) {
    }

    private static final List<Dialog> DIALOGS = List.of(
            new Dialog("admin/accounts.xhtml", "#accounts\\:newAccount", "#accountDialog"),
            new Dialog("admin/stations.xhtml", "#stations\\:newStation", "#stationDialog"),
            new Dialog("admin/fraud-types.xhtml", "#types [class*='yh-edit-']", "#typeDialog"),
            new Dialog("admin/points-rules.xhtml", "#rules [class*='yh-edit-']", "#ruleDialog"),
            new Dialog("admin/procedure-limits.xhtml", "#limits [class*='yh-edit-']", "#limitDialog"),
            new Dialog("fraud/leads.xhtml", "#board\\:newLead", "#leadDialog"),
            new Dialog("fraud/case.xhtml?id={case}", "#detail\\:assign", "#assignmentDialog"),
            new Dialog("liaison/projects.xhtml", "#board\\:newProject", "#projectDialog"),
            new Dialog("liaison/project.xhtml?id={project}", "#project\\:editDetails", "#detailsDialog"),
            new Dialog("liaison/enterprises.xhtml", ".yh-edit-enterprise", "#enterpriseDialog"),
            new Dialog("liaison/requests.xhtml", ".yh-open-request", "#requestDialog"),
            new Dialog("patrol/officer/groups.xhtml", "#groups\\:newGroupButton", "#groupDialog"),
            new Dialog("patrol/officer/tips.xhtml", ".yh-open-tip", "#tipDialog"),
            new Dialog("patrol/officer/shifts.xhtml", ".yh-open-shift", "#detailDialog"));

    @Test
    void everyPageMeetsWcag21AaInBothLanguages() throws Exception {
        Map<String, String> records = Map.of("case", String.valueOf(TestEnv.number(
                        "SELECT min(c.id) FROM fraud_case c JOIN station s ON s.id = c.station_id WHERE s.code = 'HT'")),
                "project", String.valueOf(TestEnv.number("SELECT id FROM project WHERE name = ?", "天合智能装备产业园")),
                "frozen", String.valueOf(PageAccessMatrixIT.frozenAccountOfHutang()));
        Map<String, List<String>> pagesByPerson = pagesByPerson(records);
        List<Browser.Violation> violations = new ArrayList<>();
        int checked = 0;
        for (Map.Entry<String, List<String>> person : pagesByPerson.entrySet()) {
            try (Browser browser = Browser.open(1280, 900)) {
                for (String lang : List.of("zh-CN", "en")) {
                    // the login page's ?lang= sets the session's language, before or after signing in
                    browser.go("login.xhtml?lang=" + lang);
                    String username = PEOPLE.get(person.getKey());
                    if (username != null && lang.equals("zh-CN")) {
                        browser.logIn(username, TestEnv.DEMO_PASSWORD).waitForText(".yh-title", "首页");
                    }
                    for (String page : person.getValue()) {
                        browser.go(page).find(".yh-body");
                        violations.addAll(browser.axe(name(person.getKey(), page, lang)));
                        checked++;
                        Dialog dialog = dialogOf(page, records);
                        if (dialog != null && lang.equals("zh-CN") && browser.present(dialog.opener())) {
                            browser.click(dialog.opener()).find(dialog.dialog());
                            // the dialog and its modal mask both shown to the end: a mask still fading in leaves the
                            // page behind it at a contrast no one sees
                            browser.waitUntil("return getComputedStyle(document.querySelector(arguments[0])).opacity === '1'"
                                    + " && document.getAnimations().every(a => a.playState !== 'running')", dialog.dialog());
                            violations.addAll(browser.axe(name(person.getKey(), page, lang) + "-dialog"));
                            browser.screenshot("a11y-" + name(person.getKey(), page, lang) + "-dialog");
                            checked++;
                            // and it closes from the keyboard
                            browser.press(Keys.ESCAPE).waitUntil(
                                    "return document.querySelector(arguments[0]).getClientRects().length === 0", dialog.dialog());
                        }
                    }
                }
            }
        }
        try (Browser phone = Browser.open(390, 844)) {
            for (String lang : List.of("zh-CN", "en")) {
                phone.go("login.xhtml?lang=" + lang);
                if (lang.equals("zh-CN")) {
                    phone.logIn("volunteer1", TestEnv.DEMO_PASSWORD).waitForText(".yh-title", "首页");
                }
                for (String page : PHONE_PAGES) {
                    phone.go(page).find(".yh-body");
                    violations.addAll(phone.axe(name("phone-volunteer", page, lang)));
                    phone.screenshot("a11y-" + name("phone-volunteer", page, lang));
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(90);
        assertThat(violations).as("critical and serious WCAG 2.1 AA violations (page, rule, nodes):\n"
                + violations.stream().map(Browser.Violation::toString).collect(Collectors.joining("\n"))).isEmpty();
    }

    private static String name(String person, String page, String lang) {
        return person + "-" + page.replaceFirst("\\.xhtml.*", "").replace('/', '-') + "-" + lang;
    }

    private static Dialog dialogOf(String page, Map<String, String> records) {
        for (Dialog dialog : DIALOGS) {
            if (fill(dialog.page(), records).equals(page)) {
                return dialog;
            }
        }
        return null;
    }

    private static String fill(String page, Map<String, String> records) {
        String filled = page;
        for (Map.Entry<String, String> record : records.entrySet()) {
            filled = filled.replace("{" + record.getKey() + "}", record.getValue());
        }
        return filled;
    }

    /**
     * Each page of the table with the first person who may open it; another station's record
     * is the same page again, and a page nobody in the table may open (a lead's help page
     * before anyone was asked) is left out.
     */
    private static Map<String, List<String>> pagesByPerson(Map<String, String> records) throws IOException {
        Map<String, List<String>> pages = new LinkedHashMap<>();
        PEOPLE.keySet().forEach(person -> pages.put(person, new ArrayList<>()));
        Set<String> seen = new LinkedHashSet<>();
        try (InputStream in = AccessibilityBrowserIT.class.getResourceAsStream("/page-access.txt")) {
            assertThat(in).as("page-access.txt on the test classpath").isNotNull();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String text = line.strip();
                if (text.isEmpty() || text.startsWith("#") || text.contains("@other}")) {
                    continue;
                }
                String[] cells = text.split("\\s+");
                String page = fill(cells[0].substring(1), records);
                int column = 1;
                for (String person : PEOPLE.keySet()) {
                    if (cells[column++].equals("200") && seen.add(page)) {
                        pages.get(person).add(page);
                    }
                }
            }
        }
        pages.values().removeIf(List::isEmpty);
        return pages;
    }
}
