-- POST /api/v1/recommendations with a profile never seen before on every request (cache misses).
-- Profiles come from FM_PROFILES (one JSON profile per line with "name":"__NAME__", written by load.sh from
-- the registry: real regions, qualifications and business scopes, no industry code, so the service infers
-- the sector as it does for the web form); a unique name makes every request new. Without FM_PROFILES, a
-- small built-in set is used. FM_RUN (load.sh sets a new one for every wrk run; default the clock) goes into every
-- name too, so a later run never repeats an earlier run's names and finds their answers in the cache. The
-- X-Fundmatch-Cache header of every answer is counted and printed at the end ("cache: miss N, local M"): in an
-- uncached run every answer should be a miss.
local profiles = {}
local file = os.getenv("FM_PROFILES")
if file then
  for line in io.lines(file) do
    if #line > 0 then profiles[#profiles + 1] = line end
  end
end
if #profiles == 0 then
  local scopes = {
    "人工智能应用软件开发；大模型推理服务；数据处理服务",
    "集成电路设计；射频芯片研发；电子元器件销售",
    "工业互联网平台开发；数据采集与边缘计算设备研发；软件开发",
    "医学影像软件开发；第二类医疗器械生产；医疗信息化系统集成",
  }
  local places = {
    '{"province":"浙江省","city":"杭州市","district":"滨江区"}',
    '{"province":"北京市","city":"北京市","district":"海淀区"}',
  }
  for i = 1, #scopes do
    for j = 1, #places do
      profiles[#profiles + 1] = string.format('{"name":"__NAME__","region":%s,"businessScope":"%s"}', places[j], scopes[i])
    end
  end
end
local run = os.getenv("FM_RUN") or tostring(os.time())
local threads = {}
function setup(thread)
  threads[#threads + 1] = thread
  thread:set("tid", #threads)
end
local n = 0
function request()
  n = n + 1
  local name = "压测" .. run .. "批" .. tid .. "号" .. n .. "科技有限公司"
  local profile = string.gsub(profiles[(n % #profiles) + 1], "__NAME__", name, 1)
  return wrk.format("POST", "/api/v1/recommendations", {["Content-Type"] = "application/json"},
    '{"profile":' .. profile .. ',"top":10}')
end

sources = {}
function response(status, headers, body)
  local source = headers["X-Fundmatch-Cache"] or headers["x-fundmatch-cache"] or ("status " .. status)
  sources[source] = (sources[source] or 0) + 1
end

function done(summary, latency, requests)
  local all = {}
  for _, t in ipairs(threads) do
    for k, v in pairs(t:get("sources") or {}) do all[k] = (all[k] or 0) + v end
  end
  local parts = {}
  for k, v in pairs(all) do parts[#parts + 1] = k .. " " .. v end
  table.sort(parts)
  io.write("cache: " .. table.concat(parts, ", ") .. "\n")
end
