package cn.gov.wujin.yanghu.fraud.alerts;

import java.time.Instant;

/**
 * A stop-payment not frozen, whose 48 hours end soon or ended lately, as the rule needs it.
 * {@code officer} is the case's officer, or who asked for the stop when the case has none.
 */
public record StopPaymentWindow(long stopPaymentId, long caseId, String caseNumber, String bank, String account, Instant endsAt,
                                String officer) {
}
