package cn.gov.wujin.yanghu.organization.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.util.concurrent.atomic.AtomicLong;

/**
 * This instance's own commits that change what an API token speaks for (a token revoked, a
 * session ended, an account deactivated or its roles changed, a second-factor duty), counted
 * as they commit. The token check of this instance compares the count on every request, so the
 * request after a revocation here is refused for certain; PostgreSQL's announcement, which tells
 * every instance, arrives a moment later and cannot promise that.
 */
@ApplicationScoped
public class IdentityWrites {

    private final AtomicLong committed = new AtomicLong();

    @Resource
    private TransactionSynchronizationRegistry transaction;

    /** Notes that the current transaction changes identity: counted when, and only if, it commits. */
    public void inThisTransaction() {
        if (transaction.getTransactionStatus() != Status.STATUS_ACTIVE || transaction.getResource(IdentityWrites.class) != null) {
            return; // none, or one that will roll back: it changes nothing
        }
        transaction.putResource(IdentityWrites.class, Boolean.TRUE);
        transaction.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing to do before
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    committed.incrementAndGet();
                }
            }
        });
    }

    /** How many such commits this instance has made: a token check compares it before trusting what it kept. */
    public long committed() {
        return committed.get();
    }
}
