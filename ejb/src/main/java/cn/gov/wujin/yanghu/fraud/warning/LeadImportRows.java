package cn.gov.wujin.yanghu.fraud.warning;

import cn.gov.wujin.yanghu.shared.CsvRow;
import cn.gov.wujin.yanghu.shared.InvalidInputsException;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/**
 * The rows of a CSV import of leads: their columns, and each row read into a lead with every
 * value that cannot be read named ({@code rows[N].source}). What any new lead must satisfy
 * (a station of the caller, a phone, a time not in the future) the service checks after.
 */
public final class LeadImportRows {

    /** The header an import of leads must have. */
    public static final List<String> HEADER = List.of("station_code", "phone", "name", "source", "urgency", "received_at");

    /** Columns that may follow, in this order: the code of a community of the lead's station, and the address. */
    public static final List<String> OPTIONAL = List.of("community_code", "address");

    /** As long as a lead's name may be (NewLead, the warning_lead table). */
    private static final int NAME_LENGTH = 60;

    private LeadImportRows() {
    }

    /** The row as a lead; its problems are added, the lead is returned all the same so its other values are checked too. */
    public static NewLead lead(CsvRow row, InvalidInputsException.Collector problems) {
        NewLead lead = new NewLead();
        lead.setStationCode(row.get(0));
        lead.setPhone(row.get(1));
        lead.setPersonName(row.get(2).isEmpty() ? null : row.get(2));
        if (row.get(2).length() > NAME_LENGTH) {
            problems.add(row.field("personName"), "common.tooLong", NAME_LENGTH);
        }
        try {
            lead.setSource(LeadSource.valueOf(row.get(3).toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            problems.add(row.field("source"), "lead.import.source", row.get(3));
        }
        try {
            lead.setUrgency(LeadUrgency.valueOf(row.get(4).toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            problems.add(row.field("urgency"), "lead.import.urgency", row.get(4));
        }
        try {
            lead.setReceivedAt(row.get(5).isEmpty() ? null : OffsetDateTime.parse(row.get(5)));
        } catch (DateTimeParseException e) {
            problems.add(row.field("receivedAt"), "lead.import.time", row.get(5));
        }
        String address = optional(row, 7);
        lead.setAddress(address.isEmpty() ? null : address);
        if (address.length() > NewLead.ADDRESS_LENGTH) {
            problems.add(row.field("address"), "common.tooLong", NewLead.ADDRESS_LENGTH);
        }
        return lead;
    }

    /** The row's community code (empty when the file has no such column or the row no value): the service finds it in the lead's station. */
    public static String communityCode(CsvRow row) {
        return optional(row, 6);
    }

    private static String optional(CsvRow row, int index) {
        return row.values().size() > index ? row.get(index) : "";
    }
}
