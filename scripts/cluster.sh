# Yanghu on a Payara deployment group behind nginx, on this one machine: the layout the bureau
# runs on several hosts. Sourced by run.sh (after lib.sh) for `./run.sh cluster`; functions only.
#
#   nginx :8000 ──► instance yanghu-1 :18180 ─┐  sessions replicated in the data grid
#               └─► instance yanghu-2 :18280 ─┤  (Hazelcast), one JDBC pool per instance
#   DAS domain1 (admin :4848, no application) ┘──► PostgreSQL
#
# The instances share one configuration (yanghu-config), so a setting is made once for both.

CLUSTER_CONFIG=yanghu-config
CLUSTER_GROUP=yanghu-group
CLUSTER_INSTANCES=(yanghu-1 yanghu-2)
CLUSTER_PORTBASES=(18100 18200)            # HTTP at portbase + 80, HTTPS + 81, admin + 48
CLUSTER_HTTP_PORTS=(18180 18280)
BALANCER_PORT=${YANGHU_BALANCER_PORT:-8000}
NGINX_DIR="$RUNTIME/nginx"

cluster_exists() { asadmin list-deployment-groups 2>/dev/null | grep -qE "^\s*$CLUSTER_GROUP\s*$"; }

# cluster_configure DEMO: the shared configuration, the group, its instances, the JDBC resource.
cluster_configure() {
    local demo=$1 history=${2:-false}
    if ! asadmin list-configs 2>/dev/null | grep -qx "$CLUSTER_CONFIG"; then
        say "Creating the shared configuration $CLUSTER_CONFIG"
        asadmin copy-config default-config "$CLUSTER_CONFIG" >/dev/null
    fi
    local c="configs.config.$CLUSTER_CONFIG" listener
    asadmin set "$c.security-service.activate-default-principal-to-role-mapping=true" >/dev/null
    for listener in http-listener-1 http-listener-2; do
        asadmin set "$c.network-config.protocols.protocol.$listener.http.cookie-same-site-enabled=true" \
            "$c.network-config.protocols.protocol.$listener.http.cookie-same-site-value=Strict" \
            "$c.network-config.protocols.protocol.$listener.http.xpowered-by=false" \
            "$c.network-config.protocols.protocol.$listener.http.server-header=false" >/dev/null
    done
    # the instances' listeners behind the guard too (scripts/lib.sh; the DAS's are by configure_domain).
    # Its jar reaches an instance with the domain's lib/ when the instance starts: a change made
    # while they run (or a new jar) takes effect at their next start (./run.sh rolling-restart)
    domain_snapshot
    guard_listeners "$CLUSTER_CONFIG" http-listener-1 http-listener-2 admin-listener
    # the instances open only what users must reach, as the DAS (scripts/lib.sh, configure_domain)
    local closed; mapfile -t closed < <(closed_ports_settings "$CLUSTER_CONFIG")
    set_changed "${closed[@]}"
    data_grid_private "$CLUSTER_CONFIG" || true
    # sessions (and the JSF views kept in them) live in the data grid: another instance carries on
    asadmin set "$c.availability-service.availability-enabled=true" \
        "$c.availability-service.web-container-availability.availability-enabled=true" \
        "$c.availability-service.web-container-availability.persistence-type=hazelcast" >/dev/null
    # one API document: the application's own /openapi (Payara's generated one differs from it)
    asadmin set-openapi-configuration --enabled=false --target "$CLUSTER_CONFIG" >/dev/null
    asadmin create-system-properties --target "$CLUSTER_CONFIG" "yanghu.demo=$demo:yanghu.demo.history=$history" >/dev/null
    # the instances are reached through this host's nginx only: its X-Forwarded-For names the client (TrustedProxies)
    asadmin create-system-properties --target "$CLUSTER_CONFIG" "yanghu.trusted-proxies=127.0.0.1" >/dev/null
    if ! cluster_exists; then
        say "Creating the deployment group $CLUSTER_GROUP"
        asadmin create-deployment-group "$CLUSTER_GROUP" >/dev/null
    fi
    local i name
    for i in "${!CLUSTER_INSTANCES[@]}"; do
        name=${CLUSTER_INSTANCES[$i]}
        if ! asadmin list-instances 2>/dev/null | grep -q "^$name\b"; then
            say "Creating the instance $name (HTTP ${CLUSTER_HTTP_PORTS[$i]})"
            asadmin create-instance --node localhost-domain1 --config "$CLUSTER_CONFIG" \
                --portbase "${CLUSTER_PORTBASES[$i]}" "$name" >/dev/null
            asadmin add-instance-to-deployment-group --instance "$name" --deploymentgroup "$CLUSTER_GROUP" >/dev/null
        fi
    done
    # the pools, jdbc/yanghu and jdbc/yanghu-read, were made on the DAS by configure_datasource; the group uses them too
    asadmin create-resource-ref --target "$CLUSTER_GROUP" jdbc/yanghu >/dev/null 2>&1 || true
    asadmin create-resource-ref --target "$CLUSTER_GROUP" jdbc/yanghu-read >/dev/null 2>&1 || true
    # the server log of the instances (scripts/lib.sh), through the first: their shared configuration's
    configure_logging "${CLUSTER_INSTANCES[0]}"
}

