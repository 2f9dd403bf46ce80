// The WebAssembly module in Node: the API, its UTF-16 offsets, and agreement with the native CLI.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';

import { CLI, DATA_DIR, HAVE_SEED, ROOT, SAMPLE, SEED, runCli, loadNewslens, spansOf } from '../support.mjs';

let newslens;
before(async () => {
  newslens = await loadNewslens();
});

// The seed (when ../shared is there), the sample article and every file of tests/data.
const INPUTS = [SAMPLE, ...readdirSync(DATA_DIR).map((f) => join(DATA_DIR, f)),
                ...(HAVE_SEED ? [SEED] : [])];

describe('analyzeJson', () => {
  for (const path of INPUTS) {
    test(`equals the native CLI's JSON byte for byte: ${path.slice(ROOT.length + 1)}`, () => {
      const native = runCli(['analyze', '--format', 'json', path]);
      assert.equal(native.status, 0, native.stderr);
      const text = readFileSync(path, 'utf8');
      assert.equal(newslens.analyzeJson(text) + '\n', native.stdout.toString('utf8'));
    });
  }
});

describe('analyze', () => {
  for (const path of INPUTS) {
    test(`UTF-16 spans slice the same text as the native byte spans: ${path.slice(ROOT.length + 1)}`, () => {
      const bytes = readFileSync(path);
      const text = bytes.toString('utf8');
      const native = JSON.parse(runCli(['analyze', '--format', 'json', path]).stdout);
      const analysis = newslens.analyze(text);
      const byteSpans = [...spansOf(native)];
      const utf16Spans = [...spansOf(analysis)];
      assert.equal(utf16Spans.length, byteSpans.length);
      assert.ok(utf16Spans.length > 0);
      for (let i = 0; i < byteSpans.length; i++) {
        const [where, b] = byteSpans[i];
        const [, u] = utf16Spans[i];
        assert.equal(text.slice(u.start, u.end), bytes.subarray(b.start, b.end).toString('utf8'), where);
      }
    });
  }

  test('returns plain data that survives structured cloning', () => {
    const analysis = newslens.analyze(readFileSync(SAMPLE, 'utf8'));
    assert.deepEqual(structuredClone(analysis), analysis);
    assert.equal(analysis.schema, 'newslens/1');
    assert.equal(analysis.document.title, 'Mayor says city’s ‘historic’ transit deal will end months of strikes');
    assert.equal(analysis.document.date, '2026-03-14');
    assert.deepEqual(analysis.document.paragraphs.map((p) => p.role),
                     ['headline', 'caption', 'dateline', ...Array(10).fill('body')]);
  });

  test('counts characters beyond the BMP as two UTF-16 units', () => {
    const text = '🎉🎉 Party time.\n\n“Great,” said 𝔄nna.';
    const analysis = newslens.analyze(text);
    const sentences = analysis.document.sentences.map((s) => text.slice(s.start, s.end));
    assert.deepEqual(sentences, ['🎉🎉 Party time.', '“Great,” said 𝔄nna.']);
  });

  test('keeps offsets when the string holds unpaired surrogates', () => {
    const text = 'A \uD800 lone surrogate.\n\nThen \uDC00 another one.';
    const analysis = newslens.analyze(text);
    const paragraphs = analysis.document.paragraphs.map((p) => text.slice(p.start, p.end));
    assert.deepEqual(paragraphs, ['A \uD800 lone surrogate.', 'Then \uDC00 another one.']);
  });

  test('reads HTML when asked, and plain text when asked', () => {
    const html = '<p>One &amp; two.</p><p>Three.</p>';
    assert.equal(newslens.analyze(html, { markup: 'html' }).document.paragraphs.length, 2);
    const plain = newslens.analyze(html, { markup: 'text' });
    assert.equal(plain.document.input.html, false);
    assert.equal(plain.document.paragraphs.length, 1);
  });
});

describe('errors', () => {
  test('text with a NUL is not text: NewslensError with a code and the byte offset', () => {
    assert.throws(() => newslens.analyze('abc\u0000def'),
                  { name: 'NewslensError', code: 'not_text', offset: 3 });
  });

  test('a bad option is an invalid_option error', () => {
    assert.throws(() => newslens.analyze('x', { form: 'nfd' }), { code: 'invalid_option' });
    assert.throws(() => newslens.normalize('x', { fold: 'yes' }), { code: 'invalid_option' });
    assert.throws(() => newslens.analyze('x', { markup: 3 }), { code: 'invalid_option' });
  });

  test('a non-string is a TypeError', () => {
    assert.throws(() => newslens.analyze(42), TypeError);
    assert.throws(() => newslens.analyze(null), TypeError);
  });

  test('an empty or blank article is analysed, not rejected', () => {
    for (const text of ['', '   \n\n  ']) {
      const analysis = newslens.analyze(text);
      assert.equal(analysis.document.paragraphs.length, 0);
      assert.equal(analysis.document.title, null);
    }
  });
});

describe('normalize', () => {
  test('composes to NFC, or NFKC on request', () => {
    assert.equal(newslens.normalize('e\u0301'), '\u00e9');
    assert.equal(newslens.normalize('\ufb01ne', { form: 'nfkc' }), 'fine');
    assert.equal(newslens.normalize('\ufb01ne'), '\ufb01ne');
  });

  test('folds quotation marks and apostrophes unless told not to', () => {
    assert.equal(newslens.normalize('"Don’t," he said.'), '“Don\'t,” he said.');
    assert.equal(newslens.normalize('"Don’t," he said.', { fold: false }), '"Don’t," he said.');
  });

  test('agrees with the CLI', () => {
    const text = readFileSync(join(DATA_DIR, 'unicode.txt'), 'utf8');
    const native = runCli(['normalize', join(DATA_DIR, 'unicode.txt')]);
    assert.equal(newslens.normalize(text), native.stdout.toString('utf8'));
  });
});

test('runs without eval or new Function (strict Content-Security-Policy)', () => {
  const script = `
    import { readFileSync } from 'node:fs';
    import { createNewslens } from ${JSON.stringify(join(ROOT, 'build/wasm/newslens.mjs'))};
    const nl = await createNewslens({ wasmBinary: readFileSync(${JSON.stringify(join(ROOT, 'build/wasm/newslens.wasm'))}) });
    console.log(nl.analyze('“Yes,” she said.').document.sentences.length);`;
  const r = spawnSync(process.execPath, ['--disallow-code-generation-from-strings',
                                         '--input-type=module', '-e', script]);
  assert.equal(r.stderr.toString(), '');
  assert.equal(r.stdout.toString().trim(), '1');
  assert.equal(r.status, 0);
});

test('the version matches the CLI', () => {
  const cli = spawnSync(CLI, ['--version']).stdout.toString().trim();
  assert.equal(cli, `newslens ${newslens.version}`);
});
