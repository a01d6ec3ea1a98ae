package cn.gov.wujin.yanghu.fraud.application;

import cn.gov.wujin.yanghu.fraud.domain.FraudCase;
import cn.gov.wujin.yanghu.fraud.domain.FraudType;
import cn.gov.wujin.yanghu.fraud.domain.LimitCode;
import cn.gov.wujin.yanghu.shared.Masking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Builds what the web tier sees of a case from the aggregate: the case view (personal data
 * masked unless asked otherwise), its money panel, its list row and the fraud types. Amounts
 * leave as decimal strings, exact to the fen.
 */
@ApplicationScoped
public class CaseViewAssembler {

    private final CaseLinks links;
    private final ProcedureLimits limits;

    @Inject
    public CaseViewAssembler(CaseLinks links, ProcedureLimits limits) {
        this.links = links;
        this.limits = limits;
    }

    /** For the container's proxy. */
    protected CaseViewAssembler() {
        this(null, null);
    }

    /** The case as its station sees it; {@code masked}: victims' ID-card numbers and phones masked. */
    public FraudCaseView view(FraudCase c, boolean masked, Instant now) {
        return new FraudCaseView(c.getId(), c.getCaseNumber().value(), c.stationId(), c.getStation().getCode(),
                c.getFraudType().getCode(), c.getStatus().name(), c.getReportedAt(), c.getContactStartedAt(),
                c.getContactMethod(), c.getNarrative(),
                c.getAssignedOfficer() == null ? null : c.getAssignedOfficer().getUsername(), c.getDueAt(), c.isOverdueAt(now),
                c.totalLoss().toPlainString(), victims(c, masked), transfers(c), identifiers(c), transitions(c),
                c.getId() == null ? List.of() : links.of(c.getId()), masked, c.getVersion(),
                money(c, now, limits.duration(LimitCode.STOP_PAYMENT_HOURS)), c.getReceiptCode(), services(c));
    }

    /** A row of the case list: nothing personal; {@code needsStopPayment} is read for the whole page at once. */
    public CaseRow row(FraudCase c, boolean needsStopPayment, Instant now) {
        return new CaseRow(c.getId(), c.getCaseNumber().value(), c.getStation().getCode(), c.getFraudType().getCode(),
                c.getStatus().name(), c.getReportedAt(),
                c.getAssignedOfficer() == null ? null : c.getAssignedOfficer().getDisplayName(), c.getDueAt(),
                c.isOverdueAt(now), c.totalLoss().toPlainString(), needsStopPayment);
    }

    public FraudTypeView view(FraudType t) {
        return new FraudTypeView(t.getCode(), t.getNameZh(), t.getNameEn(), t.getSortOrder(), t.isActive(), t.getVersion());
    }

    private static List<FraudCaseView.Victim> victims(FraudCase c, boolean masked) {
        return c.getVictims().stream().map(v -> new FraudCaseView.Victim(v.getName(),
                masked ? Masking.idCardNumber(v.getIdCardNumber()) : v.getIdCardNumber(),
                masked ? Masking.phone(v.getPhone()) : v.getPhone(), v.getAge(), v.getOccupation(),
                c.returnedTo(v).toPlainString())).toList();
    }

    private static List<FraudCaseView.Transfer> transfers(FraudCase c) {
        return c.getTransfers().stream().map(t -> new FraudCaseView.Transfer(t.getTransferredAt(), t.getAmount().toPlainString(),
                t.getChannel().name(), t.getFromAccount(), t.getToAccount(), t.getToBank())).toList();
    }

    private static List<FraudCaseView.Identifier> identifiers(FraudCase c) {
        return c.getIdentifiers().stream().map(i -> new FraudCaseView.Identifier(i.getType().name(), i.getRawValue(),
                i.getNormalizedValue())).toList();
    }

    private static List<FraudCaseView.Transition> transitions(FraudCase c) {
        return c.getTransitions().stream().map(t -> new FraudCaseView.Transition(t.getAction().name(), t.getFromStatus().name(),
                t.getToStatus().name(), t.getActor(), t.getOccurredAt(), t.getReason())).toList();
    }

    private static List<FraudCaseView.Service> services(FraudCase c) {
        return c.getServices().stream().map(s -> new FraudCaseView.Service(s.getDocument().name(), s.getMethod().name(), s.getServedAt(),
                s.getServedTo(), s.getRecordedBy())).toList();
    }

    private static FraudCaseView.Money money(FraudCase c, Instant now, Duration window) {
        return new FraudCaseView.Money(c.totalStopped().toPlainString(), c.totalFrozen().toPlainString(),
                c.totalReturned().toPlainString(), c.needsStopPaymentAt(now, window),
                c.getStopPayments().stream().map(s -> new FraudCaseView.StopPayment(s.getId(), s.getBank(), s.getAccount(),
                        s.getAmountRequested().toPlainString(), s.getRequestedAt(), s.getRequestedBy(), plain(s.getAmountStopped()),
                        s.getStoppedAt(), plain(s.getAmountFrozen()), s.getFrozenAt(),
                        s.getFreezeStatus() == null ? null : s.getFreezeStatus().name(), s.getFreezeExpiresAt(), s.windowEndsAt(window), s.isExpiredAt(now, window),
                        s.isOpen(), s.isFreezeExtended(), s.getUnfrozenAt(), s.getUnfrozenBy(), s.getUnfreezeReason(),
                        s.getRenewals().stream().map(r -> new FraudCaseView.Renewal(r.getId(), r.getRenewedAt(), r.getPreviousExpiresAt(),
                                r.getNewExpiresAt(), r.getApprovedBy())).toList())).toList(),
                c.getReturns().stream().map(r -> new FraudCaseView.Return(c.getVictims().indexOf(r.getVictim()) + 1,
                        r.getVictim().getName(), r.getAmount().toPlainString(), r.getReturnedAt(), r.getRecordedBy())).toList());
    }

    private static String plain(BigDecimal amount) {
        return amount == null ? null : amount.toPlainString();
    }
}
