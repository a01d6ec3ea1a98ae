package cn.gov.wujin.yanghu.fraud.application;

import cn.gov.wujin.yanghu.fraud.domain.CaseStatus;
import cn.gov.wujin.yanghu.shared.BureauTime;
import cn.gov.wujin.yanghu.shared.RateLimiter;
import cn.gov.wujin.yanghu.shared.RecordNotFoundException;
import cn.gov.wujin.yanghu.shared.TooManyRequestsException;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The public progress lookup (进度查询): whoever holds the receipt's query code and the last four
 * digits of the reporting victim's phone (victim 1, who reported) sees the case's status and
 * the day of its last step, nothing else. A wrong phone answers exactly like an unknown code,
 * after the same query, so neither the answer nor its time tells that the code exists; guessing
 * is limited per client address (only lookups with four digits count).
 */
@Stateless
@PermitAll
public class PublicCaseLookup {

    /** Lookups per client address and window: a person checks a few times, a guesser needs thousands. */
    public static final int LIMIT = 10;
    public static final Duration WINDOW = Duration.ofMinutes(10);

    /** What a missing or wrong answer compares against, so both paths do the same work. */
    private static final String NO_PHONE = "----";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private RateLimiter rateLimiter;

    public PublicCaseProgress lookUp(String receiptCode, String phoneLast4, String clientAddress) {
        String given = phoneLast4 == null ? "" : phoneLast4.strip();
        if (!given.matches("\\d{4}")) {
            // no four digits, no lookup: the same answer as an unknown code, and nothing counted (it tells nothing of the code)
            throw new RecordNotFoundException("Case", null);
        }
        if (!rateLimiter.tryAcquire("public-case:" + clientAddress, LIMIT, WINDOW)) {
            throw new TooManyRequestsException("publicCase.tooMany", WINDOW.toMinutes());
        }
        String code = receiptCode == null ? "" : receiptCode.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        List<Object[]> found = em.createQuery("SELECT c.status, v.phone, max(t.occurredAt), c.createdAt "
                        + "FROM FraudCase c JOIN c.victims v LEFT JOIN c.transitions t WHERE c.receiptCode = :code AND v.position = 1 "
                        + "GROUP BY c.status, v.phone, c.createdAt", Object[].class)
                .setParameter("code", code).getResultList();
        Object[] row = found.isEmpty() ? null : found.get(0);
        String phone = row == null || row[1] == null ? "" : ((String) row[1]).replaceAll("\\D", "");
        String last4 = phone.length() < 4 ? NO_PHONE : phone.substring(phone.length() - 4);
        // compared in constant time: the answer's time does not tell how many digits were right
        boolean match = MessageDigest.isEqual(last4.getBytes(StandardCharsets.US_ASCII), given.getBytes(StandardCharsets.US_ASCII));
        if (row == null || !match) {
            throw new RecordNotFoundException("Case", null);
        }
        Instant last = row[2] != null ? (Instant) row[2] : (Instant) row[3];
        return new PublicCaseProgress(((CaseStatus) row[0]).name(), LocalDate.ofInstant(last, BureauTime.ZONE));
    }
}
