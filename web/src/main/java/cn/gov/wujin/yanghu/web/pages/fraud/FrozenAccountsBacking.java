package cn.gov.wujin.yanghu.web.pages.fraud;

import cn.gov.wujin.yanghu.fraud.application.FrozenAccountQueries;
import cn.gov.wujin.yanghu.fraud.application.FrozenAccountRow;
import cn.gov.wujin.yanghu.web.faces.PageModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;

/**
 * fraud/frozen-accounts.xhtml: the frozen accounts the caller may see, one record across cases,
 * the first to expire first; optionally only those expiring within N days (renew them in time).
 */
@Named
@ViewScoped
public class FrozenAccountsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The longest "expiring within" offered, as the API takes it. */
    public static final int MAX_EXPIRING_DAYS = 366;

    @Inject
    private FrozenAccountQueries frozenAccounts;

    private Integer expiringWithinDays;

    private final PageModel<FrozenAccountRow> model = new PageModel<>(
            (first, size) -> frozenAccounts.list(expiringWithinDays, first, size), row -> String.valueOf(row.id()));

    public PageModel<FrozenAccountRow> getModel() {
        return model;
    }

    public Integer getExpiringWithinDays() {
        return expiringWithinDays;
    }

    /** Out of 0..366 it is taken as the nearest bound; empty shows all. */
    public void setExpiringWithinDays(Integer days) {
        this.expiringWithinDays = days == null ? null : Math.max(0, Math.min(MAX_EXPIRING_DAYS, days));
    }

    public int getMaxExpiringDays() {
        return MAX_EXPIRING_DAYS;
    }
}
