#!/bin/sh
# The project's quality figures, from the evaluation data beside the checkout (../shared; never
# copied into it). Prints the scorers' summary lines:
#   - the seed article (quotes, speakers, entities, titles, header)   eval/score_seed.py
#   - the articles written for newslens with gold files (tests/gold/) eval/score_gold.py
#   - the articles written blind, with gold files (tests/gold-blind/) eval/score_gold.py
#   - PolNeAR dev, speech attributions (quotes and speakers)          eval/score_polnear.py
#   - GUM's coreference chains: pronouns and descriptions resolved    tools/eval/gum-coref.py
#   - CoNLL-2003 dev, named entities (research-only data: measured, never trained on)
#
#   tools/eval/run-eval.sh [SHARED_DIR]      (default ../shared; needs build/native/newslens)
set -eu
cd "$(dirname "$0")/../.."
shared=${1:-../shared}
cli=build/native/newslens
[ -x "$cli" ] || { echo "run-eval: build the CLI first (make native)" >&2; exit 2; }
[ -d "$shared/eval" ] || { echo "run-eval: no evaluation data in $shared" >&2; exit 2; }
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

"$cli" analyze --format json "$shared/eval/seed/article.txt" |
  python3 "$shared/eval/score_seed.py" - | tail -n 1
"$cli" analyze --format jsonl tests/gold/*.txt >"$out/gold.jsonl"
python3 "$shared/eval/score_gold.py" tests/gold tests/gold "$out/gold.jsonl" | tail -n 1
"$cli" analyze --format jsonl tests/gold-blind/*.txt >"$out/gold-blind.jsonl"
python3 "$shared/eval/score_gold.py" tests/gold-blind tests/gold-blind "$out/gold-blind.jsonl" |
  tail -n 1 | sed 's/^gold:/gold-blind:/'
"$cli" analyze --format jsonl "$shared"/data/quotes/polnear/dev/text/*.txt >"$out/dev.jsonl"
python3 "$shared/eval/score_polnear.py" "$shared/data/quotes/polnear/dev" "$out/dev.jsonl" | tail -n 2
python3 tools/eval/gum-coref.py --shared "$shared" --cli "$cli" | tail -n 1
"$cli" conll <"$shared/data/ner/dev/conll2003-dev.conll" |
  python3 "$shared/eval/conlleval.py"
