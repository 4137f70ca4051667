#!/usr/bin/env bash
# Load benchmark of the fundmatch service with wrk on loopback.
# Data: the seed guides (../shared/seeds when present) plus a generated catalogue and registry
# (bin/fundmatch generate; defaults 10,000 areas and 100,000 enterprises), or your own files:
#   GUIDES=path[,path...] ENTERPRISES=file service/bench/load.sh
# Measures, in one run: POST /api/v1/recommendations at 32 connections uncached (every profile new) and
# cached (16 profiles repeated), GET /api/v1/areas/{id}/enterprises?top=50 (officer), and a trivial
# endpoint (GET /actuator/health/liveness). Env: DURATION (default 20s), CONNECTIONS (32), THREADS (2), PORT (18080).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$ROOT"
T=${FM_TARGET:-target}
DURATION=${DURATION:-20s}
C=${CONNECTIONS:-32}
TH=${THREADS:-2}
PORT=${PORT:-18080}
AREAS=${AREAS:-10000}
ENTS=${ENTS:-100000}
WORK=${WORK:-$ROOT/service/$T/bench}
mkdir -p "$WORK"
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

[ -s "service/$T/fundmatch-service.jar" ] || mvn -B -q -o -DskipTests -Dfm.target="$T" -pl service -am package >&2
OFFICER_PASS=bench-officer
echo "bench: starting the service on :$PORT with guides=$GUIDES enterprises=$ENTERPRISES" >&2
java ${FUNDMATCH_JAVA_OPTS:--Xmx6g} -Dfile.encoding=UTF-8 -jar "service/$T/fundmatch-service.jar" \
  --server.port="$PORT" --server.address=127.0.0.1 --fundmatch.guides="$GUIDES" --fundmatch.enterprises="$ENTERPRISES" \
  --fundmatch.feedback-file="$WORK/feedback.jsonl" --fundmatch.cache-size=100000 \
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
echo "bench: catalogue $AREAS_TOTAL areas, registry $ENTS_TOTAL enterprises, area for the officer run: $AREA" >&2
echo "bench: $(nproc) cores, $(java -version 2>&1 | head -1)" >&2

run() { # name, then wrk arguments
  local name=$1; shift
  echo "=== $name"
  wrk -t"$TH" -c"$C" -d"$DURATION" --timeout 30s --latency "$@" | grep -E "Requests/sec|Latency |50%|99%|Non-2xx|Socket errors|requests in"
}
# warm the JIT briefly (not measured)
wrk -t"$TH" -c"$C" -d5s -s service/bench/recommend-uncached.lua "$B/api/v1/recommendations" >/dev/null
run "trivial: GET /actuator/health/liveness" "$B/actuator/health/liveness"
run "uncached: POST /api/v1/recommendations (new profile every request)" -s service/bench/recommend-uncached.lua "$B/api/v1/recommendations"
wrk -t1 -c4 -d3s -s service/bench/recommend-cached.lua "$B/api/v1/recommendations" >/dev/null  # fill the cache
run "cached: POST /api/v1/recommendations (16 profiles repeated)" -s service/bench/recommend-cached.lua "$B/api/v1/recommendations"
run "officer: GET /api/v1/areas/{id}/enterprises?top=50" -H "$AUTH" "$B/api/v1/areas/$AREA/enterprises?top=50"
run "trivial again: GET /actuator/health/liveness" "$B/actuator/health/liveness"
