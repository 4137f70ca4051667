-- GET /api/v1/areas/{id}/enterprises?top=50 cycling over the areas listed in FM_AREAS (one id per line,
-- written by load.sh), so most requests rank the registry afresh instead of reusing a kept ranking.
-- FM_AUTH is the Authorization header value.
local ids = {}
for line in io.lines(os.getenv("FM_AREAS")) do
  if #line > 0 then ids[#ids + 1] = line end
end
local auth = os.getenv("FM_AUTH")
local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("tid", threads)
end
local n = 0
function request()
  n = n + 1
  local id = ids[((n * 2 + tid) % #ids) + 1]
  return wrk.format("GET", "/api/v1/areas/" .. id .. "/enterprises?top=50", {["Authorization"] = auth})
end
