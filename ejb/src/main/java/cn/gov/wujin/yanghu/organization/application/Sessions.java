package cn.gov.wujin.yanghu.organization.application;

import cn.gov.wujin.yanghu.audit.AuditAction;
import cn.gov.wujin.yanghu.audit.AuditLog;
import cn.gov.wujin.yanghu.organization.access.Caller;
import cn.gov.wujin.yanghu.organization.access.StationScope;
import cn.gov.wujin.yanghu.organization.domain.Account;
import cn.gov.wujin.yanghu.organization.domain.Roles;
import cn.gov.wujin.yanghu.shared.RecordNotFoundException;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Signed-in browsers, kept in the database so that every instance knows which are open: the
 * HTTP session holds a random key, each page request finds its row by the key's hash (a unique
 * index) and is refused once the row is ended, whichever instance ended it. Also each person's
 * view of their open sessions and API tokens, and ending them.
 */
@Stateless
@PermitAll
public class Sessions {

    /** A browser's session ends after this long idle (web.xml's session-timeout). */
    public static final Duration IDLE_LIMIT = Duration.ofMinutes(30);
    /** last_seen_at is written at most this often: a read per request, a write per minute. */
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    private EntityManager em;

    @Inject
    private StationScope scope;

    @Inject
    private AuditLog auditLog;

