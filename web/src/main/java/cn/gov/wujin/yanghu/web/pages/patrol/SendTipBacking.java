package cn.gov.wujin.yanghu.web.pages.patrol;

import cn.gov.wujin.yanghu.patrol.application.NewTip;
import cn.gov.wujin.yanghu.patrol.application.TipReceipt;
import cn.gov.wujin.yanghu.patrol.application.TipIntake;
import cn.gov.wujin.yanghu.patrol.application.TipPhotos;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** patrol/tip.xhtml: a member sends a tip from the phone; it goes to their station. */
@Named
@ViewScoped
public class SendTipBacking extends TipForm {

    private static final long serialVersionUID = 1L;

    @Inject
    private TipIntake tips;

    @Inject
    private TipPhotos photos;

    @Override
    protected TipReceipt send(NewTip tip, String key) {
        return tips.submit(tip, key);
    }

    @Override
    protected void attach(long tipId, byte[] content) {
        photos.attachPhoto(tipId, content);
    }
}
