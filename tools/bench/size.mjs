// Section 3: what a page downloads. tools/sizes.mjs's listing of build/npm and build/web (the
// same command as `make sizes`), then the totals against the budget, gzipped at level 9 as
// tools/sizes.mjs does (1 KB = 1024 bytes).
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

import { kb, printTable, verdict } from './table.mjs';

// Issue 11's budget (the retrained tagger's model with its word clusters); issue 6's was 500 KB.
const BUDGET = 750 * 1024;

function sizeOf(paths) {
  let raw = 0;
  let gzipped = 0;
  for (const path of paths) {
    const data = readFileSync(path);
    raw += data.length;
    gzipped += gzipSync(data, { level: 9 }).length;
  }
  return { raw, gzipped };
}

export function benchSize({ root, build }) {
  const listing = spawnSync(process.execPath, [join(root, 'tools/sizes.mjs'), 'build/npm', 'build/web'],
                            { cwd: dirname(build), encoding: 'utf8' });
  if (listing.status !== 0) throw new Error(`tools/sizes.mjs failed: ${listing.stderr}`);
  console.log('node tools/sizes.mjs build/npm build/web (as `make sizes`):\n');
  process.stdout.write(listing.stdout.replace(/^(?=.)/gm, '  '));

  const npm = (name) => join(build, 'npm', name);
  const pageRuntime = readdirSync(join(build, 'web/newslens')).sort()
    .map((name) => join(build, 'web/newslens', name));
  const rows = [
    ['engine: newslens.mjs + newslens.wasm (model inside)', sizeOf([npm('newslens.mjs'), npm('newslens.wasm')]), true],
    ['  newslens.mjs (Emscripten glue + API wrapper)', sizeOf([npm('newslens.mjs')]), false],
    ['  newslens.wasm (engine, lexicons, NER model)', sizeOf([npm('newslens.wasm')]), false],
    ['    of which the NER model (core/ner/model.bin)', sizeOf([join(root, 'core/ner/model.bin')]), false],
    ['SINGLE_FILE: newslens.single.mjs (wasm inside)', sizeOf([npm('newslens.single.mjs')]), true],
    [`the page's runtime: build/web/newslens/ (${pageRuntime.length} files)`, sizeOf(pageRuntime), true],
  ];
  printTable(['what', '>raw', '>gzipped', 'budget (gzipped)', 'verdict'],
             rows.map(([what, size, judged]) => [what, kb(size.raw), kb(size.gzipped),
                                                 judged ? '<= 750.0 KB' : '', judged ? verdict(size.gzipped <= BUDGET) : '']));
  console.log();
  return rows.filter((r) => r[2]).map(([what, size]) => ({
    name: `size, ${what.split(':')[0]} (gzipped)`, figure: kb(size.gzipped), target: '<= 750 KB',
    met: size.gzipped <= BUDGET,
  }));
}
