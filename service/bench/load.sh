#!/usr/bin/env bash
# Load benchmark of the fundmatch service with wrk on loopback.
# Data: the seed guides (../shared/seeds when present) plus a generated catalogue and registry
# (bin/fundmatch generate; defaults 10,000 areas and 100,000 enterprises), or your own files:
#   GUIDES=path[,path...] ENTERPRISES=file service/bench/load.sh
# Measures, in one run: a trivial endpoint (GET /actuator/health/liveness), POST /api/v1/recommendations at
# 32 connections uncached (every profile new, drawn from the registry) and cached (16 profiles repeated), and
# GET /api/v1/areas/{id}/enterprises?top=50 (officer: one area, whose ranking is then kept, and 2,000 areas in
# turn, ranking the registry afresh), and uncached recommendations offered at fixed rates (RATES, default "150 300"
# requests/s: Poisson arrivals spread over the same connections, recommend-uncached-rate.lua), whose achieved rate,
# p50 and p99 say how fast one visitor is answered at that traffic, where the saturation runs above measure the most
# the service can answer with 32 requests always waiting. The JVM is first brought to steady state (WARMUP per
# scenario, the uncached one twice: first and last; at about 150 uncached answers a second the JIT compiler threads
# stay busy for about four minutes, so steady state needs WARMUP=180s, and the summary says how much of the service's
# CPU the JIT took during the rounds), then ROUNDS rounds run every scenario in turn for DURATION each; the summary
# gives, per scenario, the median over rounds of requests/s, p50 and p99, and for the
# uncached scenarios how many answers came from the cache nevertheless (should be 0: every wrk run sends new names),
# and the service's CPU time per answer (user + system time of its process over the run, divided by the answers:
# unlike the rates, it hardly depends on what else the machine runs, and cores × 1000 / it bounds the rate).
# Env: DURATION (default 10s), ROUNDS (3), WARMUP (20s), CONNECTIONS (32), THREADS (2), PORT (18080),
# SCENARIOS (default "trivial uncached rate cached officer officer-many": which to warm up and measure; "rate" is the
# fixed-rate uncached runs),
# JAR (the service jar; default the one built from this tree), FUNDMATCH_JAVA_OPTS (default -Xmx6g),
# DATA_DIR (the service's fundmatch.data-dir: database and stored vectors; default $WORK/service-data, so a second
# run on the same WORK starts without embedding again), JFR=1 (record a Java Flight Recording of the whole run into
# $WORK/load.jfr: `jfr print --events jdk.ExecutionSample $WORK/load.jfr` shows where the CPU went).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$ROOT"
T=${FM_TARGET:-target}
DURATION=${DURATION:-10s}
ROUNDS=${ROUNDS:-3}
WARMUP=${WARMUP:-20s}
C=${CONNECTIONS:-32}
TH=${THREADS:-2}
PORT=${PORT:-18080}
RATES=${RATES:-150 300}
SCENARIOS=${SCENARIOS:-trivial uncached rate cached officer officer-many}
wants() { [[ " $SCENARIOS " == *" $1 "* ]]; }
AREAS=${AREAS:-10000}
ENTS=${ENTS:-100000}
WORK=${WORK:-$ROOT/service/$T/bench}
mkdir -p "$WORK"
WORK=$(cd "$WORK" && pwd)
DATA_DIR=${DATA_DIR:-$WORK/service-data}
JFR_OPTS=""
[ "${JFR:-0}" = 1 ] && JFR_OPTS="-XX:StartFlightRecording=filename=$WORK/load.jfr,settings=profile,dumponexit=true"
command -v wrk >/dev/null || { echo "wrk is not installed (Debian: apt-get install wrk)" >&2; exit 1; }

