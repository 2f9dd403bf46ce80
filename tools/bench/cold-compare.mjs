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
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { startServer } from '../serve.mjs';
import { coldRun, launchChromium } from './cold-start.mjs';
import { fixed, median, printTable } from './table.mjs';

const args = process.argv.slice(2);
let runs = 16;
let seedPath = '../shared/eval/seed/article.txt';
const dirs = [];
for (let i = 0; i < args.length; ++i) {
  if (args[i] === '--runs') runs = Number(args[++i]);
  else if (args[i] === '--seed') seedPath = args[++i];
  else dirs.push(resolve(args[i]));
}
if (dirs.length < 2 || !(runs > 0)) {
  console.error('usage: node tools/bench/cold-compare.mjs [--runs N] [--seed FILE] DIR DIR...');
  process.exit(2);
}
const seed = readFileSync(seedPath, 'utf8');
const site = mkdtempSync(join(tmpdir(), 'newslens-cold-compare-'));
writeFileSync(join(site, 'index.html'), '<!DOCTYPE html>\n<title>newslens cold starts</title>\n');
dirs.forEach((dir, k) => {
  mkdirSync(join(site, `b${k}`));
  for (const name of ['newslens.mjs', 'newslens.wasm']) {
    symlinkSync(join(dir, name), join(site, `b${k}`, name));
  }
});
const { server, url } = await startServer({ root: site });
const browser = await launchChromium();
const results = dirs.map(() => []);
try {
  await coldRun(browser, url, './b0/newslens.mjs', seed);  // the browser's own start-up
  for (let round = 0; round < runs; ++round) {
    for (let j = 0; j < dirs.length; ++j) {
      const k = (round + j) % dirs.length;
      results[k].push(await coldRun(browser, url, `./b${k}/newslens.mjs`, seed));
    }
  }
} finally {
  await browser.close();
  server.close();
  rmSync(site, { recursive: true, force: true });
}
console.log(`Chromium ${browser.version()}, headless; the seed; medians of ${runs} runs each, in turns, ms\n`);
const ms = (k, key) => fixed(median(results[k].map((r) => r[key])), 1);
printTable(['build', '>import', '>create', '>first analyze', '>total', '>second analyze'],
  dirs.map((dir, k) => [dir, ms(k, 'import'), ms(k, 'create'), ms(k, 'first'), ms(k, 'total'),
                        ms(k, 'second')]));
