package cn.gov.wujin.yanghu.fraud.application;

import cn.gov.wujin.yanghu.fraud.domain.LimitCode;
import cn.gov.wujin.yanghu.fraud.domain.ProcedureClock;
import cn.gov.wujin.yanghu.fraud.domain.ProcedureLimit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Duration;
import java.time.Instant;

/**
 * Reads the procedure's numbers where a rule needs them. Read from the table each time, in
 * the caller's transaction: a number ADMIN changed holds at once on every instance (the
 * table is a dozen rows on its primary key).
 */
@ApplicationScoped
public class ProcedureLimits implements ProcedureClock {

    @PersistenceContext
    private EntityManager em;

    public ProcedureLimit of(LimitCode code) {
        ProcedureLimit limit = em.find(ProcedureLimit.class, code.name());
        if (limit == null) {
            throw new IllegalStateException("the reference table procedure_limit has no row " + code);
        }
        return limit;
    }

    /** When the limit ends counted from {@code from}. */
    @Override
    public Instant after(LimitCode code, Instant from) {
        return of(code).after(from);
    }

    /** A limit in hours or days as a duration (the stop-payment's window). */
    public Duration duration(LimitCode code) {
        return of(code).duration();
    }

    /** A count (TIMES) or the plain number of a limit. */
    public int amount(LimitCode code) {
        return of(code).getAmount();
    }
}
