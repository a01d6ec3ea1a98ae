package cn.gov.wujin.yanghu.patrol.application;

import cn.gov.wujin.yanghu.organization.access.StationScope;
import cn.gov.wujin.yanghu.organization.domain.Station;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * The station a tip goes to, when it takes a read to know: the few intakes that name a station
 * or leave it to the tip's place. {@link TipIntake} is not an EJB (its common case reads
 * nothing); these reads are, so the persistence context is the business tier's.
 */
@Stateless
@PermitAll
public class TipStations {

    @Inject
    private StationScope scope;

    @Inject
    private TipAccess access;

    @Inject
    private TipRouting routing;

    /** A station the caller may send a tip to, by code; null if none. */
    public Long forCaller(String code) {
        return scope.targetStation(code).map(Station::getId).orElse(null);
    }

    /** A station in service, by code (the public form); null if none. */
    public Long inService(String code) {
        Station station = access.activeStation(code);
        return station == null ? null : station.getId();
    }

    /** The station of the tip's place, else null: the bureau's queue ({@link TipRouting}). */
    public Long byPlace(NewTip tip) {
        return routing.stationFor(tip);
    }
}
