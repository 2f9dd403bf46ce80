// Section 4: cold start in headless Chromium (Debian's /usr/bin/chromium through playwright-core):
// from import() of the module to the first analysis of the seed, in a page served from
// 127.0.0.1 by tools/serve.mjs (strict CSP, Cache-Control: no-store). Every run is a fresh
// browser context (no HTTP cache, no compiled-code cache carried over) with the cache disabled
// besides (DevTools' Network.setCacheDisabled). The clock is the page's performance.now():
//   import    fetch + evaluate newslens.mjs
//   create    createNewslens(): fetch + compile + instantiate newslens.wasm
//   first     the first analyze() of the seed (a string already in the page)
//   second    a second analyze() of the seed, not part of the total: what the first costs beyond
//             it is one-off (lazily built tables, code not yet optimized by the browser)
// Medians over the runs; the single-file build (the wasm inside,
// gzip-compressed and in base64: tools/single-file.mjs) is measured alongside.
//
// Two more figures, in the same rounds, say how much of the total the engine can act on:
//   floor     the browser alone making a module of newslens.wasm
//             (WebAssembly.compileStreaming: fetching, decoding and validating it, the first
//             half of the glue's instantiateStreaming; with V8's lazy compilation, on by
//             default, no function is compiled yet), no engine code run: what any build of
//             this size pays before its first line runs
//   eager     the two-file build in a second Chromium started with V8's lazy compilation of
//             wasm off (--js-flags=--no-wasm-lazy-compilation, which no page can set): by
//             default V8 compiles each wasm function on the main thread at its first call, so
//             the first analysis also waits for the compilation of every function it reaches;
//             eagerly, all are compiled on V8's other threads, mostly while the bytes download
//             (what is left makes createNewslens() itself longer).
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { chromium } from 'playwright-core';

import { startServer } from '../serve.mjs';
import { fixed, median, printTable, verdict } from './table.mjs';

// Issue 11's target for the two-file build (issue 6's was 100 ms).
const TARGET_MS = 120;

// One cold run of `module` (a URL path under `url`) in a fresh context: the times in ms.
export function coldRun(browser, url, module, seed) {
  return inColdPage(browser, url, (page) => page.evaluate(async ({ module, seed }) => {
    const t0 = performance.now();
    const { createNewslens } = await import(module);
    const t1 = performance.now();
    const newslens = await createNewslens();
    const t2 = performance.now();
    const analysis = newslens.analyze(seed);
    const t3 = performance.now();
    newslens.analyze(seed);
    const t4 = performance.now();
    return { import: t1 - t0, create: t2 - t1, first: t3 - t2, total: t3 - t0, second: t4 - t3,
             quotes: analysis.quotes.length };
  }, { module, seed }));
}

// What `use(page)` resolves to, on the page at `url` in a fresh context with the cache disabled;
// the context is closed afterwards, whether `use` succeeds or not.
export async function inColdPage(browser, url, use) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await page.goto(url);
    return await use(page);
  } finally {
    await context.close();
  }
}

// The floor of one cold run: `wasm` (a URL path under `url`) fetched and made a
// WebAssembly.Module in a fresh context, in ms.
function floorRun(browser, url, wasm) {
  return inColdPage(browser, url, (page) => page.evaluate(async (wasm) => {
    const t0 = performance.now();
    await WebAssembly.compileStreaming(fetch(wasm));
    return performance.now() - t0;
  }, wasm));
}

// Headless Debian Chromium, as every cold start here is measured; `jsFlags` for V8, if any.
export function launchChromium(jsFlags = null) {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking',
           '--disable-component-update', '--disable-sync', '--no-first-run',
           ...(jsFlags ? [`--js-flags=${jsFlags}`] : [])],
  });
}

export async function benchColdStart({ build, seedPath, runs }) {
  const seed = readFileSync(seedPath, 'utf8');
  // A page of its own beside the package's files (build/npm, linked, not copied).
  const site = mkdtempSync(join(tmpdir(), 'newslens-bench-cold-'));
  writeFileSync(join(site, 'index.html'), '<!DOCTYPE html>\n<title>newslens cold start</title>\n');
  for (const name of ['newslens.mjs', 'newslens.wasm', 'newslens.single.mjs']) {
    symlinkSync(join(build, 'npm', name), join(site, name));
  }
  const { server, url } = await startServer({ root: site });
  const variants = [
    { name: 'newslens.mjs + newslens.wasm', module: './newslens.mjs', runs: [] },
    { name: 'SINGLE_FILE newslens.single.mjs', module: './newslens.single.mjs', runs: [] },
    { name: 'newslens.mjs + newslens.wasm, eager', module: './newslens.mjs', eager: true, runs: [] },
  ];
  const floor = [];
  let browser = null, eagerBrowser = null, version = '';
  try {
    browser = await launchChromium();
    eagerBrowser = await launchChromium('--no-wasm-lazy-compilation');
    version = browser.version();
    const browserOf = (v) => (v.eager ? eagerBrowser : browser);
    // Each browser's own start-up, untimed.
    for (const b of [browser, eagerBrowser]) await coldRun(b, url, variants[0].module, seed);
    for (let i = 0; i < runs; ++i) {
      for (const v of variants) v.runs.push(await coldRun(browserOf(v), url, v.module, seed));
      floor.push(await floorRun(browser, url, './newslens.wasm'));
    }
  } finally {
    // Settled, not all: a browser that fails to close must not keep the server listening.
    await Promise.allSettled([browser?.close(), eagerBrowser?.close()]);
    server.close();
    rmSync(site, { recursive: true, force: true });
  }

  console.log(`Chromium ${version}, headless; the seed (${Buffer.byteLength(seed)} bytes); ` +
              `median of ${runs} runs (each column on its own), each in a fresh context, ms\n`);
  const ms = (v, key) => median(v.runs.map((r) => r[key]));
  printTable(['build', '>import', '>create', '>first analyze', '>total', '>min', '>max', 'target', 'verdict',
              '>second analyze'],
    variants.map((v) => {
      const totals = v.runs.map((r) => r.total);
      return [v.name, fixed(ms(v, 'import'), 1), fixed(ms(v, 'create'), 1), fixed(ms(v, 'first'), 1),
              fixed(ms(v, 'total'), 1), fixed(Math.min(...totals), 1), fixed(Math.max(...totals), 1),
              v.eager ? '' : `<= ${TARGET_MS} ms`,
              v.eager ? '' : verdict(ms(v, 'total') <= TARGET_MS), fixed(ms(v, 'second'), 1)];
    }));
  console.log(`\n  quotes found in the seed: ${variants[0].runs[0].quotes}`);
  console.log('  eager: V8 started with --no-wasm-lazy-compilation (a browser flag, not a page\'s ' +
              'choice): the wasm compiled on other threads, not function by function at first call');
  console.log(`  floor: the browser alone fetching and validating newslens.wasm ` +
              `(WebAssembly.compileStreaming, no engine code run): ${fixed(median(floor), 1)} ms\n`);
  return variants.filter((v) => !v.eager).map((v) => ({
    name: `cold start, ${v.name}`, figure: `${fixed(ms(v, 'total'), 1)} ms`, target: `<= ${TARGET_MS} ms`,
    met: ms(v, 'total') <= TARGET_MS,
  }));
}
