package cn.gov.wujin.yanghu.organization.application;

import cn.gov.wujin.yanghu.audit.AuditAction;
import cn.gov.wujin.yanghu.audit.AuditLog;
import cn.gov.wujin.yanghu.organization.access.Caller;
import cn.gov.wujin.yanghu.organization.access.StationScope;
import cn.gov.wujin.yanghu.organization.domain.Account;
import cn.gov.wujin.yanghu.organization.domain.Roles;
import cn.gov.wujin.yanghu.organization.domain.Totp;
import cn.gov.wujin.yanghu.shared.InvalidInputException;
import cn.gov.wujin.yanghu.shared.RecordNotFoundException;
import cn.gov.wujin.yanghu.shared.RuleViolationException;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A person's second factor: enrolling an authenticator app (TOTP), its recovery codes, checking
 * a code at sign-in, and an administrator's reset. Acceptances are single UPDATE statements, so a
 * code or recovery code is accepted once even when two instances receive it at the same moment.
 */
@Stateless
@PermitAll
public class SecondFactors {

    public static final int RECOVERY_CODE_COUNT = 10;
    private static final String ISSUER = "Yanghu";
    private static final String RECOVERY_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"; // no 0/O, 1/I
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    private EntityManager em;

    @Inject
    private StationScope scope;

    @Inject
    private AuditLog auditLog;

    @Inject
    private SecondFactorPolicies policies;

    @Inject
    private SecurityKeys securityKeys;

    @Inject
    private Event<SecondFactorReset> resets;

    private final Clock clock = Clock.systemUTC();

