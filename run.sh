#!/usr/bin/env bash
# Runs Yanghu on this machine: PostgreSQL, Payara Server 6, the application, demo data.
#   ./run.sh          build if needed, start everything, deploy, print the URL and accounts
#   ./run.sh cluster  the same on a deployment group of two instances behind nginx (port 8000),
#                     sessions replicated between them (see README, "Scale-out")
#   ./run.sh rolling-restart   restart the group's instances one at a time (no request lost)
#   ./run.sh stop     stop Payara, nginx and PostgreSQL (data is kept in .yanghu/pgdata)
#   ./run.sh status   show what is running
#   ./run.sh backup   a base backup of the embedded database (its WAL is archived from the first
#                     start) into .yanghu/backup, or YANGHU_BACKUP_DIR; old ones pruned
#   ./run.sh restore [--to "2026-12-05 14:30:00+08"]   the newest backup, replayed to that time or
#                     to the end, into a fresh data directory (the application must be stopped)
#   ./run.sh promote  the cluster's standby database becomes the primary (the primary is stopped)
# External database: set YANGHU_DB_URL (jdbc:postgresql://host:5432/db), YANGHU_DB_USER and
# YANGHU_DB_PASSWORD; no demo data is loaded then unless YANGHU_DEMO=true. YANGHU_ADMIN_PASSWORD
# creates the first administrator 'admin' when there is none.
# A second server beside the first (its own Payara domain, ports and embedded database), for
# start, stop and status alike:
#   YANGHU_PORT_BASE=N [YANGHU_DOMAIN=name] ./run.sh [stop|status]
#   domain "name" (default yanghu-N); admin port N+48, HTTP N+80, HTTPS N+81, management N+90;
#   embedded PostgreSQL on N+32 (or YANGHU_DB_PORT) with its data in .yanghu/<domain>/pgdata
source "$(dirname "$0")/scripts/lib.sh"
source "$(dirname "$0")/scripts/cluster.sh"

if [ -z "${YANGHU_PORT_BASE:-}" ]; then
    DOMAIN=domain1 # Payara's own, with its usual ports
    [ "${YANGHU_DOMAIN:-domain1}" = domain1 ] \
        || die "YANGHU_DOMAIN=$YANGHU_DOMAIN needs YANGHU_PORT_BASE too (the second server's ports are counted from it)"
    ADMIN_PORT=4848
    HTTP_PORT=8080
    MANAGEMENT_PORT=9080
    DATA="$RUNTIME/pgdata"
    DB_PORT_EMBEDDED=${YANGHU_DB_PORT:-55432}
    BACKUP_DIR=${YANGHU_BACKUP_DIR:-$RUNTIME/backup}
    # ./run.sh cluster's streaming standby; after ./run.sh promote the two swap places (the
    # former standby is the primary, and the next standby is made where the primary was)
    STANDBY_DATA="$RUNTIME/standby/pgdata"
    STANDBY_PORT=55434
    if [ -z "${YANGHU_DB_PORT:-}" ] && [ "$(cat "$RUNTIME/primary" 2>/dev/null)" = standby ]; then
        DATA="$RUNTIME/standby/pgdata"; DB_PORT_EMBEDDED=55434
        STANDBY_DATA="$RUNTIME/pgdata"; STANDBY_PORT=55432
    fi
else
    [[ $YANGHU_PORT_BASE =~ ^[1-9][0-9]*$ ]] && [ "$YANGHU_PORT_BASE" -ge 1024 ] && [ "$YANGHU_PORT_BASE" -le 64000 ] \
        || die "YANGHU_PORT_BASE must be a number from 1024 to 64000 (got $YANGHU_PORT_BASE)"
    PORT_BASE=$YANGHU_PORT_BASE
    DOMAIN=${YANGHU_DOMAIN:-yanghu-$PORT_BASE}
    [ "$DOMAIN" != domain1 ] || die "domain1 is the first server's: give the second one a name of its own (YANGHU_DOMAIN)"
    [[ $DOMAIN =~ ^[A-Za-z][A-Za-z0-9_-]*$ ]] || die "YANGHU_DOMAIN must be a plain name (letters, digits, - and _)"
    ADMIN_PORT=$((PORT_BASE + 48))
    HTTP_PORT=$((PORT_BASE + 80))
    MANAGEMENT_PORT=$((PORT_BASE + 90))
    DATA="$RUNTIME/$DOMAIN/pgdata"
    DB_PORT_EMBEDDED=${YANGHU_DB_PORT:-$((PORT_BASE + 32))}
    BACKUP_DIR=${YANGHU_BACKUP_DIR:-$RUNTIME/$DOMAIN/backup}
