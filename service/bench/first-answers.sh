#!/usr/bin/env bash
# First answers after a restart, on real documents: how long uncached recommendations take right after the service
# restarts on its stored state, when nothing has warmed up but the JVM's start. Each answer explains its 10 areas by
# quoting the sentences closest in meaning to the profile, so it needs those sentences' encoder vectors: stored when
# the areas arrived, or embedded while the answer waits.
# Data: GUIDES (default the seeds and ../shared/data/guides), loaded by a first start on an empty data folder; the
# service is then stopped and started again on the same folder (the restart is timed), and N (default 300) distinct
# uncached recommendations are sent one at a time: profiles in the regions the catalogue's documents cover, with
# 经营范围 texts of a generated registry (bin/fundmatch generate, seed 11), a new name each.
# Prints: first start and restart times, and the median / p90 latency of the first 50 answers, of answers 51-150 and
# of the last 100.
# Env: GUIDES, N, WORK (default service/target/bench-first), JAR (default the one built from this tree), PORT (18082),
# FUNDMATCH_JAVA_OPTS (default -Xmx4g).
N=${N:-300}
PORT=${PORT:-18082}
BENCH_NAME=first
source "$(dirname "${BASH_SOURCE[0]}")/bench-service.sh"
if [ -z "${GUIDES:-}" ]; then
  for s in ../shared "$ROOT/../shared"; do [ -d "$s/seeds" ] && SH=$(cd "$s" && pwd) && break; done
  [ -n "${SH:-}" ] || { echo "no ../shared/seeds: set GUIDES" >&2; exit 1; }
  GUIDES="$SH/seeds"
  [ -d "$SH/data/guides" ] && GUIDES="$GUIDES,$SH/data/guides"
fi
if [ ! -s "$WORK/gen/registry.jsonl" ]; then
  FM_TARGET=$T bin/fundmatch generate --out "$WORK/gen" --areas 10 --enterprises 2000 --seed 11 >&2
fi
DATA_DIR="$WORK/service-data-$(date +%s)"
trap '[ -n "$PID" ] && kill $PID 2>/dev/null; wait 2>/dev/null; rm -rf "$DATA_DIR"' EXIT
start_service --fundmatch.guides="$GUIDES"
FIRST=$ELAPSED
kill $PID; wait $PID 2>/dev/null || true
start_service --fundmatch.guides="$GUIDES"
RESTART=$ELAPSED
echo "first start (empty data folder): $FIRST s; restart on the stored state: $RESTART s"
python3 - "$PORT" "$WORK/gen/registry.jsonl" "$N" <<'PY'
import json, random, statistics, sys, time, urllib.request, uuid
port, registry, n = int(sys.argv[1]), sys.argv[2], int(sys.argv[3])
base = f"http://127.0.0.1:{port}"
regions, offset = set(), 0
while True:
    page = json.load(urllib.request.urlopen(f"{base}/api/v1/areas?limit=500&offset={offset}", timeout=60))
    for a in page["areas"]:
        r = (a.get("document") or {}).get("region") or {}
        if r.get("province"):
            regions.add((r["province"], r.get("city"), r.get("district")))
    offset += 500
    if offset >= page["total"]:
        break
regions = sorted(regions, key=str)
scopes = [json.loads(l).get("businessScope") for l in open(registry, encoding="utf-8")]
scopes = [s for s in scopes if s]
rnd = random.Random(5)
times = []
for i in range(n):
    p, c, d = regions[i % len(regions)]
    body = json.dumps({"profile": {"name": f"测试{uuid.uuid4().hex[:10]}科技有限公司",
                                   "region": {"province": p, "city": c, "district": d},
                                   "businessScope": rnd.choice(scopes)}, "top": 10}).encode()
    req = urllib.request.Request(base + "/api/v1/recommendations", data=body, headers={"Content-Type": "application/json"})
    t = time.perf_counter()
    urllib.request.urlopen(req, timeout=120).read()
    times.append((time.perf_counter() - t) * 1000)
q = lambda xs, f: sorted(xs)[min(len(xs) - 1, int(f * len(xs)))]
print(f"{page['total']} areas, {len(regions)} document regions; {n} uncached answers one at a time after the restart")
for name, xs in (("answers 1-50", times[:50]), ("answers 51-150", times[50:150]), (f"last 100", times[-100:])):
    print(f"  {name}: median {statistics.median(xs):.1f} ms, p90 {q(xs, .9):.1f} ms")
PY
