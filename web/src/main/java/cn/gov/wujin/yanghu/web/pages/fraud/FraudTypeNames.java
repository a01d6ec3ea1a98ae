package cn.gov.wujin.yanghu.web.pages.fraud;

import cn.gov.wujin.yanghu.fraud.application.FraudTypeView;
import cn.gov.wujin.yanghu.fraud.application.FraudTypes;
import cn.gov.wujin.yanghu.web.pages.LocaleBacking;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** Fraud types in the page's language (the reference table has both names). */
@Named
@RequestScoped
public class FraudTypeNames {

    @Inject
    private FraudTypes fraudTypes;

    @Inject
    private LocaleBacking locale;

    private List<FraudTypeView> types;

    public List<FraudTypeView> getAll() {
        if (types == null) {
            types = fraudTypes.all();
        }
        return types;
    }

    public List<FraudTypeView> getActive() {
        return getAll().stream().filter(FraudTypeView::active).toList();
    }

    public String name(String code) {
        return getAll().stream().filter(t -> t.code().equals(code)).findFirst()
                .map(t -> locale.isEnglish() ? t.nameEn() : t.nameZh()).orElse(code);
    }
}
