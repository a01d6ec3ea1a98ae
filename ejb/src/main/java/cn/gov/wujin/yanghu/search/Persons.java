package cn.gov.wujin.yanghu.search;

import cn.gov.wujin.yanghu.audit.AuditAction;
import cn.gov.wujin.yanghu.audit.AuditLog;
import cn.gov.wujin.yanghu.organization.access.StationScope;
import cn.gov.wujin.yanghu.organization.domain.Roles;
import cn.gov.wujin.yanghu.shared.IdCardNumbers;
import cn.gov.wujin.yanghu.shared.InvalidInputException;
import cn.gov.wujin.yanghu.shared.Masking;
import cn.gov.wujin.yanghu.shared.PhoneNumbers;
import cn.gov.wujin.yanghu.shared.SqlValues;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * One record of a person, read from the cases and leads: victims resolve by ID-card number, a victim
 * without one (and a warning lead's person) by normalised phone; the phones of a person's cases bring
 * in the leads and the cases of victims recorded without a number. Another station's records are
 * reduced to number, station and date, as linking does. A repeat victim reported a case within the repeat period
 * (12 months unless an administrator changed it, SearchSettings) of an earlier one; a new case of a recovery kind
 * (fraud_type.recovery) after an earlier case is a possible secondary fraud (二次诈骗). Every look-up is audited as a view of personal data.
 */
@Stateless
@RolesAllowed({Roles.OFFICER, Roles.SUPERVISOR})
public class Persons {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    @Inject
    private StationScope scope;

    @Inject
    private AuditLog auditLog;

    @Inject
    private Search search;

    @Inject
    private SearchSettings settings;

    @PersistenceContext
    private EntityManager em;

    /** The person with this ID-card number, or (idNumber null) this phone. */
    public Person resolve(String idNumber, String phone) {
        boolean byId = idNumber != null && !idNumber.isBlank();
        if (byId == (phone != null && !phone.isBlank())) {
            throw new InvalidInputException(byId ? "phone" : "idNumber", "person.oneKey");
        }
        // the key not given is '' (no stored value is), so that no parameter is null
        String id = byId ? IdCardNumbers.normalize(idNumber.strip()) : "";
        if (byId && !IdCardNumbers.isValid(id)) {
            throw new InvalidInputException("idNumber", "person.idNumberInvalid");
        }
        String number = byId ? "" : PhoneNumbers.normalize(phone).orElseThrow(() -> new InvalidInputException("phone", "person.phoneInvalid"));
        Person person = read(id, number, byId ? "id:" + id : "phone:" + number);
        auditLog.record(AuditAction.VIEW_PERSONAL_DATA, "Person", person.id(), null,
                person.cases().size() + " cases, " + person.leads().size() + " leads");
        return person;
    }

    /**
     * The other cases and the leads of each victim of a case the caller may open (victims with an ID-card
     * number or a phone), for the case page: numbers, stations and dates, no personal data, so not audited.
     */
    @RolesAllowed({Roles.OFFICER, Roles.AUXILIARY, Roles.SUPERVISOR})
    public List<VictimHistory> ofCase(long caseId) {
        if (!search.mayOpen(SearchKind.CASE, caseId)) {
            return List.of();
        }
        List<VictimHistory> histories = new ArrayList<>();
        for (Object r : em.createNativeQuery("SELECT v.name, v.id_card_number, v.phone FROM fraud_victim v WHERE v.fraud_case_id = ?1 "
                + "AND (v.id_card_number IS NOT NULL OR v.phone IS NOT NULL) ORDER BY v.position").setParameter(1, caseId).getResultList()) {
            Object[] v = (Object[]) r;
            String id = v[1] == null ? "" : (String) v[1];
            String number = v[1] == null ? (String) v[2] : "";
            Person person = read(id, number, v[1] == null ? "phone:" + number : "id:" + id);
            List<PersonCase> others = person.cases().stream().filter(c -> c.id() != caseId).toList();
            if (!others.isEmpty() || !person.leads().isEmpty()) {
                histories.add(new VictimHistory(Masking.personName((String) v[0]), others, person.leads(), person.repeatVictim(),
                        person.secondaryFraudRisk()));
            }
        }
        return histories;
    }

    /**
     * What the intake shows while the officer types a victim: the person's earlier cases and warnings (by the ID-card
     * number when one is given and valid, otherwise by the phone), whether a case now would make them a repeat victim
     * (their newest case within the repeat period) and, when {@code fraudType} is a recovery kind, a possible secondary
     * fraud. Numbers, stations and dates only, like the case page: not a view of personal data, so not audited. Null
     * when neither key is usable or nothing is known of the person.
     */
    @RolesAllowed({Roles.OFFICER, Roles.AUXILIARY, Roles.SUPERVISOR})
    public Prior prior(String idNumber, String phone, String fraudType) {
        String id = idNumber == null || idNumber.isBlank() ? "" : IdCardNumbers.normalize(idNumber.strip());
        String number = "";
        if (!IdCardNumbers.isValid(id)) {
            id = "";
            number = phone == null ? "" : PhoneNumbers.normalize(phone).orElse("");
            if (number.isEmpty()) {
                return null;
            }
        }
        Person person = read(id, number, id.isEmpty() ? "phone:" + number : "id:" + id);
        if (person.cases().isEmpty() && person.leads().isEmpty()) {
            return null;
        }
        Instant since = Instant.now().atZone(BEIJING).minusMonths(repeatMonths()).toInstant();
        boolean repeat = !person.cases().isEmpty() && !person.cases().get(0).reportedAt().isBefore(since);
        boolean recovery = fraudType != null && !fraudType.isBlank() && !em.createNativeQuery(
                "SELECT 1 FROM fraud_type WHERE code = ?1 AND recovery").setParameter(1, fraudType).getResultList().isEmpty();
        return new Prior(person.cases(), person.leads(), repeat, recovery && !person.cases().isEmpty());
    }

    /** The person behind an ID-card number ({@code number} "") or a phone ({@code id} ""): '' matches no stored value. */
    private Person read(String id, String number, String key) {
        boolean byId = !id.isEmpty();
        // the person's ID-card numbers (one, or those victims with this phone gave) and phones
        String ids = byId ? "SELECT CAST(?1 AS varchar) AS n" : "SELECT DISTINCT id_card_number FROM fraud_victim WHERE phone = ?2 AND id_card_number IS NOT NULL";
        String phones = "SELECT CAST(?2 AS varchar) UNION SELECT phone FROM fraud_victim WHERE id_card_number IN (" + ids + ") AND phone IS NOT NULL";
        String victims = "(v.id_card_number IN (" + ids + ") OR (v.id_card_number IS NULL AND v.phone IN (" + phones + ")))";
        @SuppressWarnings("unchecked")
        List<Object[]> caseRows = em.createNativeQuery("SELECT DISTINCT c.id, c.case_number, s.code, c.station_id, c.reported_at, "
                        + "c.fraud_type, ft.recovery, c.status FROM fraud_victim v JOIN fraud_case c ON c.id = v.fraud_case_id "
                        + "JOIN station s ON s.id = c.station_id JOIN fraud_type ft ON ft.code = c.fraud_type WHERE " + victims
                        + " ORDER BY c.reported_at DESC, c.id DESC")
                .setParameter(1, id).setParameter(2, number).getResultList();
        @SuppressWarnings("unchecked")
        List<Object[]> leadRows = em.createNativeQuery("SELECT l.id, s.code, l.station_id, l.received_at, l.status FROM warning_lead l "
                        + "JOIN station s ON s.id = l.station_id WHERE l.phone IN (" + phones + ") ORDER BY l.received_at DESC, l.id DESC")
                .setParameter(1, id).setParameter(2, number).getResultList();
        List<PersonCase> cases = new ArrayList<>();
        for (Object[] r : caseRows) {
            boolean visible = scope.canSee(((Number) r[3]).longValue());
            cases.add(new PersonCase(((Number) r[0]).longValue(), (String) r[1], (String) r[2], visible,
                    SqlValues.instant(r[4]), visible ? (String) r[5] : null, visible ? (String) r[7] : null,
                    Boolean.TRUE.equals(r[6])));
        }
        List<PersonLead> leads = new ArrayList<>();
        for (Object[] r : leadRows) {
            boolean visible = scope.canSee(((Number) r[2]).longValue());
            leads.add(new PersonLead(((Number) r[0]).longValue(), (String) r[1], visible, SqlValues.instant(r[3]),
                    visible ? (String) r[4] : null));
        }
        List<Instant> reported = caseRows.stream().map(r -> SqlValues.instant(r[4])).toList();
        boolean repeat = reported.size() > 1 && !reported.get(0).atZone(BEIJING).minusMonths(repeatMonths()).toInstant().isAfter(reported.get(1));
        boolean secondary = reported.size() > 1 && Boolean.TRUE.equals(caseRows.get(0)[6]);
        return new Person(personId(key), cases, leads, repeat, secondary);
    }

    /** A case within this many months of the person's previous one makes a repeat victim (an administrator's setting). */
    private int repeatMonths() {
        return settings.current().repeatMonths();
    }

    /** A stable id that does not show the number it stands for. */
    static String personId(String key) {
        try {
            return "P" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Victims per station and Beijing month of the report, from {@code from} to {@code to} (inclusive): how many, how
     * many were repeat victims (an earlier case of the same person within the repeat period) and how many were 60 or older
     * (from the ID-card number's birth date on the day of the report). Scoped to the caller's station. Read from the
     * per-day counts (victim_daily, V40), which keep each victim's repeat gap, so any repeat period is exact.
     */
    @RolesAllowed(Roles.SUPERVISOR)
    public List<VictimFigures> figures(LocalDate from, LocalDate to) {
        if (from == null) {
            throw new InvalidInputException("from", "person.figuresRange");
        }
        if (to == null || to.isBefore(from) || to.isAfter(from.plusYears(2))) {
            throw new InvalidInputException("to", "person.figuresRange");
        }
        Long station = scope.stationFilter();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT s.code, to_char(d.day, 'YYYY-MM') AS month, sum(d.victims), "
                        + "coalesce(sum(d.victims) FILTER (WHERE d.gap BETWEEN 1 AND ?4), 0), coalesce(sum(d.victims) FILTER (WHERE d.elderly), 0) "
                        + "FROM victim_daily d JOIN station s ON s.id = d.station_id WHERE d.day BETWEEN ?1 AND ?2"
                        + (station == null ? "" : " AND d.station_id = ?3")
                        + " GROUP BY s.code, month HAVING sum(d.victims) <> 0 ORDER BY month, s.code")
                .setParameter(1, Date.valueOf(from)).setParameter(2, Date.valueOf(to))
                .setParameter(3, station == null ? -1L : station).setParameter(4, repeatMonths()).getResultList();
        return rows.stream().map(r -> new VictimFigures((String) r[0], (String) r[1], ((Number) r[2]).longValue(),
                ((Number) r[3]).longValue(), ((Number) r[4]).longValue())).toList();
    }

    @Schema(name = "Person", description = "One person's cases and warning leads.")
    public record Person(
            @Schema(required = true, description = "A stable id of the person (not the number it was found by).", example = "P3f9a0c1d2e4b5a6c")
            String id,
            @Schema(required = true, description = "The person's cases as a victim, newest first.") List<PersonCase> cases,
            @Schema(required = true, description = "Warning leads about the person's phones, newest first.") List<PersonLead> leads,
            @Schema(required = true, description = "The newest case was reported within the repeat period (12 months unless an "
                    + "administrator changed it) of an earlier one.") boolean repeatVictim,
            @Schema(required = true, description = "The newest case is of a recovery kind (fake refund, unfreezing, lawyer) after an "
                    + "earlier case: a possible secondary fraud (二次诈骗); warn the person.") boolean secondaryFraudRisk) implements Serializable {
    }

    @Schema(name = "PersonCase", description = "A case of the person; another station's only by number, station and date.")
    public record PersonCase(
            @Schema(required = true, example = "1042") long id,
            @Schema(required = true, example = "HT-2026-000123") String caseNumber,
            @Schema(required = true, example = "HT") String stationCode,
            @Schema(required = true, description = "Whether the caller may open it; if not, only number and station are given.") boolean visible,
            @Schema(required = true, description = "When it was reported (another station's too: number, station and date).")
            Instant reportedAt,
            @Schema(description = "Its fraud type's code (visible cases only).", example = "FAKE_INVESTMENT") String fraudType,
            @Schema(description = "Its status (visible cases only).", example = "FILED") String status,
            @Schema(required = true, description = "Whether its type is a recovery kind.") boolean recovery) implements Serializable {
    }

    @Schema(name = "PersonLead", description = "A warning lead about the person; another station's only by id, station and date.")
    public record PersonLead(
            @Schema(required = true, example = "311") long id,
            @Schema(required = true, example = "HT") String stationCode,
            @Schema(required = true, description = "Whether the caller may open it.") boolean visible,
            @Schema(required = true, description = "When it came in (another station's too).") Instant receivedAt,
            @Schema(description = "Its outcome (visible leads only).", enumeration = {"OPEN", "DISSUADED", "ALREADY_DEFRAUDED",
                    "UNREACHABLE"}) String status) implements Serializable {
    }

    /** A person's earlier cases and warnings, as the intake shows them while a victim is typed. */
    public record Prior(List<PersonCase> cases, List<PersonLead> leads, boolean repeatVictim, boolean secondaryFraudRisk)
            implements Serializable {
    }

    /** A victim of a case and their other cases and leads (the case page). */
    public record VictimHistory(String maskedName, List<PersonCase> otherCases, List<PersonLead> leads, boolean repeatVictim,
                                boolean secondaryFraudRisk) implements Serializable {
    }

    @Schema(name = "VictimFigures", description = "Victims of one station in one month.")
    public record VictimFigures(
            @Schema(required = true, example = "HT") String stationCode,
            @Schema(required = true, description = "The Beijing month of the reports.", example = "2026-11") String month,
            @Schema(required = true, minimum = "0", description = "Victims of the cases reported.") long victims,
            @Schema(required = true, minimum = "0", description = "Of them, repeat victims: an earlier case within the repeat period (same "
                    + "ID-card number, or without one the same phone).") long repeatVictims,
            @Schema(required = true, minimum = "0", description = "Of them, aged 60 or over on the day of the report (from the "
                    + "ID-card number's birth date; victims without one are not counted).") long elderlyVictims) implements Serializable {
    }
}
