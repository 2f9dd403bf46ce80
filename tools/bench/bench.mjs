#!/usr/bin/env node
// `make bench`: every figure of README's Performance section, measured in one run, side by side,
// with the targets of issue 6 (tools/bench/README.md says what each section measures and how).
//
//   node --expose-gc tools/bench/bench.mjs [--corpus ../shared] [--runs 5] [--scaling-runs 3]
//                                          [--cold-runs 9] [--only peers,native,size,cold,scaling,jobs]
//
// Needs `make native web` (build/native, build/wasm, build/npm, build/web) and the npm dev
// packages (compromise, wink-nlp, wink-eng-lite-web-model, playwright-core). The build outputs
// are copied to a temporary folder first and measured there: a rebuild in the working tree
// during the run (someone else's `make`) cannot change, or remove, what is being measured.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { benchColdStart } from './cold-start.mjs';
import { corpusFiles, smallCorpusFiles } from './corpus.mjs';
import { benchJobs } from './jobs.mjs';
import { benchNative } from './native.mjs';
import { benchPeers } from './peers.mjs';
import { benchScaling } from './scaling.mjs';
import { benchSize } from './size.mjs';
import { printTable, verdict } from './table.mjs';

const ROOT = resolve(fileURLToPath(import.meta.url), '../../..');

function options(argv) {
  const o = { corpus: '../shared', runs: 5, scalingRuns: 3, coldRuns: 9,
              only: ['peers', 'native', 'size', 'cold', 'scaling', 'jobs'] };
  for (let i = 0; i < argv.length; ++i) {
    const value = argv[i + 1];
    switch (argv[i]) {
      case '--corpus': o.corpus = value; break;
      case '--runs': o.runs = Number(value); break;
      case '--scaling-runs': o.scalingRuns = Number(value); break;
      case '--cold-runs': o.coldRuns = Number(value); break;
      case '--only': o.only = value ? value.split(',').filter(Boolean) : o.only; break;
      default:
        console.error(`bench: unknown argument ${argv[i]}`);
        process.exit(2);
    }
    ++i;
  }
  return o;
}

const o = options(process.argv.slice(2));
const corpus = resolve(ROOT, o.corpus);
const files = corpusFiles(corpus);
const started = process.hrtime.bigint();

// The snapshot of the build: <tmp>/build/{native,wasm,npm,web}, laid out as in the checkout.
const snapshot = mkdtempSync(join(tmpdir(), 'newslens-bench-build-'));
const build = join(snapshot, 'build');
for (const path of ['native/newslens', 'native/newslens-bench-pipeline', 'wasm/newslens.mjs',
                    'wasm/newslens.wasm', 'npm', 'web']) {
  cpSync(join(ROOT, 'build', path), join(build, path), { recursive: true });
}
process.on('exit', () => rmSync(snapshot, { recursive: true, force: true }));
const context = { root: ROOT, build, files, smallFiles: smallCorpusFiles(corpus), seedPath: files[0] };

console.log(`newslens benchmarks: ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, ` +
            `Node ${process.versions.node}, corpus ${o.corpus} (${files.length} documents)`);
const SECTIONS = [
  ['peers', '1. Peers in Node: newslens (wasm) vs compromise vs wink-nlp',
   () => benchPeers({ ...context, runs: o.runs })],
  ['native', '2. Native pipeline by stage, against the utf8proc NFC floor',
   () => benchNative({ ...context, runs: o.runs })],
  ['size', '3. Size', () => benchSize(context)],
  ['cold', '4. Cold start in headless Chromium', () => benchColdStart({ ...context, runs: o.coldRuns })],
  ['scaling', '5. Scaling and pathological inputs (native CLI)',
   () => benchScaling({ ...context, runs: o.scalingRuns })],
  ['jobs', '6. The native CLI on several cores (-j)', () => benchJobs({ ...context, runs: o.runs })],
];
const targets = [];
for (const [key, title, run] of SECTIONS) {
  if (!o.only.includes(key)) continue;
  console.log(`\n== ${title} ${'='.repeat(Math.max(0, 96 - title.length))}\n`);
  targets.push(...(await run()));
}

console.log(`\n== Targets ${'='.repeat(89)}\n`);
printTable(['target', '>figure', 'wanted', 'verdict'],
           targets.map((t) => [t.name, t.figure, t.target, verdict(t.met)]));
const met = targets.filter((t) => t.met).length;
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
console.log(`\n${met} of ${targets.length} targets met; make bench took ${Math.floor(seconds / 60)} min ` +
            `${Math.round(seconds % 60)} s`);
