package cn.gov.wujin.yanghu.organization.application;

import cn.gov.wujin.yanghu.audit.AuditAction;
import cn.gov.wujin.yanghu.audit.AuditLog;
import cn.gov.wujin.yanghu.organization.domain.Account;
import cn.gov.wujin.yanghu.organization.domain.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Checks passwords and keeps the lockout rule: five failed logins within fifteen minutes
 * lock the account for fifteen minutes (or until an administrator unlocks it). The counters
 * change by single UPDATE statements, so attempts arriving at several server instances at
 * once are all counted.
 */
@Stateless
@PermitAll
public class AuthenticationService {

    public static final int MAX_FAILURES = 5;
    public static final Duration FAILURE_WINDOW = Duration.ofMinutes(15);
    public static final Duration LOCK_DURATION = Duration.ofMinutes(15);

    private static final String COUNT_FAILURE = """
            UPDATE account SET
              failed_login_count = CASE WHEN first_failed_login_at IS NULL OR first_failed_login_at < ?1
                                        THEN 1 ELSE failed_login_count + 1 END,
              first_failed_login_at = CASE WHEN first_failed_login_at IS NULL OR first_failed_login_at < ?1
                                        THEN ?2 ELSE first_failed_login_at END,
              locked_until = CASE WHEN (CASE WHEN first_failed_login_at IS NULL OR first_failed_login_at < ?1
                                             THEN 1 ELSE failed_login_count + 1 END) >= ?4
                                  THEN ?3 ELSE locked_until END
            WHERE id = ?5""";

    private static final String RECORD_SUCCESS = "UPDATE account SET failed_login_count = 0, "
            + "first_failed_login_at = NULL, locked_until = NULL, last_login_at = ?1 WHERE id = ?2";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Passwords passwords;

    @Inject
    private AuditLog auditLog;

    @Inject
    private Event<AccountLocked> locks;

    @Inject
    private SecondFactors secondFactors;

    @Inject
    private SecurityKeys securityKeys;

    private final Clock clock = Clock.systemUTC();

    /** Runs in its own transaction: a failed attempt is counted even when the caller's work rolls back. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public LoginResult verify(String username, String password) {
        String name = username == null ? "" : username.trim().toLowerCase();
        List<Account> found = em.createNamedQuery("Account.byUsername", Account.class)
                .setParameter("username", name).getResultList();
        Instant now = clock.instant();
        if (found.isEmpty()) {
            passwords.verifyDecoy(password);
            auditLog.recordAs(name, AuditAction.LOGIN_FAILED, "Account", null, null, "unknown username");
            return LoginResult.invalid();
        }
        Account account = found.get(0);
        if (account.isLockedAt(now)) {
            auditLog.recordAs(name, AuditAction.LOGIN_FAILED, "Account", account.getId(), account.stationId(), "locked");
            return new LoginResult(LoginResult.Outcome.LOCKED, null, java.util.Set.of(), account.getLockedUntil());
        }
        if (!passwords.matches(password, account.getPasswordHash())) {
            return countFailure(account, now, "wrong password");
        }
        if (!account.isActive()) {
            auditLog.recordAs(name, AuditAction.LOGIN_FAILED, "Account", account.getId(), account.stationId(), "inactive");
            return LoginResult.invalid();
        }
        if (secondFactors.enrolled(account.getId())) {
            // the failures counted so far stand until the second factor is right too
            return new LoginResult(LoginResult.Outcome.SECOND_FACTOR_REQUIRED, account.getUsername(), java.util.Set.of(), null);
        }
        return succeed(account, now);
    }

    /**
     * The second step of a sign-in whose password was right ({@link #verify} answered
     * SECOND_FACTOR_REQUIRED): a code from the app or a recovery code. A wrong one counts
     * towards the lockout like a wrong password.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public LoginResult verifySecondFactor(String username, String code) {
        return secondStep(username, account -> secondFactors.check(account.getId(), code), "wrong second factor");
    }

    /** The second step with a security key: the browser's answer to this account's sign-in challenge (WebAuthn). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public LoginResult verifySecurityKey(String username, String response, String origin, String rpId) {
        return secondStep(username, account -> securityKeys.check(account.getId(), response, origin, rpId), "security key refused");
    }

    /** A second step for an active, unlocked account: its failure counts towards the lockout like a wrong password. */
    private LoginResult secondStep(String username, Predicate<Account> passes, String failure) {
        String name = username == null ? "" : username.trim().toLowerCase();
        List<Account> found = em.createNamedQuery("Account.byUsername", Account.class)
                .setParameter("username", name).getResultList();
        if (found.isEmpty() || !found.get(0).isActive()) {
            return LoginResult.invalid();
        }
        Account account = found.get(0);
        Instant now = clock.instant();
        if (account.isLockedAt(now)) {
            auditLog.recordAs(name, AuditAction.LOGIN_FAILED, "Account", account.getId(), account.stationId(), "locked");
            return new LoginResult(LoginResult.Outcome.LOCKED, null, java.util.Set.of(), account.getLockedUntil());
        }
        if (!passes.test(account)) {
            return countFailure(account, now, failure);
        }
        return succeed(account, now);
    }

