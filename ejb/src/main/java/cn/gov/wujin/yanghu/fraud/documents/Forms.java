package cn.gov.wujin.yanghu.fraud.documents;

import cn.gov.wujin.yanghu.shared.BureauTime;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the forms write days, times and amounts: 2026年3月12日, 2026年3月12日10时20分, 25,800.00元; blanks for what is not known. */
final class Forms {

    /** A blank to be filled in by hand. */
    static final String BLANK = "＿＿＿＿";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日").withZone(BureauTime.ZONE);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy年M月d日H时m分").withZone(BureauTime.ZONE);

    private Forms() {
    }

    static String day(Instant at) {
        return at == null ? BLANK : DAY.format(at);
    }

    static String time(Instant at) {
        return at == null ? BLANK : TIME.format(at);
    }

    static String yuan(BigDecimal amount) {
        if (amount == null) {
            return BLANK;
        }
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(amount) + "元";
    }

    static String text(String value) {
        return value == null || value.isBlank() ? BLANK : value;
    }
}
