package cn.gov.wujin.yanghu.liaison.application;

import cn.gov.wujin.yanghu.audit.PersonalDataView;
import cn.gov.wujin.yanghu.liaison.application.LiaisonViews.EnterpriseView;
import cn.gov.wujin.yanghu.liaison.domain.CreditCodes;
import cn.gov.wujin.yanghu.liaison.domain.Enterprise;
import cn.gov.wujin.yanghu.liaison.domain.LiaisonAssignment;
import cn.gov.wujin.yanghu.liaison.domain.Sector;
import cn.gov.wujin.yanghu.organization.domain.Roles;
import cn.gov.wujin.yanghu.organization.domain.Station;
import cn.gov.wujin.yanghu.shared.ConflictException;
import cn.gov.wujin.yanghu.shared.CsvFile;
import cn.gov.wujin.yanghu.shared.InvalidInputsException;
import cn.gov.wujin.yanghu.shared.Masking;
import cn.gov.wujin.yanghu.shared.Page;
import cn.gov.wujin.yanghu.shared.PhoneNumbers;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.NotNull;

import java.io.Serializable;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Enterprises in the stations' areas: supervisors register them (one by one or from a CSV
 * file) and may give an enterprise as a whole a liaison; liaisons read the enterprises of
 * the projects they run.
 */
@Stateless
@RolesAllowed({Roles.SUPERVISOR, Roles.LIAISON})
public class EnterpriseService {

    /** A phone as the pages show it masked (138****5678), sent back unchanged by an edit. */
    private static final String MASKED_PHONE = "[0-9+ -]*\\*+[0-9]{2,4}";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private LiaisonScope access;

    @Inject
    private LiaisonAssignments assignments;

