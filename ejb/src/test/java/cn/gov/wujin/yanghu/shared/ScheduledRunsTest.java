package cn.gov.wujin.yanghu.shared;

import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A scheduled job that fails leaves a trace, although its transaction (and its claim of the interval) rolls back. */
class ScheduledRunsTest {

    private static final Instant SLOT = Instant.parse("2026-12-05T03:07:00Z");

    /** Records what it is asked to record, as the REQUIRES_NEW bean would commit it. */
    private static final class RecordingFailures extends JobFailures {
        final List<String> recorded = new ArrayList<>();

        @Override
        public void record(String job, Instant slot, String instance, Throwable failure) {
            recorded.add(job + " " + slot + " " + instance + " " + describe(failure));
        }
    }

    private final RecordingFailures failures = new RecordingFailures();
    private final ScheduledRuns runs = new ScheduledRuns(failures);

    @Test
    void aJobThatWorksLeavesNoFailureAndSaysWhatItDid() {
        assertThat(runs.run("enterprise-request-escalation", SLOT, () -> "2 escalated")).isEqualTo("2 escalated");
        assertThat(failures.recorded).isEmpty();
    }

    @Test
    void aJobThatFailsIsRecordedAndItsExceptionStillRollsItsTransactionBack() {
        IllegalStateException failure = new IllegalStateException("tip days\ncould not be folded",
                new RuntimeException(new SQLException("deadlock detected")));
        assertThatThrownBy(() -> runs.run("tip-day-compaction", SLOT, () -> {
            throw failure;
        })).isSameAs(failure);
        assertThat(failures.recorded).containsExactly("tip-day-compaction 2026-12-05T03:07:00Z server IllegalStateException: tip days "
                + "could not be folded ← RuntimeException: java.sql.SQLException: deadlock detected ← SQLException: deadlock detected");
    }

    @Test
    void aLongErrorIsCutToWhatTheTableKeeps() {
        String described = JobFailures.describe(new RuntimeException("x".repeat(5000)));
        assertThat(described).hasSize(JobFailures.ERROR_LENGTH).startsWith("RuntimeException: xxx");
    }
}
