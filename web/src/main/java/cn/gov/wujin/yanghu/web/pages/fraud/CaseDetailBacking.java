package cn.gov.wujin.yanghu.web.pages.fraud;

import cn.gov.wujin.yanghu.fraud.application.FraudCaseService;
import cn.gov.wujin.yanghu.fraud.application.FraudCaseView;
import cn.gov.wujin.yanghu.fraud.domain.CaseAction;
import cn.gov.wujin.yanghu.fraud.domain.CaseStatus;
import cn.gov.wujin.yanghu.organization.domain.Role;
import cn.gov.wujin.yanghu.shared.NotFoundException;
import cn.gov.wujin.yanghu.web.faces.FacesErrors;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;

import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** fraud/case.xhtml?id=: one case, its money, identifiers, linked cases and timeline, and its next steps. */
@Named
@ViewScoped
public class CaseDetailBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private FraudCaseService cases;

    private Long id;
    private FraudCaseView fraudCase;
    private CaseAction action;
    private String reason;

    /** f:viewAction: a case of another station answers 404 (NotFoundException). */
    public void load() {
        if (id == null) {
            throw new NotFoundException("FraudCase", null);
        }
        fraudCase = cases.get(id);
    }

    public void showPersonalData() {
        fraudCase = cases.getWithPersonalData(id);
        FacesErrors.info("case.personalShown");
    }

    /** The steps the caller may take now: the domain's rules, offered as buttons. */
    public List<CaseAction> getAvailableActions() {
        CaseStatus status = CaseStatus.valueOf(fraudCase.status());
        Set<Role> roles = callerRoles();
        return Arrays.stream(CaseAction.values()).filter(a -> a.isAllowedFrom(status) && a.isAllowedFor(roles)).toList();
    }

    public void choose(CaseAction chosen) {
        action = chosen;
        reason = null;
    }

    public void perform() {
        try {
            fraudCase = cases.perform(id, action, reason, fraudCase.version());
            FacesErrors.info("common.saved");
            PrimeFaces.current().executeScript("PF('transitionDialog').hide()");
        } catch (RuntimeException e) {
            FacesErrors.show(e, "transition");
        }
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
