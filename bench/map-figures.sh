#!/usr/bin/env bash
# The map's figures (issue 22), with ./bench.sh's server running on the bench database (or ./run.sh's
# on the demo data): figures in bench/results/figures.tsv, like the other parts.
#   map-heat       GET /api/v1/geo/heat, tips per grid over a whole year (the bureau: every station), 20 calls, p50 / p95
#   map-gridded    the share of tips with a position that got a grid at intake (one SQL count)
#   map-page       the map page signed in as supervisor1 for that year (HTML with every layer's data in it:
#                  boundaries, heat, tips, leads, cases, shifts, check-ins), 10 loads, p50 / p95; the browser's
#                  drawing is not in it (MapBrowserIT draws the same page)
# MAP_YEAR: the year counted (default: the year of the newest tip).
source "$(dirname "$0")/lib.sh"
say "Map: heat per grid, tips with a grid, the map page"

YEAR=${MAP_YEAR:-$(tool Scalar "SELECT coalesce(extract(year FROM max(submitted_at) AT TIME ZONE 'Asia/Shanghai')::int, \
extract(year FROM now())::int) FROM tip")}
bureau=$(token supervisor1)
[ -n "$bureau" ] || die "no token for supervisor1 at $BASE (is the server running with the demo accounts?)"
tips=$(tool Scalar "SELECT count(*) FROM tip WHERE submitted_at >= '$YEAR-01-01 00:00+08' AND submitted_at < '$((YEAR + 1))-01-01 00:00+08'")

heat="api/v1/geo/heat?kind=tips&level=grid&from=$YEAR-01-01&to=$YEAR-12-31"
curl_times95 3 "$heat" -H "Authorization: Bearer $bureau" > /dev/null # warm: the boundaries parsed, the plan cached
read -r p50 p95 <<< "$(curl_times95 20 "$heat" -H "Authorization: Bearer $bureau")"
record map-heat "heat per grid, $tips tips of $YEAR, p50" "$p50" ms - "<= 1000" "$(meets "$p50" "<=" 1000)"
record map-heat-p95 "heat per grid, $tips tips of $YEAR, p95" "$p95" ms - - -

read -r located gridded <<< "$(tool Scalar "SELECT count(*) || ' ' || count(grid_id) FROM tip WHERE latitude IS NOT NULL")"
share=$(awk -v g="$gridded" -v l="$located" 'BEGIN {printf "%.2f", l ? 100 * g / l : 0}')
record map-gridded "tips with a position that got a grid ($gridded of $located)" "$share" % - ">= 100" "$(meets "$share" ">=" 100)"

page_login supervisor1 "$OUT/map.cookies"
page="map.xhtml?kind=tips&level=grid&from=$YEAR-01-01&to=$YEAR-12-31"
curl_times95 2 "$page" -b "$OUT/map.cookies" > /dev/null
bytes=$(curl -fsS -b "$OUT/map.cookies" -o /dev/null -w '%{size_download}' "$BASE/$page")
read -r p50 p95 <<< "$(curl_times95 10 "$page" -b "$OUT/map.cookies")"
record map-page "map page with every layer's data ($((bytes / 1024)) KiB), p50" "$p50" ms - "<= 1500" "$(meets "$p50" "<=" 1500)"
record map-page-p95 "map page with every layer's data, p95" "$p95" ms - - -
