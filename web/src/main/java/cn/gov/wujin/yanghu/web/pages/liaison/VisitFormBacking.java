package cn.gov.wujin.yanghu.web.pages.liaison;

import cn.gov.wujin.yanghu.liaison.application.FollowUpForm;
import cn.gov.wujin.yanghu.liaison.application.LiaisonViews.ProjectRow;
import cn.gov.wujin.yanghu.liaison.application.ProjectService;
import cn.gov.wujin.yanghu.liaison.application.RiskForm;
import cn.gov.wujin.yanghu.liaison.application.VisitForm;
import cn.gov.wujin.yanghu.liaison.application.VisitService;
import cn.gov.wujin.yanghu.liaison.domain.RiskCategory;
import cn.gov.wujin.yanghu.web.faces.FacesErrors;
import cn.gov.wujin.yanghu.web.faces.Formats;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * liaison/visit.xhtml?project=: the visit form, usable on a phone at the site: the day, whom
 * the liaison met, what was discussed, a tick and a note per risk found, and follow-ups.
 */
@Named
@ViewScoped
public class VisitFormBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private VisitService visits;

    @Inject
    private ProjectService projects;

    /** One risk line of the form: ticked or not, with its note. */
    public static class RiskLine implements Serializable {
        private static final long serialVersionUID = 1L;
        private final RiskCategory category;
        private boolean found;
        private String note;

        RiskLine(RiskCategory category) {
            this.category = category;
        }

        public RiskCategory getCategory() {
            return category;
        }

        public boolean isFound() {
            return found;
        }

        public void setFound(boolean found) {
            this.found = found;
        }

        public String getNote() {
            return note;
        }

        public void setNote(String note) {
            this.note = note;
        }
    }

    private long project;
    private ProjectRow row;
    private final VisitForm form = new VisitForm();
    private final List<RiskLine> risks = new ArrayList<>();

    public void load() {
        row = projects.project(project).project();
        if (form.getVisitedOn() == null) {
            form.setVisitedOn(LocalDate.now(Formats.BUREAU_ZONE));
            for (RiskCategory category : RiskCategory.values()) {
                risks.add(new RiskLine(category));
            }
            addFollowUp();
        }
    }

    public void addFollowUp() {
        FollowUpForm followUp = new FollowUpForm();
        followUp.setDueOn(LocalDate.now(Formats.BUREAU_ZONE).plusDays(7));
        form.getFollowUps().add(followUp);
    }

    public void removeFollowUp(int index) {
        form.getFollowUps().remove(index);
    }

    public void save() throws IOException {
        VisitForm sent = new VisitForm();
        sent.setVisitedOn(form.getVisitedOn());
        sent.setPeopleMet(form.getPeopleMet());
        sent.setTopics(form.getTopics());
        for (RiskLine line : risks) {
            if (line.isFound()) {
                RiskForm risk = new RiskForm();
                risk.setCategory(line.getCategory().name());
                risk.setNote(line.getNote());
                sent.getRisks().add(risk);
            }
        }
        // an empty follow-up line is no follow-up
        form.getFollowUps().stream().filter(f -> f.getAction() != null && !f.getAction().isBlank()).forEach(sent.getFollowUps()::add);
        try {
            visits.record(project, sent);
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().getFlash().setKeepMessages(true);
            FacesErrors.info("liaison.visitSaved");
            faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath() + "/liaison/project.xhtml?id=" + project);
        } catch (RuntimeException e) {
            FacesErrors.show(e, "visit");
        }
    }

    public long getProject() {
        return project;
    }

    public void setProject(long project) {
        this.project = project;
    }

    public ProjectRow getRow() {
        return row;
    }

    public VisitForm getForm() {
        return form;
    }

    public List<RiskLine> getRisks() {
        return risks;
    }
}