    /** Enterprises the caller sees, by name; an optional part of the name or credit code narrows them. */
    public Page<EnterpriseView> enterprises(String text, int first, int pageSize) {
        Long station = access.stations().stationFilter();
        String where = " WHERE 1 = 1" + (access.isSupervisor() ? (station == null ? "" : " AND e.stationId = :station")
                : " AND EXISTS (SELECT a FROM LiaisonAssignment a LEFT JOIN a.project ap WHERE a.endedAt IS NULL "
                + "AND a.officer.id = :me AND (a.enterprise = e OR ap.enterprise = e))")
                + (text == null || text.isBlank() ? "" : " AND (e.name LIKE :text OR e.creditCode LIKE :text)");
        TypedQuery<Enterprise> rows = em.createQuery("SELECT e FROM Enterprise e" + where + " ORDER BY e.name", Enterprise.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(e) FROM Enterprise e" + where, Long.class);
        for (TypedQuery<?> q : List.of(rows, count)) {
            if (access.isSupervisor() && station != null) {
                q.setParameter("station", station);
            }
            if (!access.isSupervisor()) {
                q.setParameter("me", access.caller().accountId());
            }
            if (text != null && !text.isBlank()) {
                q.setParameter("text", "%" + text.strip().replace("%", "") + "%");
            }
        }
        List<EnterpriseView> views = Page.window(rows, first, pageSize)
                .getResultStream().map(this::view).toList();
        return new Page<>(views, count.getSingleResult());
    }

    public EnterpriseView enterprise(long id) {
        return view(access.enterprise(id));
    }

    /** The contact's phone in full, to call them; each call is written to the audit trail. */
    @PersonalDataView("Enterprise")
    public String contactPhone(long id) {
        return access.enterprise(id).getContactPhone();
    }

    @RolesAllowed(Roles.SUPERVISOR)
    public EnterpriseView register(@NotNull EnterpriseForm form) {
        InvalidInputsException.Collector problems = new InvalidInputsException.Collector();
        Enterprise enterprise = build(form, "", problems, new HashSet<>());
        problems.throwIfAny();
        em.persist(enterprise);
        em.flush();
        return view(enterprise);
    }

    @RolesAllowed(Roles.SUPERVISOR)
    public EnterpriseView update(long id, @NotNull EnterpriseForm form, long expectedVersion) {
        Enterprise enterprise = access.enterprise(id);
        if (enterprise.getVersion() != expectedVersion) {
            throw new ConflictException("Enterprise", id);
        }
        InvalidInputsException.Collector problems = new InvalidInputsException.Collector();
        Details details = details(form, "", problems);
        problems.throwIfAny();
        enterprise.describe(details.name, details.sector, details.address, details.contactName,
                keepMasked(form.getContactPhone(), enterprise.getContactPhone(), details.contactPhone));
        em.flush();
        return view(enterprise);
    }

    /** Gives the enterprise as a whole a liaison (ending the one it had); its projects follow unless they have their own. */
    @RolesAllowed(Roles.SUPERVISOR)
    public EnterpriseView assignLiaison(long id, String officer, String reason, long expectedVersion) {
        assignments.assignToEnterprise(id, officer, reason, expectedVersion);
        return view(access.enterprise(id));
    }

    /**
     * Imports enterprises and their projects from CSV ({@link EnterpriseImportRows#HEADER};
     * {@link CsvFile} says how it is read). Every row is checked first: one bad row imports
     * nothing, and each problem names its row and column.
     */
    @RolesAllowed(Roles.SUPERVISOR)
    public int importCsv(byte[] csv) {
        CsvFile file = CsvFile.read(csv, EnterpriseImportRows.HEADER);
        EnterpriseImportRows rows = new EnterpriseImportRows(new StoredEnterprises(), Instant.now());
        file.checkEachRow(rows);
        rows.newEnterprises().forEach(em::persist);
        rows.projects().forEach(em::persist);
        em.flush();
        return rows.imported();
    }

    /** What the rows of an import are checked against: the enterprises stored, and the rules of {@link #register}. */
    private final class StoredEnterprises implements EnterpriseImportRows.Registry {

        @Override
        public Optional<Enterprise> registered(String creditCode) {
            return em.createNamedQuery("Enterprise.byCreditCode", Enterprise.class).setParameter("code", creditCode)
                    .getResultStream().findFirst();
        }

        @Override
        public boolean canSee(Enterprise enterprise) {
            return access.stations().canSee(enterprise.stationId());
        }

        @Override
        public Enterprise newEnterprise(EnterpriseForm form, String prefix, InvalidInputsException.Collector problems,
                                        Set<String> newCodes) {
            return build(form, prefix, problems, newCodes);
        }

        @Override
        public boolean hasProject(Enterprise enterprise, String name) {
            return em.createQuery("SELECT COUNT(p) FROM Project p WHERE p.enterprise = :e AND p.name = :n", Long.class)
                    .setParameter("e", enterprise).setParameter("n", name).getSingleResult() > 0;
        }
    }

    private record Details(String name, Sector sector, String address, String contactName, String contactPhone) implements Serializable {
    }

    private Details details(EnterpriseForm form, String prefix, InvalidInputsException.Collector problems) {
        String name = form.getName() == null ? "" : form.getName().strip();
        if (name.isEmpty() || name.length() > 200) {
            problems.add(prefix + "name", "liaison.enterprise.name");
        }
        Sector sector = null;
        try {
            sector = Sector.valueOf(form.getSector() == null ? "" : form.getSector().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(prefix + "sector", "liaison.enterprise.sector", form.getSector());
        }
        String phone = null;
        // a masked number sent back unchanged (138****5678) keeps the stored one; anything else must be a phone
        if (form.getContactPhone() != null && !form.getContactPhone().isBlank() && !form.getContactPhone().matches(MASKED_PHONE)) {
            phone = PhoneNumbers.normalize(form.getContactPhone()).orElse(null);
            if (phone == null || phone.length() < 7 || phone.length() > 20) {
                problems.add(prefix + "contactPhone", "liaison.enterprise.phone");
            }
        }
        String address = blankToNull(form.getAddress(), 300);
        if (form.getAddress() != null && form.getAddress().strip().length() > 300) {
            problems.add(prefix + "address", "common.tooLong", 300);
        }
        String contact = blankToNull(form.getContactName(), 60);
        if (form.getContactName() != null && form.getContactName().strip().length() > 60) {
            problems.add(prefix + "contactName", "common.tooLong", 60);
        }
        return new Details(name, sector, address, contact, phone);
    }

    private Enterprise build(EnterpriseForm form, String prefix, InvalidInputsException.Collector problems, Set<String> newCodes) {
        Station station = access.stations().targetStation(form.getStationCode()).orElse(null);
        if (station == null) {
            problems.add(prefix + "stationCode", "fraud.station.notYours", form.getStationCode());
        }
        String code = CreditCodes.normalise(form.getCreditCode());
        if (code == null) {
            problems.add(prefix + "creditCode", "liaison.enterprise.creditCode", form.getCreditCode());
        } else if (!newCodes.add(code) || !em.createNamedQuery("Enterprise.byCreditCode", Enterprise.class)
                .setParameter("code", code).getResultList().isEmpty()) {
            problems.add(prefix + "creditCode", "liaison.enterprise.creditCodeTaken", code);
        }
        Details details = details(form, prefix, problems);
        if (station == null || code == null || details.sector == null || details.name.isEmpty() || details.name.length() > 200) {
            return null;
        }
        Enterprise enterprise = new Enterprise(station, code, details.name, details.sector, Instant.now());
        enterprise.describe(details.name, details.sector, details.address, details.contactName, details.contactPhone);
        return enterprise;
    }

    /** The list shows phones masked: a masked value sent back means "unchanged". */
    private static String keepMasked(String sent, String stored, String parsed) {
        return sent != null && sent.matches(MASKED_PHONE) ? stored : parsed;
    }

    private static String blankToNull(String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        return v.length() > max ? v.substring(0, max) : v;
    }

    /** An enterprise as lists show it (for a record the caller has been allowed to see). */
    public EnterpriseView view(Enterprise e) {
        LiaisonAssignment liaison = em.createQuery("SELECT a FROM LiaisonAssignment a JOIN FETCH a.officer WHERE a.enterprise = :e "
                + "AND a.endedAt IS NULL", LiaisonAssignment.class).setParameter("e", e).getResultStream().findFirst().orElse(null);
        long projects = em.createQuery("SELECT COUNT(p) FROM Project p WHERE p.enterprise = :e", Long.class)
                .setParameter("e", e).getSingleResult();
        return new EnterpriseView(e.getId(), e.getName(), e.getCreditCode(), e.getStation().getCode(), e.getAddress(),
                e.getSector().name(), e.getContactName(), Masking.phone(e.getContactPhone()),
                liaison == null ? null : liaison.getOfficer().getUsername(),
                liaison == null ? null : liaison.getOfficer().getDisplayName(), projects, e.getVersion());
    }
}