# The instances nginx may send requests to, one file it includes: an instance being stopped or
# started is marked down first and up again once it is ready (nginx_mark), so no request meets
# an application that is unloading (500) or still loading (404). A crash still reaches nginx as a
# refused connection, which it hands to the other instance whatever the method.
nginx_upstreams() {
    local i port down
    for i in "${!CLUSTER_HTTP_PORTS[@]}"; do
        port=${CLUSTER_HTTP_PORTS[$i]}
        down=""
        [ -f "$NGINX_DIR/down/${CLUSTER_INSTANCES[$i]}" ] && down=" down"
        echo "server 127.0.0.1:$port max_fails=0$down;"
    done > "$NGINX_DIR/upstreams.conf.new"
    mv -f "$NGINX_DIR/upstreams.conf.new" "$NGINX_DIR/upstreams.conf"
}

# nginx_mark INSTANCE up|down: and nginx reloads (its workers finish what they serve).
nginx_mark() {
    mkdir -p "$NGINX_DIR/down"
    if [ "$2" = down ]; then touch "$NGINX_DIR/down/$1"; else rm -f "$NGINX_DIR/down/$1"; fi
    nginx_upstreams
    if [ -f "$NGINX_DIR/nginx.pid" ] && kill -0 "$(cat "$NGINX_DIR/nginx.pid")" 2>/dev/null; then
        kill -HUP "$(cat "$NGINX_DIR/nginx.pid")"
        sleep 0.5 # the new workers take over
    fi
}

# nginx_drain: after a reload, waits (at most 30 s) until nginx's old workers have finished the
# requests they were serving, so an instance marked down is stopped only once nothing is in flight
# to it (the promote drill's 500s and 502s were requests still running when their instance stopped).
nginx_drain() {
    local waited=0
    while pgrep -f "nginx: worker process is shutting down" >/dev/null 2>&1 && [ "$waited" -lt 300 ]; do
        sleep 0.1
        waited=$((waited + 1))
    done
}

