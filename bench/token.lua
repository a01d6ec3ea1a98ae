-- wrk script: every request with the bearer token from BENCH_TOKEN.
wrk.headers["Authorization"] = "Bearer " .. os.getenv("BENCH_TOKEN")
-- the tail beyond wrk's own percentiles, for bench/lib.sh's wrk_load
function done(summary, latency, requests)
  io.write(string.format("p99.9: %.3fms\n", latency:percentile(99.9) / 1000))
end
