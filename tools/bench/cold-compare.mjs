// Cold starts of two or more builds of the module, in turns in one browser: what a change to
// the build or the engine does to a cold start, measured where the machine's load moves the
// clock by a factor of several between runs of `make bench` (section 4, whose cold run this
// reuses: tools/bench/cold-start.mjs).
//
//   node tools/bench/cold-compare.mjs [--runs N] [--seed FILE] DIR DIR...
//
// Each DIR holds a newslens.mjs and its newslens.wasm (build/npm, or a copy of another build's).
// After one untimed run, N rounds (default 16) each run every build once, the order rotating;
// the medians of each column are printed per build, in ms.
import { mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

import { coldRun } from './cold-start.mjs';
import { printMedians, runInTurns } from './turns.mjs';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { runs: { type: 'string', default: '16' },
             seed: { type: 'string', default: '../shared/eval/seed/article.txt' } },
});
const runs = Number(values.runs);
const dirs = positionals.map((dir) => resolve(dir));
if (dirs.length < 2 || !(runs > 0)) {
  console.error('usage: node tools/bench/cold-compare.mjs [--runs N] [--seed FILE] DIR DIR...');
  process.exit(2);
}
const seed = readFileSync(values.seed, 'utf8');
const { version, results } = await runInTurns({
  dirs, runs,
  // The module and its wasm alone: a folder holding only those two is enough.
  link: (dir, path) => {
    mkdirSync(path);
    for (const name of ['newslens.mjs', 'newslens.wasm']) symlinkSync(join(dir, name), join(path, name));
  },
  run: (browser, url, k) => coldRun(browser, url, `./b${k}/newslens.mjs`, seed),
});
console.log(`Chromium ${version}, headless; the seed; medians of ${runs} runs each, in turns, ms\n`);
printMedians(dirs, results, [['import', 'import'], ['create', 'create'],
                             ['first analyze', 'first'], ['total', 'total'],
                             ['second analyze', 'second']]);
