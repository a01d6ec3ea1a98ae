package cn.gov.wujin.yanghu.web.pages.liaison;

import cn.gov.wujin.yanghu.liaison.application.EnterpriseService;
import cn.gov.wujin.yanghu.liaison.application.LiaisonNoticeService;
import cn.gov.wujin.yanghu.liaison.application.LiaisonViews.EnterpriseView;
import cn.gov.wujin.yanghu.liaison.application.LiaisonViews.NoticeResult;
import cn.gov.wujin.yanghu.liaison.application.NoticeForm;
import cn.gov.wujin.yanghu.shared.Page;
import cn.gov.wujin.yanghu.web.faces.FacesErrors;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * liaison/notice.xhtml: a targeted anti-fraud notice (e.g. 冒充领导熟人 for accountants) to the
 * contacts of the enterprises the liaison chooses; recorded as the station's publicity.
 */
@Named
@ViewScoped
public class NoticeBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private LiaisonNoticeService notices;

    @Inject
    private EnterpriseService enterprises;

    private NoticeForm form = new NoticeForm();
    private List<Long> chosen = new ArrayList<>();
    private List<EnterpriseView> choices;
    private NoticeResult result;

    public void send() {
        try {
            form.setEnterpriseIds(new ArrayList<>(chosen));
            result = notices.send(form);
            form = new NoticeForm();
            chosen = new ArrayList<>();
            FacesErrors.info("liaison.notice.sent", result.delivered());
        } catch (RuntimeException e) {
            FacesErrors.show(e, "notice");
        }
    }

    public List<EnterpriseView> getChoices() {
        if (choices == null) {
            choices = enterprises.enterprises(null, 0, Page.MAX_SIZE).rows();
        }
        return choices;
    }

    public NoticeForm getForm() {
        return form;
    }

    public List<Long> getChosen() {
        return chosen;
    }

    public void setChosen(List<Long> chosen) {
        this.chosen = chosen;
    }

    public NoticeResult getResult() {
        return result;
    }
}
