#!/usr/bin/env bash
# P5 the home pages as work inboxes: GET /api/v1/me/inbox and the home page for officer1 and head1
# (Hutang), p50 and p95, beside the same counts as plain SQL, with ./run.sh's (or ./bench.sh's)
# server running. Part of ./bench.sh; figures in bench/results/figures.tsv.
source "$(dirname "$0")/lib.sh"
say "P5: home pages (work inbox)"; p5_inbox
