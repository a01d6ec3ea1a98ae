#!/usr/bin/env bash
# The restore drill (about 5 minutes), with `./run.sh` running on its embedded database:
#   a base backup; tips sent for 60 s by 8 clients; at T (30 s) the drill notes every tip
#   acknowledged before T; the application is stopped, the database restored to T
#   (./run.sh restore --to T), the application started again; every tip acknowledged before T
#   must be there, exactly once. Figures in bench/results/restore-drill.txt.
# RESTORE_DRILL_SECONDS and RESTORE_DRILL_AT change the 60 s and the 30 s.
source "$(dirname "$0")/lib.sh"
[ -z "${YANGHU_DB_URL:-}" ] || die "the drill restores the embedded database: unset YANGHU_DB_URL"
curl -fsS -o /dev/null "$BASE/health/ready" || die "start the application first: ./run.sh"
seconds=${RESTORE_DRILL_SECONDS:-60}; at=${RESTORE_DRILL_AT:-30}
REPORT="$OUT/restore-drill.txt"
: > "$REPORT"
report() { tee -a "$REPORT"; }

say "A base backup before the traffic"
t=$SECONDS; "$ROOT/run.sh" backup; echo -e "base backup\t$((SECONDS - t)) s" | report
volunteer=$(token volunteer1); [ -n "$volunteer" ] || die "cannot sign in as volunteer1: demo accounts?"
say "Tips for $seconds s; T noted at $at s"
tool RestoreDrill send "$BASE" "$volunteer" "$seconds" "$at" "$OUT/.restore-acks" | report
T=$(head -n1 "$OUT/.restore-acks")
echo -e "T\t$T" | report
"$ROOT/run.sh" stop
t=$SECONDS; "$ROOT/run.sh" restore --to "$T"; echo -e "restore to T (database ready)\t$((SECONDS - t)) s" | report
t=$SECONDS; "$ROOT/run.sh" >/dev/null; echo -e "application started again\t$((SECONDS - t)) s" | report
tool RestoreDrill check "$OUT/.restore-acks" | report
