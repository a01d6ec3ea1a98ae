package cn.gov.wujin.yanghu.liaison.application;

import cn.gov.wujin.yanghu.liaison.domain.Enterprise;
import cn.gov.wujin.yanghu.liaison.domain.EnterpriseRequest;
import cn.gov.wujin.yanghu.liaison.domain.Project;
import cn.gov.wujin.yanghu.organization.access.Caller;
import cn.gov.wujin.yanghu.organization.access.StationScope;
import cn.gov.wujin.yanghu.organization.domain.Role;
import cn.gov.wujin.yanghu.shared.RecordNotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Objects;

/**
 * Who sees which enterprise, project and request. Supervisors see their station's (bureau
 * supervisors all stations'); a liaison officer sees the projects they are the active
 * liaison of, directly or through the enterprise, and the requests of those or owned by
 * them. Anything else answers "not found".
 */
@ApplicationScoped
public class LiaisonScope {

    /** JPQL: the liaison :me runs project p now, itself or through its enterprise. */
    static final String RUNS_PROJECT = "EXISTS (SELECT a FROM LiaisonAssignment a WHERE a.endedAt IS NULL "
            + "AND a.officer.id = :me AND (a.project = p OR a.enterprise = p.enterprise))";

    @Inject
    private StationScope scope;

    @PersistenceContext
    private EntityManager em;

    public Caller caller() {
        return scope.caller();
    }

    /** A station head or bureau supervisor: sees by station rather than by assignment. */
    public boolean isSupervisor() {
        return caller().has(Role.SUPERVISOR);
    }

    public StationScope stations() {
        return scope;
    }

    public Project project(long id) {
        Project project = em.find(Project.class, id);
        if (project == null || !(isSupervisor() ? scope.canSee(project.stationId()) : runs(project))) {
            throw new RecordNotFoundException("Project", id);
        }
        return project;
    }

    public Enterprise enterprise(long id) {
        Enterprise enterprise = em.find(Enterprise.class, id);
        if (enterprise == null || !(isSupervisor() ? scope.canSee(enterprise.stationId()) : runsAnyOf(enterprise))) {
            throw new RecordNotFoundException("Enterprise", id);
        }
        return enterprise;
    }

    public EnterpriseRequest request(long id) {
        EnterpriseRequest request = em.find(EnterpriseRequest.class, id);
        if (request == null || !(isSupervisor() ? scope.canSee(request.stationId()) : concerns(request))) {
            throw new RecordNotFoundException("EnterpriseRequest", id);
        }
        return request;
    }

    public boolean runs(Project project) {
        return em.createQuery("SELECT COUNT(p) FROM Project p WHERE p = :p AND " + RUNS_PROJECT, Long.class)
                .setParameter("p", project).setParameter("me", caller().accountId()).getSingleResult() > 0;
    }

    private boolean runsAnyOf(Enterprise enterprise) {
        return em.createQuery("SELECT COUNT(a) FROM LiaisonAssignment a LEFT JOIN a.project p WHERE a.endedAt IS NULL "
                        + "AND a.officer.id = :me AND (a.enterprise = :e OR p.enterprise = :e)", Long.class)
                .setParameter("e", enterprise).setParameter("me", caller().accountId()).getSingleResult() > 0;
    }

    private boolean concerns(EnterpriseRequest request) {
        if (Objects.equals(request.getOwner().getId(), caller().accountId())) {
            return true;
        }
        return request.getProject() != null ? runs(request.getProject()) : runsAnyOf(request.getEnterprise());
    }
}
