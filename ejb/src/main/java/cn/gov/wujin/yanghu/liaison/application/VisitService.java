package cn.gov.wujin.yanghu.liaison.application;

import cn.gov.wujin.yanghu.liaison.application.LiaisonViews.FollowUpView;
import cn.gov.wujin.yanghu.liaison.application.LiaisonViews.RiskView;
import cn.gov.wujin.yanghu.liaison.application.LiaisonViews.VisitView;
import cn.gov.wujin.yanghu.liaison.domain.Project;
import cn.gov.wujin.yanghu.liaison.domain.RiskCategory;
import cn.gov.wujin.yanghu.liaison.domain.Visit;
import cn.gov.wujin.yanghu.liaison.domain.VisitFollowUp;
import cn.gov.wujin.yanghu.organization.domain.Account;
import cn.gov.wujin.yanghu.organization.domain.Roles;
import cn.gov.wujin.yanghu.shared.BureauTime;
import cn.gov.wujin.yanghu.shared.InvalidInputsException;
import cn.gov.wujin.yanghu.shared.RecordNotFoundException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Visits (走访) to projects: the project's liaison (or a supervisor) records them; follow-ups are ticked off. */
@Stateless
@RolesAllowed({Roles.SUPERVISOR, Roles.LIAISON})
public class VisitService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private LiaisonScope access;

    public VisitView record(long projectId, @NotNull VisitForm form) {
        Project project = access.project(projectId);
        Instant now = Instant.now();
        LocalDate today = now.atZone(BureauTime.ZONE).toLocalDate();
        InvalidInputsException.Collector problems = new InvalidInputsException.Collector();
        if (form.getVisitedOn() == null || form.getVisitedOn().isAfter(today) || form.getVisitedOn().isBefore(today.minusYears(1))) {
            problems.add("visitedOn", "liaison.visit.date");
        }
        String people = text(form.getPeopleMet(), 300, "peopleMet", problems);
        String topics = text(form.getTopics(), 2000, "topics", problems);
        Set<RiskCategory> seen = new HashSet<>();
        for (int i = 0; i < form.getRisks().size(); i++) {
            RiskForm risk = form.getRisks().get(i);
            try {
                if (!seen.add(RiskCategory.valueOf(risk.getCategory() == null ? "" : risk.getCategory().strip().toUpperCase(Locale.ROOT)))) {
                    problems.add("risks[" + i + "].category", "liaison.visit.riskTwice", risk.getCategory());
                }
            } catch (IllegalArgumentException e) {
                problems.add("risks[" + i + "].category", "liaison.visit.riskCategory", risk.getCategory());
            }
            if (risk.getNote() != null && risk.getNote().strip().length() > 300) {
                problems.add("risks[" + i + "].note", "common.tooLong", 300);
            }
        }
        for (int i = 0; i < form.getFollowUps().size(); i++) {
            FollowUpForm f = form.getFollowUps().get(i);
            if (f.getAction() == null || f.getAction().isBlank() || f.getAction().strip().length() > 300) {
                problems.add("followUps[" + i + "].action", "liaison.visit.followUpAction");
            }
            if (f.getDueOn() == null || (form.getVisitedOn() != null && f.getDueOn().isBefore(form.getVisitedOn()))) {
                problems.add("followUps[" + i + "].dueOn", "liaison.visit.followUpBeforeVisit");
            }
        }
        problems.throwIfAny();
        Account officer = em.find(Account.class, access.caller().accountId());
        Visit visit = new Visit(project, officer, form.getVisitedOn(), people, topics, now);
        for (RiskForm risk : form.getRisks()) {
            visit.found(RiskCategory.valueOf(risk.getCategory().strip().toUpperCase(Locale.ROOT)),
                    risk.getNote() == null || risk.getNote().isBlank() ? null : risk.getNote().strip());
        }
        for (FollowUpForm f : form.getFollowUps()) {
            visit.followUp(f.getAction().strip(), f.getDueOn());
        }
        em.persist(visit);
        em.flush();
        return view(visit, today);
    }

    public List<VisitView> visits(long projectId) {
        return ofProject(access.project(projectId));
    }

    /** A project's visits, newest first (for a project the caller has been allowed to see). */
    public List<VisitView> ofProject(Project project) {
        LocalDate today = LocalDate.now(BureauTime.ZONE);
        return em.createQuery("SELECT v FROM Visit v JOIN FETCH v.officer WHERE v.project = :p ORDER BY v.visitedOn DESC, v.id DESC",
                Visit.class).setParameter("p", project).getResultStream().map(v -> view(v, today)).toList();
    }

    /** Ticks off a follow-up action of a visit to a project the caller may see. */
    public VisitView followUpDone(long followUpId) {
        VisitFollowUp followUp = em.find(VisitFollowUp.class, followUpId);
        if (followUp == null) {
            throw new RecordNotFoundException("VisitFollowUp", followUpId);
        }
        Visit visit = followUp.getVisit();
        access.project(visit.getProject().getId());
        Instant now = Instant.now();
        followUp.done(access.caller().username(), now);
        em.flush();
        return view(visit, now.atZone(BureauTime.ZONE).toLocalDate());
    }

    private static String text(String value, int max, String field, InvalidInputsException.Collector problems) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty() || v.length() > max) {
            problems.add(field, "liaison.visit." + field, max);
        }
        return v;
    }

    private static VisitView view(Visit v, LocalDate today) {
        return new VisitView(v.getId(), v.getProject().getId(), v.getProject().getName(), v.getOfficer().getUsername(),
                v.getOfficer().getDisplayName(), v.getVisitedOn(), v.getPeopleMet(), v.getTopics(),
                v.getRisks().stream().map(r -> new RiskView(r.getCategory().name(), r.getNote())).toList(),
                v.getFollowUps().stream().map(f -> new FollowUpView(f.getId(), f.getAction(), f.getDueOn(), f.getDoneAt(),
                        f.getDoneBy(), f.isOverdueOn(today))).toList());
    }
}
