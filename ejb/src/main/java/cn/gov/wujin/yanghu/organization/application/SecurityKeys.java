package cn.gov.wujin.yanghu.organization.application;

import cn.gov.wujin.yanghu.audit.AuditAction;
import cn.gov.wujin.yanghu.audit.AuditLog;
import cn.gov.wujin.yanghu.organization.access.Caller;
import cn.gov.wujin.yanghu.organization.access.StationScope;
import cn.gov.wujin.yanghu.organization.domain.Roles;
import cn.gov.wujin.yanghu.shared.InvalidInputException;
import com.webauthn4j.WebAuthnManager;
import com.webauthn4j.converter.AttestedCredentialDataConverter;
import com.webauthn4j.converter.exception.DataConversionException;
import com.webauthn4j.converter.util.ObjectConverter;
import com.webauthn4j.credential.CredentialRecordImpl;
import com.webauthn4j.data.AuthenticationData;
import com.webauthn4j.data.AuthenticationParameters;
import com.webauthn4j.data.PublicKeyCredentialParameters;
import com.webauthn4j.data.PublicKeyCredentialType;
import com.webauthn4j.data.RegistrationData;
import com.webauthn4j.data.RegistrationParameters;
import com.webauthn4j.data.attestation.authenticator.AttestedCredentialData;
import com.webauthn4j.data.attestation.statement.COSEAlgorithmIdentifier;
import com.webauthn4j.data.attestation.statement.NoneAttestationStatement;
import com.webauthn4j.data.client.Origin;
import com.webauthn4j.data.client.challenge.DefaultChallenge;
import com.webauthn4j.server.ServerProperty;
import com.webauthn4j.verifier.exception.VerificationException;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.nio.ByteBuffer;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * WebAuthn security keys and platform authenticators (webauthn4j): registering one, and checking
 * one at sign-in. Each ceremony's challenge is a row taken once by DELETE, so the browser's answer
 * may reach any instance, and a replayed answer finds no challenge.
 */
@Stateless
@PermitAll
public class SecurityKeys {

