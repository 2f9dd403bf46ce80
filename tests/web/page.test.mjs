// The page in headless Chromium, served with the strict Content-Security-Policy it must work
// under: drops, paste, many files, the article view and its panels, exports, themes, contrast,
// and screenshots (build/screenshots/).
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';

import { DATA_DIR, HAVE_SEED, ROOT, SAMPLE, SEED, WEB_DIR, runCli } from '../support.mjs';
import { assertClean, downloadOf, dropFiles, fileFrom, openPage, textContrasts, useBrowserSuite } from './browser.mjs';

// The package's own rule for the title shown beside a speaker ("US President", not also
// "President"), applied to the CLI's entities.
const { titleOf } = await import(join(ROOT, 'build/npm/newslens-view.mjs'));

const SCREENSHOTS = join(ROOT, 'build/screenshots');
const suite = useBrowserSuite({ root: WEB_DIR });

async function openReadyPage(contextOptions) {
  const opened = await openPage(suite.browser, suite.url, contextOptions);
  await opened.page.waitForFunction(() => document.getElementById('version').textContent !== '');
  opened.loadedRequests = opened.record.requests.length;
  return opened;
}

async function dropAndWait(page, files) {
  await dropFiles(page, files);
  const n = files.length;
  await page.waitForFunction((n) => new RegExp(`^Analysed ${n} files?\\.`)
    .test(document.getElementById('status').textContent), n);
}

// The CLI's analysis of a file: what the page must show and export.
// The page reads .txt and .md files as text (--plain), .html files as HTML (--html).
function cliAnalysis(path) {
  const r = runCli(['analyze', '--format', 'json', /\.html?$/.test(path) ? '--html' : '--plain', path]);
  assert.equal(r.status, 0, r.stderr);
  return { json: r.stdout, analysis: JSON.parse(r.stdout) };
}

// The text a rendered article shows, without the paragraph role labels the page adds.
const ARTICLE_TEXT = () => [...document.querySelectorAll('#article-text .nl-para')].map((p) => {
  const clone = p.cloneNode(true);
  clone.querySelector('.nl-role')?.remove();
  return clone.textContent;
});

