#!/usr/bin/env bash
# Failover drills on the deployment group (about 14 minutes), with `./run.sh cluster` running:
#   1. session: an officer in Chromium, signed in through nginx, is halfway through a report
#      when the instance serving them is killed (kill -9); they add a row and register it;
#   2. intake: 8 clients send tips through nginx for 180 s; one instance is killed at 15 s and
#      started again; every acknowledged tip must be stored exactly once;
#   3. rolling restart: light traffic (pages and API reads) while the group restarts one
#      instance at a time: 0 failed requests;
#   4. SMS: 200 anti-fraud notices (one SMS each) through nginx while an instance is killed and
#      started again; a receiver of the drill's own, the group's SMS gateway meanwhile, gets each
#      message exactly once (about 5 minutes: what the dead instance had claimed waits for its lease);
#   5. scheduled work: over the drills, each interval of the minute job ran once, while both
#      instances' timers fired;
#   6. promote (DRILLS=promote, not in the default set: it leaves the standby as the primary):
#      8 clients send tips through nginx for 420 s; at 15 s the primary database is stopped and the
#      standby promoted (./run.sh promote, which restarts the instances in turn); every acknowledged
#      tip is stored exactly once.
# Figures in bench/results/cluster-failover.txt. DRILLS="session rolling_restart" runs some of them only.
BENCH_BASE=${BENCH_BASE:-http://localhost:${YANGHU_BALANCER_PORT:-8000}}
source "$(dirname "$0")/lib.sh"
source "$ROOT/scripts/cluster.sh"
ADMIN_PORT=4848
need_debian_packages "the browser drill" chromium:chromium chromedriver:chromium-driver
cluster_exists && curl -fsS -o /dev/null "$BASE/login.xhtml" || die "start the group first: ./run.sh cluster"
for port in "${CLUSTER_HTTP_PORTS[@]}"; do wait_for_http "http://localhost:$port/login.xhtml" 180 || die "port $port does not serve"; done
REPORT="$OUT/cluster-failover.txt"
: > "$REPORT"
report() { tee -a "$REPORT"; }
started_at=$(date -u '+%Y-%m-%d %H:%M:%S+00')
failed=0

drill_session() {
    say "1. Session failover in the browser"
    classpath="$OUT/browser-drill.classpath"
    mvnw -f "$ROOT/bench/tools/browser-pom.xml" dependency:build-classpath -Dselenium.version="$(pom_property selenium.version)" \
        -Dmdep.outputFile="$classpath" >/dev/null
    export KILLED_FILE="$OUT/.killed"
    kill_cmd="source '$ROOT/scripts/lib.sh'; source '$ROOT/scripts/cluster.sh'; ADMIN_PORT=$ADMIN_PORT; ASADMIN_PASSWORD_FILE='$ASADMIN_PASSWORD_FILE'; "
    kill_cmd+='name=$(cluster_instance_on "$1"); echo "$name" > "$KILLED_FILE"; cluster_kill "$name"'
    java -cp "$(cat "$classpath")" "$ROOT/bench/tools/SessionFailover.java" "$BASE" "$NGINX_DIR/logs/access.log" "$kill_cmd" \
        | report || failed=1
    killed=$(cat "$KILLED_FILE" 2>/dev/null || true)
    if [ -n "$killed" ]; then
        say "Starting $killed again"
        t=$SECONDS; cluster_restart "$killed"; echo -e "restart of $killed until it serves\t$((SECONDS - t)) s" | report
    fi
}

drill_intake() {
    say "2. Tip intake for 180 s; ${CLUSTER_INSTANCES[1]} killed at 15 s and started again"
    volunteer=$(token volunteer1); [ -n "$volunteer" ] || die "cannot log in: demo accounts?"
    export STOP_CMD="source '$ROOT/scripts/lib.sh'; source '$ROOT/scripts/cluster.sh'; ADMIN_PORT=$ADMIN_PORT; ASADMIN_PASSWORD_FILE='$ASADMIN_PASSWORD_FILE'; cluster_kill ${CLUSTER_INSTANCES[1]}"
    export START_CMD="source '$ROOT/scripts/lib.sh'; source '$ROOT/scripts/cluster.sh'; ADMIN_PORT=$ADMIN_PORT; ASADMIN_PASSWORD_FILE='$ASADMIN_PASSWORD_FILE'; cluster_restart ${CLUSTER_INSTANCES[1]}"
    tool FaultyIntake "$BASE" "$volunteer" 180 15 2 | tee "$OUT/.intake" | report
    awk -F '\t' '$1 == "acknowledged but not stored" && $2 != 0 {bad = 1}
        $1 == "stored more than once" && $2 != 0 {bad = 1}
        $1 == "acknowledged" && $2 == 0 {bad = 1}
        END {exit bad}' "$OUT/.intake" || failed=1
}

drill_rolling_restart() {
    say "3. Rolling restart under light traffic"
    officer=$(token officer1)
    traffic() { # one client: pages and API reads until the file $1 disappears; prints its statuses
        # (a refused or timed-out request prints 000 and counts as failed; the client goes on, where
        # set -e would have ended it and hidden its failures)
        while [ -f "$1" ]; do
            curl -s -o /dev/null -w '%{http_code}\n' --max-time 30 "$BASE/login.xhtml" || true
            curl -s -o /dev/null -w '%{http_code}\n' --max-time 30 -H "Authorization: Bearer $officer" "$BASE/api/v1/fraud-cases?size=5" || true
            sleep 0.1
        done
    }
    running="$OUT/.traffic"; touch "$running"
    for c in 1 2 3 4; do traffic "$running" > "$OUT/.traffic-$c" & done
    t=$SECONDS
    cluster_rolling_restart
    rolled=$((SECONDS - t))
    for port in "${CLUSTER_HTTP_PORTS[@]}"; do wait_for_http "http://localhost:$port/login.xhtml" 60 || failed=1; done
    sleep 3; rm -f "$running"; wait
    total=$(cat "$OUT"/.traffic-* | awk 'NF {n++} END {print n + 0}')
    bad=$(cat "$OUT"/.traffic-* | awk 'NF && $1 != "200" {n++} END {print n + 0}')
    { echo -e "rolling restart\t$rolled s"; echo -e "requests during it\t$total"; echo -e "failed requests\t$bad"; } | report
    [ "$bad" = 0 ] || { failed=1; cat "$OUT"/.traffic-* | awk 'NF {print $1}' | sort | uniq -c | report; }
}

drill_schedule() {
    say "5. Scheduled work once per interval"
    local runs="FROM scheduled_run WHERE job = 'enterprise-request-escalation' AND slot >= '$started_at'"
    local intervals both ran_by
    intervals=$(tool Scalar "SELECT count(*) $runs")
    both=$(tool Scalar "SELECT count(*) $runs AND attempts = 2")
    ran_by=$(tool Scalar "SELECT string_agg(instance || ' ' || n, ', ') FROM (SELECT instance, count(*) n $runs GROUP BY 1 ORDER BY 1) i")
    { echo -e "minute job: intervals run since the drills began\t$intervals (each once: one row per interval)"
      echo -e "minute job: intervals where both instances' timers fired\t$both"
      echo -e "minute job: run by\t$ran_by"; } | report
    [ "$both" -gt 0 ] || failed=1
}

drill_sms() {
    say "4. SMS: 200 notices through nginx, ${CLUSTER_INSTANCES[1]} killed meanwhile; each message sent exactly once"
    local port=${SMS_RECEIVER_PORT:-18399} head enterprise c="configs.config.$CLUSTER_CONFIG.system-property"
    head=$(token head1); [ -n "$head" ] || die "cannot log in as head1: demo accounts?"
    enterprise=$(tool Scalar "SELECT id FROM enterprise WHERE name = '常州天合精密机械有限公司' AND contact_phone IS NOT NULL")
    [ -n "$enterprise" ] || die "the demo enterprise 常州天合精密机械有限公司 is missing: the SMS drill needs the demo data"
    # the group's SMS gateway is the drill's receiver while it runs (a system property of the shared
    # configuration, which the application reads with each message; SmsFailover restarts the group
    # when the instances do not pick it up), and the log again afterwards
    DOMAIN_SETTINGS=$(asadmin get "$c.*" 2>/dev/null || true)
    local before; before=$(setting "$c.yanghu.sms.url.value")
    asadmin create-system-properties --target "$CLUSTER_CONFIG" "yanghu.sms.url=$(asadmin_escape "http://127.0.0.1:$port/sms")" >/dev/null \
        || die "could not set yanghu.sms.url on $CLUSTER_CONFIG"
    export KILL_CMD="source '$ROOT/scripts/lib.sh'; source '$ROOT/scripts/cluster.sh'; ADMIN_PORT=$ADMIN_PORT; ASADMIN_PASSWORD_FILE='$ASADMIN_PASSWORD_FILE'; cluster_kill ${CLUSTER_INSTANCES[1]}"
    export START_CMD="source '$ROOT/scripts/lib.sh'; source '$ROOT/scripts/cluster.sh'; ADMIN_PORT=$ADMIN_PORT; ASADMIN_PASSWORD_FILE='$ASADMIN_PASSWORD_FILE'; cluster_restart ${CLUSTER_INSTANCES[1]}"
    export RESTART_CMD="source '$ROOT/scripts/lib.sh'; source '$ROOT/scripts/cluster.sh'; ADMIN_PORT=$ADMIN_PORT; ASADMIN_PASSWORD_FILE='$ASADMIN_PASSWORD_FILE'; cluster_rolling_restart"
    tool SmsFailover "$BASE" "$head" "$enterprise" "$port" 200 15 | tee "$OUT/.sms" | report || failed=1
    grep -q $'^each message sent exactly once\tyes' "$OUT/.sms" || failed=1
    if [ -n "$before" ]; then
        asadmin create-system-properties --target "$CLUSTER_CONFIG" "yanghu.sms.url=$(asadmin_escape "$before")" >/dev/null || true
    else
        asadmin delete-system-property --target "$CLUSTER_CONFIG" yanghu.sms.url >/dev/null || true
    fi
}

drill_promote() {
    say "6. Tip intake for 420 s; at 15 s the primary database is stopped and the standby promoted"
    local data=$RUNTIME/standby/pgdata port=55434
    if [ "$(cat "$RUNTIME/primary" 2>/dev/null)" = standby ]; then data=$RUNTIME/pgdata; port=55432; fi
    [ -f "$data/standby.signal" ] || die "no standby in $data: start the group with ./run.sh cluster (it makes one)"
    volunteer=$(token volunteer1); [ -n "$volunteer" ] || die "cannot log in: demo accounts?"
    export STOP_CMD="'$ROOT/run.sh' promote"
    export START_CMD="true"
    # the check reads the promoted database
    PGPASSWORD=$(cat "$data.password") java -cp "$(postgres_driver)" "$ROOT/bench/tools/FaultyIntake.java" \
        "jdbc:postgresql://127.0.0.1:$port/$DB_NAME" "$DB_USER" "$BASE" "$volunteer" 420 15 0 | tee "$OUT/.intake" | report
    awk -F '\t' '$1 == "acknowledged but not stored" && $2 != 0 {bad = 1}
        $1 == "stored more than once" && $2 != 0 {bad = 1}
        $1 == "acknowledged" && $2 == 0 {bad = 1}
        END {exit bad}' "$OUT/.intake" || failed=1
}

for drill in ${DRILLS:-session intake rolling_restart sms schedule}; do
    "drill_$drill"
done
rm -f "$OUT"/.traffic-* "$OUT/.intake" "$OUT/.killed" "$OUT/.sms"
for port in "${CLUSTER_HTTP_PORTS[@]}"; do wait_for_http "http://localhost:$port/login.xhtml" 60 || die "port $port does not serve after the drills"; done
echo
if [ "$failed" = 0 ]; then say "Passed"; else die "a drill failed: see above and $REPORT"; fi
