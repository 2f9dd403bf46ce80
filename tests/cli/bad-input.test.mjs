// The bad-input table (bad-inputs.mjs) through the native CLI: every input analysed with its
// offsets intact, or rejected with exit 1 and a one-line message naming the file, the problem and
// the byte offset. The 100 MB case runs only under `make stress` (NEWSLENS_STRESS=1).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';

import { CLI } from '../support.mjs';
import { analysisProblems, decodePlain } from './analysis-checks.mjs';
import { CASES, STRESS } from './bad-inputs.mjs';

const tmp = mkdtempSync(join(tmpdir(), 'newslens-bad-input-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

// Runs `newslens analyze --format json FILE` with its output in a file (the JSON of a 100 MB
// article is some 500 MB: too much for a pipe buffer and a JS string at once).
function analyzeToFile(path) {
  const out = join(tmp, 'out.json');
  const fd = openSync(out, 'w');
  const started = process.hrtime.bigint();
  const r = spawnSync(CLI, ['analyze', '--format', 'json', path], { stdio: ['ignore', fd, 'pipe'] });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  closeSync(fd);
  return { status: r.status, signal: r.signal, stderr: r.stderr.toString('utf8'), out, seconds };
}

// The analysis, or for output too large to parse whole, its "document" member alone (it comes
// first, before entities, values and quotes).
function readAnalysis(out) {
  if (statSync(out).size < 200e6) return { analysis: JSON.parse(readFileSync(out, 'utf8')), whole: true };
  const json = readFileSync(out);
  const start = json.indexOf('"document": ') + '"document": '.length;
  const end = json.indexOf(',\n  "entities": ');
  return { analysis: { document: JSON.parse(json.subarray(start, end).toString('utf8')) }, whole: false };
}

describe('bad input through the CLI', () => {
  for (const c of CASES) {
    test(c.name, { skip: c.stress && !STRESS && 'a stress case: make stress' }, () => {
      const bytes = c.bytes();
      const path = join(tmp, c.file);
      writeFileSync(path, bytes);
      const r = analyzeToFile(path);
      if (c.seconds) assert.ok(r.seconds < c.seconds, `took ${r.seconds.toFixed(1)} s, limit ${c.seconds} s`);
      if (c.error) {
        assert.equal(r.status, 1, r.stderr);
        assert.equal(r.stderr, `newslens: ${path}: ${c.error.message}\n`);
        assert.equal(statSync(r.out).size, 0);
        return;
      }
      assert.equal(r.status, 0, `exit ${r.status} ${r.signal ?? ''} ${r.stderr}`);
      const warnings = c.ok.warnings ?? [];
      assert.equal(r.stderr.split('\n').filter((l) => l.startsWith(`newslens: ${path}: warning: `)).length,
                   warnings.length, r.stderr);
      if (!warnings.length) assert.equal(r.stderr, '');
      const { analysis, whole } = readAnalysis(r.out);
      const { input, paragraphs } = analysis.document;
      assert.deepEqual(analysis.document.warnings.map((w) => w.code), warnings);
      assert.equal(input.bytes, bytes.length);
      assert.equal(input.encoding, c.ok.encoding);
      assert.equal(input.repaired, c.ok.repaired);
      assert.equal(input.html, c.ok.html ?? false);
      if (c.ok.paragraphs) {
        assert.deepEqual(paragraphs.map((p) => decodePlain(bytes.subarray(p.start, p.end), input.encoding)),
                         c.ok.paragraphs);
      }
      if (c.ok.paragraphSpans) assert.deepEqual(paragraphs.map((p) => [p.start, p.end]), c.ok.paragraphSpans);
      if (c.ok.firstStart !== undefined) assert.equal(paragraphs[0].start, c.ok.firstStart);
      if (!whole) return;
      if (c.ok.quotes) assert.deepEqual(analysis.quotes.map((q) => q.text), c.ok.quotes);
      assert.deepEqual(analysisProblems(analysis, bytes), []);
    });
  }
});
