package cn.gov.wujin.yanghu.fraud.documents;

import cn.gov.wujin.yanghu.audit.AuditAction;
import cn.gov.wujin.yanghu.audit.AuditLog;
import cn.gov.wujin.yanghu.fraud.application.FrozenAccountQueries;
import cn.gov.wujin.yanghu.fraud.domain.FraudCase;
import cn.gov.wujin.yanghu.fraud.domain.ReturnPlan;
import cn.gov.wujin.yanghu.fraud.domain.ReturnPlanStatus;
import cn.gov.wujin.yanghu.fraud.domain.ReturnShare;
import cn.gov.wujin.yanghu.organization.access.StationScope;
import cn.gov.wujin.yanghu.organization.domain.Roles;
import cn.gov.wujin.yanghu.shared.RecordNotFoundException;
import cn.gov.wujin.yanghu.shared.RuleViolationException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.Comparator;

/**
 * The public notice (公告) of a return plan, from its approval on. Its number is issued at the
 * first print, in the series 返告 of the station of the plan's first case (the case the round is
 * filed with), and kept for every reprint; each print is audited as the case documents are.
 */
@Stateless
@RolesAllowed({Roles.OFFICER, Roles.SUPERVISOR})
public class ReturnNotices {

    @PersistenceContext
    private EntityManager em;

    private final FrozenAccountQueries queries;
    private final StationScope scope;
    private final DocumentRegister register;
    private final AuditLog audit;

    @Inject
    public ReturnNotices(FrozenAccountQueries queries, StationScope scope, DocumentRegister register, AuditLog audit) {
        this.queries = queries;
        this.scope = scope;
        this.register = register;
        this.audit = audit;
    }

    /** For the container. */
    protected ReturnNotices() {
        this(null, null, null, null);
    }

    /** The notice of the plan: 404 for a plan of an account the caller's station has no part in, 409 before approval. */
    public DocumentContent produce(long planId) {
        ReturnPlan plan = em.find(ReturnPlan.class, planId);
        if (plan == null) {
            throw new RecordNotFoundException("ReturnPlan", planId);
        }
        queries.visible(plan.getFrozenAccount().getId()); // 404 for an account of no station of the caller's
        if (plan.getStatus() == ReturnPlanStatus.DRAFT) {
            throw new RuleViolationException("document.returnNotice.notApproved");
        }
        FraudCase first = plan.getShares().stream().map(ReturnShare::getFraudCase).min(Comparator.comparing(FraudCase::getId))
                .orElseThrow();
        // one first issue per case at a time, as for the case's own documents
        em.createNativeQuery("SELECT id FROM fraud_case WHERE id = ?1 FOR NO KEY UPDATE").setParameter(1, first.getId()).getSingleResult();
        DocumentRegister.Issued issued = register.issue(first.getId(), first.stationId(), "RETURN_NOTICE", ReturnNoticeAssembler.SERIES,
                planId, scope.caller().username(), Instant.now());
        audit.record(issued.reprint() ? AuditAction.DOCUMENT_REPRINTED : AuditAction.DOCUMENT_ISSUED, "CaseDocument", issued.id(),
                first.stationId(), first.getCaseNumber() + " RETURN_NOTICE plan " + planId + " round " + plan.getRound() + " "
                        + issued.number());
        return ReturnNoticeAssembler.assemble(plan, issued.number(), first);
    }
}
