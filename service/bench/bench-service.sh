# Sourced by the service benchmarks (upload.sh, first-answers.sh): the project root, the build folder, a WORK folder,
# the service jar, and start_service, which starts the jar on PORT over DATA_DIR and waits until it answers.
# Before sourcing, set BENCH_NAME (the default WORK is service/<target>/bench-<name>) and PORT.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$ROOT"
T=${FM_TARGET:-target}
WORK=${WORK:-$ROOT/service/$T/bench-$BENCH_NAME}
mkdir -p "$WORK"
WORK=$(cd "$WORK" && pwd)
JAR=${JAR:-service/$T/fundmatch-service.jar}
[ -s "$JAR" ] || mvn -B -q -o -DskipTests -Dfm.target="$T" -pl service -am package >&2
PID=

# start_service [service options...]: starts the service jar on PORT with DATA_DIR, the bench passwords (officer
# bench-officer, admin bench-admin) and no rate limit; sets PID, and ELAPSED to the seconds until it answered.
start_service() {
  local t0
  t0=$(date +%s.%N)
  ! curl -fs "http://127.0.0.1:$PORT/actuator/health/liveness" >/dev/null 2>&1 || { echo "port $PORT is taken" >&2; exit 1; }
  java ${FUNDMATCH_JAVA_OPTS:--Xmx4g} -Dfile.encoding=UTF-8 -jar "$JAR" \
    --fundmatch.data-dir="$DATA_DIR" --server.port="$PORT" --server.address=127.0.0.1 \
    --fundmatch.feedback-file="$WORK/feedback.jsonl" --fundmatch.limits.recommendations-per-minute=100000000 \
    --fundmatch.security.officer.password=bench-officer --fundmatch.security.admin.password=bench-admin \
    --logging.level.root=WARN "$@" > "$WORK/service.log" 2>&1 &
  PID=$!
  until curl -fs "http://127.0.0.1:$PORT/actuator/health/liveness" >/dev/null 2>&1; do
    kill -0 $PID 2>/dev/null || { echo "service died; see $WORK/service.log" >&2; tail -20 "$WORK/service.log" >&2; exit 1; }
    sleep 0.2
  done
  ELAPSED=$(python3 -c "import sys; print(round(float(sys.argv[1]) - float(sys.argv[2]), 1))" "$(date +%s.%N)" "$t0")
  echo "bench: $(nproc) cores, load:$(uptime | sed 's/.*load average//'); jar $JAR" >&2
}
