package cn.gov.wujin.yanghu.web.pages.liaison;

import cn.gov.wujin.yanghu.liaison.application.EnterpriseForm;
import cn.gov.wujin.yanghu.liaison.application.EnterpriseImportRows;
import cn.gov.wujin.yanghu.liaison.application.EnterpriseService;
import cn.gov.wujin.yanghu.liaison.application.LiaisonViews.EnterpriseView;
import cn.gov.wujin.yanghu.liaison.application.LiaisonViews.ProjectRow;
import cn.gov.wujin.yanghu.liaison.application.ProjectFilter;
import cn.gov.wujin.yanghu.liaison.application.ProjectForm;
import cn.gov.wujin.yanghu.liaison.application.ProjectService;
import cn.gov.wujin.yanghu.liaison.domain.ProjectStage;
import cn.gov.wujin.yanghu.liaison.domain.Sector;
import cn.gov.wujin.yanghu.organization.application.OfficerChoice;
import cn.gov.wujin.yanghu.organization.application.OrganizationService;
import cn.gov.wujin.yanghu.organization.domain.Role;
import cn.gov.wujin.yanghu.shared.Page;
import cn.gov.wujin.yanghu.web.faces.FacesErrors;
import cn.gov.wujin.yanghu.web.faces.PageModel;
import cn.gov.wujin.yanghu.web.pages.CurrentUserBacking;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;
import org.primefaces.model.file.UploadedFile;

import java.io.Serializable;
import java.util.List;

/**
 * liaison/projects.xhtml: the project board (projects without a liaison, without a recent
 * visit or with open requests stand out); supervisors register enterprises and projects
 * here, one by one or from a CSV file.
 */
@Named
@ViewScoped
public class ProjectBoardBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ProjectService projects;

    @Inject
    private EnterpriseService enterprises;

    @Inject
    private OrganizationService organization;

    @Inject
    private CurrentUserBacking currentUser;

    private final ProjectFilter filter = new ProjectFilter();
    private final PageModel<ProjectRow> model = new PageModel<>((first, size) -> projects.board(filter, first, size),
            row -> String.valueOf(row.id()));
    private EnterpriseForm enterprise = new EnterpriseForm();
    private ProjectForm project = new ProjectForm();
    /** Only for the request that uploads and imports it (the form sends both): never kept in the view. */
    private transient UploadedFile file;
    private List<EnterpriseView> enterpriseChoices;

    public void newEnterprise() {
        enterprise = new EnterpriseForm();
    }

    public void saveEnterprise() {
        try {
            enterprises.register(enterprise);
            enterpriseChoices = null;
            FacesErrors.info("common.saved");
            PrimeFaces.current().executeScript("PF('enterpriseDialog').hide()");
        } catch (RuntimeException e) {
            FacesErrors.show(e, "enterpriseForm");
        }
    }

    public void newProject() {
        project = new ProjectForm();
    }

    public void saveProject() {
        try {
            projects.register(project);
            FacesErrors.info("common.saved");
            PrimeFaces.current().executeScript("PF('projectDialog').hide()");
        } catch (RuntimeException e) {
            FacesErrors.show(e, "projectForm");
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
            int imported = enterprises.importCsv(content);
            enterpriseChoices = null;
            FacesErrors.info("liaison.import.done", imported);
        } catch (RuntimeException e) {
            FacesErrors.show(e, "board");
        }
    }

    public List<EnterpriseView> getEnterpriseChoices() {
        if (enterpriseChoices == null) {
            enterpriseChoices = enterprises.enterprises(null, 0, Page.MAX_SIZE).rows();
        }
        return enterpriseChoices;
    }

    /** Liaison officers of the supervisor's station, for the filter (none for the bureau: any username). */
    public List<OfficerChoice> getLiaisons() {
        Long station = currentUser.getProfile().stationId();
        return station == null ? List.of() : organization.staffOf(station, Role.LIAISON);
    }

    public List<ProjectStage> getStages() {
        return List.of(ProjectStage.values());
    }

    public List<Sector> getSectors() {
        return List.of(Sector.values());
    }

    public String getImportHeader() {
        return String.join(",", EnterpriseImportRows.HEADER);
    }

    public ProjectFilter getFilter() {
        return filter;
    }

    public PageModel<ProjectRow> getModel() {
        return model;
    }

    public EnterpriseForm getEnterprise() {
        return enterprise;
    }

    public ProjectForm getProject() {
        return project;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }
}
