// Cold starts of two or more builds of the module, in turns in one browser: what a change to
// the build or the engine does to a cold start, measured where the machine's load moves the
// clock by a factor of several between runs of `make bench` (section 4, whose cold run this
// reuses: tools/bench/cold-start.mjs).
//
//   node tools/bench/cold-compare.mjs [--runs N] [--seed FILE] DIR DIR...
//
// Each DIR holds a newslens.mjs and its newslens.wasm (build/npm, or a copy of another build's).
// After one untimed run, N rounds (default 16) each run every build once, the order rotating;
// the medians of each column are printed per build, in ms, and then each build's median total
// against the first build's.
import { coldRun } from './cold-start.mjs';
import { fixed, median } from './table.mjs';
import { linkModuleFiles, parseTurnsArgs, printMedians, runInTurns } from './turns.mjs';

const { runs, dirs, seed } = parseTurnsArgs({
  usage: 'node tools/bench/cold-compare.mjs [--runs N] [--seed FILE] DIR DIR...', runs: 16,
  minDirs: 2,
});
const { version, results } = await runInTurns({
  dirs, runs, link: linkModuleFiles,
  run: (browser, url, k) => coldRun(browser, url, `./b${k}/newslens.mjs`, seed),
});
console.log(`Chromium ${version}, headless; the seed; medians of ${runs} runs each, in turns, ms\n`);
printMedians(dirs, results, [['import', 'import'], ['create', 'create'],
                             ['first analyze', 'first'], ['total', 'total'],
                             ['second analyze', 'second']]);
const total = (k) => median(results[k].map((r) => r.total));
console.log('');
for (let k = 1; k < dirs.length; ++k) {
  console.log(`  total: ${dirs[0]} / ${dirs[k]} = ${fixed(total(0) / total(k))}x`);
}
