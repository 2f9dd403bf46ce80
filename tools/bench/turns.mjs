// Builds of the package measured in turns in one headless Chromium, for the comparisons whose
// differences the machine's load would drown between separate runs (cold-compare.mjs,
// worker-start.mjs): each build's folder is linked into a page of its own, served from 127.0.0.1
// by tools/serve.mjs, and after one untimed run (the browser's own start-up) every round runs
// each build once, the order rotating.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { startServer } from '../serve.mjs';
import { launchChromium } from './cold-start.mjs';
import { fixed, median, printTable } from './table.mjs';

// Runs `run(browser, url, k)` (build k's files are under `${url}b${k}/`, as `link(dir, path)`
// put them) `runs` times per build. Returns the browser's version and, per build, what each
// run returned.
export async function runInTurns({ dirs, runs, link, run }) {
  const site = mkdtempSync(join(tmpdir(), 'newslens-turns-'));
  writeFileSync(join(site, 'index.html'), '<!DOCTYPE html>\n<title>newslens builds in turns</title>\n');
  dirs.forEach((dir, k) => link(dir, join(site, `b${k}`)));
  const { server, url } = await startServer({ root: site });
  const browser = await launchChromium();
  const version = browser.version();
  const results = dirs.map(() => []);
  try {
    await run(browser, url, 0);
    for (let round = 0; round < runs; ++round) {
      for (let j = 0; j < dirs.length; ++j) {
        const k = (round + j) % dirs.length;
        results[k].push(await run(browser, url, k));
      }
    }
  } finally {
    await browser.close();
    server.close();
    rmSync(site, { recursive: true, force: true });
  }
  return { version, results };
}

// A table of the medians of `columns` (keys of the runs' results), one row per build, in ms.
export function printMedians(dirs, results, columns) {
  printTable(['build', ...columns.map(([title]) => `>${title}`)],
    dirs.map((dir, k) => [dir, ...columns.map(([, key]) =>
      fixed(median(results[k].map((r) => r[key])), 1))]));
}
