#!/usr/bin/env bash
# P6 the search box: GET /api/v1/search as a station officer (officer1) and a bureau supervisor (supervisor1) for 1-, 2-
# and 4-character Chinese words, a phone number, a case number and a word with no hit; p50, p95 and p99 per kind of
# query, with ./run.sh's (or ./bench.sh's) server running. Part of ./bench.sh with BENCH_SEARCH=1; figures in
# bench/results/figures.tsv.
source "$(dirname "$0")/lib.sh"
say "P6: search"; p6_search
