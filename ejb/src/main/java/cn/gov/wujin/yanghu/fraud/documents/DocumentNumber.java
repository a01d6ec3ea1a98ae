package cn.gov.wujin.yanghu.fraud.documents;

/**
 * A document's number as the forms print it: the bureau's abbreviation, the station's short name,
 * the series, the year and the serial, as 武公(湖)受字〔2026〕123号.
 */
public final class DocumentNumber {

    /** 常州市公安局武进分局, abbreviated as in its documents' numbers. */
    public static final String BUREAU = "武公";

    private DocumentNumber() {
    }

    public static String format(String stationShortName, String series, int year, int serial) {
        if (stationShortName == null || stationShortName.isBlank() || serial < 1) {
            throw new IllegalArgumentException("a number needs the station's short name and a serial from 1");
        }
        return BUREAU + "(" + stationShortName.strip() + ")" + series + "字〔" + year + "〕" + serial + "号";
    }
}
