package cn.gov.wujin.yanghu.web.pages.fraud;

import cn.gov.wujin.yanghu.audit.AuditLog;
import cn.gov.wujin.yanghu.fraud.application.CaseAuditEntry;
import cn.gov.wujin.yanghu.fraud.application.CaseAuditEntry.Field;
import cn.gov.wujin.yanghu.web.i18n.Messages;
import cn.gov.wujin.yanghu.web.pages.LocaleBacking;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * The case page's audit panel in the reader's language: who (by name), what, field by field
 * ("状态：报案 → 受案"), amounts with separators, times in Beijing time, and "this computer"
 * for a request from the server's own machine. The fields come from {@code CaseAuditAssembler}.
 */
@Named
@RequestScoped
public class CaseAuditTexts {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(cn.gov.wujin.yanghu.shared.BureauTime.ZONE);

    @Inject
    private LocaleBacking locale;

    @Inject
    private FraudTypeNames fraudTypes;

    public String who(CaseAuditEntry e) {
        if (e.actorName() != null) {
            return e.actorName();
        }
        if (AuditLog.SYSTEM.equals(e.actor()) || AuditLog.ANONYMOUS.equals(e.actor()) || e.actor() == null) {
            return text("people." + (e.actor() == null ? AuditLog.ANONYMOUS : e.actor()));
        }
        return e.actor();
    }

    public String what(CaseAuditEntry e) {
        return text("audit.action." + e.action()) + " · " + text("audit.entity." + e.entityType());
    }

    /** "label: value", or "label: before → value" for a change. */
    public String field(Field f) {
        String label = text("audit.field." + f.name());
        String value = value(f, f.value());
        return f.changed() ? label + text("audit.field.separator") + value(f, f.before()) + " → " + value
                : label + text("audit.field.separator") + value;
    }

    public String source(CaseAuditEntry e) {
        if (e.localAddress()) {
            return text("audit.source.local");
        }
        return e.clientAddress() == null ? text("audit.source.none") : e.clientAddress();
    }

    private String value(Field f, String raw) {
        if (raw == null) {
            return text("audit.value.none");
        }
        return switch (f.kind()) {
            case STATUS -> text("status." + raw);
            case FRAUD_TYPE -> fraudTypes.name(raw);
            case AMOUNT -> amount(raw);
            case TIME -> time(raw);
            case COUNT, TEXT, PERSON -> raw;
            case FREEZE_STATUS -> text("fraud.freeze.status." + raw);
        };
    }

    private static String amount(String raw) {
        try {
            DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
            return format.format(new BigDecimal(raw));
        } catch (NumberFormatException e) {
            return raw;
        }
    }

    private static String time(String raw) {
        try {
            return TIME.format(Instant.parse(raw));
        } catch (DateTimeParseException e) {
            return raw;
        }
    }

    private String text(String key) {
        return Messages.get(locale.getLocale(), key);
    }
}
