package cn.gov.wujin.yanghu.organization.domain;

import cn.gov.wujin.yanghu.audit.AuditedEntity;
import cn.gov.wujin.yanghu.shared.InvalidInputException;
import cn.gov.wujin.yanghu.shared.Masking;
import cn.gov.wujin.yanghu.shared.StationOwned;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A person's login: who they are, their station (none for bureau-level accounts) and their
 * roles. Failed-login counters are updated by single SQL statements in
 * {@code AuthenticationService}, not through this entity, so concurrent attempts on several
 * server instances count correctly.
 */
@Entity
@Table(name = "account")
@NamedQuery(name = "Account.byUsername", query = "SELECT DISTINCT a FROM Account a LEFT JOIN FETCH a.roles WHERE a.username = :username")
@NamedQuery(name = "Account.countAdmins",
        query = "SELECT COUNT(a) FROM Account a JOIN a.roles r WHERE r = cn.gov.wujin.yanghu.organization.domain.Role.ADMIN AND a.active = TRUE")
public class Account implements AuditedEntity, StationOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private String username;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "station_id")
    private Station station;

    // the key alone, so that scoping checks do not load the station
    @Column(name = "station_id", insertable = false, updatable = false)
    private Long stationId;

    private String phone;

    @Column(name = "id_card_number")
    private String idCardNumber;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    private boolean active = true;

    @Column(name = "failed_login_count", insertable = false, updatable = false)
    private int failedLoginCount;

    @Column(name = "locked_until", insertable = false, updatable = false)
    private Instant lockedUntil;

    @Column(name = "last_login_at", insertable = false, updatable = false)
    private Instant lastLoginAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Version
    private long version;

    /** A handed-out password (an import's): the owner must choose their own before anything else (FirstSignIn). */
    @Column(name = "password_change_required", nullable = false)
    private boolean passwordChangeRequired;

    protected Account() {
    }

    public Account(String username, String displayName, String passwordHash, Station station, Set<Role> roles) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        assign(station, roles);
    }

    /**
     * Places the account in a station (or the bureau, when null) with the given roles.
     * Station work needs a station; an administrator works for the whole bureau.
     */
    public final void assign(Station station, Set<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            throw new InvalidInputException("roles", "account.rolesRequired");
        }
        if (station == null) {
            for (Role role : roles) {
                if (role.isStationBound()) {
                    throw new InvalidInputException("station", "account.stationRequired", role.name());
                }
            }
        } else if (roles.contains(Role.ADMIN)) {
            throw new InvalidInputException("station", "account.adminIsBureauLevel");
        }
        this.station = station;
        this.stationId = station == null ? null : station.getId();
        this.roles = EnumSet.copyOf(roles);
    }

    public void describe(String displayName, String phone, String idCardNumber) {
        this.displayName = displayName;
        this.phone = phone;
        this.idCardNumber = idCardNumber;
    }

    public void changePasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    /** The password was handed out (printed, sent): its owner changes it at the first sign-in. */
    public void requirePasswordChange() {
        this.passwordChangeRequired = true;
    }

    /** The owner chose their own password: a handed-out one is gone. */
    public void changeOwnPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
        this.passwordChangeRequired = false;
    }

    public boolean isPasswordChangeRequired() {
        return passwordChangeRequired;
    }

    public void activate() {
        active = true;
    }

    public void deactivate() {
        active = false;
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    public boolean isBureauLevel() {
        return station == null;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Station getStation() {
        return station;
    }

    public String getPhone() {
        return phone;
    }

    public String getIdCardNumber() {
        return idCardNumber;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isActive() {
        return active;
    }

    public int getFailedLoginCount() {
        return failedLoginCount;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public long getVersion() {
        return version;
    }

    @Override
    public Long stationId() {
        return stationId;
    }

    @Override
    public Object auditId() {
        return id;
    }

    @Override
    public Long auditStationId() {
        return stationId();
    }

    @Override
    public String auditSummary() {
        return username + " " + roles.stream().map(Enum::name).sorted().collect(Collectors.joining(","))
                + (station == null ? " bureau" : " " + station.getCode())
                + (phone == null ? "" : " " + Masking.phone(phone))
                + (active ? "" : " inactive");
    }
}
