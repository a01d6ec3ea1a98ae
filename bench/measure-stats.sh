#!/usr/bin/env bash
# P3: the supervisors' statistics on bench data (bench/generate-fraud-data.sh) with ./run.sh's server:
#   - the dashboard page itself for a full year so far (signed in through the login form; the
#     whole render: the figures, the menus, the tables and the charts' data), for the bureau
#     (supervisor1) and one station (head1), and for comparison the home page;
#   - the same figures through the API: the 7 requests of the dashboard's figures (fraud by
#     month, type and station, the previous period, warnings, patrol, liaison) summed per round;
#   - the monthly bureau report of last month, xlsx and pdf;
#   - the raw baseline: the year's fraud figures as one plain SQL aggregate over fraud_case.
# Times are curl's total on loopback (server time plus a fraction of a millisecond).
# Writes bench/results/p3.md.
source "$(dirname "$0")/../scripts/lib.sh"
need_java
need_debian_packages "the measurements" curl:curl
BASE=${BENCH_BASE:-http://localhost:8080}
ROUNDS=${BENCH_ROUNDS:-20}
OUT="$ROOT/bench/results"; mkdir -p "$OUT"
db_settings "$RUNTIME/pgdata" "${YANGHU_DB_PORT:-55432}"
token() {
    curl -fsS -X POST -H 'Content-Type: application/json' -d "{\"username\":\"$1\",\"password\":\"${BENCH_PASSWORD:-Yanghu-demo-2026}\"}" \
        "$BASE/api/v1/auth/token" | sed -n 's/.*"token":"\([^"]*\)".*/\1/p'
}
BUREAU=$(token supervisor1); STATION=$(token head1)
[ -n "$BUREAU" ] && [ -n "$STATION" ] || die "cannot log in: is ./run.sh running with demo accounts?"

TODAY=$(TZ=Asia/Shanghai date +%F)
FROM=$(TZ=Asia/Shanghai date +%Y)-01-01
DAYS=$(( ( $(date -d "$TODAY" +%s) - $(date -d "$FROM" +%s) ) / 86400 + 1 ))
PREV_TO=$(date -d "$FROM - 1 day" +%F); PREV_FROM=$(date -d "$FROM - $DAYS days" +%F)
MONTH=$(TZ=Asia/Shanghai date -d "$(TZ=Asia/Shanghai date +%Y-%m-01) - 1 month" +%Y-%m)
P="from=$FROM&to=$TODAY"

percentiles() { sort -n | awk -v l="$1" '{a[NR]=$1} END {printf "| %s | %.0f ms | %.0f ms | %.0f ms |\n", l, a[1]*1000, a[int((NR+1)*0.5)]*1000, a[NR]*1000}'; }
dashboard() { # token, grouping of warnings, grouping of patrol
    local total t path
    for i in $(seq "$ROUNDS"); do
        total=0
        for path in "stats/fraud?$P&groupBy=month" "stats/fraud?$P&groupBy=type" "stats/fraud?$P&groupBy=station" \
                    "stats/fraud?from=$PREV_FROM&to=$PREV_TO&groupBy=station" "stats/warnings?$P&groupBy=$2" \
                    "stats/patrol?$P&groupBy=$3" "stats/liaison?$P"; do
            t=$(curl -fsS -o /dev/null -w '%{time_total}' -H "Authorization: Bearer $1" "$BASE/api/v1/$path") || die "GET $path failed"
            total=$(awk -v a="$total" -v b="$t" 'BEGIN {print a + b}')
        done
        echo "$total"
    done
}
report() { # format
    for i in $(seq 5); do
        curl -fsS -o "$OUT/monthly-report.$1" -w '%{time_total}\n' -H "Authorization: Bearer $BUREAU" \
            "$BASE/api/v1/stats/monthly-report?month=$MONTH&format=$1" || die "monthly report ($1) failed"
    done
}

page_login() { # username, cookie jar
    local page view
    rm -f "$2"
    page=$(curl -fsS -c "$2" -b "$2" "$BASE/login.xhtml")
    view=$(printf '%s' "$page" | grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' | head -n1 | sed 's/.*value="//; s/"$//')
    curl -fsS -o /dev/null -c "$2" -b "$2" --data-urlencode "login=login" --data-urlencode "login:username=$1" \
        --data-urlencode "login:password=${BENCH_PASSWORD:-Yanghu-demo-2026}" --data-urlencode "login:submit=login:submit" \
        --data-urlencode "jakarta.faces.ViewState=$view" "$BASE/login.xhtml"
}
page() { # cookie jar, page
    for i in $(seq "$ROUNDS"); do
        curl -fsS -o /dev/null -w '%{time_total}\n' -b "$1" "$BASE/$2" || die "GET $2 failed"
    done
}
page_login supervisor1 "$OUT/bureau.cookies"; page_login head1 "$OUT/station.cookies"

say "Warming up"
page "$OUT/bureau.cookies" stats/dashboard.xhtml > /dev/null; page "$OUT/station.cookies" stats/dashboard.xhtml > /dev/null
dashboard "$BUREAU" station station > /dev/null; dashboard "$STATION" month group > /dev/null
say "P3: dashboard $FROM to $TODAY, $ROUNDS rounds; monthly report $MONTH, 5 rounds"
{
    echo "| what | min | p50 | max |"
    echo "|---|---|---|---|"
    page "$OUT/bureau.cookies" stats/dashboard.xhtml | percentiles "bureau dashboard page, year so far"
    page "$OUT/station.cookies" stats/dashboard.xhtml | percentiles "station dashboard page (HT), year so far"
    page "$OUT/station.cookies" index.xhtml | percentiles "for comparison: the home page (HT)"
    dashboard "$BUREAU" station station | percentiles "bureau figures through the API, year so far (7 requests)"
    dashboard "$STATION" month group | percentiles "station figures through the API (HT), year so far (7 requests)"
    report xlsx | percentiles "monthly report $MONTH, xlsx (4 sheets)"
    report pdf | percentiles "monthly report $MONTH, pdf"
} | tee "$OUT/p3.md"

say "Raw baseline: the year's fraud figures by type as one SQL aggregate over fraud_case (no summary table)"
cat > "$RUNTIME/tools/StatsBaseline.java" <<'JAVA'
public class StatsBaseline {
    public static void main(String[] a) throws Exception {
        String sql = "SELECT c.fraud_type, count(*), sum(coalesce((SELECT sum(t.amount) FROM money_transfer t WHERE t.fraud_case_id = c.id), 0)) "
                + "FROM fraud_case c WHERE c.reported_at >= ?::date AND c.reported_at < ?::date + 1 GROUP BY 1";
        try (var c = java.sql.DriverManager.getConnection(a[0], a[1], System.getenv("PGPASSWORD")); var q = c.prepareStatement(sql)) {
            q.setString(1, a[2]);
            q.setString(2, a[3]);
            long best = Long.MAX_VALUE;
            for (int i = 0; i < 3; i++) {
                long s = System.nanoTime();
                try (var rs = q.executeQuery()) { while (rs.next()) { } }
                best = Math.min(best, System.nanoTime() - s);
            }
            System.out.printf("| raw SQL: fraud by type over fraud_case and money_transfer, year so far | %.0f ms (best of 3) | | |%n", best / 1e6);
        }
    }
}
JAVA
PGPASSWORD="$DB_PASSWORD" java -cp "$(postgres_driver)" "$RUNTIME/tools/StatsBaseline.java" \
    "jdbc:postgresql://$DB_HOST:$DB_PORT/$DB_DATABASE" "$DB_LOGIN" "$FROM" "$TODAY" | tee -a "$OUT/p3.md"