if [ -z "${GUIDES:-}" ] || [ -z "${ENTERPRISES:-}" ]; then
  if [ ! -s "$WORK/data/catalogue.jsonl" ] || [ ! -s "$WORK/data/registry.jsonl" ]; then
    echo "bench: generating $AREAS areas and $ENTS enterprises ..." >&2
    FM_TARGET=$T bin/fundmatch generate --out "$WORK/data" --areas "$AREAS" --enterprises "$ENTS" --seed 7 >&2
  fi
  SEEDS=""
  for s in ../shared/seeds "$ROOT/../shared/seeds"; do [ -d "$s" ] && SEEDS=$(cd "$s" && pwd) && break; done
  GUIDES=${GUIDES:-${SEEDS:+$SEEDS,}$WORK/data/catalogue.jsonl}
  ENTERPRISES=${ENTERPRISES:-$WORK/data/registry.jsonl}
fi

# Profiles for the uncached run: every 25th registry profile (at most 4,000), as the web form sends them.
export FM_PROFILES="$WORK/profiles.jsonl"
python3 - "$ENTERPRISES" "$FM_PROFILES" <<'PY'
import json, sys
src, out = sys.argv[1], sys.argv[2]
rows = []
if src.endswith(".jsonl"):
    with open(src, encoding="utf-8") as f:
        for i, line in enumerate(f):
            if i % 25 or len(rows) >= 4000 or not line.strip():
                continue
            p = json.loads(line)
            scope = p.get("businessScope") or p.get("specialization")
            if not scope:
                continue
            rows.append(json.dumps({"name": "__NAME__", "region": p.get("region"),
                                    "qualifications": p.get("qualifications") or [], "businessScope": scope},
                                   ensure_ascii=False))
with open(out, "w", encoding="utf-8") as f:
    f.write("\n".join(rows) + ("\n" if rows else ""))
print(f"bench: {len(rows)} registry profiles for the uncached run" if rows else
      "bench: registry is not JSON Lines; the uncached run uses its built-in profiles", file=sys.stderr)
PY
JAR=${JAR:-service/$T/fundmatch-service.jar}
[ -s "$JAR" ] || mvn -B -q -o -DskipTests -Dfm.target="$T" -pl service -am package >&2
OFFICER_PASS=bench-officer
echo "bench: starting the service on :$PORT with guides=$GUIDES enterprises=$ENTERPRISES" >&2
java ${FUNDMATCH_JAVA_OPTS:--Xmx6g} $JFR_OPTS -Dfile.encoding=UTF-8 -jar "$JAR" \
  --fundmatch.data-dir="$DATA_DIR" --server.port="$PORT" --server.address=127.0.0.1 --fundmatch.guides="$GUIDES" --fundmatch.enterprises="$ENTERPRISES" \
  --fundmatch.feedback-file="$WORK/feedback.jsonl" --fundmatch.cache-size=100000 \
  --fundmatch.limits.recommendations-per-minute=100000000 \
  --fundmatch.security.officer.password=$OFFICER_PASS --fundmatch.security.admin.password=bench-admin \
  --logging.level.root=WARN > "$WORK/service.log" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null || true; wait $PID 2>/dev/null || true' EXIT
T0=$(date +%s)
until curl -fs "http://127.0.0.1:$PORT/actuator/health/liveness" >/dev/null 2>&1; do
  kill -0 $PID 2>/dev/null || { echo "service died; see $WORK/service.log" >&2; tail -20 "$WORK/service.log" >&2; exit 1; }
  sleep 1
