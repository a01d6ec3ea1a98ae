package cn.gov.wujin.yanghu.it;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The minute job (escalating overdue enterprise requests) claims its interval in
 * scheduled_run before it works, which is what keeps it to one run per interval when every
 * instance of a deployment group fires it (bench/cluster-failover.sh shows that on two
 * instances). Here, on one server: its runs appear there, one per minute, on the minute, run
 * by this server's one timer, each saying what it did. The notification rules' minute jobs
 * (stop-payment windows, shift reminders and calls for cover) run the same way.
 */
@Order(Integer.MAX_VALUE) // last: by then the timer has fired for minutes and no wait is needed
class ScheduledRunsIT extends DeployedApplication {

    @Test
    void theMinuteJobClaimsEachMinuteOnceAndSaysWhatItDid() throws Exception {
        // the timer fires on the minute: a wait only when this class runs alone, right after the deployment
        Instant deadline = Instant.now().plusSeconds(75);
        long runs = 0;
        while (runs == 0 && Instant.now().isBefore(deadline)) {
            runs = TestEnv.number("SELECT count(*) FROM scheduled_run WHERE job = 'enterprise-request-escalation' "
                    + "AND finished_at IS NOT NULL");
            Thread.sleep(runs == 0 ? 1000 : 0);
        }
        assertThat(runs).as("finished runs of the minute job").isPositive();

        try (Connection db = TestEnv.database(); PreparedStatement q = db.prepareStatement("SELECT slot, instance, attempts, "
                + "started_at, finished_at, outcome FROM scheduled_run WHERE job = 'enterprise-request-escalation' ORDER BY slot DESC LIMIT 5")) {
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    Instant slot = rs.getTimestamp("slot").toInstant();
                    assertThat(slot).as("an interval starts on the minute").isEqualTo(slot.truncatedTo(ChronoUnit.MINUTES));
                    assertThat(rs.getString("instance")).as("one server: Payara's own instance").isEqualTo("server");
                    assertThat(rs.getInt("attempts")).as("one server, one timer").isEqualTo(1);
                    assertThat(rs.getTimestamp("started_at").toInstant()).isBetween(slot, slot.plusSeconds(60));
                    if (rs.getTimestamp("finished_at") != null) {
                        assertThat(rs.getString("outcome")).matches("\\d+ escalated");
                    }
                }
            }
        }
    }

    @Test
    void theNotificationRulesMinuteJobsRunAndSayHowManyTheyTold() throws Exception {
        for (String job : new String[]{"stop-payment-alerts", "shift-alerts"}) {
            Instant deadline = Instant.now().plusSeconds(75);
            long runs = 0;
            while (runs == 0 && Instant.now().isBefore(deadline)) {
                runs = TestEnv.number("SELECT count(*) FROM scheduled_run WHERE job = ? AND finished_at IS NOT NULL", job);
                Thread.sleep(runs == 0 ? 1000 : 0);
            }
            assertThat(runs).as("finished runs of " + job).isPositive();
            assertThat(TestEnv.column("SELECT outcome FROM scheduled_run WHERE job = ? AND finished_at IS NOT NULL", job))
                    .allSatisfy(outcome -> assertThat((String) outcome).matches("\\d+ told"));
        }
    }

    @Test
    void theFreezeExpiryJobRunsAndSaysWhatItLapsedAndTold() throws Exception {
        Instant deadline = Instant.now().plusSeconds(75);
        long runs = 0;
        while (runs == 0 && Instant.now().isBefore(deadline)) {
            runs = TestEnv.number("SELECT count(*) FROM scheduled_run WHERE job = 'freeze-expiry' AND finished_at IS NOT NULL");
            Thread.sleep(runs == 0 ? 1000 : 0);
        }
        assertThat(runs).as("finished runs of freeze-expiry").isPositive();
        assertThat(TestEnv.column("SELECT outcome FROM scheduled_run WHERE job = 'freeze-expiry' AND finished_at IS NOT NULL"))
                .allSatisfy(outcome -> assertThat((String) outcome).matches("\\d+ lapsed, \\d+ told"));
    }
}
