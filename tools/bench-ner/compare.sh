#!/bin/sh
# The tagger's speed against an earlier version's, in one run on one machine: a model of another
# feature version cannot run in this build, so the earlier commit's benchmark is built from its
# own sources (a git worktree under build/, removed afterwards) and the two take turns.
#
#   tools/bench-ner/compare.sh [REV [CONLL [ROUNDS]]]
#
# REV defaults to the commit before the retrained tagger (issue 11), CONLL to the CoNLL-2003 dev
# text (read, never learned from), ROUNDS to 3 turns each of 3 seconds. Prints each turn's tokens/s
# and the ratio of the medians (this build / REV). `make bench-ner-compare` runs it.
set -eu
cd "$(dirname "$0")/../.."
rev=${1:-278ff29}
conll=${2:-../shared/data/ner/dev/conll2003-dev.conll}
rounds=${3:-3}
current=build/native/newslens-bench-ner
[ -x "$current" ] || { echo "compare.sh: build this tree first (make native)" >&2; exit 2; }

tree=build/bench-ner-previous
. tools/bench/previous-tree.sh
previous_tree "$rev" "$tree"
echo "compare.sh: building $rev's newslens-bench-ner (Release) in $tree" >&2
cmake -S "$tree" -B "$tree/build" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$tree/build" --target newslens_bench_ner >/dev/null
previous="$tree/build/newslens-bench-ner"

speed() { "$1" --seconds 3 "$conll" | sed -n 's/.*: \([0-9]*\) tokens\/s.*/\1/p'; }
median() { sort -n | awk '{v[NR] = $1} END {print v[int((NR + 1) / 2)]}'; }
now=""
before=""
i=0
while [ "$i" -lt "$rounds" ]; do
  a=$(speed "$current")
  b=$(speed "$previous")
  echo "turn $((i + 1)): this build $a tokens/s, $rev $b tokens/s"
  now="$now $a"
  before="$before $b"
  i=$((i + 1))
done
a=$(echo "$now" | tr ' ' '\n' | grep . | median)
b=$(echo "$before" | tr ' ' '\n' | grep . | median)
awk -v a="$a" -v b="$b" -v rev="$rev" 'BEGIN {
  printf "median: this build %.2f M tokens/s, %s %.2f M tokens/s; ratio %.2fx\n", a / 1e6, rev, b / 1e6, a / b }'
