package cn.gov.wujin.yanghu.organization.application;

import cn.gov.wujin.yanghu.audit.AuditAction;
import cn.gov.wujin.yanghu.audit.AuditLog;
import cn.gov.wujin.yanghu.organization.access.Caller;
import cn.gov.wujin.yanghu.organization.domain.Account;
import cn.gov.wujin.yanghu.organization.domain.ApiToken;
import cn.gov.wujin.yanghu.organization.domain.Role;
import cn.gov.wujin.yanghu.shared.ScheduledRuns;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Bearer tokens for the REST API: random, opaque, stored as SHA-256 in the database so that
 * every server instance accepts every token and a logout revokes it everywhere.
 */
@Stateless
@PermitAll
public class ApiTokenService {

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ScheduledRuns runs;

    @Inject
    private AuthenticationService authentication;

    @Inject
    private AuditLog auditLog;

    @Inject
    @ConfigProperty(name = "yanghu.api.token-minutes", defaultValue = "480")
    private long tokenMinutes;

    /** Checks the password (with the lockout rule) and issues a token. */
    public IssuedToken issue(String username, String password) {
        return issue(username, password, null, null, null);
    }

    /**
     * Checks the password and, when the account has a second factor, the code sent with it (both
     * with the lockout rule), and issues a token noting the client it was issued to.
     */
    public IssuedToken issue(String username, String password, String otp, String userAgent, String clientAddress) {
        LoginResult result = authentication.verify(username, password);
        if (result.outcome() == LoginResult.Outcome.SECOND_FACTOR_REQUIRED && otp != null && !otp.isBlank()) {
            result = authentication.verifySecondFactor(result.username(), otp);
        }
        if (!result.succeeded()) {
            throw new AuthenticationFailedException(result.outcome());
        }
        Account account = em.createNamedQuery("Account.byUsername", Account.class)
                .setParameter("username", result.username()).getSingleResult();
        // a handed-out password is changed on the web first (FirstSignIn)
        FirstSignIn.refuseTokenBeforeTheChange(account);
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant now = Instant.now();
        ApiToken stored = new ApiToken(hash(token), account, now, now.plus(Duration.ofMinutes(tokenMinutes)));
        stored.issuedTo(ClientInfo.clip(userAgent, 300), ClientInfo.clip(clientAddress, 64));
        em.persist(stored);
        auditLog.recordAs(account.getUsername(), AuditAction.TOKEN_ISSUED, "Account", account.getId(), account.stationId(), null);
        return new IssuedToken(token, stored.getExpiresAt());
    }

    /**
     * The owner of a valid, unexpired, unrevoked token of an active account. Every API request
     * that its instance has not checked in the last seconds passes here, so it is one indexed
     * read of plain columns, outside a transaction.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<TokenOwner> owner(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        // the token's last use is noted at most once a minute, in the same statement (its owner sees it among their sessions)
        List<?> found = em.createNativeQuery("WITH used AS (UPDATE api_token SET last_used_at = now() WHERE token_hash = ?1 "
                        + "AND revoked_at IS NULL AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute')) "
                        + "SELECT a.id, a.username, a.display_name, a.station_id, "
                        + "(SELECT string_agg(r.role, ',') FROM account_role r WHERE r.account_id = a.id), "
                        + SecondFactors.MUST_ENROL.replace("?1", "a.id") + " "
                        + "FROM api_token t JOIN account a ON a.id = t.account_id "
                        + "WHERE t.token_hash = ?1 AND t.revoked_at IS NULL AND t.expires_at > now() AND a.active")
                .setParameter(1, hash(token)).getResultList();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = (Object[]) found.get(0);
        Set<Role> roles = row[4] == null ? Set.of()
                : Arrays.stream(((String) row[4]).split(",")).map(Role::valueOf).collect(Collectors.toUnmodifiableSet());
        Caller caller = new Caller(((Number) row[0]).longValue(), (String) row[1], (String) row[2],
                row[3] == null ? null : ((Number) row[3]).longValue(), roles);
        return Optional.of(new TokenOwner(caller, new AccountIdentity(caller.username(),
                roles.stream().map(Enum::name).collect(Collectors.toUnmodifiableSet()), Boolean.TRUE.equals(row[5]))));
    }

    public void revoke(String token) {
        List<ApiToken> found = em.createNamedQuery("ApiToken.valid", ApiToken.class)
                .setParameter("hash", hash(token)).setParameter("now", Instant.now()).getResultList();
        for (ApiToken t : found) {
            t.revoke(Instant.now());
            Account account = t.getAccount();
            auditLog.recordAs(account.getUsername(), AuditAction.TOKEN_REVOKED, "Account", account.getId(), account.stationId(), null);
        }
    }

    /** Drops tokens a day after they expired, once an hour across the deployment group. */
    @Schedule(hour = "*", minute = "17", persistent = false)
    void purgeExpired() {
        runs.once("api-token-purge", Duration.ofHours(1), () -> em.createNamedQuery("ApiToken.purge")
                .setParameter("before", Instant.now().minus(Duration.ofDays(1))).executeUpdate() + " tokens dropped");
    }

    /** The token as the table keeps it (SHA-256, hex). */
    public static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
