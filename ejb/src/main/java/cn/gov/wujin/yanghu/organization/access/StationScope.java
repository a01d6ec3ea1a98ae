package cn.gov.wujin.yanghu.organization.access;

import cn.gov.wujin.yanghu.organization.domain.Station;
import cn.gov.wujin.yanghu.shared.RecordNotFoundException;
import cn.gov.wujin.yanghu.shared.StationOwned;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The one place that decides which station's records the caller may see. Staff see their
 * own station; administrators and bureau-level supervisors see all. A record the caller may
 * not see is reported as missing ({@link RecordNotFoundException}, HTTP 404), never as forbidden.
 * Every service reads station-owned records through {@link #find} or restricts its queries
 * with {@link #restrict}.
 */
@ApplicationScoped
public class StationScope {

    @Inject
    private CurrentCaller currentCaller;

    @PersistenceContext
    private EntityManager em;

    public Caller caller() {
        return currentCaller.get();
    }

    public boolean canSee(Long stationId) {
        Caller caller = caller();
        if (!caller.isAuthenticated()) {
            return false;
        }
        return caller.seesAllStations() || (stationId != null && Objects.equals(caller.stationId(), stationId));
    }

    /** Loads a station-owned record, or answers "not found" when it is missing or out of scope. */
    public <T extends StationOwned> T find(Class<T> type, Object id) {
        T found = id == null ? null : em.find(type, id);
        if (found == null || !canSee(found.stationId())) {
            throw new RecordNotFoundException(type.getSimpleName(), id);
        }
        return found;
    }

    /** Checks a record already loaded by other means. */
    public <T extends StationOwned> T require(T record, Object id) {
        if (record == null || !canSee(record.stationId())) {
            throw new RecordNotFoundException(record == null ? "record" : record.getClass().getSimpleName(), id);
        }
        return record;
    }

    /**
     * The station a new record goes to: the named one when the caller may see it, else (no
     * code given) the caller's own. Empty when neither applies: a bureau account must name
     * the station, and nobody files into a station out of their scope.
     */
    public Optional<Station> targetStation(String code) {
        if (code == null || code.isBlank()) {
            Long own = caller().stationId();
            return own == null ? Optional.empty() : Optional.ofNullable(em.find(Station.class, own));
        }
        return em.createNamedQuery("Station.byCode", Station.class).setParameter("code", code.strip().toUpperCase(Locale.ROOT))
                .getResultStream().findFirst().filter(s -> canSee(s.getId()));
    }

    /** The station a query must be limited to, or null when the caller sees all. */
    public Long stationFilter() {
        Caller caller = caller();
        if (caller.seesAllStations()) {
            return null;
        }
        // an authenticated account without station and without bureau rights sees nothing
        return caller.stationId() == null ? -1L : caller.stationId();
    }

    /** A criteria predicate limiting {@code stationId} to what the caller may see. */
    public Predicate restrict(CriteriaBuilder cb, Expression<Long> stationId) {
        Long filter = stationFilter();
        return filter == null ? cb.conjunction() : cb.equal(stationId, filter);
    }
}
