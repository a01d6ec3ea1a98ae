package cn.gov.wujin.yanghu.patrol.application;

import cn.gov.wujin.yanghu.fraud.application.FraudCaseRegistered;
import cn.gov.wujin.yanghu.organization.access.Caller;
import cn.gov.wujin.yanghu.organization.access.StationScope;
import cn.gov.wujin.yanghu.organization.domain.Roles;
import cn.gov.wujin.yanghu.organization.domain.Station;
import cn.gov.wujin.yanghu.patrol.domain.Tip;
import cn.gov.wujin.yanghu.patrol.domain.TipAction;
import cn.gov.wujin.yanghu.patrol.domain.TipCategory;
import cn.gov.wujin.yanghu.shared.ConflictException;
import cn.gov.wujin.yanghu.shared.InvalidInputException;
import cn.gov.wujin.yanghu.shared.RecordNotFoundException;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Triage (研判): the officers of a tip's station dismiss it, resolve it on the spot, hand it to
 * another station, or open a fraud case from a fraud lead. A tip that led to action earns its
 * tipster points. A tip without a station (the bureau's queue) is seen by the bureau's
 * supervisors only, who assign it to a station (or dismiss or resolve it themselves); the
 * audit trail keeps who assigned it, as for every change of a tip.
 */
@Stateless
@RolesAllowed({Roles.OFFICER, Roles.SUPERVISOR})
public class TipTriage {

    private final StationScope scope;
    private final TipAccess access;
    private final PointsLedger points;
    private final TipViewAssembler views;
    private final Event<TipStatusChanged> statusChanges;

    @PersistenceContext
    private EntityManager em;

    @Inject
    public TipTriage(StationScope scope, TipAccess access, PointsLedger points, TipViewAssembler views,
                     Event<TipStatusChanged> statusChanges) {
        this.scope = scope;
        this.access = access;
        this.points = points;
        this.views = views;
        this.statusChanges = statusChanges;
    }

    /** For the container's proxies only. */
    protected TipTriage() {
        this(null, null, null, null, null);
    }

    /** Dismiss (with reason), resolve on the spot, or hand to another station. */
    public TipView triage(long id, @NotNull TipAction action, String note, String stationCode, Long expectedVersion) {
        Tip tip = scope.find(Tip.class, id);
        if (expectedVersion != null && expectedVersion != tip.getVersion()) {
            throw new ConflictException("Tip", id);
        }
        Caller caller = scope.caller();
        Instant now = Instant.now();
        switch (action) {
            case DISMISS -> tip.dismiss(note, caller.username(), now);
            case RESOLVE -> tip.resolve(note, caller.username(), now);
            case HAND_OVER, ASSIGN -> {
                // any active station: the tip leaves the caller's scope, as a handed-over paper file would
                Station other = access.activeStation(stationCode);
                if (other == null) {
                    throw new InvalidInputException("stationCode", "tip.handOver.otherStation");
                }
                if (action == TipAction.ASSIGN || tip.isUnassigned()) {
                    // only the bureau sees a tip without a station (StationScope), so only the bureau assigns one
                    tip.assignTo(other, note, caller.username(), now);
                } else {
                    tip.handTo(other, note, caller.username(), now);
                }
            }
        }
        rewardIfActedOn(tip, caller.username());
        em.flush();
        if (action != TipAction.HAND_OVER && action != TipAction.ASSIGN) { // a tip handed over or assigned stays NEW, now in the station's queue
            announce(tip);
        }
        return views.view(tip);
    }

    /**
     * A fraud case was registered from a tip: the tip is marked as having led to the case (by
     * whoever registered it, when they did) and its tipster earns the points, in the intake's
     * transaction. A tip the registering officer cannot see, or one that is no fraud lead, refuses
     * the whole intake: the refusals are application exceptions that roll back, which the EJB
     * container passes through unwrapped and the event delivery rethrows to the firing intake.
     * <p>
     * Open to every caller: the intake that fires the event has checked the role already, and a
     * case registered without a tip (a warning lead's, the demo data's) asks nothing of patrol.
     * A tip is known only to the staff of its station, as for triage.
     */
    @PermitAll
    public void caseRegistered(@Observes FraudCaseRegistered registered) {
        if (registered.tipId() == null) {
            return;
        }
        long tipId = registered.tipId();
        Tip tip;
        try {
            if (!scope.caller().isStationStaff()) {
                throw new RecordNotFoundException("Tip", tipId);
            }
            tip = scope.find(Tip.class, tipId);
        } catch (RecordNotFoundException e) {
            throw new InvalidInputException("tipId", "tip.case.unknown", tipId);
        }
        if (tip.getCategory() != TipCategory.FRAUD_LEAD) {
            throw new InvalidInputException("tipId", "tip.case.fraudLeadOnly");
        }
        tip.caseOpened(registered.caseId(), registered.registeredBy(), registered.registeredAt());
        rewardIfActedOn(tip, registered.registeredBy());
        announce(tip);
    }

    private void announce(Tip tip) {
        statusChanges.fire(new TipStatusChanged(tip.getId(), tip.getTrackingCode(), tip.getSubmitterAccountId(), tip.getStatus()));
    }

    private void rewardIfActedOn(Tip tip, String by) {
        if (tip.getStatus().ledToAction() && tip.getSubmitterAccountId() != null) {
            points.award(tip.getSubmitterAccountId(), tip.getGroupId(), tip.stationId(), "TIP_ACTED_ON", BigDecimal.ONE,
                    "points.reason.tip", List.of(tip.getTrackingCode(), "#tipStatus." + tip.getStatus()), PointsLedger.Source.TIP,
                    tip.getId(), by);
        }
    }
}
