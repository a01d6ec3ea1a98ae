package cn.gov.wujin.yanghu.web.pages.patrol;

import cn.gov.wujin.yanghu.patrol.application.HelpAnswerForm;
import cn.gov.wujin.yanghu.patrol.application.HelpRequestView;
import cn.gov.wujin.yanghu.patrol.application.LeadHelpService;
import cn.gov.wujin.yanghu.patrol.domain.HelpAnswer;
import cn.gov.wujin.yanghu.shared.RecordNotFoundException;
import cn.gov.wujin.yanghu.web.faces.FacesErrors;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;

/**
 * patrol/help.xhtml?lead=: a request to dissuade a warning lead's person at the door, on the
 * asked member's phone (the notification links it): where, whom (the surname only), until when,
 * and three big buttons to answer. A request made to someone else answers 404, as a missing one.
 */
@Named
@ViewScoped
public class HelpRequestBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private LeadHelpService help;

    private Long lead;
    private HelpRequestView request;
    private String note;

    /** f:viewAction. */
    public void load() {
        if (lead == null) {
            throw new RecordNotFoundException("WarningLead", null);
        }
        request = help.request(lead);
        note = request.note();
    }

    public void answer(HelpAnswer answer) {
        try {
            request = help.answer(lead, new HelpAnswerForm(answer, note));
            FacesErrors.info("help.answered");
        } catch (RuntimeException e) {
            FacesErrors.show(e, "help");
            request = help.request(lead); // the lead may have been handled meanwhile: show it closed
        }
    }

    /** "This lead has been handled (dissuaded)…" when it has an outcome. */
    public String getClosedText() {
        if (request == null || request.open()) {
            return null;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        return FacesErrors.text(faces, "help.closed", FacesErrors.text(faces, "lead.status." + request.outcome()));
    }

    public HelpAnswer[] getAnswers() {
        return HelpAnswer.values();
    }

    public HelpRequestView getRequest() {
        return request;
    }

    public Long getLead() {
        return lead;
    }

    public void setLead(Long lead) {
        this.lead = lead;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