done
echo "bench: service up after $(( $(date +%s) - T0 )) s" >&2
B="http://127.0.0.1:$PORT"
AREAS_TOTAL=$(curl -fs "$B/api/v1/areas?limit=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])')
AREA=$(curl -fs "$B/api/v1/areas?limit=1&q=%E6%99%BA%E8%83%BD" | python3 -c 'import json,sys; print(json.load(sys.stdin)["areas"][0]["areaId"])')
AUTH="Authorization: Basic $(printf 'officer:%s' $OFFICER_PASS | base64)"
ENTS_TOTAL=$(curl -fs -H "$AUTH" "$B/api/v1/enterprises?limit=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])')
# Area ids for the officer run over many areas: 2,000 spread over the catalogue (more than the 512 rankings kept).
export FM_AREAS="$WORK/areas.txt" FM_AUTH="${AUTH#Authorization: }"
: > "$FM_AREAS"
STEP=$(( AREAS_TOTAL / 2000 > 0 ? AREAS_TOTAL / 2000 : 1 ))
for off in $(seq 0 500 $(( AREAS_TOTAL - 1 ))); do
  curl -fs "$B/api/v1/areas?limit=500&offset=$off" | python3 -c '
import json, sys
step = int(sys.argv[1]); areas = json.load(sys.stdin)["areas"]
print("\n".join(a["areaId"] for i, a in enumerate(areas) if i % step == 0))' "$STEP" >> "$FM_AREAS"
done
echo "bench: catalogue $AREAS_TOTAL areas, registry $ENTS_TOTAL enterprises, area for the officer run: $AREA" >&2
echo "bench: $(nproc) cores, $(java -version 2>&1 | head -1)" >&2
echo "bench: load before the rounds:$(uptime | sed 's/.*load average//')" >&2

RESULTS="$WORK/results.txt"
: > "$RESULTS"
TICK=$(getconf CLK_TCK)
service_cpu() { awk '{print $14 + $15}' "/proc/$PID/stat"; } # user + system clock ticks of the service so far
jit_cpu() { # clock ticks of the service's JIT compiler threads so far (the comm field holds a space: cut it off first)
  for t in /proc/"$PID"/task/*; do
    case "$(cat "$t/comm" 2>/dev/null)" in "C1 CompilerThre"* | "C2 CompilerThre"*) sed 's/.*) //' "$t/stat" 2>/dev/null ;; esac
  done | awk '{s += $12 + $13} END {print s + 0}'
}
run() { # scenario, then wrk arguments; appends "scenario rps p50 p99 non2xx cached-answers cpu-ms-per-request"
  local name=$1; shift
  local out cpu0 cpu1
  cpu0=$(service_cpu)
  out=$(FM_RUN=$(date +%s%N) wrk -t"$TH" -c"$C" -d"$DURATION" --timeout 30s --latency "$@")
  cpu1=$(service_cpu)
  echo "$out" | python3 -c '
import re, sys
name = sys.argv[1]; t = sys.stdin.read()
def ms(v):
    m = re.match(r"([0-9.]+)(us|ms|s)", v); x = float(m.group(1))
    return x / 1000 if m.group(2) == "us" else x * 1000 if m.group(2) == "s" else x
rps = float(re.search(r"Requests/sec:\s+([0-9.]+)", t).group(1))
p50 = ms(re.search(r"\s50%\s+(\S+)", t).group(1)); p99 = ms(re.search(r"\s99%\s+(\S+)", t).group(1))
bad = re.search(r"Non-2xx or 3xx responses: (\d+)", t); err = re.search(r"Socket errors: (.*)", t)
src = re.search(r"cache: (.*)", t)  # printed by the uncached scripts: answers per X-Fundmatch-Cache value
cached = sum(int(n) for k, n in re.findall(r"(\S+) (\d+)", src.group(1)) if k in ("local", "redis")) if src else -1
done = int(re.search(r"(\d+) requests in", t).group(1))
cpu_ms = (int(sys.argv[3]) - int(sys.argv[2])) * 1000 / int(sys.argv[4]) / max(done, 1)  # service CPU per answer
print(name, rps, p50, p99, bad.group(1) if bad else 0, cached, round(cpu_ms, 2), "|", err.group(1) if err else "")' \
    "$name" "$cpu0" "$cpu1" "$TICK" | tee -a "$RESULTS" >&2
}
TRIVIAL=("$B/actuator/health/liveness")
UNCACHED=(-s service/bench/recommend-uncached.lua "$B/api/v1/recommendations")
CACHED=(-s service/bench/recommend-cached.lua "$B/api/v1/recommendations")
OFFICER=(-H "$AUTH" "$B/api/v1/areas/$AREA/enterprises?top=50")
OFFICER_MANY=(-s service/bench/officer-areas.lua "$B/api/v1/areas")
RATED=(-s service/bench/recommend-uncached-rate.lua "$B/api/v1/recommendations")
export FM_THREADS=$TH
echo "bench: warming up ($WARMUP per scenario, not measured)" >&2
for args in TRIVIAL UNCACHED CACHED OFFICER OFFICER_MANY UNCACHED; do
  case $args in
    TRIVIAL) wants trivial || continue ;;
    UNCACHED) wants uncached || wants rate || continue ;;
    CACHED) wants cached || continue ;;
    OFFICER) wants officer || continue ;;
    OFFICER_MANY) wants officer-many || continue ;;
  esac
  declare -n a=$args
  FM_RUN=$(date +%s%N) wrk -t"$TH" -c"$C" -d"$WARMUP" --timeout 30s "${a[@]}" >/dev/null
done
JIT0=$(jit_cpu); ALL0=$(service_cpu)
for r in $(seq 1 "$ROUNDS"); do
  echo "bench: round $r of $ROUNDS ($DURATION per scenario)" >&2
  if wants trivial; then run trivial "${TRIVIAL[@]}"; fi
  if wants uncached; then run uncached "${UNCACHED[@]}"; fi
  if wants rate; then for rate in $RATES; do FM_RATE=$rate run "rate-$rate" "${RATED[@]}"; done; fi
  if wants cached; then run cached "${CACHED[@]}"; fi
  if wants officer; then run officer "${OFFICER[@]}"; fi
  if wants officer-many; then run officer-many "${OFFICER_MANY[@]}"; fi
done
echo "bench: load after the rounds:$(uptime | sed 's/.*load average//')" >&2
JIT1=$(jit_cpu); ALL1=$(service_cpu)
echo "bench: the JIT compiler threads used $(( (JIT1 - JIT0) * 100 / ( ALL1 - ALL0 > 0 ? ALL1 - ALL0 : 1 ) )) % of the service's CPU during the rounds (near 0 once warm: raise WARMUP when it is not)" >&2
echo "=== medians over $ROUNDS rounds of $DURATION, $C connections, $TH wrk threads ($AREAS_TOTAL areas, $ENTS_TOTAL enterprises)"
python3 - "$RESULTS" "$(nproc)" <<'PY'
import statistics, sys
rows = {}
for line in open(sys.argv[1]):
    f = line.split("|")[0].split()
    rows.setdefault(f[0], []).append((float(f[1]), float(f[2]), float(f[3]), int(f[4]), int(f[5]), float(f[6])))
labels = {"trivial": "trivial  GET /actuator/health/liveness",
          "uncached": "uncached POST /api/v1/recommendations (new profile every request)",
          "cached": "cached   POST /api/v1/recommendations (16 profiles repeated)",
          "officer": "officer  GET /api/v1/areas/{id}/enterprises?top=50 (one area, ranking kept)",
          "officer-many": "officer  GET /api/v1/areas/{id}/enterprises?top=50 (2,000 areas in turn)"}
rated = sorted((k for k in rows if k.startswith("rate-")), key=lambda k: float(k[5:]))
for k in rated:
    labels[k] = f"uncached at {k[5:]}/s offered (Poisson arrivals; req/s = achieved)"
print(f"{'scenario':78} {'req/s':>9} {'p50 ms':>8} {'p99 ms':>8} {'non-2xx':>8} {'CPU ms/req':>10}")
for k in ["trivial", "uncached", *rated, "cached", "officer", "officer-many"]:
    if k not in rows: continue
    v = rows[k]
    print(f"{labels[k]:78} {statistics.median(x[0] for x in v):9.0f} {statistics.median(x[1] for x in v):8.2f} "
          f"{statistics.median(x[2] for x in v):8.2f} {sum(x[3] for x in v):8d} {statistics.median(x[5] for x in v):10.2f}")
    print(f"{'':78} rounds: " + ", ".join(f"{x[0]:.0f}/s p99 {x[2]:.1f}" for x in v))
    if all(x[4] >= 0 for x in v):
        print(f"{'':78} answers from the cache: {sum(x[4] for x in v)} (an uncached run expects 0)")
    if k == "uncached":
        cpu = statistics.median(x[5] for x in v)
        print(f"{'':78} at {cpu:.1f} ms of CPU each, {sys.argv[2]} cores answer at most {int(sys.argv[2]) * 1000 / cpu:.0f}/s")
PY
