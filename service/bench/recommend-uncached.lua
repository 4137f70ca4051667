-- POST /api/v1/recommendations with a profile never seen before on every request (cache misses).
local scopes = {
  "人工智能应用软件开发；大模型推理服务；数据处理服务",
  "集成电路设计；射频芯片研发；电子元器件销售",
  "工业互联网平台开发；数据采集与边缘计算设备研发；软件开发",
  "医学影像软件开发；第二类医疗器械生产；医疗信息化系统集成",
  "纳米材料研发、生产和销售；第三代半导体材料研发",
  "工业机器人制造；数控机床研发；自动化生产线集成",
  "环境监测仪器研发；大气与水质在线监测系统集成",
  "隐私计算技术研发；数据安全服务；区块链技术服务",
}
local places = {
  '{"province":"浙江省","city":"杭州市","district":"滨江区"}',
  '{"province":"江苏省","city":"苏州市","district":"苏州工业园区"}',
  '{"province":"北京市","city":"北京市","district":"海淀区"}',
  '{"province":"广东省","city":"东莞市","district":null}',
}
local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("tid", threads)
end
local n = 0
function request()
  n = n + 1
  local body = string.format(
    '{"profile":{"name":"压测%d号%d科技有限公司","region":%s,"businessScope":"%s"},"top":10}',
    tid, n, places[(n % #places) + 1], scopes[(n % #scopes) + 1])
  return wrk.format("POST", "/api/v1/recommendations", {["Content-Type"] = "application/json"}, body)
end