    /** How long a page's challenge stays good: the time to touch the key. */
    static final Duration CHALLENGE_LIFE = Duration.ofMinutes(5);
    private static final Logger LOG = Logger.getLogger(SecurityKeys.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    /** webauthn4j, loaded at the first ceremony only: listing keys and making challenges do without it. */
    private static final class WebAuthn {
        static final ObjectConverter CONVERTER = new ObjectConverter();
        // no attestation trust anchors: the bureau accepts any key its staff register while signed in
        static final WebAuthnManager MANAGER = WebAuthnManager.createNonStrictWebAuthnManager(CONVERTER);
        static final List<PublicKeyCredentialParameters> ALGORITHMS = List.of(
                new PublicKeyCredentialParameters(PublicKeyCredentialType.PUBLIC_KEY, COSEAlgorithmIdentifier.ES256),
                new PublicKeyCredentialParameters(PublicKeyCredentialType.PUBLIC_KEY, COSEAlgorithmIdentifier.RS256),
                new PublicKeyCredentialParameters(PublicKeyCredentialType.PUBLIC_KEY, COSEAlgorithmIdentifier.EdDSA));

        private WebAuthn() {
        }
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private StationScope scope;

    @Inject
    private AuditLog auditLog;

    /** Whether the account has a key to sign in with. */
    public boolean has(long accountId) {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM security_key WHERE account_id = ?1").setParameter(1, accountId)
                .getSingleResult()).longValue() > 0;
    }

    @RolesAllowed({Roles.OFFICER, Roles.AUXILIARY, Roles.SUPERVISOR, Roles.LIAISON, Roles.VOLUNTEER, Roles.ADMIN})
    public List<KeyView> mine() {
        return em.createNativeQuery("SELECT id, name, created_at, last_used_at FROM security_key WHERE account_id = ?1 ORDER BY id")
                .setParameter(1, scope.caller().accountId()).getResultStream().map(o -> {
                    Object[] r = (Object[]) o;
                    return new KeyView(((Number) r[0]).longValue(), (String) r[1], instant(r[2]), r[3] == null ? null : instant(r[3]));
                }).toList();
    }

    /** A registration's options for the caller: a new challenge, and the keys it has (not to register twice). */
    @RolesAllowed({Roles.OFFICER, Roles.AUXILIARY, Roles.SUPERVISOR, Roles.LIAISON, Roles.VOLUNTEER, Roles.ADMIN})
    public KeyOptions registrationOptions(String rpId) {
        Caller caller = scope.caller();
        return new KeyOptions(challenge(caller.accountId(), "REGISTER"), rpId,
                B64.encodeToString(ByteBuffer.allocate(8).putLong(caller.accountId()).array()), caller.username(),
                caller.displayName() == null ? caller.username() : caller.displayName(), credentialIds(caller.accountId()));
    }

    /** Registers the key of the browser's answer (the JSON of its PublicKeyCredential) to the challenge of this account. */
    @RolesAllowed({Roles.OFFICER, Roles.AUXILIARY, Roles.SUPERVISOR, Roles.LIAISON, Roles.VOLUNTEER, Roles.ADMIN})
    public void register(String responseJson, String name, String origin, String rpId) {
        Caller caller = scope.caller();
        String label = name == null ? "" : name.strip();
        if (label.isEmpty() || label.length() > 60) {
            throw new InvalidInputException("keyName", "mfa.key.nameRule");
        }
        RegistrationData data;
        try {
            data = WebAuthn.MANAGER.parseRegistrationResponseJSON(responseJson == null ? "" : responseJson);
            byte[] challenge = data.getCollectedClientData().getChallenge().getValue();
            if (!take(caller.accountId(), "REGISTER", challenge)) {
                throw new InvalidInputException("key", "mfa.key.failed");
            }
            WebAuthn.MANAGER.verify(data, new RegistrationParameters(new ServerProperty(new Origin(origin), rpId, new DefaultChallenge(challenge)),
                    WebAuthn.ALGORITHMS, false, true));
        } catch (DataConversionException | VerificationException | IllegalArgumentException e) {
            LOG.log(Level.FINE, "security key not registered", e);
            throw new InvalidInputException("key", "mfa.key.failed");
        }
        AttestedCredentialData credential = data.getAttestationObject().getAuthenticatorData().getAttestedCredentialData();
        em.createNativeQuery("INSERT INTO security_key (account_id, credential_id, attested_credential_data, sign_count, name) "
                        + "VALUES (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, caller.accountId()).setParameter(2, B64.encodeToString(credential.getCredentialId()))
                .setParameter(3, new AttestedCredentialDataConverter(WebAuthn.CONVERTER).convert(credential))
                .setParameter(4, data.getAttestationObject().getAuthenticatorData().getSignCount()).setParameter(5, label).executeUpdate();
        auditLog.record(AuditAction.SECOND_FACTOR_ENROLLED, "Account", caller.accountId(), caller.stationId(), "security key " + label);
    }

    /** The sign-in's options for an account whose password was right: a new challenge and its keys; none without keys. */
    public java.util.Optional<KeyOptions> signInOptions(String username, String rpId) {
        List<?> account = em.createNativeQuery("SELECT id FROM account WHERE username = ?1").setParameter(1, username).getResultList();
        if (account.isEmpty() || !has(((Number) account.get(0)).longValue())) {
            return java.util.Optional.empty();
        }
        long accountId = ((Number) account.get(0)).longValue();
        return java.util.Optional.of(new KeyOptions(challenge(accountId, "SIGN_IN"), rpId, null, null, null, credentialIds(accountId)));
    }

    /**
     * Checks the browser's answer to a sign-in challenge of this account with one of its keys, and
     * notes the key's new signature count. Joins the sign-in's transaction.
     */
    public boolean check(long accountId, String responseJson, String origin, String rpId) {
        if (responseJson == null || responseJson.isBlank() || responseJson.length() > 20_000) {
            return false;
        }
        try {
            AuthenticationData data = WebAuthn.MANAGER.parseAuthenticationResponseJSON(responseJson);
            List<?> key = em.createNativeQuery("SELECT id, attested_credential_data, sign_count FROM security_key "
                            + "WHERE account_id = ?1 AND credential_id = ?2")
                    .setParameter(1, accountId).setParameter(2, B64.encodeToString(data.getCredentialId())).getResultList();
            byte[] challenge = data.getCollectedClientData().getChallenge().getValue();
            if (key.isEmpty() || !take(accountId, "SIGN_IN", challenge)) {
                return false;
            }
            Object[] row = (Object[]) key.get(0);
            AttestedCredentialData credential = new AttestedCredentialDataConverter(WebAuthn.CONVERTER).convert((byte[]) row[1]);
            CredentialRecordImpl record = new CredentialRecordImpl(new NoneAttestationStatement(), null, null, null,
                    ((Number) row[2]).longValue(), credential, null, null, null, null);
            WebAuthn.MANAGER.verify(data, new AuthenticationParameters(new ServerProperty(new Origin(origin), rpId,
                    new DefaultChallenge(challenge)), record, List.of(credential.getCredentialId()), false, true));
            em.createNativeQuery("UPDATE security_key SET sign_count = ?1, last_used_at = now() WHERE id = ?2")
                    .setParameter(1, data.getAuthenticatorData().getSignCount()).setParameter(2, ((Number) row[0]).longValue())
                    .executeUpdate();
            return true;
        } catch (DataConversionException | VerificationException | IllegalArgumentException e) {
            LOG.log(Level.FINE, "security key refused", e);
            return false;
        }
    }

    private String challenge(long accountId, String purpose) {
        byte[] value = new byte[32];
        RANDOM.nextBytes(value);
        String challenge = B64.encodeToString(value);
        em.createNativeQuery("DELETE FROM webauthn_challenge WHERE expires_at < now()").executeUpdate();
        em.createNativeQuery("INSERT INTO webauthn_challenge (challenge, account_id, purpose, expires_at) VALUES (?1, ?2, ?3, ?4)")
                .setParameter(1, challenge).setParameter(2, accountId).setParameter(3, purpose)
                .setParameter(4, Timestamp.from(Instant.now().plus(CHALLENGE_LIFE))).executeUpdate();
        return challenge;
    }

    /** Takes the challenge if it is this account's, for this purpose, and still good: once, on any instance. */
    private boolean take(long accountId, String purpose, byte[] challenge) {
        return em.createNativeQuery("DELETE FROM webauthn_challenge WHERE challenge = ?1 AND account_id = ?2 AND purpose = ?3 "
                        + "AND expires_at > now()")
                .setParameter(1, B64.encodeToString(challenge)).setParameter(2, accountId).setParameter(3, purpose).executeUpdate() == 1;
    }

    private List<String> credentialIds(long accountId) {
        return em.createNativeQuery("SELECT credential_id FROM security_key WHERE account_id = ?1 ORDER BY id")
                .setParameter(1, accountId).getResultStream().map(String.class::cast).toList();
    }

    private static Instant instant(Object value) {
        return value instanceof Timestamp t ? t.toInstant() : value instanceof OffsetDateTime o ? o.toInstant() : (Instant) value;
    }
}
