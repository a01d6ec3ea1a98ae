package cn.gov.wujin.yanghu.web.pages.admin;

import cn.gov.wujin.yanghu.patrol.application.PointsService;
import cn.gov.wujin.yanghu.web.faces.FacesErrors;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/** admin/points-rules.xhtml: what verified work earns (ADMIN). */
@Named
@ViewScoped
public class PointsRulesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PointsService points;

    private List<PointsService.Rule> rules;
    private PointsService.Rule editing;
    private BigDecimal value;
    private boolean active;

    public List<PointsService.Rule> getRules() {
        if (rules == null) {
            rules = points.rules();
        }
        return rules;
    }

    public void edit(PointsService.Rule rule) {
        editing = rule;
        value = rule.points();
        active = rule.active();
    }

    public void save() {
        try {
            points.reviseRule(editing.code(), value, active, editing.version());
            rules = null;
            FacesErrors.info("common.saved");
            PrimeFaces.current().executeScript("PF('ruleDialog').hide()");
        } catch (RuntimeException e) {
            FacesErrors.show(e, "rule");
        }
    }

    public PointsService.Rule getEditing() {
        return editing;
    }

    public BigDecimal getValue() {
        return value;
    }

    public void setValue(BigDecimal value) {
        this.value = value;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
