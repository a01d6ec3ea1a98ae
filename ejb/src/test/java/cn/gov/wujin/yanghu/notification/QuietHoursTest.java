package cn.gov.wujin.yanghu.notification;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QuietHoursTest {

    private static final ZoneOffset BEIJING = ZoneOffset.ofHours(8);
    private static final QuietHours NIGHT = new QuietHours(LocalTime.of(22, 0), LocalTime.of(7, 0));
    private static final QuietHours LUNCH = new QuietHours(LocalTime.of(12, 0), LocalTime.of(13, 30));

    private static Instant beijing(int day, int hour, int minute) {
        return OffsetDateTime.of(2026, 3, day, hour, minute, 0, 0, BEIJING).toInstant();
    }

    @Test
    void aWindowAcrossMidnightCoversTheLateEveningAndTheEarlyMorning() {
        assertThat(NIGHT.covers(LocalTime.of(22, 0))).as("its start").isTrue();
        assertThat(NIGHT.covers(LocalTime.of(23, 59))).isTrue();
        assertThat(NIGHT.covers(LocalTime.MIDNIGHT)).isTrue();
        assertThat(NIGHT.covers(LocalTime.of(6, 59))).isTrue();
        assertThat(NIGHT.covers(LocalTime.of(7, 0))).as("its end").isFalse();
        assertThat(NIGHT.covers(LocalTime.of(12, 0))).isFalse();
        assertThat(NIGHT.covers(LocalTime.of(21, 59))).isFalse();
    }

    @Test
    void aMessageInTheEveningWaitsUntilTheNextMorning() {
        assertThat(NIGHT.sendableFrom(beijing(10, 23, 30))).isEqualTo(beijing(11, 7, 0));
        assertThat(NIGHT.sendableFrom(beijing(10, 22, 0))).isEqualTo(beijing(11, 7, 0));
    }

    @Test
    void aMessageAfterMidnightWaitsUntilSevenTheSameDay() {
        assertThat(NIGHT.sendableFrom(beijing(11, 0, 0))).isEqualTo(beijing(11, 7, 0));
        assertThat(NIGHT.sendableFrom(beijing(11, 3, 15))).isEqualTo(beijing(11, 7, 0));
    }

    @Test
    void outsideTheWindowAMessageGoesAtOnce() {
        Instant now = beijing(11, 7, 0);
        assertThat(NIGHT.sendableFrom(now)).isEqualTo(now);
        assertThat(NIGHT.sendableFrom(beijing(11, 21, 59))).isEqualTo(beijing(11, 21, 59));
    }

    @Test
    void aWindowWithinOneDayEndsTheSameDay() {
        assertThat(LUNCH.covers(LocalTime.of(11, 59))).isFalse();
        assertThat(LUNCH.covers(LocalTime.of(12, 0))).isTrue();
        assertThat(LUNCH.covers(LocalTime.of(13, 30))).isFalse();
        assertThat(LUNCH.sendableFrom(beijing(11, 12, 45))).isEqualTo(beijing(11, 13, 30));
        assertThat(LUNCH.sendableFrom(beijing(11, 23, 0))).isEqualTo(beijing(11, 23, 0));
    }

    @Test
    void theWindowIsBureauTimeWhateverZoneTheServerRunsIn() {
        // 23:30 in Beijing is 15:30 UTC: quiet, whatever the JVM's zone says
        Instant lateInBeijing = OffsetDateTime.of(2026, 3, 10, 15, 30, 0, 0, ZoneOffset.UTC).toInstant();
        assertThat(NIGHT.sendableFrom(lateInBeijing)).isEqualTo(OffsetDateTime.of(2026, 3, 10, 23, 0, 0, 0, ZoneOffset.UTC).toInstant());
    }

    @Test
    void timesAreReadAsHoursAndMinutes() {
        assertThat(QuietHours.parse("22:00")).contains(LocalTime.of(22, 0));
        assertThat(QuietHours.parse(" 7:30 ")).contains(LocalTime.of(7, 30));
        assertThat(QuietHours.parse("00:00")).contains(LocalTime.MIDNIGHT);
        assertThat(QuietHours.parse("24:00")).isEmpty();
        assertThat(QuietHours.parse("7:60")).isEmpty();
        assertThat(QuietHours.parse("22")).isEmpty();
        assertThat(QuietHours.parse("22:00:00")).isEmpty();
        assertThat(QuietHours.parse("２２:００")).as("full-width digits").isEmpty();
        assertThat(QuietHours.parse(null)).isEmpty();
        assertThat(QuietHours.format(LocalTime.of(7, 5))).isEqualTo("07:05");
    }

    @Test
    void aWindowMustNotStartWhenItEnds() {
        assertThatThrownBy(() -> new QuietHours(LocalTime.NOON, LocalTime.NOON)).isInstanceOf(IllegalArgumentException.class);
    }
}
