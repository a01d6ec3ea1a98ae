#!/usr/bin/env bash
# Runs Yanghu on this machine: PostgreSQL, Payara Server 6, the application, demo data.
#   ./run.sh          build if needed, start everything, deploy, print the URL and accounts
#   ./run.sh cluster  the same on a deployment group of two instances behind nginx (port 8000),
#                     sessions replicated between them (see README, "Scale-out")
#   ./run.sh rolling-restart   restart the group's instances one at a time (no request lost)
#   ./run.sh stop     stop Payara, nginx and PostgreSQL (data is kept in .yanghu/pgdata)
#   ./run.sh status   show what is running
# External database: set YANGHU_DB_URL (jdbc:postgresql://host:5432/db), YANGHU_DB_USER and
# YANGHU_DB_PASSWORD; no demo data is loaded then unless YANGHU_DEMO=true.
source "$(dirname "$0")/scripts/lib.sh"
source "$(dirname "$0")/scripts/cluster.sh"

DOMAIN=domain1
ADMIN_PORT=4848
HTTP_PORT=8080
MANAGEMENT_PORT=9080
DATA="$RUNTIME/pgdata"
DB_PORT_EMBEDDED=${YANGHU_DB_PORT:-55432}

# prepare: what both layouts need; sets DEMO (load demo data or not) and the DB_ settings.
prepare() {
    need_java
    need_debian_packages "./run.sh" curl:curl
    ensure_cjk_font # embedded in the PDF certificates
    build_if_needed
    ensure_payara
    DEMO=false
    if [ -n "${YANGHU_DB_URL:-}" ]; then
        db_settings
        [ "${YANGHU_DEMO:-false}" = true ] && DEMO=true
    else
        db_start "$DATA" "$DB_PORT_EMBEDDED"
        db_settings "$DATA" "$DB_PORT_EMBEDDED"
        DEMO=${YANGHU_DEMO:-true}
    fi
}

start() {
    local t0=$SECONDS
    prepare
    local demo=$DEMO
    local was_running=false
    asadmin list-domains 2>/dev/null | grep -q "^$DOMAIN running" && was_running=true
    domain_start "$DOMAIN" "$HTTP_PORT" "$ADMIN_PORT"
    configure_domain "$MANAGEMENT_PORT"
    configure_datasource
    set_demo "$demo"
    if [ "$was_running" = false ] && asadmin list-applications 2>/dev/null | grep -q "^yanghu "; then
        # left deployed by an interrupted run: Payara loads it at boot without CDI, and a
        # redeployment over that copy stays broken, so remove it and start clean
        say "Removing the copy an interrupted run left deployed"
        asadmin undeploy yanghu >/dev/null || true
        asadmin restart-domain "$DOMAIN" >/dev/null || die "Payara did not restart; see server.log"
    fi
    say "Deploying the application"
    asadmin deploy --force=true --name yanghu --contextroot / --virtualservers server "$(ear_file)" >/dev/null \
        || die "deployment failed; see $PAYARA_HOME/glassfish/domains/$DOMAIN/logs/server.log"
    wait_for_http "http://localhost:$HTTP_PORT/health/ready" 90 || die "the application did not become ready; see server.log"
    echo
    echo "Yanghu is running: http://localhost:$HTTP_PORT/   (ready after $((SECONDS - t0)) s)"
    welcome "$demo"
    echo "Health: http://localhost:$HTTP_PORT/health/ready   OpenAPI: http://localhost:$MANAGEMENT_PORT/openapi"
    echo "Stop with: ./run.sh stop"
}

cluster() {
    local t0=$SECONDS
    prepare
    need_debian_packages "./run.sh cluster" nginx:nginx
    domain_start "$DOMAIN" "$ADMIN_PORT" "$BALANCER_PORT" "${CLUSTER_HTTP_PORTS[@]}"
    configure_domain "$MANAGEMENT_PORT"
    configure_datasource
    if asadmin list-applications server 2>/dev/null | grep -q "^yanghu "; then
        say "Removing the single server's copy of the application (the group runs it now)"
        asadmin undeploy yanghu >/dev/null || true
    fi
    cluster_configure "$DEMO"
    cluster_deploy
    nginx_start
    wait_for_http "http://localhost:$BALANCER_PORT/login.xhtml" 30 || die "nginx does not reach the instances; see $NGINX_DIR/logs/error.log"
    echo
    echo "Yanghu is running on ${#CLUSTER_INSTANCES[@]} instances behind nginx: http://localhost:$BALANCER_PORT/   (ready after $((SECONDS - t0)) s)"
    echo "Instances: $(for i in "${!CLUSTER_INSTANCES[@]}"; do printf '%s http://localhost:%s/  ' "${CLUSTER_INSTANCES[$i]}" "${CLUSTER_HTTP_PORTS[$i]}"; done)"
    welcome "$DEMO"
    echo "Logs: $(cluster_log "${CLUSTER_INSTANCES[0]}") (and the other instance's)"
    echo "Stop with: ./run.sh stop"
}

welcome() {
    local demo=$1
    if [ -z "$DB_EXTERNAL" ]; then
        echo "Database: embedded PostgreSQL on 127.0.0.1:$DB_PORT_EMBEDDED, data in $DATA"
    else
        echo "Database: $DB_HOST:$DB_PORT/$DB_DATABASE"
    fi
    if [ "$demo" = true ]; then
        cat <<TXT
Demo accounts (password Yanghu-demo-2026):
  admin        ADMIN, bureau              officer1   OFFICER, 湖塘 (HT)
  supervisor1  SUPERVISOR, bureau         officer2   OFFICER, 牛塘 (NT)
  head1        SUPERVISOR, 湖塘 (HT)       auxiliary1 AUXILIARY, 湖塘 (HT)
  liaison1     LIAISON, 湖塘 (HT)          volunteer1, volunteer2  VOLUNTEER, 湖塘 (HT)
TXT
    else
        echo "No demo data. The first administrator 'admin' is created at start when YANGHU_ADMIN_PASSWORD is set."
    fi
}

stop() {
    cluster_stop
    # the application is deployed afresh at each start (see start)
    if [ -x "$PAYARA_HOME/bin/asadmin" ] && asadmin list-applications server 2>/dev/null | grep -q "^yanghu "; then
        asadmin undeploy yanghu >/dev/null || true
    fi
    domain_stop "$DOMAIN"
    db_stop "$DATA"
}

status() {
    [ -x "$PAYARA_HOME/bin/asadmin" ] && "$PAYARA_HOME/bin/asadmin" list-domains 2>/dev/null | grep "^$DOMAIN " || echo "Payara: not installed"
    if [ -x "$PAYARA_HOME/bin/asadmin" ] && cluster_exists; then asadmin list-instances 2>/dev/null || true; fi
    if [ -f "$NGINX_DIR/nginx.pid" ]; then echo "nginx: running (port $BALANCER_PORT)"; fi
    if db_running "$DATA"; then echo "PostgreSQL: running ($DATA)"; else echo "PostgreSQL: not running"; fi
}

case "${1:-start}" in
    start) start ;;
    cluster) cluster ;;
    rolling-restart) cluster_exists || die "no deployment group: ./run.sh cluster"; cluster_rolling_restart ;;
    stop) stop ;;
    status) status ;;
    *) echo "usage: $0 [start|cluster|rolling-restart|stop|status]" >&2; exit 2 ;;
esac
