// Shared by the Node test suites: where things are, and how to run them.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const CLI = join(ROOT, 'build/native/newslens');
export const WASM_DIR = join(ROOT, 'build/wasm');
export const WEB_DIR = join(ROOT, 'build/web');
export const DATA_DIR = join(ROOT, 'tests/data');
export const SAMPLE = join(ROOT, 'web/examples/sample-article.txt');

// ../shared sits beside the checkout on the project's machines and in CI.
export const SHARED = resolve(ROOT, '../shared');
export const SEED = join(SHARED, 'eval/seed/article.txt');
export const HAVE_SEED = existsSync(SEED);

/** Runs the CLI; `input` (Buffer or string) goes to stdin. Returns {status, stdout, stderr}. */
export function runCli(args, input) {
  const r = spawnSync(CLI, args, { input, maxBuffer: 1 << 30 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr.toString('utf8') };
}

/** The newslens API from build/wasm, loaded the Node way (bytes passed in). */
export async function loadNewslens() {
  const { createNewslens } = await import(join(WASM_DIR, 'newslens.mjs'));
  return createNewslens({ wasmBinary: readFileSync(join(WASM_DIR, 'newslens.wasm')) });
}

/** Every {start, end} in an analysis, with a label saying where it is. */
export function* spansOf(analysis) {
  const d = analysis.document;
  for (const [i, p] of d.paragraphs.entries()) yield [`paragraph ${i}`, p];
  for (const [i, s] of d.sentences.entries()) yield [`sentence ${i}`, s];
  for (const e of analysis.entities) for (const m of e.mentions) yield [`mention of ${e.id}`, m];
  for (const v of analysis.values) yield [`value ${v.type}`, v];
  for (const q of analysis.quotes) {
    for (const s of q.spans) yield [`quote ${q.id}`, s];
    if (q.speaker && 'start' in q.speaker) yield [`speaker of ${q.id}`, q.speaker];
    if (q.cue) yield [`cue of ${q.id}`, q.cue];
  }
}
