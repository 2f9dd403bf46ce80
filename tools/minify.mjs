#!/usr/bin/env node
// Minifies ES modules in place with terser: the JavaScript the package and the page ship, whose
// readable sources are wasm/newslens.post.js, wasm/package/ and Emscripten's glue.
//
//   node tools/minify.mjs FILE.mjs...          (`make npm` runs it on build/npm/*.mjs)
//
// Names of classes stay (NewslensError, the custom element's class), as do comments marked
// @license or /*! ... */. A file that fails to parse is an error naming it; nothing is written
// for it.
import { readFileSync, writeFileSync } from 'node:fs';
import { minify } from 'terser';

const files = process.argv.slice(2);
if (!files.length) {
  console.error('usage: node tools/minify.mjs FILE.mjs...');
  process.exit(2);
}
for (const file of files) {
  const source = readFileSync(file, 'utf8');
  let result;
  try {
    result = await minify(source, {
      module: true,
      ecma: 2020,
      compress: { passes: 2 },
      mangle: true,
      keep_classnames: true,
      format: { comments: 'some' },
    });
  } catch (error) {
    console.error(`minify: ${file}: ${error.message} (line ${error.line}, column ${error.col})`);
    process.exit(1);
  }
  writeFileSync(file, result.code);
}
