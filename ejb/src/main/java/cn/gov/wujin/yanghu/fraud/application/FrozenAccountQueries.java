package cn.gov.wujin.yanghu.fraud.application;

import cn.gov.wujin.yanghu.fraud.domain.FrozenAccount;
import cn.gov.wujin.yanghu.fraud.domain.ReturnPlan;
import cn.gov.wujin.yanghu.fraud.domain.ReturnShare;
import cn.gov.wujin.yanghu.organization.access.StationScope;
import cn.gov.wujin.yanghu.organization.domain.Roles;
import cn.gov.wujin.yanghu.shared.Masking;
import cn.gov.wujin.yanghu.shared.Page;
import cn.gov.wujin.yanghu.shared.RecordNotFoundException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reading frozen accounts (冻结账户) and their return plans. An account is shown to the staff of
 * every station involved (a case of theirs froze it or sent money to it) and to bureau
 * supervisors; to anyone else it is missing (404). Its sums are read from the freezes and the
 * executed plans in SQL, as the statistics read them.
 */
@Stateless
@RolesAllowed({Roles.OFFICER, Roles.AUXILIARY, Roles.SUPERVISOR})
public class FrozenAccountQueries {

    /** The receiving account of a transfer, as stop_payment keeps it (indexed so). */
    static final String PLAIN_TO_ACCOUNT = "regexp_replace(t.to_account, '\\s', '', 'g')";

    private static final String SUMS = """
            SELECT a.id, a.account, a.bank,
                   (SELECT coalesce(sum(sp.amount_frozen), 0) FROM stop_payment sp
                     WHERE sp.account = a.account AND sp.freeze_status IN ('ACTIVE', 'RENEWED')) AS frozen,
                   (SELECT coalesce(sum(s.amount), 0) FROM return_share s JOIN return_plan p ON p.id = s.return_plan_id
                     WHERE p.frozen_account_id = a.id AND p.status = 'EXECUTED') AS returned,
                   (SELECT min(sp.freeze_expires_at) FROM stop_payment sp
                     WHERE sp.account = a.account AND sp.freeze_status IN ('ACTIVE', 'RENEWED')) AS expires_at,
                   (SELECT count(DISTINCT c.id) FROM fraud_case c WHERE c.id IN (SELECT sp.fraud_case_id FROM stop_payment sp
                     WHERE sp.account = a.account) OR c.id IN (SELECT t.fraud_case_id FROM money_transfer t
                     WHERE %1$s = a.account)) AS cases,
                   (SELECT count(DISTINCT c.station_id) FROM fraud_case c WHERE c.id IN (SELECT sp.fraud_case_id FROM stop_payment sp
                     WHERE sp.account = a.account) OR c.id IN (SELECT t.fraud_case_id FROM money_transfer t
                     WHERE %1$s = a.account)) AS stations
            FROM frozen_account a
            """.formatted(PLAIN_TO_ACCOUNT);

    private static final String INVOLVED = """
            (EXISTS (SELECT 1 FROM stop_payment sp JOIN fraud_case c ON c.id = sp.fraud_case_id
                      WHERE sp.account = a.account AND c.station_id = ?1)
             OR EXISTS (SELECT 1 FROM money_transfer t JOIN fraud_case c ON c.id = t.fraud_case_id
                      WHERE %s = a.account AND c.station_id = ?1))""".formatted(PLAIN_TO_ACCOUNT);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private StationScope scope;

