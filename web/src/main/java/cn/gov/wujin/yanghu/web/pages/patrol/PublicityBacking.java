package cn.gov.wujin.yanghu.web.pages.patrol;

import cn.gov.wujin.yanghu.patrol.application.NewPublicity;
import cn.gov.wujin.yanghu.patrol.application.PublicityService;
import cn.gov.wujin.yanghu.patrol.application.PublicityView;
import cn.gov.wujin.yanghu.patrol.domain.PublicityKind;
import cn.gov.wujin.yanghu.web.faces.FacesErrors;
import cn.gov.wujin.yanghu.web.faces.Formats;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * patrol/publicity.xhtml: members report anti-fraud publicity they did; officers of the
 * station confirm it (points for the participants) or say why not.
 */
@Named
@ViewScoped
public class PublicityBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PublicityService publicity;

    private NewPublicity form = fresh();
    private List<PublicityView> events;
    private String note;

    private static NewPublicity fresh() {
        NewPublicity form = new NewPublicity();
        form.setHeldOn(LocalDate.now(Formats.BUREAU_ZONE));
        form.setKind(PublicityKind.TALK.name());
        return form;
    }

    public void report() {
        try {
            publicity.report(form);
            form = fresh();
            events = null;
            FacesErrors.info("publicity.reported");
        } catch (RuntimeException e) {
            FacesErrors.show(e, "report");
        }
    }

    public void decide(PublicityView event, boolean confirm) {
        try {
            publicity.decide(event.id(), confirm, note, event.version());
            note = null;
            FacesErrors.info("common.saved");
        } catch (RuntimeException e) {
            FacesErrors.show(e, "events");
        }
        events = null;
    }

    public List<PublicityView> getEvents() {
        if (events == null) {
            events = publicity.list(null);
        }
        return events;
    }

    public List<PublicityKind> getKinds() {
        return List.of(PublicityKind.values());
    }

    public NewPublicity getForm() {
        return form;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
