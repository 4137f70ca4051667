-- Uncached recommendations (the requests of recommend-uncached.lua, every profile new) offered at a fixed mean rate
-- instead of as fast as the service answers: FM_RATE requests a second in all, shared by FM_THREADS wrk threads
-- (each its own Lua state). Sends are spaced at random (exponential gaps, i.e. Poisson arrivals, as independent
-- visitors arrive), each on the next free connection; wrk measures a request's latency from its send, so the
-- achieved rate tells whether the service kept up: when every connection is still waiting for an answer, sends are
-- late and the achieved rate falls below FM_RATE. Run from the repository root (load.sh does).
dofile("service/bench/recommend-uncached.lua")

local ffi = require("ffi")
ffi.cdef [[
  typedef struct { long tv_sec; long tv_nsec; } fm_timespec;
  int clock_gettime(int clock, fm_timespec *t);
]]
local clock = ffi.new("fm_timespec")
local function now_ms()
  ffi.C.clock_gettime(1, clock) -- CLOCK_MONOTONIC
  return tonumber(clock.tv_sec) * 1000 + tonumber(clock.tv_nsec) / 1e6
end

local rate = tonumber(os.getenv("FM_RATE") or "150")
local wrk_threads = tonumber(os.getenv("FM_THREADS") or "2")
local mean_gap = 1000 * wrk_threads / rate -- ms between two sends of this thread
local next_send = nil
local seeded = false

function delay()
  if not seeded then
    math.randomseed(tid * 7919 + os.time())
    seeded = true
  end
  local now = now_ms()
  if next_send == nil then next_send = now end
  local at = math.max(now, next_send)
  next_send = at - math.log(1 - math.random()) * mean_gap
  return math.floor(at - now + 0.5)
end
