package cn.gov.wujin.yanghu.fraud.application;

import cn.gov.wujin.yanghu.shared.LinkKeys;
import cn.gov.wujin.yanghu.fraud.domain.CaseAction;
import cn.gov.wujin.yanghu.fraud.domain.CaseStatus;
import cn.gov.wujin.yanghu.fraud.domain.FraudCase;
import cn.gov.wujin.yanghu.fraud.domain.StopPayment;
import cn.gov.wujin.yanghu.shared.BureauTime;
import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The case list's work queues: each one is a condition on the cases, defined here once and used
 * both by the list (its page and its total) and by the count on a home page. The station scope
 * and the other filters of {@link CaseFilter} apply on top. A queue lists the most urgent first
 * (the nearest due date).
 */
public enum CaseQueue {

    /** Cases whose next step needs a supervisor ({@link CaseAction#awaitingSupervisor()}): the head's approvals. */
    AWAITING_DECISION("awaiting-decision") {
        @Override
        Predicate where(CriteriaBuilder cb, AbstractQuery<?> query, Root<FraudCase> c, Instant now, Duration stopWindow) {
            return c.get("status").in(statuses());
        }

        @Override
        public Set<CaseStatus> statuses() {
            return CaseAction.awaitingSupervisor();
        }
    },

    /** Due by the end of today (Beijing), the overdue ones included. */
    DUE("due") {
        @Override
        Predicate where(CriteriaBuilder cb, AbstractQuery<?> query, Root<FraudCase> c, Instant now, Duration stopWindow) {
            Instant tomorrow = LocalDate.ofInstant(now, BureauTime.ZONE).plusDays(1).atStartOfDay(BureauTime.ZONE).toInstant();
            return cb.lessThan(c.get("dueAt"), tomorrow);
        }
    },

    /** Past the due date of their next step. */
    OVERDUE("overdue") {
        @Override
        Predicate where(CriteriaBuilder cb, AbstractQuery<?> query, Root<FraudCase> c, Instant now, Duration stopWindow) {
            return cb.lessThan(c.get("dueAt"), now);
        }
    },

    /**
     * With a stop-payment whose 48-hour window ends within {@link #STOP_PAYMENT_WARNING}: money that
     * must be frozen now or is released. A stop-payment that stopped nothing has nothing to freeze.
     */
    STOP_PAYMENT_ENDING("stop-payment-ending") {
        @Override
        Predicate where(CriteriaBuilder cb, AbstractQuery<?> query, Root<FraudCase> c, Instant now, Duration stopWindow) {
            Subquery<Long> s = query.subquery(Long.class);
            Root<StopPayment> sp = s.from(StopPayment.class);
            // StopPayment.windowEndsAt(): STOP_PAYMENT_HOURS from the stop, or from the request while the bank has not answered.
            // Written as two ranges rather than over coalesce(): each attribute keeps its converter and its index.
            Instant from = now.minus(stopWindow);
            Instant to = from.plus(STOP_PAYMENT_WARNING);
            Expression<Instant> stopped = sp.get("stoppedAt");
            Expression<Instant> requested = sp.get("requestedAt");
            Predicate window = cb.or(cb.and(cb.greaterThan(stopped, from), cb.lessThanOrEqualTo(stopped, to)),
                    cb.and(cb.isNull(stopped), cb.greaterThan(requested, from), cb.lessThanOrEqualTo(requested, to)));
            s.select(sp.get("id")).where(cb.equal(sp.get("fraudCase"), c), cb.isNull(sp.get("frozenAt")),
                    cb.or(cb.isNull(sp.get("amountStopped")), cb.greaterThan(sp.<BigDecimal>get("amountStopped"), BigDecimal.ZERO)), window);
            return cb.exists(s);
        }

        @Override
        public boolean hasDeadline() {
            return false;
        }
    };

    /** How long before a stop-payment's window ends its case joins {@link #STOP_PAYMENT_ENDING}. */
    public static final Duration STOP_PAYMENT_WARNING = Duration.ofHours(6);

    private final String key;

    CaseQueue(String key) {
        this.key = key;
    }

    /** The queue's name in links and in the API ({@code ?queue=awaiting-decision}). */
    public String key() {
        return key;
    }

    public static Optional<CaseQueue> byKey(String key) {
        return LinkKeys.find(values(), CaseQueue::key, key).or(() -> LinkKeys.find(values(), q -> q.name().toLowerCase(Locale.ROOT), key));
    }

    /** The condition on a case of the query (a subquery may hang from it). */
    abstract Predicate where(CriteriaBuilder cb, AbstractQuery<?> query, Root<FraudCase> c, Instant now, Duration stopWindow);

    /** The statuses the queue is made of when that is all it asks (then its total is a sum of the tally); null otherwise. */
    public Set<CaseStatus> statuses() {
        return null;
    }

    /** Whether a case's due date says "overdue" here (for the stop-payments the window matters, not the case's step). */
    public boolean hasDeadline() {
        return true;
    }
}
