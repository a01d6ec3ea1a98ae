package cn.gov.wujin.yanghu.web.pages.fraud;

import cn.gov.wujin.yanghu.fraud.application.CaseAuditEntry;
import cn.gov.wujin.yanghu.fraud.application.CaseCommands;
import cn.gov.wujin.yanghu.fraud.application.CaseQueries;
import cn.gov.wujin.yanghu.fraud.application.FraudCaseView;
import cn.gov.wujin.yanghu.fraud.application.NoticeServiceRequest;
import cn.gov.wujin.yanghu.fraud.application.StopPaymentOutcome;
import cn.gov.wujin.yanghu.fraud.application.StopPaymentRequest;
import cn.gov.wujin.yanghu.fraud.domain.CaseAction;
import cn.gov.wujin.yanghu.fraud.domain.CaseStatus;
import cn.gov.wujin.yanghu.fraud.domain.ServedDocument;
import cn.gov.wujin.yanghu.fraud.domain.ServiceMethod;
import cn.gov.wujin.yanghu.organization.application.OfficerChoice;
import cn.gov.wujin.yanghu.organization.domain.Role;
import cn.gov.wujin.yanghu.patrol.application.TipRow;
import cn.gov.wujin.yanghu.patrol.application.TipQueries;
import cn.gov.wujin.yanghu.search.Persons;
import cn.gov.wujin.yanghu.search.Search;
import cn.gov.wujin.yanghu.search.SearchHit;
import cn.gov.wujin.yanghu.search.SearchKind;
import cn.gov.wujin.yanghu.shared.Amount;
import cn.gov.wujin.yanghu.shared.RecordNotFoundException;
import cn.gov.wujin.yanghu.web.faces.FacesErrors;
import cn.gov.wujin.yanghu.web.pages.CurrentUserBacking;
import cn.gov.wujin.yanghu.web.faces.Formats;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * fraud/case.xhtml?id=: one case, its money, identifiers, linked cases, the tips it was opened
 * from and its timeline, and its next steps.
 */