nginx_start() {
    mkdir -p "$NGINX_DIR/logs" "$NGINX_DIR/temp"
    rm -rf "$NGINX_DIR/down"
    nginx_upstreams
    cat > "$NGINX_DIR/nginx.conf" <<CONF
# written by ./run.sh cluster
worker_processes 1;
pid $NGINX_DIR/nginx.pid;
error_log $NGINX_DIR/logs/error.log warn;
events { worker_connections 1024; }
http {
    # the last field says which instance answered (both, when the first failed and the second answered)
    log_format upstream '\$remote_addr [\$time_local] "\$request" \$status \$request_time \$upstream_addr';
    access_log $NGINX_DIR/logs/access.log upstream;
    client_body_temp_path $NGINX_DIR/temp/body;
    proxy_temp_path $NGINX_DIR/temp/proxy;
    fastcgi_temp_path $NGINX_DIR/temp/fastcgi;
    uwsgi_temp_path $NGINX_DIR/temp/uwsgi;
    scgi_temp_path $NGINX_DIR/temp/scgi;
    server_tokens off;
    # a session stays on its instance while it lives (fewer grid reads), and goes to the other,
    # which finds it in the grid, when its instance is gone; requests without a session (the
    # API's, with their tokens) spread over both
    map \$cookie_JSESSIONID \$balance_key {
        ""      \$request_id;
        default \$cookie_JSESSIONID;
    }
    upstream yanghu {
        hash \$balance_key consistent;
        # never marked down: a refused connection costs little, and each request tries the other
        # instance next (marking both down after a failure each made nginx refuse everything)
        include $NGINX_DIR/upstreams.conf;
    }
    server {
        listen 127.0.0.1:$BALANCER_PORT;
        client_max_body_size 8m;
        # the live notifications: each event passes at once (no buffering); the server sends a
        # comment every 20 s, well inside the read timeout
        location ~ ^/(live/notifications|api/v1/notifications/stream)\$ {
            proxy_pass http://yanghu;
            proxy_set_header Host \$http_host;
            proxy_set_header X-Forwarded-For \$remote_addr;
            proxy_set_header X-Forwarded-Proto \$scheme;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_buffering off;
            proxy_connect_timeout 2s;
            proxy_read_timeout 60s;
        }
        location / {
            # a request with an Idempotency-Key may be sent again (below)
            error_page 418 = @keyed;
            if (\$http_idempotency_key != "") { return 418; }
            proxy_pass http://yanghu;
            proxy_set_header Host \$http_host;
            proxy_set_header X-Forwarded-For \$remote_addr;
            proxy_set_header X-Forwarded-Proto \$scheme;
            proxy_connect_timeout 2s;
            proxy_read_timeout 60s;
            # an instance that is stopping (500, 503) or still loading (404) hands an idempotent
            # request to the other; a POST that reached an instance is never sent twice
            proxy_next_upstream error timeout http_500 http_502 http_503 http_504 http_404;
            proxy_next_upstream_tries 2;
        }
        # A POST with an Idempotency-Key goes to the other instance too when the first fails or
        # answers 5xx/404: the application stores it once and answers a replay with the stored
        # result, whichever instance gets it (the key lives in PostgreSQL)
        location @keyed {
            proxy_pass http://yanghu;
            proxy_set_header Host \$http_host;
            proxy_set_header X-Forwarded-For \$remote_addr;
            proxy_set_header X-Forwarded-Proto \$scheme;
            proxy_connect_timeout 2s;
            proxy_read_timeout 60s;
            proxy_next_upstream error timeout http_500 http_502 http_503 http_504 http_404 non_idempotent;
            proxy_next_upstream_tries 2;
        }
    }
}
CONF
    nginx_stop
    say "Starting nginx on port $BALANCER_PORT"
    nginx -p "$NGINX_DIR" -c "$NGINX_DIR/nginx.conf" -e "$NGINX_DIR/logs/error.log" \
        || die "nginx did not start; see $NGINX_DIR/logs/error.log"
}

nginx_stop() {
    if [ -f "$NGINX_DIR/nginx.pid" ] && kill -0 "$(cat "$NGINX_DIR/nginx.pid")" 2>/dev/null; then
        say "Stopping nginx"
        kill -QUIT "$(cat "$NGINX_DIR/nginx.pid")" 2>/dev/null || true
        for _ in $(seq 1 20); do [ -f "$NGINX_DIR/nginx.pid" ] || break; sleep 0.25; done
    fi
}

