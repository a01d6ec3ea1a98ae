-- wrk script: GET /api/v1/fraud-cases?identifier=… cycling through the identifiers in
-- identifiers.txt (one per line), with the bearer token from the environment.
local identifiers = {}
for line in io.lines(os.getenv("BENCH_IDENTIFIERS")) do
  identifiers[#identifiers + 1] = line
end
local token = os.getenv("BENCH_TOKEN")
local i = 0
request = function()
  i = i % #identifiers + 1
  return wrk.format("GET", "/api/v1/fraud-cases?identifier=" .. identifiers[i], {["Authorization"] = "Bearer " .. token})
end
-- the tail beyond wrk's own percentiles, for bench/lib.sh's wrk_load
function done(summary, latency, requests)
  io.write(string.format("p99.9: %.3fms\n", latency:percentile(99.9) / 1000))
end
