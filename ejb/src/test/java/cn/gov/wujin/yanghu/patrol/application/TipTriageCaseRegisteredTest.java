package cn.gov.wujin.yanghu.patrol.application;

import cn.gov.wujin.yanghu.fraud.application.FraudCaseRegistered;
import cn.gov.wujin.yanghu.organization.access.Caller;
import cn.gov.wujin.yanghu.organization.access.StationScope;
import cn.gov.wujin.yanghu.organization.domain.Role;
import cn.gov.wujin.yanghu.patrol.domain.Tip;
import cn.gov.wujin.yanghu.patrol.domain.TipCategory;
import cn.gov.wujin.yanghu.patrol.domain.TipStatus;
import cn.gov.wujin.yanghu.shared.BusinessException;
import cn.gov.wujin.yanghu.shared.InvalidInputException;
import cn.gov.wujin.yanghu.shared.RecordedEvents;
import cn.gov.wujin.yanghu.shared.RecordNotFoundException;
import cn.gov.wujin.yanghu.shared.RuleViolationException;
import cn.gov.wujin.yanghu.shared.StationOwned;
import jakarta.ejb.ApplicationException;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Patrol's side of "a case was opened from a tip": what the observer of {@link FraudCaseRegistered} marks, awards and refuses. */
class TipTriageCaseRegisteredTest {

    private static final long HUTANG = 1L;
    private static final long NIUTANG = 2L;
    private static final Instant REGISTERED_AT = Instant.parse("2026-12-05T03:15:00Z");

    private final FakeScope scope = new FakeScope();
    private final FakeLedger ledger = new FakeLedger();
    private final RecordedEvents<TipStatusChanged> changes = new RecordedEvents<>();
    private final TipTriage triage = new TipTriage(scope, null, ledger, null, changes);

    private static FraudCaseRegistered registered(Long tipId) {
        return new FraudCaseRegistered(500L, "HT-2026-000500", HUTANG, tipId, null, "officer1", REGISTERED_AT);
    }

    @Test
    void aCaseWithoutATipAsksNothingOfPatrolWhoeverRegistersIt() {
        scope.caller = Caller.ANONYMOUS; // the demo data registers cases as the system
        triage.caseRegistered(registered(null));
        assertThat(scope.asked).isEmpty();
        assertThat(ledger.awards).isEmpty();
        assertThat(changes.fired).isEmpty();
    }

    @Test
    void theFraudLeadIsMarkedByWhoRegisteredTheCaseWhenTheyDidAndItsTipsterEarnsThePoints() {
        Tip lead = scope.add(tip(41L, HUTANG, TipCategory.FRAUD_LEAD, 7L));
        triage.caseRegistered(registered(41L));
        assertThat(lead.getStatus()).isEqualTo(TipStatus.CASE_OPENED);
        assertThat(lead.getFraudCaseId()).isEqualTo(500L);
        assertThat(lead.getTriagedBy()).isEqualTo("officer1");
        assertThat(lead.getTriagedAt()).isEqualTo(REGISTERED_AT);
        assertThat(ledger.awards).containsExactly("7 group 3 station 1 TIP_ACTED_ON 1 TIP 41 by officer1: points.reason.tip [DEMO-41, #tipStatus.CASE_OPENED]");
        assertThat(changes.fired).as("the tipster hears of it").containsExactly(new TipStatusChanged(41L, "DEMO-41", 7L, TipStatus.CASE_OPENED));
    }

    @Test
    void anAnonymousFraudLeadIsMarkedAndRewardsNobody() {
        Tip lead = scope.add(tip(42L, HUTANG, TipCategory.FRAUD_LEAD, null));
        triage.caseRegistered(registered(42L));
        assertThat(lead.getStatus()).isEqualTo(TipStatus.CASE_OPENED);
        assertThat(ledger.awards).isEmpty();
        assertThat(changes.fired).containsExactly(new TipStatusChanged(42L, "DEMO-42", null, TipStatus.CASE_OPENED));
    }

    @Test
    void aTipThatIsNoneOrOfAnotherStationIsUnknownToTheIntake() {
        scope.add(tip(43L, NIUTANG, TipCategory.FRAUD_LEAD, 7L));
        for (long id : new long[]{43L, 999L}) {
            assertThatThrownBy(() -> triage.caseRegistered(registered(id))).isInstanceOfSatisfying(InvalidInputException.class, e -> {
                assertThat(e.field()).isEqualTo("tipId");
                assertThat(e.messageKey()).isEqualTo("tip.case.unknown");
                assertThat(e.arguments()).containsExactly(id);
            });
        }
        assertThat(ledger.awards).isEmpty();
    }

