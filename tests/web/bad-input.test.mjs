// The bad-input table (tests/cli/bad-inputs.mjs) dropped on the page at once, in headless
// Chromium: every file gets a row that says what the CLI says (its paragraphs, or the same
// "not text" message), the export of all files is the CLI's JSON Lines, articles with repaired
// bytes and other encodings show their decoded text paragraph by paragraph, a 100 MB file is
// refused before it is read, and nothing breaks the page's Content-Security-Policy.
// The 10 MB and 100 MB lines of the table are left out: a file that size would have to cross
// into the page as a JS array (the page's own limit is 20 MB, checked with a 100 MB file).
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';

import { CASES } from '../cli/bad-inputs.mjs';
import { WEB_DIR, runCli } from '../support.mjs';
import { assertClean, downloadOf, dropFiles, openPage, useBrowserSuite } from './browser.mjs';

const cases = CASES.filter((c) => !c.large);
const tmp = mkdtempSync(join(tmpdir(), 'newslens-page-bad-input-'));
const suite = useBrowserSuite({ root: WEB_DIR });

after(() => rmSync(tmp, { recursive: true, force: true }));

// The text the page shows for the article on display, paragraph by paragraph.
const ARTICLE_TEXT = () => [...document.querySelectorAll('#article-text .nl-para')].map((p) => {
  const clone = p.cloneNode(true);
  clone.querySelector('.nl-role')?.remove();
  return clone.textContent;
});

test('every bad input dropped at once: rows, messages, exports and text as the CLI has them', async () => {
  const files = cases.map((c) => ({ c, name: c.file, bytes: c.bytes(), type: c.file.endsWith('.html') ? 'text/html' : 'text/plain' }));
  const huge = { name: 'huge.txt', size: 100 * 1000 * 1000 };
  const { page, context, record } = await openPage(suite.browser, suite.url);
  await page.waitForFunction(() => document.getElementById('version').textContent !== '');
  await dropFiles(page, [...files, huge]);
  const total = files.length + 1;
  await page.waitForFunction((n) => new RegExp(`^Analysed ${n} files\\.`).test(document.getElementById('status').textContent),
                             total, { timeout: 120000 });
  const failed = cases.filter((c) => c.error).length + 1;
  assert.match(await page.textContent('#status'), new RegExp(` ${failed} could not be read`));

  // One row per file, saying what the CLI says. The page reads .txt as text and .html as HTML.
  const rows = await page.$$eval('#file-table tbody tr', (trs) => trs.map((tr) =>
    [tr.querySelector('.file-button, .file-label').textContent, tr.querySelector('.file-status').textContent, ...[...tr.cells].slice(1).map((c) => c.textContent)].slice(0, 2)));
  assert.equal(rows.length, total);
  const expectedJsonl = [];
  for (const [i, { c, name, bytes }] of files.entries()) {
    const path = join(tmp, name);
    writeFileSync(path, bytes);
    const cli = runCli(['analyze', '--format', 'jsonl', name.endsWith('.html') ? '--html' : '--plain', path]);
    if (c.error) {
      assert.equal(cli.status, 1);
      assert.deepEqual(rows[i], [name, `Not a text file: ${c.error.message}`], c.name);
      continue;
    }
    assert.equal(cli.status, 0, cli.stderr);
    const analysis = JSON.parse(cli.stdout);
    const n = analysis.document.paragraphs.length;
    assert.deepEqual(rows[i], [name, n ? `${n} paragraph${n === 1 ? '' : 's'}` : 'empty'], c.name);
    expectedJsonl.push({ ...analysis, file: name });
  }
  assert.deepEqual(rows[total - 1], ['huge.txt', 'Too large: 95.4 MB; the limit is 20.0 MB']);

  // Everything at once, as JSON Lines: the CLI's analyses, in the order dropped.
  const jsonl = (await downloadOf(page, '#export-all-json')).bytes.toString('utf8').trimEnd().split('\n');
  assert.deepEqual(jsonl.map((line) => JSON.parse(line)), expectedJsonl);

  // Articles with repaired bytes, UTF-16, Windows-1252 and HTML: the decoded text, paragraph by
  // paragraph (so U+FFFD stands where the bytes were, and nothing of the scripts shows).
  for (const file of ['invalid-utf8-5-and-6-byte-forms.txt', 'utf16be-bom.txt', 'windows-1252.txt',
                      'utf16-surrogates.txt', 'scripts.html']) {
    const i = files.findIndex((f) => f.name === file);
    assert.ok(i >= 0, file);
    await page.click(`#file-table tbody tr:nth-child(${i + 1}) button`);
    await page.waitForFunction((name) => document.getElementById('article-file').textContent === name, file);
    assert.deepEqual(await page.evaluate(ARTICLE_TEXT), files[i].c.ok.paragraphs, file);
  }
  await assertClean(page, record, suite.url);
  await context.close();
});
