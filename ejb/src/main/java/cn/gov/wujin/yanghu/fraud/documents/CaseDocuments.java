package cn.gov.wujin.yanghu.fraud.documents;

import cn.gov.wujin.yanghu.audit.AuditAction;
import cn.gov.wujin.yanghu.audit.AuditLog;
import cn.gov.wujin.yanghu.fraud.application.ProcedureLimits;
import cn.gov.wujin.yanghu.fraud.domain.CaseAction;
import cn.gov.wujin.yanghu.fraud.domain.CaseTransition;
import cn.gov.wujin.yanghu.fraud.domain.FraudCase;
import cn.gov.wujin.yanghu.fraud.domain.FreezeRenewal;
import cn.gov.wujin.yanghu.fraud.domain.LimitCode;
import cn.gov.wujin.yanghu.fraud.domain.StopPayment;
import cn.gov.wujin.yanghu.fraud.domain.Victim;
import cn.gov.wujin.yanghu.organization.access.Caller;
import cn.gov.wujin.yanghu.organization.access.StationScope;
import cn.gov.wujin.yanghu.organization.application.StaffDirectory;
import cn.gov.wujin.yanghu.organization.domain.Role;
import cn.gov.wujin.yanghu.organization.domain.Roles;
import cn.gov.wujin.yanghu.shared.InvalidInputException;
import cn.gov.wujin.yanghu.shared.Masking;
import cn.gov.wujin.yanghu.shared.RoleNotPermittedException;
import cn.gov.wujin.yanghu.shared.RuleViolationException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The procedure's documents of a case (文书): which it can have now, and each one's content with
 * its number, issued at the first generation and kept for every reprint. Every generation is
 * audited (DOCUMENT_ISSUED, then DOCUMENT_REPRINTED). Station staff produce their station's
 * documents, bureau supervisors all ({@link StationScope}); an AUXILIARY the front desk's only
 * ({@link DocumentKind#auxiliaryMay()}).
 */
@Stateless
@RolesAllowed({Roles.OFFICER, Roles.AUXILIARY, Roles.SUPERVISOR})
public class CaseDocuments {

    /** The public lookup page of a case's progress (another part of the application serves it). */
    static final String LOOKUP_PATH = "/public/case.xhtml?code=";

    @PersistenceContext
    private EntityManager em;

    private final StationScope scope;
    private final StaffDirectory staff;
    private final ProcedureLimits limits;
    private final DocumentRegister register;
    private final AuditLog audit;
    private final String publicUrl;

    @Inject
    public CaseDocuments(StationScope scope, StaffDirectory staff, ProcedureLimits limits, DocumentRegister register, AuditLog audit,
                         @ConfigProperty(name = "yanghu.public-url", defaultValue = "http://localhost:8080") String publicUrl) {
        this.scope = scope;
        this.staff = staff;
        this.limits = limits;
        this.register = register;
        this.audit = audit;
        this.publicUrl = publicUrl;
    }

    /** For the container. */
    protected CaseDocuments() {
        this(null, null, null, null, null, null);
    }

    /**
     * The documents of the case: each case document, and the three bank notices of every
     * stop-payment that was frozen; whether each can be produced now by the caller, and its number
     * once issued. Reading the list issues nothing.
     */
    public List<DocumentEntry> list(long caseId) {
        FraudCase c = scope.find(FraudCase.class, caseId);
        Caller caller = scope.caller();
        Map<String, DocumentRegister.IssuedNumber> numbers = register.numbersOf(c.getId());
        List<DocumentEntry> entries = new ArrayList<>();
        for (DocumentKind kind : DocumentKind.values()) {
            if (!kind.perStopPayment()) {
                entries.add(entry(kind, kind.availableFor(c.getStatus()) && may(caller, kind), numbers.get(DocumentRegister.key(kind.series(), 0)),
                        null, null));
            }
        }
        c.getStopPayments().stream().filter(s -> s.getFreezeStatus() != null).sorted(Comparator.comparing(StopPayment::getId)).forEach(s -> {
            for (DocumentKind kind : DocumentKind.values()) {
                if (kind.perStopPayment()) {
                    entries.add(entry(kind, kind.availableFor(c.getStatus()) && kind.availableFor(s.getFreezeStatus()) && may(caller, kind),
                            numbers.get(DocumentRegister.key(kind.series(), subject(kind, s))), s.getId(), s.getBank()));
                }
            }
        });
        return entries;
    }

    /**
     * The document's content with its number: issued now at its first generation, kept for a
     * reprint. Refused: a case of another station or a stop-payment not of the case (404), a kind
     * the caller's role may not produce (403), a bank notice without its stop-payment (400), a
     * kind the case's state (or the stop-payment's freeze) does not allow yet (409).
     */
    public DocumentContent produce(long caseId, DocumentKind kind, Long stopPaymentId) {
        FraudCase c = scope.find(FraudCase.class, caseId);
        Caller caller = scope.caller();
        if (!may(caller, kind)) {
            throw new RoleNotPermittedException("document.roleNotPermitted");
        }
        StopPayment stop = null;
        if (kind.perStopPayment()) {
            if (stopPaymentId == null) {
                throw new InvalidInputException("stopPayment", "document.stopPaymentRequired");
            }
            stop = c.stopPayment(stopPaymentId);
        }
        if (!kind.availableFor(c.getStatus()) || stop != null && !kind.availableFor(stop.getFreezeStatus())) {
            throw new RuleViolationException("document.notAvailable", kind.title());
        }
        // one first issue per case at a time: a second request for the same document waits and finds it registered
        em.createNativeQuery("SELECT id FROM fraud_case WHERE id = ?1 FOR NO KEY UPDATE").setParameter(1, c.getId()).getSingleResult();
        Instant now = Instant.now();
        long subject = subject(kind, stop);
        DocumentRegister.Issued issued = register.issue(c.getId(), c.stationId(), kind, subject, caller.username(), now);
        audit.record(issued.reprint() ? AuditAction.DOCUMENT_REPRINTED : AuditAction.DOCUMENT_ISSUED, "CaseDocument", issued.id(),
                c.stationId(), c.getCaseNumber() + " " + kind.name() + (stop == null ? "" : " stop-payment " + stop.getId()) + " "
                        + issued.number());
        return DocumentAssembly.of(kind, facts(c, stop, issued, caller));
    }

    private static boolean may(Caller caller, DocumentKind kind) {
        return caller.has(Role.OFFICER) || caller.has(Role.SUPERVISOR) || kind.auxiliaryMay() && caller.has(Role.AUXILIARY);
    }

    /**
     * What a document is about, for its number: the case, or the stop-payment for a bank notice;
     * a renewal notice is about the latest renewal, so each renewal (续冻) gets a number of its own.
     */
    private static long subject(DocumentKind kind, StopPayment stop) {
        if (stop == null) {
            return 0;
        }
        List<FreezeRenewal> renewals = stop.getRenewals();
        return kind == DocumentKind.RENEWAL_NOTICE && !renewals.isEmpty() ? renewals.get(renewals.size() - 1).getId() : stop.getId();
    }

    private static DocumentEntry entry(DocumentKind kind, boolean available, DocumentRegister.IssuedNumber number, Long stopPayment,
                                       String bank) {
        return new DocumentEntry(kind.name(), kind.title(), available, number == null ? null : number.number(),
                number == null ? null : number.issuedAt(), stopPayment, bank);
    }

    private DocumentFacts facts(FraudCase c, StopPayment stop, DocumentRegister.Issued issued, Caller caller) {
        CaseTransition accepted = last(c, CaseAction.ACCEPT);
        CaseTransition filed = last(c, CaseAction.FILE);
        CaseTransition notFiled = last(c, CaseAction.NOT_FILE);
        String officerName = c.getAssignedOfficer() == null ? null : c.getAssignedOfficer().getUsername();
        Map<String, String> names = staff.displayNames(Stream.of(issued.generatedBy(), officerName,
                accepted == null ? null : accepted.getActor(), filed == null ? null : filed.getActor(),
                notFiled == null ? null : notFiled.getActor()).filter(Objects::nonNull).toList());
        boolean full = caller.has(Role.OFFICER) || caller.has(Role.SUPERVISOR);
        Victim first = c.getVictims().isEmpty() ? null : c.getVictims().get(0);
        DocumentFacts.Person reporter = first == null ? null : new DocumentFacts.Person(first.getName(),
                full || first.getIdCardNumber() == null ? first.getIdCardNumber() : Masking.idCardNumber(first.getIdCardNumber()),
                full || first.getPhone() == null ? first.getPhone() : Masking.phone(first.getPhone()), first.getAge(), first.getOccupation());
        String code = c.getReceiptCode();
        String lookup = code == null ? null : publicUrl.replaceAll("/+$", "") + LOOKUP_PATH + URLEncoder.encode(code, StandardCharsets.UTF_8);
        FreezeRenewal renewal = stop == null || stop.getRenewals().isEmpty() ? null : stop.getRenewals().get(stop.getRenewals().size() - 1);
        DocumentFacts.Money money = stop == null ? null : new DocumentFacts.Money(stop.getId(), stop.getBank(), stop.getAccount(),
                stop.getAmountFrozen(), stop.getFrozenAt(), stop.getFreezeExpiresAt(),
                stop.getFreezeStatus() == null ? null : stop.getFreezeStatus().name(),
                renewal == null ? null : new DocumentFacts.Renewal(renewal.getRenewedAt(), renewal.getPreviousExpiresAt(),
                        renewal.getNewExpiresAt()), stop.getUnfrozenAt(), stop.getUnfreezeReason());
        return new DocumentFacts(issued.number(), issued.generatedAt(), name(names, issued.generatedBy()), c.getCaseNumber().value(),
                c.getFraudType().getNameZh(), c.getStation().getNameZh(), c.getStation().getAddress(), c.getStation().getPhone(),
                c.getReportedAt(), c.getNarrative(), c.totalLoss(), reporter, name(names, officerName),
                step(accepted, names), step(filed, names), step(notFiled, names), code, lookup,
                limits.amount(LimitCode.RECONSIDERATION_REQUEST_DAYS), money);
    }

    private static CaseTransition last(FraudCase c, CaseAction action) {
        CaseTransition found = null;
        for (CaseTransition t : c.getTransitions()) {
            if (t.getAction() == action && (found == null || !t.getOccurredAt().isBefore(found.getOccurredAt()))) {
                found = t;
            }
        }
        return found;
    }

    private static DocumentFacts.Step step(CaseTransition t, Map<String, String> names) {
        return t == null ? null : new DocumentFacts.Step(t.getOccurredAt(), name(names, t.getActor()), t.getReason());
    }

    private static String name(Map<String, String> names, String username) {
        return username == null ? null : names.getOrDefault(username, username);
    }
}
