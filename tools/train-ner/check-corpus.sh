#!/bin/sh
# Checks that the word clusters' corpus, the first step of `make train-ner` (retrain.sh), is still
# the one the shipped model was trained from: its MD5 against tools/train-ner/clusters-corpus.md5.
# A change of the tokenizer or the sentence splitter that changes the corpus would leave a model
# that `make train-ner` no longer rebuilds byte for byte; then retrain (make train-ner writes the
# new digest) or keep the corpus's tokens as they were (core/ner/MODEL.md, "Retraining").
#
#   tools/train-ner/check-corpus.sh WORD_CLUSTERS_TOOL [UNLABELED_TEXT]
#
# UNLABELED_TEXT defaults to ../shared/data/unlabeled/wikipedia-en.txt.xz beside the checkout.
# Exits 77 (skipped, for ctest) when that text or xz is not there, 1 when the digests differ.
set -eu
root="$(cd "$(dirname "$0")/../.." && pwd)"
tool=${1:?usage: check-corpus.sh WORD_CLUSTERS_TOOL [UNLABELED_TEXT]}
unlabeled=${2:-$root/../shared/data/unlabeled/wikipedia-en.txt.xz}
if [ ! -f "$unlabeled" ] || ! command -v xz >/dev/null 2>&1; then
  echo "check-corpus.sh: skipped: $unlabeled or xz is missing" >&2
  exit 77
fi
expected=$(grep -v '^#' "$root/tools/train-ner/clusters-corpus.md5" | head -n 1)
actual=$(xz -dc "$unlabeled" | "$tool" corpus | md5sum | cut -d ' ' -f 1)
if [ "$actual" != "$expected" ]; then
  echo "check-corpus.sh: the word clusters' corpus of $unlabeled has MD5 $actual," >&2
  echo "  the shipped model's was $expected (tools/train-ner/clusters-corpus.md5): make train-ner" >&2
  echo "  would no longer rebuild core/ner/model.bin byte for byte (see core/ner/MODEL.md)" >&2
  exit 1
fi
echo "check-corpus.sh: the word clusters' corpus is the shipped model's ($actual)"
