package cn.gov.wujin.yanghu.fraud.application;

import cn.gov.wujin.yanghu.audit.AuditAction;
import cn.gov.wujin.yanghu.audit.AuditRecord;
import cn.gov.wujin.yanghu.fraud.application.CaseAuditEntry.Field;
import cn.gov.wujin.yanghu.fraud.application.CaseAuditEntry.Kind;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Reads a case's audit rows for people. The rows stay as they were written (evidence): a line
 * of text per record state ({@code FraudCase.auditSummary()}, {@code StopPayment…},
 * {@code FundReturn…}). This assembler takes those lines apart into named fields, keeps of a
 * change only the fields that changed since the same record's previous row, and puts names in
 * place of usernames. A line it does not recognise (a format of the past) is shown whole.
 */
public final class CaseAuditAssembler {

    private static final List<String> LOOPBACK = List.of("::1", "0:0:0:0:0:0:0:1", "localhost");

    private CaseAuditAssembler() {
    }

    /**
     * @param records the trail, newest first (as {@code AuditTrail} answers)
     * @param names   display names by username
     */
    public static List<CaseAuditEntry> entries(List<AuditRecord> records, Map<String, String> names) {
        List<CaseAuditEntry> entries = new ArrayList<>(records.size());
        Map<String, List<Field>> previous = new HashMap<>();
        // oldest first, so each change is compared with the state its record had before
        for (int i = records.size() - 1; i >= 0; i--) {
            AuditRecord r = records.get(i);
            List<Field> fields = fields(r, names);
            String record = r.entityType() + "#" + r.entityId();
            List<Field> shown = fields;
            if (AuditAction.UPDATE.name().equals(r.action()) && previous.containsKey(record)) {
                List<Field> changes = changes(previous.get(record), fields);
                shown = changes.isEmpty() ? fields : changes;
            }
            if (!fields.isEmpty()) {
                previous.put(record, fields);
            }
            entries.add(new CaseAuditEntry(r.occurredAt(), r.actor(), r.actor() == null ? null : names.get(r.actor()), r.action(),
                    r.entityType(), shown, r.clientAddress(), isLoopback(r.clientAddress())));
        }
        Collections.reverse(entries);
        return entries;
    }

    /** The usernames the rows name: who acted, and each case state's officer (for one look-up of their names). */
    public static Set<String> people(List<AuditRecord> records) {
        Set<String> usernames = new HashSet<>();
        for (AuditRecord r : records) {
            if (r.actor() != null) {
                usernames.add(r.actor());
            }
            if ("FraudCase".equals(r.entityType()) && r.summary() != null) {
                String[] t = r.summary().strip().split(" ");
                if (t.length > 6 && "officer".equals(t[5])) {
                    usernames.add(t[6]);
                }
            }
        }
        return usernames;
    }

    /** Addresses of the server's own machine: 127.0.0.0/8 and ::1, in their usual spellings. */
    static boolean isLoopback(String address) {
        if (address == null) {
            return false;
        }
        String a = address.strip().toLowerCase(java.util.Locale.ROOT);
        return a.startsWith("127.") || LOOPBACK.contains(a) || a.startsWith("::ffff:127.");
    }

    private static List<Field> changes(List<Field> before, List<Field> after) {
        Map<String, Field> old = new HashMap<>();
        before.forEach(f -> old.put(f.name(), f));
        List<Field> changed = new ArrayList<>();
        for (Field f : after) {
            Field was = old.get(f.name());
            if (was != null && !Objects.equals(was.value(), f.value())) {
                changed.add(new Field(f.name(), f.kind(), was.value(), f.value(), true));
            } else if (was == null) {
                changed.add(f);
            }
        }
        return changed;
    }