    @Test
    void onlyStationStaffOpenCasesFromTips() {
        Tip lead = scope.add(tip(44L, HUTANG, TipCategory.FRAUD_LEAD, 7L));
        scope.caller = new Caller(9L, "volunteer1", "志愿者", HUTANG, Set.of(Role.VOLUNTEER));
        assertThatThrownBy(() -> triage.caseRegistered(registered(44L))).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.messageKey()).isEqualTo("tip.case.unknown"));
        assertThat(lead.getStatus()).isEqualTo(TipStatus.NEW);
    }

    @Test
    void onlyAFraudLeadBecomesACase() {
        Tip hazard = scope.add(tip(45L, HUTANG, TipCategory.SAFETY_HAZARD, 7L));
        assertThatThrownBy(() -> triage.caseRegistered(registered(45L))).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.field()).isEqualTo("tipId");
            assertThat(e.messageKey()).isEqualTo("tip.case.fraudLeadOnly");
        });
        assertThat(hazard.getStatus()).isEqualTo(TipStatus.NEW);
        assertThat(ledger.awards).isEmpty();
    }

    @Test
    void aTipAlreadyTriagedBecomesNoCase() {
        Tip lead = scope.add(tip(46L, HUTANG, TipCategory.FRAUD_LEAD, 7L));
        lead.dismiss("重复线索", "officer2", REGISTERED_AT.minusSeconds(3600));
        assertThatThrownBy(() -> triage.caseRegistered(registered(46L))).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("tip.triage.done");
        assertThat(lead.getFraudCaseId()).isNull();
    }

    @Test
    void theRefusalsRollTheIntakeBack() {
        // thrown out of an EJB business method, these keep their type and mark the transaction for rollback
        ApplicationException declared = BusinessException.class.getAnnotation(ApplicationException.class);
        assertThat(InvalidInputException.class).isAssignableTo(BusinessException.class);
        assertThat(RuleViolationException.class).isAssignableTo(BusinessException.class);
        assertThat(declared.rollback()).isTrue();
        assertThat(declared.inherited()).isTrue();
    }

    // ---- the tip as intake stores it, and the two collaborators the observer uses

    private static Tip tip(long id, long stationId, TipCategory category, Long submitter) {
        try {
            Constructor<Tip> constructor = Tip.class.getDeclaredConstructor();
            constructor.setAccessible(true);
            Tip tip = constructor.newInstance();
            set(tip, "id", id);
            set(tip, "stationId", stationId);
            set(tip, "groupId", submitter == null ? null : 3L);
            set(tip, "submitterAccountId", submitter);
            set(tip, "trackingCode", "DEMO-" + id);
            set(tip, "category", category);
            set(tip, "status", TipStatus.NEW);
            return tip;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void set(Tip tip, String name, Object value) throws ReflectiveOperationException {
        Field field = Tip.class.getDeclaredField(name);
        field.setAccessible(true);
        field.set(tip, value);
    }

    /** An officer of 湖塘 (station 1), who sees that station's records only. */
    private static final class FakeScope extends StationScope {

        private final Map<Long, Tip> tips = new HashMap<>();
        private final List<Object> asked = new ArrayList<>();
        private Caller caller = new Caller(5L, "officer1", "民警", HUTANG, Set.of(Role.OFFICER));

        Tip add(Tip tip) {
            tips.put(tip.getId(), tip);
            return tip;
        }

        @Override
        public Caller caller() {
            return caller;
        }

        @Override
        public <T extends StationOwned> T find(Class<T> type, Object id) {
            asked.add(id);
            Tip tip = tips.get(id);
            if (tip == null || !tip.stationId().equals(caller.stationId())) {
                throw new RecordNotFoundException(type.getSimpleName(), id);
            }
            return type.cast(tip);
        }
    }

    private static final class FakeLedger extends PointsLedger {

        private final List<String> awards = new ArrayList<>();

        @Override
        public BigDecimal award(long accountId, Long groupId, long stationId, String ruleCode, BigDecimal quantity, String reasonKey,
                                List<String> reasonArgs, Source source, long sourceId, String awardedBy) {
            awards.add(accountId + " group " + groupId + " station " + stationId + " " + ruleCode + " " + quantity + " " + source + " "
                    + sourceId + " by " + awardedBy + ": " + reasonKey + " " + reasonArgs);
            return BigDecimal.TEN;
        }
    }
}
