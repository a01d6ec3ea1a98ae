package cn.gov.wujin.yanghu.web.pages.liaison;

import cn.gov.wujin.yanghu.liaison.application.EnterpriseForm;
import cn.gov.wujin.yanghu.liaison.application.EnterpriseService;
import cn.gov.wujin.yanghu.liaison.application.LiaisonViews.EnterpriseView;
import cn.gov.wujin.yanghu.liaison.domain.Sector;
import cn.gov.wujin.yanghu.organization.application.OfficerChoice;
import cn.gov.wujin.yanghu.organization.application.OrganizationService;
import cn.gov.wujin.yanghu.organization.application.StationView;
import cn.gov.wujin.yanghu.organization.domain.Role;
import cn.gov.wujin.yanghu.web.faces.FacesErrors;
import cn.gov.wujin.yanghu.web.faces.PageModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;

import java.io.Serializable;
import java.util.List;

/**
 * liaison/enterprises.xhtml: the enterprises the caller sees, searchable by name or credit
 * code; supervisors correct their details and give an enterprise as a whole a liaison.
 */
@Named
@ViewScoped
public class EnterpriseListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private EnterpriseService enterprises;

    @Inject
    private OrganizationService organization;

    private String text;
    private final PageModel<EnterpriseView> model = new PageModel<>((first, size) -> enterprises.enterprises(text, first, size),
            row -> String.valueOf(row.id()));
    private EnterpriseView selected;
    private EnterpriseForm form = new EnterpriseForm();
    private String officer;
    private String reason;

    public void edit(EnterpriseView enterprise) {
        selected = enterprise;
        form = new EnterpriseForm();
        form.setName(enterprise.name());
        form.setSector(enterprise.sector());
        form.setAddress(enterprise.address());
        form.setContactName(enterprise.contactName());
        form.setContactPhone(enterprise.contactPhone());
        officer = enterprise.liaison();
        reason = null;
    }

    public void save() {
        try {
            selected = enterprises.update(selected.id(), form, selected.version());
            FacesErrors.info("common.saved");
            PrimeFaces.current().executeScript("PF('enterpriseDialog').hide()");
        } catch (RuntimeException e) {
            FacesErrors.show(e, "enterpriseForm");
        }
    }

    public void assign() {
        try {
            selected = enterprises.assignLiaison(selected.id(), officer, reason, selected.version());
            FacesErrors.info("common.saved");
            PrimeFaces.current().executeScript("PF('enterpriseDialog').hide()");
        } catch (RuntimeException e) {
            FacesErrors.show(e, "enterpriseForm");
        }
    }

    public List<OfficerChoice> getLiaisons() {
        if (selected == null) {
            return List.of();
        }
        return organization.stations().stream().filter(s -> s.code().equals(selected.stationCode())).findFirst()
                .map(StationView::id).map(id -> organization.staffOf(id, Role.LIAISON)).orElse(List.of());
    }

    public List<Sector> getSectors() {
        return List.of(Sector.values());
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public PageModel<EnterpriseView> getModel() {
        return model;
    }

    public EnterpriseView getSelected() {
        return selected;
    }

    public EnterpriseForm getForm() {
        return form;
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
}
