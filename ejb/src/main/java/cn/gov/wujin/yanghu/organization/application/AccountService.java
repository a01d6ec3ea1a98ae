package cn.gov.wujin.yanghu.organization.application;

import cn.gov.wujin.yanghu.audit.AuditAction;
import cn.gov.wujin.yanghu.audit.AuditLog;
import cn.gov.wujin.yanghu.audit.PersonalDataView;
import cn.gov.wujin.yanghu.organization.access.Caller;
import cn.gov.wujin.yanghu.organization.access.StationScope;
import cn.gov.wujin.yanghu.organization.domain.Account;
import cn.gov.wujin.yanghu.organization.domain.Role;
import cn.gov.wujin.yanghu.organization.domain.Roles;
import cn.gov.wujin.yanghu.organization.domain.Station;
import cn.gov.wujin.yanghu.shared.ConflictException;
import cn.gov.wujin.yanghu.shared.IdCardNumbers;
import cn.gov.wujin.yanghu.shared.InvalidInputException;
import cn.gov.wujin.yanghu.shared.Masking;
import cn.gov.wujin.yanghu.shared.RuleViolationException;
import cn.gov.wujin.yanghu.shared.RecordNotFoundException;
import cn.gov.wujin.yanghu.shared.Page;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Accounts: administrators manage them; everyone reads their own profile and changes their password. */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class AccountService {

    private static final Map<String, String> SORTABLE = Map.of(
            "username", "username", "displayName", "displayName", "lastLoginAt", "lastLoginAt", "active", "active");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Passwords passwords;

    @Inject
    private StationScope scope;

    @Inject
    private AuthenticationService authentication;

    @Inject
    private AuditLog auditLog;

    public Page<AccountRow> search(AccountFilter filter, int first, int pageSize, String sortField, boolean ascending) {
        AccountFilter f = filter == null ? AccountFilter.none() : filter;
        long total = count(f);
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Account> q = cb.createQuery(Account.class);
        Root<Account> a = q.from(Account.class);
        a.fetch("station", JoinType.LEFT);
        Expression<?> order = a.get(SORTABLE.getOrDefault(sortField, "username"));
        q.select(a).distinct(true).where(conditions(cb, a, f))
                .orderBy(ascending ? cb.asc(order) : cb.desc(order), cb.asc(a.get("id")));
        Instant now = Instant.now();
        List<AccountRow> rows = Page.window(em.createQuery(q), first, pageSize)
                .getResultList().stream()
                .map(acc -> new AccountRow(acc.getId(), acc.getUsername(), acc.getDisplayName(),
                        acc.getStation() == null ? null : acc.getStation().getCode(), acc.getRoles(),
                        Masking.phone(acc.getPhone()), acc.isActive(), acc.isLockedAt(now), acc.getLastLoginAt()))
                .toList();
        return new Page<>(rows, total);
    }

    public long count(AccountFilter filter) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<Account> counted = count.from(Account.class);
        count.select(cb.countDistinct(counted)).where(conditions(cb, counted, filter == null ? AccountFilter.none() : filter));
        return em.createQuery(count).getSingleResult();
    }

    private Predicate[] conditions(CriteriaBuilder cb, Root<Account> a, AccountFilter f) {
        List<Predicate> where = new ArrayList<>();
        if (f.text() != null && !f.text().isBlank()) {
            String like = "%" + f.text().trim().toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            where.add(cb.or(cb.like(cb.lower(a.get("username")), like, '\\'),
                    cb.like(cb.lower(a.get("displayName")), like, '\\')));
        }
        if (f.stationId() != null) {
            where.add(cb.equal(a.get("station").get("id"), f.stationId()));
        }
        if (f.role() != null) {
            Join<Account, Role> roles = a.join("roles");
            where.add(cb.equal(roles, f.role()));
        }
        if (f.active() != null) {
            where.add(cb.equal(a.get("active"), f.active()));
        }
        if (f.lockedOnly()) {
            // Account.isLockedAt(now)
            where.add(cb.greaterThan(a.get("lockedUntil"), Instant.now()));
        }
        return where.toArray(Predicate[]::new);
    }

    /** An account with its personal data masked. */
    public AccountDetails account(long id) {
        return details(find(id), true);
    }

    /** An account with phone and ID-card number in full: recorded in the audit trail. */
    @PersonalDataView("Account")
    public AccountDetails accountWithPersonalData(long id) {
        return details(find(id), false);
    }

    public AccountDetails create(@NotNull @Valid AccountForm form) {
        if (!em.createNamedQuery("Account.byUsername", Account.class).setParameter("username", form.getUsername())
                .getResultList().isEmpty()) {
            throw new InvalidInputException("username", "account.username.taken", form.getUsername());
        }
        passwords.checkRule("password", form.getPassword());
        String idCard = checkedIdCard(form.getIdCardNumber());
        Account account = new Account(form.getUsername(), form.getDisplayName().trim(), passwords.hash(form.getPassword()),
                station(form.getStationId()), form.getRoles());
        account.describe(form.getDisplayName().trim(), form.getPhone(), idCard);
        em.persist(account);
        em.flush();
        return details(account, true);
    }

    public AccountDetails update(long id, @NotNull @Valid AccountForm form) {
        Account account = find(id);
        if (account.getVersion() != form.getVersion()) {
            throw new ConflictException("Account", id);
        }
        Caller caller = scope.caller();
        if (account.getId().equals(caller.accountId()) && !form.getRoles().contains(Role.ADMIN)) {
            throw new RuleViolationException("account.cannotDropOwnAdmin");
        }
        account.assign(station(form.getStationId()), form.getRoles());
        account.describe(form.getDisplayName().trim(),
                form.getPhone() == null ? account.getPhone() : form.getPhone(),
                form.getIdCardNumber() == null ? account.getIdCardNumber() : checkedIdCard(form.getIdCardNumber()));
        if (form.getPassword() != null) {
            passwords.checkRule("password", form.getPassword());
            account.changePasswordHash(passwords.hash(form.getPassword()));
        }
        em.flush();
        return details(account, true);
    }

    public void setActive(long id, boolean active) {
        Account account = find(id);
        if (!active && account.getId().equals(scope.caller().accountId())) {
            throw new RuleViolationException("account.cannotDeactivateSelf");
        }
        if (active) {
            account.activate();
        } else {
            account.deactivate();
        }
        em.flush();
    }

    public void unlock(long id) {
        authentication.unlock(find(id));
    }

    /** Any signed-in person changes their own password, proving the current one. */
    @RolesAllowed({Roles.OFFICER, Roles.AUXILIARY, Roles.SUPERVISOR, Roles.LIAISON, Roles.VOLUNTEER, Roles.ADMIN})
    public void changeOwnPassword(String currentPassword, String newPassword) {
        Account account = em.find(Account.class, scope.caller().accountId());
        if (!passwords.matches(currentPassword, account.getPasswordHash())) {
            throw new InvalidInputException("currentPassword", "password.currentWrong");
        }
        passwords.checkRule("newPassword", newPassword);
        account.changeOwnPasswordHash(passwords.hash(newPassword));
        auditLog.record(AuditAction.PASSWORD_CHANGED, "Account", account.getId(), account.stationId(), null);
    }

    @PermitAll
    public CallerProfile me() {
        Caller caller = scope.caller();
        if (!caller.isAuthenticated()) {
            throw new RecordNotFoundException("Account", null);
        }
        Station station = caller.stationId() == null ? null : em.find(Station.class, caller.stationId());
        return new CallerProfile(caller.username(), caller.displayName(), caller.stationId(),
                station == null ? null : station.getCode(), station == null ? null : station.getNameZh(),
                station == null ? null : station.getNameEn(),
                caller.roles().stream().map(Enum::name).collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new)),
                caller.seesAllStations());
    }

    private Account find(long id) {
        Account account = em.find(Account.class, id);
        if (account == null) {
            throw new RecordNotFoundException("Account", id);
        }
        return account;
    }

    private Station station(Long stationId) {
        if (stationId == null) {
            return null;
        }
        Station station = em.find(Station.class, stationId);
        if (station == null) {
            throw new InvalidInputException("stationId", "error.unknownStation");
        }
        return station;
    }

    private static String checkedIdCard(String value) {
        if (value == null) {
            return null;
        }
        String normalized = IdCardNumbers.normalize(value);
        if (!IdCardNumbers.isValid(normalized)) {
            throw new InvalidInputException("idCardNumber", "validation.idCard");
        }
        return normalized;
    }

    private static AccountDetails details(Account a, boolean masked) {
        Instant now = Instant.now();
        return new AccountDetails(a.getId(), a.getUsername(), a.getDisplayName(), a.stationId(),
                a.getStation() == null ? null : a.getStation().getCode(), a.getRoles(),
                masked ? Masking.phone(a.getPhone()) : a.getPhone(),
                masked ? Masking.idCardNumber(a.getIdCardNumber()) : a.getIdCardNumber(),
                a.isActive(), a.isLockedAt(now), a.getLockedUntil(), a.getLastLoginAt(), masked, a.getVersion());
    }
}
