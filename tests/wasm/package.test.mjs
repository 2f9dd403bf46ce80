// The npm package (build/npm/) from Node: its manifest, both module builds, the CLI's JSON from
// a file's bytes, the view's speaker rules, the page's CSV quoting, and the hand-written types
// checked by tsc against a typed consumer.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';

import { DATA_DIR, HAVE_SEED, ROOT, SAMPLE, SEED, runCli } from '../support.mjs';

const NPM = join(ROOT, 'build/npm');
const manifest = JSON.parse(readFileSync(join(NPM, 'package.json'), 'utf8'));
const { createNewslens } = await import(join(NPM, 'newslens.mjs'));
// The view module touches the DOM only when rendering: its rules run in Node.
const { speakersOf, titleOf, describeQuote } = await import(join(NPM, 'newslens-view.mjs'));
let newslens;

before(async () => {
  newslens = await createNewslens({ wasmBinary: readFileSync(join(NPM, 'newslens.wasm')) });
});

describe('package.json', () => {
  test('is an ES module package named newslens, versioned like the engine', () => {
    assert.equal(manifest.name, 'newslens');
    assert.equal(manifest.type, 'module');
    assert.equal(manifest.version, newslens.version);
    assert.match(manifest.version, /^\d+\.\d+\.\d+$/);
  });

  test('every export has its file, and types where it is a module to import', () => {
    for (const [subpath, target] of Object.entries(manifest.exports)) {
      const conditions = typeof target === 'string' ? { default: target } : target;
      for (const file of Object.values(conditions)) {
        assert.ok(existsSync(join(NPM, file)), `${subpath}: ${file} is missing`);
      }
      if (/\.mjs$/.test(conditions.default)) {
        assert.ok(conditions.types, `${subpath} has no types`);
        assert.deepEqual(Object.keys(conditions), ['types', 'default'], `${subpath}: types must come first`);
      }
    }
  });

  test('carries its licences: the code\'s (LICENSE) and the model data\'s (NOTICE)', () => {
    assert.equal(manifest.license, 'Apache-2.0 AND CC-BY-SA-4.0');
    assert.match(readFileSync(join(NPM, 'LICENSE'), 'utf8'), /^\s*Apache License\s+Version 2\.0, January 2004/);
    assert.equal(readFileSync(join(NPM, 'LICENSE'), 'utf8'), readFileSync(join(ROOT, 'LICENSE'), 'utf8'));
    assert.match(readFileSync(join(NPM, 'NOTICE'), 'utf8'), /CC BY-SA 4\.0/);
  });

  test('"files" lists exactly what the folder holds', () => {
    assert.deepEqual([...manifest.files, 'package.json'].sort(), readdirSync(NPM).sort());
  });
});

describe('the engine from the package', () => {
  const inputs = [SAMPLE, join(DATA_DIR, 'crlf-bom.txt'), join(DATA_DIR, 'article.html'),
                  ...(HAVE_SEED ? [SEED] : [])];
  for (const path of inputs) {
    test(`analyzeJson(bytes) is the CLI's output for the file: ${path.split('/').pop()}`, () => {
      const cli = runCli(['analyze', '--format', 'json', path]);
      assert.equal(cli.status, 0, cli.stderr);
      assert.equal(`${newslens.analyzeJson(readFileSync(path))}\n`, cli.stdout.toString('utf8'));
    });
  }

  test('the seed: quotes of Donald Trump and Vladimir Putin', { skip: !HAVE_SEED && 'no seed' }, () => {
    const text = readFileSync(SEED, 'utf8');
    const analysis = newslens.analyze(text);
    const speakers = new Set(analysis.quotes.map((q) => q.speaker?.name));
    assert.ok(speakers.has('Donald Trump') && speakers.has('Vladimir Putin'), [...speakers].join(', '));
    const putin = analysis.quotes.find((q) => q.speaker?.name === 'Vladimir Putin' && q.kind === 'direct');
    assert.equal(text.slice(putin.speaker.start, putin.speaker.end), 'Putin');
  });

  test('createNewslens() with no options reads newslens.wasm beside the module', async () => {
    // In a child process: the module loads its wasm itself, without eval or new Function, and
    // this process's fetch() is out of the way (it takes no file: URLs, which the glue would use).
    const script = `
      globalThis.fetch = () => { throw new Error('fetch called'); };
      const { createNewslens } = await import(${JSON.stringify(join(NPM, 'newslens.mjs'))});
      const nl = await createNewslens();
      console.log(nl.version, nl.analyze('“Yes,” said Anna Berg.').quotes[0].speaker.name);`;
    const r = spawnSync(process.execPath, ['--disallow-code-generation-from-strings',
                                           '--input-type=module', '-e', script]);
    assert.equal(r.stderr.toString(), '');
    assert.equal(r.stdout.toString().trim(), `${newslens.version} Anna Berg`);
  });

  test('the single-file build needs no .wasm and gives the same analysis', async () => {
    const single = await import(join(NPM, 'newslens.single.mjs'));
    const engine = await single.createNewslens();
    const text = readFileSync(HAVE_SEED ? SEED : SAMPLE, 'utf8');
    assert.equal(engine.analyzeJson(text), newslens.analyzeJson(text));
    assert.equal(engine.version, newslens.version);
  });

  test('the single-file build runs without eval or new Function', () => {
    const script = `
      import { createNewslens } from ${JSON.stringify(join(NPM, 'newslens.single.mjs'))};
      const nl = await createNewslens();
      console.log(nl.analyze('“Yes,” she said.').quotes.length);`;
    const r = spawnSync(process.execPath, ['--disallow-code-generation-from-strings',
                                           '--input-type=module', '-e', script]);
    assert.equal(r.stderr.toString(), '');
    assert.equal(r.stdout.toString().trim(), '1');
  });
});