    /**
     * The accounts the caller may see, the first to expire first; with {@code expiringWithinDays},
     * only those whose first freeze in force expires within that many days from now.
     */
    public Page<FrozenAccountRow> list(Integer expiringWithinDays, int first, int size) {
        Long station = scope.stationFilter();
        List<String> where = new ArrayList<>();
        if (station != null) {
            where.add(INVOLVED);
        }
        if (expiringWithinDays != null) {
            where.add("expires_at <= now() + make_interval(days => ?2)");
        }
        String filtered = "SELECT * FROM (" + SUMS + ") a" + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where));
        Query rows = em.createNativeQuery(filtered + " ORDER BY expires_at NULLS LAST, id");
        Query count = em.createNativeQuery("SELECT count(*) FROM (" + filtered + ") f");
        for (Query q : List.of(rows, count)) {
            if (station != null) {
                q.setParameter(1, station);
            }
            if (expiringWithinDays != null) {
                q.setParameter(2, expiringWithinDays);
            }
        }
        @SuppressWarnings("unchecked")
        List<Object[]> found = rows.setFirstResult(Math.max(0, first)).setMaxResults(Page.clampSize(size)).getResultList();
        return new Page<>(found.stream().map(FrozenAccountQueries::row).toList(), ((Number) count.getSingleResult()).longValue());
    }

    /** One account with its victims and rounds. */
    public FrozenAccountView get(long id) {
        FrozenAccount account = visible(id);
        List<FrozenAccountView.Victim> victims = claims(account).stream().map(c -> scope.canSee(c.stationId())
                ? new FrozenAccountView.Victim(c.caseId(), c.caseNumber(), c.stationCode(), true, Masking.personName(c.victimName()),
                text(c.transferred()), text(c.returned()))
                : new FrozenAccountView.Victim(null, c.caseNumber(), c.stationCode(), false, null, null, null)).toList();
        List<FrozenAccountView.PlanSummary> plans = plans(account).stream().map(p -> new FrozenAccountView.PlanSummary(p.getId(),
                p.getRound(), p.getStatus().name(), text(p.getAmount()), p.getNoticeEndsAt())).toList();
        return new FrozenAccountView(sums(account.getId()), victims, plans);
    }

    /** A return plan, as its account's page shows it. */
    public ReturnPlanView plan(long planId) {
        ReturnPlan plan = em.find(ReturnPlan.class, planId);
        if (plan == null) {
            throw new RecordNotFoundException("ReturnPlan", planId);
        }
        visible(plan.getFrozenAccount().getId());
        return view(plan);
    }

    public ReturnPlanView view(ReturnPlan plan) {
        FrozenAccount account = plan.getFrozenAccount();
        List<ReturnPlanView.Share> shares = new ArrayList<>();
        for (ReturnShare s : plan.getShares()) {
            boolean visible = scope.canSee(s.getFraudCase().stationId());
            shares.add(new ReturnPlanView.Share(visible ? s.getFraudCase().getId() : null, s.getFraudCase().getCaseNumber().value(),
                    s.getFraudCase().getStation().getCode(), visible, s.getVictim().getPosition(),
                    visible ? Masking.personName(s.getVictim().getName()) : null, text(s.getTransferred()), text(s.getReturnedBefore()),
                    text(s.getTraced()), text(s.getLoss()), text(s.getProportional()), text(s.getAmount())));
        }
        List<ReturnPlanView.Objection> objections = plan.getObjections().stream().map(o -> new ReturnPlanView.Objection(o.getId(),
                o.getObjector(), o.getText(), o.getRecordedBy(), o.getRecordedAt())).toList();
        return new ReturnPlanView(plan.getId(), account.getId(), Masking.bankAccount(account.getAccount()), account.getBank(),
                plan.getRound(), plan.getStatus().name(), text(plan.getAvailable()), text(plan.getAmount()),
                text(plan.getAvailable().subtract(plan.getAmount())),
                plan.getDraftedBy(), plan.getDraftedAt(), plan.getApprovedBy(), plan.getApprovedAt(), plan.getNoticeEndsAt(),
                plan.getExecutedBy(), plan.getExecutedAt(), shares, objections);
    }

    /** The account when the caller's station is involved in it (or the caller sees all), else 404. */
    public FrozenAccount visible(long id) {
        FrozenAccount account = em.find(FrozenAccount.class, id);
        if (account == null || !involves(account, scope.stationFilter())) {
            throw new RecordNotFoundException("FrozenAccount", id);
        }
        return account;
    }

    private boolean involves(FrozenAccount account, Long station) {
        if (station == null) {
            return true;
        }
        return ((Number) em.createNativeQuery("SELECT count(*) FROM frozen_account a WHERE a.id = ?2 AND " + INVOLVED)
                .setParameter(1, station).setParameter(2, account.getId()).getSingleResult()).longValue() > 0;
    }

    /** The stations of the cases that froze the account or sent money to it. */
    public Set<Long> stationsInvolved(FrozenAccount account) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("SELECT DISTINCT c.station_id FROM fraud_case c WHERE c.id IN (SELECT sp.fraud_case_id "
                + "FROM stop_payment sp WHERE sp.account = ?1) OR c.id IN (SELECT t.fraud_case_id FROM money_transfer t WHERE "
                + PLAIN_TO_ACCOUNT + " = ?1)").setParameter(1, account.getAccount()).getResultList();
        return ids.stream().map(Number::longValue).collect(Collectors.toSet());
    }

    /** A case whose transfers reached the account, with its first victim and what came back to it from the account. */
    public record Claim(long caseId, String caseNumber, long stationId, String stationCode, String victimName, BigDecimal transferred,
                 BigDecimal returned) {
    }

    /** Every case whose transfers reached the account, oldest report first, whoever may see them. */
    public List<Claim> claims(FrozenAccount account) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT c.id, c.case_number, c.station_id, st.code, v.name, sum(t.amount),
                       (SELECT coalesce(sum(s.amount), 0) FROM return_share s JOIN return_plan p ON p.id = s.return_plan_id
                         WHERE p.frozen_account_id = ?2 AND p.status = 'EXECUTED' AND s.fraud_case_id = c.id)
                FROM money_transfer t JOIN fraud_case c ON c.id = t.fraud_case_id JOIN station st ON st.id = c.station_id
                LEFT JOIN fraud_victim v ON v.fraud_case_id = c.id AND v.position = 1
                WHERE %s = ?1
                GROUP BY c.id, c.case_number, c.station_id, st.code, v.name, c.reported_at
                ORDER BY c.reported_at, c.id""".formatted(PLAIN_TO_ACCOUNT))
                .setParameter(1, account.getAccount()).setParameter(2, account.getId()).getResultList();
        return rows.stream().map(r -> new Claim(((Number) r[0]).longValue(), (String) r[1], ((Number) r[2]).longValue(), (String) r[3],
                (String) r[4], money(r[5]), money(r[6]))).toList();
    }

    public List<ReturnPlan> plans(FrozenAccount account) {
        return em.createQuery("SELECT p FROM ReturnPlan p WHERE p.frozenAccount = :account ORDER BY p.round", ReturnPlan.class)
                .setParameter("account", account).getResultList();
    }

    public FrozenAccountRow sums(long accountId) {
        return row(sumsRow(accountId));
    }

    /** What the account still holds: its freezes in force less what executed plans returned, never below 0. */
    public BigDecimal held(long accountId) {
        Object[] r = sumsRow(accountId);
        return held(money(r[3]), money(r[4]));
    }

    private Object[] sumsRow(long accountId) {
        return (Object[]) em.createNativeQuery("SELECT * FROM (" + SUMS + ") a WHERE id = ?1").setParameter(1, accountId)
                .getSingleResult();
    }

    private static FrozenAccountRow row(Object[] r) {
        BigDecimal frozen = money(r[3]);
        BigDecimal returned = money(r[4]);
        return new FrozenAccountRow(((Number) r[0]).longValue(), Masking.bankAccount((String) r[1]), (String) r[2], text(frozen),
                text(returned), text(held(frozen, returned)), instant(r[5]), ((Number) r[6]).longValue(), ((Number) r[7]).longValue());
    }

    private static BigDecimal held(BigDecimal frozen, BigDecimal returned) {
        return frozen.subtract(returned).max(BigDecimal.ZERO).setScale(2);
    }

    /** An amount as the API gives amounts: a decimal string with two decimals. */
    private static String text(BigDecimal amount) {
        return amount.setScale(2).toPlainString();
    }

    private static BigDecimal money(Object value) {
        return (value == null ? BigDecimal.ZERO : (BigDecimal) value).setScale(2);
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        return (Instant) value;
    }
}
