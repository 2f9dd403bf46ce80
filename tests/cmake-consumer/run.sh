#!/bin/sh
# Installs the native build into build/install and builds a program against it twice, through
# find_package(newslens CONFIG) and through pkg-config, from a copy of the tree moved elsewhere
# (both packages must be relocatable). Each program, and the installed CLI, must print the
# analysis of the sample article exactly as build/native/newslens does.
#   tests/cmake-consumer/run.sh        (make test-cmake-consumer; after the native build)
set -eu

cd "$(dirname "$0")/../.."
ROOT=$(pwd)
BUILD=build/native
PREFIX=$ROOT/build/install
MOVED=$ROOT/build/install-moved
CONSUMER=$ROOT/build/cmake-consumer
SAMPLE=web/examples/sample-article.txt

fail() { printf 'test-cmake-consumer: FAIL: %s\n' "$*" >&2; exit 1; }
say() { printf 'test-cmake-consumer: %s\n' "$*"; }

rm -rf "$PREFIX" "$MOVED" "$CONSUMER"
cmake --install "$BUILD" --prefix "$PREFIX" >/dev/null
for f in include/newslens/newslens.h include/newslens/json.h lib/libnewslens_core.a bin/newslens \
         lib/cmake/newslens/newslensConfig.cmake lib/cmake/newslens/newslensConfigVersion.cmake \
         lib/cmake/newslens/newslensTargets.cmake lib/pkgconfig/newslens.pc; do
  [ -f "$PREFIX/$f" ] || fail "cmake --install did not install $f"
done
mkdir -p "$CONSUMER"
"$BUILD/newslens" analyze --format json "$SAMPLE" > "$CONSUMER/expected.json"
grep -q '"quotes": \[$' "$CONSUMER/expected.json" || fail "the CLI found no quotes in $SAMPLE"

"$PREFIX/bin/newslens" analyze --format json "$SAMPLE" > "$CONSUMER/installed-cli.json"
cmp "$CONSUMER/expected.json" "$CONSUMER/installed-cli.json" || fail "installed CLI differs"
say "installed CLI: same JSON as $BUILD/newslens"

# find_package(newslens CONFIG), from the tree moved away from where it was installed.
cp -R "$PREFIX" "$MOVED"
cmake -S tests/cmake-consumer -B "$CONSUMER/cmake" -G Ninja -DCMAKE_BUILD_TYPE=Release \
      -DCMAKE_PREFIX_PATH="$MOVED" >"$CONSUMER/cmake-configure.log" 2>&1 ||
  { cat "$CONSUMER/cmake-configure.log" >&2; fail "configuring the consumer"; }
grep -q "newslens_DIR:PATH=$MOVED/lib/cmake/newslens" "$CONSUMER/cmake/CMakeCache.txt" ||
  fail "find_package did not find the moved tree"
cmake --build "$CONSUMER/cmake" >"$CONSUMER/cmake-build.log" 2>&1 ||
  { cat "$CONSUMER/cmake-build.log" >&2; fail "building the consumer"; }
"$CONSUMER/cmake/newslens_consumer" "$SAMPLE" > "$CONSUMER/cmake-consumer.json"
cmp "$CONSUMER/expected.json" "$CONSUMER/cmake-consumer.json" || fail "CMake consumer differs"
say "find_package(newslens CONFIG): same JSON as the CLI ($(wc -c < "$CONSUMER/expected.json") bytes)"

# pkg-config, from the moved tree too.
PC_FLAGS=$(PKG_CONFIG_PATH="$MOVED/lib/pkgconfig" pkg-config --cflags --libs newslens) ||
  fail "pkg-config --cflags --libs newslens"
case "$PC_FLAGS" in *"$MOVED/"*) ;; *) fail "pkg-config gave no path into the tree: $PC_FLAGS" ;; esac
say "pkg-config --cflags --libs newslens: $PC_FLAGS"
# shellcheck disable=SC2086
c++ -std=c++20 -O2 tests/cmake-consumer/consumer.cc $PC_FLAGS -o "$CONSUMER/pkg-config-consumer" ||
  fail "compiling with pkg-config's flags"
"$CONSUMER/pkg-config-consumer" "$SAMPLE" > "$CONSUMER/pkg-config-consumer.json"
cmp "$CONSUMER/expected.json" "$CONSUMER/pkg-config-consumer.json" || fail "pkg-config consumer differs"
say "pkg-config: same JSON as the CLI"
