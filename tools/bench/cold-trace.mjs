// Where a cold start's first analysis spends its time in the browser: the cold run of
// tools/bench/cold-start.mjs (import and createNewslens() in a fresh context), then the first
// analyze() of the seed under Chromium's tracing, with V8's WebAssembly events read back.
// Section 4 of `make bench` says how much lazy compilation costs by comparison with a browser
// started without it; this says what it is made of, and how long the main thread waits.
//
//   node tools/bench/cold-trace.mjs [--runs N] [--seed FILE] DIR...
//
// Each DIR holds a newslens.mjs and its newslens.wasm (build/npm, or a copy of another build's);
// builds take turns in one browser (tools/bench/turns.mjs). Per build, the medians over N runs
// (default 5) of, in ms unless said, during the first analysis:
//   first analyze     the page's clock, as in section 4 (tracing slows it somewhat)
//   lazy compiles     functions V8 compiled on the main thread at their first call
//                     (wasm.CompileLazy events): a count
//   lazy, wall        the main thread's time in those compilations
//   lazy, CPU         the CPU time it spent in them: the rest of "wall" it waited, for a core
//                     or for a lock the compiler threads hold
//   background CPU    the CPU time of V8's compiler threads (wasm.ExecuteCompilationUnits:
//                     the optimizing tier, and the baseline when compilation is eager)
import { inColdPage } from './cold-start.mjs';
import { linkModuleFiles, parseTurnsArgs, printMedians, runInTurns } from './turns.mjs';

const CATEGORIES = ['v8.wasm', 'disabled-by-default-v8.wasm.detailed'];

// Sums of the complete events named `name`: how many, their wall and thread (CPU) time in ms.
function sumEvents(events, name) {
  const matching = events.filter((e) => e.ph === 'X' && e.name === name);
  const ms = (key) => matching.reduce((sum, e) => sum + (e[key] ?? 0), 0) / 1000;
  return { count: matching.length, wall: ms('dur'), cpu: ms('tdur') };
}

// One cold run: the module imported and created untraced, then its first analysis traced.
function tracedRun(browser, url, module, seed) {
  return inColdPage(browser, url, async (page) => {
    await page.evaluate(async (module) => {
      const { createNewslens } = await import(module);
      globalThis.newslens = await createNewslens();
    }, module);
    await browser.startTracing(page, { categories: CATEGORIES });
    let first, failure = null;
    try {
      first = await page.evaluate((seed) => {
        const t0 = performance.now();
        globalThis.newslens.analyze(seed);
        return performance.now() - t0;
      }, seed);
    } catch (error) {
      failure = error;
    }
    // Stopped after a failure too, so that the next run can trace; the failure is what is thrown.
    const traced = await browser.stopTracing();
    if (failure) throw failure;
    const trace = JSON.parse(traced.toString('utf8'));
    const events = Array.isArray(trace) ? trace : trace.traceEvents;
    const lazy = sumEvents(events, 'wasm.CompileLazy');
    const background = sumEvents(events, 'wasm.ExecuteCompilationUnits');
    return { first, lazyCount: lazy.count, lazyWall: lazy.wall, lazyCpu: lazy.cpu,
             backgroundCpu: background.cpu };
  });
}

const { runs, dirs, seed } = parseTurnsArgs({
  usage: 'node tools/bench/cold-trace.mjs [--runs N] [--seed FILE] DIR...', runs: 5,
});
const { version, results } = await runInTurns({
  dirs, runs, link: linkModuleFiles,
  run: (browser, url, k) => tracedRun(browser, url, `./b${k}/newslens.mjs`, seed),
});
console.log(`Chromium ${version}, headless, traced; the seed; medians of ${runs} runs each, ` +
            'ms (lazy compiles: a count)\n');
printMedians(dirs, results, [['first analyze', 'first'], ['lazy compiles', 'lazyCount', 0],
                             ['lazy, wall', 'lazyWall'], ['lazy, CPU', 'lazyCpu'],
                             ['background CPU', 'backgroundCpu']]);
