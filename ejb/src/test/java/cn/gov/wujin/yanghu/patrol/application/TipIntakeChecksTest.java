package cn.gov.wujin.yanghu.patrol.application;

import cn.gov.wujin.yanghu.shared.InvalidInputException;
import cn.gov.wujin.yanghu.shared.InvalidInputsException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class TipIntakeChecksTest {

    private static final Instant NOW = Instant.parse("2026-12-05T12:00:00Z");
    private static final String KEY = "3f9c1a52-7d0e-4b8a-9c61-2e5f0a7b8d14";

    private static NewTip tip() {
        NewTip tip = new NewTip();
        tip.setCategory("FRAUD_LEAD");
        tip.setOccurredAt(OffsetDateTime.ofInstant(NOW.minus(Duration.ofMinutes(40)), ZoneOffset.ofHours(8)));
        tip.setPlace("湖塘菜场门口");
        tip.setDescription("有人发传单宣传高息养老理财，拉老人扫码进群");
        return tip;
    }

    /** The refusals, field → message key, in the order found. */
    private static Map<String, String> problems(NewTip tip, String key) {
        try {
            TipIntakeChecks.check(tip, key, NOW).throwIfAny();
            return Map.of();
        } catch (InvalidInputsException e) {
            return e.problems().stream().collect(Collectors.toMap(InvalidInputException::field, InvalidInputException::messageKey,
                    (a, b) -> a + "," + b, java.util.LinkedHashMap::new));
        }
    }

    @Test
    void aCompleteTipPasses() {
        assertThat(problems(tip(), KEY)).isEmpty();
        NewTip located = tip();
        located.setLatitude(new BigDecimal("31.7123"));
        located.setLongitude(new BigDecimal("119.9391"));
        assertThat(problems(located, KEY)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"UFO", "fraud_lead", " FRAUD_LEAD", ""})
    void anUnknownCategoryIsNamed(String category) {
        NewTip tip = tip();
        tip.setCategory(category);
        assertThat(problems(tip, KEY)).containsExactly(Map.entry("category", "tip.category.unknown"));
    }

    @Test
    void aMissingCategoryIsNamedToo() {
        NewTip tip = tip();
        tip.setCategory(null);
        assertThat(problems(tip, KEY)).containsExactly(Map.entry("category", "tip.category.unknown"));
    }

    @Test
    void aTimeAheadOfTheServerWithinTheClockSkewIsNow() {
        NewTip tip = tip();
        tip.setOccurredAt(OffsetDateTime.ofInstant(NOW.plus(Duration.ofMinutes(5)), ZoneOffset.ofHours(8)));
        assertThat(problems(tip, KEY)).isEmpty();
        tip.setOccurredAt(OffsetDateTime.ofInstant(NOW.plus(Duration.ofMinutes(5)).plusSeconds(1), ZoneOffset.ofHours(8)));
        assertThat(problems(tip, KEY)).containsExactly(Map.entry("occurredAt", "tip.occurredAt.future"));
    }

    @Test
    void theTimeCountsAsAnInstantWhateverTheOffsetItWasSentIn() {
        NewTip tip = tip();
        // 19:30 in Beijing is 11:30 UTC: half an hour ago, not seven and a half hours ahead
        tip.setOccurredAt(OffsetDateTime.parse("2026-12-05T19:30:00+08:00"));
        assertThat(problems(tip, KEY)).isEmpty();
        tip.setOccurredAt(OffsetDateTime.parse("2026-12-05T19:30:00Z"));
        assertThat(problems(tip, KEY)).containsOnlyKeys("occurredAt");
    }

    @Test
    void aTimeLongAgoIsNoConcernOfTheseChecks() {
        NewTip tip = tip();
        tip.setOccurredAt(OffsetDateTime.parse("2025-01-01T08:00:00+08:00"));
        assertThat(problems(tip, KEY)).isEmpty();
    }

    @Test
    void coordinatesComeInPairsAndTheMissingOneIsNamed() {
        NewTip onlyLatitude = tip();
        onlyLatitude.setLatitude(new BigDecimal("31.7123"));
        assertThat(problems(onlyLatitude, KEY)).containsExactly(Map.entry("longitude", "tip.coordinates.both"));
        NewTip onlyLongitude = tip();
        onlyLongitude.setLongitude(new BigDecimal("119.9391"));
        assertThat(problems(onlyLongitude, KEY)).containsExactly(Map.entry("latitude", "tip.coordinates.both"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"short", "has space in it", "key/with/slashes", "ключ-не-ascii", "1234567"})
    void anIdempotencyKeyAPhoneCouldNotHaveMadeIsRefused(String key) {
        assertThat(problems(tip(), key)).containsExactly(Map.entry("Idempotency-Key", "tip.idempotencyKey.invalid"));
    }

    @Test
    void anIdempotencyKeyIsEightTo128OfLettersDigitsAndDotUnderscoreColonDash() {
        assertThat(problems(tip(), "12345678")).isEmpty();
        assertThat(problems(tip(), "01J9ZK3M4Q:tip.1_a-b")).isEmpty();
        assertThat(problems(tip(), "k".repeat(128))).isEmpty();
        assertThat(problems(tip(), "k".repeat(129))).containsOnlyKeys("Idempotency-Key");
    }

    @Test
    void everyProblemIsNamedAtOnce() {
        NewTip tip = tip();
        tip.setCategory("UFO");
        tip.setOccurredAt(OffsetDateTime.ofInstant(NOW.plus(Duration.ofHours(1)), ZoneOffset.UTC));
        tip.setLatitude(new BigDecimal("31.7"));
        assertThat(problems(tip, null).keySet()).containsExactly("Idempotency-Key", "category", "occurredAt", "longitude");
    }

    @Test
    void theUnknownCategoryIsRepeatedInTheRefusal() {
        NewTip tip = tip();
        tip.setCategory("UFO");
        InvalidInputsException refusal = refusal(tip);
        assertThat(refusal.problems()).singleElement().satisfies(p -> assertThat(p.arguments()).containsExactly("UFO"));
    }

    private static InvalidInputsException refusal(NewTip tip) {
        try {
            TipIntakeChecks.check(tip, KEY, NOW).throwIfAny();
        } catch (InvalidInputsException e) {
            return e;
        }
        throw new AssertionError("no refusal");
    }

    // ---- what makes a retry "the same tip" (the idempotency key's fingerprint)

    @Test
    void aRetryWithTheSameContentHasTheSameFingerprint() {
        NewTip again = tip();
        again.setPlace("  湖塘菜场门口 ");
        again.setDescription("有人发传单宣传高息养老理财，拉老人扫码进群\n");
        // the same moment, sent in another offset
        again.setOccurredAt(tip().getOccurredAt().withOffsetSameInstant(ZoneOffset.UTC));
        assertThat(again.fingerprint()).isEqualTo(tip().fingerprint());
        NewTip located = tip();
        located.setLatitude(new BigDecimal("31.7100"));
        located.setLongitude(new BigDecimal("119.90"));
        NewTip sameSpot = tip();
        sameSpot.setLatitude(new BigDecimal("31.71"));
        sameSpot.setLongitude(new BigDecimal("119.9"));
        assertThat(sameSpot.fingerprint()).isEqualTo(located.fingerprint());
    }

    @Test
    void anotherDescriptionPlaceTimeOrCategoryIsAnotherTip() {
        String first = tip().fingerprint();
        NewTip description = tip();
        description.setDescription("另一件事");
        NewTip place = tip();
        place.setPlace("花园街小区北门");
        NewTip time = tip();
        time.setOccurredAt(tip().getOccurredAt().plusMinutes(1));
        NewTip category = tip();
        category.setCategory("OTHER");
        NewTip station = tip();
        station.setStationCode("NT");
        assertThat(List.of(description, place, time, category, station)).extracting(NewTip::fingerprint).doesNotContain(first)
                .doesNotHaveDuplicates();
    }
}
