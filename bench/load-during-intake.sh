#!/usr/bin/env bash
# The bench data load while the application registers cases, with ./bench.sh's server running:
# INTAKE_CLIENTS (2) clients sign in as officer1 and register cases through the API in a loop
# (POST /api/v1/fraud-cases) while bench/generate-fraud-data.sh writes CASES cases into the same
# database. Passes when the load and every registration succeeded, no case number was handed out
# twice or beyond its counter, and PostgreSQL logged no deadlock. Prints the load's batch times
# (first, last, slowest) and the registrations' latency; figures in bench/results/load-during-intake.txt.
#   bench/load-during-intake.sh [CASES]      default 150,000 (about a minute per 100,000 here)
source "$(dirname "$0")/lib.sh"
CASES=${1:-150000}
CLIENTS=${INTAKE_CLIENTS:-2}
# the load goes where the server writes, which must not be ./run.sh's demo database
[ -n "${YANGHU_DB_URL:-}" ] || [ "$DB_HOST:$DB_PORT" = "127.0.0.1:$BENCH_DB_PORT" ] \
    || die "the server runs on $DB_HOST:$DB_PORT, not on the bench database: start ./bench.sh first"
officer=$(token officer1); [ -n "$officer" ] || die "cannot log in as officer1: is ./bench.sh's server running (demo accounts)?"
if [ "$DB_HOST:$DB_PORT" = "127.0.0.1:$BENCH_DB_PORT" ]; then PGLOG="$BENCH_DATA.log"; else PGLOG="$RUNTIME/pgdata.log"; fi
[ -f "$PGLOG" ] || PGLOG=
deadlocks_before=$( [ -n "$PGLOG" ] && grep -c "deadlock detected" "$PGLOG" || true)
REPORT="$OUT/load-during-intake.txt"
: > "$REPORT"
report() { tee -a "$REPORT"; }

register() { # one client: registrations until the file $1 disappears; prints status and seconds of each
    local now body
    while [ -f "$1" ]; do
        now=$(TZ=Asia/Shanghai date -d '-1 min' +%Y-%m-%dT%H:%M:%S+08:00)
        body='{"fraudType":"FAKE_INVESTMENT","reportedAt":"'$now'","narrative":"受害人被拉入投资群，按指示转账后无法提现（并发登记）。",'
        body+='"victims":[{"name":"张某","idNumber":"11010519491231002X","phone":"13812345678","age":58}],'
        body+='"transfers":[{"time":"'$now'","amount":"1200.10","channel":"BANK_CARD","toAccount":"6222021234567890","toBank":"某商业银行"}],'
        body+='"identifiers":[{"type":"PHONE","value":"1995550'$((RANDOM % 10000))'"}]}'
        curl -s -o /dev/null -w '%{http_code} %{time_total}\n' --max-time 120 -H "Authorization: Bearer $officer" \
            -H 'Content-Type: application/json' -d "$body" "$BASE/api/v1/fraud-cases" || true
    done
}

say "Registering cases as officer1 ($CLIENTS clients) while $CASES bench cases are loaded into $DB_HOST:$DB_PORT/$DB_DATABASE"
running="$OUT/.registering"; touch "$running"
for c in $(seq "$CLIENTS"); do register "$running" > "$OUT/.registered-$c" & done
sleep 2
loaded=0
YANGHU_DB_URL="jdbc:postgresql://$DB_HOST:$DB_PORT/$DB_DATABASE" YANGHU_DB_USER=$DB_LOGIN YANGHU_DB_PASSWORD=$DB_PASSWORD \
    "$ROOT/bench/generate-fraud-data.sh" "$CASES" 2>&1 | tee "$OUT/.load" || loaded=$?
sleep 2; rm -f "$running"; wait
registered=$(cat "$OUT"/.registered-* | awk '$1 == "201" {n++} END {print n + 0}')
refused=$(cat "$OUT"/.registered-* | awk 'NF && $1 != "201" {n++} END {print n + 0}')
latency=$(cat "$OUT"/.registered-* | awk '$1 == "201" {print $2 * 1000}' | sort -n \
    | awk '{a[NR] = $1} END {i = int(NR * 0.99); if (i < 1) i = 1; if (NR) printf "p50 %.0f ms, p99 %.0f ms, max %.0f ms", a[int((NR + 1) / 2)], a[i], a[NR]}')
twice=$(tool Scalar "SELECT count(*) FROM (SELECT case_number FROM fraud_case GROUP BY 1 HAVING count(*) > 1) d")
beyond=$(tool Scalar "SELECT count(*) FROM fraud_case c JOIN station s ON s.id = c.station_id JOIN case_number_counter n
    ON n.station_id = c.station_id AND n.year = split_part(c.case_number, '-', 2)::int WHERE split_part(c.case_number, '-', 3)::int > n.last_value")
deadlocks=$( [ -n "$PGLOG" ] && grep -c "deadlock detected" "$PGLOG" || true)
deadlocks=$(( ${deadlocks:-0} - ${deadlocks_before:-0} ))
{
    echo -e "bench cases loaded\t$CASES (generator exit status $loaded)"
    grep -E '^(batches|each batch|[0-9,]+ cases)' "$OUT/.load" | sed 's/^/load: /'
    echo -e "cases registered through the API meanwhile\t$registered ($latency)"
    echo -e "registrations refused or failed\t$refused"
    echo -e "case numbers handed out twice\t$twice"
    echo -e "case numbers beyond their counter\t$beyond"
    echo -e "deadlocks in the PostgreSQL log\t$( [ -n "$PGLOG" ] && echo "$deadlocks" || echo "not checked (external database)")"
} | report
rm -f "$OUT"/.registered-* "$OUT/.load"
[ "$loaded" = 0 ] && [ "$registered" -gt 0 ] && [ "$refused" = 0 ] && [ "$twice" = 0 ] && [ "$beyond" = 0 ] && [ "$deadlocks" -le 0 ] \
    && say "Passed" || die "the drill failed: see above and $REPORT"
