# newslens: a thin layer over the CMake presets and the test runners.
#
#   make demo    set up, build, print the analysis of the sample article, serve the page
#   make test    set up, build native and wasm, run every suite
#
# Other targets: setup native native-asan wasm npm web python sizes test-native test-asan
# test-node test-web test-bundlers test-cmake-consumer test-python eval train-ner ner-ablation
# bench-ner bench-ner-compare bench-cold-compare bench lint clean. The CMake presets
# (CMakePresets.json) hold the build settings.

SHELL := /bin/sh
# Emscripten 3.1.6 needs acorn from Debian's node modules for optimized links.
export NODE_PATH := /usr/share/nodejs

NODE_TEST := node --test
SAMPLE := web/examples/sample-article.txt
SEED := ../shared/eval/seed/article.txt
PORT ?= 8000
# The Python the module is built for and tested with: Debian's, which has pybind11, pytest and
# Dask (tools/setup.sh), rather than the first python3 on PATH.
PYTHON ?= $(firstword $(wildcard /usr/bin/python3) python3)
# Data beside the checkout (never copied into it): training corpora, and a corpus to time with.
NER_TRAIN_DATA ?= ../shared/data/ner/train
NER_BENCH_DATA ?= ../shared/data/ner/dev/conll2003-dev.conll

.PHONY: all setup native native-asan wasm npm web python sizes demo test test-native test-asan \
        test-node test-web test-bundlers test-cmake-consumer test-python eval train-ner ner-ablation \
        bench-ner bench-ner-compare bench-cold-compare lint clean

all: native wasm npm web

setup:
	@sh tools/setup.sh

native: setup
	cmake --preset native -DPython_EXECUTABLE=$(PYTHON)
	cmake --build --preset native

# The Python module (python/, README "Python"), built by the native preset into
# build/native/python/newslens: PYTHONPATH=build/native/python imports it.
python: native
	@ls build/native/python/newslens/_core.*.so >/dev/null 2>&1 || { echo "make python: the \
	  module was not built (pybind11 or Python's headers missing? make setup)" >&2; exit 1; }

native-asan: setup
	cmake --preset native-asan
	cmake --build --preset native-asan

wasm: setup
	cmake --preset wasm
	cmake --build --preset wasm

# The npm package: the two module builds, the hand-written wrappers and types (wasm/package/),
# and package.json with the engine's version (configured by CMake); its JavaScript minified
# (tools/minify.mjs). newslens-view.mjs imports its parts, the VIEW_PARTS.
VIEW_PARTS := newslens-view-css.mjs newslens-view-drawing.mjs newslens-view-highlight.mjs \
              newslens-view-layout.mjs newslens-view-speakers.mjs newslens-view-tooltip.mjs
NPM_FILES := newslens.d.ts newslens-client.mjs newslens-client.d.ts newslens-worker.mjs \
             newslens-worker.d.ts newslens-view.mjs $(VIEW_PARTS) newslens-view.d.ts \
             newslens-element.mjs newslens-element.d.ts README.md
