#!/usr/bin/env bash
# Times the demo history (statistics.demo.DemoHistoryLoader: a year of all 13 stations' work,
# written at ./run.sh's first start) on a fresh database of its own: an embedded PostgreSQL in
# .yanghu/demo-measure/pgdata on port 55437, made anew on every run and stopped afterwards. It
# migrates, makes the stations, then generates and writes the history in one transaction as the
# application does, and prints the time (the limit is 20 s) and checks of the figures.
#   bench/measure-demo.sh
source "$(dirname "$0")/../scripts/lib.sh"
need_java
DATA="$RUNTIME/demo-measure/pgdata"
PORT=55437
db_stop "$DATA"
rm -rf "$RUNTIME/demo-measure" && mkdir -p "$RUNTIME/demo-measure"
(cd "$ROOT" && mvnw -Dspotbugs.skip -DskipTests compile dependency:build-classpath -pl db,ejb \
    -Dmdep.includeScope=compile -Dmdep.outputFile=target/classpath.txt)
db_start "$DATA" "$PORT"
db_settings "$DATA" "$PORT"
trap 'db_stop "$DATA"; rm -rf "$RUNTIME/demo-measure"' EXIT
CP="$ROOT/ejb/target/classes:$ROOT/db/target/classes:$(cat "$ROOT/ejb/target/classpath.txt"):$(postgres_driver)"
mkdir -p "$ROOT/bench/results"
PGPASSWORD="$DB_PASSWORD" java -cp "$CP" "$ROOT/bench/tools/MeasureDemo.java" "jdbc:postgresql://$DB_HOST:$DB_PORT/$DB_DATABASE" "$DB_LOGIN" \
    | tee "$ROOT/bench/results/demo-history.txt"
