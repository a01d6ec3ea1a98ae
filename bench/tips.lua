-- wrk script: POST /api/v1/tips, each request a new tip with its own Idempotency-Key, as a
-- volunteer's phone sends it (realistic body, no photo). Token from BENCH_TOKEN.
local token = os.getenv("BENCH_TOKEN")
local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("tid", threads)
end
local n = 0
local run = tostring(os.time())
local places = {"湖塘镇人民路与长虹路路口", "武进万达广场东门", "淹城路菜场北门", "星河国际小区3号门", "花园街地铁站2号口"}
local texts = {"一辆无牌面包车在小区门口反复停留，车内两人张望", "消防通道被电动车堵塞，夜间无人看管",
  "有人在菜场门口发传单宣传高息理财，拉老人扫码入群", "两户邻居因停车位争吵，情绪激动", "路灯不亮，井盖松动"}
local categories = {"SUSPICIOUS_VEHICLE", "SAFETY_HAZARD", "FRAUD_LEAD", "DISPUTE", "OTHER"}
request = function()
  n = n + 1
  local k = n % 5 + 1
  local body = string.format('{"category":"%s","occurredAt":"2026-11-27T08:%02d:00+08:00","place":"%s","latitude":31.71%03d,' ..
    '"longitude":119.95%03d,"description":"%s"}', categories[k], n % 60, places[k], n % 1000, n % 1000, texts[k])
  return wrk.format("POST", "/api/v1/tips", {["Authorization"] = "Bearer " .. token, ["Content-Type"] = "application/json",
    ["Idempotency-Key"] = "bench-" .. run .. "-" .. tid .. "-" .. n}, body)
end
-- the tail beyond wrk's own percentiles, for bench/lib.sh's wrk_load
function done(summary, latency, requests)
  io.write(string.format("p99.9: %.3fms\n", latency:percentile(99.9) / 1000))
end
