#!/bin/sh
# The two-file build's cold start against an earlier commit's, in turns in one browser
# (tools/bench/cold-compare.mjs): the absolute figure of `make bench` moves with the machine and
# the browser (the build before issue 11 took 85 to 114 ms in make bench on the day the issue's
# target was set, and 356 ms on a later day's machine), so a change to the engine is judged
# against what the earlier build does on the same machine in the same run.
#
#   tools/bench/cold-compare-previous.sh [REV [RUNS]]
#
# REV defaults to the commit before the retrained tagger (issue 11), RUNS to 16 rounds. The
# earlier commit's npm package is built from its own sources with its own Makefile (`make npm`
# in a git worktree under build/, removed afterwards; some 2 to 5 minutes on 2 cores), reusing this
# checkout's utf8proc sources. `make bench-cold-compare` runs it.
set -eu
cd "$(dirname "$0")/../.."
rev=${1:-278ff29}
runs=${2:-16}
[ -f build/npm/newslens.mjs ] || {
  echo "cold-compare-previous.sh: build this tree first (make npm)" >&2
  exit 2
}

tree=build/cold-previous
. tools/bench/previous-tree.sh
previous_tree "$rev" "$tree"
if [ -f build/_deps/utf8proc/utf8proc.c ]; then
  mkdir -p "$tree/build/_deps"
  cp -R build/_deps/utf8proc "$tree/build/_deps/"
fi
echo "cold-compare-previous.sh: building $rev's npm package in $tree" >&2
# The earlier Makefile runs on its own: none of this make's flags or level reach it.
env -u MAKEFLAGS -u MAKELEVEL -u MFLAGS make -C "$tree" npm >"$tree.log" 2>&1 || {
  echo "cold-compare-previous.sh: make npm failed in $tree; the end of $tree.log:" >&2
  tail -n 20 "$tree.log" >&2
  exit 1
}
rm -f "$tree.log"
node tools/bench/cold-compare.mjs --runs "$runs" build/npm "$tree/build/npm"
