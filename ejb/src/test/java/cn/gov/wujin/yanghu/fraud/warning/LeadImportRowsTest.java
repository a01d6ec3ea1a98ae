package cn.gov.wujin.yanghu.fraud.warning;

import cn.gov.wujin.yanghu.shared.CsvFile;
import cn.gov.wujin.yanghu.shared.InvalidInputException;
import cn.gov.wujin.yanghu.shared.InvalidInputsException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The rows of a lead import read into leads; the station, phone and time rules are the service's (WarningLeadIT). */
class LeadImportRowsTest {

    private static final String HEADER = "station_code,phone,name,source,urgency,received_at\n";

    @Test
    void aRowBecomesALead() {
        List<NewLead> leads = leads(HEADER + "HT, 138 0000 0001 ,\"王, 某\",hotline_96110,normal,2026-11-27T10:00:00+08:00\n"
                + "NT,13800000002,,ANTI_FRAUD_CENTER,URGENT,\n");
        assertThat(leads).hasSize(2);
        NewLead first = leads.get(0);
        assertThat(first.getStationCode()).isEqualTo("HT");
        assertThat(first.getPhone()).isEqualTo("138 0000 0001");
        assertThat(first.getPersonName()).isEqualTo("王, 某");
        assertThat(first.getSource()).isEqualTo(LeadSource.HOTLINE_96110);
        assertThat(first.getUrgency()).isEqualTo(LeadUrgency.NORMAL);
        assertThat(first.getReceivedAt()).isEqualTo(OffsetDateTime.parse("2026-11-27T10:00:00+08:00"));
        assertThat(leads.get(1).getPersonName()).isNull();
        assertThat(leads.get(1).getReceivedAt()).as("now, when the service receives it").isNull();
    }

    @Test
    void everyValueThatCannotBeReadIsNamedByRowAndColumn() {
        InvalidInputsException refused = catchThrowableOfType(InvalidInputsException.class, () -> leads(HEADER
                + "HT,13800000001,张三,ANTI_FRAUD_CENTER,URGENT,2026-11-27T10:00:00+08:00\n"
                + "HT,13800000002,李四,RUMOUR,SOON,yesterday\n"
                + "HT,13800000003," + "名".repeat(61) + ",ANTI_FRAUD_CENTER,URGENT,\n"
                + "HT,13800000004\n"));
        assertThat(refused.problems()).extracting(InvalidInputException::field).containsExactly(
                "rows[3].source", "rows[3].urgency", "rows[3].receivedAt", "rows[4].personName", "rows[5]");
        assertThat(refused.problems()).extracting(InvalidInputException::messageKey).containsExactly(
                "lead.import.source", "lead.import.urgency", "lead.import.time", "common.tooLong", "csv.columns");
        assertThat(refused.problems().get(0).arguments()).containsExactly("RUMOUR");
    }

    @Test
    void theCommunityCodeAndTheAddressMayFollow() {
        List<String> codes = new ArrayList<>();
        List<NewLead> leads = leads("station_code,phone,name,source,urgency,received_at,community_code,address\n"
                + "HT,13800000001,张三,ANTI_FRAUD_CENTER,URGENT,, HT-01 ,\"人民路8号3单元, 502\"\n"
                + "HT,13800000002,李四,ANTI_FRAUD_CENTER,URGENT,,,\n", codes);
        assertThat(codes).containsExactly("HT-01", "");
        assertThat(leads.get(0).getAddress()).isEqualTo("人民路8号3单元, 502");
        assertThat(leads.get(1).getAddress()).isNull();
        assertThat(leads(HEADER + "HT,13800000001,张三,ANTI_FRAUD_CENTER,URGENT,\n", codes).get(0).getAddress()).isNull();

        InvalidInputsException refused = catchThrowableOfType(InvalidInputsException.class, () -> leads(
                "station_code,phone,name,source,urgency,received_at,community_code,address\n"
                        + "HT,13800000001,张三,ANTI_FRAUD_CENTER,URGENT,,HT-01," + "址".repeat(201) + "\n", codes));
        assertThat(refused.problems()).extracting(InvalidInputException::field).containsExactly("rows[2].address");
    }

    private static List<NewLead> leads(String csv) {
        return leads(csv, new ArrayList<>());
    }

    private static List<NewLead> leads(String csv, List<String> communityCodes) {
        List<NewLead> leads = new ArrayList<>();
        CsvFile.read(csv.getBytes(StandardCharsets.UTF_8), LeadImportRows.HEADER, LeadImportRows.OPTIONAL)
                .checkEachRow((row, problems) -> {
                    leads.add(LeadImportRows.lead(row, problems));
                    communityCodes.add(LeadImportRows.communityCode(row));
                });
        return leads;
    }
}
