package cn.gov.wujin.yanghu.web.pages.liaison;

import cn.gov.wujin.yanghu.liaison.application.EnterpriseService;
import cn.gov.wujin.yanghu.liaison.application.LiaisonViews.ProjectDetail;
import cn.gov.wujin.yanghu.liaison.application.ProjectForm;
import cn.gov.wujin.yanghu.liaison.application.ProjectService;
import cn.gov.wujin.yanghu.liaison.application.RequestForm;
import cn.gov.wujin.yanghu.liaison.application.RequestService;
import cn.gov.wujin.yanghu.liaison.application.VisitService;
import cn.gov.wujin.yanghu.liaison.domain.ProjectStage;
import cn.gov.wujin.yanghu.liaison.domain.RequestCategory;
import cn.gov.wujin.yanghu.organization.application.OfficerChoice;
import cn.gov.wujin.yanghu.web.faces.FacesErrors;
import cn.gov.wujin.yanghu.web.faces.Formats;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * liaison/project.xhtml?id=: a project's file: its enterprise, stage, liaison history,
 * visits and requests; supervisors hand it to another liaison, the liaison logs its stage
 * and takes down the enterprise's requests.
 */
@Named
@ViewScoped
public class ProjectBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ProjectService projects;

    @Inject
    private VisitService visits;

    @Inject
    private RequestService requests;

    private long id;
    private ProjectDetail detail;
    private String stage;
    private LocalDate stageOn;
    private String officer;
    private String reason;
    private RequestForm request = new RequestForm();
    private String fullPhone;
    private ProjectForm details = new ProjectForm();

    @Inject
    private EnterpriseService enterprises;

    /** The view action: a project the caller may not see answers "not found". */
    public void load() {
        detail = projects.project(id);
    }

    /** Shows the contact's number in full (the view is audited). */
    public void revealPhone() {
        fullPhone = enterprises.contactPhone(detail.enterprise().id());
    }

    public String getFullPhone() {
        return fullPhone;
    }

    public void prepareDetails() {
        details = new ProjectForm();
        details.setName(detail.project().name());
        details.setSiteAddress(detail.siteAddress());
        details.setInvestment(detail.project().investment());
        details.setSignedOn(detail.signedOn());
    }

    public void saveDetails() {
        try {
            projects.describe(id, details, detail.project().version());
            load();
            FacesErrors.info("common.saved");
            PrimeFaces.current().executeScript("PF('detailsDialog').hide()");
        } catch (RuntimeException e) {
            FacesErrors.show(e, "detailsForm");
        }
    }

    public ProjectForm getDetails() {
        return details;
    }

    public void prepareStage() {
        stage = null;
        stageOn = LocalDate.now(Formats.BUREAU_ZONE);
    }

    public void saveStage() {
        try {
            projects.reachStage(id, stage, stageOn, detail.project().version());
            load();
            FacesErrors.info("common.saved");
            PrimeFaces.current().executeScript("PF('stageDialog').hide()");
        } catch (RuntimeException e) {
            FacesErrors.show(e, "stageForm");
        }
    }

    public void prepareLiaison() {
        officer = null;
        reason = null;
    }

    public void saveLiaison() {
        try {
            detail = projects.assignLiaison(id, officer, reason, detail.project().version());
            FacesErrors.info("common.saved");
            PrimeFaces.current().executeScript("PF('liaisonDialog').hide()");
        } catch (RuntimeException e) {
            FacesErrors.show(e, "liaisonForm");
        }
    }

    public void prepareRequest() {
        request = new RequestForm();
        request.setProjectId(id);
    }

    public void saveRequest() {
        try {
            requests.receive(request);
            load();
            FacesErrors.info("common.saved");
            PrimeFaces.current().executeScript("PF('requestDialog').hide()");
        } catch (RuntimeException e) {
            FacesErrors.show(e, "requestForm");
        }
    }

    public void followUpDone(long followUpId) {
        try {
            visits.followUpDone(followUpId);
            load();
            FacesErrors.info("common.saved");
        } catch (RuntimeException e) {
            FacesErrors.show(e, "project");
        }
    }

    public List<OfficerChoice> getCandidates() {
        return projects.liaisonsFor(id);
    }

    /** The stages after the current one. */
    public List<ProjectStage> getNextStages() {
        ProjectStage current = ProjectStage.valueOf(detail.project().stage());
        return List.of(ProjectStage.values()).stream().filter(s -> s.ordinal() > current.ordinal()).toList();
    }

    public List<RequestCategory> getCategories() {
        return List.of(RequestCategory.values());
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public ProjectDetail getDetail() {
        return detail;
    }

    public String getStage() {
        return stage;
    }

    public void setStage(String stage) {
        this.stage = stage;
    }

    public LocalDate getStageOn() {
        return stageOn;
    }

    public void setStageOn(LocalDate stageOn) {
        this.stageOn = stageOn;
    }

    public String getOfficer() {
        return officer;
    }

    public void setOfficer(String officer) {
        this.officer = officer;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public RequestForm getRequest() {
        return request;
    }
}
