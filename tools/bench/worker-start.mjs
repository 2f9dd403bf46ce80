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
import { symlinkSync } from 'node:fs';

import { parseTurnsArgs, printMedians, runInTurns } from './turns.mjs';

const usage = 'node tools/bench/worker-start.mjs [--runs N] [--wait MS] [--seed FILE] DIR...';
const { values, runs, dirs, seed } = parseTurnsArgs({
  usage, runs: 16, extra: { wait: { type: 'string', default: '1500' } },
});
const wait = Number(values.wait);
if (!(wait >= 0)) {
  console.error(`usage: ${usage}`);
  process.exit(2);
}

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

const { version, results } = await runInTurns({
  dirs, runs,
  link: (dir, path) => symlinkSync(dir, path),  // the whole package: the client starts the worker
  run: (browser, url, k) => workerRun(browser, url, `./b${k}/newslens-client.mjs`),
});
console.log(`Chromium ${version}, headless; the seed sent ${wait} ms after ` +
            `new NewslensClient(); medians of ${runs} runs each, in turns, ms\n`);
printMedians(dirs, results, [['first analyze', 'first'], ['second analyze', 'second']]);
