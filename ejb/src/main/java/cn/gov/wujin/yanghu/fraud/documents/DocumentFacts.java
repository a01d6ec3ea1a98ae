package cn.gov.wujin.yanghu.fraud.documents;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * What the assemblers know of a case when a document is produced, read once by
 * {@link CaseDocuments}: plain values, so each assembler is a function that a test can call.
 * People are named as their accounts' display names.
 *
 * @param reporter       the first victim, who reported (null when the case has none)
 * @param lookupUrl      the public lookup address of the case's progress with its receipt code
 * @param stopPayment    for the bank notices, the stop-payment; null otherwise
 */
public record DocumentFacts(String number, Instant issuedAt, String issuedBy,
                            String caseNumber, String fraudType, String stationName, String stationAddress, String stationPhone,
                            Instant reportedAt, String narrative, BigDecimal totalLoss, Person reporter, String officer,
                            Step accepted, Step filed, Step notFiled, String receiptCode, String lookupUrl,
                            int reconsiderationDays, Money stopPayment) {

    /** The person who reported, with their personal data as the caller may see it (masked for an AUXILIARY). */
    public record Person(String name, String idCardNumber, String phone, Integer age, String occupation) {
    }

    /** A step of the procedure: when, by whom, why (null when not taken). */
    public record Step(Instant at, String by, String reason) {
    }

    /** A stop-payment and its freeze, as the bank notices state them. */
    public record Money(long id, String bank, String account, BigDecimal frozen, Instant frozenAt, Instant expiresAt,
                        String freezeStatus, Renewal lastRenewal, Instant unfrozenAt, String unfreezeReason) {

        /** A freeze without renewal or unfreeze (as first made). */
        public Money(long id, String bank, String account, BigDecimal frozen, Instant frozenAt, Instant expiresAt, String freezeStatus) {
            this(id, bank, account, frozen, frozenAt, expiresAt, freezeStatus, null, null, null);
        }
    }

    /** The renewal (续冻) a renewal notice is about: the latest of the freeze. */
    public record Renewal(Instant renewedAt, Instant previousExpiresAt, Instant newExpiresAt) {
    }

    /** The case's name on the forms: "王丽被电信网络诈骗（刷单返利）案". */
    public String caseName() {
        return (reporter == null ? "" : reporter.name() + "被") + "电信网络诈骗（" + fraudType + "）案";
    }

    /** The issuing authority of the decisions and notices; the station handles and numbers them. */
    public String authority() {
        return "常州市公安局武进分局";
    }
}
