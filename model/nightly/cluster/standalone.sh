#!/usr/bin/env bash
# Runs a fundmatch command (normally `nightly`) on a Spark standalone cluster started on this machine from
# the Maven jars: a Master and WORKERS Workers as separate JVMs on 127.0.0.1 (free ports), the command submitted
# through Spark's own launcher (org.apache.spark.deploy.SparkSubmit, via bin/fundmatch-submit and the -Psubmit
# jar), then Master and Workers stopped (also on error or Ctrl-C).
#   model/nightly/cluster/standalone.sh nightly --registry /abs/registry.jsonl --catalogue /abs/catalogue.jsonl \
#       --out /abs/nightly --date 2026-12-01
# Paths must be absolute (executors run in their own work folders). No download: SPARK_HOME is made under
# WORK from the jars of model/cli's class path (Spark included) with an empty RELEASE file.
# Environment: WORK (default model/cli/target/standalone), WORKERS (2), WORKER_CORES (1), WORKER_MEMORY (2g),
# EXECUTOR_MEMORY (1g), DRIVER_MEMORY (2g), START_TIMEOUT seconds for the workers to register (120),
# APP_CLASSPATH: fundmatch's own classes (module jars or target/classes folders, ':'-separated) to run instead of
# the submit jar — given to the driver and, as spark.executor.extraClassPath, to the executors (tests use it).
# Exit codes: the command's own; 90 when the cluster did not start (logs in WORK/logs).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)
T=${FM_TARGET:-target}
WORK=${WORK:-$ROOT/model/cli/$T/standalone}
WORKERS=${WORKERS:-2}
START_TIMEOUT=${START_TIMEOUT:-120}
CP_FILE="$ROOT/model/cli/$T/classpath.txt"
SUBMIT_JAR="$ROOT/model/cli/$T/fundmatch-cli-0.1.0-SNAPSHOT-submit.jar"

OPENS="--add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.lang.invoke=ALL-UNNAMED \
--add-opens=java.base/java.lang.reflect=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED \
--add-opens=java.base/java.net=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED \
--add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.util.concurrent=ALL-UNNAMED \
--add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED --add-opens=java.base/jdk.internal.ref=ALL-UNNAMED \
--add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/sun.nio.cs=ALL-UNNAMED \
--add-opens=java.base/sun.security.action=ALL-UNNAMED --add-opens=java.base/sun.util.calendar=ALL-UNNAMED \
-Djdk.reflect.useDirectMethodHandle=false -Dio.netty.tryReflectionSetAccessible=true -Dfile.encoding=UTF-8"

