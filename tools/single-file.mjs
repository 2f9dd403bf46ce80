#!/usr/bin/env node
// Makes newslens.single.mjs, the module with its wasm inside, for hosts that cannot serve .wasm
// files: newslens.mjs with the wasm, gzip-compressed (level 9) and in base64, written over the
// placeholder EMBEDDED_WASM of wasm/newslens.post.js. createNewslens() inflates it with the
// platform's DecompressionStream and hands the bytes to Emscripten as `wasmBinary`, so nothing
// is fetched. (wasm/CMakeLists.txt runs this after each link of the module.)
//
//   node tools/single-file.mjs newslens.mjs newslens.wasm newslens.single.mjs
//
// Exits 1, naming the file, when an input is missing or the placeholder is not there exactly
// once.
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const PLACEHOLDER = "'@NEWSLENS_EMBEDDED_WASM@'";

function fail(message) {
  console.error(`single-file: ${message}`);
  process.exit(1);
}

const [glue, wasm, out] = process.argv.slice(2);
if (!out) fail('usage: node tools/single-file.mjs newslens.mjs newslens.wasm newslens.single.mjs');
let source, bytes;
try {
  source = readFileSync(glue, 'utf8');
  bytes = readFileSync(wasm);
} catch (error) {
  fail(`${error.path}: ${error.code === 'ENOENT' ? 'not found' : error.message}`);
}
const at = source.indexOf(PLACEHOLDER);
if (at < 0 || source.indexOf(PLACEHOLDER, at + 1) >= 0) {
  fail(`${glue}: the placeholder ${PLACEHOLDER} should be there exactly once`);
}
const embedded = `'${gzipSync(bytes, { level: 9 }).toString('base64')}'`;
writeFileSync(out, source.slice(0, at) + embedded + source.slice(at + PLACEHOLDER.length));
