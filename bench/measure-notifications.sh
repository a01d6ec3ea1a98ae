#!/usr/bin/env bash
# Notification delivery latency, from the commit of the causing change to the event in a
# connected client (bench/tools/NotificationLatency.java: officer1 accepts new cases, head1's
# stream receives "awaits your decision"). Needs the demo accounts.
#   bench/measure-notifications.sh            one server (./run.sh), http://localhost:8080
#   bench/measure-notifications.sh cluster    ./run.sh cluster: writes on one instance, the stream on the other
#   bench/measure-notifications.sh rolling    the same through the balancer while ./run.sh rolling-restart runs
# EVENTS (default 200) events, one every PAUSE_MS (200) ms.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh
need_java
EVENTS=${EVENTS:-200}
PAUSE_MS=${PAUSE_MS:-200}
latency() { java bench/tools/NotificationLatency.java "$@"; }
case "${1:-single}" in
    single)  echo "one server:"; latency http://localhost:8080 http://localhost:8080 "$EVENTS" "$PAUSE_MS" ;;
    cluster) echo "across instances (written on 18180, streamed from 18280):"
             latency http://localhost:18180 http://localhost:18280 "$EVENTS" "$PAUSE_MS" ;;
    rolling) echo "through the balancer during ./run.sh rolling-restart:"
             ( sleep 5; ./run.sh rolling-restart > .yanghu/rolling-restart.log 2>&1 ) &
             restart=$!
             # long enough to span both instances' restarts
             latency http://localhost:8000 http://localhost:8000 "${EVENTS_ROLLING:-900}" "$PAUSE_MS"
             wait $restart || { echo "rolling restart failed: .yanghu/rolling-restart.log" >&2; exit 1; } ;;
    *) echo "usage: $0 [single|cluster|rolling]" >&2; exit 2 ;;
esac
