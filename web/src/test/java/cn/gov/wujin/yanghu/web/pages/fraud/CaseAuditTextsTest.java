package cn.gov.wujin.yanghu.web.pages.fraud;

import cn.gov.wujin.yanghu.fraud.application.CaseAuditEntry;
import cn.gov.wujin.yanghu.fraud.application.CaseAuditEntry.Field;
import cn.gov.wujin.yanghu.fraud.application.CaseAuditEntry.Kind;
import cn.gov.wujin.yanghu.web.pages.LocaleBacking;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The audit panel's words: a field by its label, enum values by name, amounts with separators, Beijing time. */
class CaseAuditTextsTest {

    private static CaseAuditTexts texts(String language) throws Exception {
        LocaleBacking locale = new LocaleBacking();
        locale.setLang(language);
        FraudTypeNames types = new FraudTypeNames() {
            @Override
            public String name(String code) {
                return "FAKE_LOAN".equals(code) ? (locale.isEnglish() ? "Fake online loan" : "虚假网络贷款") : code;
            }
        };
        CaseAuditTexts texts = new CaseAuditTexts();
        set(texts, "locale", locale);
        set(texts, "fraudTypes", types);
        return texts;
    }

    private static void set(Object target, String name, Object value) throws Exception {
        java.lang.reflect.Field f = target.getClass().getDeclaredField(name);
        f.setAccessible(true);
        f.set(target, value);
    }

    private static CaseAuditEntry entry(String actor, String actorName, String address, boolean local) {
        return new CaseAuditEntry(Instant.EPOCH, actor, actorName, "UPDATE", "FraudCase", List.of(), address, local);
    }

    @Test
    void fieldsReadInChinese() throws Exception {
        CaseAuditTexts zh = texts("zh-CN");
        assertThat(zh.field(new Field("status", Kind.STATUS, "REPORTED", "ACCEPTED", true))).isEqualTo("状态：报案 → 受案");
        assertThat(zh.field(new Field("loss", Kind.AMOUNT, null, "17000.50", false))).isEqualTo("损失金额（元）：17,000.50");
        assertThat(zh.field(new Field("fraudType", Kind.FRAUD_TYPE, null, "FAKE_LOAN", false))).isEqualTo("诈骗类型：虚假网络贷款");
        assertThat(zh.field(new Field("dueAt", Kind.TIME, null, "2026-12-06T20:54:07Z", false)))
                .as("Beijing time").isEqualTo("下一步期限：2026-12-07 04:54");
        assertThat(zh.field(new Field("officer", Kind.PERSON, null, null, false))).isEqualTo("承办民警：无");
        assertThat(zh.source(entry("officer1", "王建国", "0:0:0:0:0:0:0:1", true))).isEqualTo("本机");
        assertThat(zh.who(entry("officer1", "王建国", null, false))).isEqualTo("王建国");
        assertThat(zh.who(entry("system", null, null, false))).isEqualTo("系统");
        assertThat(zh.what(entry("officer1", "王建国", null, false))).isEqualTo("修改 · 案件");
    }

    @Test
    void fieldsReadInEnglish() throws Exception {
        CaseAuditTexts en = texts("en");
        assertThat(en.field(new Field("status", Kind.STATUS, "REPORTED", "ACCEPTED", true))).isEqualTo("Status: Reported → Accepted");
        assertThat(en.field(new Field("frozen", Kind.AMOUNT, "0.00", "1234567.8", true))).isEqualTo("Frozen (CNY): 0.00 → 1,234,567.80");
        assertThat(en.field(new Field("fraudType", Kind.FRAUD_TYPE, null, "FAKE_LOAN", false))).isEqualTo("Fraud type: Fake online loan");
        assertThat(en.source(entry("officer1", "王建国", "127.0.0.1", true))).isEqualTo("this computer");
        assertThat(en.source(entry("officer1", "王建国", "10.20.30.40", false))).isEqualTo("10.20.30.40");
        assertThat(en.who(entry("gone", null, null, false))).as("no account of that name: the username").isEqualTo("gone");
    }
}
