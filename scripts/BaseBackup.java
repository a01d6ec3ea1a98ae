import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.Set;

/**
 * A base backup of a running PostgreSQL with its low-level API (pg_backup_start/stop), for the
 * embedded server: its binaries have no pg_basebackup, and the distribution's client is older
 * than the server and refuses it. The data directory is copied file by file while the server
 * runs; the WAL archived meanwhile makes the copy consistent on restore. Run by
 * {@code ./run.sh backup} as a single-file program:
 * {@code java -cp postgresql.jar BaseBackup.java JDBC_URL USER DATA_DIR TARGET_DIR}
 * (password in PGPASSWORD). Prints a progress line; writes backup_label and yanghu-backup.properties.
 */
public class BaseBackup {

    /** What the server rebuilds or what belongs to the running server only (PostgreSQL's own list). */
    private static final Set<String> SKIPPED_FILES = Set.of("postmaster.pid", "postmaster.opts",
            "backup_label", "tablespace_map", "recovery.signal", "standby.signal", "yanghu-recovery.conf");
    private static final Set<String> EMPTIED_DIRECTORIES = Set.of("pg_wal", "pg_replslot", "pg_stat_tmp",
            "pg_dynshmem", "pg_notify", "pg_serial", "pg_snapshots", "pg_subtrans");

    private static long total;
    private static long copied;
    private static long lastPrint;

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[2]);
        Path target = Path.of(args[3]);
        Instant started = Instant.now();
        total = size(data);
        try (Connection c = DriverManager.getConnection(args[0], args[1], System.getenv("PGPASSWORD"));
             Statement s = c.createStatement()) {
            String startLsn = single(s, "SELECT pg_backup_start('yanghu " + started + "', true)::text");
            Files.createDirectories(target);
            copyTree(data, target);
            progress(true);
            // waits until the WAL the copy needs is in the archive
            try (ResultSet r = s.executeQuery("SELECT lsn::text, labelfile, spcmapfile FROM pg_backup_stop(true)")) {
                r.next();
                Files.writeString(target.resolve("backup_label"), r.getString(2));
                String map = r.getString(3);
                if (map != null && !map.isEmpty()) {
                    Files.writeString(target.resolve("tablespace_map"), map);
                }
                String label = r.getString(2);
                String startWal = label.replaceAll("(?s).*START WAL LOCATION: \\S+ \\(file (\\w+)\\).*", "$1");
                Files.writeString(target.resolve("yanghu-backup.properties"),
                        "started=" + started + "\nfinished=" + Instant.now() + "\nstartLsn=" + startLsn
                                + "\nstopLsn=" + r.getString(1) + "\nstartWal=" + startWal + "\nbytes=" + copied + "\n");
            }
        }
    }

    private static String single(Statement s, String sql) throws Exception {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getString(1);
        }
    }

    private static long size(Path data) throws IOException {
        long[] sum = {0};
        Files.walkFileTree(data, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                Path relative = data.relativize(dir);
                return relative.getNameCount() == 1 && EMPTIED_DIRECTORIES.contains(relative.toString())
                        ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                sum[0] += attrs.size();
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE; // dropped while we looked
            }
        });
        return sum[0];
    }

    private static void copyTree(Path data, Path target) throws IOException {
        Files.walkFileTree(data, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Path relative = data.relativize(dir);
                Files.createDirectories(target.resolve(relative));
                if (relative.getNameCount() == 1 && EMPTIED_DIRECTORIES.contains(relative.toString())) {
                    if (relative.toString().equals("pg_wal")) {
                        Files.createDirectories(target.resolve("pg_wal/archive_status"));
                    }
                    return FileVisitResult.SKIP_SUBTREE;
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Path relative = data.relativize(file);
                if (relative.getNameCount() == 1 && SKIPPED_FILES.contains(relative.toString())) {
                    return FileVisitResult.CONTINUE;
                }
                try {
                    Files.copy(file, target.resolve(relative), StandardCopyOption.REPLACE_EXISTING);
                    copied += attrs.size();
                } catch (NoSuchFileException dropped) {
                    // a relation dropped during the copy: the WAL replay knows
                }
                progress(false);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (e instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE;
                }
                throw e;
            }
        });
    }

    private static void progress(boolean last) {
        long now = System.nanoTime();
        if (!last && now - lastPrint < 1_000_000_000L) {
            return;
        }
        lastPrint = now;
        long percent = total == 0 ? 100 : Math.min(100, copied * 100 / total);
        System.out.printf("\r    copied %,d of %,d MB (%d %%)%s", copied >> 20, total >> 20, percent, last ? "\n" : "");
        System.out.flush();
    }
}