fi
first_server() { [ "$DOMAIN" = domain1 ]; }
ASADMIN_PASSWORD_FILE=$(admin_password_file "$DOMAIN")
# how to address this server again (stop, status), as printed for the user
RUN_SH="./run.sh"
first_server || RUN_SH="YANGHU_PORT_BASE=$PORT_BASE YANGHU_DOMAIN=$DOMAIN ./run.sh"

# prepare: what both layouts need; sets DEMO (load demo data or not) and the DB_ settings.
prepare() {
    check_admin_password
    need_java
    need_debian_packages "./run.sh" curl:curl
    ensure_cjk_font # embedded in the PDF certificates
    build_if_needed
    ensure_payara
    ensure_domain
    if [ -n "${YANGHU_DB_URL:-}" ]; then
        db_settings
        # (an if, not `[ … ] && DEMO=true`: as the branch's last command, a false test would
        # make prepare fail and set -e end the script without a word)
        if [ "${YANGHU_DEMO:-false}" = true ]; then DEMO=true; else DEMO=false; fi
        # the year of generated history only when asked: ./bench.sh's database has its own data
        if [ "$DEMO" = true ] && [ "${YANGHU_DEMO_HISTORY:-false}" = true ]; then DEMO_HISTORY=true; else DEMO_HISTORY=false; fi
    else
        db_start "$DATA" "$DB_PORT_EMBEDDED" "$BACKUP_DIR"
        db_settings "$DATA" "$DB_PORT_EMBEDDED"
        DEMO=${YANGHU_DEMO:-true}
        # the embedded demo database gets a year of generated work of all stations (first start)
        if [ "$DEMO" = true ] && [ "${YANGHU_DEMO_HISTORY:-true}" = true ]; then DEMO_HISTORY=true; else DEMO_HISTORY=false; fi
    fi
}

# The application refuses a weak YANGHU_ADMIN_PASSWORD and then creates no administrator,
# saying so only in server.log: check the same rule here, before anything starts.
check_admin_password() {
    local password=${YANGHU_ADMIN_PASSWORD:-}
    [ -n "$password" ] || return 0
    if [ "${#password}" -lt 10 ] || ! [[ $password =~ [0-9] ]] || [ -z "${password//[[:digit:][:punct:][:space:]]/}" ]; then
        die "YANGHU_ADMIN_PASSWORD is too weak: at least 10 characters, with letters and digits"
    fi
}

# The second server's domain, made once (≈ 30 s): its ports, and those of its data grid
# (Hazelcast, base+49 and up), are counted from the base, so it never meets the first server's.
ensure_domain() {
    local dir="$PAYARA_HOME/glassfish/domains/$DOMAIN"
    if [ ! -d "$dir" ]; then
        say "Creating the Payara domain $DOMAIN (ports from $PORT_BASE)"
        asadmin create-domain --portbase "$PORT_BASE" --nopassword=true "$DOMAIN" >/dev/null \
            || die "could not create the Payara domain $DOMAIN"
    fi
    grep -qE "<network-listener [^>]*(port=\"$ADMIN_PORT\"[^>]*name=\"admin-listener\"|name=\"admin-listener\"[^>]*port=\"$ADMIN_PORT\")" \
        "$dir/config/domain.xml" \
        || die "the domain $DOMAIN was made with other ports than YANGHU_PORT_BASE=${PORT_BASE:-} gives; use its base, or another YANGHU_DOMAIN"
}

