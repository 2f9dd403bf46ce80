// The npm package in headless Chromium, under the strict Content-Security-Policy: the ES module
// imported by a page, the worker client, <newslens-article> (from a file and from its own text),
// web/examples/embed.html, and the single-file build, which must make no .wasm request, also
// when imported from a blob: URL.
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';

import { STRICT_CSP, startServer } from '../../tools/serve.mjs';
import { HAVE_SEED, ROOT, SAMPLE, SEED, WEB_DIR, runCli } from '../support.mjs';
import { assertClean, launchBrowser, openPage } from './browser.mjs';

// A third party's site: the package copied in newslens/, the single-file build alone in
// single/ (no .wasm beside it), an article, and pages with no script of their own.
const SITE = join(ROOT, 'build/package-site');
const ARTICLE = HAVE_SEED ? SEED : SAMPLE;
const BLANK = '<!doctype html><html lang="en"><meta charset="utf-8"><title>blank</title></html>\n';
const ELEMENTS = `<!doctype html>
<html lang="en"><meta charset="utf-8"><title>elements</title>
<script type="module" src="newslens/newslens-element.mjs"></script>
<newslens-article id="from-file" src="article.txt"></newslens-article>
<newslens-article id="from-text">Council votes

“It is a start,” said Mayor Anna Berg. Critics said the plan &lt;b&gt;was&lt;/b&gt; late.</newslens-article>
</html>
`;

let browser, strict, lenient;
const expected = JSON.parse(runCli(['analyze', '--format', 'json', ARTICLE]).stdout);

before(async () => {
  rmSync(SITE, { recursive: true, force: true });
  mkdirSync(join(SITE, 'single'), { recursive: true });
  symlinkSync(join(ROOT, 'build/npm'), join(SITE, 'newslens'), 'dir');
  copyFileSync(join(ROOT, 'build/npm/newslens.single.mjs'), join(SITE, 'single/newslens.single.mjs'));
  copyFileSync(ARTICLE, join(SITE, 'article.txt'));
  writeFileSync(join(SITE, 'blank.html'), BLANK);
  writeFileSync(join(SITE, 'favicon.ico'), '');  // what a browser asks any site for
  writeFileSync(join(SITE, 'elements.html'), ELEMENTS);
  strict = await startServer({ root: SITE });
  // For the blob: import only: a host whose policy lets scripts come from blob: URLs.
  lenient = await startServer({ root: SITE, csp: STRICT_CSP.replace("script-src 'self'", "script-src 'self' blob:") });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  strict?.server.close();
  lenient?.server.close();
});

const wasmRequests = (record) => record.requests.filter((r) => /\.wasm(\?|$)/.test(r));

