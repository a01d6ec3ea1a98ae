#!/usr/bin/env bash
# P2 idempotent tip intake (wrk, 16 connections, a new Idempotency-Key per request) beside
# single-row JDBC inserts of the same rows, with ./run.sh's server running. Part of ./bench.sh;
# figures in bench/results/figures.tsv.
source "$(dirname "$0")/lib.sh"
say "P2: tip intake"; p2_tips