    /** Whether sign-in asks this account for a second factor. */
    public boolean enrolled(long accountId) {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM totp_factor WHERE account_id = ?1 AND confirmed_at IS NOT NULL")
                .setParameter(1, accountId).getSingleResult()).longValue() > 0 || securityKeys.has(accountId);
    }

    /** The SQL of "a role requires a second factor and none is confirmed", for the account ?1. */
    static final String MUST_ENROL = "(SELECT coalesce(bool_or(p.required), false) FROM account_role r "
            + "JOIN second_factor_policy p ON p.role = r.role WHERE r.account_id = ?1) "
            + "AND NOT EXISTS (SELECT 1 FROM totp_factor f WHERE f.account_id = ?1 AND f.confirmed_at IS NOT NULL) "
            + "AND NOT EXISTS (SELECT 1 FROM security_key k WHERE k.account_id = ?1)";

    /** A role of the account requires a second factor and it has none: it must enrol before anything else. */
    public boolean mustEnrol(long accountId) {
        return Boolean.TRUE.equals(em.createNativeQuery("SELECT " + MUST_ENROL).setParameter(1, accountId).getSingleResult());
    }

    /** One's own factor, and whether a role requires one. */
    @RolesAllowed({Roles.OFFICER, Roles.AUXILIARY, Roles.SUPERVISOR, Roles.LIAISON, Roles.VOLUNTEER, Roles.ADMIN})
    public SecondFactorStatus mine() {
        return statusOf(scope.caller().accountId());
    }

    public SecondFactorStatus statusOf(long accountId) {
        List<?> factor = em.createNativeQuery("SELECT confirmed_at FROM totp_factor WHERE account_id = ?1 AND confirmed_at IS NOT NULL")
                .setParameter(1, accountId).getResultList();
        int left = ((Number) em.createNativeQuery("SELECT count(*) FROM recovery_code WHERE account_id = ?1 AND used_at IS NULL")
                .setParameter(1, accountId).getSingleResult()).intValue();
        Instant confirmed = factor.isEmpty() ? null : toInstant(factor.get(0));
        int keys = ((Number) em.createNativeQuery("SELECT count(*) FROM security_key WHERE account_id = ?1")
                .setParameter(1, accountId).getSingleResult()).intValue();
        return new SecondFactorStatus(!factor.isEmpty(), confirmed, left, policies.requiredFor(accountId), keys);
    }

    /**
     * A new secret for the caller's authenticator app, shown this once. An unconfirmed one is
     * replaced; a confirmed one stays until an administrator resets it (409): a stolen session
     * must not swap the factor.
     */
    @RolesAllowed({Roles.OFFICER, Roles.AUXILIARY, Roles.SUPERVISOR, Roles.LIAISON, Roles.VOLUNTEER, Roles.ADMIN})
    public TotpEnrolment startTotp() {
        Caller caller = scope.caller();
        if (statusOf(caller.accountId()).totp()) {
            throw new RuleViolationException("mfa.alreadyEnrolled");
        }
        byte[] key = new byte[20]; // 160 bits, RFC 4226's recommendation for HMAC-SHA1
        RANDOM.nextBytes(key);
        String secret = Totp.base32(key);
        em.createNativeQuery("DELETE FROM totp_factor WHERE account_id = ?1").setParameter(1, caller.accountId()).executeUpdate();
        em.createNativeQuery("INSERT INTO totp_factor (account_id, secret) VALUES (?1, ?2)")
                .setParameter(1, caller.accountId()).setParameter(2, secret).executeUpdate();
        String label = URLEncoder.encode(ISSUER + ":" + caller.username(), StandardCharsets.UTF_8).replace("+", "%20");
        return new TotpEnrolment(secret, "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + ISSUER
                + "&algorithm=SHA1&digits=" + Totp.DIGITS + "&period=" + Totp.STEP_SECONDS);
    }

    /** A first code proves the app holds the secret: the factor is on, and ten recovery codes are shown once. */
    @RolesAllowed({Roles.OFFICER, Roles.AUXILIARY, Roles.SUPERVISOR, Roles.LIAISON, Roles.VOLUNTEER, Roles.ADMIN})
    public RecoveryCodes confirmTotp(String code) {
        Caller caller = scope.caller();
        if (code == null || !code.strip().matches("[0-9]{6}")) {
            throw new InvalidInputException("code", "mfa.codeWrong");
        }
        List<?> pending = em.createNativeQuery("SELECT secret FROM totp_factor WHERE account_id = ?1 AND confirmed_at IS NULL")
                .setParameter(1, caller.accountId()).getResultList();
        if (pending.isEmpty()) {
            throw new RuleViolationException(statusOf(caller.accountId()).totp() ? "mfa.alreadyEnrolled" : "mfa.noEnrolment");
        }
        Instant now = clock.instant();
        long step = Totp.match(Totp.fromBase32((String) pending.get(0)), code, now, 0);
        if (step < 0) {
            throw new InvalidInputException("code", "mfa.codeWrong");
        }
        em.createNativeQuery("UPDATE totp_factor SET confirmed_at = ?1, last_step = ?2 WHERE account_id = ?3")
                .setParameter(1, Timestamp.from(now)).setParameter(2, step).setParameter(3, caller.accountId()).executeUpdate();
        em.createNativeQuery("DELETE FROM recovery_code WHERE account_id = ?1").setParameter(1, caller.accountId()).executeUpdate();
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODE_COUNT; i++) {
            String recovery = recoveryCode();
            codes.add(recovery);
            em.createNativeQuery("INSERT INTO recovery_code (account_id, code_hash) VALUES (?1, ?2)")
                    .setParameter(1, caller.accountId()).setParameter(2, ApiTokenService.hash(normalised(recovery))).executeUpdate();
        }
        auditLog.record(AuditAction.SECOND_FACTOR_ENROLLED, "Account", caller.accountId(), caller.stationId(), "TOTP");
        return new RecoveryCodes(List.copyOf(codes));
    }

    /**
     * Accepts a code from the app (each step once) or an unused recovery code (then used up).
     * Joins the sign-in's transaction.
     */
    public boolean check(long accountId, String code) {
        if (code == null || code.isBlank() || code.length() > 20) {
            return false;
        }
        String typed = code.replace(" ", "").strip();
        if (typed.length() == Totp.DIGITS && typed.chars().allMatch(Character::isDigit)) {
            List<?> factor = em.createNativeQuery("SELECT secret, last_step FROM totp_factor WHERE account_id = ?1 "
                    + "AND confirmed_at IS NOT NULL").setParameter(1, accountId).getResultList();
            if (factor.isEmpty()) {
                return false;
            }
            Object[] row = (Object[]) factor.get(0);
            long step = Totp.match(Totp.fromBase32((String) row[0]), typed, clock.instant(), ((Number) row[1]).longValue());
            // the row decides, not what was read: of two requests with one code, one moves last_step
            return step >= 0 && em.createNativeQuery("UPDATE totp_factor SET last_step = ?1 WHERE account_id = ?2 AND last_step < ?1")
                    .setParameter(1, step).setParameter(2, accountId).executeUpdate() == 1;
        }
        return em.createNativeQuery("UPDATE recovery_code SET used_at = now() WHERE account_id = ?1 AND code_hash = ?2 AND used_at IS NULL")
                .setParameter(1, accountId).setParameter(2, ApiTokenService.hash(normalised(typed))).executeUpdate() == 1;
    }

    /** An administrator removes a person's factor (a lost phone): they sign in with the password and enrol again. */
    @RolesAllowed(Roles.ADMIN)
    public void reset(long accountId) {
        Account account = em.find(Account.class, accountId);
        if (account == null) {
            throw new RecordNotFoundException("Account", accountId);
        }
        em.createNativeQuery("DELETE FROM totp_factor WHERE account_id = ?1").setParameter(1, accountId).executeUpdate();
        em.createNativeQuery("DELETE FROM recovery_code WHERE account_id = ?1").setParameter(1, accountId).executeUpdate();
        em.createNativeQuery("DELETE FROM security_key WHERE account_id = ?1").setParameter(1, accountId).executeUpdate();
        auditLog.record(AuditAction.SECOND_FACTOR_RESET, "Account", accountId, account.stationId(), account.getUsername());
        resets.fire(new SecondFactorReset(accountId, account.getUsername(), scope.caller().username()));
    }

    private static String recoveryCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            if (i == 5) {
                code.append('-');
            }
            code.append(RECOVERY_ALPHABET.charAt(RANDOM.nextInt(RECOVERY_ALPHABET.length())));
        }
        return code.toString();
    }

    private static String normalised(String recovery) {
        return recovery.replace("-", "").replace(" ", "").toUpperCase(Locale.ROOT);
    }

    private static Instant toInstant(Object value) {
        return value instanceof Timestamp t ? t.toInstant() : value instanceof java.time.OffsetDateTime o ? o.toInstant() : (Instant) value;
    }
}
