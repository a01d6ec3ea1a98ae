package cn.gov.wujin.yanghu.patrol.application;

import cn.gov.wujin.yanghu.patrol.domain.TipCategory;
import cn.gov.wujin.yanghu.shared.BureauTime;
import cn.gov.wujin.yanghu.shared.InvalidInputsException;

import java.time.Instant;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * What a tip must satisfy before it is stored, beyond its form's own constraints (lengths,
 * required fields, the coordinates' range: Bean Validation checks those first, at the service's
 * boundary). Every broken rule names its field, all at once, so the phone shows them together.
 */
final class TipIntakeChecks {

    /** A key a phone can make up on its own (a UUID, a ULID, a time with a counter), long enough not to collide. */
    static final Pattern IDEMPOTENCY_KEY = Pattern.compile("[A-Za-z0-9._:-]{8,128}");

    private TipIntakeChecks() {
    }

    /** The problems of a tip sent under {@code idempotencyKey} at {@code now}; empty when there are none. */
    static InvalidInputsException.Collector check(NewTip form, String idempotencyKey, Instant now) {
        InvalidInputsException.Collector problems = new InvalidInputsException.Collector();
        if (idempotencyKey == null || !IDEMPOTENCY_KEY.matcher(idempotencyKey).matches()) {
            problems.add("Idempotency-Key", "tip.idempotencyKey.invalid");
        }
        if (!isCategory(form.getCategory())) {
            problems.add("category", "tip.category.unknown", form.getCategory());
        }
        // a phone's clock may run a few minutes ahead: that is still "now", not a tip about the future
        if (form.getOccurredAt() != null && BureauTime.isFuture(form.getOccurredAt().toInstant(), now)) {
            problems.add("occurredAt", "tip.occurredAt.future");
        }
        if ((form.getLatitude() == null) != (form.getLongitude() == null)) {
            problems.add(form.getLatitude() == null ? "latitude" : "longitude", "tip.coordinates.both");
        }
        return problems;
    }

    private static boolean isCategory(String name) {
        return Arrays.stream(TipCategory.values()).anyMatch(c -> c.name().equals(name));
    }
}
