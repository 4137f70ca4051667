#!/usr/bin/env bash
# Registry upload benchmark: how long a large registry upload keeps the administrator waiting, how long until its
# enterprises are searchable and ranked, and what an uncached recommendation costs while they are embedded.
# Data: ENTS (default 20,000) generated enterprises (bin/fundmatch generate, seed 11) written as a TSV registry file
# (企业名称, 所在省份, 地区, 企业类型, 经营范围), uploaded to a service started on an empty data folder (the bundled
# samples only). While the upload runs and until every enterprise is registered, one client sends uncached
# recommendations one after another (a new name each time); then the same number again with nothing else running.
# Prints: the upload's answer time and registration state, the time until the registry search finds every
# enterprise, the service CPU seconds over that time, and the median / p90 latency of the recommendations during the
# embedding and after it.
# Env: ENTS, WORK (default service/target/bench-upload), JAR (default the one built from this tree), PORT (18081),
# FUNDMATCH_JAVA_OPTS (default -Xmx4g).
ENTS=${ENTS:-20000}
PORT=${PORT:-18081}
BENCH_NAME=upload
source "$(dirname "${BASH_SOURCE[0]}")/bench-service.sh"
if [ ! -s "$WORK/gen/registry.jsonl" ]; then
  FM_TARGET=$T bin/fundmatch generate --out "$WORK/gen" --areas 10 --enterprises "$ENTS" --seed 11 >&2
fi
python3 - "$WORK/gen/registry.jsonl" "$WORK/registry.tsv" <<'PY'
import json, sys
src, out = sys.argv[1], sys.argv[2]
with open(src, encoding="utf-8") as f, open(out, "w", encoding="utf-8") as o:
    o.write("企业名称\t所在省份\t地区\t企业类型\t经营范围\n")
    for line in f:
        p = json.loads(line)
        r = p.get("region") or {}
        cells = [p["name"], r.get("province") or "", r.get("district") or r.get("city") or "", "有限责任公司",
                 p.get("businessScope") or ""]
        o.write("\t".join(c.replace("\t", " ") for c in cells) + "\n")
PY
DATA_DIR="$WORK/service-data-$(date +%s)"
trap '[ -n "$PID" ] && kill $PID 2>/dev/null; wait 2>/dev/null; rm -rf "$DATA_DIR"' EXIT
start_service
python3 - "$PORT" "$WORK/registry.tsv" "$ENTS" "$PID" "$(getconf CLK_TCK)" <<'PY'
import base64, json, statistics, sys, threading, time, urllib.request, uuid
port, path, ents, pid, tick = int(sys.argv[1]), sys.argv[2], int(sys.argv[3]), sys.argv[4], int(sys.argv[5])
base = f"http://127.0.0.1:{port}"
admin = "Basic " + base64.b64encode(b"admin:bench-admin").decode()
officer = "Basic " + base64.b64encode(b"officer:bench-officer").decode()

def cpu():
    with open(f"/proc/{pid}/stat") as f:
        v = f.read().rsplit(")", 1)[1].split()
    return (int(v[11]) + int(v[12])) / tick

def registered():
    req = urllib.request.Request(base + "/api/v1/enterprises?limit=1", headers={"Authorization": officer})
    return json.load(urllib.request.urlopen(req, timeout=60))["total"]

def recommend(i):
    body = json.dumps({"profile": {"name": f"宁波测{i}号{uuid.uuid4().hex[:8]}科技有限公司",
                                   "region": {"province": "浙江省", "city": "宁波市", "district": "鄞州区"},
                                   "businessScope": "工业机器人研发；机器视觉检测系统集成；软件开发"}, "top": 10}).encode()
    req = urllib.request.Request(base + "/api/v1/recommendations", data=body,
                                 headers={"Content-Type": "application/json"})
    t = time.perf_counter()
    urllib.request.urlopen(req, timeout=120).read()
    return (time.perf_counter() - t) * 1000

for i in range(30):
    recommend(-i)  # warm the request path
before = registered()
boundary = "fm" + uuid.uuid4().hex
with open(path, "rb") as f:
    content = f.read()
body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"registry.tsv\"\r\n"
        f"Content-Type: text/tab-separated-values\r\n\r\n").encode() + content + f"\r\n--{boundary}--\r\n".encode()
answer = {}
def upload():
    req = urllib.request.Request(base + "/api/v1/enterprises", data=body, method="POST", headers={
        "Authorization": admin, "Content-Type": "multipart/form-data; boundary=" + boundary})
    t = time.perf_counter()
    r = json.load(urllib.request.urlopen(req, timeout=3600))
    answer.update(seconds=time.perf_counter() - t, registration=r.get("registration", "(not reported)"),
                  profiles=len(r.get("profiles") or []), rejected=r.get("rejected"))
cpu0, t0 = cpu(), time.perf_counter()
up = threading.Thread(target=upload)
up.start()
during, i = [], 0
while True:
    during.append(recommend(i)); i += 1
    if not up.is_alive() and registered() >= before + answer.get("profiles", 0):
        break
up.join()
done_s, cpu1 = time.perf_counter() - t0, cpu()
after = [recommend(10**6 + j) for j in range(len(during))]
q = lambda xs, p: sorted(xs)[min(len(xs) - 1, int(p * len(xs)))]
print(f"upload: {answer['profiles']} enterprises imported ({answer['rejected']} rows rejected), answered in "
      f"{answer['seconds']:.1f} s, registration {answer['registration']}")
print(f"registered: every enterprise searchable {done_s:.1f} s after the upload began; service CPU {cpu1 - cpu0:.0f} s")
print(f"uncached recommendations one at a time during: {len(during)}, median {statistics.median(during):.1f} ms, "
      f"p90 {q(during, .9):.1f} ms; after: {len(after)}, median {statistics.median(after):.1f} ms, p90 {q(after, .9):.1f} ms")
PY
