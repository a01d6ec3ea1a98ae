package cn.gov.wujin.yanghu.organization.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;

/** A bearer token of the REST API, kept as its SHA-256 only. */
@Entity
@Table(name = "api_token")
@NamedQuery(name = "ApiToken.valid", query = "SELECT DISTINCT t FROM ApiToken t JOIN FETCH t.account a LEFT JOIN FETCH a.roles "
        + "WHERE t.tokenHash = :hash AND t.revokedAt IS NULL AND t.expiresAt > :now")
@NamedQuery(name = "ApiToken.purge", query = "DELETE FROM ApiToken t WHERE t.expiresAt < :before")
public class ApiToken {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "token_hash", nullable = false, updatable = false)
    private String tokenHash;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false, updatable = false)
    private Account account;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "user_agent", updatable = false)
    private String userAgent;

    @Column(name = "client_address", updatable = false)
    private String clientAddress;

    protected ApiToken() {
    }

    /** The client it was issued to, as its owner sees it among their sessions. */
    public void issuedTo(String userAgent, String clientAddress) {
        this.userAgent = userAgent;
        this.clientAddress = clientAddress;
    }

    public ApiToken(String tokenHash, Account account, Instant createdAt, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.account = account;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    public void revoke(Instant at) {
        if (revokedAt == null) {
            revokedAt = at;
        }
    }

    public Account getAccount() {
        return account;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }
}
