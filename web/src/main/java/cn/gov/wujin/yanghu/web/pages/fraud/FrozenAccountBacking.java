package cn.gov.wujin.yanghu.web.pages.fraud;

import cn.gov.wujin.yanghu.fraud.application.FrozenAccountQueries;
import cn.gov.wujin.yanghu.fraud.application.FrozenAccountView;
import cn.gov.wujin.yanghu.fraud.application.ReturnPlanDraft;
import cn.gov.wujin.yanghu.fraud.application.ReturnPlanView;
import cn.gov.wujin.yanghu.fraud.application.ReturnPlans;
import cn.gov.wujin.yanghu.fraud.documents.DocumentContent;
import cn.gov.wujin.yanghu.fraud.documents.ReturnNotices;
import cn.gov.wujin.yanghu.shared.RecordNotFoundException;
import cn.gov.wujin.yanghu.web.faces.FacesDownloads;
import cn.gov.wujin.yanghu.web.faces.FacesErrors;
import cn.gov.wujin.yanghu.web.pdf.DocumentPdf;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;

import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * fraud/frozen-account.xhtml?id=: one frozen account across cases: the victims whose transfers
 * reached it (another station's case reduced to number and station), its return plans with their
 * shares, notice dates and objections; an officer drafts the next round, a supervisor approves it,
 * objections are taken down during the notice and the plan is executed after it.
 */
@Named
@ViewScoped
public class FrozenAccountBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private FrozenAccountQueries frozenAccounts;

    @Inject
    private ReturnPlans returnPlans;

    @Inject
    private ReturnNotices returnNotices;

    private Long id;
    private FrozenAccountView account;
    private List<ReturnPlanView> planViews = List.of();
    private List<TracedRow> traced = new ArrayList<>();
    private Long objectionPlanId;
    private String objector;
    private String objectionText;

    /** f:viewAction: an account the caller's station has no part in answers 404, like a missing one. */
    public void load() {
        if (id == null) {
            throw new RecordNotFoundException("FrozenAccount", null);
        }
        account = frozenAccounts.get(id);
        planViews = account.plans().stream().map(p -> frozenAccounts.plan(p.id())).toList();
    }

    /** Opens the draft: one row per case the caller may see, nothing traced, the first victim receiving. */
    public void prepareDraft() {
        traced = new ArrayList<>();
        for (FrozenAccountView.Victim v : account.victims()) {
            if (v.visible()) {
                traced.add(new TracedRow(v.caseId(), v.caseNumber(), v.victimName(), v.transferred()));
            }
        }
    }

    public void draft() {
        ReturnPlanDraft draft = new ReturnPlanDraft();
        for (TracedRow row : traced) {
            boolean amount = row.getAmount() != null && !row.getAmount().isBlank();
            if (amount || row.getVictim() != null) {
                ReturnPlanDraft.TracedAmount t = new ReturnPlanDraft.TracedAmount();
                t.setCaseId(row.getCaseId());
                t.setVictim(row.getVictim());
                t.setAmount(amount ? row.getAmount().strip() : null);
                draft.getTraced().add(t);
            }
        }
        try {
            returnPlans.draft(id, draft);
            load();
            FacesErrors.info("frozenAccount.drafted");
            PrimeFaces.current().executeScript("PF('draftDialog').hide()");
        } catch (RuntimeException e) {
            FacesErrors.show(e, "draftForm");
        }
    }

    /** The plan's public notice as a PDF download (a non-Ajax request); its number is issued at the first print. */
    public void printNotice(long planId) throws IOException {
        DocumentContent content;
        try {
            content = returnNotices.produce(planId);
        } catch (RuntimeException e) {
            FacesErrors.show(e, "account");
            return;
        }
        FacesDownloads.pdf("return_notice-" + planId + ".pdf", out -> DocumentPdf.write(content, out));
    }

    public void approve(long planId) {
        try {
            returnPlans.approve(planId);
            load();
            FacesErrors.info("frozenAccount.approved");
        } catch (RuntimeException e) {
            FacesErrors.show(e, "account");
        }
    }

    public void prepareObjection(long planId) {
        objectionPlanId = planId;
        objector = null;
        objectionText = null;
    }

    public void object() {
        try {
            returnPlans.object(objectionPlanId, objector, objectionText);
            load();
            FacesErrors.info("common.saved");
            PrimeFaces.current().executeScript("PF('objectionDialog').hide()");
        } catch (RuntimeException e) {
            FacesErrors.show(e, "objectionForm");
        }
    }

    public void execute(long planId) {
        try {
            returnPlans.execute(planId);
            load();
            FacesErrors.info("frozenAccount.executed");
        } catch (RuntimeException e) {
            FacesErrors.show(e, "account");
        }
    }

    /** Whether a new round may be drafted: every plan executed and money held. */
    public boolean isRoundOpen() {
        return planViews.stream().anyMatch(p -> !"EXECUTED".equals(p.status()));
    }

    /** On notice and the notice over: the plan may be executed. */
    public boolean noticeOver(ReturnPlanView plan) {
        return "NOTICE".equals(plan.status()) && plan.noticeEndsAt() != null && !Instant.now().isBefore(plan.noticeEndsAt());
    }

    /** On notice and the notice running: objections are taken down. */
    public boolean noticeRunning(ReturnPlanView plan) {
        return "NOTICE".equals(plan.status()) && plan.noticeEndsAt() != null && Instant.now().isBefore(plan.noticeEndsAt());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public FrozenAccountView getAccount() {
        return account;
    }

    public List<ReturnPlanView> getPlans() {
        return planViews;
    }

    public List<TracedRow> getTraced() {
        return traced;
    }

    public String getObjector() {
        return objector;
    }

    public void setObjector(String objector) {
        this.objector = objector;
    }

    public String getObjectionText() {
        return objectionText;
    }

    public void setObjectionText(String objectionText) {
        this.objectionText = objectionText;
    }

    /** One case in the draft: the money traced to its victim and which victim receives (the first when empty). */
    public static final class TracedRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private final Long caseId;
        private final String caseNumber;
        private final String victimName;
        private final String transferred;
        private Integer victim;
        private String amount;

        TracedRow(Long caseId, String caseNumber, String victimName, String transferred) {
            this.caseId = caseId;
            this.caseNumber = caseNumber;
            this.victimName = victimName;
            this.transferred = transferred;
        }

        public Long getCaseId() {
            return caseId;
        }

        public String getCaseNumber() {
            return caseNumber;
        }

        public String getVictimName() {
            return victimName;
        }

        public String getTransferred() {
            return transferred;
        }

        public Integer getVictim() {
            return victim;
        }

        public void setVictim(Integer victim) {
            this.victim = victim;
        }

        public String getAmount() {
            return amount;
        }

        public void setAmount(String amount) {
            this.amount = amount;
        }
    }
}
