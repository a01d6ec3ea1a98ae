#!/usr/bin/env bash
# What the integration and browser tests run on: a PostgreSQL and a Payara domain of their
# own (ports 28xxx), beside ./run.sh's server. Called by the ear module's build
# (pre- and post-integration-test) and by test.sh.
#   scripts/test-server.sh start|stop
#   scripts/test-server.sh start-early   starts it in the background (test.sh, before Maven
#       compiles): the build's "start" then waits for that start instead of starting anew
source "$(dirname "$0")/lib.sh"

DOMAIN=yanghu-test
PORT_BASE=28000
ADMIN_PORT=28048
HTTP_PORT=28080
HTTPS_PORT=28081 # Payara's http-listener-2 (port base + 81), with the domain's own certificate
MANAGEMENT_PORT=28090
TEST_DIR="$RUNTIME/test"
DATA="$TEST_DIR/pgdata"
DB_PORT_EMBEDDED=55433
# The SMS gateway of the test server: SmsOutboxIT listens here while it runs (a small HTTP server
# of its own); the rest of the time nobody does, and messages are retried later, which no other
# test minds.
SMS_URL=http://127.0.0.1:28199/sms
SMS_TOKEN=it-sms-token

start() {
    need_java
    ensure_payara
    mkdir -p "$TEST_DIR"
    if [ -n "${YANGHU_DB_URL:-}" ]; then
        db_settings
    else
        # a fresh database for every run
        db_stop "$DATA"
        rm -rf "$DATA" "$DATA.password"
        db_start "$DATA" "$DB_PORT_EMBEDDED"
        db_settings "$DATA" "$DB_PORT_EMBEDDED"
    fi
    if [ ! -d "$PAYARA_HOME/glassfish/domains/$DOMAIN" ]; then
        say "Creating the test domain $DOMAIN (ports ${PORT_BASE}+)"
        asadmin create-domain --portbase "$PORT_BASE" --nopassword=true "$DOMAIN" >/dev/null
    fi
    domain_start "$DOMAIN" "$HTTP_PORT" "$ADMIN_PORT"
    # its own data grid cluster, so it never joins ./run.sh's server
    asadmin set-hazelcast-configuration --clustername "$DOMAIN" --dasport 29900 --startport 29910 >/dev/null 2>&1 || true
    configure_domain "$MANAGEMENT_PORT"
    # the listener changes above restart http-listener-1 in place; a deployment racing that
    # restart can leave the listener without its handler (connection refused on 28080), so
    # the tests get a domain restarted with its final configuration
    say "Restarting Payara Server with its configuration"
    asadmin restart-domain "$DOMAIN" >/dev/null || die "Payara did not restart; see $PAYARA_HOME/glassfish/domains/$DOMAIN/logs/server.log"
    # left over by an interrupted run: the tests deploy their own
    asadmin undeploy yanghu >/dev/null 2>&1 || true
    configure_datasource
    # the tests use the demo accounts as fixtures and create the rest themselves; the year of
    # generated history stays off (YANGHU_TEST_DEMO_HISTORY=true loads it, to try the suite on it)
    set_demo true "${YANGHU_TEST_DEMO_HISTORY:-false}"
    set_sms_gateway
    cat > "$TEST_DIR/env.properties" <<PROPS
baseUrl=http://localhost:$HTTP_PORT/
httpsUrl=https://localhost:$HTTPS_PORT/
managementUrl=http://localhost:$MANAGEMENT_PORT/
adminUrl=http://localhost:$ADMIN_PORT/
db.url=jdbc:postgresql://$DB_HOST:$DB_PORT/$DB_DATABASE
db.user=$DB_LOGIN
db.password=$DB_PASSWORD
serverLog=$PAYARA_HOME/glassfish/domains/$DOMAIN/logs/server.log
PROPS
    chmod 600 "$TEST_DIR/env.properties"
}

# The HTTP gateway's settings as system properties of the domain (the application reads them at
# each message); a change takes effect without a restart.
set_sms_gateway() {
    local p=servers.server.server.system-property
    if [ "$(setting "$p.yanghu.sms.url.value")" != "$SMS_URL" ] || [ "$(setting "$p.yanghu.sms.token.value")" != "$SMS_TOKEN" ]; then
        asadmin create-system-properties "yanghu.sms.url=$(asadmin_escape "$SMS_URL"):yanghu.sms.token=$SMS_TOKEN:yanghu.sms.connect.timeout=2:yanghu.sms.timeout=5" >/dev/null
    fi
}

# A start in the background, while Maven compiles: PostgreSQL and Payara take half a minute
# to come up, and most of it is waiting, not computing.
EARLY="$TEST_DIR/early-start"

start_early() {
    mkdir -p "$TEST_DIR"
    rm -f "$EARLY".*
    ( bash "$0" start-now > "$EARLY.log" 2>&1; echo $? > "$EARLY.status" ) &
    echo $! > "$EARLY.pid"
}

# Waits for a background start; false when there was none.
await_early_start() {
    [ -f "$EARLY.pid" ] || return 1
    local pid
    pid=$(cat "$EARLY.pid")
    rm -f "$EARLY.pid"
    while kill -0 "$pid" 2>/dev/null; do sleep 1; done
    return 0
}

start_or_await() {
    if await_early_start; then
        cat "$EARLY.log"
        [ "$(cat "$EARLY.status" 2>/dev/null)" = 0 ] || die "the test server did not start (above)"
    else
        start
    fi
}

stop() {
    await_early_start || true # never leave a start running behind a stop
    rm -f "$EARLY".*
    domain_stop "$DOMAIN"
    # the server's log beside the test reports, where a failing test sends its reader
    local logs="$PAYARA_HOME/glassfish/domains/$DOMAIN/logs"
    if [ -d "$logs" ] && [ -d "$ROOT/ear/target" ]; then
        mkdir -p "$ROOT/ear/target/server-logs"
        cp "$logs"/server.log* "$ROOT/ear/target/server-logs/" 2>/dev/null || true
    fi
    [ -n "${YANGHU_DB_URL:-}" ] || db_stop "$DATA"
}

case "${1:-}" in
    start) start_or_await ;;
    start-early) start_early ;;
    start-now) start ;;
    stop) stop ;;
    *) echo "usage: $0 start|start-early|stop" >&2; exit 2 ;;
esac