    /** A browser signed in: its row, and the key its HTTP session keeps. */
    public String start(String username, String userAgent, String clientAddress) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String key = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        em.createNativeQuery("INSERT INTO web_session (account_id, key_hash, user_agent, client_address) "
                        + "SELECT id, ?2, ?3, ?4 FROM account WHERE username = ?1")
                .setParameter(1, username).setParameter(2, ApiTokenService.hash(key))
                .setParameter(3, ClientInfo.clip(userAgent, 300)).setParameter(4, ClientInfo.clip(clientAddress, 64)).executeUpdate();
        return key;
    }

    /** The account whose open session has this key, if any; notes the use at most once a minute. */
    public Optional<Long> open(String key) {
        if (key == null) {
            return Optional.empty();
        }
        String hash = ApiTokenService.hash(key);
        List<?> found = em.createNativeQuery("SELECT account_id, last_seen_at FROM web_session WHERE key_hash = ?1 AND ended_at IS NULL")
                .setParameter(1, hash).getResultList();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = (Object[]) found.get(0);
        if (instant(row[1]).isBefore(Instant.now().minus(TOUCH_EVERY))) {
            em.createNativeQuery("UPDATE web_session SET last_seen_at = now() WHERE key_hash = ?1").setParameter(1, hash).executeUpdate();
        }
        return Optional.of(((Number) row[0]).longValue());
    }

    /** The HTTP session ended (signed out, or timed out on its instance): so does its row. */
    public void expire(String key) {
        if (key != null) {
            em.createNativeQuery("UPDATE web_session SET ended_at = now() WHERE key_hash = ?1 AND ended_at IS NULL")
                    .setParameter(1, ApiTokenService.hash(key)).executeUpdate();
        }
    }

    /** The caller's open browsers and API tokens, the newest use first; the request's own is marked current. */
    @RolesAllowed({Roles.OFFICER, Roles.AUXILIARY, Roles.SUPERVISOR, Roles.LIAISON, Roles.VOLUNTEER, Roles.ADMIN})
    public List<SessionView> mine(String currentSessionKey, String currentToken) {
        long account = scope.caller().accountId();
        String sessionHash = currentSessionKey == null ? "" : ApiTokenService.hash(currentSessionKey);
        String tokenHash = currentToken == null ? "" : ApiTokenService.hash(currentToken);
        List<SessionView> open = new ArrayList<>();
        for (Object o : em.createNativeQuery("SELECT id, user_agent, client_address, started_at, last_seen_at, key_hash "
                + "FROM web_session WHERE account_id = ?1 AND ended_at IS NULL AND last_seen_at > ?2")
                .setParameter(1, account).setParameter(2, Timestamp.from(Instant.now().minus(IDLE_LIMIT))).getResultList()) {
            Object[] r = (Object[]) o;
            Instant lastSeen = instant(r[4]);
            open.add(new SessionView("WEB", ((Number) r[0]).longValue(), Devices.describe((String) r[1]), (String) r[2], instant(r[3]),
                    lastSeen, lastSeen.plus(IDLE_LIMIT), sessionHash.equals(r[5])));
        }
        for (Object o : em.createNativeQuery("SELECT id, user_agent, client_address, created_at, last_used_at, expires_at, token_hash "
                + "FROM api_token WHERE account_id = ?1 AND revoked_at IS NULL AND expires_at > now()")
                .setParameter(1, account).getResultList()) {
            Object[] r = (Object[]) o;
            open.add(new SessionView("API_TOKEN", ((Number) r[0]).longValue(), Devices.describe((String) r[1]), (String) r[2],
                    instant(r[3]), r[4] == null ? null : instant(r[4]), instant(r[5]), tokenHash.equals(r[6])));
        }
        open.sort(Comparator.comparing((SessionView s) -> s.lastUsedAt() == null ? s.startedAt() : s.lastUsedAt()).reversed());
        return open;
    }

    /** Ends one of the caller's browsers: its next request, on any instance, goes to the login page. */
    @RolesAllowed({Roles.OFFICER, Roles.AUXILIARY, Roles.SUPERVISOR, Roles.LIAISON, Roles.VOLUNTEER, Roles.ADMIN})
    public void endMine(long sessionId) {
        Caller caller = scope.caller();
        int ended = em.createNativeQuery("UPDATE web_session SET ended_at = now() WHERE id = ?1 AND account_id = ?2 AND ended_at IS NULL")
                .setParameter(1, sessionId).setParameter(2, caller.accountId()).executeUpdate();
        if (ended == 0) {
            throw new RecordNotFoundException("WebSession", sessionId);
        }
        auditLog.record(AuditAction.SESSION_ENDED, "Account", caller.accountId(), caller.stationId(), "web session " + sessionId);
    }

    /** Revokes one of the caller's API tokens (another device's): refused from its next request on. */
    @RolesAllowed({Roles.OFFICER, Roles.AUXILIARY, Roles.SUPERVISOR, Roles.LIAISON, Roles.VOLUNTEER, Roles.ADMIN})
    public void revokeMine(long tokenId) {
        Caller caller = scope.caller();
        int revoked = em.createNativeQuery("UPDATE api_token SET revoked_at = now() WHERE id = ?1 AND account_id = ?2 "
                        + "AND revoked_at IS NULL AND expires_at > now()")
                .setParameter(1, tokenId).setParameter(2, caller.accountId()).executeUpdate();
        if (revoked == 0) {
            throw new RecordNotFoundException("ApiToken", tokenId);
        }
        auditLog.record(AuditAction.TOKEN_REVOKED, "Account", caller.accountId(), caller.stationId(), "token " + tokenId);
    }

    /** An administrator ends every browser and token of a person (a stolen phone, someone leaving). */
    @RolesAllowed(Roles.ADMIN)
    public void endAll(long accountId) {
        Account account = em.find(Account.class, accountId);
        if (account == null) {
            throw new RecordNotFoundException("Account", accountId);
        }
        int sessions = em.createNativeQuery("UPDATE web_session SET ended_at = now() WHERE account_id = ?1 AND ended_at IS NULL")
                .setParameter(1, accountId).executeUpdate();
        int tokens = em.createNativeQuery("UPDATE api_token SET revoked_at = now() WHERE account_id = ?1 AND revoked_at IS NULL "
                + "AND expires_at > now()").setParameter(1, accountId).executeUpdate();
        auditLog.record(AuditAction.SESSION_ENDED, "Account", accountId, account.stationId(),
                account.getUsername() + ": " + sessions + " web sessions, " + tokens + " tokens");
    }

    private static Instant instant(Object value) {
        return value instanceof Timestamp t ? t.toInstant() : value instanceof OffsetDateTime o ? o.toInstant() : (Instant) value;
    }
}