describe('the package in a browser', () => {
  test('the ES module, imported by a page, fetches its wasm and analyses', async () => {
    const { page, context, record } = await openPage(browser, `${strict.url}blank.html`);
    const result = await page.evaluate(async () => {
      const { createNewslens } = await import('/newslens/newslens.mjs');
      const nl = await createNewslens();
      const text = await (await fetch('/article.txt')).text();
      const analysis = nl.analyze(text);
      return { version: nl.version, speakers: [...new Set(analysis.quotes.map((q) => q.speaker?.name))],
               quotes: analysis.quotes.length };
    });
    assert.equal(result.quotes, expected.quotes.length);
    if (HAVE_SEED) assert.deepEqual(result.speakers.sort(), ['Donald Trump', 'Vladimir Putin']);
    assert.equal(wasmRequests(record).length, 1);
    await assertClean(page, record, strict.url);
    await context.close();
  });

  test('the worker client: analyses off the main thread, and rejects a binary file', async () => {
    const { page, context, record } = await openPage(browser, `${strict.url}blank.html`);
    const result = await page.evaluate(async () => {
      const { NewslensClient } = await import('/newslens/newslens-client.mjs');
      const client = new NewslensClient();
      const bytes = new Uint8Array(await (await fetch('/article.txt')).arrayBuffer());
      const file = await client.analyzeFile(bytes);
      const json = await client.analyzeJson(bytes);
      let error = null;
      try {
        await client.decode(new Uint8Array([0x41, 0, 0x42]));
      } catch (e) {
        error = { name: e.name, code: e.code, offset: e.offset, isError: e instanceof Error };
      }
      const version = await client.version();
      client.terminate();
      return { quotes: file.analysis.quotes.length, encoding: file.encoding, json, error, version };
    });
    assert.equal(result.quotes, expected.quotes.length);
    assert.equal(result.encoding, 'utf-8');
    assert.equal(`${result.json}\n`, runCli(['analyze', '--format', 'json', ARTICLE]).stdout.toString());
    assert.deepEqual(result.error, { name: 'NewslensError', code: 'not_text', offset: 1, isError: true });
    assert.match(result.version, /^\d+\.\d+\.\d+$/);
    await assertClean(page, record, strict.url);
    await context.close();
  });

  test('<newslens-article> renders an article from src and from its own text, in a shadow root', async () => {
    const { page, context, record } = await openPage(browser, `${strict.url}elements.html`);
    await page.waitForFunction(() => [...document.querySelectorAll('newslens-article')]
      .every((e) => e.analysis !== null));
    const fromFile = await page.evaluate(() => {
      const root = document.getElementById('from-file').shadowRoot;
      const marks = [...root.querySelectorAll('mark.nl-quote[tabindex="0"]')];
      return {
        marks: marks.map((m) => m.dataset.quote),
        legend: [...root.querySelectorAll('.nl-legend-name')].map((n) => n.textContent),
        // The constructed stylesheet applies: quotes are tinted, the tooltip is positioned.
        tinted: getComputedStyle(marks[0]).backgroundColor !== 'rgba(0, 0, 0, 0)',
        sheets: root.adoptedStyleSheets.length,
        lightDomHidden: document.getElementById('from-file').textContent === '',
      };
    });
    assert.deepEqual(fromFile.marks, expected.quotes.map((q) => q.id));
    if (HAVE_SEED) assert.deepEqual(fromFile.legend, ['Donald Trump', 'Vladimir Putin']);
    assert.equal(fromFile.tinted, true);
    assert.equal(fromFile.sheets, 2);

    // Focus shows the details; a style set through CSSOM (the tooltip's place) breaks no rule.
    await page.focus('#from-file >> mark.nl-quote[tabindex="0"]');
    assert.match(await page.textContent('#from-file >> .nl-tooltip:not([hidden])'), /confidence \d\.\d\d$/);

    const fromText = await page.evaluate(() => {
      const el = document.getElementById('from-text');
      const root = el.shadowRoot;
      return { quote: root.querySelector('mark.nl-quote').textContent,
               speaker: el.analysis.quotes[0].speaker.name,
               shown: [...root.querySelectorAll('.nl-para')].map((p) => p.textContent) };
    });
    assert.equal(fromText.quote, 'It is a start,');
    assert.equal(fromText.speaker, 'Anna Berg');
    // The element's text, with its markup as text: nothing of it became an element.
    assert.ok(fromText.shown.some((p) => p.includes('<b>was</b>')), fromText.shown.join(' | '));

    // Changing the text analyses again.
    await page.evaluate(() => { document.getElementById('from-text').textContent = '“New,” said Tom Ek.'; });
    await page.waitForFunction(() => document.getElementById('from-text').analysis?.quotes[0]?.speaker?.name === 'Tom Ek');
    await assertClean(page, record, strict.url);
    await context.close();
  });

  test('<newslens-article>: entity labels; a mention, a type key and highlight() highlight all mentions', async () => {
    const { page, context, record } = await openPage(browser, `${strict.url}elements.html`);
    await page.waitForFunction(() => document.getElementById('from-file').analysis !== null);
    await page.evaluate(() => {
      window.__highlights = [];
      document.getElementById('from-file').addEventListener('newslens-highlight',
        (event) => window.__highlights.push(event.detail));
    });
    const hitsIn = () => page.$$eval('#from-file', ([el]) =>
      new Set([...el.shadowRoot.querySelectorAll('mark.nl-hit')].map((m) => m.dataset.hit)).size);
    const most = [...expected.entities].sort((a, b) => b.mentions.length - a.mentions.length)[0];
    const label = await page.$eval('#from-file', (el, id) => getComputedStyle(
      el.shadowRoot.querySelector(`.nl-entity[data-entity="${id}"]`), '::after').content, most.id);
    assert.equal(label, `"${most.type}" / ""`);

    // A mention, clicked: all its entity's mentions, the bar above the text, an event.
    await page.click(`#from-file >> .nl-entity[data-entity="${most.id}"] >> nth=-1`);
    assert.equal(await hitsIn(), most.mentions.length);
    assert.equal(await page.textContent('#from-file >> .nl-selection:not([hidden]) .nl-selection-text'),
                 `Highlighted: ${most.mentions.length} mentions of ${most.name}.`);
    // A type key.
    const places = expected.entities.filter((e) => e.type === 'LOC');
    await page.click('#from-file >> .nl-type-key[data-type="LOC"]');
    assert.equal(await hitsIn(), places.reduce((n, e) => n + e.mentions.length, 0));
    // Clear.
    await page.click('#from-file >> .nl-clear');
    assert.equal(await hitsIn(), 0);
    assert.equal(await page.$('#from-file >> .nl-selection:not([hidden])'), null);
    assert.deepEqual(await page.evaluate(() => window.__highlights.map((d) => d.target)),
                     [{ entity: most.id }, { type: 'LOC' }, null]);
    // From script.
    const result = await page.$eval('#from-file', (el, id) => {
      const { count, description, first } = el.highlight({ entity: id });
      return { count, description, first: first.textContent };
    }, most.id);
    assert.deepEqual(result, { count: most.mentions.length, description: `${most.mentions.length} mentions of ${most.name}`,
                               first: [...most.mentions].sort((a, b) => a.start - b.start)[0].text });
    await page.$eval('#from-file', (el) => el.clearHighlight());
    assert.equal(await hitsIn(), 0);
    await assertClean(page, record, strict.url);
    await context.close();
  });

  test('web/examples/embed.html: a third-party page in a few lines', async () => {
    const lines = readFileSync(join(ROOT, 'web/examples/embed.html'), 'utf8').trimEnd().split('\n');
    assert.ok(lines.length < 10, `${lines.length} lines`);
    const web = await startServer({ root: WEB_DIR });
    try {
      const { page, context, record } = await openPage(browser, `${web.url}examples/embed.html`);
      await page.waitForFunction(() => document.querySelector('newslens-article').analysis !== null);
      const sample = JSON.parse(runCli(['analyze', '--format', 'json', SAMPLE]).stdout);
      const marks = await page.$$eval('newslens-article', ([el]) =>
        el.shadowRoot.querySelectorAll('mark.nl-quote[tabindex="0"]').length);
      assert.equal(marks, sample.quotes.length);
      await assertClean(page, record, web.url);
      await context.close();
    } finally {
      web.server.close();
    }
  });

  test('the single-file build, from its own URL: no .wasm request, nothing but wasm-unsafe-eval', async () => {
    const { page, context, record } = await openPage(browser, `${strict.url}blank.html`);
    const quotes = await page.evaluate(async () => {
      const { createNewslens } = await import('/single/newslens.single.mjs');
      const nl = await createNewslens();
      return nl.analyze(await (await fetch('/article.txt')).text()).quotes.length;
    });
    assert.equal(quotes, expected.quotes.length);
    assert.deepEqual(wasmRequests(record), []);
    await assertClean(page, record, strict.url);
    await context.close();
  });

  test('the single-file build, imported from a blob: URL, makes no .wasm request', async () => {
    const { page, context, record } = await openPage(browser, `${lenient.url}blank.html`);
    const quotes = await page.evaluate(async () => {
      const source = await (await fetch('/single/newslens.single.mjs')).text();
      const url = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
      const { createNewslens } = await import(url);
      URL.revokeObjectURL(url);
      const nl = await createNewslens();
      return nl.analyze(await (await fetch('/article.txt')).text()).quotes.length;
    });
    assert.equal(quotes, expected.quotes.length);
    assert.deepEqual(wasmRequests(record), []);
    await assertClean(page, record, lenient.url);
    await context.close();
  });
});
