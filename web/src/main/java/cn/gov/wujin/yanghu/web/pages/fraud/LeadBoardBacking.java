package cn.gov.wujin.yanghu.web.pages.fraud;

import cn.gov.wujin.yanghu.fraud.warning.ContactMethod;
import cn.gov.wujin.yanghu.fraud.warning.LeadOutcome;
import cn.gov.wujin.yanghu.fraud.warning.LeadSource;
import cn.gov.wujin.yanghu.fraud.warning.LeadUrgency;
import cn.gov.wujin.yanghu.fraud.warning.LeadView;
import cn.gov.wujin.yanghu.fraud.warning.NewLead;
import cn.gov.wujin.yanghu.fraud.warning.OutcomeRequest;
import cn.gov.wujin.yanghu.fraud.warning.WarningLeadService;
import cn.gov.wujin.yanghu.organization.application.CommunityView;
import cn.gov.wujin.yanghu.organization.application.OrganizationService;
import cn.gov.wujin.yanghu.patrol.application.HelpAnswerRow;
import cn.gov.wujin.yanghu.patrol.application.LeadHelpService;
import cn.gov.wujin.yanghu.shared.Page;
import cn.gov.wujin.yanghu.web.faces.FacesErrors;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.file.UploadedFile;

import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * fraud/leads.xhtml: the station's warning board (open leads by deadline), outcomes, new leads
 * (with a community of the station and an address), CSV import, and the door-to-door help each
 * lead asked for (who, what, when). {@code ?lead=} shows that lead only, as a notification opens
 * it. "Already defrauded" continues on the intake page, where the person's case is registered
 * and the outcome recorded with it.
 */
