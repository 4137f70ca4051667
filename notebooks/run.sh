#!/usr/bin/env bash
# Exports the data the notebooks read (with bin/fundmatch) and executes every notebook headless, in place, so the
# committed notebooks keep their figures. Fails when an export or a notebook fails.
#
#   notebooks/run.sh                 all three notebooks
#   notebooks/run.sh catalogue       only some (catalogue, model, nightly)
#
# With ../shared present: the seed documents and guides, the registry extracts, and the evaluation on the labelled
# set. Without it: generated data (bin/fundmatch generate), and the model notebook says the evaluation is missing.
# The nightly notebook always runs on a small generated registry, twice (the second night adds areas -> alerts).
# Environment: FM_TARGET (build folder), FM_SHARED (default ../shared), FM_NOTEBOOK_DATA (work folder, default notebooks/data, git-ignored),
# FM_NIGHTLY_ENTERPRISES (default 1500), FM_EVALUATE_OPTIONS (default --rankers bm25,tfidf,tower --folds 2).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
# Debian's Python (pandas, matplotlib, ipykernel, nbconvert) before any other python3 on PATH
export PATH=/usr/bin:/bin:$PATH
PY=/usr/bin/python3
NBCONVERT=/usr/bin/jupyter-nbconvert
for m in pandas matplotlib ipykernel; do
  $PY -c "import $m" 2>/dev/null || { echo "notebooks: $PY lacks $m (run .ci/install-packages)" >&2; exit 1; }
done
[ -x "$NBCONVERT" ] || { echo "notebooks: $NBCONVERT missing (run .ci/install-packages)" >&2; exit 1; }

