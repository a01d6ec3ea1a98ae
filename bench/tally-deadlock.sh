#!/usr/bin/env bash
# bench/tally-deadlock.sh [fixed]: the case tally's lock order, shown on a scratch PostgreSQL.
# Two transactions: a case's status change from a later tally key to an earlier one, and a
# bulk insert (as the bench generator's) that takes both keys in key order. With V7's trigger
# function the change holds the later row while it waits for the earlier: "deadlock detected".
# With V16's ("fixed") it locks both rows in key order first: both commit. The window between
# the change's two statements is widened with a pg_sleep, as a busy server would widen it.
set -u
cd "$(dirname "$0")/.."
source scripts/lib.sh
need_java
DATA="$RUNTIME/tally-deadlock/pgdata"
mkdir -p "$RUNTIME/tally-deadlock"
db_stop "$DATA" >/dev/null 2>&1 || true
rm -rf "$DATA" "$DATA".*
db_start "$DATA" 55499 >/dev/null
db_settings "$DATA" 55499
export PGPASSWORD="$DB_PASSWORD"
q() { psql -q -h "$DB_HOST" -p "$DB_PORT" -U "$DB_LOGIN" -d "$DB_DATABASE" -v ON_ERROR_STOP=1 "$@"; }
q -c "CREATE TABLE fraud_case (id bigserial PRIMARY KEY, station_id bigint NOT NULL, status varchar(24) NOT NULL, fraud_type varchar(32) NOT NULL)"
sed -n '/^CREATE TABLE fraud_case_tally/,/^CREATE TRIGGER fraud_case_tally_delete/p' db/src/main/resources/db/migration/V7__case_tally.sql > "$RUNTIME/tally-deadlock/v7.sql"
echo "    REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION fraud_case_tally_apply();" >> "$RUNTIME/tally-deadlock/v7.sql"
q -f "$RUNTIME/tally-deadlock/v7.sql"
[ "${1:-}" = fixed ] && cp db/src/main/resources/db/migration/V16__case_tally_lock_order.sql "$RUNTIME/tally-deadlock/v16.sql" && q -f "$RUNTIME/tally-deadlock/v16.sql"
# widen the window between the change's decrement and its increment, as a busy server might
f="$RUNTIME/tally-deadlock/v7.sql"; [ "${1:-}" = fixed ] && f="$RUNTIME/tally-deadlock/v16.sql"
awk '/FUNCTION fraud_case_tally_apply/ {p = 1}
     p {sub(/CREATE FUNCTION/, "CREATE OR REPLACE FUNCTION"); print}
     p && after {print "        PERFORM pg_sleep(1);"; after = 0}
     /HAVING sum\(delta\) < 0\) d/ {after = 1}
     p && /^\$\$;/ {exit}' "$f" > "$RUNTIME/tally-deadlock/widened.sql"
q -f "$RUNTIME/tally-deadlock/widened.sql"
# tally keys: (1,'INVESTIGATING','X') < (1,'SOLVED','X'); the case moves from SOLVED's key to INVESTIGATING's
q -c "INSERT INTO fraud_case (station_id, status, fraud_type) VALUES (1, 'SOLVED', 'X'), (1, 'INVESTIGATING', 'X')"
q -c "SELECT * FROM fraud_case_tally ORDER BY 1, 2, 3"
# A: the status change takes its rows, then sleeps inside the transaction's trigger window
( q -c "BEGIN; UPDATE fraud_case SET status = 'INVESTIGATING' WHERE id = 1; COMMIT;" 2>&1 | sed 's/^/A: /' ) &
sleep 0.3
# B: a bulk insert whose statement takes both keys in key order
( q -c "BEGIN; INSERT INTO fraud_case (station_id, status, fraud_type) VALUES (1, 'INVESTIGATING', 'X'), (1, 'SOLVED', 'X'); COMMIT;" 2>&1 | sed 's/^/B: /' ) &
wait
q -c "SELECT * FROM fraud_case_tally ORDER BY 1, 2, 3"
db_stop "$DATA" >/dev/null
