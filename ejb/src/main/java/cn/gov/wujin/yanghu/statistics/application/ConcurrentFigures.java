package cn.gov.wujin.yanghu.statistics.application;

import cn.gov.wujin.yanghu.organization.domain.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.AsyncResult;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * The dashboard's figures fetched side by side: each method runs in its own container thread
 * and transaction, as the caller (the EJB container carries the caller's identity), so a page
 * waits for its slowest figure rather than for the sum of them.
 */
@Stateless
@RolesAllowed(Roles.SUPERVISOR)
public class ConcurrentFigures {

    @Inject
    private FraudStatistics fraud;

    @Inject
    private PatrolStatistics patrol;

    @Inject
    private LiaisonStatistics liaison;

    @Asynchronous
    public Future<List<FraudFigures>> fraud(LocalDate from, LocalDate to, String station, String groupBy) {
        return new AsyncResult<>(fraud.fraud(from, to, station, groupBy));
    }

    @Asynchronous
    public Future<Breakdown<WarningFigures>> warnings(LocalDate from, LocalDate to, String station, String groupBy) {
        return new AsyncResult<>(fraud.warnings(from, to, station, groupBy));
    }

    @Asynchronous
    public Future<PatrolReport> patrol(LocalDate from, LocalDate to, String station, String groupBy) {
        return new AsyncResult<>(patrol.patrol(from, to, station, groupBy));
    }

    @Asynchronous
    public Future<Breakdown<LiaisonFigures>> liaison(LocalDate from, LocalDate to, String station) {
        return new AsyncResult<>(liaison.liaison(from, to, station));
    }

    /** The figures of a future, with the refusal that stopped them (bad input, no access) as it was thrown. */
    public static <T> T await(Future<T> figures) {
        try {
            return figures.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EJBException(e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() instanceof EJBException ejb && ejb.getCause() != null ? ejb.getCause() : e.getCause();
            throw cause instanceof RuntimeException runtime ? runtime : new EJBException(e);
        }
    }
}