# stop_server: the application is deployed afresh at each start (see start), so it goes first.
stop_server() {
    if domain_running "$DOMAIN"; then
        if asadmin list-applications server 2>/dev/null | grep -q "^yanghu "; then
            asadmin undeploy yanghu >/dev/null || true
        fi
        domain_stop "$DOMAIN"
    fi
}

start() {
    local t0=$SECONDS
    prepare
    local demo=$DEMO
    ensure_admin_password "$DOMAIN" # (stops a running domain that has none yet)
    local was_running=false
    if domain_running "$DOMAIN"; then was_running=true; fi
    if [ "$was_running" = true ] && [ -n "${YANGHU_ADMIN_PASSWORD:-}" ]; then
        # the application reads it from the server's environment, which is fixed at its start
        say "Restarting Payara Server so that it reads YANGHU_ADMIN_PASSWORD"
        stop_server
        was_running=false
    fi
    domain_start "$DOMAIN" "$HTTP_PORT" "$ADMIN_PORT"
    configure_domain "$MANAGEMENT_PORT"
    local restart=$LISTENERS_CHANGED # (see configure_domain; the first start of a domain)
    configure_datasource
    set_demo "$demo" "$DEMO_HISTORY"
    set_backup_command server
    if ! first_server; then
        # a data grid (Hazelcast) of its own, never the first server's (read at the domain's start)
        set_changed "hazelcast-runtime-configuration.cluster-group-name=$DOMAIN"
        if [ "$CHANGED" != 0 ]; then restart=true; fi
    fi
    if [ "$was_running" = false ] && [ -n "$(setting applications.application.yanghu.name)" ]; then
        restart=true # left deployed by an interrupted run
    fi
    if [ "$was_running" = true ] && ! curl -s -o /dev/null "http://localhost:$HTTP_PORT/"; then
        restart=true # a running server whose HTTP listener refuses connections (that race, earlier)
    fi
    if [ "$restart" = true ]; then
        # Payara would load a deployed copy at boot without CDI, and a redeployment over that copy
        # stays broken: remove it first
        if [ -n "$(setting applications.application.yanghu.name)" ]; then asadmin undeploy yanghu >/dev/null || true; fi
        say "Restarting Payara Server with its configuration"
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
    echo "Stop with: $RUN_SH stop"
}

cluster() {
    local t0=$SECONDS
    first_server || die "the cluster layout runs beside domain1 only: unset YANGHU_PORT_BASE and YANGHU_DOMAIN"
    prepare
    need_debian_packages "./run.sh cluster" nginx:nginx
    ensure_admin_password "$DOMAIN"
    domain_start "$DOMAIN" "$ADMIN_PORT" "$BALANCER_PORT" "${CLUSTER_HTTP_PORTS[@]}"
    configure_domain "$MANAGEMENT_PORT"
    if [ "$DOMAIN_LIB_CHANGED" = true ]; then
        # the listener guard's jar came while the DAS ran: it reads its lib/ at start only
        say "Restarting Payara Server with its configuration"
        asadmin restart-domain "$DOMAIN" >/dev/null || die "Payara did not restart; see server.log"
    fi
    configure_datasource
    if asadmin list-applications server 2>/dev/null | grep -q "^yanghu "; then
        say "Removing the single server's copy of the application (the group runs it now)"
        asadmin undeploy yanghu >/dev/null || true
    fi
    if [ -z "$DB_EXTERNAL" ]; then
        standby_start
        # the statistics may read there (ADMIN's setting): the read pool follows the standby
        configure_read_datasource 127.0.0.1 "$STANDBY_PORT"
    fi
    cluster_configure "$DEMO" "$DEMO_HISTORY"
    set_backup_command "$CLUSTER_CONFIG"
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
    elif [ -n "${YANGHU_ADMIN_PASSWORD:-}" ]; then
        echo "No demo data. Sign in as 'admin' with YANGHU_ADMIN_PASSWORD (created at start when there is no administrator yet)."
    else
        echo "No demo data. The first administrator 'admin' is created at start when YANGHU_ADMIN_PASSWORD is set."
    fi
}