# cluster_deploy: the EAR to the group (replaced when there), then waits for both instances.
cluster_deploy() {
    say "Starting the deployment group $CLUSTER_GROUP"
    asadmin start-deployment-group "$CLUSTER_GROUP" >/dev/null || die "the deployment group did not start; see the instances' server.log"
    if asadmin list-applications "$CLUSTER_GROUP" 2>/dev/null | grep -q "^yanghu "; then
        # left by an interrupted run; as on the single server, a deployment over it stays broken
        asadmin undeploy --target "$CLUSTER_GROUP" yanghu >/dev/null 2>&1 || true
    fi
    say "Deploying the application to $CLUSTER_GROUP"
    asadmin deploy --force=true --name yanghu --contextroot / --target "$CLUSTER_GROUP" --availabilityenabled=true \
        "$(ear_file)" >/dev/null || die "deployment failed; see $(cluster_log yanghu-1)"
    local port
    for port in "${CLUSTER_HTTP_PORTS[@]}"; do
        wait_for_http "http://localhost:$port/login.xhtml" 120 || die "the instance on port $port did not become ready"
    done
}

cluster_log() { echo "$PAYARA_HOME/glassfish/nodes/localhost-domain1/$1/logs/server.log"; }

# cluster_instance_on PORT: the instance whose HTTP listener is PORT.
cluster_instance_on() {
    local i
    for i in "${!CLUSTER_HTTP_PORTS[@]}"; do
        [ "${CLUSTER_HTTP_PORTS[$i]}" = "$1" ] && { echo "${CLUSTER_INSTANCES[$i]}"; return 0; }
    done
    die "no instance listens on port $1"
}

# cluster_kill INSTANCE: kill -9, as a crash or a pulled plug would.
cluster_kill() {
    local pidfile="$PAYARA_HOME/glassfish/nodes/localhost-domain1/$1/config/pid"
    [ -f "$pidfile" ] || die "$1 is not running (no $pidfile)"
    say "kill -9 $1 (pid $(cat "$pidfile"))"
    kill -9 "$(cat "$pidfile")"
}

# cluster_restart INSTANCE: starts it again and waits until it serves.
cluster_restart() {
    local i port
    nginx_mark "$1" down
    # should the instance's copy of its configuration lack files (its keystores were gone once
    # after a restart), the normal synchronisation finds it "already synchronized" and the start
    # fails asking for the master password: then a full one from the DAS
    asadmin start-instance "$1" >/dev/null 2>&1 || asadmin start-instance --sync full "$1" >/dev/null \
        || die "$1 did not start; see $(cluster_log "$1")"
    for i in "${!CLUSTER_INSTANCES[@]}"; do [ "${CLUSTER_INSTANCES[$i]}" = "$1" ] && port=${CLUSTER_HTTP_PORTS[$i]}; done
    wait_for_http "http://localhost:$port/health/ready" 120 || die "$1 did not serve again"
    nginx_mark "$1" up
}

cluster_stop() {
    nginx_stop
    [ -x "$PAYARA_HOME/bin/asadmin" ] || return 0
    if asadmin list-domains 2>/dev/null | grep -q "^domain1 running" && cluster_exists; then
        # the application is deployed afresh at each start (see cluster_deploy)
        asadmin undeploy --target "$CLUSTER_GROUP" yanghu >/dev/null 2>&1 || true
        say "Stopping the deployment group $CLUSTER_GROUP"
        # a member killed by hand would make this wait 10 minutes without the timeout
        asadmin stop-deployment-group --instancetimeout 20 "$CLUSTER_GROUP" >/dev/null 2>&1 || true
    fi
}

# cluster_rolling_restart: one instance at a time, the next only once the previous serves
# again. Payara's own `restart-deployment-group --rolling` moves on as soon as an instance's JVM
# is up, while the application is still loading (404): with both loading, nginx has nowhere to go.
cluster_rolling_restart() {
    local name
    for name in "${CLUSTER_INSTANCES[@]}"; do
        say "Restarting $name"
        nginx_mark "$name" down
        nginx_drain
        asadmin stop-instance "$name" >/dev/null || die "$name did not stop"
        cluster_restart "$name"
    done
}
