package cn.gov.wujin.yanghu.patrol.domain;

import cn.gov.wujin.yanghu.organization.domain.Account;
import cn.gov.wujin.yanghu.organization.domain.Role;
import cn.gov.wujin.yanghu.organization.domain.Station;
import cn.gov.wujin.yanghu.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Steps made on the phone while offline: the phone's time, the tolerance, the window, sent late. */
class DeviceTimeTest {

    private static final Duration TWELVE_HOURS = Duration.ofHours(12);
    private final Instant planned = Instant.parse("2026-12-06T00:00:00Z");
    private final Instant start = planned.plus(Duration.ofHours(1));
    private final Instant end = start.plus(Duration.ofHours(4));

    @Test
    void thePhonesTimeIsAcceptedWithinTheToleranceAndMarkedLateAfterTheSkew() {
        Instant received = Instant.parse("2026-12-06T12:00:00Z");
        assertThat(DeviceTime.of(received.minusSeconds(60), received, TWELVE_HOURS).late()).isFalse();
        assertThat(DeviceTime.of(received.plusSeconds(100), received, TWELVE_HOURS).late()).as("a phone a little ahead").isFalse();
        DeviceTime hoursAgo = DeviceTime.of(received.minus(Duration.ofHours(3)), received, TWELVE_HOURS);
        assertThat(hoursAgo.late()).isTrue();
        assertThat(hoursAgo.at()).isEqualTo(received.minus(Duration.ofHours(3)));
        assertThat(DeviceTime.of(received.minus(TWELVE_HOURS), received, TWELVE_HOURS).late()).isTrue();
        assertThatThrownBy(() -> DeviceTime.of(received.minus(TWELVE_HOURS).minusSeconds(1), received, TWELVE_HOURS))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("offline.refused.tooLate");
        assertThatThrownBy(() -> DeviceTime.of(received.plus(Duration.ofMinutes(3)), received, TWELVE_HOURS))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("offline.refused.future");
    }

    @Test
    void anOfflineCheckInKeepsThePhonesTimeInsideTheWindowAndHoursCountFromIt() {
        Shift shift = new Shift(group(), "人民路", start, end, 2, null, "officer1", planned);
        GroupMember member = member(shift.getGroup());
        shift.signUp(member, planned);
        Instant received = end.plus(Duration.ofHours(2));
        assertThatThrownBy(() -> shift.checkIn(member, DeviceTime.of(start.minus(Duration.ofMinutes(31)), received, TWELVE_HOURS),
                CheckInPosition.NONE)).hasMessageContaining("offline.refused.window");
        shift.checkIn(member, DeviceTime.of(start.plus(Duration.ofMinutes(6)), received, TWELVE_HOURS), CheckInPosition.NONE);
        assertThatThrownBy(() -> shift.checkOut(member, DeviceTime.of(start, received, TWELVE_HOURS)))
                .hasMessageContaining("offline.refused.beforeCheckIn");
        shift.checkOut(member, DeviceTime.of(end.minus(Duration.ofMinutes(30)), received, TWELVE_HOURS));
        ShiftSignup signup = shift.signupOf(member).orElseThrow();
        assertThat(signup.getCheckedInAt()).isEqualTo(start.plus(Duration.ofMinutes(6)));
        assertThat(signup.isSentLate()).isTrue();
        assertThat(shift.hoursOf(signup)).isEqualTo(3.4);
    }

    @Test
    void aCancelledShiftRefusesAnOfflineCheckInByItsOwnReason() {
        Shift shift = new Shift(group(), "人民路", start, end, 2, null, "officer1", planned);
        GroupMember member = member(shift.getGroup());
        shift.signUp(member, planned);
        shift.cancel();
        assertThatThrownBy(() -> shift.checkIn(member, DeviceTime.of(start, start.plusSeconds(10), TWELVE_HOURS), CheckInPosition.NONE))
                .hasMessageContaining("offline.refused.cancelled");
    }

    @Test
    void aCheckInOnTimeIsNotSentLate() {
        Shift shift = new Shift(group(), "人民路", start, end, 2, null, "officer1", planned);
        GroupMember member = member(shift.getGroup());
        shift.signUp(member, planned);
        shift.checkIn(member, DeviceTime.of(start, start.plusSeconds(30), TWELVE_HOURS), CheckInPosition.NONE);
        assertThat(shift.signupOf(member).orElseThrow().isSentLate()).isFalse();
    }

    private static PatrolGroup group() {
        Station station = withId(new Station("HT", "湖塘派出所", "Hutang"), 1L);
        return withId(new PatrolGroup(station, "人民路巡防队", new Account("officer1", "民警", "x", station, Set.of(Role.OFFICER)), null, null),
                10L);
    }

    private static GroupMember member(PatrolGroup group) {
        return withId(new GroupMember(group, 7L, "志愿者", MemberKind.VOLUNTEER, null, null, LocalDate.now()), 70L);
    }

    private static <T> T withId(T entity, long id) {
        try {
            Field f = entity.getClass().getDeclaredField("id");
            f.setAccessible(true);
            f.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
