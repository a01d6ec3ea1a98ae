package cn.gov.wujin.yanghu.web.pages.patrol;

import cn.gov.wujin.yanghu.patrol.application.TipRow;
import cn.gov.wujin.yanghu.patrol.application.TipQueries;
import cn.gov.wujin.yanghu.web.faces.PageModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;

/** patrol/my-tips.xhtml: the tips I sent and what became of them; {@code ?updates=true}: those acted on lately. */
@Named
@ViewScoped
public class MyTipsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private TipQueries tips;

    private boolean updatesOnly;

    private final PageModel<TipRow> model = new PageModel<>((first, size) -> tips.mine(updatesOnly, first, size),
            row -> String.valueOf(row.id()));

    public PageModel<TipRow> getModel() {
        return model;
    }

    public boolean isUpdatesOnly() {
        return updatesOnly;
    }

    public void setUpdatesOnly(boolean updatesOnly) {
        this.updatesOnly = updatesOnly;
    }
}
