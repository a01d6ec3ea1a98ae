#!/usr/bin/env bash
# P2: idempotent tip intake through REST (wrk, 2 threads, 16 connections, 60 s, a new
# Idempotency-Key per request) with ./run.sh's server, and beside it the raw rate of
# single-row JDBC inserts of the same rows into the same table (8 threads, autocommit).
# Writes bench/results/p2-*.txt.
source "$(dirname "$0")/../scripts/lib.sh"
need_java
need_debian_packages "the load test" wrk:wrk curl:curl
BASE=${BENCH_BASE:-http://localhost:8080}
OUT="$ROOT/bench/results"; mkdir -p "$OUT"
db_settings "$RUNTIME/pgdata" "${YANGHU_DB_PORT:-55432}"
TOKEN=$(curl -fsS -X POST -H 'Content-Type: application/json' -d "{\"username\":\"volunteer1\",\"password\":\"${BENCH_PASSWORD:-Yanghu-demo-2026}\"}" \
    "$BASE/api/v1/auth/token" | sed -n 's/.*"token":"\([^"]*\)".*/\1/p')
[ -n "$TOKEN" ] || die "cannot log in as volunteer1: is ./run.sh running with demo accounts?"

say "Warming up (15 s)"
BENCH_TOKEN=$TOKEN wrk -t2 -c8 -d15s -s "$ROOT/bench/tips.lua" "$BASE" > /dev/null
say "P2: tip intake through REST (60 s, 16 connections)"
BENCH_TOKEN=$TOKEN wrk -t2 -c16 -d60s --latency -s "$ROOT/bench/tips.lua" "$BASE" | tee "$OUT/p2-wrk.txt"

say "P2 baseline: the same rows as single-row JDBC inserts (8 threads, 20 s)"
cat > "$RUNTIME/tools/TipInserts.java" <<'JAVA'
import java.sql.*; import java.util.concurrent.*; import java.util.concurrent.atomic.*;
public class TipInserts {
    public static void main(String[] a) throws Exception {
        int threads = 8; long until = System.nanoTime() + 20_000_000_000L;
        AtomicLong rows = new AtomicLong(); String run = Long.toString(System.currentTimeMillis());
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long station, account;
        try (var c = DriverManager.getConnection(a[0], a[1], System.getenv("PGPASSWORD"));
             var rs = c.createStatement().executeQuery("SELECT station_id, id FROM account WHERE username = 'volunteer1'")) {
            rs.next(); station = rs.getLong(1); account = rs.getLong(2);
        }
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            final int tid = t;
            pool.submit(() -> {
                try (var c = DriverManager.getConnection(a[0], a[1], System.getenv("PGPASSWORD"));
                     var insert = c.prepareStatement("INSERT INTO tip (station_id, submitter_account_id, idempotency_key, request_hash, "
                         + "tracking_code, category, occurred_at, place, latitude, longitude, description, submitted_at) "
                         + "VALUES (?, ?, ?, ?, ?, 'SAFETY_HAZARD', now(), '湖塘镇人民路与长虹路路口', 31.713, 119.956, "
                         + "'消防通道被电动车堵塞，夜间无人看管', now()) ON CONFLICT ON CONSTRAINT tip_idempotent DO NOTHING RETURNING id")) {
                    for (long n = 0; System.nanoTime() < until; n++) {
                        String key = "raw-" + run + "-" + tid + "-" + n;
                        insert.setLong(1, station); insert.setLong(2, account); insert.setString(3, key);
                        insert.setString(4, "0".repeat(64)); insert.setString(5, "R" + Long.toString(run.hashCode() & 0xfff, 36) + tid + "-" + n);
                        try (var rs = insert.executeQuery()) { rs.next(); }
                        rows.incrementAndGet();
                    }
                } catch (SQLException e) { throw new RuntimeException(e); }
                return null;
            });
        }
        pool.shutdown(); pool.awaitTermination(1, TimeUnit.MINUTES);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("%d rows in %.1f s: %.0f inserts/s (8 connections, autocommit, one row per statement)%n",
                rows.get(), seconds, rows.get() / seconds);
    }
}
JAVA
PGPASSWORD="$DB_PASSWORD" java -cp "$(postgres_driver)" "$RUNTIME/tools/TipInserts.java" \
    "jdbc:postgresql://$DB_HOST:$DB_PORT/$DB_DATABASE" "$DB_LOGIN" | tee "$OUT/p2-baseline.txt"