    private static List<Field> fields(AuditRecord r, Map<String, String> names) {
        if (AuditAction.VIEW_PERSONAL_DATA.name().equals(r.action())) {
            return List.of(); // the action says it all; the summary is the method's name
        }
        String summary = r.summary() == null ? "" : r.summary().strip();
        List<Field> fields = switch (r.entityType() == null ? "" : r.entityType()) {
            case "FraudCase" -> fraudCase(summary, names);
            case "StopPayment" -> stopPayment(summary);
            case "FundReturn" -> fundReturn(summary);
            default -> null;
        };
        if (fields == null) {
            return summary.isEmpty() ? List.of() : List.of(field("summary", Kind.TEXT, summary));
        }
        return fields;
    }

    /** "HT-2026-000123 FAKE_LOAN REPORTED loss 17000.50 officer officer1 due 2026-12-06T20:54:07Z stop-payments 0 frozen 0.00 returned 0.00" */
    private static List<Field> fraudCase(String summary, Map<String, String> names) {
        String[] t = summary.split(" ");
        if (t.length != 15 || !"loss".equals(t[3]) || !"officer".equals(t[5]) || !"due".equals(t[7])
                || !"stop-payments".equals(t[9]) || !"frozen".equals(t[11]) || !"returned".equals(t[13])) {
            return null;
        }
        String officer = none(t[6]) == null ? null : names.getOrDefault(t[6], t[6]);
        return List.of(field("caseNumber", Kind.TEXT, t[0]), field("fraudType", Kind.FRAUD_TYPE, t[1]),
                field("status", Kind.STATUS, t[2]), field("loss", Kind.AMOUNT, t[4]), field("officer", Kind.PERSON, officer),
                field("dueAt", Kind.TIME, t[8]), field("stopPayments", Kind.COUNT, t[10]), field("frozen", Kind.AMOUNT, t[12]),
                field("returned", Kind.AMOUNT, t[14]));
    }

    /**
     * "HT-2026-000123 某银行 6222********7777 requested 8800.00 stopped null frozen null" (the bank may have spaces), once frozen
     * followed by "freeze RENEWED until 2027-06-01T02:00:00Z".
     */
    private static List<Field> stopPayment(String summary) {
        String[] t = summary.split(" ");
        int tail = t.length;
        if (tail >= 13 && "freeze".equals(t[tail - 4]) && "until".equals(t[tail - 2])) {
            List<Field> fields = stopPayment(String.join(" ", Arrays.copyOfRange(t, 0, tail - 4)));
            if (fields == null) {
                return null;
            }
            List<Field> withFreeze = new java.util.ArrayList<>(fields);
            withFreeze.add(field("freeze", Kind.FREEZE_STATUS, t[tail - 3]));
            withFreeze.add(field("freezeExpiresAt", Kind.TIME, t[tail - 1]));
            return withFreeze;
        }
        int n = t.length;
        if (n < 9 || !"requested".equals(t[n - 6]) || !"stopped".equals(t[n - 4]) || !"frozen".equals(t[n - 2])) {
            return null;
        }
        String bank = String.join(" ", Arrays.copyOfRange(t, 1, n - 7));
        return List.of(field("caseNumber", Kind.TEXT, t[0]), field("bank", Kind.TEXT, bank), field("account", Kind.TEXT, t[n - 7]),
                field("requested", Kind.AMOUNT, t[n - 5]), field("stopped", Kind.AMOUNT, t[n - 3]),
                field("frozen", Kind.AMOUNT, t[n - 1]));
    }

    /** "HT-2026-000123 victim 1 returned 500.00" */
    private static List<Field> fundReturn(String summary) {
        String[] t = summary.split(" ");
        if (t.length != 5 || !"victim".equals(t[1]) || !"returned".equals(t[3])) {
            return null;
        }
        return List.of(field("caseNumber", Kind.TEXT, t[0]), field("victim", Kind.COUNT, t[2]), field("returnedAmount", Kind.AMOUNT, t[4]));
    }

    private static Field field(String name, Kind kind, String value) {
        return new Field(name, kind, null, none(value), false);
    }

    private static String none(String value) {
        return value == null || value.isBlank() || "null".equals(value) || "-".equals(value) ? null : value;
    }
}
