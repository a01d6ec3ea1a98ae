package cn.gov.wujin.yanghu.fraud.domain;

import java.io.Serializable;
import java.util.regex.Pattern;

/** A case's business id: station code, year, and a number counted per station and year (HT-2026-000123). */
public record CaseNumber(String value) implements Serializable {

    private static final Pattern FORMAT = Pattern.compile("[A-Z]{2,8}-\\d{4}-\\d{6}");

    public CaseNumber {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("not a case number: " + value);
        }
    }

    public static CaseNumber of(String stationCode, int year, int sequence) {
        return new CaseNumber(String.format("%s-%04d-%06d", stationCode, year, sequence));
    }

    @Override
    public String toString() {
        return value;
    }
}
