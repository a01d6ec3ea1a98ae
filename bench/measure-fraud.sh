#!/usr/bin/env bash
# P1 identifier lookup and P4 case list on the bench data, beside their raw SQL baselines, with
# ./run.sh's server running. Part of ./bench.sh; figures in bench/results/figures.tsv.
source "$(dirname "$0")/lib.sh"
say "P1: identifier lookup"; p1_lookup
say "P4: case list"; p4_case_list
