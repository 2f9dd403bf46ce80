#!/bin/sh
# Installs what building and testing newslens needs, and only what is missing (safe to rerun):
#   - Debian packages (apt-get; as root, or through sudo), with fasttext and xz for
#     `make train-ner`, and pybind11, pytest and Dask for the Python module (`make python`),
#   - utf8proc's C sources for the WebAssembly build, from Debian's source package, unpacked
#     into build/_deps/utf8proc (git-ignored, kept between runs),
#   - the npm development packages of package-lock.json, into node_modules/.
# Nothing is fetched from anywhere but Debian's archive and the npm registry.
set -eu

cd "$(dirname "$0")/.."
DEPS_DIR=build/_deps

say() { printf 'setup: %s\n' "$*"; }

if [ "$(id -u)" -eq 0 ]; then
  SUDO=""
elif command -v sudo >/dev/null 2>&1; then
  SUDO="sudo"
else
  SUDO=""
fi

# --- Debian packages ---------------------------------------------------------------------------
PACKAGES="build-essential cmake ninja-build pkg-config python3 bzip2 \
  emscripten libutf8proc-dev nlohmann-json3-dev catch2 unicode-data \
  clang-14 libclang-rt-14-dev chromium valgrind fasttext xz-utils \
  python3-dev python3-pybind11 python3-pytest python3-dask python3-distributed"

missing=""
for p in $PACKAGES; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing="$missing $p"
  fi
done
# Node.js: any node >= 18 will do (the project's machines have Node 20 from elsewhere; a fresh
# Debian 12 has none, and gets Debian's Node 18 and npm).
if ! command -v node >/dev/null 2>&1; then missing="$missing nodejs"; fi
if ! command -v npm >/dev/null 2>&1; then missing="$missing npm"; fi

apt_updated=""
apt_update() {
  if [ -z "$apt_updated" ]; then
    $SUDO apt-get update -qq
    apt_updated=1
  fi
}

if [ -n "$missing" ]; then
  say "installing Debian packages:$missing"
  apt_update
  # shellcheck disable=SC2086
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing
fi

node_major=$(node -p 'process.versions.node.split(".")[0]')
if [ "$node_major" -lt 18 ]; then
  say "Node.js 18 or newer is needed; this machine has $(node --version)" >&2
  exit 1
fi

# --- utf8proc sources for the WebAssembly build ---------------------------------------------
if [ ! -f "$DEPS_DIR/utf8proc/utf8proc.c" ]; then
  say "fetching utf8proc's sources (Debian source package)"
  # deb-src lines derived from the machine's own sources.
  if ! grep -rqs '^Types:.*deb-src\|^deb-src ' /etc/apt/sources.list /etc/apt/sources.list.d/; then
    if [ -f /etc/apt/sources.list.d/debian.sources ]; then
      sed 's/^Types: deb$/Types: deb-src/' /etc/apt/sources.list.d/debian.sources |
        $SUDO tee /etc/apt/sources.list.d/debian-src.sources >/dev/null
    else
      sed -n 's/^deb /deb-src /p' /etc/apt/sources.list |
        $SUDO tee /etc/apt/sources.list.d/debian-src.list >/dev/null
    fi
    apt_updated=""
  fi
  apt_update
  mkdir -p "$DEPS_DIR/src"
  (cd "$DEPS_DIR/src" && apt-get source --download-only utf8proc >/dev/null 2>&1) || {
    say "apt-get source utf8proc failed: is a deb-src entry for Debian's archive configured?" >&2
    exit 1
  }
  tarball=$(ls "$DEPS_DIR"/src/utf8proc_*.orig.tar.gz | tail -n 1)
  rm -rf "$DEPS_DIR/utf8proc"
  mkdir -p "$DEPS_DIR/utf8proc"
  tar xzf "$tarball" -C "$DEPS_DIR/utf8proc" --strip-components=1
  say "utf8proc sources in $DEPS_DIR/utf8proc ($(basename "$tarball"))"
fi

# --- npm development packages ----------------------------------------------------------------
if [ ! -f node_modules/.package-lock.json ] ||
   [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing npm packages (package-lock.json)"
  npm ci --no-audit --no-fund --loglevel=error
fi

say "ready"