@Named
@ViewScoped
public class CaseDetailBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CaseQueries cases;

    @Inject
    private CaseCommands commands;

    @Inject
    private TipQueries tips;

    private Long id;
    private FraudCaseView fraudCase;

    /** The most tips naming the case's identifiers shown on its page. */
    private static final int NAMING_TIPS = 20;

    @Inject
    private Search search;

    private List<SearchHit> namingTips;
    private List<TipsElsewhere> namingElsewhere;

    @Inject
    private Persons persons;

    private List<Persons.VictimHistory> victimHistories;
    private CaseAction action;
    private String reason;

    private StopPaymentRequest stopRequest = new StopPaymentRequest();
    private Long outcomeStopPaymentId;
    private boolean outcomeFreeze;
    private Amount outcomeAmount;
    private boolean outcomeExtended;
    private Long unfreezeStopPaymentId;
    private String unfreezeReason;
    private int returnVictim = 1;
    private Amount returnAmount;

    private List<OfficerChoice> officers;
    private String newOfficer;
    private LocalDateTime newDueAt;
    private List<CaseAuditEntry> auditTrail;
    private List<TipRow> openedFrom;

    @Inject
    private CurrentUserBacking currentUser;

    private NoticeServiceRequest service = new NoticeServiceRequest();
    private LocalDateTime serviceAt;

    /** f:viewAction: a case of another station answers 404 (RecordNotFoundException). */
    public void load() {
        if (id == null) {
            throw new RecordNotFoundException("FraudCase", null);
        }
        fraudCase = cases.get(id);
    }

    public void showPersonalData() {
        fraudCase = cases.getWithPersonalData(id);
        auditTrail = null;
        FacesErrors.info("case.personalShown");
    }

    /** The steps the caller may take now: the domain's rules, offered as buttons. */
    public List<CaseAction> getAvailableActions() {
        CaseStatus status = CaseStatus.valueOf(fraudCase.status());
        Set<Role> roles = callerRoles();
        boolean bureauLevel = currentUser.getProfile().stationId() == null;
        List<FraudCaseView.Transition> steps = fraudCase.transitions();
        CaseAction last = steps.isEmpty() ? null : CaseAction.valueOf(steps.get(steps.size() - 1).action());
        return Arrays.stream(CaseAction.values()).filter(a -> a.isPossibleAfter(status, last) && a.isAllowedFor(roles, bureauLevel))
                .toList();
    }

    /** The papers whose serving can be recorded: those whose step the case has taken. */
    public List<ServedDocument> getServableDocuments() {
        Set<String> taken = new HashSet<>();
        fraudCase.transitions().forEach(t -> taken.add(t.action()));
        return Arrays.stream(ServedDocument.values()).filter(d -> d.madeBy().stream().anyMatch(a -> taken.contains(a.name()))).toList();
    }

    public List<ServiceMethod> getServiceMethods() {
        return List.of(ServiceMethod.values());
    }

    public void newService() {
        service = new NoticeServiceRequest();
        service.setMethod(ServiceMethod.IN_PERSON);
        List<ServedDocument> servable = getServableDocuments();
        if (!servable.isEmpty()) {
            service.setDocument(servable.get(servable.size() - 1));
        }
        fraudCase.victims().stream().findFirst().ifPresent(v -> service.setServedTo(v.name()));
        serviceAt = null;
    }

    public void recordService() {
        try {
            service.setServedAt(serviceAt == null ? null : serviceAt.atZone(Formats.BUREAU_ZONE).toOffsetDateTime());
            fraudCase = commands.recordService(id, service);
            auditTrail = null;
            FacesErrors.info("common.saved");
            PrimeFaces.current().executeScript("PF('serviceDialog').hide()");
        } catch (RuntimeException e) {
            FacesErrors.show(e, "service");
        }
    }

    public NoticeServiceRequest getService() {
        return service;
    }

    public LocalDateTime getServiceAt() {
        return serviceAt;
    }

    public void setServiceAt(LocalDateTime serviceAt) {
        this.serviceAt = serviceAt;
    }

    public void choose(CaseAction chosen) {
        action = chosen;
        reason = null;
    }

    public void perform() {
        try {
            fraudCase = commands.perform(id, action, reason, fraudCase.version());
            auditTrail = null;
            FacesErrors.info("common.saved");
            PrimeFaces.current().executeScript("PF('transitionDialog').hide()");
        } catch (RuntimeException e) {
            FacesErrors.show(e, "transition");
        }
    }

    public void newStopPayment() {
        stopRequest = new StopPaymentRequest();
        fraudCase.transfers().stream().map(FraudCaseView.Transfer::toAccount).filter(java.util.Objects::nonNull).findFirst()
                .ifPresent(stopRequest::setAccount);
        fraudCase.transfers().stream().map(FraudCaseView.Transfer::toBank).filter(java.util.Objects::nonNull).findFirst()
                .ifPresent(stopRequest::setBank);
        stopRequest.setAmountRequested(fraudCase.totalLoss());
    }

    public void requestStopPayment() {
        try {
            fraudCase = commands.requestStopPayment(id, stopRequest);
            auditTrail = null;
            FacesErrors.info("common.saved");
            PrimeFaces.current().executeScript("PF('stopDialog').hide()");
        } catch (RuntimeException e) {
            FacesErrors.show(e, "stop");
        }
    }

    public void prepareOutcome(FraudCaseView.StopPayment stop, boolean freeze) {
        outcomeStopPaymentId = stop.id();
        outcomeFreeze = freeze;
        outcomeAmount = null;
        outcomeExtended = false;
    }

    /** Renewing (续冻) and unfreezing (解冻) are a supervisor's decisions. */
    public boolean isFreezeWork() {
        return callerRoles().contains(Role.SUPERVISOR);
    }

    public void renewFreeze(FraudCaseView.StopPayment stop) {
        try {
            fraudCase = commands.renewFreeze(id, stop.id());
            auditTrail = null;
            FacesErrors.info("common.saved");
        } catch (RuntimeException e) {
            FacesErrors.show(e, "detail");
        }
    }

    public void prepareUnfreeze(FraudCaseView.StopPayment stop) {
        unfreezeStopPaymentId = stop.id();
        unfreezeReason = null;
    }

    public void unfreeze() {
        try {
            fraudCase = commands.unfreeze(id, unfreezeStopPaymentId, unfreezeReason);
            auditTrail = null;
            FacesErrors.info("common.saved");
            PrimeFaces.current().executeScript("PF('unfreezeDialog').hide()");
        } catch (RuntimeException e) {
            FacesErrors.show(e, "unfreeze");
        }
    }

    public boolean isOutcomeExtended() {
        return outcomeExtended;
    }

    public void setOutcomeExtended(boolean outcomeExtended) {
        this.outcomeExtended = outcomeExtended;
    }

    public String getUnfreezeReason() {
        return unfreezeReason;
    }

    public void setUnfreezeReason(String unfreezeReason) {
        this.unfreezeReason = unfreezeReason;
    }

    public void recordOutcome() {
        StopPaymentOutcome outcome = new StopPaymentOutcome();
        outcome.setFreeze(outcomeFreeze);
        outcome.setAmount(outcomeAmount == null ? null : outcomeAmount.toString());
        outcome.setExtended(outcomeFreeze && outcomeExtended);
        try {
            fraudCase = commands.recordStopPaymentOutcome(id, outcomeStopPaymentId, outcome);
            auditTrail = null;
            FacesErrors.info("common.saved");
            PrimeFaces.current().executeScript("PF('outcomeDialog').hide()");
        } catch (RuntimeException e) {
            FacesErrors.show(e, "outcome");
        }
    }

    public void recordReturn() {
        try {
            fraudCase = commands.recordReturn(id, returnVictim, returnAmount == null ? null : returnAmount.toString(), null);
            auditTrail = null;
            FacesErrors.info("common.saved");
            PrimeFaces.current().executeScript("PF('returnDialog').hide()");
        } catch (RuntimeException e) {
            FacesErrors.show(e, "refund");
        }
    }

    /** Supervisors hand the case over; they and the assigned officer move its due date. */
    public boolean isAssignmentWork() {
        Set<Role> roles = callerRoles();
        boolean ownCase = FacesContext.getCurrentInstance().getExternalContext().getRemoteUser().equals(fraudCase.assignedOfficer());
        return !CaseStatus.valueOf(fraudCase.status()).isFinal() && (roles.contains(Role.SUPERVISOR) || ownCase);
    }

    public boolean isReassignAllowed() {
        return callerRoles().contains(Role.SUPERVISOR);
    }

    public void prepareAssignment() {
        officers = isReassignAllowed() ? cases.officersFor(id) : List.of();
        newOfficer = fraudCase.assignedOfficer();
        newDueAt = fraudCase.dueAt() == null ? null : LocalDateTime.ofInstant(fraudCase.dueAt(), Formats.BUREAU_ZONE);
    }

    public void assign() {
        try {
            String officer = newOfficer == null || newOfficer.equals(fraudCase.assignedOfficer()) ? null : newOfficer;
            OffsetDateTime due = newDueAt == null ? null : newDueAt.atZone(Formats.BUREAU_ZONE).toOffsetDateTime();
            if (due != null && due.toInstant().equals(fraudCase.dueAt())) {
                due = null;
            }
            fraudCase = commands.reassign(id, officer, due, fraudCase.version());
            auditTrail = null;
            FacesErrors.info("common.saved");
            PrimeFaces.current().executeScript("PF('assignmentDialog').hide()");
        } catch (RuntimeException e) {
            FacesErrors.show(e, "assignment");
        }
    }

    /** The case's audit trail as people read it, read once per view and again after each change made here. */
    public List<CaseAuditEntry> getAuditTrail() {
        if (auditTrail == null) {
            auditTrail = isMoneyWork() ? cases.auditHistory(id) : List.of();
        }
        return auditTrail;
    }

    /**
     * The tips whose text names one of the case's identifiers (the index of identifiers, V31), those the caller may
     * open, newest first; read once per view.
     */
    public List<SearchHit> getNamingTips() {
        if (namingTips == null) {
            Map<Long, SearchHit> found = new LinkedHashMap<>();
            for (FraudCaseView.Identifier i : fraudCase == null ? List.<FraudCaseView.Identifier>of() : fraudCase.identifiers()) {
                search.naming(SearchKind.TIP, i.type(), i.normalized(), NAMING_TIPS).forEach(t -> found.putIfAbsent(t.id(), t));
            }
            namingTips = found.values().stream().sorted(Comparator.comparing(SearchHit::at).reversed()).limit(NAMING_TIPS).toList();
        }
        return namingTips;
    }

    /** How many tips of a station the caller may not open ("" the bureau's queue) name this case's identifiers. */
    public record TipsElsewhere(String station, long tips) implements Serializable {
    }

    /** The tips naming this case's identifiers that the caller may not open, per station. */
    public List<TipsElsewhere> getNamingElsewhere() {
        if (namingElsewhere == null) {
            namingElsewhere = search.tipsNamingElsewhere(fraudCase == null ? List.of() : fraudCase.identifiers().stream()
                    .map(i -> new String[] {i.type(), i.normalized()}).toList()).entrySet().stream()
                    .map(e -> new TipsElsewhere(e.getKey(), e.getValue())).toList();
        }
        return namingElsewhere;
    }

    /** Each victim's other cases and warning leads (one record of a person), read once per view. */
    public List<Persons.VictimHistory> getVictimHistories() {
        if (victimHistories == null) {
            victimHistories = persons.ofCase(id);
        }
        return victimHistories;
    }

    /** The volunteers' tips the case was opened from (the patrol context keeps them), read once per view. */
    public List<TipRow> getTips() {
        if (openedFrom == null) {
            openedFrom = tips.ofCase(id);
        }
        return openedFrom;
    }

    public List<OfficerChoice> getOfficers() {
        return officers;
    }

    public String getNewOfficer() {
        return newOfficer;
    }

    public void setNewOfficer(String newOfficer) {
        this.newOfficer = newOfficer;
    }

    public LocalDateTime getNewDueAt() {
        return newDueAt;
    }

    public void setNewDueAt(LocalDateTime newDueAt) {
        this.newDueAt = newDueAt;
    }

    public boolean isMoneyWork() {
        Set<Role> roles = callerRoles();
        return roles.contains(Role.OFFICER) || roles.contains(Role.SUPERVISOR);
    }

    public StopPaymentRequest getStopRequest() {
        return stopRequest;
    }

    public boolean isOutcomeFreeze() {
        return outcomeFreeze;
    }

    public Amount getOutcomeAmount() {
        return outcomeAmount;
    }

    public void setOutcomeAmount(Amount outcomeAmount) {
        this.outcomeAmount = outcomeAmount;
    }

    public int getReturnVictim() {
        return returnVictim;
    }

    public void setReturnVictim(int returnVictim) {
        this.returnVictim = returnVictim;
    }

    public Amount getReturnAmount() {
        return returnAmount;
    }

    public void setReturnAmount(Amount returnAmount) {
        this.returnAmount = returnAmount;
    }

    private static Set<Role> callerRoles() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (external.isUserInRole(role.name())) {
                roles.add(role);
            }
        }
        return roles;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public FraudCaseView getFraudCase() {
        return fraudCase;
    }

    public CaseAction getAction() {
        return action;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
