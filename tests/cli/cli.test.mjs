// The native CLI: commands, formats, exit codes and errors (CONTRACT.md).
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';

import { CLI, DATA_DIR, HAVE_SEED, SAMPLE, SEED, SHARED, runCli, spansOf } from '../support.mjs';

const tmp = mkdtempSync(join(tmpdir(), 'newslens-cli-'));

function json(result) {
  assert.equal(result.status, 0, result.stderr);
  return JSON.parse(result.stdout.toString('utf8'));
}

describe('analyze', () => {
  test('prints one newslens/1 object for one file', () => {
    const doc = json(runCli(['analyze', SAMPLE]));
    assert.equal(doc.schema, 'newslens/1');
    assert.equal(doc.document.date, '2026-03-14');
    const ruiz = doc.entities.find((e) => e.name === 'Elena Ruiz');
    assert.equal(ruiz?.type, 'PER');
    assert.ok(doc.quotes.some((q) => q.speaker?.entity === ruiz.id));
    assert.ok(doc.values.some((v) => v.type === 'MONEY' && v.value === 'USD 18000000'));
  });

  test('reads standard input with no file or "-"', () => {
    const text = readFileSync(SAMPLE);
    const fromFile = runCli(['analyze', SAMPLE]).stdout;
    assert.deepEqual(runCli(['analyze'], text).stdout, fromFile);
    assert.deepEqual(runCli(['analyze', '-'], text).stdout, fromFile);
  });

  test('jsonl: one line per input with "file" set', () => {
    const files = [SAMPLE, join(DATA_DIR, 'quotes.txt')];
    const r = runCli(['analyze', '--format', 'jsonl', ...files]);
    assert.equal(r.status, 0);
    const lines = r.stdout.toString('utf8').trimEnd().split('\n');
    assert.equal(lines.length, 2);
    assert.deepEqual(lines.map((l) => JSON.parse(l).file), files);
  });

  test('json with several files prints an array, each item with "file" set', () => {
    const files = [SAMPLE, join(DATA_DIR, 'quotes.txt')];
    const docs = json(runCli(['analyze', ...files]));
    assert.deepEqual(docs.map((d) => d.file), files);
    // One file: the object alone, without "file" (as before).
    assert.equal('file' in json(runCli(['analyze', SAMPLE])), false);
  });

  test('-j N: files analysed in parallel, output in the order given, as with one job', () => {
    const files = [SAMPLE, join(DATA_DIR, 'quotes.txt'), join(DATA_DIR, 'markdown.md'),
                   join(DATA_DIR, 'unicode.txt'), join(tmp, 'missing.txt'), SAMPLE];
    for (const format of ['jsonl', 'json', 'text']) {
      const one = runCli(['analyze', '--format', format, '-j', '1', ...files]);
      for (const jobs of [['-j', '2'], ['-j3'], ['--jobs=4'], ['--jobs', '8']]) {
        const many = runCli(['analyze', '--format', format, ...jobs, ...files]);
        assert.equal(many.status, 1, `${format} ${jobs}`);  // the missing file
        assert.deepEqual(many.stdout, one.stdout, `${format} ${jobs}`);
        assert.equal(many.stderr, one.stderr);
      }
    }
    for (const bad of ['0', 'x', '-2', '2000']) {
      const r = runCli(['analyze', '-j', bad, SAMPLE]);
      assert.equal(r.status, 2, bad);
      assert.match(r.stderr, /--jobs must be a number of threads/);
    }
  });

  test('jsonl: each document is written as soon as it is analysed (a reader of a pipe sees it)', async () => {
    // The second input is standard input, kept open: the first line must arrive before it ends.
    const child = spawn(CLI, ['analyze', '--format', 'jsonl', '-j', '1', SAMPLE, '-']);
    const first = await new Promise((resolve, reject) => {
      let out = '';
      const timer = setTimeout(() => reject(new Error('no line while stdin was open')), 20000);
      child.stdout.on('data', (chunk) => {
        out += chunk;
        if (out.includes('\n')) {
          clearTimeout(timer);
          resolve(out.slice(0, out.indexOf('\n')));
        }
      });
    });
    assert.equal(JSON.parse(first).file, SAMPLE);
    child.stdin.end('“Done,” she said.');
    const code = await new Promise((resolve) => child.on('close', resolve));
    assert.equal(code, 0);
  });

  test('warnings: an empty text and a text not in English, on stderr and in the document', () => {
    const empty = join(tmp, 'empty.txt');
    writeFileSync(empty, '');
    const german = join(tmp, 'german.txt');
    writeFileSync(german, 'Berlin stimmt über neuen Haushalt ab\n\nDie Regierung will in der ' +
      'kommenden Woche einen neuen Haushalt vorlegen. „Wir haben keine Zeit zu verlieren“, sagte ' +
      'die Ministerin am Montag in Berlin. Die Opposition kritisierte den Plan scharf und forderte ' +
      'mehr Geld für Schulen und Krankenhäuser. Nach Angaben des Ministeriums soll das Defizit im ' +
      'nächsten Jahr sinken. Viele Abgeordnete zweifeln jedoch daran, dass die Zahlen stimmen.\n');
    const r = runCli(['analyze', '--format', 'jsonl', empty, german, SAMPLE]);
    assert.equal(r.status, 0, r.stderr);
    const docs = r.stdout.toString('utf8').trimEnd().split('\n').map((l) => JSON.parse(l));
    assert.deepEqual(docs.map((d) => d.document.warnings.map((w) => w.code)),
                     [['empty_text'], ['not_english'], []]);
    assert.match(docs[1].document.warnings[0].message, /does not read as English .*newslens reads English only/);
    const lines = r.stderr.trimEnd().split('\n');
    assert.equal(lines.length, 2);
    assert.match(lines[0], new RegExp(`^newslens: ${empty}: warning: the text is empty`));
    assert.match(lines[1], new RegExp(`^newslens: ${german}: warning: the text does not read as English`));
  });

  test('text: a readable summary', () => {
    const r = runCli(['analyze', '--format', 'text', SAMPLE]);
    assert.equal(r.status, 0);
    const out = r.stdout.toString('utf8');
    assert.match(out, /title {6}Mayor says city’s ‘historic’ transit deal will end months of strikes/);
    assert.match(out, /paragraphs 13 \(1 headline, 1 dateline, 1 caption, 10 body\)\n/);
  });

  test('a missing file: exit 1, a message naming it, the other files still analysed', () => {
    const missing = join(tmp, 'nope.txt');
    const r = runCli(['analyze', '--format', 'jsonl', missing, SAMPLE]);
    assert.equal(r.status, 1);
    assert.match(r.stderr, new RegExp(`^newslens: ${missing}: No such file or directory\n$`));
    assert.equal(r.stdout.toString('utf8').trim().split('\n').length, 1);
  });

  test('a directory is an error naming it', () => {
    const r = runCli(['analyze', tmp]);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /Is a directory/);
  });

  test('random bytes: exit 1 and a one-line error naming the file', () => {
    const path = join(tmp, 'random.bin');
    writeFileSync(path, randomBytes(100000));
    const r = runCli(['analyze', path]);
    assert.equal(r.status, 1);
    assert.equal(r.stdout.length, 0);
    assert.match(r.stderr, new RegExp(`^newslens: ${path}: .*byte offset \\d+\n$`));
  });

  test('a few invalid bytes: exit 0, repaired, every span in range', () => {
    const text = readFileSync(SAMPLE);
    const broken = Buffer.concat([text.subarray(0, 200), Buffer.from([0xff, 0xc3]),
                                  text.subarray(200, 900), Buffer.from([0xe2, 0x80]),
                                  text.subarray(900)]);
    const path = join(tmp, 'broken.txt');
    writeFileSync(path, broken);
    const doc = json(runCli(['analyze', path]));
    assert.equal(doc.document.input.repaired, 3);
    for (const [where, s] of spansOf(doc)) {
      assert.ok(s.start >= 0 && s.start <= s.end && s.end <= broken.length, where);
    }
    assert.equal(doc.document.paragraphs.length, 13);
  });

  test('UTF-16 with a byte order mark is decoded; offsets are bytes of the UTF-16 input', () => {
    const text = 'Headline here\n\n“Yes,” she said.';
    const path = join(tmp, 'utf16.txt');
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    writeFileSync(path, bytes);
    const doc = json(runCli(['analyze', path]));
    assert.equal(doc.document.input.encoding, 'utf-16le');
    assert.equal(doc.document.title, 'Headline here');
    const [, body] = doc.document.paragraphs;
    assert.equal(bytes.subarray(body.start, body.end).toString('utf16le'), '“Yes,” she said.');
  });

  test('usage errors exit 2', () => {
    assert.equal(runCli(['analyze', '--format', 'xml', SAMPLE]).status, 2);
    assert.equal(runCli(['analyze', '--bogus']).status, 2);
    assert.equal(runCli(['frobnicate']).status, 2);
    assert.equal(runCli([]).status, 2);
    assert.equal(runCli(['analyze', '--form']).status, 2);
  });

  test('--help and --version', () => {
    const help = runCli(['--help']);
    assert.equal(help.status, 0);
    assert.match(help.stdout.toString(), /usage: newslens <command>/);
    assert.match(runCli(['--version']).stdout.toString(), /^newslens \d+\.\d+\.\d+\n$/);
  });
});

describe('normalize', () => {
  test('e + combining acute becomes é (U+00E9)', () => {
    const r = runCli(['normalize'], Buffer.from([0x65, 0xcc, 0x81]));
    assert.equal(r.status, 0);
    assert.deepEqual([...r.stdout], [0xc3, 0xa9]);
  });

  test('--form nfkc', () => {
    const r = runCli(['normalize', '--form', 'nfkc'], '\ufb01ve \u2460');
    assert.equal(r.stdout.toString(), 'five 1');
  });
});

describe('the seed article', { skip: !HAVE_SEED && `no ${SHARED}` }, () => {
  test('scores date ok, title ok, contract ok; 1 headline, 1 caption, 13 body', () => {
    const out = runCli(['analyze', '--format', 'json', SEED]);
    const doc = json(out);
    const roles = doc.document.paragraphs.map((p) => p.role);
    assert.deepEqual(roles, ['headline', 'caption', ...Array(13).fill('body')]);
    const score = spawnSync('python3', [join(SHARED, 'eval/score_seed.py'), '-'], { input: out.stdout });
    assert.equal(score.status, 0, score.stderr.toString());
    assert.match(score.stdout.toString(), /date ok, title ok, contract ok/);
  });
});
