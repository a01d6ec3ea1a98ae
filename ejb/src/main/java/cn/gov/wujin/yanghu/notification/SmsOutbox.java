package cn.gov.wujin.yanghu.notification;

import cn.gov.wujin.yanghu.shared.PhoneNumbers;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;

import java.sql.Time;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one way an SMS leaves the application: a message offered here is a row of the outbox,
 * written in the caller's transaction, so a change that rolls back sends nothing. The
 * {@link SmsDispatcher} sends it after the commit, once, with retries. Whether a message is
 * written at all follows the kind's setting (by SMS or not, chosen by the administrator) and the
 * person's own (SMS off, quiet hours).
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class SmsOutbox {

    /** An SMS platform splits longer texts into several messages; a notification's text is far shorter. */
    public static final int LONGEST_TEXT = 500;

    private static final Pattern KIND = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");

    @PersistenceContext
    private EntityManager em;

    /**
     * A message to the person with this account, when the kind goes by SMS, they have not turned
     * SMS off and their account (active) has a phone. Outside quiet hours, or when urgent, it is
     * due at once; otherwise when their quiet hours end.
     *
     * @return whether a message was written
     */
    public boolean offer(@NotNull Long accountId, @NotNull String kind, boolean urgent, @NotNull String text) {
        String message = checked(kind, text);
        if (!goesBySms(kind)) {
            return false;
        }
        List<?> found = em.createNativeQuery("SELECT a.phone, a.station_id, p.sms_enabled, p.quiet_from, p.quiet_to "
                        + "FROM account a LEFT JOIN notification_preference p ON p.account_id = a.id WHERE a.id = ?1 AND a.active")
                .setParameter(1, accountId).getResultList();
        if (found.isEmpty()) {
            return false;
        }
        Object[] person = (Object[]) found.get(0);
        Optional<String> phone = PhoneNumbers.normalize((String) person[0]);
        if (phone.isEmpty() || Boolean.FALSE.equals(person[2])) {
            return false;
        }
        Instant now = Instant.now();
        Instant due = urgent || person[3] == null ? now
                : new QuietHours(localTime(person[3]), localTime(person[4])).sendableFrom(now);
        write(accountId, person[1] == null ? null : ((Number) person[1]).longValue(), phone.get(), kind, urgent, message, due);
        return true;
    }

    /**
     * A message to someone without an account (an enterprise's contact), when the kind goes by
     * SMS and the phone is a number; due at once.
     *
     * @return whether a message was written
     */
    public boolean offerToPhone(String phone, @NotNull String kind, @NotNull String text) {
        String message = checked(kind, text);
        Optional<String> number = PhoneNumbers.normalize(phone);
        if (number.isEmpty() || !goesBySms(kind)) {
            return false;
        }
        write(null, null, number.get(), kind, false, message, Instant.now());
        return true;
    }

    /** The kind's setting; a kind never seen before is recorded, not by SMS, for the administrator to decide. */
    private boolean goesBySms(String kind) {
        List<?> sms = em.createNativeQuery("SELECT sms FROM notification_kind_setting WHERE kind = ?1").setParameter(1, kind)
                .getResultList();
        if (!sms.isEmpty()) {
            return Boolean.TRUE.equals(sms.get(0));
        }
        em.createNativeQuery("INSERT INTO notification_kind_setting (kind, sms) VALUES (?1, false) ON CONFLICT (kind) DO NOTHING")
                .setParameter(1, kind).executeUpdate();
        return false;
    }

    private void write(Long accountId, Long stationId, String phone, String kind, boolean urgent, String text, Instant due) {
        em.createNativeQuery("INSERT INTO sms_outbox (account_id, station_id, phone, kind, urgent, text, not_before) "
                        + "VALUES (CAST(?1 AS bigint), CAST(?2 AS bigint), ?3, ?4, ?5, ?6, ?7)")
                .setParameter(1, accountId).setParameter(2, stationId).setParameter(3, phone).setParameter(4, kind)
                .setParameter(5, urgent).setParameter(6, text).setParameter(7, Timestamp.from(due)).executeUpdate();
    }

    /** A time column as the driver hands it over. */
    private static LocalTime localTime(Object value) {
        return value instanceof Time t ? t.toLocalTime() : (LocalTime) value;
    }

    /** A caller's mistake, not a person's: the kinds and texts are the application's own. */
    private static String checked(String kind, String text) {
        if (!KIND.matcher(kind).matches()) {
            throw new IllegalArgumentException("not a notification kind: " + kind);
        }
        String message = text.strip();
        if (message.isEmpty()) {
            throw new IllegalArgumentException("an SMS without text");
        }
        return message.length() <= LONGEST_TEXT ? message : message.substring(0, LONGEST_TEXT - 1) + "…";
    }
}