if [ $# -eq 0 ]; then sed -n '2,/^set /p' "$0" | grep '^#' | sed 's/^# \{0,1\}//'; exit 2; fi

# the class path of model/cli (classpath.txt) and the submit jar; built when missing or stale
if [ -n "${APP_CLASSPATH:-}" ]; then
  [ -e "$CP_FILE" ] || { echo "standalone: $CP_FILE is missing (build model/cli first)" >&2; exit 2; }
elif [ ! -e "$CP_FILE" ] || [ ! -e "$SUBMIT_JAR" ] || [ -n "$(find "$ROOT/ingest/src" "$ROOT"/model/*/src "$ROOT/pom.xml" "$ROOT/model/pom.xml" "$ROOT"/model/*/pom.xml -newer "$SUBMIT_JAR" -type f -print -quit)" ]; then
  echo "standalone: building $SUBMIT_JAR ..." >&2
  (cd "$ROOT" && mvn -B -q -Psubmit -DskipTests -Dfm.target="$T" -pl model/cli -am package >&2)
fi

# SPARK_HOME from the Maven jars: jars/ (every library jar of the class path, Spark and Scala included; the
# fundmatch modules travel in the submit jar), an empty RELEASE, and bin/spark-submit for bin/fundmatch-submit
export SPARK_HOME="$WORK/spark-home" SPARK_SCALA_VERSION=2.13 SPARK_LOCAL_IP=127.0.0.1
rm -rf "$SPARK_HOME/jars"
mkdir -p "$SPARK_HOME/jars" "$SPARK_HOME/bin" "$WORK/logs" "$WORK/work"
: > "$SPARK_HOME/RELEASE"
tr ':' '\n' < "$CP_FILE" | while read -r jar; do
  case "$jar" in
    "$ROOT"/*) ;;                                         # a fundmatch module: in the submit jar
    *.jar) ln -sf "$jar" "$SPARK_HOME/jars/$(basename "$jar")" ;;
  esac
done
cat > "$SPARK_HOME/bin/spark-submit" <<SUBMIT
#!/usr/bin/env bash
# client mode: the driver runs in this JVM, so its options are given here
exec java -Xmx\${DRIVER_MEMORY:-2g} $OPENS -cp "$SPARK_HOME/jars/*\${APP_CLASSPATH:+:\$APP_CLASSPATH}" org.apache.spark.deploy.SparkSubmit "\$@"
SUBMIT
chmod +x "$SPARK_HOME/bin/spark-submit"

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
PIDS=()
stop_cluster() {
  local pid
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
}
trap stop_cluster EXIT
trap 'exit 130' INT TERM

PORT=$(free_port); UI=$(free_port)
# shellcheck disable=SC2086
java -Xmx512m $OPENS -cp "$SPARK_HOME/jars/*" org.apache.spark.deploy.master.Master \
  --host 127.0.0.1 --port "$PORT" --webui-port "$UI" > "$WORK/logs/master.log" 2>&1 &
PIDS+=($!)
MASTER="spark://127.0.0.1:$PORT"
for i in $(seq 1 "$WORKERS"); do
  # shellcheck disable=SC2086
  java -Xmx512m $OPENS -cp "$SPARK_HOME/jars/*" org.apache.spark.deploy.worker.Worker "$MASTER" \
    --host 127.0.0.1 --port "$(free_port)" --webui-port "$(free_port)" --cores "${WORKER_CORES:-1}" \
    --memory "${WORKER_MEMORY:-2g}" --work-dir "$WORK/work" > "$WORK/logs/worker-$i.log" 2>&1 &
  PIDS+=($!)
done

started=$SECONDS
until [ "$(grep -c 'Registering worker' "$WORK/logs/master.log" 2>/dev/null)" -ge "$WORKERS" ]; do
  if [ $((SECONDS - started)) -ge "$START_TIMEOUT" ]; then
    echo "standalone: the cluster did not start within ${START_TIMEOUT}s (logs in $WORK/logs)" >&2
    tail -n 5 "$WORK"/logs/*.log >&2 || true
    exit 90
  fi
  for pid in "${PIDS[@]}"; do
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "standalone: a cluster process ended at start (logs in $WORK/logs)" >&2
      tail -n 5 "$WORK"/logs/*.log >&2 || true
      exit 90
    fi
  done
  sleep 1
done
echo "standalone: $MASTER with $WORKERS worker(s) up in $((SECONDS - started)) s (web UI http://127.0.0.1:$UI)" >&2

status=0
if [ -n "${APP_CLASSPATH:-}" ]; then
  # the classes are on the class paths already: no application jar (Spark's "spark-internal")
  "$SPARK_HOME/bin/spark-submit" --master "$MASTER" --name fundmatch-nightly --class io.fundmatch.cli.FundmatchCli \
    --executor-memory "${EXECUTOR_MEMORY:-1g}" --conf spark.driver.host=127.0.0.1 \
    --conf "spark.executor.extraJavaOptions=$OPENS" --conf "spark.executor.extraClassPath=$APP_CLASSPATH" \
    spark-internal "$@" || status=$?
  exit $status
fi
EXECUTOR_MEMORY=${EXECUTOR_MEMORY:-1g} DRIVER_MEMORY=${DRIVER_MEMORY:-2g} \
  SPARK_SUBMIT_OPTS_EXTRA="--conf spark.driver.host=127.0.0.1 ${SPARK_SUBMIT_OPTS_EXTRA:-}" \
  "$ROOT/bin/fundmatch-submit" --master "$MASTER" "$@" || status=$?
exit $status
