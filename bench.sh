#!/usr/bin/env bash
# ./bench.sh — how fast Yanghu is against the limit of this machine, in one command:
#   1. a PostgreSQL of its own (.yanghu/bench/pgdata, port 55435; the demo database of ./run.sh,
#      .yanghu/pgdata, is not touched), and the application started on it by ./run.sh with the
#      demo accounts, which the measurements sign in as;
#   2. bench data, generated once and then reused: 1M fraud cases with 5M identifiers (COPY),
#      300k tips, a year of patrol and liaison activity and warning leads; then warmed up;
#   3. P1 identifier lookup, P2 tip intake, P3 dashboards and the monthly report, P4 case list,
#      P5 the home pages (work inbox) of an officer and a station head,
#      each beside its raw baseline (the same work as plain SQL over JDBC), with wrk or curl on
#      loopback, bounded in time; Payara's heap and RSS sampled every 2 s throughout;
#   4. the floor: a static file from the JDK's file server and Payara's cheapest REST call.
# Results: bench/results/latest.json and latest.md (and copies named by date and time).
# Settings: BENCH_SCALE (1: the data below; 0.25 or 4 for a quarter or four times as much of
# everything, each set in its own data directory, for the cost curves of bench/cost-curve.sh),
# BENCH_CASES (1000000 × scale), BENCH_TIPS (300000 × scale), BENCH_SECONDS (30, per load phase; tip
# intake runs twice as long). YANGHU_DB_* when set: that database instead of the bench's own.
# BENCH_SEARCH=1 adds P6, the search box (GET /api/v1/search by kind of query, bench/measure-search.sh), after P5.
# The application stays running on the bench database afterwards: ./run.sh stop ends it (and
# both databases), ./run.sh puts it back on the demo database.
set -euo pipefail
cd "$(dirname "$0")"
source scripts/lib.sh
SCALE=${BENCH_SCALE:-1}
CASES=${BENCH_CASES:-$(awk -v s="$SCALE" 'BEGIN {printf "%.0f", 1000000 * s}')}
TIPS=${BENCH_TIPS:-$(awk -v s="$SCALE" 'BEGIN {printf "%.0f", 300000 * s}')}
STEPS=7
step() { printf '\n\033[1m[%s%s] %d/%d %s\033[0m\n' "$(printf '#%.0s' $(seq "$1"))" "$(printf '.%.0s' $(seq $((STEPS - $1 + 1))) | cut -c2-)" "$1" "$STEPS" "$2"; }

step 1 "Starting the bench database, Payara and the application on it (./run.sh)"
need_java
OWN_DB=
if [ -z "${YANGHU_DB_URL:-}" ]; then
    OWN_DB=1
    db_start "$BENCH_DATA" "$BENCH_DB_PORT"
    YANGHU_DB_URL="jdbc:postgresql://127.0.0.1:$BENCH_DB_PORT/$DB_NAME" YANGHU_DB_USER=$DB_USER YANGHU_DB_PASSWORD=$(cat "$BENCH_DATA.password")
    export YANGHU_DB_URL YANGHU_DB_USER YANGHU_DB_PASSWORD
fi
# as an external database, with the demo accounts; on the first server (the ports bench/lib.sh measures)
mkdir -p .yanghu && env -u YANGHU_PORT_BASE -u YANGHU_DOMAIN YANGHU_DEMO=true ./run.sh > .yanghu/bench-run.log 2>&1 \
    || { cat .yanghu/bench-run.log; exit 1; }
source bench/lib.sh
: > "$FIGURES"
# the measurements sign in as the demo accounts with the password alone, as on ./run.sh's demo database
# (a bench set older than the second factor keeps the migration's default: every staff role needs one)
tool Statements "UPDATE second_factor_policy SET required = false"
# the bench's own database loads millions of rows: a checkpoint every 1 GB of WAL (the default) writes
# each index page again in full after it (full-page writes), a cost that grows with the indexes
if [ -n "$OWN_DB" ]; then tool Statements "ALTER SYSTEM SET max_wal_size = '8GB'" "SELECT pg_reload_conf()"; fi

step 2 "Bench data: $CASES fraud cases, $TIPS tips, a year of patrol and liaison activity"
have=$(tool Scalar "SELECT count(*) FROM fraud_case")
if [ "$have" -lt $(( CASES * 9 / 10 )) ]; then
    bench/generate-fraud-data.sh $(( CASES - have ))
else
    echo "fraud cases: $have already there"
fi
tool ActivityBenchData "$TIPS" "$SCALE"

step 3 "Sampling Payara's heap and RSS"
PAYARA=$(cat "$PAYARA_HOME/glassfish/domains/domain1/config/pid" 2>/dev/null || true)
[ -n "$PAYARA" ] && kill -0 "$PAYARA" 2>/dev/null || die "Payara's process is not running (no $PAYARA_HOME/glassfish/domains/domain1/config/pid)"
# the heap and the collections from Payara's metrics (a JVM-attaching tool would cost a core for a
# moment every sample); 0 when they do not answer, rather than set -e ending the run
metric() { { curl -fsS -m 2 "http://localhost:${BENCH_MANAGEMENT_PORT:-9080}/metrics?scope=base" 2>/dev/null || true; } \
    | awk -v m="$1" 'index($0, m) == 1 {s += $NF} END {printf "%.3f", s}'; }
