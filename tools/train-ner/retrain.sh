#!/bin/sh
# Rebuilds the tagger's word clusters and retrains core/ner/model.bin from ../shared alone,
# reproducibly: the same data, gazetteer and seeds give the same bytes (see core/ner/MODEL.md).
#
#   tools/train-ner/retrain.sh [BUILD_DIR [TRAIN_DATA_DIR [UNLABELED_TEXT [MODEL]]]]
#
# BUILD_DIR defaults to build/native (it must hold newslens-train-ner and newslens-word-clusters:
# `cmake --build --preset native`), TRAIN_DATA_DIR to ../shared/data/ner/train, UNLABELED_TEXT to
# ../shared/data/unlabeled/wikipedia-en.txt.xz, MODEL (the model file written) to
# core/ner/model.bin. Never point it at ner/dev: CoNLL-2003 is for measuring only. Needs Debian's
# fasttext and xz (tools/setup.sh installs them). For the model card's table of what each source is
# worth (tools/train-ner/ablate.sh): NER_LEAVE_OUT=SOURCE trains without one source (wikigold,
# btc, wnut17, gum, uner, redocred, crossner, re3d, sports) or without the clusters (clusters),
# NER_SEED=N with another seed of the trainer, NER_REUSE_CLUSTERS=1 on the clusters already made.
#
# Steps (times on the project's 2-core machine are in MODEL.md):
#   1. the unlabeled text as the tagger's tokens, one sentence a line (newslens-word-clusters);
#   2. skip-gram word vectors of its words seen 5 times or more (fasttext, one thread: the same
#      bytes each run);
#   3. the 30,000 most frequent words in 512 clusters and those in 32 coarse ones (k-means);
#   4. the model, which carries the gazetteer (core/ner/gazetteer.tsv, less the surname list and
#      the inflected common words) and the clusters as 24-bit fingerprints.
set -eu
cd "$(dirname "$0")/../.."
build=${1:-build/native}
data=${2:-../shared/data/ner/train}
unlabeled=${3:-../shared/data/unlabeled/wikipedia-en.txt.xz}
model=${4:-core/ner/model.bin}
work="$build/ner-training"
mkdir -p "$work"

for tool in fasttext xz; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "retrain.sh: $tool is missing: run tools/setup.sh (or apt-get install $tool)" >&2
    exit 1
  fi
done

if [ "${NER_REUSE_CLUSTERS:-0}" = 1 ] && [ -s "$work/clusters.tsv" ]; then
  echo "retrain.sh: 1-3/4 the clusters of $work/clusters.tsv, kept (NER_REUSE_CLUSTERS=1)" >&2
else
  echo "retrain.sh: 1/4 tokenizing $unlabeled" >&2
  xz -dc "$unlabeled" | "$build/newslens-word-clusters" corpus >"$work/corpus.txt"
  # The corpus's digest goes beside the shipped model, for check-corpus.sh (ctest
  # ner_clusters_corpus): a change of the tokenizer that changes it shows there.
  if [ "$model" = core/ner/model.bin ]; then
    {
      grep '^#' tools/train-ner/clusters-corpus.md5
      md5sum "$work/corpus.txt" | cut -d ' ' -f 1
    } >"$work/corpus.md5"
    mv "$work/corpus.md5" tools/train-ner/clusters-corpus.md5
  fi
  echo "retrain.sh: 2/4 word vectors (fasttext skipgram, one thread)" >&2
  fasttext skipgram -input "$work/corpus.txt" -output "$work/vectors" -dim 64 -ws 3 -epoch 5 \
    -minCount 5 -minn 0 -maxn 0 -thread 1 -seed 1 -verbose 0
  echo "retrain.sh: 3/4 clusters (k-means)" >&2
  "$build/newslens-word-clusters" kmeans --vectors "$work/vectors.vec" --words 30000 \
    --clusters 512 --coarse 32 --seed 1 >"$work/clusters.tsv" 2>"$work/kmeans.log"
fi

echo "retrain.sh: 4/4 the model" >&2
sports="$work/sports-results.conll"
# (Written aside and renamed: trainings that run side by side read it whole.)
python3 tools/train-ner/make-sports-results.py core/ner/gazetteer.tsv --seed 1 >"$sports.$$"
mv "$sports.$$" "$sports"
# Source weights favour news and the conventions of CoNLL-2003; what each source is worth is in
# MODEL.md (models trained without it). The Wikipedia sets of exhaustive names (Re-DocRED,
# CrossNER) each cost CoNLL F1 at full weight, so they count a tenth.
# NER_LEAVE_OUT leaves one source out (or the clusters), for the model card's table of what each
# is worth (tools/train-ner/ablate.sh); NER_SEED changes the trainer's seed.
leave_out=${NER_LEAVE_OUT:-}
case "$leave_out" in
  "" | wikigold | btc | wnut17 | gum | uner | redocred | crossner | re3d | sports | clusters) ;;
  *)
    echo "retrain.sh: NER_LEAVE_OUT=$leave_out is no source" >&2
    exit 2
    ;;
esac
keep() { [ "$1" != "$leave_out" ]; }
set --
if keep clusters; then set -- "$@" --clusters "$work/clusters.tsv" --cluster-bits 24; fi
if keep wikigold; then set -- "$@" --weight 1.5 "$data/wikigold.conll"; fi
if keep btc; then set -- "$@" --weight 0.5 --no-misc "$data/btc.conll"; fi
if keep wnut17; then set -- "$@" --weight 0.5 --no-misc "$data/wnut17.conll"; fi
if keep gum; then
  set -- "$@" --weight 2 --docs 36-53,74-75 "$data/gum.conll" \
    --weight 1 --docs 1-35,54-73,76-77 "$data/gum.conll"
fi
if keep uner; then set -- "$@" --weight 1 --no-misc "$data/uner-ewt.conll"; fi
if keep redocred; then set -- "$@" --weight 0.1 "$data/redocred.conll"; fi
if keep crossner; then set -- "$@" --weight 0.1 --sentence-documents "$data/crossner.conll"; fi
if keep re3d; then set -- "$@" --weight 1.5 --no-misc "$data/re3d.conll"; fi
if keep sports; then set -- "$@" --weight 1 "$sports"; fi
"$build/newslens-train-ner" --out "$model" --seed "${NER_SEED:-1}" --epochs 10 --passes 2 \
  --min-count 5 --upper-case-rate 0.2 --word-dropout 0.1 \
  --max-features 15000 --weight-bits 13 --min-weight 1 --retrain-kept \
  --gazetteer core/ner/gazetteer.tsv --gazetteer-bits 24 --gazetteer-drop-inflected \
  --gazetteer-lists first,person,country,city,region,place,org,demonym,orgword,placeword,title,role,common,proper \
  "$@"
