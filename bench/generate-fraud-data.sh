#!/usr/bin/env bash
# Bench data for the fraud-case module, through COPY (see FraudBenchData.java):
#   bench/generate-fraud-data.sh [CASES]      default 1,000,000 cases (≈ 5 identifiers each)
# Writes into the database ./run.sh uses (the embedded one, or YANGHU_DB_* when set); start
# ./run.sh once before, so the schema and the stations exist. Prints a progress bar.
source "$(dirname "$0")/../scripts/lib.sh"
CASES=${1:-1000000}
need_java
if [ -z "${YANGHU_DB_URL:-}" ]; then
    db_start "$RUNTIME/pgdata" "${YANGHU_DB_PORT:-55432}"
fi
db_settings "$RUNTIME/pgdata" "${YANGHU_DB_PORT:-55432}"
say "Generating $CASES fraud cases into $DB_HOST:$DB_PORT/$DB_DATABASE"
PGPASSWORD="$DB_PASSWORD" java -Xmx1g -cp "$(postgres_driver)" "$ROOT/bench/FraudBenchData.java" \
    "jdbc:postgresql://$DB_HOST:$DB_PORT/$DB_DATABASE" "$DB_LOGIN" "$CASES"
