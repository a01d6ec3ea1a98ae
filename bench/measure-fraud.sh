#!/usr/bin/env bash
# Measures the fraud module on bench data (bench/generate-fraud-data.sh) with ./run.sh's server:
#   P1 identifier lookup through REST (wrk, 2 threads, 16 connections, 30 s) and the same
#      lookup as one indexed SQL query over JDBC (the raw baseline);
#   P4 the case list's first page through REST (bureau-wide and one station).
# Writes bench/results/fraud.md.
source "$(dirname "$0")/../scripts/lib.sh"
need_java
need_debian_packages "the load test" wrk:wrk curl:curl
BASE=${BENCH_BASE:-http://localhost:8080}
OUT="$ROOT/bench/results"; mkdir -p "$OUT"
db_settings "$RUNTIME/pgdata" "${YANGHU_DB_PORT:-55432}"
token() {
    curl -fsS -X POST -H 'Content-Type: application/json' -d "{\"username\":\"$1\",\"password\":\"${BENCH_PASSWORD:-Yanghu-demo-2026}\"}" \
        "$BASE/api/v1/auth/token" | sed -n 's/.*"token":"\([^"]*\)".*/\1/p'
}
BUREAU=$(token supervisor1); STATION=$(token head1)
[ -n "$BUREAU" ] && [ -n "$STATION" ] || die "cannot log in: is ./run.sh running with demo accounts?"

say "Sampling identifiers"
cat > "$RUNTIME/tools/Sample.java" <<'JAVA'
public class Sample {
    public static void main(String[] a) throws Exception {
        try (var c = java.sql.DriverManager.getConnection(a[0], a[1], System.getenv("PGPASSWORD"));
             var s = c.createStatement();
             var rs = s.executeQuery("SELECT normalized_value FROM suspect_identifier TABLESAMPLE SYSTEM (1) WHERE type IN ('PHONE','BANK_ACCOUNT') LIMIT 2000")) {
            while (rs.next()) System.out.println(rs.getString(1));
        }
    }
}
JAVA
PGPASSWORD="$DB_PASSWORD" java -cp "$(postgres_driver)" "$RUNTIME/tools/Sample.java" "jdbc:postgresql://$DB_HOST:$DB_PORT/$DB_DATABASE" "$DB_LOGIN" > "$OUT/identifiers.txt"
echo "$(wc -l < "$OUT/identifiers.txt") identifiers sampled"

say "Warming up (20 s)"
BENCH_TOKEN=$BUREAU BENCH_IDENTIFIERS="$OUT/identifiers.txt" wrk -t2 -c8 -d20s -s "$ROOT/bench/lookup.lua" "$BASE" > /dev/null
say "P1: identifier lookup through REST (30 s)"
BENCH_TOKEN=$BUREAU BENCH_IDENTIFIERS="$OUT/identifiers.txt" wrk -t2 -c16 -d30s --latency -s "$ROOT/bench/lookup.lua" "$BASE" | tee "$OUT/p1-wrk.txt"

say "P1 baseline: the same lookup as one SQL query over JDBC"
cat > "$RUNTIME/tools/Baseline.java" <<'JAVA'
import java.nio.file.*; import java.util.*;
public class Baseline {
    public static void main(String[] a) throws Exception {
        List<String> ids = Files.readAllLines(Path.of(a[2]));
        try (var c = java.sql.DriverManager.getConnection(a[0], a[1], System.getenv("PGPASSWORD"));
             var q = c.prepareStatement("SELECT o.fraud_case_id, o.type, o.normalized_value FROM suspect_identifier o "
                     + "WHERE o.normalized_value = ? AND o.type IN ('PHONE','BANK_ACCOUNT','QQ','PAYMENT_ACCOUNT') ORDER BY o.fraud_case_id DESC LIMIT 500")) {
            long[] t = new long[20000];
            for (int i = 0; i < t.length; i++) {
                long s = System.nanoTime();
                q.setString(1, ids.get(i % ids.size()));
                try (var rs = q.executeQuery()) { while (rs.next()) { } }
                t[i] = System.nanoTime() - s;
            }
            Arrays.sort(t, 5000, t.length);
            long[] m = Arrays.copyOfRange(t, 5000, t.length);
            System.out.printf("p50 %.2f ms, p99 %.2f ms (%d sequential queries after 5000 warm-up)%n",
                    m[m.length / 2] / 1e6, m[(int) (m.length * 0.99)] / 1e6, m.length);
        }
    }
}
JAVA
PGPASSWORD="$DB_PASSWORD" java -cp "$(postgres_driver)" "$RUNTIME/tools/Baseline.java" \
    "jdbc:postgresql://$DB_HOST:$DB_PORT/$DB_DATABASE" "$DB_LOGIN" "$OUT/identifiers.txt" | tee "$OUT/p1-baseline.txt"

say "P4: case list, first page (server time as seen by curl, 50 requests each)"
first_page() { # token label
    for i in $(seq 50); do curl -s -o /dev/null -w '%{time_total}\n' -H "Authorization: Bearer $1" "$BASE/api/v1/fraud-cases?first=0&size=20"; done \
        | sort -n | awk -v l="$2" '{a[NR]=$1} END {printf "%s: p50 %.1f ms, p99 %.1f ms\n", l, a[int(NR*0.5)]*1000, a[int(NR*0.99)]*1000}'
}
{ first_page "$BUREAU" "bureau-wide"; first_page "$STATION" "one station (HT)"; } | tee "$OUT/p4.txt"