    private LoginResult succeed(Account account, Instant now) {
        String name = account.getUsername();
        em.createNativeQuery(RECORD_SUCCESS).setParameter(1, Timestamp.from(now)).setParameter(2, account.getId())
                .executeUpdate();
        auditLog.recordAs(name, AuditAction.LOGIN, "Account", account.getId(), account.stationId(), null);
        return new LoginResult(LoginResult.Outcome.SUCCESS, account.getUsername(),
                account.getRoles().stream().map(Enum::name).collect(Collectors.toSet()), null);
    }

    private LoginResult countFailure(Account account, Instant now, String why) {
        Instant lockUntil = now.plus(LOCK_DURATION);
        em.createNativeQuery(COUNT_FAILURE)
                .setParameter(1, Timestamp.from(now.minus(FAILURE_WINDOW)))
                .setParameter(2, Timestamp.from(now))
                .setParameter(3, Timestamp.from(lockUntil))
                .setParameter(4, MAX_FAILURES)
                .setParameter(5, account.getId())
                .executeUpdate();
        Object[] state = (Object[]) em.createNativeQuery("SELECT locked_until, first_failed_login_at FROM account WHERE id = ?1")
                .setParameter(1, account.getId()).getSingleResult();
        auditLog.recordAs(account.getUsername(), AuditAction.LOGIN_FAILED, "Account", account.getId(),
                account.stationId(), why);
        if (state[0] instanceof Timestamp until && until.toInstant().isAfter(now)) {
            auditLog.recordAs(account.getUsername(), AuditAction.ACCOUNT_LOCKED, "Account", account.getId(),
                    account.stationId(), MAX_FAILURES + " failed logins");
            // in this transaction, which commits although the login fails: the lock and its news together
            locks.fire(new AccountLocked(account.getId(), account.getUsername(), account.getDisplayName(), account.stationId(),
                    until.toInstant(), state[1] instanceof Timestamp since ? since.toInstant() : now));
            return new LoginResult(LoginResult.Outcome.LOCKED, null, java.util.Set.of(), until.toInstant());
        }
        return LoginResult.invalid();
    }

    /** Lifts a lock and forgets earlier failures (administrators, through {@link AccountService}). */
    @RolesAllowed(Roles.ADMIN)
    public void unlock(Account account) {
        em.createNativeQuery("UPDATE account SET failed_login_count = 0, first_failed_login_at = NULL, "
                + "locked_until = NULL WHERE id = ?1").setParameter(1, account.getId()).executeUpdate();
        auditLog.record(AuditAction.ACCOUNT_UNLOCKED, "Account", account.getId(), account.stationId(), account.getUsername());
    }
}
