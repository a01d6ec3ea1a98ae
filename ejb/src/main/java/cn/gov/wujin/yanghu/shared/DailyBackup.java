package cn.gov.wujin.yanghu.shared;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.time.Duration;
import java.util.Optional;

/**
 * The embedded database's daily base backup, started by one instance of the group a day.
 * {@code ./run.sh} names the script in {@code yanghu.backup.command}; an external database's
 * backups are its DBA's, and then there is no command. The script runs detached and writes its
 * own log beside the backups: copying a large database outlasts any transaction.
 */
@Stateless
@PermitAll
public class DailyBackup {

    @Inject
    private ScheduledRuns runs;

    @Inject
    @ConfigProperty(name = "yanghu.backup.command")
    private Optional<String> command;

    @Schedule(hour = "2", minute = "41", persistent = false)
    void backup() {
        command.filter(c -> !c.isBlank()).ifPresent(c -> runs.once("database-backup", Duration.ofDays(1), () -> start(c)));
    }

    private static String start(String command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(Redirect.DISCARD).start();
            return "started " + command + " (pid " + process.pid() + ")";
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + command, e);
        }
    }
}
