package cn.gov.wujin.yanghu.fraud.domain;

import cn.gov.wujin.yanghu.organization.domain.Role;
import cn.gov.wujin.yanghu.organization.domain.Station;
import cn.gov.wujin.yanghu.shared.InvalidInputException;
import cn.gov.wujin.yanghu.shared.RoleNotPermittedException;
import cn.gov.wujin.yanghu.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Constructor;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

import static cn.gov.wujin.yanghu.fraud.domain.FraudCaseTest.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** After not filing: reconsideration, review, re-opening; the filing review's extensions; papers served. */
class CaseProcedureTest {

    private static final Set<Role> OFFICER = Set.of(Role.OFFICER);
    private static final Set<Role> SUPERVISOR = Set.of(Role.SUPERVISOR);
    private final Instant now = Instant.parse("2026-11-27T02:00:00Z");

    @Test
    void whichStepsFromWhichStatesByWhom() {
        assertThat(possibleFrom(CaseStatus.NOT_FILED, CaseAction.NOT_FILE)).containsExactlyInAnyOrder(CaseAction.RECONSIDER, CaseAction.REOPEN);
        assertThat(possibleFrom(CaseStatus.NOT_FILED, CaseAction.UPHOLD)).containsExactlyInAnyOrder(CaseAction.REQUEST_REVIEW, CaseAction.REOPEN);
        assertThat(possibleFrom(CaseStatus.NOT_FILED, CaseAction.REVIEW_UPHOLD)).containsExactly(CaseAction.REOPEN);
        assertThat(possibleFrom(CaseStatus.RECONSIDERING, CaseAction.RECONSIDER)).containsExactlyInAnyOrder(CaseAction.UPHOLD, CaseAction.REVERSE);
        assertThat(possibleFrom(CaseStatus.REVIEWING, CaseAction.REQUEST_REVIEW))
                .containsExactlyInAnyOrder(CaseAction.REVIEW_UPHOLD, CaseAction.REVIEW_REVERSE);
        assertThat(possibleFrom(CaseStatus.ACCEPTED, CaseAction.ACCEPT))
                .containsExactlyInAnyOrder(CaseAction.FILE, CaseAction.NOT_FILE, CaseAction.EXTEND_REVIEW);

        // the person's requests are recorded by an officer; the decisions are a supervisor's, a review's the bureau's
        assertThat(CaseAction.RECONSIDER.isAllowedFor(OFFICER, false)).isTrue();
        assertThat(CaseAction.REQUEST_REVIEW.isAllowedFor(OFFICER, false)).isTrue();
        for (CaseAction decision : EnumSet.of(CaseAction.UPHOLD, CaseAction.REVERSE, CaseAction.REOPEN, CaseAction.EXTEND_REVIEW)) {
            assertThat(decision.isAllowedFor(OFFICER, false)).as(decision.name()).isFalse();
            assertThat(decision.isAllowedFor(SUPERVISOR, false)).as(decision.name()).isTrue();
        }
        for (CaseAction review : EnumSet.of(CaseAction.REVIEW_UPHOLD, CaseAction.REVIEW_REVERSE)) {
            assertThat(review.isAllowedFor(SUPERVISOR, false)).as(review.name()).isFalse();
            assertThat(review.isAllowedFor(SUPERVISOR, true)).as(review.name()).isTrue();
            assertThat(review.isAllowedFor(OFFICER, true)).as(review.name()).isFalse();
        }
        assertThat(CaseStatus.RECONSIDERING.limit()).isEqualTo(LimitCode.RECONSIDERATION_DECISION_DAYS);
        assertThat(CaseStatus.ACCEPTED.limit()).isEqualTo(LimitCode.FILING_REVIEW_DAYS);
        assertThat(CaseStatus.NOT_FILED.isFinal()).isTrue();
    }

