#!/bin/sh
# Retrains core/ner/model.bin from the permissively licensed corpora, reproducibly: the same data,
# gazetteer and seed give the same bytes (see core/ner/MODEL.md). The model file takes in the
# gazetteer (core/ner/gazetteer.tsv, less the surname list and the inflected common words) as
# 24-bit fingerprints.
#
#   tools/train-ner/retrain.sh [BUILD_DIR [TRAIN_DATA_DIR]]
#
# BUILD_DIR defaults to build/native (it must hold newslens-train-ner: `cmake --build --preset
# native`), TRAIN_DATA_DIR to ../shared/data/ner/train. Never point it at ner/dev: CoNLL-2003 is
# for measuring only.
set -eu
cd "$(dirname "$0")/../.."
build=${1:-build/native}
data=${2:-../shared/data/ner/train}
sports="$build/ner-sports-results.conll"

python3 tools/train-ner/make-sports-results.py core/ner/gazetteer.tsv --seed 1 >"$sports"
"$build/newslens-train-ner" --out core/ner/model.bin --seed 1 --epochs 10 --passes 2 \
  --min-count 5 --upper-case-rate 0.2 --word-dropout 0.1 \
  --max-features 150000 --weight-bits 13 --min-weight 6 --retrain-kept \
  --gazetteer core/ner/gazetteer.tsv --gazetteer-bits 24 --gazetteer-drop-inflected \
  --gazetteer-lists first,person,country,city,region,place,org,demonym,orgword,placeword,title,role,common,proper \
  --weight 1.5 "$data/wikigold.conll" \
  --weight 0.5 --no-misc "$data/btc.conll" \
  --weight 0.5 --no-misc "$data/wnut17.conll" \
  --weight 2 --docs 36-70,91-94 "$data/gum.conll" \
  --weight 1 --docs 1-35,71-90,95-96 "$data/gum.conll" \
  --weight 1 "$sports"
