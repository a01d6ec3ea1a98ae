package cn.gov.wujin.yanghu.liaison.domain;

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

/** Credit codes, deadlines, request transitions and project stages. */
class LiaisonDomainTest {

    private final Instant now = Instant.parse("2026-11-27T02:00:00Z");
    private final Station hutang = withId(new Station("HT", "湖塘派出所", "Hutang"), 1L);
    private final Account liaison = withId(new Account("liaison1", "联络警官", "x", hutang, Set.of(Role.LIAISON)), 5L);
    private final Enterprise enterprise = withId(new Enterprise(hutang, "91350100M000100Y43", "常州某精密机械有限公司",
            Sector.MANUFACTURING, now), 3L);

    @Test
    void creditCodesAreCheckedByTheirCheckCharacter() {
        assertThat(CreditCodes.isValid("91350100M000100Y43")).isTrue();
        assertThat(CreditCodes.isValid("91110000600037341L")).isTrue();
        assertThat(CreditCodes.normalise(" 91110000600037341l ")).isEqualTo("91110000600037341L");
        assertThat(CreditCodes.isValid("91350100M000100Y44")).as("wrong check character").isFalse();
        assertThat(CreditCodes.isValid("91350100M000100Y4")).as("17 characters").isFalse();
        assertThat(CreditCodes.isValid("9135010OM000100Y43")).as("O is not in the alphabet").isFalse();
        assertThat(CreditCodes.isValid("913A0100M000100Y43")).as("the division code is digits").isFalse();
        assertThat(CreditCodes.normalise(null)).isNull();
        String first17 = "91320412MA1W8K2Q7";
        assertThat(CreditCodes.isValid(first17 + CreditCodes.checkCharacter(first17))).isTrue();
    }

    @Test
    void aRequestsDeadlineFollowsFromItsCategory() {
        EnterpriseRequest request = request(new RequestDeadline(RequestCategory.DISPUTE_HELP, 5));
        assertThat(request.getDeadlineAt()).isEqualTo(now.plus(Duration.ofDays(5)));
        assertThat(request.isOverdueAt(now.plus(Duration.ofDays(5)))).isFalse();
        assertThat(request.isOverdueAt(now.plus(Duration.ofDays(5)).plusSeconds(1))).isTrue();
        assertThatThrownBy(() -> new RequestDeadline(RequestCategory.OTHER, 0)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aRequestMovesOneWayAndClosesOnlyWithARating() {
        EnterpriseRequest request = request(new RequestDeadline(RequestCategory.TALENT_RESIDENCE, 10));
        assertThatThrownBy(() -> request.resolve("liaison1", "办结", now)).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> request.start("liaison1", "长".repeat(EnterpriseRequest.NOTE_LENGTH + 1), now))
                .as("a note longer than the history keeps").isInstanceOf(InvalidInputException.class);
        request.start("liaison1", null, now);
        assertThatThrownBy(() -> request.start("liaison1", null, now)).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> request.resolve("liaison1", " ", now)).isInstanceOf(InvalidInputException.class);
        request.resolve("liaison1", "已协调户籍窗口办理落户", now);
        assertThatThrownBy(() -> request.close(6, null, "liaison1", now)).isInstanceOf(InvalidInputException.class);
        request.close(4, "满意", "liaison1", now);
        assertThat(request.getStatus()).isEqualTo(RequestStatus.CLOSED);
        assertThat(request.getFollowUp()).isEqualTo(FollowUp.NONE);
        assertThat(request.isOverdueAt(now.plus(Duration.ofDays(30)))).as("closed requests are never overdue").isFalse();
        assertThat(request.getTransitions()).extracting(RequestTransition::getTo)
                .containsExactly(RequestStatus.RECEIVED, RequestStatus.IN_PROGRESS, RequestStatus.RESOLVED, RequestStatus.CLOSED);
        assertThatThrownBy(() -> request.closeFollowUp("x", "head1", now)).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void aLowRatingOpensAFollowUpThatTheHeadClosesWithANote() {
        EnterpriseRequest request = request(new RequestDeadline(RequestCategory.SITE_SECURITY_CHECK, 7));
        request.start("liaison1", null, now);
        request.resolve("liaison1", "已检查", now);
        request.close(2, "太慢", "liaison1", now);
        assertThat(request.getFollowUp()).isEqualTo(FollowUp.OPEN);
        assertThatThrownBy(() -> request.closeFollowUp("  ", "head1", now)).isInstanceOf(InvalidInputException.class);
        String longNote = "约".repeat(EnterpriseRequest.NOTE_LENGTH);
        request.closeFollowUp(longNote, "head1", now);
        assertThat(request.getFollowUp()).isEqualTo(FollowUp.CLOSED);
        assertThat(request.getFollowUpNote()).isEqualTo(longNote);
        assertThat(request.getTransitions().get(request.getTransitions().size() - 1).getNote())
                .as("the history's step fits its column").hasSize(EnterpriseRequest.NOTE_LENGTH).startsWith("follow-up closed: 约");
        assertThatThrownBy(() -> request.closeFollowUp("again", "head1", now)).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void aProjectOnlyMovesForwardAndAssignmentsNeedALiaisonOfItsStation() {
        Project project = withId(new Project(enterprise, hutang, "智能装备产业园", now), 9L);
        project.reach(ProjectStage.CONSTRUCTION, LocalDate.of(2026, 10, 1));
        assertThat(project.getConstructionOn()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThatThrownBy(() -> project.reach(ProjectStage.LANDED, LocalDate.of(2026, 11, 1))).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> project.describe("x", null, new java.math.BigDecimal("-1"), null))
                .isInstanceOf(InvalidInputException.class);

        Account officer = withId(new Account("officer1", "民警", "x", hutang, Set.of(Role.OFFICER)), 6L);
        assertThatThrownBy(() -> LiaisonAssignment.ofProject(project, officer, "head1", null, now))
                .isInstanceOf(InvalidInputException.class);
        Station niutang = withId(new Station("NT", "牛塘派出所", "Niutang"), 2L);
        Account elsewhere = withId(new Account("liaison9", "联络警官", "x", niutang, Set.of(Role.LIAISON)), 7L);
        assertThatThrownBy(() -> LiaisonAssignment.ofProject(project, elsewhere, "head1", null, now))
                .isInstanceOf(InvalidInputException.class);
        LiaisonAssignment assignment = LiaisonAssignment.ofProject(project, liaison, "head1", "首次指派", now);
        assignment.end("head1", "调岗", now.plusSeconds(60));
        assignment.end("head2", "again", now.plusSeconds(120));
        assertThat(assignment.isActive()).isFalse();
        assertThat(assignment.getEndedBy()).as("an end is kept as it was").isEqualTo("head1");
    }

    private EnterpriseRequest request(RequestDeadline deadline) {
        return new EnterpriseRequest(enterprise, null, deadline.getCategory(), "需要协助", now, deadline, liaison, "liaison1");
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