npm: wasm
	rm -rf build/npm
	mkdir -p build/npm
	cp build/wasm/newslens.mjs build/wasm/newslens.wasm build/wasm/newslens.single.mjs \
	   build/wasm/package.json build/npm/
	cp $(addprefix wasm/package/,$(NPM_FILES)) build/npm/
	cp LICENSE NOTICE build/npm/
	node tools/minify.mjs build/npm/*.mjs

# The static site, ready to copy to any host: the page, and the package's runtime files in
# newslens/ (the page is the package's first embedder; examples/embed.html is another).
WEB_PACKAGE_FILES := newslens.mjs newslens.wasm newslens-worker.mjs newslens-client.mjs \
                     newslens-view.mjs $(VIEW_PARTS) newslens-element.mjs
web: npm
	rm -rf build/web
	mkdir -p build/web/examples build/web/newslens
	cp web/*.html web/*.js web/*.css web/favicon.svg build/web/
	cp web/examples/* build/web/examples/
	cp $(addprefix build/npm/,$(WEB_PACKAGE_FILES)) build/web/newslens/

# Raw and gzipped sizes of every file of the package and the site.
sizes: npm web
	node tools/sizes.mjs build/npm build/web

# The page opens on the seed article when ../shared is beside the checkout (copied into
# build/web for the demo only), else on the sample article.
demo: native web
	@echo
	build/native/newslens analyze --format text $(SAMPLE)
	@echo
	@if [ -f $(SEED) ]; then cp $(SEED) build/web/examples/seed-article.txt; \
	  echo "Open http://127.0.0.1:$(PORT)/?example=seed-article.txt"; \
	else echo "Open http://127.0.0.1:$(PORT)/?example=sample-article.txt"; fi
	node tools/serve.mjs --root build/web --port $(PORT)

test: native native-asan fuzz-targets wasm npm web
	$(MAKE) --no-print-directory test-native test-asan test-fuzz test-node test-web test-bundlers \
	  test-cmake-consumer test-python

test-native:
	ctest --preset native

test-asan: native-asan
	ctest --preset native-asan

# `cmake --install` into build/install, then a program built against it through
# find_package(newslens CONFIG) and through pkg-config; both print the CLI's JSON.
test-cmake-consumer: native
	tests/cmake-consumer/run.sh

# The Python module against the CLI (pytest), and newslens.dask on a two-process LocalCluster.
test-python: python
	PYTHONPATH=$(CURDIR)/build/native/python $(PYTHON) -m pytest -p no:cacheprovider -q tests/python

# libFuzzer targets under ASan + UBSan (tests/fuzz/README.md): `make fuzz` runs each for
# FUZZ_SECONDS seconds; `make test` runs each for FUZZ_SHORT_SECONDS.
FUZZ_SECONDS ?= 300
FUZZ_SHORT_SECONDS ?= 20
.PHONY: fuzz-targets fuzz test-fuzz
fuzz-targets: setup
	cmake --preset fuzz
	cmake --build --preset fuzz

fuzz: fuzz-targets
	tests/fuzz/run-fuzzers.sh $(FUZZ_SECONDS)

test-fuzz: fuzz-targets
	tests/fuzz/run-fuzzers.sh $(FUZZ_SHORT_SECONDS)

# The bad-input suites with their slow cases too (a 100 MB single line through the CLI and the
# WebAssembly module; some 25 s and 1.5 GB each), kept out of `make test`.
.PHONY: stress
stress: native wasm
	NEWSLENS_STRESS=1 $(NODE_TEST) tests/cli/bad-input.test.mjs tests/wasm/bad-input.test.mjs

# The WebAssembly module and the CLI, from Node.
test-node:
	$(NODE_TEST) tests/wasm/*.test.mjs tests/cli/*.test.mjs

# The page, in headless Chromium.
test-web:
	$(NODE_TEST) tests/web/*.test.mjs

# The package in an app bundled with esbuild and with Vite (the dev dependencies of
# package.json), each build run in headless Chromium; some 75 s.
test-bundlers:
	$(NODE_TEST) tests/bundlers/*.test.mjs

# The quality figures of the README: the seed article, PolNeAR dev, CoNLL-2003 dev.
eval: native
	tools/eval/run-eval.sh

# Rebuilds the word clusters and retrains core/ner/model.bin reproducibly from ../shared alone
# (see core/ner/MODEL.md; some 6 minutes on 2 cores), then rebuilds with the new model.
NER_UNLABELED ?= ../shared/data/unlabeled/wikipedia-en.txt.xz
train-ner: native
	tools/train-ner/retrain.sh build/native $(NER_TRAIN_DATA) $(NER_UNLABELED)
	cmake --build --preset native

# The model card's table of what each training source is worth: 33 trainings on make
# train-ner's clusters, CoNLL-2003 dev F1 of each (tools/train-ner/ablate.sh; some 15 minutes).
ner-ablation: native
	tools/train-ner/ablate.sh build/native $(NER_TRAIN_DATA)

# The tagger's speed in tokens per second (timing only; the corpus is not learned from).
bench-ner: native
	build/native/newslens-bench-ner $(NER_BENCH_DATA)

# The same, against the tagger before its retraining (issue 11), built from that commit.
bench-ner-compare: native
	tools/bench-ner/compare.sh 278ff29 $(NER_BENCH_DATA)

# The two-file build's cold start against the build before the retrained tagger (issue 11), in
# turns in one browser, that build made from its commit (some 2 to 5 minutes).
bench-cold-compare: npm
	tools/bench/cold-compare-previous.sh 278ff29

# Speed, size, cold start and memory against the peers and the targets (tools/bench/README.md);
# not part of `make test`, some 4 to 5 minutes on 2 cores. BENCH_CORPUS holds
# eval/seed/article.txt and data/quotes/polnear/{train,dev}/text/ (read in place); BENCH_RUNS
# rounds for the medians, BENCH_ONLY a comma-separated choice of peers,native,size,cold,scaling,jobs.
BENCH_CORPUS ?= ../shared
BENCH_RUNS ?= 5
BENCH_ONLY ?= peers,native,size,cold,scaling,jobs
.PHONY: bench
bench: native web
	node --expose-gc tools/bench/bench.mjs --corpus $(BENCH_CORPUS) --runs $(BENCH_RUNS) \
	  --only $(BENCH_ONLY)

lint:
	clang-format --dry-run --Werror $$(git ls-files '*.cc' '*.h')

clean:
	rm -rf build/native build/native-asan build/fuzz build/wasm build/npm build/web build/screenshots \
	       build/types-check build/package-site build/bundlers build/install build/install-moved \
	       build/cmake-consumer