# The daily base backup: the application starts it once a day on one instance of the group
# (shared.DailyBackup), through a script written here with this environment. An external
# database's backups are its DBA's: no command then.
set_backup_command() {
    local target=$1 key=servers.server.server.system-property.yanghu.backup.command.value script=""
    [ "$target" = server ] || key=configs.config.$target.system-property.yanghu.backup.command.value
    if [ -z "$DB_EXTERNAL" ]; then
        script="$BACKUP_DIR/daily-backup.sh"
        mkdir -p "$BACKUP_DIR"
        cat > "$script" <<SCRIPT
#!/usr/bin/env bash
# written by run.sh: the daily backup, started by the application (README, "Backups")
export PATH=$(printf '%q' "$PATH") JAVA_HOME=$(printf '%q' "${JAVA_HOME:-}") YANGHU_BACKUP_DIR=$(printf '%q' "$BACKUP_DIR")
export YANGHU_BACKUP_DAILY=$(printf '%q' "${YANGHU_BACKUP_DAILY:-7}") YANGHU_BACKUP_WEEKLY=$(printf '%q' "${YANGHU_BACKUP_WEEKLY:-4}")
$(first_server || printf 'export YANGHU_PORT_BASE=%q YANGHU_DOMAIN=%q YANGHU_DB_PORT=%q' "$PORT_BASE" "$DOMAIN" "$DB_PORT_EMBEDDED")
exec >>$(printf '%q' "$BACKUP_DIR/backup.log") 2>&1
echo "== \$(date -Is) daily backup"
exec $(printf '%q' "$ROOT/run.sh") backup
SCRIPT
        chmod 700 "$script"
    fi
    domain_snapshot
    if [ "$(setting "$key")" != "$script" ]; then
        if [ -n "$script" ]; then
            asadmin create-system-properties --target "$target" "yanghu.backup.command=$(asadmin_escape "$script")" >/dev/null
        else
            asadmin delete-system-property --target "$target" yanghu.backup.command >/dev/null 2>&1 || true
        fi
    fi
}

backup() {
    if [ -n "${YANGHU_DB_URL:-}" ]; then
        cat <<TXT
The database is external ($YANGHU_DB_URL): its backups are the DBA's, not this script's.
What Yanghu needs from them (README, "Backups and restore"): WAL archiving (archive_mode = on,
an archive_command to storage off the database host), a daily base backup (pg_basebackup of
the server's own version, or the bureau's tooling such as pgBackRest or Barman), 7 daily and 4
weekly backups kept, and a restore drill (bench/restore-drill.sh) after each change of tooling.
TXT
        return 0
    fi
    need_java
    db_start "$DATA" "$DB_PORT_EMBEDDED" "$BACKUP_DIR"
    db_backup "$DATA" "$DB_PORT_EMBEDDED" "$BACKUP_DIR"
}

restore() {
    local to=""
    while [ $# -gt 0 ]; do
        case "$1" in
            --to) [ $# -ge 2 ] || die "--to needs a time, e.g. --to \"2026-12-05 14:30:00+08\""; to=$2; shift 2 ;;
            *) die "restore takes only --to \"TIME\" (got $1)" ;;
        esac
    done
    [ -z "${YANGHU_DB_URL:-}" ] || die "the database is external ($YANGHU_DB_URL): restore it with the DBA's tooling (README, \"Backups and restore\")"
    if domain_running "$DOMAIN" || { first_server && curl -s -o /dev/null "http://localhost:${CLUSTER_HTTP_PORTS[0]}/" ; }; then
        die "the application is running (Payara domain $DOMAIN): a restore replaces the database under it. Stop it first: $RUN_SH stop"
    fi
    need_java
    if first_server && [ -f "$STANDBY_DATA/PG_VERSION" ]; then
        # it follows the history the restore leaves behind: the next ./run.sh cluster makes a new one
        db_stop "$STANDBY_DATA"
        say "Removing the standby ($STANDBY_DATA): it follows the history the restore leaves behind"
        rm -rf "$STANDBY_DATA" "$STANDBY_DATA.password"
    fi
    db_restore "$DATA" "$DB_PORT_EMBEDDED" "$BACKUP_DIR" "$to"
    echo "Start the application again with: $RUN_SH"
}