describe('the view’s rules', () => {
  test('speakers: most quoted first, one colour slot and unique initials each', () => {
    const analysis = newslens.analyze(
      '“One,” said Dan Tate. “Two,” said Dan Tate. “Three,” said Dora Tull. “Four,” someone said.\n\n' +
      'Stray “words” here.');
    const speakers = speakersOf(analysis);
    const attributed = speakers.filter((s) => s.key !== 'none');
    assert.equal(attributed[0].name, 'Dan Tate');
    assert.equal(attributed[0].quotes.length, 2);
    assert.deepEqual(attributed.map((s) => s.slot), attributed.map((_, i) => i + 1));
    assert.equal(attributed[0].badge, 'DT');
    assert.equal(new Set(speakers.map((s) => s.badge)).size, speakers.length, 'badges are unique');
    if (speakers.at(-1).key === 'none') assert.equal(speakers.at(-1).slot, 0);
  });

  test('titles: the most specific ones', () => {
    assert.equal(titleOf(['President', 'US President']), 'US President');
    assert.equal(titleOf(['Mayor', 'Chair of the board']), 'Mayor, Chair of the board');
    assert.equal(titleOf([]), '');
    assert.equal(titleOf(undefined), '');
  });

  test('a quote described in words', () => {
    const quote = { id: 'q1', kind: 'direct', cue: { text: 'said' }, confidence: 0.9,
                    speaker: { name: 'Anna Berg', entity: 'e1' } };
    assert.equal(describeQuote(quote, { name: 'Anna Berg', title: 'Mayor' }),
                 'Quote by Anna Berg, Mayor. Direct quote, cue “said”, confidence 0.90.');
    assert.equal(describeQuote({ ...quote, speaker: null, cue: null, kind: 'indirect' }, { name: '' }),
                 'Quote with no speaker found. Reported speech, confidence 0.90.');
  });
});

test('the page’s CSV fields: RFC 4180 quoting, and no formulas', async () => {
  const { csvField, quotesCsv } = await import(join(ROOT, 'web/exporters.js'));
  assert.equal(csvField('plain'), 'plain');
  assert.equal(csvField('a, b'), '"a, b"');
  assert.equal(csvField('say “hi” and "bye"'), '"say “hi” and ""bye"""');
  assert.equal(csvField('two\nlines'), '"two\nlines"');
  assert.equal(csvField('=HYPERLINK("x")'), '"\'=HYPERLINK(""x"")"');
  assert.equal(csvField(0.9), '0.9');
  assert.equal(csvField(null), '');
  const csv = quotesCsv([{ file: 'a.txt', quote: { id: 'q1', kind: 'direct', confidence: 0.9,
    cue: { text: 'said' }, text: 'Yes, "now"', speaker: { name: 'Ann' } }, speaker: { name: 'Ann', title: '' } }]);
  assert.equal(csv, '\ufefffile,quote_id,speaker,speaker_title,kind,confidence,cue,quote\r\n' +
                    'a.txt,q1,Ann,,direct,0.9,said,"Yes, ""now"""\r\n');
});

test('the hand-written types check against a typed consumer (tsc --noEmit)', () => {
  // The consumer imports 'newslens', 'newslens/client', ... as an installed package would.
  const dir = join(ROOT, 'build/types-check');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'node_modules'), { recursive: true });
  cpSync(join(ROOT, 'tests/wasm/types'), dir, { recursive: true });
  symlinkSync(NPM, join(dir, 'node_modules/newslens'), 'dir');
  const tsc = join(ROOT, 'node_modules/.bin/tsc');
  const r = spawnSync(tsc, ['-p', join(dir, 'tsconfig.json')], { encoding: 'utf8' });
  assert.equal(r.stdout + r.stderr, '');
  assert.equal(r.status, 0);
});