describe('an article dropped on the page', { skip: !HAVE_SEED && 'no ../shared/eval/seed' }, () => {
  let page, context, record, loadedRequests, expected;
  const titleOfSpeaker = (q) =>
    titleOf(expected.entities.find((e) => e.id === q.speaker?.entity)?.titles ?? []);

  before(async () => {
    ({ page, context, record, loadedRequests } = await openReadyPage());
    expected = cliAnalysis(SEED).analysis;
    await dropAndWait(page, [fileFrom(SEED)]);
  });
  after(() => context?.close());

  test('shows the original text, paragraph by paragraph, with roles labelled', async () => {
    const seed = readFileSync(SEED);
    const paragraphs = expected.document.paragraphs.map((p) => seed.subarray(p.start, p.end).toString());
    assert.deepEqual(await page.evaluate(ARTICLE_TEXT), paragraphs);
    const roles = await page.$$eval('#article-text .nl-para', (ps) => ps.map((p) => p.dataset.role));
    assert.deepEqual(roles, ['headline', 'caption', ...Array(13).fill('body')]);
    assert.equal(await page.textContent('.nl-role-headline .nl-role'), 'Headline');
    assert.equal(await page.textContent('.nl-role-caption .nl-role'), 'Caption');
    assert.equal(await page.textContent('#article-title'),
                 'Trump says he and Putin could do something ‘significant’ in Ukraine');
    assert.match(await page.textContent('#article-facts'), /Date2025-02-01/);
  });

  test('highlights every quote, with its speaker’s colour and badge', async () => {
    const marks = await page.$$eval('#article-text mark.nl-quote[tabindex="0"]', (ms) =>
      ms.map((m) => ({ id: m.dataset.quote, badge: m.dataset.badge, slot: m.className.match(/nl-s(\d)/)[1],
                       text: m.textContent })));
    assert.equal(marks.length, expected.quotes.length);
    const seed = readFileSync(SEED);
    for (const [i, quote] of expected.quotes.entries()) {
      assert.equal(marks[i].id, quote.id);
      const first = quote.spans[0];
      assert.ok(seed.subarray(first.start, first.end).toString().startsWith(marks[i].text), quote.id);
      const who = quote.speaker?.name;
      assert.equal(marks[i].badge, { 'Donald Trump': 'DT', 'Vladimir Putin': 'VP' }[who], quote.id);
      assert.equal(marks[i].slot, who === 'Donald Trump' ? '1' : '2', quote.id);
    }
    const legend = await page.$$eval('.nl-legend li', (li) => li.map((l) => l.textContent));
    const trumpQuotes = expected.quotes.filter((q) => q.speaker?.name === 'Donald Trump').length;
    assert.equal(legend[0], `DTDonald Trump ${trumpQuotes} quotes`);
    assert.match(legend[1], /^VPVladimir Putin \d+ quotes?$/);
    // Speakers' mentions and entity mentions are marked.
    const speakerMentions = await page.$$eval('.nl-speaker-mention', (s) => s.map((x) => x.textContent));
    assert.ok(speakerMentions.includes('Trump') && speakerMentions.includes('Putin'));
    assert.ok(await page.$$eval('.nl-entity', (s) => s.some((x) => x.textContent === 'Oval Office')));
  });

  test('focusing a quote shows its speaker, title, cue, kind and confidence', async () => {
    const q3 = expected.quotes.find((q) => q.kind === 'direct');
    await page.focus(`mark[data-quote="${q3.id}"][tabindex="0"]`);
    const tooltip = await page.textContent('.nl-tooltip:not([hidden])');
    assert.equal(q3.speaker.name, 'Donald Trump');
    assert.equal(tooltip, `Donald Trump${titleOfSpeaker(q3)}Direct quote · cue “${q3.cue.text}” · ` +
                          `confidence ${q3.confidence.toFixed(2)}`);
    const description = await page.$eval(`mark[data-quote="${q3.id}"][tabindex="0"]`,
      (m) => document.getElementById(m.getAttribute('aria-describedby')).textContent);
    assert.equal(description, `Quote by Donald Trump, ${titleOfSpeaker(q3)}. Direct quote, cue ` +
                              `“${q3.cue.text}”, confidence ${q3.confidence.toFixed(2)}.`);
    await page.keyboard.press('Escape');
    assert.equal(await page.$('.nl-tooltip:not([hidden])'), null);
    // Hover shows it too.
    await page.hover(`mark[data-quote="${expected.quotes.at(-1).id}"]`);
    assert.match(await page.textContent('.nl-tooltip:not([hidden])'), /confidence/);
  });

  test('the who-said-what table has one row per quote, sorts, and leads to the quote', async () => {
    const rows = await page.$$eval('#quote-table tbody tr', (trs) => trs.map((tr) =>
      [...tr.cells].map((td) => td.textContent.replace(td.querySelector('.speaker-title')?.textContent ?? '', ''))));
    assert.equal(rows.length, expected.quotes.length);
    for (const [i, q] of expected.quotes.entries()) {
      const badge = { 'Donald Trump': 'DT', 'Vladimir Putin': 'VP' }[q.speaker?.name];
      assert.deepEqual(rows[i], [`${badge} ${q.speaker.name}`, titleOfSpeaker(q) || '—', q.text, q.kind,
                                 q.confidence.toFixed(2)]);
    }
    assert.ok(rows.some((r) => r[0] === 'VP Vladimir Putin'));

    await page.click('th[data-sort="confidence"] button');
    assert.equal(await page.getAttribute('th[data-sort="confidence"]', 'aria-sort'), 'ascending');
    let confidences = await page.$$eval('#quote-table tbody td.num', (tds) => tds.map((td) => Number(td.textContent)));
    assert.deepEqual(confidences, [...confidences].sort((a, b) => a - b));
    await page.click('th[data-sort="confidence"] button');
    assert.equal(await page.getAttribute('th[data-sort="confidence"]', 'aria-sort'), 'descending');
    confidences = await page.$$eval('#quote-table tbody td.num', (tds) => tds.map((td) => Number(td.textContent)));
    assert.deepEqual(confidences, [...confidences].sort((a, b) => b - a));
    await page.click('th[data-sort="speaker"] button');
    assert.equal(await page.$('th[data-sort="confidence"][aria-sort]'), null);
    const speakers = await page.$$eval('#quote-table tbody .speaker-cell', (tds) => tds.map((td) => td.children[1].textContent));
    assert.deepEqual(speakers, [...speakers].sort((a, b) => a.localeCompare(b)));

    const putinQuote = expected.quotes.find((q) => q.speaker?.name === 'Vladimir Putin');
    await page.click(`#quote-table tr[data-quote="${putinQuote.id}"] td.kind-cell`);
    assert.equal(await page.evaluate(() => document.activeElement.dataset.quote), putinQuote.id);
    assert.match(await page.textContent('.nl-tooltip:not([hidden])'), /^Vladimir Putin/);
  });

  test('the panels are ARIA tabs: entities by type, and the chart of quotes per speaker', async () => {
    await page.focus('#tab-quotes');
    await page.keyboard.press('ArrowRight');
    assert.equal(await page.getAttribute('#tab-entities', 'aria-selected'), 'true');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'tab-entities');
    assert.equal(await page.isVisible('#panel-entities'), true);
    assert.equal(await page.isVisible('#panel-quotes'), false);
    const people = expected.entities.filter((e) => e.type === 'PER');
    assert.equal(await page.textContent('#entities-per'), `People (${people.length})`);
    const trump = expected.entities.find((e) => e.name === 'Donald Trump');
    const first = await page.$eval('#panel-entities .entity-list li', (li) => li.textContent);
    assert.ok(first.startsWith(`Donald Trump${titleOf(trump.titles)}${trump.mentions.length} mentions`), first);
    for (const type of ['ORG', 'LOC', 'MISC']) {
      assert.equal(await page.$(`#entities-${type.toLowerCase()}`) !== null,
                   expected.entities.some((e) => e.type === type), type);
    }

    await page.keyboard.press('ArrowRight');
    // The article's chart is a group of buttons, one per speaker (its bars can be chosen).
    assert.equal(await page.isVisible('#panel-chart svg[role="group"]'), true);
    const names = await page.$$eval('#panel-chart .chart-name', (t) => t.map((x) => x.textContent));
    const counts = await page.$$eval('#panel-chart .chart-count', (t) => t.map((x) => Number(x.textContent)));
    assert.deepEqual(names.slice(0, 2), ['Donald Trump', 'Vladimir Putin']);
    assert.equal(counts.reduce((a, b) => a + b, 0), expected.quotes.length);
    const widths = await page.$$eval('#panel-chart .chart-bar', (r) => r.map((x) => parseFloat(x.getAttribute('width'))));
    assert.ok(widths[0] > widths[1], 'bars are proportional to the counts');
    assert.match(await page.$eval('#panel-chart desc', (d) => d.textContent), /Donald Trump: \d+ quotes/);
    await page.keyboard.press('Home');
    assert.equal(await page.isVisible('#panel-quotes'), true);
  });

  test('exports the CLI’s JSON byte for byte, and a CSV with one row per quote', async () => {
    const json = await downloadOf(page, '#export-json');
    assert.equal(json.name, 'article.newslens.json');
    assert.equal(json.bytes.toString('utf8'), cliAnalysis(SEED).json.toString('utf8'));

    const csv = await downloadOf(page, '#export-csv');
    assert.equal(csv.name, 'article.newslens.csv');
    const text = csv.bytes.toString('utf8');
    assert.ok(text.startsWith('\ufeff'), 'a UTF-8 byte order mark for spreadsheets');
    const rows = parseCsv(text.slice(1));
    assert.deepEqual(rows[0], ['file', 'quote_id', 'speaker', 'speaker_title', 'kind', 'confidence', 'cue', 'quote']);
    assert.equal(rows.length - 1, expected.quotes.length);
    for (const [i, q] of expected.quotes.entries()) {
      assert.deepEqual(rows[i + 1], ['article.txt', q.id, q.speaker?.name ?? '', titleOfSpeaker(q),
        q.kind, String(q.confidence), q.cue?.text ?? '', q.text]);
    }
  });

  test('sends nothing anywhere after loading, and breaks no CSP rule', async () => {
    const later = record.requests.slice(loadedRequests).filter((r) => !r.startsWith('blob:'));
    assert.deepEqual(later, []);
    await assertClean(page, record, suite.url);
  });
});