@Named
@ViewScoped
public class LeadBoardBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private WarningLeadService leads;

    @Inject
    private LeadHelpService help;

    @Inject
    private OrganizationService organization;

    /** The view parameter {@code lead}: only that lead, whatever its status. */
    private Long lead;
    private LeadOutcome status = LeadOutcome.OPEN;
    /** The help asked for the leads of the page shown, by lead. */
    private Map<Long, List<HelpAnswerRow>> helpOfPage = new HashMap<>();
    private List<CommunityView> communities;
    private boolean overdueOnly;
    private String stationCode;
    /** The map's count markers open the leads of one community in their period. */
    private Long communityId;
    private java.time.LocalDate from;
    private java.time.LocalDate to;
    private NewLead newLead = new NewLead();
    private Long leadId;
    private OutcomeRequest outcome = new OutcomeRequest();
    /** Only for the request that uploads and imports it (the form sends both): never kept in the view. */
    private transient UploadedFile file;

    private final LazyDataModel<LeadView> model = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) leads.board(lead == null ? status : null, overdueOnly, stationCode, lead, communityId, from, to, 0, 1).total();
        }

        @Override
        public List<LeadView> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            Page<LeadView> page = leads.board(lead == null ? status : null, overdueOnly, stationCode, lead, communityId, from, to, first, pageSize);
            setRowCount((int) page.total());
            helpOfPage = new HashMap<>(help.answersOf(page.rows().stream().map(LeadView::id).toList()));
            return page.rows();
        }

        @Override
        public String getRowKey(LeadView row) {
            return String.valueOf(row.id());
        }

        @Override
        public LeadView getRowData(String rowKey) {
            return null;
        }
    };

    public void receive() {
        try {
            leads.receive(newLead);
            newLead = new NewLead();
            FacesErrors.info("common.saved");
            PrimeFaces.current().executeScript("PF('leadDialog').hide()");
        } catch (RuntimeException e) {
            FacesErrors.show(e, "lead");
        }
    }

    /** Who was asked to help with the lead at the door, and their answers. */
    public List<HelpAnswerRow> helpOf(LeadView row) {
        return helpOfPage.getOrDefault(row.id(), List.of());
    }

    /** The communities a new lead may name: those of the caller's station (of every station for the bureau). */
    public List<CommunityView> getCommunities() {
        if (communities == null) {
            communities = organization.communities(null);
        }
        return communities;
    }

    /** Back to the whole board from one lead. */
    public void showAll() {
        lead = null;
    }

    public void prepareOutcome(LeadView row) {
        leadId = row.id();
        outcome = new OutcomeRequest();
        outcome.setOutcome(LeadOutcome.DISSUADED);
        outcome.setContactMethod(ContactMethod.CALL);
    }

    public void recordOutcome() throws IOException {
        if (outcome.getOutcome() == LeadOutcome.ALREADY_DEFRAUDED) {
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.getFlash().put(CaseIntakeBacking.LEAD_OUTCOME, outcome);
            external.redirect(external.getRequestContextPath() + "/fraud/intake.xhtml?lead=" + leadId);
            return;
        }
        try {
            leads.recordOutcome(leadId, outcome);
            FacesErrors.info("common.saved");
            PrimeFaces.current().executeScript("PF('outcomeDialog').hide()");
        } catch (RuntimeException e) {
            FacesErrors.show(e, "outcome");
        }
    }

    public void importFile() {
        if (file == null || file.getSize() == 0) {
            FacesErrors.error("csv.empty");
            return;
        }
        try {
            byte[] content = file.getContent();
            file = null;
            int imported = leads.importCsv(content);
            FacesErrors.info("lead.imported", imported);
        } catch (RuntimeException e) {
            FacesErrors.show(e, "board");
        }
    }

    public LeadOutcome[] getStatuses() {
        return LeadOutcome.values();
    }

    public LeadOutcome[] getOutcomes() {
        return new LeadOutcome[]{LeadOutcome.DISSUADED, LeadOutcome.ALREADY_DEFRAUDED, LeadOutcome.UNREACHABLE};
    }

    public ContactMethod[] getContactMethods() {
        return ContactMethod.values();
    }

    public LeadSource[] getSources() {
        return LeadSource.values();
    }

    public LeadUrgency[] getUrgencies() {
        return LeadUrgency.values();
    }

    public LazyDataModel<LeadView> getModel() {
        return model;
    }

    public Long getLead() {
        return lead;
    }

    public void setLead(Long lead) {
        this.lead = lead;
    }

    /** The status from a link ({@code ?status=OPEN}; ALL for every lead); an unknown one leaves the open leads. */
    public String getStatusParam() {
        return status == null ? "ALL" : status.name();
    }

    public void setStatusParam(String value) {
        if ("ALL".equals(value)) {
            status = null;
        } else {
            status = java.util.Arrays.stream(LeadOutcome.values()).filter(o -> o.name().equals(value)).findFirst().orElse(LeadOutcome.OPEN);
        }
    }

    public Long getCommunity() {
        return communityId;
    }

    public void setCommunity(Long community) {
        this.communityId = community;
    }

    public String getFromParam() {
        return from == null ? null : from.toString();
    }

    public void setFromParam(String day) {
        this.from = cn.gov.wujin.yanghu.web.faces.Formats.day(day);
    }

    public String getToParam() {
        return to == null ? null : to.toString();
    }

    public void setToParam(String day) {
        this.to = cn.gov.wujin.yanghu.web.faces.Formats.day(day);
    }

    /** One station's leads (the bureau's table of stations links here with its code). */
    public String getStationCode() {
        return stationCode;
    }

    public void setStationCode(String stationCode) {
        this.stationCode = stationCode == null || stationCode.isBlank() ? null : stationCode.strip();
    }

    public LeadOutcome getStatus() {
        return status;
    }

    public void setStatus(LeadOutcome status) {
        this.status = status;
    }

    public boolean isOverdueOnly() {
        return overdueOnly;
    }

    public void setOverdueOnly(boolean overdueOnly) {
        this.overdueOnly = overdueOnly;
    }

    public NewLead getNewLead() {
        return newLead;
    }

    public OutcomeRequest getOutcome() {
        return outcome;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }
}
