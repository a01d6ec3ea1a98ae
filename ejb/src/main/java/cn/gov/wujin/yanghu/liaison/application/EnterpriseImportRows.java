package cn.gov.wujin.yanghu.liaison.application;

import cn.gov.wujin.yanghu.liaison.domain.CreditCodes;
import cn.gov.wujin.yanghu.liaison.domain.Enterprise;
import cn.gov.wujin.yanghu.liaison.domain.Project;
import cn.gov.wujin.yanghu.liaison.domain.ProjectStage;
import cn.gov.wujin.yanghu.shared.BureauTime;
import cn.gov.wujin.yanghu.shared.CsvFile;
import cn.gov.wujin.yanghu.shared.CsvRow;
import cn.gov.wujin.yanghu.shared.InvalidInputsException;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The rows of one CSV import of enterprises and their projects ({@link #HEADER}): one row per
 * project, or per enterprise without a project; the rows of one credit code share their
 * enterprise, and an enterprise registered before (same credit code) gets the new projects.
 * Each problem is named by row and column ({@code rows[N].stage}); the enterprises and
 * projects the rows make are stored by the service only when no row is wrong.
 */
public final class EnterpriseImportRows implements CsvFile.RowCheck {

    /** The header an import of enterprises must have. */
    public static final List<String> HEADER = List.of("credit_code", "enterprise_name", "station_code", "sector", "address",
            "contact_name", "contact_phone", "project_name", "site_address", "stage", "investment", "signed_on");

    private static final int PROJECT_NAME_LENGTH = 200;
    private static final int SITE_ADDRESS_LENGTH = 300;

    /** What the rows are checked against: the records stored already, and the rules of registering an enterprise. */
    interface Registry {

        /** The enterprise registered with this credit code, at whichever station. */
        Optional<Enterprise> registered(String creditCode);

        /** Whether the caller sees the enterprise's station (and so may add projects to it). */
        boolean canSee(Enterprise enterprise);

        /**
         * A new enterprise, checked as a registration is, each problem named with {@code prefix};
         * null when one is wrong. {@code newCodes} holds the credit codes earlier rows registered.
         */
        Enterprise newEnterprise(EnterpriseForm form, String prefix, InvalidInputsException.Collector problems, Set<String> newCodes);

        /** Whether the registered enterprise has a project of this name. */
        boolean hasProject(Enterprise enterprise, String name);
    }

    private record ProjectValues(String name, String siteAddress, ProjectStage stage, BigDecimal investment, LocalDate signedOn) {
    }

    private final Registry registry;
    private final Instant now;
    private final Map<String, Enterprise> enterprises = new HashMap<>();
    private final Set<String> newCodes = new HashSet<>();
    private final Set<String> projectKeys = new HashSet<>();
    private final List<Enterprise> newEnterprises = new ArrayList<>();
    private final List<Project> projects = new ArrayList<>();

    EnterpriseImportRows(Registry registry, Instant now) {
        this.registry = registry;
        this.now = now;
    }

    @Override
    public void check(CsvRow row, InvalidInputsException.Collector problems) {
        String code = CreditCodes.normalise(row.get(0));
        Enterprise enterprise = code == null ? null : enterprises.get(code);
        if (enterprise == null) {
            enterprise = enterpriseOf(row, code, problems);
            if (enterprise != null) {
                enterprises.put(code, enterprise);
            }
        }
        if (!row.get(7).isEmpty()) {
            ProjectValues values = projectValues(row, problems);
            if (enterprise != null && values != null) {
                project(enterprise, values, row, problems);
            }
        }
    }

    /** The enterprises no earlier import registered, to be stored before {@link #projects()}. */
    List<Enterprise> newEnterprises() {
        return List.copyOf(newEnterprises);
    }

    List<Project> projects() {
        return List.copyOf(projects);
    }

    /** What the import adds: new enterprises and new projects. */
    int imported() {
        return newEnterprises.size() + projects.size();
    }

    /** The row's enterprise: one registered before (of a station the caller sees) or a new one. */
    private Enterprise enterpriseOf(CsvRow row, String code, InvalidInputsException.Collector problems) {
        Enterprise known = code == null ? null : registry.registered(code).orElse(null);
        if (known != null) {
            if (!registry.canSee(known)) {
                problems.add(row.field("creditCode"), "liaison.enterprise.otherStation", code);
                return null;
            }
            return known;
        }
        EnterpriseForm form = new EnterpriseForm();
        form.setCreditCode(row.get(0));
        form.setName(row.get(1));
        form.setStationCode(row.get(2));
        form.setSector(row.get(3));
        form.setAddress(row.get(4));
        form.setContactName(row.get(5));
        form.setContactPhone(row.get(6));
        Enterprise created = registry.newEnterprise(form, row.field() + ".", problems, newCodes);
        if (created != null) {
            newEnterprises.add(created);
        }
        return created;
    }

    /** The project columns of a row, each problem named; null when any is wrong. */
    private static ProjectValues projectValues(CsvRow row, InvalidInputsException.Collector problems) {
        boolean ok = true;
        String name = row.get(7);
        if (name.length() > PROJECT_NAME_LENGTH) {
            problems.add(row.field("projectName"), "liaison.project.name");
            ok = false;
        }
        ProjectStage stage = ProjectStage.SIGNED;
        if (!row.get(9).isEmpty()) {
            try {
                stage = ProjectStage.valueOf(row.get(9).toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(row.field("stage"), "liaison.project.stage");
                ok = false;
            }
        }
        BigDecimal investment = null;
        if (!row.get(10).isEmpty()) {
            investment = amount(row.get(10));
            if (investment == null) {
                problems.add(row.field("investment"), "liaison.project.investment");
                ok = false;
            }
        }
        LocalDate signedOn = null;
        if (!row.get(11).isEmpty()) {
            try {
                signedOn = LocalDate.parse(row.get(11));
            } catch (DateTimeParseException e) {
                problems.add(row.field("signedOn"), "liaison.import.date", row.get(11));
                ok = false;
            }
        }
        String site = row.get(8).isEmpty() ? null : row.get(8).substring(0, Math.min(row.get(8).length(), SITE_ADDRESS_LENGTH));
        return ok ? new ProjectValues(name, site, stage, investment, signedOn) : null;
    }

    /** Yuan, not negative, at most two decimals and fourteen digits before them; null otherwise. */
    private static BigDecimal amount(String text) {
        try {
            BigDecimal amount = new BigDecimal(text);
            return amount.signum() < 0 || amount.scale() > 2 || amount.precision() - amount.scale() > 14 ? null : amount;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private void project(Enterprise enterprise, ProjectValues v, CsvRow row, InvalidInputsException.Collector problems) {
        if (!projectKeys.add(enterprise.getCreditCode() + "/" + v.name())
                || (!newCodes.contains(enterprise.getCreditCode()) && registry.hasProject(enterprise, v.name()))) {
            problems.add(row.field("projectName"), "liaison.project.nameTaken", v.name());
            return;
        }
        Project project = new Project(enterprise, enterprise.getStation(), v.name(), now);
        project.describe(v.name(), v.siteAddress(), v.investment(), v.signedOn());
        if (v.stage() != ProjectStage.SIGNED) {
            project.reach(v.stage(), v.signedOn() == null ? LocalDate.ofInstant(now, BureauTime.ZONE) : v.signedOn());
        }
        projects.add(project);
    }
}
