package cn.gov.wujin.yanghu.liaison.application;

import cn.gov.wujin.yanghu.liaison.domain.CreditCodes;
import cn.gov.wujin.yanghu.liaison.domain.Enterprise;
import cn.gov.wujin.yanghu.liaison.domain.Project;
import cn.gov.wujin.yanghu.liaison.domain.ProjectStage;
import cn.gov.wujin.yanghu.liaison.domain.Sector;
import cn.gov.wujin.yanghu.organization.domain.Station;
import cn.gov.wujin.yanghu.shared.CsvFile;
import cn.gov.wujin.yanghu.shared.InvalidInputException;
import cn.gov.wujin.yanghu.shared.InvalidInputsException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The rows of an enterprise import against stored records held in memory; the rules of registering one are the service's (LiaisonIT). */
class EnterpriseImportRowsTest {

    private static final String HEADER = "credit_code,enterprise_name,station_code,sector,address,contact_name,contact_phone,"
            + "project_name,site_address,stage,investment,signed_on\n";
    private static final String FIRST = "91350100M000100Y43";
    private static final String SECOND = "91110000600037341L";

    /** 2026-11-27 08:30 in Beijing, still the 27th's early hours in UTC terms. */
    private final Instant now = Instant.parse("2026-11-27T00:30:00Z");
    private final Station hutang = new Station("HT", "湖塘派出所", "Hutang");
    private final Station niutang = new Station("NT", "牛塘派出所", "Niutang");
    private final Registry registry = new Registry();

    @Test
    void rowsOfOneCreditCodeShareTheirEnterpriseAndEachProjectKeepsItsValues() {
        EnterpriseImportRows rows = imported(HEADER
                + FIRST + ",\"常州星辰电子, 有限公司\",HT,technology,武进大道1号,孙经理,13912345678,一期厂房,武进大道1号,CONSTRUCTION,50000000.50,2026-03-01\n"
                + FIRST + ",常州星辰电子有限公司,HT,TECHNOLOGY,,,,二期研发楼,,,,\n"
                + SECOND + ",某商贸公司,HT,RETAIL,,,,,,,,\n"
                + code("91320412MA1W8K2Q7") + ",某建设公司,HT,CONSTRUCTION,,,,三期,,LANDED,,\n");

        assertThat(rows.newEnterprises()).extracting(Enterprise::getName).containsExactly("常州星辰电子, 有限公司", "某商贸公司", "某建设公司");
        assertThat(rows.projects()).extracting(Project::getName).containsExactly("一期厂房", "二期研发楼", "三期");
        assertThat(rows.imported()).isEqualTo(6);
        Project first = rows.projects().get(0);
        assertThat(first.getEnterprise()).isSameAs(rows.projects().get(1).getEnterprise());
        assertThat(first.getStage()).isEqualTo(ProjectStage.CONSTRUCTION);
        assertThat(first.getInvestment()).isEqualByComparingTo(new BigDecimal("50000000.50"));
        assertThat(first.getSignedOn()).isEqualTo(LocalDate.parse("2026-03-01"));
        assertThat(first.getSiteAddress()).isEqualTo("武进大道1号");
        assertThat(rows.projects().get(1).getStage()).isEqualTo(ProjectStage.SIGNED);
        assertThat(rows.projects().get(2).getLandedOn()).as("no signing day: reached today in Beijing").isEqualTo(LocalDate.parse("2026-11-27"));
    }

    @Test
    void everyProblemIsNamedByRowAndColumnAsLiaisonItExpects() {
        InvalidInputsException refused = refusal(HEADER
                + FIRST + ",\"常州星辰电子, 有限公司\",HT,TECHNOLOGY,武进大道1号,孙经理,13912345678,一期厂房,武进大道1号,CONSTRUCTION,50000000,2026-03-01\n"
                + FIRST + ",常州星辰电子有限公司,HT,TECHNOLOGY,,,,二期研发楼,,SIGNED,,\n"
                + "91350100M000100Y44,坏代码公司,HT,RETAIL,,,,,,,,\n"
                + SECOND + ",某公司,HT,MINING,,,,项目,,LATER,-5,2026-13-01\n"
                + SECOND + ",某公司,HT,RETAIL,,,,项目,,,1.234,\n"
                + code("91320412MA1W8K2Q7") + ",某公司,HT,RETAIL,,,," + "长".repeat(201) + ",,,abc,\n");
        assertThat(refused.problems()).extracting(InvalidInputException::field).containsExactly(
                "rows[4].creditCode", "rows[5].sector", "rows[5].stage", "rows[5].investment", "rows[5].signedOn",
                "rows[6].creditCode", "rows[6].investment", "rows[7].projectName", "rows[7].investment");
        assertThat(refused.problems()).extracting(InvalidInputException::messageKey).containsExactly(
                "liaison.enterprise.creditCode", "liaison.enterprise.sector", "liaison.project.stage", "liaison.project.investment",
                "liaison.import.date", "liaison.enterprise.creditCodeTaken", "liaison.project.investment", "liaison.project.name",
                "liaison.project.investment");
    }

