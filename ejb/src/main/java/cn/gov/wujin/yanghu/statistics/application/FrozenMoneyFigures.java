package cn.gov.wujin.yanghu.statistics.application;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The frozen money (冻结资金) of one key (a station's code or a month yyyy-MM), each figure by the
 * month of its own event (Beijing days), per the station of the case:
 * <ul>
 * <li>{@code frozen}: freezes recorded (by {@code frozen_at});</li>
 * <li>{@code lapsed}: freezes that lapsed without renewal ({@code freeze_status = 'LAPSED'}, by
 * {@code freeze_expires_at});</li>
 * <li>{@code returned}: money given back to victims (by the return's date; plan returns and direct ones);</li>
 * <li>{@code awaitingNotice}: the shares of return plans now on public notice (by approval).</li>
 * </ul>
 */
@Schema(description = "The frozen money (冻结资金) of one key (a station's code or a month yyyy-MM; * for the total), each figure by "
        + "the Beijing month of its own event, per the case's station. Amounts are decimal strings in yuan, exact to the fen.")
public record FrozenMoneyFigures(
        @Schema(required = true, description = "The station's code or the month (yyyy-MM), by groupBy; * for the total.", example = "HT")
        String key,
        @Schema(required = true, pattern = Rates.YUAN_PATTERN, description = "Freezes recorded in the period.", example = "198500.00")
        String frozen,
        @Schema(required = true, pattern = Rates.YUAN_PATTERN, description = "Freezes that lapsed (LAPSED) with their expiry in the "
                + "period.", example = "12000.00") String lapsed,
        @Schema(required = true, pattern = Rates.YUAN_PATTERN, description = "Money returned to victims in the period.",
                example = "60000.00") String returned,
        @Schema(required = true, pattern = Rates.YUAN_PATTERN, description = "Shares of return plans on public notice now, approved "
                + "in the period.", example = "30000.00") String awaitingNotice) implements Serializable {

    static FrozenMoneyFigures of(Object[] r) {
        return new FrozenMoneyFigures(String.valueOf(r[0]), yuan(r[1]), yuan(r[2]), yuan(r[3]), yuan(r[4]));
    }

    static FrozenMoneyFigures none() {
        return new FrozenMoneyFigures(Breakdown.TOTAL, "0.00", "0.00", "0.00", "0.00");
    }

    private static String yuan(Object value) {
        return (value == null ? BigDecimal.ZERO : new BigDecimal(value.toString())).setScale(2, RoundingMode.UNNECESSARY).toPlainString();
    }
}
