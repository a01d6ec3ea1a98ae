package cn.gov.wujin.yanghu.fraud.domain;

import cn.gov.wujin.yanghu.shared.RuleViolationException;

/**
 * An account may be stopped at most STOP_PAYMENTS_PER_ACCOUNT times, across all cases and
 * stations: a stop-payment is an emergency measure, not a lasting one (the freeze is). The
 * caller counts the account's earlier stop-payments with the account locked, so two requests
 * on one account at the same moment count each other.
 *
 * @param earlier   the account's stop-payments so far
 * @param limit     the number allowed
 * @param lastCase  the case number of the latest of them, and its station's code
 */
public record StopPaymentQuota(long earlier, int limit, String lastCase, String lastStation) {

    /** Refused (409) naming the count and the limit, and where the account was last stopped (another station's case by number and station only). */
    public void allowAnother() {
        if (earlier >= limit) {
            throw new RuleViolationException("fraud.freeze.stopLimitReached", earlier, limit, lastCase, lastStation);
        }
    }
}
