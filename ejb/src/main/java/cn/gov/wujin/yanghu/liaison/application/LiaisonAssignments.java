package cn.gov.wujin.yanghu.liaison.application;

import cn.gov.wujin.yanghu.liaison.domain.Enterprise;
import cn.gov.wujin.yanghu.liaison.domain.LiaisonAssignment;
import cn.gov.wujin.yanghu.liaison.domain.Project;
import cn.gov.wujin.yanghu.organization.domain.Account;
import cn.gov.wujin.yanghu.organization.domain.Roles;
import cn.gov.wujin.yanghu.shared.ConflictException;
import cn.gov.wujin.yanghu.shared.InvalidInputException;
import cn.gov.wujin.yanghu.shared.RecordNotFoundException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

import java.time.Instant;
import java.util.List;

/**
 * Hands a project (or an enterprise) to a liaison officer. The project's row is locked and
 * its version raised, so of two supervisors reassigning at once one wins and the other,
 * holding the old version, gets a conflict; the partial unique index is the last guard.
 */
@Stateless
@RolesAllowed(Roles.SUPERVISOR)
public class LiaisonAssignments {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private LiaisonScope access;

    public void assignToProject(long projectId, String officer, String reason, long expectedVersion) {
        Project project = em.find(Project.class, projectId, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        if (project == null || !access.stations().canSee(project.stationId())) {
            throw new RecordNotFoundException("Project", projectId);
        }
        if (project.getVersion() != expectedVersion) {
            throw new ConflictException("Project", projectId);
        }
        reassign(em.createQuery("SELECT a FROM LiaisonAssignment a WHERE a.project = :p AND a.endedAt IS NULL", LiaisonAssignment.class)
                        .setParameter("p", project).getResultList(), officer, reason,
                (account, by, why, now) -> LiaisonAssignment.ofProject(project, account, by, why, now));
    }

    public void assignToEnterprise(long enterpriseId, String officer, String reason, long expectedVersion) {
        Enterprise enterprise = em.find(Enterprise.class, enterpriseId, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        if (enterprise == null || !access.stations().canSee(enterprise.stationId())) {
            throw new RecordNotFoundException("Enterprise", enterpriseId);
        }
        if (enterprise.getVersion() != expectedVersion) {
            throw new ConflictException("Enterprise", enterpriseId);
        }
        reassign(em.createQuery("SELECT a FROM LiaisonAssignment a WHERE a.enterprise = :e AND a.endedAt IS NULL", LiaisonAssignment.class)
                        .setParameter("e", enterprise).getResultList(), officer, reason,
                (account, by, why, now) -> LiaisonAssignment.ofEnterprise(enterprise, account, by, why, now));
    }

    /** How the new assignment is made for the record being reassigned. */
    @FunctionalInterface
    private interface Start {
        LiaisonAssignment of(Account officer, String by, String reason, Instant at);
    }

    /** Ends the running assignments (already locked through their record) and starts the new one. */
    private void reassign(List<LiaisonAssignment> running, String officer, String reason, Start start) {
        Instant now = Instant.now();
        Account account = officer(officer);
        if (running.stream().anyMatch(a -> a.getOfficer().equals(account))) {
            throw new InvalidInputException("officer", "liaison.assignment.same");
        }
        String by = access.caller().username();
        String why = reasonOf(reason);
        running.forEach(a -> a.end(by, why, now));
        em.flush(); // the old row ends before the new one starts: the unique index sees one active row at a time
        persist(start.of(account, by, why, now));
    }

    private void persist(LiaisonAssignment assignment) {
        try {
            em.persist(assignment);
            em.flush();
        } catch (PersistenceException e) {
            // only a writer that bypassed the lock can get here: the index refused a second active liaison
            throw new ConflictException("LiaisonAssignment", assignment.getProject() != null
                    ? assignment.getProject().getId() : assignment.getEnterprise().getId());
        }
    }

    private Account officer(String username) {
        if (username == null || username.isBlank()) {
            throw new InvalidInputException("officer", "liaison.assignment.officer");
        }
        return em.createNamedQuery("Account.byUsername", Account.class).setParameter("username", username.strip())
                .getResultStream().findFirst()
                .orElseThrow(() -> new InvalidInputException("officer", "liaison.assignment.officer"));
    }

    private static String reasonOf(String reason) {
        if (reason != null && reason.strip().length() > 300) {
            throw new InvalidInputException("reason", "common.tooLong", 300);
        }
        return reason == null || reason.isBlank() ? null : reason.strip();
    }
}