    @Test
    void aRegisteredEnterpriseGetsNewProjectsOnlyInTheCallersStationsAndProjectNamesStayUnique() {
        Enterprise ours = registry.store(new Enterprise(hutang, FIRST, "常州星辰电子有限公司", Sector.TECHNOLOGY, now), "一期厂房");
        registry.store(new Enterprise(niutang, SECOND, "牛塘某公司", Sector.RETAIL, now));
        InvalidInputsException refused = refusal(HEADER
                + FIRST + ",,,,,,,一期厂房,,,,\n"
                + FIRST + ",,,,,,,二期,,,,\n"
                + FIRST + ",,,,,,,二期,,,,\n"
                + SECOND + ",,,,,,,新项目,,,,\n");
        assertThat(refused.problems()).extracting(InvalidInputException::field)
                .containsExactly("rows[2].projectName", "rows[4].projectName", "rows[5].creditCode");
        assertThat(refused.problems()).extracting(InvalidInputException::messageKey)
                .containsExactly("liaison.project.nameTaken", "liaison.project.nameTaken", "liaison.enterprise.otherStation");

        EnterpriseImportRows rows = imported(HEADER + FIRST + ",,,,,,,二期,,,,\n");
        assertThat(rows.newEnterprises()).isEmpty();
        assertThat(rows.projects()).singleElement().satisfies(p -> assertThat(p.getEnterprise()).isSameAs(ours));
        assertThat(rows.imported()).isEqualTo(1);
    }

    private EnterpriseImportRows imported(String csv) {
        EnterpriseImportRows rows = new EnterpriseImportRows(registry, now);
        CsvFile.read(csv.getBytes(StandardCharsets.UTF_8), EnterpriseImportRows.HEADER).checkEachRow(rows);
        return rows;
    }

    private InvalidInputsException refusal(String csv) {
        InvalidInputsException refused = catchThrowableOfType(InvalidInputsException.class, () -> imported(csv));
        assertThat(refused).as(csv).isNotNull();
        return refused;
    }

    private static String code(String first17) {
        return first17 + CreditCodes.checkCharacter(first17);
    }

    /** The stored records and, for a new enterprise, the gist of registration's checks (station, credit code, sector). */
    private final class Registry implements EnterpriseImportRows.Registry {

        private final Map<String, Enterprise> enterprises = new HashMap<>();
        private final Set<String> projects = new HashSet<>();

        Enterprise store(Enterprise enterprise, String... projectNames) {
            enterprises.put(enterprise.getCreditCode(), enterprise);
            for (String name : projectNames) {
                projects.add(enterprise.getCreditCode() + "/" + name);
            }
            return enterprise;
        }

        @Override
        public Optional<Enterprise> registered(String creditCode) {
            return Optional.ofNullable(enterprises.get(creditCode));
        }

        @Override
        public boolean canSee(Enterprise enterprise) {
            return enterprise.getStation() == hutang;
        }

        @Override
        public Enterprise newEnterprise(EnterpriseForm form, String prefix, InvalidInputsException.Collector problems, Set<String> newCodes) {
            String code = CreditCodes.normalise(form.getCreditCode());
            if (code == null) {
                problems.add(prefix + "creditCode", "liaison.enterprise.creditCode", form.getCreditCode());
            } else if (!newCodes.add(code)) {
                problems.add(prefix + "creditCode", "liaison.enterprise.creditCodeTaken", code);
                code = null;
            }
            Sector sector = null;
            try {
                sector = Sector.valueOf(form.getSector().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(prefix + "sector", "liaison.enterprise.sector", form.getSector());
            }
            Station station = "HT".equals(form.getStationCode()) ? hutang : null;
            return code == null || sector == null || station == null ? null : new Enterprise(station, code, form.getName(), sector, now);
        }

        @Override
        public boolean hasProject(Enterprise enterprise, String name) {
            return projects.contains(enterprise.getCreditCode() + "/" + name);
        }
    }
}