DATA=${FM_NOTEBOOK_DATA:-$ROOT/notebooks/data}
mkdir -p "$DATA/logs"
DATA=$(cd "$DATA" && pwd)
export FM_NOTEBOOK_DATA=$DATA
NIGHTLY_ENTERPRISES=${FM_NIGHTLY_ENTERPRISES:-1500}
SHARED=${FM_SHARED:-$ROOT/../shared}
NOTEBOOKS=("$@")
[ ${#NOTEBOOKS[@]} -eq 0 ] && NOTEBOOKS=(catalogue model nightly)
wants() { [[ " ${NOTEBOOKS[*]} " == *" $1 "* ]]; }

START=$SECONDS
step() { echo "notebooks: [$((SECONDS - START)) s] $*"; }
fm() { bin/fundmatch "$@"; }
log() { # runs a command with its output in DATA/logs/NAME.log; shows the tail when it fails
  local name=$1; shift
  mkdir -p "$DATA/logs"
  if ! "$@" >"$DATA/logs/$name.log" 2>&1; then
    tail -20 "$DATA/logs/$name.log" >&2
    echo "notebooks: $name failed (full log: $DATA/logs/$name.log)" >&2
    return 1
  fi
}

# build once up front (bin/fundmatch rebuilds when sources changed)
HELP=$(fm help)
has() { grep -q "^  $1 " <<<"$HELP"; }

if wants catalogue || wants model; then
  rm -rf "$DATA/catalogue" "$DATA/registry" "$DATA/eval" "$DATA/export" "$DATA/model"
  if [ -d "$SHARED/seeds" ]; then
    step "ingest the seed documents and guides"
    guides=("$SHARED/seeds")
    [ -d "$SHARED/data/guides" ] && guides+=("$SHARED/data/guides")
    log ingest fm ingest "${guides[@]}" --out "$DATA/catalogue" --no-parquet
    step "import the registry extracts"
    log import fm import "$SHARED"/data/enterprises/* --out "$DATA/registry" --no-parquet
    CATALOGUE=$DATA/catalogue/catalogue.jsonl
    REGISTRY=$DATA/registry/registry.jsonl
  else
    step "no ../shared: generate a small registry and catalogue"
    log generate-sample fm generate --out "$DATA/catalogue" --enterprises 1000 --areas 200 --districts 8 --seed 3
    CATALOGUE=$DATA/catalogue/catalogue.jsonl
    REGISTRY=$DATA/catalogue/registry.jsonl
  fi
  MODEL=()
  if [ ! -f model/core/src/main/resources/io/fundmatch/model/default/model.json ]; then
    step "no model shipped: train one on this data"
    train=(fm train --catalogue "$CATALOGUE" --registry "$REGISTRY" --out "$DATA/model")
    [ -d "$SHARED/seeds" ] && train+=(--labels builtin)
    log train "${train[@]}"
    MODEL=(--model "$DATA/model")
  fi
  step "export the catalogue, the enterprises and the embedding map"
  log export fm export --out "$DATA/export" --catalogue "$CATALOGUE" --registry "$REGISTRY" --labelled "${MODEL[@]}"
  if wants model && [ -d "$SHARED/seeds" ]; then
    if has evaluate; then
      step "evaluate the model and the baselines"
      # the tower rankers train one model per fold: two folds keep the run short; set FM_EVALUATE_OPTIONS for more
      log evaluate fm evaluate --out "$DATA/eval" ${FM_EVALUATE_OPTIONS:---rankers bm25,tfidf,tower --folds 2}
    else
      step "no evaluate command: the model notebook will say so"
    fi
  fi
fi

if wants nightly && ! { has nightly && has generate; }; then
  rm -rf "$DATA/nightly"
  step "no nightly or generate command: the nightly notebook will say so"
elif wants nightly; then
  rm -rf "$DATA/generated" "$DATA/generated-more" "$DATA/nightly" "$DATA/nightly-export"
  step "generate $NIGHTLY_ENTERPRISES enterprises and two nights of areas"
  log generate fm generate --out "$DATA/generated" --enterprises "$NIGHTLY_ENTERPRISES" --areas 300 --districts 12 --seed 7 --date 2026-01-05
  log generate-more fm generate --out "$DATA/generated-more" --enterprises "$NIGHTLY_ENTERPRISES" --areas 330 --districts 12 --seed 7 --date 2026-01-05
  NIGHT_MODEL=()
  if [ ! -f model/core/src/main/resources/io/fundmatch/model/default/model.json ]; then
    if [ ! -f "$DATA/model/LATEST" ]; then
      step "no model shipped: train one on the generated data"
      log train-generated fm train --catalogue "$DATA/generated/catalogue.jsonl" --registry "$DATA/generated/registry.jsonl" --out "$DATA/model"
    fi
    NIGHT_MODEL=(--model "$DATA/model")
  fi
  step "nightly run, first night"
  log nightly-1 fm nightly --registry "$DATA/generated/registry.jsonl" --catalogue "$DATA/generated/catalogue.jsonl" \
    --out "$DATA/nightly" --date 2026-01-05 --master "local[2]" --no-explain "${NIGHT_MODEL[@]}"
  step "nightly run, second night (30 new areas)"
  log nightly-2 fm nightly --registry "$DATA/generated/registry.jsonl" --catalogue "$DATA/generated-more/catalogue.jsonl" \
    --out "$DATA/nightly" --date 2026-01-06 --master "local[2]" --no-explain "${NIGHT_MODEL[@]}"
  log export-nightly fm export --out "$DATA/nightly-export" --registry "$DATA/generated/registry.jsonl" --no-map
fi

failed=0
for nb in "${NOTEBOOKS[@]}"; do
  step "execute $nb.ipynb"
  if ! (cd notebooks && "$NBCONVERT" --to notebook --execute --inplace --ExecutePreprocessor.timeout=600 \
        "$nb.ipynb" >"$DATA/logs/$nb-notebook.log" 2>&1); then
    grep -v "Debugger warning\|frozen modules\|Xfrozen_modules\|PYDEVD" "$DATA/logs/$nb-notebook.log" | tail -30 >&2
    echo "notebooks: $nb.ipynb failed" >&2
    failed=1
  fi
done
[ $failed -eq 0 ] || exit 1
step "done"
