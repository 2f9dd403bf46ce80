# newslens: a thin layer over the CMake presets and the test runners.
#
#   make demo    set up, build, print the analysis of the sample article, serve the page
#   make test    set up, build native and wasm, run every suite
#
# Other targets: setup native native-asan wasm web test-native test-asan test-node test-web
# train-ner bench-ner lint clean. The CMake presets (CMakePresets.json) hold the build settings.

SHELL := /bin/sh
# Emscripten 3.1.6 needs acorn from Debian's node modules for optimized links.
export NODE_PATH := /usr/share/nodejs

NODE_TEST := node --test
SAMPLE := web/examples/sample-article.txt
PORT ?= 8000
# Data beside the checkout (never copied into it): training corpora, and a corpus to time with.
NER_TRAIN_DATA ?= ../shared/data/ner/train
NER_BENCH_DATA ?= ../shared/data/ner/dev/conll2003-dev.conll

.PHONY: all setup native native-asan wasm web demo test test-native test-asan test-node \
        test-web train-ner bench-ner lint clean

all: native wasm web

setup:
	@sh tools/setup.sh

native: setup
	cmake --preset native
	cmake --build --preset native

native-asan: setup
	cmake --preset native-asan
	cmake --build --preset native-asan

wasm: setup
	cmake --preset wasm
	cmake --build --preset wasm

# The static site, ready to copy to any host.
web: wasm
	rm -rf build/web
	mkdir -p build/web/examples
	cp web/index.html web/app.js web/worker.js web/style.css web/favicon.svg build/web/
	cp web/examples/* build/web/examples/
	cp build/wasm/newslens.mjs build/wasm/newslens.wasm build/web/

demo: native web
	@echo
	build/native/newslens analyze --format text $(SAMPLE)
	@echo
	node tools/serve.mjs --root build/web --port $(PORT)

test: native wasm web
	$(MAKE) --no-print-directory test-native test-node test-web

test-native:
	ctest --preset native

test-asan: native-asan
	ctest --preset native-asan

# The WebAssembly module and the CLI, from Node.
test-node:
	$(NODE_TEST) tests/wasm/*.test.mjs tests/cli/*.test.mjs

# The page, in headless Chromium.
test-web:
	$(NODE_TEST) tests/web/*.test.mjs

# Retrains core/ner/model.bin reproducibly (see core/ner/MODEL.md); rebuild afterwards.
train-ner: native
	tools/train-ner/retrain.sh build/native $(NER_TRAIN_DATA)

# The tagger's speed in tokens per second (timing only; the corpus is not learned from).
bench-ner: native
	build/native/newslens-bench-ner $(NER_BENCH_DATA)

lint:
	clang-format --dry-run --Werror $$(git ls-files '*.cc' '*.h')

clean:
	rm -rf build/native build/native-asan build/wasm build/web
