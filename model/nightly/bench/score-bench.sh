#!/usr/bin/env bash
# CPU ms per enterprise of the nightly score stage with the learned ranker (docs/nightly.md, "Default ranker at
# scale"), one thread, random 512-d unit vectors: MODE=one (each enterprise computes its encoder similarities to every
# area) or batched (16 enterprises at a time, EncoderScoreBatches: encoder similarities and the towers' scores); both print the same hash of the kept rows.
# Usage: model/nightly/bench/score-bench.sh GEN_DIR [ENTERPRISES] [MODE]   (GEN_DIR from `bin/fundmatch generate`)
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)
GEN=${1:?GEN_DIR with catalogue.jsonl and registry.jsonl}
N=${2:-5000}
MODE=${3:-batched}
"$ROOT/bin/fundmatch" help > /dev/null # builds when stale
CP="$ROOT/model/cli/target/fundmatch-cli-0.1.0-SNAPSHOT.jar:$(cat "$ROOT/model/cli/target/classpath.txt")"
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
javac -d "$OUT" -cp "$CP" "$ROOT/model/nightly/bench/score/ScoreBench.java"
java -Xmx3g -cp "$OUT:$CP" io.fundmatch.nightly.ScoreBench "$N" "$GEN" "$MODE"
