// Builds of the package measured in turns in one headless Chromium, for the comparisons whose
// differences the machine's load would drown between separate runs (cold-compare.mjs,
// cold-trace.mjs, worker-start.mjs): each build's folder is linked into a page of its own,
// served from 127.0.0.1 by tools/serve.mjs, and after one untimed run (the browser's own
// start-up) every round runs each build once, the order rotating.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

import { startServer } from '../serve.mjs';
import { launchChromium } from './cold-start.mjs';
import { fixed, median, printTable } from './table.mjs';

// The command line of a tool that runs builds in turns: `--runs N` (default `runs`), `--seed FILE`
// (default ../shared/eval/seed/article.txt from the current directory, the checkout's root as
// `make` runs them), the options of `extra` (parseArgs' form) and at least `minDirs` build
// folders. Prints `usage` and exits with status 2 when they do not fit. Returns the options'
// values, the rounds, the folders (absolute) and the seed's text.
export function parseTurnsArgs({ usage, runs, minDirs = 1, extra = {} }) {
  const fail = (problem) => {
    console.error(`${problem ? `${problem}\n` : ''}usage: ${usage}`);
    process.exit(2);
  };
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: { runs: { type: 'string', default: String(runs) },
                 seed: { type: 'string', default: '../shared/eval/seed/article.txt' }, ...extra },
    });
  } catch (error) {
    fail(error.message);
  }
  const { values, positionals } = parsed;
  const rounds = Number(values.runs);
  const dirs = positionals.map((dir) => resolve(dir));
  if (dirs.length < minDirs || !(rounds > 0)) fail('');
  let seed;
  try {
    seed = readFileSync(values.seed, 'utf8');
  } catch (error) {
    fail(`cannot read the seed: ${error.message}`);
  }
  return { values, runs: rounds, dirs, seed };
}

// A `link` for runInTurns: a build's module and its wasm alone, in a folder of their own (all a
// cold start of the module reads).
export function linkModuleFiles(dir, path) {
  mkdirSync(path);
  for (const name of ['newslens.mjs', 'newslens.wasm']) symlinkSync(join(dir, name), join(path, name));
}

// Runs `run(browser, url, k)` (build k's files are under `${url}b${k}/`, as `link(dir, path)`
// put them) `runs` times per build. Returns the browser's version and, per build, what each
// run returned.
export async function runInTurns({ dirs, runs, link, run }) {
  const site = mkdtempSync(join(tmpdir(), 'newslens-turns-'));
  writeFileSync(join(site, 'index.html'), '<!DOCTYPE html>\n<title>newslens builds in turns</title>\n');
  dirs.forEach((dir, k) => link(dir, join(site, `b${k}`)));
  const { server, url } = await startServer({ root: site });
  const results = dirs.map(() => []);
  let browser = null, version = '';
  try {
    browser = await launchChromium();
    version = browser.version();
    await run(browser, url, 0);
    for (let round = 0; round < runs; ++round) {
      for (let j = 0; j < dirs.length; ++j) {
        const k = (round + j) % dirs.length;
        results[k].push(await run(browser, url, k));
      }
    }
  } finally {
    // A browser that fails to close (or to start) must not keep the server listening.
    await browser?.close().catch(() => {});
    server.close();
    rmSync(site, { recursive: true, force: true });
  }
  return { version, results };
}

// A table of the medians of `columns` ([title, key of the runs' results, digits (default 1)]),
// one row per build.
export function printMedians(dirs, results, columns) {
  printTable(['build', ...columns.map(([title]) => `>${title}`)],
    dirs.map((dir, k) => [dir, ...columns.map(([, key, digits = 1]) =>
      fixed(median(results[k].map((r) => r[key])), digits))]));
}
