package cn.gov.wujin.yanghu.fraud.application;

import cn.gov.wujin.yanghu.shared.BureauTime;
import cn.gov.wujin.yanghu.fraud.domain.CaseNumber;
import cn.gov.wujin.yanghu.organization.domain.Station;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.time.ZoneId;

/**
 * Issues case numbers per station and Beijing year. One row per pair, taken with a single
 * INSERT ... ON CONFLICT ... RETURNING: concurrent intakes on several instances never share
 * a number, and a rolled-back intake gives its number back with the rest of its transaction.
 */
@ApplicationScoped
public class CaseNumbers {

    private static final ZoneId BUREAU_ZONE = BureauTime.ZONE;

    private static final String NEXT = """
            INSERT INTO case_number_counter (station_id, year, last_value) VALUES (?1, ?2, 1)
            ON CONFLICT (station_id, year) DO UPDATE SET last_value = case_number_counter.last_value + 1
            RETURNING last_value""";

    @PersistenceContext
    private EntityManager em;

    public CaseNumber next(Station station, Instant now) {
        int year = now.atZone(BUREAU_ZONE).getYear();
        Number sequence = (Number) em.createNativeQuery(NEXT).setParameter(1, station.getId()).setParameter(2, year)
                .getSingleResult();
        return CaseNumber.of(station.getCode(), year, sequence.intValue());
    }
}
