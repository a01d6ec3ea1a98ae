package cn.gov.wujin.yanghu.web.pages.patrol;

import cn.gov.wujin.yanghu.patrol.application.TipTrack;
import cn.gov.wujin.yanghu.patrol.application.TipTracking;
import cn.gov.wujin.yanghu.shared.RecordNotFoundException;
import cn.gov.wujin.yanghu.web.faces.FacesErrors;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;

/** public/track.xhtml?code=: the status behind a tracking code, and nothing else. */
@Named
@ViewScoped
public class TrackTipBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private TipTracking tips;

    private String code;
    private TipTrack found;

    /** f:viewAction: a link with ?code= shows the status at once. */
    public void lookUpFromLink() {
        if (code != null && !code.isBlank()) {
            lookUp();
        }
    }

    public void lookUp() {
        try {
            found = tips.track(code);
        } catch (RecordNotFoundException e) {
            found = null;
            FacesErrors.error("tip.track.unknown");
        }
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public TipTrack getFound() {
        return found;
    }
}