# The standby of the group's database: a base backup of the primary that replays its WAL as it
# is written (streaming replication; the WAL archive when it falls behind), readable meanwhile.
standby_start() {
    if [ -f "$STANDBY_DATA/PG_VERSION" ] && [ ! -f "$STANDBY_DATA/standby.signal" ]; then
        # the primary before a promote, or a standby left by a restore: never a second primary
        db_stop "$STANDBY_DATA"
        local aside; aside="$STANDBY_DATA.former-$(date +%Y%m%dT%H%M%S)"
        say "$STANDBY_DATA is no standby (a former primary?): kept aside as $aside; a new standby is made"
        mv "$STANDBY_DATA" "$aside"
    fi
    if [ ! -f "$STANDBY_DATA/PG_VERSION" ]; then
        say "Making the standby in $STANDBY_DATA from a base backup of the primary"
        mkdir -p "$(dirname "$STANDBY_DATA")"
        PGPASSWORD=$(cat "$DATA.password") java -cp "$(postgres_driver)" "$ROOT/scripts/BaseBackup.java" \
            "jdbc:postgresql://127.0.0.1:$DB_PORT_EMBEDDED/$DB_NAME" "$DB_USER" "$DATA" "$STANDBY_DATA.new" \
            || { rm -rf "$STANDBY_DATA.new"; die "the standby's base backup failed (above)"; }
        rm -f "$STANDBY_DATA.new/yanghu-backup.properties"
        chmod 700 "$STANDBY_DATA.new"
        mv "$STANDBY_DATA.new" "$STANDBY_DATA"
        cp -p "$DATA.password" "$STANDBY_DATA.password"
        {
            echo "# written by ./run.sh cluster: this server follows the primary (README, \"A standby\")"
            echo "primary_conninfo = 'host=127.0.0.1 port=$DB_PORT_EMBEDDED user=$DB_USER password=$(cat "$DATA.password") application_name=yanghu_standby'"
            echo "restore_command = 'test -f \"$BACKUP_DIR/wal/%f.gz\" && gunzip -c \"$BACKUP_DIR/wal/%f.gz\" > \"%p\"'"
            echo "hot_standby = on"
        } > "$STANDBY_DATA/yanghu-standby.conf"
        chmod 600 "$STANDBY_DATA/yanghu-standby.conf"
        echo "include_if_exists = 'yanghu-standby.conf'" >> "$STANDBY_DATA/postgresql.conf"
        touch "$STANDBY_DATA/standby.signal"
    fi
    if ! db_running "$STANDBY_DATA"; then
        say "Starting the standby on port $STANDBY_PORT"
        pg pg_ctl -D "$STANDBY_DATA" -o "-p $STANDBY_PORT" -l "$STANDBY_DATA.log" -w -t 120 start >/dev/null \
            || die "the standby did not start, see $STANDBY_DATA.log"
    fi
}

