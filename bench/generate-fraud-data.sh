#!/usr/bin/env bash
# Bench data for the fraud-case module, through COPY (see FraudBenchData.java):
#   bench/generate-fraud-data.sh [CASES]      default 1,000,000 cases (≈ 5 identifiers each)
# Writes into the bench database (.yanghu/bench/pgdata, port 55435, started when it is not
# running), or into YANGHU_DB_* when set; never into ./run.sh's demo database. The schema and the
# stations come from the application's first start on it (./bench.sh makes that). The application
# may register cases meanwhile: the load commits in batches of BENCH_BATCH (20,000) cases and shares
# no case number or id with it. Prints a progress bar, then the time of each batch.
source "$(dirname "$0")/../scripts/lib.sh"
CASES=${1:-1000000}
need_java
if [ -z "${YANGHU_DB_URL:-}" ]; then
    db_start "$BENCH_DATA" "$BENCH_DB_PORT"
fi
db_settings "$BENCH_DATA" "$BENCH_DB_PORT"
say "Generating $CASES fraud cases into $DB_HOST:$DB_PORT/$DB_DATABASE"
PGPASSWORD="$DB_PASSWORD" java -Xmx1g ${BENCH_BATCH:+-Dbench.batch=$BENCH_BATCH} -cp "$(postgres_driver)" "$ROOT/bench/FraudBenchData.java" \
    "jdbc:postgresql://$DB_HOST:$DB_PORT/$DB_DATABASE" "$DB_LOGIN" "$CASES"
