#!/usr/bin/env bash
# Times an incremental nightly run with 2 % of the enterprises changed at 1,000,000 enterprises × 10,000 areas on
# local[2] (docs/nightly.md, "Incremental night at 1,000,000 × 10,000").
#   1. generates the data into WORK/gen (skipped when WORK/gen/registry.jsonl exists);
#   2. runs the cold run of 2026-12-01 into WORK/out (skipped when WORK/out/2026-12-01/manifest.json exists);
#   3. changes the business scope of 2 % of the enterprises (change-enterprises.py);
#   4. times the incremental run of 2026-12-02 with /usr/bin/time -v, 3 times (RUNS), each from the cold run's
#      state (the incremental folder is removed before each), and prints the manifests' stage times.
# Settings (environment): WORK (default /tmp/fmn-incremental-1m), RANKER (learned, the default: the learned ranker
# over the sentence encoder's space, its cold run embedding 1,000,000 profiles with ENTERPRISE_ENCODER — student, the
# default, or encoder; tower: the shipped towers, 64-d), SHARE (0.02),
# RUNS (3), JAVA_OPTS for the job's JVM (-Xmx7g), ENTERPRISES (1000000; fewer to measure a fraction). The load average is printed before and after every run.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)
WORK=${WORK:-/tmp/fmn-incremental-1m}
RANKER=${RANKER:-learned}
SHARE=${SHARE:-0.02}
RUNS=${RUNS:-3}
ENTERPRISES=${ENTERPRISES:-1000000}
export FUNDMATCH_JAVA_OPTS=${JAVA_OPTS:--Xmx7g}
mkdir -p "$WORK"

ENTERPRISE_ENCODER=${ENTERPRISE_ENCODER:-student}
MODEL_ARGS=()
case "$RANKER" in
  learned) MODEL_ARGS=(--enterprise-encoder "$ENTERPRISE_ENCODER") ;;
  tower)
    mkdir -p "$WORK/tower-model"
    cp -r "$ROOT/model/core/src/main/resources/io/fundmatch/model/default/." "$WORK/tower-model/"
    echo "ranker=tower" > "$WORK/tower-model/ranker.properties"
    MODEL_ARGS=(--model "$WORK/tower-model")
    ;;
  *) echo "RANKER must be learned or tower, not $RANKER" >&2; exit 2 ;;
esac

if [ ! -s "$WORK/gen/registry.jsonl" ]; then
  "$ROOT/bin/fundmatch" generate --out "$WORK/gen" --enterprises "$ENTERPRISES" --areas 10000 --districts 20 --seed 1
fi

nightly() { # $1: time file, $2: registry, $3: date, rest: extra options
  local timefile=$1 reg=$2 day=$3
  shift 3
  /usr/bin/time -v -o "$timefile" "$ROOT/bin/fundmatch" nightly --registry "$reg" \
    --catalogue "$WORK/gen/catalogue.jsonl" ${MODEL_ARGS[@]+"${MODEL_ARGS[@]}"} \
    --out "$WORK/out-$RANKER" --date "$day" --master 'local[2]' --no-explain "$@"
}

if [ ! -f "$WORK/out-$RANKER/2026-12-01/manifest.json" ]; then
  echo "== cold run ($RANKER), load: $(uptime)"
  nightly "$WORK/cold-$RANKER.time" "$WORK/gen/registry.jsonl" 2026-12-01
  grep -E "Elapsed|User time|System time|Maximum resident" "$WORK/cold-$RANKER.time"
  echo "== after the cold run, load: $(uptime)"
fi

if [ ! -s "$WORK/gen/registry-changed.jsonl" ]; then
  python3 "$ROOT/model/nightly/bench/change-enterprises.py" "$WORK/gen/registry.jsonl" \
    "$WORK/gen/registry-changed.jsonl" "$SHARE"
fi

for i in $(seq 1 "$RUNS"); do
  rm -rf "$WORK/out-$RANKER/2026-12-02" "$WORK/out-$RANKER/2026-12-02.partial"
  echo "== incremental run $i ($RANKER, $SHARE changed), load: $(uptime)"
  nightly "$WORK/incremental-$RANKER-$i.time" "$WORK/gen/registry-changed.jsonl" 2026-12-02 --incremental
  grep -E "Elapsed|User time|System time|Maximum resident" "$WORK/incremental-$RANKER-$i.time"
  python3 - "$WORK/out-$RANKER/2026-12-02/manifest.json" <<'PY'
import json, sys
m = json.load(open(sys.argv[1]))
print("  rescored enterprises %(rescoredEnterprises)d, rescored areas %(rescoredAreas)d (merged %(mergedAreas)d), vectors %(vectors)s" % m)
for k, v in m["stageMillis"].items():
    print(f"  {k:18s} {v / 1000:8.1f} s")
print(f"  {'total':18s} {sum(m['stageMillis'].values()) / 1000:8.1f} s")
PY
  echo "== after incremental run $i, load: $(uptime)"
done
