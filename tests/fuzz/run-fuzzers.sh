#!/bin/sh
# Runs each libFuzzer target of the `fuzz` preset for SECONDS seconds, one after the other, and
# prints a table: runs, executions per second, coverage (edges and features) and corpus size.
#
#   tests/fuzz/run-fuzzers.sh SECONDS [TARGET...]     (targets: decode normalize analyze model)
#
# Each target starts from the committed seed corpus (tests/fuzz/corpus/common and
# tests/fuzz/corpus/TARGET, only read) and
# from what earlier runs found (build/fuzz/work/TARGET, kept between runs). A crash, a sanitizer
# report, an input slower than 10 s or a broken invariant stops that target, saves the input as
# build/fuzz/artifacts/TARGET-crash-*, prints the report, and makes the script exit 1 once every
# target has run. Turning a finding into a regression test: see tests/fuzz/README.md.
set -eu

cd "$(dirname "$0")/../.."
SECONDS_EACH=${1:?usage: $0 SECONDS [TARGET...]}
shift
TARGETS=${*:-decode normalize analyze model}
BIN=build/fuzz/tests/fuzz
OUT=build/fuzz

mkdir -p "$OUT/artifacts" "$OUT/logs"
failed=""
summary=""
for t in $TARGETS; do
  mkdir -p "$OUT/work/$t"
  log="$OUT/logs/$t.log"
  printf 'fuzz: %s for %s s ... ' "$t" "$SECONDS_EACH"
  # -max_len 8192: articles' shapes fit, and each execution stays fast enough to explore.
  # -timeout 10: a superlinear blow-up on a small input is a finding too.
  if "$BIN/newslens_fuzz_$t" -max_total_time="$SECONDS_EACH" -max_len=8192 -timeout=10 \
       -rss_limit_mb=2048 -print_final_stats=1 -dict=tests/fuzz/newslens.dict \
       -artifact_prefix="$OUT/artifacts/$t-" "$OUT/work/$t" "tests/fuzz/corpus/$t" tests/fuzz/corpus/common \
       >"$log" 2>&1; then
    echo ok
  else
    echo FAILED
    failed="$failed $t"
    # The report: the broken invariant or the sanitizer's message, the stack, the saved input.
    grep -v -E '^#[0-9]+\s+(NEW|REDUCE|pulse|RELOAD)' "$log" | tail -n 60
  fi
  done_line=$(grep -E '^#[0-9]+\s+DONE' "$log" | tail -n 1 || true)
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log")
  cov=$(printf '%s' "$done_line" | sed -n 's/.*cov: \([0-9]*\).*/\1/p')
  ft=$(printf '%s' "$done_line" | sed -n 's/.*ft: \([0-9]*\).*/\1/p')
  corp=$(printf '%s' "$done_line" | sed -n 's/.*corp: \([^ ]*\).*/\1/p')
  summary="$summary$(printf '%-10s %8s %10s %8s %6s %7s %14s' "$t" "$SECONDS_EACH" \
    "${runs:-?}" "${rate:-?}" "${cov:-?}" "${ft:-?}" "${corp:-?}")
"
done

echo
printf '%-10s %8s %10s %8s %6s %7s %14s\n' target seconds runs exec/s cov ft corpus
printf '%s' "$summary"
if [ -n "$failed" ]; then
  echo "fuzz: findings in:$failed (inputs in $OUT/artifacts/, logs in $OUT/logs/)" >&2
  exit 1
fi
