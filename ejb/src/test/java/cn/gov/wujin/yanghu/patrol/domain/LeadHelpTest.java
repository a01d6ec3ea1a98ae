package cn.gov.wujin.yanghu.patrol.domain;

import cn.gov.wujin.yanghu.fraud.warning.LeadOutcome;
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

/** A member's answers replace each other while the lead is open; a lead with an outcome takes none. */
class LeadHelpTest {

    private final Instant now = Instant.parse("2026-12-06T11:00:00Z");

    @Test
    void theLatestAnswerCountsUntilTheLeadHasAnOutcome() {
        LeadHelp help = asked();
        assertThat(help.getAnswer()).isNull();
        help.answer(HelpAnswer.GOING, "  ", LeadOutcome.OPEN, now);
        assertThat(help.getNote()).isNull();
        help.answer(HelpAnswer.NOBODY_HOME, " 敲门无人应答 ", LeadOutcome.OPEN, now.plusSeconds(600));
        assertThat(help.getAnswer()).isEqualTo(HelpAnswer.NOBODY_HOME);
        assertThat(help.getNote()).isEqualTo("敲门无人应答");
        assertThat(help.getAnsweredAt()).isEqualTo(now.plusSeconds(600));
        assertThat(help.auditSummary()).contains("NOBODY_HOME");

        assertThatThrownBy(() -> help.answer(HelpAnswer.DISSUADED, null, LeadOutcome.DISSUADED, now))
                .isInstanceOf(RuleViolationException.class).hasFieldOrPropertyWithValue("messageKey", "lead.help.closed");
        assertThat(help.getAnswer()).isEqualTo(HelpAnswer.NOBODY_HOME);
    }

    @Test
    void anAnswerIsOneOfTheThreeAndANoteHasItsLimit() {
        LeadHelp help = asked();
        assertThatThrownBy(() -> help.answer(null, null, LeadOutcome.OPEN, now)).isInstanceOf(InvalidInputException.class)
                .hasFieldOrPropertyWithValue("field", "answer");
        assertThatThrownBy(() -> help.answer(HelpAnswer.GOING, "字".repeat(LeadHelp.NOTE_LENGTH + 1), LeadOutcome.OPEN, now))
                .isInstanceOf(InvalidInputException.class).hasFieldOrPropertyWithValue("field", "note");
    }

    private LeadHelp asked() {
        Station station = withId(new Station("HT", "湖塘派出所", "Hutang"), 1L);
        PatrolGroup group = withId(new PatrolGroup(station, "人民路巡防队",
                new Account("officer1", "民警", "x", station, Set.of(Role.OFFICER)), null, null), 10L);
        GroupMember member = withId(new GroupMember(group, 7L, "志愿者", MemberKind.VOLUNTEER, null, null, LocalDate.now()), 70L);
        Shift shift = new Shift(group, "人民路", now.plus(Duration.ofMinutes(10)), now.plus(Duration.ofHours(2)), 2, null, "officer1",
                now.minus(Duration.ofDays(1)));
        ShiftSignup signup = shift.signUp(member, now.minus(Duration.ofHours(1)));
        LeadHelp help = new LeadHelp(5L, 1L, signup, now);
        assertThat(help.getAccountId()).isEqualTo(7L);
        return help;
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
