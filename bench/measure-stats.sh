#!/usr/bin/env bash
# P3 supervisors' statistics: the dashboard page for the year so far (bureau and one station,
# signed in through the login form) and the monthly report, beside the year's figures as plain
# SQL over the cases, with ./run.sh's server running. Part of ./bench.sh; figures in
# bench/results/figures.tsv.
source "$(dirname "$0")/lib.sh"
say "P3: statistics"; p3_statistics
