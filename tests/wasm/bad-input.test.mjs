// The bad-input table (tests/cli/bad-inputs.mjs) through the WebAssembly module:
//  - analyzeJson(bytes) prints what the CLI prints for the same file, byte for byte, or throws
//    the NewslensError the CLI reports (same code, offset and message);
//  - decode(bytes) reads the file as the CLI does (encoding, repairs), and analyze() on the text
//    it returns gives UTF-16 spans that slice the expected paragraphs out of that text.
// Large inputs may instead be refused with NewslensError 'too_large'. The 100 MB case runs only
// under `make stress` (NEWSLENS_STRESS=1).
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';

import { CASES, STRESS } from '../cli/bad-inputs.mjs';
import { loadNewslens, runCli } from '../support.mjs';

let newslens;
before(async () => {
  newslens = await loadNewslens();
});

const tmp = mkdtempSync(join(tmpdir(), 'newslens-wasm-bad-input-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

describe('bad input through the WebAssembly module', () => {
  for (const c of CASES) {
    test(c.name, { skip: c.stress && !STRESS && 'a stress case: make stress' }, () => {
      const bytes = c.bytes();
      const started = process.hrtime.bigint();
      if (c.error) {
        const expected = { name: 'NewslensError', code: 'not_text', offset: c.error.offset, message: c.error.message };
        assert.throws(() => newslens.analyzeJson(bytes), expected);
        assert.throws(() => newslens.decode(bytes), expected);
        return;
      }
      let json;
      try {
        json = newslens.analyzeJson(bytes);
      } catch (error) {
        // What a module cannot hold (a JS string has at most 2^29 - 24 characters, wasm32 memory
        // 4 GB) it must refuse with a clear error, not abort.
        if (!c.large) throw error;
        assert.equal(error.name, 'NewslensError', String(error));
        assert.equal(error.code, 'too_large');
        return;
      }
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      if (c.seconds) assert.ok(seconds < c.seconds, `took ${seconds.toFixed(1)} s, limit ${c.seconds} s`);

      const path = join(tmp, c.file);
      writeFileSync(path, bytes);
      const cli = runCli(['analyze', '--format', 'json', path]);
      assert.equal(cli.status, 0, cli.stderr);
      // Compared as bytes: the JSON of the 100 MB case is too long for one JS string twice.
      assert.ok(Buffer.from(`${json}\n`).equals(cli.stdout), 'analyzeJson differs from the CLI');

      const decoded = newslens.decode(bytes);
      assert.equal(decoded.encoding, c.ok.encoding);
      assert.equal(decoded.repaired, c.ok.repaired);
      if (!c.ok.paragraphs) return;
      const analysis = newslens.analyze(decoded.text, { markup: c.ok.html ? 'html' : 'text' });
      const { text } = decoded;
      assert.deepEqual(analysis.document.paragraphs.map((p) => text.slice(p.start, p.end)), c.ok.paragraphs);
      if (c.ok.quotes) {
        assert.deepEqual(analysis.quotes.map((q) => q.text), c.ok.quotes);
        assert.deepEqual(analysis.quotes.map((q) => q.spans.map((s) => text.slice(s.start, s.end)).join(' ')),
                         c.ok.quotes);
      }
    });
  }
});
