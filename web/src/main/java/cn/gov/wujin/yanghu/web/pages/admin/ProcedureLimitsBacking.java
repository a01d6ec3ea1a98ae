package cn.gov.wujin.yanghu.web.pages.admin;

import cn.gov.wujin.yanghu.fraud.application.ProcedureLimitAdmin;
import cn.gov.wujin.yanghu.fraud.application.ProcedureLimitView;
import cn.gov.wujin.yanghu.web.faces.FacesErrors;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;

import java.io.Serializable;
import java.util.List;

/** admin/procedure-limits.xhtml: the procedure's time limits and counts, with their sources. */
@Named
@ViewScoped
public class ProcedureLimitsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ProcedureLimitAdmin procedureLimits;

    private List<ProcedureLimitView> limits;
    private ProcedureLimitView editing;
    private Integer amount;

    @PostConstruct
    void load() {
        limits = procedureLimits.all();
    }

    public void edit(ProcedureLimitView limit) {
        editing = limit;
        amount = limit.amount();
    }

    public void save() {
        try {
            procedureLimits.revise(editing.code(), amount, editing.version());
            limits = procedureLimits.all();
            FacesErrors.info("common.saved");
            PrimeFaces.current().executeScript("PF('limitDialog').hide()");
        } catch (RuntimeException e) {
            FacesErrors.show(e, "limit");
        }
    }

    public List<ProcedureLimitView> getLimits() {
        return limits;
    }

    public ProcedureLimitView getEditing() {
        return editing;
    }

    public Integer getAmount() {
        return amount;
    }

    public void setAmount(Integer amount) {
        this.amount = amount;
    }
}
