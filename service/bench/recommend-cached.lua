-- POST /api/v1/recommendations cycling over 16 profiles (cache hits after the first round).
local bodies = {}
local scopes = {"人工智能应用软件开发；数据处理服务", "集成电路设计；射频芯片研发", "工业互联网平台开发；软件开发",
  "医学影像软件开发；医疗器械生产"}
for i = 1, 16 do
  bodies[i] = string.format('{"profile":{"name":"缓存%d科技有限公司","region":{"province":"浙江省","city":"杭州市","district":"滨江区"},"businessScope":"%s"},"top":10}',
    i, scopes[(i % #scopes) + 1])
end
local n = 0
function request()
  n = n + 1
  return wrk.format("POST", "/api/v1/recommendations", {["Content-Type"] = "application/json"}, bodies[(n % #bodies) + 1])
end
