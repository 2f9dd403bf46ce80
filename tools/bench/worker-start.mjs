// The first analysis a page gets from the engine's Web Worker, as a reader meets it: the page
// makes a NewslensClient when it opens, the reader drops an article some time later, and the
// time from that request to its answer is what they wait. For one or more builds of the package
// (each DIR a build/npm, or a copy of one), in turns in one headless Chromium, each run in a fresh
// context (as tools/bench/cold-start.mjs runs them).
//
//   node tools/bench/worker-start.mjs [--runs N] [--wait MS] [--seed FILE] DIR...
//
// --wait (default 1500) is how long after the client's creation the seed is sent; N rounds
// (default 16) each run every build once, the order rotating. Prints the medians, in ms, of the
// first analysis and of a second one right after it.
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { startServer } from '../serve.mjs';
import { launchChromium } from './cold-start.mjs';
import { fixed, median, printTable } from './table.mjs';

const args = process.argv.slice(2);
let runs = 16;
let wait = 1500;
let seedPath = '../shared/eval/seed/article.txt';
const dirs = [];
for (let i = 0; i < args.length; ++i) {
  if (args[i] === '--runs') runs = Number(args[++i]);
  else if (args[i] === '--wait') wait = Number(args[++i]);
  else if (args[i] === '--seed') seedPath = args[++i];
  else dirs.push(resolve(args[i]));
}
if (dirs.length < 1 || !(runs > 0) || !(wait >= 0)) {
  console.error('usage: node tools/bench/worker-start.mjs [--runs N] [--wait MS] [--seed FILE] DIR...');
  process.exit(2);
}
const seed = readFileSync(seedPath, 'utf8');
const site = mkdtempSync(join(tmpdir(), 'newslens-worker-start-'));
writeFileSync(join(site, 'index.html'), '<!DOCTYPE html>\n<title>newslens worker start</title>\n');
dirs.forEach((dir, k) => symlinkSync(dir, join(site, `b${k}`)));

// One run: a fresh context, the client made, the seed sent `wait` ms later, then again.
async function workerRun(browser, url, module) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(url);
    return await page.evaluate(async ({ module, seed, wait }) => {
      const { NewslensClient } = await import(module);
      const client = new NewslensClient();
      await new Promise((done) => setTimeout(done, wait));
      const t0 = performance.now();
      await client.analyze(seed);
      const t1 = performance.now();
      await client.analyze(seed);
      const t2 = performance.now();
      client.terminate();
      return { first: t1 - t0, second: t2 - t1 };
    }, { module, seed, wait });
  } finally {
    await context.close();
  }
}

const { server, url } = await startServer({ root: site });
const browser = await launchChromium();
const version = browser.version();
const results = dirs.map(() => []);
try {
  await workerRun(browser, url, './b0/newslens-client.mjs');  // the browser's own start-up
  for (let round = 0; round < runs; ++round) {
    for (let j = 0; j < dirs.length; ++j) {
      const k = (round + j) % dirs.length;
      results[k].push(await workerRun(browser, url, `./b${k}/newslens-client.mjs`));
    }
  }
} finally {
  await browser.close();
  server.close();
  rmSync(site, { recursive: true, force: true });
}
console.log(`Chromium ${version}, headless; the seed sent ${wait} ms after ` +
            `new NewslensClient(); medians of ${runs} runs each, in turns, ms\n`);
const ms = (k, key) => fixed(median(results[k].map((r) => r[key])), 1);
printTable(['build', '>first analyze', '>second analyze'],
  dirs.map((dir, k) => [dir, ms(k, 'first'), ms(k, 'second')]));