describe('the page', () => {
  test('several files at once: progress, a table of files, a binary and a huge file reported', async () => {
    const { page, context, record } = await openReadyPage();
    const binary = { name: 'photo.jpg', bytes: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1]) };
    const huge = { name: 'archive.txt', size: 21 * 1024 * 1024 };
    const seedOrData = HAVE_SEED ? fileFrom(SEED) : fileFrom(join(DATA_DIR, 'quotes.txt'));
    await dropFiles(page, [fileFrom(SAMPLE), binary, huge, seedOrData, fileFrom(join(DATA_DIR, 'markdown.md'))]);
    await page.waitForSelector('#progress:not([hidden])');
    await page.waitForFunction(() => /^Analysed 5 files\./.test(document.getElementById('status').textContent));
    assert.match(await page.textContent('#status'), /2 could not be read/);
    assert.equal(await page.isVisible('#progress'), false);

    const rows = await page.$$eval('#file-table tbody tr', (trs) => trs.map((tr) =>
      [tr.querySelector('.file-button, .file-label').textContent, tr.querySelector('.file-status').textContent, ...[...tr.cells].slice(1).map((c) => c.textContent)]));
    assert.equal(rows.length, 5);
    const sample = cliAnalysis(SAMPLE).analysis;
    assert.deepEqual(rows[0], ['sample-article.txt', `${sample.document.paragraphs.length} paragraphs`,
      String(sample.quotes.length), String(new Set(sample.quotes.filter((q) => q.speaker).map((q) => q.speaker.name)).size),
      String(sample.entities.length)]);
    assert.deepEqual(rows[1], ['photo.jpg', 'Not a text file: NUL byte at byte offset 4', '', '', '']);
    assert.match(rows[2][1], /^Too large: 21\.0 MB; the limit is 20\.0 MB$/);
    assert.match(rows[3][1], /paragraphs$/);
    assert.match(rows[4][1], /paragraphs$/);
    // The first good file is shown; another is a click away.
    assert.equal(await page.textContent('#article-file'), 'sample-article.txt');
    await page.click('#file-table tbody tr:nth-child(4) button');
    assert.equal(await page.textContent('#article-file'), seedOrData.name);
    assert.equal(await page.getAttribute('#file-table tbody tr:nth-child(4) button', 'aria-current'), 'true');

    // The speakers of all files together.
    assert.equal(await page.isVisible('#combined'), true);
    const combined = await page.$$eval('#combined-table tbody tr', (trs) => trs.map((tr) => tr.cells[0].textContent));
    assert.ok(combined.some((c) => c.endsWith('Elena Ruiz')), combined.join(', '));
    if (HAVE_SEED) assert.ok(combined.some((c) => c.endsWith('Donald Trump')));
    assert.ok(await page.$$eval('#combined-chart .chart-bar', (b) => b.length) >= 2);

    // Everything at once: JSON Lines like the CLI's --format jsonl, and one CSV.
    const jsonl = (await downloadOf(page, '#export-all-json')).bytes.toString('utf8').trimEnd().split('\n');
    const paths = [SAMPLE, HAVE_SEED ? SEED : join(DATA_DIR, 'quotes.txt'), join(DATA_DIR, 'markdown.md')];
    const cli = runCli(['analyze', '--format', 'jsonl', '--plain', ...paths]).stdout.toString().trimEnd().split('\n');
    assert.equal(jsonl.length, 3);
    for (let i = 0; i < 3; i++) {
      const ours = JSON.parse(jsonl[i]);
      const theirs = JSON.parse(cli[i]);
      assert.equal(ours.file, paths[i].split('/').pop());
      assert.deepEqual({ ...ours, file: theirs.file }, theirs);
    }
    const csv = parseCsv((await downloadOf(page, '#export-all-csv')).bytes.toString('utf8').slice(1));
    const quoteCount = paths.reduce((n, p) => n + cliAnalysis(p).analysis.quotes.length, 0);
    assert.equal(csv.length - 1, quoteCount);
    await assertClean(page, record, suite.url);
    await context.close();
  });

  test('pasted text: the paste box, and Ctrl+V anywhere on the page', async () => {
    const { page, context, record } = await openReadyPage();
    await page.click('.paste summary');
    await page.fill('#paste-text', 'Pasted headline\n\n“It works,” said Anna Berg, the mayor.');
    await page.click('#paste-button');
    await page.waitForSelector('#article:not([hidden]) mark.nl-quote');
    assert.equal(await page.textContent('#article-title'), 'Pasted headline');
    assert.equal(await page.textContent('mark.nl-quote'), 'It works,');
    assert.equal(await page.textContent('#article-file'), 'Pasted text 1');

    await page.evaluate(() => {
      const data = new DataTransfer();
      data.setData('text/plain', 'Second headline\n\n“Again,” he said.');
      document.body.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    });
    await page.waitForFunction(() => document.getElementById('article-file').textContent === 'Pasted text 2');
    assert.equal(await page.textContent('#article-title'), 'Second headline');
    await assertClean(page, record, suite.url);
    await context.close();
  });

  test('works offline once loaded', async () => {
    const { page, context, record } = await openReadyPage();
    await context.setOffline(true);
    await dropAndWait(page, [fileFrom(SAMPLE)]);
    assert.ok(await page.$$eval('#article-text mark.nl-quote', (m) => m.length) > 0);
    await assertClean(page, record, suite.url);
    await context.close();
  });

  test('markup in a file is shown as text, never run (plain text and HTML files)', async () => {
    const { page, context, record } = await openReadyPage();
    const xss = 'Warning\n\nThis file says <img src=x onerror="window.__xss = 1"> and ' +
                '<script>window.__xss = 2</script> in plain text.';
    await dropAndWait(page, [{ name: 'xss.txt', bytes: Buffer.from(xss), type: 'text/plain' }]);
    assert.equal(await page.evaluate(() => window.__xss), undefined);
    assert.equal(await page.$$eval('#article img, #article script', (n) => n.length), 0);
    assert.match(await page.textContent('#article-text'), /<img src=x onerror="window.__xss = 1">/);

    // An HTML article: its text is shown without the tags, and its <script> never runs.
    await dropAndWait(page, [fileFrom(join(DATA_DIR, 'article.html'))]);
    await page.click('#file-table tbody tr:nth-child(2) button');
    const paragraphs = await page.evaluate(ARTICLE_TEXT);
    assert.equal(paragraphs[0], 'Council approves “bold” plan');
    assert.equal(paragraphs[2], 'The council voted 7–2 on Tuesday. “It’s a start,” said Mayor Lee.');
    assert.equal(await page.textContent('mark.nl-quote'), 'It’s a start,');
    assert.deepEqual(record.dialogs, []);
    assert.equal(await page.$$eval('#article script, #article style', (n) => n.length), 0);
    await assertClean(page, record, suite.url);
    await context.close();
  });

  test('themes: the system’s, then the toggle’s, kept for the next visit', async () => {
    const { page, context } = await openReadyPage({ colorScheme: 'dark' });
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    assert.equal(await background(), 'rgb(21, 23, 26)');
    // The button says what it does.
    assert.equal(await page.textContent('#theme-toggle'), 'Light theme');
    await page.click('#theme-toggle');
    assert.equal(await background(), 'rgb(255, 255, 255)');
    assert.equal(await page.textContent('#theme-toggle'), 'Dark theme');
    await page.reload();
    assert.equal(await background(), 'rgb(255, 255, 255)');
    await context.close();
  });

  for (const colorScheme of ['light', 'dark']) {
    test(`every text has a contrast of at least 4.5:1 (${colorScheme})`, { skip: !HAVE_SEED && 'no seed' }, async () => {
      const { page, context } = await openReadyPage({ colorScheme });
      await dropAndWait(page, [fileFrom(SEED), fileFrom(SAMPLE)]);
      const failures = [];
      for (const tab of ['#tab-quotes', '#tab-entities', '#tab-chart', '#tab-values']) {
        await page.click(tab);
        const texts = await page.evaluate(textContrasts);
        failures.push(...texts.filter((t) => t.ratio < 4.5).map((t) => `${t.what}: ${t.ratio.toFixed(2)}`));
      }
      assert.deepEqual(failures, []);
      await context.close();
    });
  }

  test('fits a phone’s width (375 px) without sideways scrolling', { skip: !HAVE_SEED && 'no seed' }, async () => {
    const { page, context } = await openReadyPage({ viewport: { width: 375, height: 800 } });
    await dropAndWait(page, [fileFrom(SEED)]);
    const widths = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
    assert.ok(widths[0] <= widths[1], `page is ${widths[0]} px wide in a ${widths[1]} px window`);
    await context.close();
  });

  test('screenshots with the seed: light and dark, desktop and phone', { skip: !HAVE_SEED && 'no seed' }, async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    for (const [device, viewport] of [['desktop', { width: 1280, height: 900 }], ['phone', { width: 375, height: 812 }]]) {
      for (const colorScheme of ['light', 'dark']) {
        const { page, context } = await openReadyPage({ viewport, colorScheme, deviceScaleFactor: 1 });
        await dropAndWait(page, [fileFrom(SEED)]);
        await page.hover('mark.nl-quote[data-quote="q3"]');  // a tooltip in the picture
        await page.screenshot({ path: join(SCREENSHOTS, `page-${device}-${colorScheme}.png`),
                                fullPage: device === 'phone' });
        await context.close();
      }
    }
  });
});

// RFC 4180: quoted fields may hold commas, doubled quotes and line breaks.
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\r' && text[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i++; }
    else field += c;
  }
  if (field || row.length) { row.push(field); rows.push(row); }
  return rows;
}
