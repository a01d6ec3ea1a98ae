package cn.gov.wujin.yanghu.search;

import cn.gov.wujin.yanghu.shared.BureauTime;
import cn.gov.wujin.yanghu.shared.ScheduledRuns;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Date;
import java.time.Duration;
import java.time.LocalDate;

/**
 * Keeps the victims' daily counts (victim_daily, V40) small: each database session counts in its own slot, so
 * concurrent intakes never queue on one row; every hour the slots of the days before yesterday are folded into
 * slot 0 and the counts that came to nothing dropped, as the tip days are (PatrolStatistics#compactTipDays).
 */
@Stateless
@PermitAll
public class VictimDays {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ScheduledRuns runs;

    /**
     * Folds the slots of the days before yesterday into slot 0. One statement: when every instance runs it at once,
     * each slot row is moved by the one that deleted it. Returns the rows folded.
     */
    public int compact() {
        Date before = Date.valueOf(LocalDate.now(BureauTime.ZONE).minusDays(1));
        int folded = ((Number) em.createNativeQuery("WITH moved AS (DELETE FROM victim_daily WHERE slot <> 0 AND day < ?1 RETURNING *), "
                        + "folded AS (INSERT INTO victim_daily AS d (day, station_id, gap, elderly, slot, victims) "
                        + "SELECT day, station_id, gap, elderly, 0, sum(victims) FROM moved GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4 "
                        + "ON CONFLICT (day, station_id, gap, elderly, slot) DO UPDATE SET victims = d.victims + EXCLUDED.victims) "
                        + "SELECT count(*) FROM moved")
                .setParameter(1, before).getSingleResult()).intValue();
        // a count that went back to nothing (a corrected or deleted victim) is a row no one needs
        em.createNativeQuery("DELETE FROM victim_daily WHERE slot = 0 AND day < ?1 AND victims = 0").setParameter(1, before).executeUpdate();
        return folded;
    }

    @Schedule(hour = "*", minute = "23", persistent = false)
    void compactOnSchedule() {
        runs.once("victim-day-compaction", Duration.ofHours(1), () -> compact() + " rows folded");
    }
}
