#!/usr/bin/env bash
# bench/profile-intake.sh — what one tip intake costs in CPU, and where: P2's load (POST /api/v1/tips,
# 16 connections, BENCH_SECONDS, default 30) with a JFR recording of Payara (settings=profile), and
# the CPU time Payara, PostgreSQL and wrk each took meanwhile (from /proc). Prints the CPU per tip by
# process, then Payara's share by layer of the container (bench/tools/CpuByLayer.java) and the
# methods that took most. PROFILE_PATH=/api/v1/me profiles the floor instead (GET, the same token).
# Needs the server of ./bench.sh (or ./run.sh) on this machine.
source "$(dirname "$0")/lib.sh"
need_debian_packages "the profile" wrk:wrk
PAYARA=$(cat "$PAYARA_HOME/glassfish/domains/domain1/config/pid" 2>/dev/null || true)
[ -n "$PAYARA" ] && kill -0 "$PAYARA" 2>/dev/null || die "Payara is not running: start ./bench.sh first"
POSTMASTER=$(head -n1 "$([ "$DB_PORT" = "$BENCH_DB_PORT" ] && echo "$BENCH_DATA" || echo "$RUNTIME/pgdata")/postmaster.pid")
TICKS=$(getconf CLK_TCK)
# cpu PID…: user + system seconds of these processes so far
cpu() { for p in "$@"; do awk '{print $14 + $15}' "/proc/$p/stat" 2>/dev/null || true; done | awk -v t="$TICKS" '{s += $1} END {printf "%.2f", s / t}'; }
postgres() { echo "$POSTMASTER"; ps -o pid= --ppid "$POSTMASTER"; }

export BENCH_TOKEN; BENCH_TOKEN=$(token volunteer1); [ -n "$BENCH_TOKEN" ] || die "cannot sign in as volunteer1"
script=$ROOT/bench/tips.lua
if [ -n "${PROFILE_PATH:-}" ]; then script=$ROOT/bench/token.lua; fi
wrk -t2 -c16 -d10s -s "$script" "$BASE${PROFILE_PATH:-}" > /dev/null # warm-up
jcmd "$PAYARA" JFR.start name=intake settings=profile filename="$OUT/intake.jfr" > /dev/null
jvm0=$(cpu "$PAYARA"); pg0=$(cpu $(postgres)); t0=$(date +%s.%N)
TIMEFORMAT='%U %S'
wrk_cpu=$( { time wrk --latency -t2 -c16 -d"${SECONDS_PER_LOAD}s" -s "$script" "$BASE${PROFILE_PATH:-}" > "$OUT/intake-profile.txt"; } 2>&1 \
    | awk '{printf "%.2f", $1 + $2}')
t1=$(date +%s.%N); jvm1=$(cpu "$PAYARA"); pg1=$(cpu $(postgres))
jcmd "$PAYARA" JFR.stop name=intake > /dev/null
requests=$(awk '/requests in/ {print $1}' "$OUT/intake-profile.txt")
rps=$(awk '/^Requests\/sec:/ {printf "%.0f", $2}' "$OUT/intake-profile.txt")
jvm=$(awk -v a="$jvm0" -v b="$jvm1" 'BEGIN {printf "%.2f", b - a}')
pg=$(awk -v a="$pg0" -v b="$pg1" 'BEGIN {printf "%.2f", b - a}')
wall=$(awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.1f", b - a}')
echo "${PROFILE_PATH:-POST /api/v1/tips}: $requests requests in $wall s ($rps/s), 16 connections"
echo "| process | CPU seconds | cores busy | CPU per request (µs) |"
echo "|---|---|---|---|"
for row in "Payara (JVM):$jvm" "PostgreSQL:$pg" "wrk (the load):$wrk_cpu"; do
    awk -v n="${row%%:*}" -v c="${row##*:}" -v w="$wall" -v r="$requests" \
        'BEGIN {printf "| %s | %.1f | %.2f | %.0f |\n", n, c, c / w, c * 1e6 / r}'
done
echo
java "$ROOT/bench/tools/CpuByLayer.java" "$OUT/intake.jfr" "$jvm" "$requests"
echo

