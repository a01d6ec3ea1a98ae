package cn.gov.wujin.yanghu.notification;

import cn.gov.wujin.yanghu.shared.BureauTime;

import java.io.Serializable;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A person's quiet hours, in bureau time (Beijing): from {@code from} up to {@code to}, across
 * midnight when {@code from} is the later (22:00–07:00). A message that is not urgent waits until
 * they end; an urgent one (a warning lead with 30 minutes to act) goes at once.
 */
public record QuietHours(LocalTime from, LocalTime to) implements Serializable {

    private static final Pattern HOURS_MINUTES = Pattern.compile("\\d{1,2}:\\d{2}");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("HH:mm");

    public QuietHours {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.equals(to)) {
            throw new IllegalArgumentException("quiet hours that start when they end");
        }
    }

    /** Whether {@code time} of a bureau day lies in the window (its start included, its end not). */
    public boolean covers(LocalTime time) {
        return from.isBefore(to) ? !time.isBefore(from) && time.isBefore(to) : !time.isBefore(from) || time.isBefore(to);
    }

    /** When a message that is not urgent may be sent: {@code now}, or the end of the quiet hours {@code now} falls in. */
    public Instant sendableFrom(Instant now) {
        ZonedDateTime local = now.atZone(BureauTime.ZONE);
        if (!covers(local.toLocalTime())) {
            return now;
        }
        ZonedDateTime end = local.with(to);
        return (end.isAfter(local) ? end : end.plusDays(1)).toInstant();
    }

    /** "22:00" or "7:30" (hours 0–23, minutes 0–59); empty for anything else. */
    public static Optional<LocalTime> parse(String text) {
        if (text == null || !HOURS_MINUTES.matcher(text.strip()).matches()) {
            return Optional.empty();
        }
        String[] parts = text.strip().split(":");
        try {
            return Optional.of(LocalTime.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1])));
        } catch (DateTimeException e) { // 24:00, 7:60
            return Optional.empty();
        }
    }

    /** As people write it: "22:00". */
    public static String format(LocalTime time) {
        return time == null ? null : SHOWN.format(time);
    }
}
