// The invariants of issue 6 on every evaluation document beside the checkout (../shared): the
// PolNeAR dev texts, the seed article, and the CoNLL-2003 dev text (rebuilt here from its tokens:
// one line per sentence, one file per -DOCSTART- document). For each document:
//  - every span in range and on character boundaries; sentences and quote spans inside
//    paragraphs; mention, value, cue and quote texts equal to their spans (analysis-checks.mjs);
//  - the WebAssembly module's analyzeJson(bytes) equal to the CLI's JSON, byte for byte;
//  - the JavaScript API's UTF-16 spans slicing the same text as the CLI's byte spans.
// Skipped, each corpus on its own, where ../shared (or that corpus) is absent; CI has it.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { after, before, describe, test } from 'node:test';

import { CLI, SEED, SHARED, loadNewslens, spansOf } from '../support.mjs';
import { analysisProblems } from './analysis-checks.mjs';

const POLNEAR_DEV = join(SHARED, 'data/quotes/polnear/dev/text');
const CONLL_DEV = join(SHARED, 'data/ner/dev/conll2003-dev.conll');
const tmp = mkdtempSync(join(tmpdir(), 'newslens-invariants-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

// The CoNLL dev set as plain text: one file per document, one line per sentence, tokens
// separated by spaces (the first column of each line).
function conllDocuments(path) {
  const dir = join(tmp, 'conll-dev');
  mkdirSync(dir, { recursive: true });
  const documents = [];
  let sentences = [], tokens = [];
  const endSentence = () => {
    if (tokens.length) sentences.push(tokens.join(' '));
    tokens = [];
  };
  const endDocument = () => {
    endSentence();
    if (sentences.length) documents.push(sentences.join('\n') + '\n');
    sentences = [];
  };
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const token = line.split(/\s/)[0];
    if (token === '-DOCSTART-') endDocument();
    else if (token === '') endSentence();
    else tokens.push(token);
  }
  endDocument();
  return documents.map((text, i) => {
    const file = join(dir, `conll-dev-${String(i + 1).padStart(3, '0')}.txt`);
    writeFileSync(file, text);
    return file;
  });
}

const CORPORA = [
  { name: 'PolNeAR dev texts', present: existsSync(POLNEAR_DEV),
    files: () => readdirSync(POLNEAR_DEV).filter((f) => f.endsWith('.txt')).sort().map((f) => join(POLNEAR_DEV, f)) },
  { name: 'the seed article', present: existsSync(SEED), files: () => [SEED] },
  { name: 'the CoNLL-2003 dev text', present: existsSync(CONLL_DEV), files: () => conllDocuments(CONLL_DEV) },
];

let newslens;
before(async () => {
  newslens = await loadNewslens();
});

for (const corpus of CORPORA) {
  describe(`invariants on ${corpus.name}`, { skip: !corpus.present && `${SHARED} or the corpus is absent` }, () => {
    let files, bytes, cliJson, analyses;
    before(() => {
      files = corpus.files();
      bytes = files.map((f) => readFileSync(f));
      // One run for the whole corpus: an array of the documents' JSON, as `--format json` prints
      // it for several files ("[\n", the objects joined by ",\n", "\n]\n"); one file, one object.
      const r = spawnSync(CLI, ['analyze', '--format', 'json', ...files], { maxBuffer: 1 << 30 });
      assert.equal(r.status, 0, r.stderr.toString());
      cliJson = r.stdout.toString('utf8');
      analyses = files.length === 1 ? [JSON.parse(cliJson)] : JSON.parse(cliJson);
      assert.equal(analyses.length, files.length);
    });

    test('spans in range and on character boundaries; quote spans in paragraphs; texts equal spans', () => {
      const problems = [];
      for (const [i, analysis] of analyses.entries()) {
        for (const p of analysisProblems(analysis, bytes[i])) problems.push(`${basename(files[i])}: ${p}`);
      }
      assert.deepEqual(problems, []);
      assert.ok(analyses.some((a) => a.quotes.length > 0 || a.entities.length > 0), 'an empty corpus proves nothing');
    });

    test('the WebAssembly module prints the CLI\'s JSON, byte for byte', () => {
      const wasm = bytes.map((b) => newslens.analyzeJson(b));
      const differing = [];
      if (files.length === 1) {
        if (`${wasm[0]}\n` !== cliJson) differing.push(basename(files[0]));
      } else {
        // The CLI's array items say which file they are: the same JSON with "file" after "schema".
        const schema = '{\n  "schema": "newslens/1",\n';
        for (const [i, json] of wasm.entries()) {
          assert.ok(json.startsWith(schema));
          wasm[i] = `${schema}  "file": ${JSON.stringify(files[i])},\n${json.slice(schema.length)}`;
        }
        let at = 2;  // past "[\n"
        for (const [i, json] of wasm.entries()) {
          if (cliJson.slice(at, at + json.length) !== json) {
            differing.push(basename(files[i]));
            break;  // the rest is out of step
          }
          at += json.length + 2;  // and ",\n"
        }
        if (!differing.length && `[\n${wasm.join(',\n')}\n]\n` !== cliJson) differing.push('(the array as a whole)');
      }
      assert.deepEqual(differing, []);
    });

    test('the JavaScript API\'s UTF-16 spans slice the same text as the CLI\'s byte spans', () => {
      const problems = [];
      for (const [i, analysis] of analyses.entries()) {
        if (analysis.document.input.encoding !== 'utf-8') continue;  // a JS string is UTF-16 text
        const text = bytes[i].toString('utf8');
        const byteSpans = [...spansOf(analysis)];
        const utf16Spans = [...spansOf(newslens.analyze(text))];
        if (utf16Spans.length !== byteSpans.length) {
          problems.push(`${basename(files[i])}: ${utf16Spans.length} spans in JS, ${byteSpans.length} native`);
          continue;
        }
        for (const [k, [where, b]] of byteSpans.entries()) {
          const u = utf16Spans[k][1];
          if (text.slice(u.start, u.end) !== bytes[i].subarray(b.start, b.end).toString('utf8')) {
            problems.push(`${basename(files[i])}: ${where} [${u.start}, ${u.end}) in JS, [${b.start}, ${b.end}) native`);
          }
        }
      }
      assert.deepEqual(problems, []);
    });
  });
}
