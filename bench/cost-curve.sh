#!/usr/bin/env bash
# bench/cost-curve.sh — how the cost of the everyday paths grows with the data: ./bench.sh (with P6
# search) at each of BENCH_SCALES (default "0.25 1 4": 250k, 1M and 4M cases with their identifiers,
# tips and a year of activity scaled alike), each on its own data set (generated at its first run),
# then one table of every figure side by side with the growth from the smallest to the largest set.
# Results: bench/results/cost-curve.md, and each scale's figures as cost-curve-<scale>.tsv.
# Takes long: the 4M set is generated once (about 35 minutes on two cores) and needs ~20 GB (8 of them WAL).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh
# --table: only the table, from the scales already measured (a run cut short keeps what it measured)
SCALES=${BENCH_SCALES:-0.25 1 4}
OUT=bench/results
mkdir -p "$OUT"
[ "${1:-}" = --table ] && MEASURE= || MEASURE=$SCALES
for scale in $MEASURE; do
    ./run.sh stop > /dev/null 2>&1 || true # one bench database on its port at a time
    say "Scale $scale"
    BENCH_SCALE=$scale BENCH_SEARCH=1 ./bench.sh
    cp "$OUT/figures.tsv" "$OUT/cost-curve-$scale.tsv"
    data=$(sed -n 's/.*Data: \([^.]*\)\..*/\1/p' "$OUT/latest.md")
    disk=$(BENCH_SCALE=$scale bash -c 'source scripts/lib.sh; du -sm "$BENCH_DATA"' | awk '{printf "%.1f", $1 / 1024}')
    printf '%s\t%s\t%s\n' "$scale" "$data" "$disk" > "$OUT/cost-curve-$scale.data"
done
# the table runs from the smallest set to the largest, whatever order they were measured in
SCALES=$(for scale in $SCALES; do if [ -f "$OUT/cost-curve-$scale.tsv" ]; then echo "$scale"; fi; done | sort -g | tr '\n' ' ')
[ -n "$SCALES" ] || die "no scale measured yet in $OUT (cost-curve-<scale>.tsv)"

# One row per figure (its name without the run-to-run detail in brackets and the month), one column per scale.
{
    echo "# Cost curves, $(date -u +%Y-%m-%dT%H:%MZ)"
    echo
    echo "| scale | data | disk (database directory) |"
    echo "|---|---|---|"
    for scale in $SCALES; do awk -F '\t' '{printf "| %s | %s | %s GB |\n", $1, $2, $3}' "$OUT/cost-curve-$scale.data"; done
    echo
    printf '| id | what |'; for scale in $SCALES; do printf ' ×%s |' "$scale"; done; echo ' largest ÷ smallest | target |'
    printf '|---|---|'; for _ in $SCALES; do printf -- '---|'; done; echo '---|---|'
    files=(); for scale in $SCALES; do files+=("$OUT/cost-curve-$scale.tsv"); done
    awk -F '\t' -v n="${#files[@]}" '
        function name(s) { gsub(/ \([^)]*\)/, "", s); gsub(/ [0-9]{4}-[0-9]{2},/, ",", s); return s }
        FNR == 1 { f++ }
        $1 == "MEM" { next }
        { k = $1 SUBSEP name($2); if (!(k in seen)) { seen[k] = ++rows; key[rows] = k; id[rows] = $1; what[rows] = name($2); target[rows] = $7 }
          v[k, f] = $3; unit[k] = $4 }
        END {
            for (r = 1; r <= rows; r++) {
                k = key[r]; line = "| " id[r] " | " what[r] " |"
                for (i = 1; i <= n; i++) line = line " " ((k, i) in v ? v[k, i] " " unit[k] : "-") " |"
                growth = ((k, 1) in v && (k, n) in v && v[k, 1] > 0) ? sprintf("%.2f", v[k, n] / v[k, 1]) : "-"
                print line " " growth " | " target[r] " |"
            }
        }' "${files[@]}"
} > "$OUT/cost-curve.md"
cat "$OUT/cost-curve.md"