( while kill -0 "$PAYARA" 2>/dev/null; do
      printf '%s %s\n' "$(ps -o rss= -p "$PAYARA" | tr -d ' ')" "$(metric memory_usedHeap_bytes | awk '{printf "%.0f", $1 / 1024}')"
      sleep 2
  done ) > "$OUT/memory.txt" &
SAMPLER=$!
trap 'kill $SAMPLER 2>/dev/null || true' EXIT
GC_COUNT=$(metric 'gc_total{'); GC_TIME=$(metric 'gc_time_seconds_total{')

step 4 "Warming up (the JIT compiles the hot paths), the floor of this machine, P1 identifier lookup (and its raw baseline)"
warm_up; floor; p1_lookup
step 5 "P2 tip intake (and its raw baseline)"; p2_tips
# P2 added some 100k tips: settle them now rather than have autovacuum run into the next measurements
tool Statements "VACUUM ANALYZE tip" "VACUUM ANALYZE tip_daily"
step 6 "P3 dashboards and the monthly report; P4 case list; P5 home pages (work inbox)"; p3_statistics; p4_case_list; p5_inbox
if [ "${BENCH_SEARCH:-0}" = 1 ]; then say "P6 search (BENCH_SEARCH=1)"; p6_search; fi
kill $SAMPLER 2>/dev/null || true
RSS=$(awk '$1 > m {m = $1} END {printf "%.0f", m / 1024}' "$OUT/memory.txt")
HEAP=$(awk '$2 > m {m = $2} END {printf "%.0f", m / 1024}' "$OUT/memory.txt")
record MEM "Payara resident memory (RSS), highest during the run" "$RSS" MiB - "≤ 1,536 MiB" "$(meets "$RSS" '<=' 1536)"
record MEM "Payara heap in use, highest during the run" "$HEAP" MiB - "-" -
record MEM "garbage collections during the run" "$(awk -v a="$GC_COUNT" -v b="$(metric 'gc_total{')" 'BEGIN {printf "%.0f", b - a}')" count - "-" -
record MEM "garbage collection pauses during the run, total" "$(awk -v a="$GC_TIME" -v b="$(metric 'gc_time_seconds_total{')" 'BEGIN {printf "%.2f", b - a}')" s - "-" -

step 7 "Writing the results"
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
CPU=$(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -n1)
MEMORY=$(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo)
MACHINE="$(nproc) cores ($CPU), $MEMORY, $(uname -sr), Java $(java -XshowSettings:properties -version 2>&1 | sed -n 's/ *java.version = //p')"
DATA="$(tool Scalar "SELECT count(*) FROM fraud_case") fraud cases, $(tool Scalar "SELECT count(*) FROM suspect_identifier") identifiers, \
$(tool Scalar "SELECT count(*) FROM tip") tips, $(tool Scalar "SELECT count(*) FROM shift") shifts, $(tool Scalar "SELECT count(*) FROM visit") visits"
{
    echo "# Benchmark results, $STAMP"
    echo
    echo "Machine: $MACHINE. Data: $DATA. Load: wrk/curl on loopback, ${SECONDS_PER_LOAD} s per load phase."
    echo
    echo "| id | what | value | raw baseline | ratio | target | met |"
    echo "|---|---|---|---|---|---|---|"
    awk -F '\t' '{printf "| %s | %s | %s %s | %s | %s | %s | %s |\n", $1, $2, $3, $4, $5, $6, $7, $8}' "$FIGURES"
} > "$OUT/latest.md"
{
    printf '{\n  "time": "%s",\n  "machine": "%s",\n  "data": "%s",\n  "figures": [\n' "$STAMP" "$MACHINE" "$DATA"
    awk -F '\t' 'function q(s) {gsub(/"/, "\\\"", s); return "\"" s "\""}
        function n(s) {return s ~ /^-?[0-9.]+$/ ? s : q(s)}
        {printf "%s    {\"id\": %s, \"what\": %s, \"value\": %s, \"unit\": %s, \"baseline\": %s, \"ratio\": %s, \"target\": %s, \"met\": %s}",
            (NR > 1 ? ",\n" : ""), q($1), q($2), n($3), q($4), n($5), n($6), q($7), q($8)}
        END {print ""}' "$FIGURES"
    printf '  ]\n}\n'
} > "$OUT/latest.json"
cp "$OUT/latest.md" "$OUT/$STAMP.md"; cp "$OUT/latest.json" "$OUT/$STAMP.json"
cat "$OUT/latest.md"
echo; echo "Written: bench/results/latest.md and latest.json. The application keeps running on the bench database:"
echo "./run.sh stop ends it (and both databases); ./run.sh puts it back on the demo database."
