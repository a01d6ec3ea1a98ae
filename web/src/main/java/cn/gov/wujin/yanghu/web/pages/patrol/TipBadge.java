package cn.gov.wujin.yanghu.web.pages.patrol;

import cn.gov.wujin.yanghu.patrol.application.TipQueries;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The count of new tips beside "tip triage" in the menu, read once per page. */
@Named
@RequestScoped
public class TipBadge {

    /** Beyond this the badge reads "99+". */
    private static final int CAP = 100;

    @Inject
    private TipQueries tips;

    private String suffix;

    public String getSuffix() {
        if (suffix == null) {
            long waiting = tips.countNew(CAP);
            suffix = waiting == 0 ? "" : waiting >= CAP ? " (" + (CAP - 1) + "+)" : " (" + waiting + ")";
        }
        return suffix;
    }
}
