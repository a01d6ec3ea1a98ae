package cn.gov.wujin.yanghu.web.pages.admin;

import cn.gov.wujin.yanghu.fraud.application.FraudTypeView;
import cn.gov.wujin.yanghu.fraud.application.FraudTypes;
import cn.gov.wujin.yanghu.web.faces.FacesErrors;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;

import java.io.Serializable;
import java.util.List;

/** admin/fraud-types.xhtml: the fraud-type reference table (names, order, active). */
@Named
@ViewScoped
public class FraudTypesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private FraudTypes fraudTypes;

    private List<FraudTypeView> types;
    private FraudTypeView editing;
    private String nameZh;
    private String nameEn;
    private int sortOrder;
    private boolean active;

    @PostConstruct
    void load() {
        types = fraudTypes.all();
    }

    public void edit(FraudTypeView type) {
        editing = type;
        nameZh = type.nameZh();
        nameEn = type.nameEn();
        sortOrder = type.sortOrder();
        active = type.active();
    }

    public void save() {
        try {
            fraudTypes.revise(editing.code(), nameZh, nameEn, sortOrder, active, editing.version());
            types = fraudTypes.all();
            FacesErrors.info("common.saved");
            PrimeFaces.current().executeScript("PF('typeDialog').hide()");
        } catch (RuntimeException e) {
            FacesErrors.show(e, "type");
        }
    }

    public List<FraudTypeView> getTypes() {
        return types;
    }

    public FraudTypeView getEditing() {
        return editing;
    }

    public String getNameZh() {
        return nameZh;
    }

    public void setNameZh(String nameZh) {
        this.nameZh = nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public void setSortOrder(int sortOrder) {
        this.sortOrder = sortOrder;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