# Failover to the standby: the primary is stopped (two primaries must never both take writes),
# the standby promoted, and the group's pool pointed at it, its instances restarted one at a time.
promote() {
    first_server && [ -z "${YANGHU_DB_URL:-}" ] \
        || die "promote acts on the embedded database of ./run.sh cluster; an external database's failover is its DBA's"
    [ -f "$STANDBY_DATA/standby.signal" ] && db_running "$STANDBY_DATA" \
        || die "no standby is running ($STANDBY_DATA): ./run.sh cluster starts one"
    local t0=$SECONDS
    db_stop "$DATA"
    say "Promoting the standby ($STANDBY_DATA, port $STANDBY_PORT)"
    pg pg_ctl -D "$STANDBY_DATA" -w -t 60 promote >/dev/null || die "the standby was not promoted, see $STANDBY_DATA.log"
    sed -i '/yanghu-standby.conf/d' "$STANDBY_DATA/postgresql.conf"
    rm -f "$STANDBY_DATA/yanghu-standby.conf"
    if [ "$STANDBY_DATA" = "$RUNTIME/standby/pgdata" ]; then echo standby; else echo pgdata; fi > "$RUNTIME/primary"
    if domain_running "$DOMAIN"; then
        asadmin set "resources.jdbc-connection-pool.yanghu-pool.property.portNumber=$STANDBY_PORT" >/dev/null
        # the read pool pointed at the standby, now the primary: it stays (no standby until the next ./run.sh cluster)
        asadmin set "resources.jdbc-connection-pool.yanghu-read-pool.property.portNumber=$STANDBY_PORT" >/dev/null
        # a running instance keeps the pool it made at its start (the drill showed it waiting on the
        # old port): each is restarted in turn, and nginx sends the other's requests meanwhile
        if cluster_exists; then cluster_rolling_restart; fi
    fi
    echo "    promoted in $((SECONDS - t0)) s: the primary is $STANDBY_DATA (port $STANDBY_PORT); ./run.sh cluster makes a new standby"
}

stop() {
    if first_server; then cluster_stop; fi
    stop_server
    if first_server; then db_stop "$STANDBY_DATA"; fi
    db_stop "$DATA"
    if first_server; then bench_databases db_stop; fi # ./bench.sh's, when it ran (any scale)
}

# bench_databases COMMAND: COMMAND DATA-DIRECTORY for each of ./bench.sh's databases (one per BENCH_SCALE)
bench_databases() {
    local data
    for data in "$RUNTIME"/bench/pgdata "$RUNTIME"/bench/pgdata-x*; do
        if [ -f "$data/PG_VERSION" ]; then "$1" "$data"; fi
    done
}

bench_status() { if db_running "$1"; then echo "PostgreSQL of ./bench.sh: running ($1)"; fi; }

status() {
    if [ ! -x "$PAYARA_HOME/bin/asadmin" ]; then
        echo "Payara: not installed"
    elif domain_running "$DOMAIN"; then
        echo "Payara: domain $DOMAIN running, http://localhost:$HTTP_PORT/ (administration port $ADMIN_PORT)"
        if first_server && cluster_exists; then asadmin list-instances 2>/dev/null || true; fi
    else
        echo "Payara: domain $DOMAIN not running"
    fi
    if first_server && [ -f "$NGINX_DIR/nginx.pid" ]; then echo "nginx: running (port $BALANCER_PORT)"; fi
    if db_running "$DATA"; then echo "PostgreSQL: running ($DATA)"; else echo "PostgreSQL: not running ($DATA)"; fi
    if first_server && db_running "$STANDBY_DATA"; then echo "PostgreSQL standby: running ($STANDBY_DATA, port $STANDBY_PORT)"; fi
    local last; last=$(ls -1 "$BACKUP_DIR/base" 2>/dev/null | grep -E '^[0-9]{8}T[0-9]{6}Z$' | sort | tail -n1 || true)
    if [ -n "$last" ]; then echo "Backups: $(ls -1 "$BACKUP_DIR/base" | grep -cE '^[0-9]{8}T[0-9]{6}Z$') in $BACKUP_DIR/base, the newest $last"; fi
    if first_server; then bench_databases bench_status; fi
}

case "${1:-start}" in
    start) start ;;
    cluster) cluster ;;
    rolling-restart) first_server && cluster_exists || die "no deployment group: ./run.sh cluster"; cluster_rolling_restart ;;
    stop) stop ;;
    status) status ;;
    backup) backup ;;
    restore) shift; restore "$@" ;;
    promote) promote ;;
    *) echo "usage: $0 [start|cluster|rolling-restart|stop|status|backup|restore [--to TIME]|promote]" >&2; exit 2 ;;
esac
