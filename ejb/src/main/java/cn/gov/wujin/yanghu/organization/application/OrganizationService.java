package cn.gov.wujin.yanghu.organization.application;

import cn.gov.wujin.yanghu.organization.access.StationScope;
import cn.gov.wujin.yanghu.organization.domain.Account;
import cn.gov.wujin.yanghu.organization.domain.Community;
import cn.gov.wujin.yanghu.organization.domain.Grid;
import cn.gov.wujin.yanghu.organization.domain.Role;
import cn.gov.wujin.yanghu.organization.domain.Roles;
import cn.gov.wujin.yanghu.organization.domain.Station;
import cn.gov.wujin.yanghu.shared.ConflictException;
import cn.gov.wujin.yanghu.shared.InvalidInputException;
import cn.gov.wujin.yanghu.shared.RecordNotFoundException;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/** Stations, and the communities and grids they cover. Administrators change them; staff read them. */
@Stateless
@RolesAllowed({Roles.OFFICER, Roles.AUXILIARY, Roles.SUPERVISOR, Roles.LIAISON, Roles.VOLUNTEER, Roles.ADMIN})
public class OrganizationService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private StationScope scope;

    /** All stations: their names and codes are not confidential. */
    public List<StationView> stations() {
        return em.createNamedQuery("Station.all", Station.class).getResultList().stream().map(StationView::of).toList();
    }

    /** The stations in service, for the public tip page: anyone may read them. */
    @PermitAll
    public List<StationView> activeStations() {
        return stations().stream().filter(StationView::active).toList();
    }

    public StationView station(long id) {
        Station station = em.find(Station.class, id);
        if (station == null) {
            throw new RecordNotFoundException("Station", id);
        }
        return StationView.of(station);
    }

    @RolesAllowed(Roles.ADMIN)
    public StationView createStation(@NotNull @Valid StationForm form) {
        if (!em.createNamedQuery("Station.byCode", Station.class).setParameter("code", form.getCode()).getResultList().isEmpty()) {
            throw new InvalidInputException("code", "station.code.taken", form.getCode());
        }
        Station station = new Station(form.getCode(), form.getNameZh().trim(), form.getNameEn().trim());
        station.changeContact(form.getAddress(), form.getPhone());
        em.persist(station);
        em.flush();
        return StationView.of(station);
    }

    @RolesAllowed(Roles.ADMIN)
    public StationView updateStation(long id, @NotNull @Valid StationForm form) {
        Station station = em.find(Station.class, id);
        if (station == null) {
            throw new RecordNotFoundException("Station", id);
        }
        if (station.getVersion() != form.getVersion()) {
            throw new ConflictException("Station", id);
        }
        station.rename(form.getNameZh().trim(), form.getNameEn().trim());
        station.changeContact(form.getAddress(), form.getPhone());
        if (form.isActive()) {
            station.activate();
        } else {
            station.deactivate();
        }
        em.flush();
        return StationView.of(station);
    }

    /** Active accounts of a station the caller may see that hold the role: whom work can be handed to. */
    public List<OfficerChoice> staffOf(long stationId, Role role) {
        if (!scope.canSee(stationId)) {
            throw new RecordNotFoundException("Station", stationId);
        }
        return em.createQuery("SELECT DISTINCT a FROM Account a JOIN a.roles r WHERE r = :role AND a.active = TRUE "
                        + "AND a.station.id = :station ORDER BY a.displayName", Account.class)
                .setParameter("role", role).setParameter("station", stationId).getResultStream()
                .map(a -> new OfficerChoice(a.getUsername(), a.getDisplayName())).toList();
    }

    /** Communities the caller may see, of one station or (stationId null) of all visible stations. */
    public List<CommunityView> communities(Long stationId) {
        if (stationId != null && !scope.canSee(stationId)) {
            throw new RecordNotFoundException("Station", stationId);
        }
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Community> q = cb.createQuery(Community.class);
        Root<Community> c = q.from(Community.class);
        c.fetch("station");
        q.where(stationId == null ? scope.restrict(cb, c.get("stationId")) : cb.equal(c.get("stationId"), stationId))
                .orderBy(cb.asc(c.get("stationId")), cb.asc(c.get("code")));
        return em.createQuery(q).getResultList().stream().map(CommunityView::of).toList();
    }

    public CommunityView community(long id) {
        return CommunityView.of(scope.find(Community.class, id));
    }

    @RolesAllowed(Roles.ADMIN)
    public CommunityView createCommunity(@NotNull @Valid CommunityForm form) {
        Station station = em.find(Station.class, form.getStationId());
        if (station == null) {
            throw new InvalidInputException("stationId", "error.unknownStation");
        }
        Long taken = em.createQuery("SELECT COUNT(c) FROM Community c WHERE c.stationId = :s AND c.code = :code", Long.class)
                .setParameter("s", station.getId()).setParameter("code", form.getCode()).getSingleResult();
        if (taken > 0) {
            throw new InvalidInputException("code", "community.code.taken", form.getCode());
        }
        Community community = new Community(station, form.getCode(), form.getNameZh().trim(), form.getNameEn().trim(), form.getKind());
        em.persist(community);
        em.flush();
        return CommunityView.of(community);
    }

    public List<GridView> grids(long communityId) {
        scope.find(Community.class, communityId);
        return em.createNamedQuery("Grid.ofCommunity", Grid.class).setParameter("community", communityId)
                .getResultList().stream().map(GridView::of).toList();
    }

    @RolesAllowed(Roles.ADMIN)
    public GridView createGrid(long communityId, @NotBlank @Size(max = 20) String code, @NotBlank @Size(max = 100) String name,
                               @Size(max = 100) String nameEn) {
        Community community = scope.find(Community.class, communityId);
        Long taken = em.createQuery("SELECT COUNT(g) FROM Grid g WHERE g.community.id = :c AND g.code = :code", Long.class)
                .setParameter("c", communityId).setParameter("code", code).getSingleResult();
        if (taken > 0) {
            throw new InvalidInputException("code", "grid.code.taken", code);
        }
        Grid grid = new Grid(community, code.trim(), name.trim(), nameEn == null || nameEn.isBlank() ? null : nameEn.trim());
        em.persist(grid);
        em.flush();
        return GridView.of(grid);
    }
}
