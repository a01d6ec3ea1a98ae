#!/usr/bin/env bash
# Database fault under load (about 60 s), with the running server and its embedded PostgreSQL
# (the demo database after ./run.sh, the bench's after ./bench.sh):
# 8 clients send tips, each retried with its Idempotency-Key until acknowledged; PostgreSQL is
# stopped after 15 s and started again 10 s later. Checks that every acknowledged tip is stored
# exactly once, that the outage answers 503 with its message (never 500), and how long the
# application takes to store tips again once the database is back (target: within 10 s).
# Figures in bench/results/db-fault.txt.
source "$(dirname "$0")/lib.sh"
if [ "$DB_HOST:$DB_PORT" = "127.0.0.1:$BENCH_DB_PORT" ]; then DATA=$BENCH_DATA; else DATA=$RUNTIME/pgdata; fi
[ "$DB_HOST" = 127.0.0.1 ] && db_running "$DATA" && [ "$(sed -n 4p "$DATA/postmaster.pid")" = "$DB_PORT" ] \
    || die "this drill stops an embedded database of this checkout; the server uses $DB_HOST:$DB_PORT"
volunteer=$(token volunteer1); [ -n "$volunteer" ] || die "cannot log in: is ./run.sh running with demo accounts?"
export STOP_CMD="source '$ROOT/scripts/lib.sh'; db_stop '$DATA'"
export START_CMD="source '$ROOT/scripts/lib.sh'; db_start '$DATA' '$DB_PORT'"
say "Tip intake for 60 s; PostgreSQL stopped at 15 s for 10 s"
tool FaultyIntake "$BASE" "$volunteer" 60 15 10 | tee "$OUT/db-fault.txt"
awk -F '\t' '
    $1 == "acknowledged but not stored" && $2 != 0 {bad = 1}
    $1 == "stored more than once" && $2 != 0 {bad = 1}
    $1 ~ /^server errors/ && $2 != 0 {bad = 1}
    $1 ~ /^recovery/ && ($2 == "never" || $2 + 0 > 10) {bad = 1}
    END {exit bad}' "$OUT/db-fault.txt" && say "Passed" || die "the drill failed: see above"
