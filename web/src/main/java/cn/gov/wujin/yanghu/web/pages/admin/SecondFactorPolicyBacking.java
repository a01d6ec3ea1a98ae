package cn.gov.wujin.yanghu.web.pages.admin;

import cn.gov.wujin.yanghu.organization.application.SecondFactorPolicies;
import cn.gov.wujin.yanghu.organization.application.SecondFactorPolicies.PolicyView;
import cn.gov.wujin.yanghu.web.faces.FacesErrors;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** admin/second-factor.xhtml: which roles must sign in with a second factor (ADMIN). */
@Named
@ViewScoped
public class SecondFactorPolicyBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SecondFactorPolicies policies;

    private List<PolicyView> rows;
    private final Map<String, Boolean> required = new HashMap<>();

    @PostConstruct
    void load() {
        rows = policies.all();
        required.clear();
        rows.forEach(r -> required.put(r.role(), r.required()));
    }

    /** Saves the roles that changed. */
    public void save() {
        try {
            for (PolicyView row : rows) {
                Boolean wanted = required.get(row.role());
                if (wanted != null && wanted != row.required()) {
                    policies.change(row.role(), wanted, row.version());
                }
            }
            load();
            FacesErrors.info("common.saved");
        } catch (RuntimeException e) {
            load();
            FacesErrors.show(e, "policies");
        }
    }

    public List<PolicyView> getRows() {
        return rows;
    }

    public Map<String, Boolean> getRequired() {
        return required;
    }
}
