package cn.gov.wujin.yanghu.patrol.domain;

import cn.gov.wujin.yanghu.organization.domain.Account;
import cn.gov.wujin.yanghu.organization.domain.Role;
import cn.gov.wujin.yanghu.organization.domain.Station;
import cn.gov.wujin.yanghu.shared.InvalidInputException;
import cn.gov.wujin.yanghu.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ShiftTest {

    private final Instant now = Instant.parse("2026-11-27T10:00:00Z");
    private final Instant start = now.plus(Duration.ofHours(5));
    private final Instant end = start.plus(Duration.ofHours(3));
    private final PatrolGroup group = withId(new PatrolGroup(station(), "人民路巡防队",
            new Account("officer1", "民警", "x", station(), Set.of(Role.OFFICER)), null, null), 10L);
    private final GroupMember member = withId(new GroupMember(group, 7L, "志愿者", MemberKind.VOLUNTEER, null, null, LocalDate.now()), 70L);

    private Shift shift() {
        return new Shift(group, "人民路", start, end, 2, null, "officer1", now);
    }

    @Test
    void aShiftLiesAheadAndLastsAtMostTwelveHours() {
        assertThatThrownBy(() -> new Shift(group, "x", now.minusSeconds(60), end, 1, null, "officer1", now))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new Shift(group, "x", start, start, 1, null, "officer1", now)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new Shift(group, "x", start, start.plus(Duration.ofHours(13)), 1, null, "officer1", now))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new Shift(group, "x", start, end, 0, null, "officer1", now)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void checkInIsRefusedOutsideTheWindowAndHoursCountInsideIt() {
        Shift shift = shift();
        shift.signUp(member, now);
        assertThat(shift.isUnderstaffed()).isTrue();
        assertThatThrownBy(() -> shift.checkIn(member, start.minus(Duration.ofMinutes(31)))).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> shift.checkIn(member, end.plusSeconds(1))).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> shift.checkOut(member, start)).isInstanceOf(RuleViolationException.class);

        shift.checkIn(member, start.minus(Duration.ofMinutes(20)));
        shift.checkIn(member, start.plus(Duration.ofMinutes(5))); // a second tap keeps the first time
        shift.checkOut(member, end.plus(Duration.ofMinutes(40)));
        ShiftSignup signup = shift.signupOf(member).orElseThrow();
        assertThat(signup.getCheckedInAt()).isEqualTo(start.minus(Duration.ofMinutes(20)));
        assertThat(shift.hoursOf(signup)).isEqualTo(3.0); // only the shift's own window counts
    }

    @Test
    void hoursAreTenthsRoundedDown() {
        Shift shift = shift();
        shift.signUp(member, now);
        shift.checkIn(member, start.plus(Duration.ofMinutes(10)));
        shift.checkOut(member, start.plus(Duration.ofMinutes(10 + 95)));
        assertThat(shift.hoursOf(shift.signupOf(member).orElseThrow())).isEqualTo(1.5);
    }

    @Test
    void cancellingClosesTwoHoursBeforeTheStartAndSigningUpAgainRevives() {
        Shift shift = shift();
        shift.signUp(member, now);
        shift.signUp(member, now);
        assertThat(shift.signedUp()).isEqualTo(1);
        shift.cancelSignUp(member, start.minus(Duration.ofHours(3)));
        assertThat(shift.signedUp()).isZero();
        shift.signUp(member, start.minus(Duration.ofHours(2)));
        assertThat(shift.signedUp()).isEqualTo(1);
        assertThatThrownBy(() -> shift.cancelSignUp(member, start.minus(Duration.ofMinutes(90)))).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> shift.signUp(member, start)).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void onDutyMeansInsideTheWindowOrCheckedInEarlyAndNotYetOut() {
        Shift shift = shift();
        ShiftSignup signup = shift.signUp(member, now);
        assertThat(shift.isOnDutyAt(signup, start.minus(Duration.ofMinutes(10)))).as("before the start, not checked in").isFalse();
        assertThat(shift.isOnDutyAt(signup, start)).as("the window covers it").isTrue();
        assertThat(shift.isOnDutyAt(signup, end)).isTrue();
        assertThat(shift.isOnDutyAt(signup, end.plusSeconds(1))).as("after the end, whether checked out or not").isFalse();

        shift.checkIn(member, start.minus(Duration.ofMinutes(20)));
        assertThat(shift.isOnDutyAt(signup, start.minus(Duration.ofMinutes(10)))).as("checked in early").isTrue();
        shift.checkOut(member, start.plus(Duration.ofHours(1)));
        assertThat(shift.isOnDutyAt(signup, start.plus(Duration.ofHours(2)))).as("checked out").isFalse();

        Shift calledOff = shift();
        ShiftSignup other = calledOff.signUp(member, now);
        calledOff.cancel();
        assertThat(calledOff.isOnDutyAt(other, start)).isFalse();
        Shift cancelledSignup = shift();
        ShiftSignup gone = cancelledSignup.signUp(member, now);
        cancelledSignup.cancelSignUp(member, now);
        assertThat(cancelledSignup.isOnDutyAt(gone, start)).isFalse();
    }

    @Test
    void onlyMembersOfTheGroupSignUp() {
        PatrolGroup other = withId(new PatrolGroup(station(), "另一队", new Account("officer1", "民警", "x", station(), Set.of(Role.OFFICER)),
                null, null), 11L);
        GroupMember stranger = withId(new GroupMember(other, 8L, "别队", MemberKind.VOLUNTEER, null, null, LocalDate.now()), 80L);
        assertThatThrownBy(() -> shift().signUp(stranger, now)).isInstanceOf(RuleViolationException.class);
        member.activate(false);
        assertThatThrownBy(() -> shift().signUp(member, now)).isInstanceOf(RuleViolationException.class);
    }

    private static Station station() {
        return withId(new Station("HT", "湖塘派出所", "Hutang"), 1L);
    }

    private static <T> T withId(T entity, long id) {
        try {
            Field field = entity.getClass().getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
