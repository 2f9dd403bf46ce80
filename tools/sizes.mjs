#!/usr/bin/env node
// Prints the raw and gzipped (level 9) size of every file under the given folders, and each
// folder's total: the numbers README quotes for the package and the page.
//
//   node tools/sizes.mjs [build/npm build/web]      (`make sizes` builds both first)
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

function* filesUnder(dir) {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* filesUnder(path);
    else yield path;
  }
}

function kb(bytes) {
  return bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(1)} KB`;
}

const dirs = process.argv.slice(2);
if (!dirs.length) dirs.push('build/npm', 'build/web');
for (const dir of dirs) {
  let files;
  try {
    files = [...filesUnder(dir)];
  } catch (error) {
    console.error(`sizes: ${dir}: ${error.code === 'ENOENT' ? 'not built (make npm web)' : error.message}`);
    process.exitCode = 1;
    continue;
  }
  const rows = files.map((path) => {
    const data = readFileSync(path);
    return [relative(dir, path), data.length, gzipSync(data, { level: 9 }).length];
  });
  const width = Math.max(5, ...rows.map(([name]) => name.length));
  console.log(`${dir}/`);
  console.log(`  ${'file'.padEnd(width)}  ${'raw'.padStart(10)}  ${'gzipped'.padStart(10)}`);
  for (const [name, raw, gz] of rows) {
    console.log(`  ${name.padEnd(width)}  ${kb(raw).padStart(10)}  ${kb(gz).padStart(10)}`);
  }
  const total = rows.reduce((t, [, raw, gz]) => [t[0] + raw, t[1] + gz], [0, 0]);
  console.log(`  ${'total'.padEnd(width)}  ${kb(total[0]).padStart(10)}  ${kb(total[1]).padStart(10)}`);
  console.log();
}