    @Test
    void reconsiderationIsAskedWithinSevenDaysOfTheNoticesServing() {
        FraudCase c = notFiled();
        Instant served = now.plus(Duration.ofDays(2));
        c.recordService(ServedDocument.NOT_FILING_NOTICE, ServiceMethod.IN_PERSON, served, "王丽", "officer1", served);
        // 7 days from the serving, not from the decision
        Instant late = served.plus(Duration.ofDays(7)).plusSeconds(1);
        assertThatThrownBy(() -> c.perform(CaseAction.RECONSIDER, "officer1", OFFICER, null, late, CLOCK))
                .isInstanceOf(RuleViolationException.class).hasFieldOrPropertyWithValue("messageKey", "fraud.procedure.tooLate");
        assertThat(c.getStatus()).isEqualTo(CaseStatus.NOT_FILED);
        Instant inTime = served.plus(Duration.ofDays(7));
        c.perform(CaseAction.RECONSIDER, "officer1", OFFICER, null, inTime, CLOCK);
        assertThat(c.getStatus()).isEqualTo(CaseStatus.RECONSIDERING);
        assertThat(c.getDueAt()).isEqualTo(inTime.plus(Duration.ofDays(30)));
        // asked once: not again
        assertThatThrownBy(() -> c.perform(CaseAction.RECONSIDER, "officer1", OFFICER, null, inTime, CLOCK))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void withoutAServingTheTimeCountsFromTheDecision() {
        FraudCase c = notFiled();
        assertThat(c.requestTimeEnds(CaseAction.RECONSIDER, CLOCK)).isEqualTo(now.plus(Duration.ofDays(7)));
        assertThatThrownBy(() -> c.perform(CaseAction.RECONSIDER, "officer1", OFFICER, null, now.plus(Duration.ofDays(8)), CLOCK))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void upheldThenReviewedAtTheBureauWhichReverses() {
        FraudCase c = notFiled();
        c.perform(CaseAction.RECONSIDER, "officer1", OFFICER, null, now.plusSeconds(60), CLOCK);
        assertThatThrownBy(() -> c.perform(CaseAction.UPHOLD, "head1", SUPERVISOR, null, now.plusSeconds(120), CLOCK))
                .isInstanceOf(InvalidInputException.class); // the reason
        c.perform(CaseAction.UPHOLD, "head1", SUPERVISOR, "仍不符合立案条件", now.plusSeconds(120), CLOCK);
        assertThat(c.getStatus()).isEqualTo(CaseStatus.NOT_FILED);
        assertThat(c.getDueAt()).isNull();
        c.perform(CaseAction.REQUEST_REVIEW, "officer1", OFFICER, null, now.plusSeconds(180), CLOCK);
        assertThat(c.getStatus()).isEqualTo(CaseStatus.REVIEWING);
        assertThatThrownBy(() -> c.perform(CaseAction.REVIEW_REVERSE, "head1", SUPERVISOR, false, null, now.plusSeconds(240), CLOCK))
                .isInstanceOf(RoleNotPermittedException.class).hasFieldOrPropertyWithValue("messageKey", "fraud.procedure.bureauOnly");
        c.perform(CaseAction.REVIEW_REVERSE, "supervisor1", SUPERVISOR, true, null, now.plusSeconds(240), CLOCK);
        assertThat(c.getStatus()).isEqualTo(CaseStatus.FILED);
        assertThat(c.getTransitions()).extracting(CaseTransition::getAction).containsExactly(CaseAction.ACCEPT, CaseAction.NOT_FILE,
                CaseAction.RECONSIDER, CaseAction.UPHOLD, CaseAction.REQUEST_REVIEW, CaseAction.REVIEW_REVERSE);
    }

    @Test
    void theReviewIsAskedWithinItsTimeOfTheReconsiderationDecision() {
        FraudCase c = notFiled();
        c.perform(CaseAction.RECONSIDER, "officer1", OFFICER, null, now, CLOCK);
        c.perform(CaseAction.UPHOLD, "head1", SUPERVISOR, "维持", now, CLOCK);
        assertThatThrownBy(() -> c.perform(CaseAction.REQUEST_REVIEW, "officer1", OFFICER, null, now.plus(Duration.ofDays(8)), CLOCK))
                .isInstanceOf(RuleViolationException.class);
        Instant served = now.plus(Duration.ofDays(3));
        c.recordService(ServedDocument.RECONSIDERATION_DECISION, ServiceMethod.POST, served, "王丽", "officer1", served);
        c.perform(CaseAction.REQUEST_REVIEW, "officer1", OFFICER, null, now.plus(Duration.ofDays(8)), CLOCK);
        assertThat(c.getStatus()).isEqualTo(CaseStatus.REVIEWING);
    }

    @Test
    void newFactsReopenTheFilingDecision() {
        FraudCase c = notFiled();
        assertThatThrownBy(() -> c.perform(CaseAction.REOPEN, "officer1", OFFICER, "新证据", now, CLOCK))
                .isInstanceOf(RoleNotPermittedException.class);
        Instant later = now.plus(Duration.ofDays(40));
        c.perform(CaseAction.REOPEN, "head1", SUPERVISOR, "报案人提供新的转账记录", later, CLOCK);
        assertThat(c.getStatus()).isEqualTo(CaseStatus.ACCEPTED);
        assertThat(c.getDueAt()).isEqualTo(later.plus(Duration.ofDays(3)));
    }

    @Test
    void theFilingReviewIsExtendedTwiceCountedFromAcceptance() {
        FraudCase c = newCase();
        c.perform(CaseAction.ACCEPT, "officer1", OFFICER, null, now, CLOCK);
        assertThat(c.getDueAt()).isEqualTo(now.plus(Duration.ofDays(3)));
        assertThatThrownBy(() -> c.perform(CaseAction.EXTEND_REVIEW, "head1", SUPERVISOR, null, now, CLOCK))
                .isInstanceOf(InvalidInputException.class);
        c.perform(CaseAction.EXTEND_REVIEW, "head1", SUPERVISOR, "案情复杂", now.plus(Duration.ofDays(2)), CLOCK);
        assertThat(c.getStatus()).isEqualTo(CaseStatus.ACCEPTED);
        assertThat(c.getDueAt()).isEqualTo(now.plus(Duration.ofDays(30)));
        c.perform(CaseAction.EXTEND_REVIEW, "head1", SUPERVISOR, "仍需调查", now.plus(Duration.ofDays(20)), CLOCK);
        assertThat(c.getDueAt()).isEqualTo(now.plus(Duration.ofDays(60)));
        assertThatThrownBy(() -> c.perform(CaseAction.EXTEND_REVIEW, "head1", SUPERVISOR, "再延", now.plus(Duration.ofDays(50)), CLOCK))
                .isInstanceOf(RuleViolationException.class).hasFieldOrPropertyWithValue("messageKey", "fraud.procedure.noFurtherExtension");
        assertThat(c.getDueAt()).isEqualTo(now.plus(Duration.ofDays(60)));
    }

    @Test
    void aPaperIsServedOnceItExistsNotBeforeAndNotInTheFuture() {
        FraudCase c = newCase();
        assertThatThrownBy(() -> c.recordService(ServedDocument.ACCEPTANCE_RECEIPT, ServiceMethod.IN_PERSON, now, "王丽", "officer1", now))
                .isInstanceOf(RuleViolationException.class);
        c.perform(CaseAction.ACCEPT, "officer1", OFFICER, null, now, CLOCK);
        assertThatThrownBy(() -> c.recordService(ServedDocument.ACCEPTANCE_RECEIPT, ServiceMethod.IN_PERSON, now.minusSeconds(60), "王丽",
                "officer1", now)).isInstanceOf(InvalidInputException.class).hasFieldOrPropertyWithValue("field", "servedAt");
        assertThatThrownBy(() -> c.recordService(ServedDocument.ACCEPTANCE_RECEIPT, ServiceMethod.IN_PERSON, now.plusSeconds(60), "王丽",
                "officer1", now)).isInstanceOf(InvalidInputException.class).hasFieldOrPropertyWithValue("field", "servedAt");
        assertThatThrownBy(() -> c.recordService(ServedDocument.ACCEPTANCE_RECEIPT, ServiceMethod.IN_PERSON, now, " ", "officer1", now))
                .isInstanceOf(InvalidInputException.class).hasFieldOrPropertyWithValue("field", "servedTo");
        c.recordService(ServedDocument.ACCEPTANCE_RECEIPT, ServiceMethod.SMS, null, " 王丽 ", "officer1", now);
        assertThat(c.getServices()).singleElement().satisfies(s -> {
            assertThat(s.getServedTo()).isEqualTo("王丽");
            assertThat(s.getServedAt()).isEqualTo(now);
            assertThat(s.getMethod()).isEqualTo(ServiceMethod.SMS);
        });
    }

    private static Set<CaseAction> possibleFrom(CaseStatus status, CaseAction last) {
        Set<CaseAction> possible = EnumSet.noneOf(CaseAction.class);
        Arrays.stream(CaseAction.values()).filter(a -> a.isPossibleAfter(status, last)).forEach(possible::add);
        return possible;
    }

    private FraudCase notFiled() {
        FraudCase c = newCase();
        c.perform(CaseAction.ACCEPT, "officer1", OFFICER, null, now, CLOCK);
        c.perform(CaseAction.NOT_FILE, "head1", SUPERVISOR, "不属于刑事案件", now, CLOCK);
        return c;
    }

    private FraudCase newCase() {
        return new FraudCase(CaseNumber.of("HT", 2026, 1), new Station("HT", "湖塘派出所", "Hutang"), fraudType(), now,
                "被骗经过", "officer1", now);
    }

    private static FraudType fraudType() {
        try {
            Constructor<FraudType> c = FraudType.class.getDeclaredConstructor();
            c.setAccessible(true);
            return c.newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
