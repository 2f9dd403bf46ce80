#!/bin/sh
# The model card's table of what each training source is worth (core/ner/MODEL.md, "What each
# training source is worth"): CoNLL-2003 dev F1 of the model retrain.sh makes without one source
# (or without the word clusters), with the trainer's seeds 1, 2 and 3, on the clusters that
# `make train-ner` made; two trainings at a time, some 15 minutes on the project's 2-core machine.
#
#   tools/train-ner/ablate.sh [BUILD_DIR [TRAIN_DATA_DIR [CONLL_DEV]]]
#
# Prints one row per source: the three F1 scores, their mean, and the full model's mean less that
# mean (what the source is worth). The models go to BUILD_DIR/ner-training/ablation/.
set -eu
cd "$(dirname "$0")/../.."
build=${1:-build/native}
data=${2:-../shared/data/ner/train}
dev=${3:-../shared/data/ner/dev/conll2003-dev.conll}
unlabeled=../shared/data/unlabeled/wikipedia-en.txt.xz
out="$build/ner-training/ablation"
if [ ! -s "$build/ner-training/clusters.tsv" ]; then
  echo "ablate.sh: no $build/ner-training/clusters.tsv: run make train-ner first" >&2
  exit 1
fi
mkdir -p "$out"

# train SOURCE SEED: the model without SOURCE ("none": all of them), and its F1 in SOURCE-SEED.f1.
train() {
  leave_out=$1
  [ "$leave_out" = none ] && leave_out=
  NER_REUSE_CLUSTERS=1 NER_LEAVE_OUT=$leave_out NER_SEED=$2 \
    sh tools/train-ner/retrain.sh "$build" "$data" "$unlabeled" "$out/$1-$2.bin" \
    >"$out/$1-$2.log" 2>&1
  "$build/newslens" conll --model "$out/$1-$2.bin" <"$dev" | python3 ../shared/eval/conlleval.py |
    sed -n 's/^overall: .* F1 \([0-9.]*\) .*/\1/p' >"$out/$1-$2.f1"
}

sources="none wikigold btc wnut17 gum uner redocred crossner re3d sports clusters"
running=0
for source in $sources; do
  for seed in 1 2 3; do
    train "$source" "$seed" &
    running=$((running + 1))
    # Two at a time: the machine's two cores.
    if [ "$running" = 2 ]; then
      wait
      running=0
    fi
  done
done
wait

mean() { awk '{ s += $1 } END { printf "%.2f", s / NR }' "$@"; }
full=$(mean "$out"/none-1.f1 "$out"/none-2.f1 "$out"/none-3.f1)
printf '%-10s %-20s %-6s %s\n' "left out" "F1 seeds 1 2 3" mean worth
for source in $sources; do
  m=$(mean "$out/$source-1.f1" "$out/$source-2.f1" "$out/$source-3.f1")
  printf '%-10s %-20s %-6s %s\n' "$source" \
    "$(cat "$out/$source-1.f1" "$out/$source-2.f1" "$out/$source-3.f1" | paste -sd ' ')" "$m" \
    "$(awk -v f="$full" -v m="$m" 'BEGIN { printf "%+.2f", f - m }')"
done
