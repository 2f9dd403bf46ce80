// A batch of many files in headless Chromium: choosing any file brings its article's heading
// into view with the focus where the reader expects it (desktop and phone), previous/next, ↑/↓
// in the list, Back through #file=N, the overview of speakers across files, titles, how a file
// was read, an empty file, and axe-core's accessibility rules on the main states in both themes.
// Screenshots of those states go to build/screenshots/.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';

import { DATA_DIR, HAVE_SEED, ROOT, SAMPLE, SEED, SHARED, WEB_DIR } from '../support.mjs';
import { dropFiles, fileFrom, openPage, useBrowserSuite } from './browser.mjs';

const SCREENSHOTS = join(ROOT, 'build/screenshots');
// The 84 PolNeAR dev articles: real news, none with a `date` header line.
const POLNEAR = join(SHARED, 'data/quotes/polnear/dev/text');
const HAVE_POLNEAR = existsSync(POLNEAR);
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 375, height: 812 };
const AXE = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

const suite = useBrowserSuite({ root: WEB_DIR });

before(() => mkdirSync(SCREENSHOTS, { recursive: true }));

function polnearFiles() {
  return readdirSync(POLNEAR).filter((n) => n.endsWith('.txt')).sort()
    .map((name) => fileFrom(join(POLNEAR, name)));
}

// axe-core is injected as a script, which the page's Content-Security-Policy rightly refuses:
// these contexts bypass the policy (the other suites check the page under it).
async function openReady(contextOptions = {}) {
  const opened = await openPage(suite.browser, suite.url, { bypassCSP: true, ...contextOptions });
  await opened.page.waitForFunction(() => document.getElementById('version').textContent !== '');
  return opened;
}

async function dropAll(page, files) {
  await dropFiles(page, files);
  await page.waitForFunction((n) => new RegExp(`^Analysed ${n} files?\\.`)
    .test(document.getElementById('status').textContent), files.length, { timeout: 180_000 });
}

// Where the heading is and what has the focus, seen from the page.
const VIEW = () => {
  const heading = document.getElementById('article-title').getBoundingClientRect();
  const active = document.activeElement;
  return {
    headingInView: heading.top >= 0 && heading.bottom <= window.innerHeight && heading.height > 0,
    file: document.getElementById('article-file').textContent,
    active: active.id || (active.classList.contains('file-button') ? `file:${active.textContent}` : active.tagName),
    activeInView: (() => {
      const box = active.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= window.innerHeight && box.height > 0;
    })(),
    hash: location.hash,
  };
};

/** axe-core's serious and critical violations on the page as it is, as readable lines. */
async function axeViolations(page) {
  if (!await page.evaluate(() => 'axe' in window)) await page.addScriptTag({ content: AXE });
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  });
  return violations;
}

describe('84 files', { skip: !HAVE_POLNEAR && 'no ../shared PolNeAR dev texts' }, () => {
  for (const [device, viewport] of [['desktop', DESKTOP], ['phone', PHONE]]) {
    test(`choosing any file shows its heading and keeps the focus (${device})`, async () => {
      const files = polnearFiles();
      assert.equal(files.length, 84);
      const { page, context, record } = await openReady({ viewport });
      await dropAll(page, files);
      // The speakers of all files are there, collapsed.
      assert.equal(await page.$eval('#combined', (d) => d.open), false);
      for (let i = 0; i < files.length; i++) {
        if (device === 'phone' && i > 0) await page.click('#back-to-files');
        const button = `#file-table tbody tr:nth-child(${i + 1}) .file-button`;
        await page.click(button);
        const view = await page.evaluate(VIEW);
        assert.equal(view.file, files[i].name);
        assert.ok(view.headingInView, `${files[i].name}: heading out of view`);
        assert.equal(view.hash, `#file=${i + 1}`);
        if (device === 'desktop') {
          // The focus stays on the file's button, in view beside the article.
          assert.equal(view.active, `file:${files[i].name}`);
          assert.ok(view.activeInView, `${files[i].name}: its button is out of view`);
        } else {
          // The article replaces the list; the reader and the focus are at its heading.
          assert.equal(view.active, 'article-title');
          assert.equal(await page.isVisible('#file-table'), false);
        }
      }
      const widths = await page.evaluate(() => [document.documentElement.scrollWidth, innerWidth]);
      assert.ok(widths[0] <= widths[1], `page is ${widths[0]} px wide in a ${widths[1]} px window`);
      assert.deepEqual(record.errors, []);
      await context.close();
    });
  }

  test('previous, next, ↑ and ↓ in the list, Back and Forward, All files on a phone', async () => {
    const files = polnearFiles().slice(0, 12);
    const { page, context } = await openReady({ viewport: DESKTOP });
    await dropAll(page, files);
    // The first file is shown without taking the URL.
    assert.equal(await page.textContent('#article-file'), files[0].name);
    assert.equal(await page.textContent('#file-position'), 'File 1 of 12');
    assert.equal(await page.isDisabled('#previous-file'), true);
    await page.click('#file-table tbody tr:nth-child(5) .file-button');
    await page.keyboard.press('ArrowDown');
    let view = await page.evaluate(VIEW);
    assert.deepEqual([view.file, view.active, view.hash], [files[5].name, `file:${files[5].name}`, '#file=6']);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    view = await page.evaluate(VIEW);
    assert.deepEqual([view.file, view.hash], [files[3].name, '#file=4']);
    await page.click('#next-file');
    assert.equal(await page.textContent('#article-file'), files[4].name);
    assert.equal(await page.textContent('#file-position'), 'File 5 of 12');
    assert.equal(await page.getAttribute('#file-table tbody tr:nth-child(5) .file-button', 'aria-current'), 'true');
    await page.goBack();
    assert.equal(await page.textContent('#article-file'), files[3].name);
    await page.goBack();
    assert.equal(await page.textContent('#article-file'), files[4].name);
    await page.goForward();
    assert.equal(await page.textContent('#article-file'), files[3].name);

    // On a phone, All files returns to the list, focused on the file last read.
    await page.setViewportSize(PHONE);
    await page.click('#file-table tbody tr:nth-child(9) .file-button');
    assert.equal(await page.isVisible('#file-table'), false);
    await page.click('#back-to-files');
    assert.equal(await page.isVisible('#file-table'), true);
    view = await page.evaluate(VIEW);
    assert.deepEqual([view.active, view.activeInView], [`file:${files[8].name}`, true]);
    await context.close();
  });

  test('the overview: titles from headlines, speakers by canonical name, no pronouns', async () => {
    const files = polnearFiles();
    const { page, context } = await openReady({ viewport: DESKTOP });
    await dropAll(page, files);
    // A first line that reads as a headline is the title.
    await page.click('#file-table tbody tr:nth-child(1) .file-button');
    const firstLine = files[0].bytes.toString('utf8').split('\n')[0].trim();
    assert.equal(await page.textContent('#article-title'), firstLine);

    await page.click('#combined summary');
    const speakers = await page.$$eval('#combined-table tbody tr', (trs) =>
      trs.map((tr) => tr.cells[0].textContent.replace(/^\d+ /, '')));
    assert.ok(speakers.length > 20, speakers.join(', '));
    const pronouns = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you']);
    for (const name of speakers) {
      assert.ok(!pronouns.has(name.toLowerCase()), `a pronoun as speaker: ${name}`);
      assert.doesNotMatch(name, /^[\p{P}\s]|[\p{P}\s]$/u, `punctuation around a speaker: ${name}`);
    }
    const keys = speakers.map((s) => s.toLowerCase());
    assert.equal(new Set(keys).size, keys.length, 'a speaker listed twice');
    assert.ok(!(keys.includes('obama') && keys.includes('barack obama')), 'Obama apart from Barack Obama');
    assert.ok(!(keys.includes('donald j. trump') && keys.includes('donald trump')), 'Donald J. Trump apart');
    await page.screenshot({ path: join(SCREENSHOTS, 'batch-overview-desktop.png') });
    await context.close();
  });

  for (const colorScheme of ['light', 'dark']) {
    test(`axe-core: no serious or critical violation with 84 files (${colorScheme})`, async () => {
      const { page, context } = await openReady({ viewport: DESKTOP, colorScheme });
      await dropAll(page, polnearFiles());
      await page.click('#file-table tbody tr:nth-child(40) .file-button');
      await page.click('#combined summary');
      assert.deepEqual(await axeViolations(page), []);
      await page.screenshot({ path: join(SCREENSHOTS, `batch-84-desktop-${colorScheme}.png`) });
      await page.setViewportSize(PHONE);
      await page.click('#file-table tbody tr:nth-child(41) .file-button');
      await page.screenshot({ path: join(SCREENSHOTS, `batch-84-phone-${colorScheme}.png`) });
      await context.close();
    });
  }
});

describe('one file', () => {
  for (const colorScheme of ['light', 'dark']) {
    test(`axe-core: no serious or critical violation, empty and with the seed (${colorScheme})`, async () => {
      const { page, context } = await openReady({ viewport: DESKTOP, colorScheme });
      assert.deepEqual(await axeViolations(page), [], 'the empty page');
      await page.screenshot({ path: join(SCREENSHOTS, `empty-page-${colorScheme}.png`) });
      await dropAll(page, [fileFrom(HAVE_SEED ? SEED : SAMPLE)]);
      for (const tab of ['#tab-quotes', '#tab-entities', '#tab-chart']) {
        await page.click(tab);
        assert.deepEqual(await axeViolations(page), [], tab);
      }
      await page.click('#tab-quotes');
      await page.screenshot({ path: join(SCREENSHOTS, `seed-${colorScheme}.png`) });
      await context.close();
    });
  }

  test('how a file was read: its encoding and repairs; an empty file and a text not in English say so', async () => {
    const { page, context } = await openReady();
    const latin = Buffer.from('Caf\xe9 owners protest\n\n\x93We are closing,\x94 said Ana Ruiz, the owner.', 'latin1');
    // Mostly UTF-8 (an é, curly quotes) with one invalid byte: read as UTF-8, the byte repaired.
    const broken = Buffer.concat([Buffer.from('Broken bytes in a café\n\nThe plan “works”, she said, '),
                                  Buffer.from([0xff]), Buffer.from(' today.')]);
    const german = Buffer.from('Berlin stimmt über neuen Haushalt ab\n\nDie Regierung will in der ' +
      'kommenden Woche einen neuen Haushalt vorlegen. „Wir haben keine Zeit zu verlieren“, sagte ' +
      'die Ministerin am Montag in Berlin. Die Opposition kritisierte den Plan scharf und forderte ' +
      'mehr Geld für Schulen und Krankenhäuser. Nach Angaben des Ministeriums soll das Defizit im ' +
      'nächsten Jahr sinken. Viele Abgeordnete zweifeln jedoch daran, dass die Zahlen stimmen.\n');
    await dropAll(page, [{ name: 'latin.txt', bytes: latin }, { name: 'broken.txt', bytes: broken },
                         { name: 'empty.txt', bytes: Buffer.alloc(0) }, { name: 'german.txt', bytes: german }]);
    // The article a row's button shows is drawn in tasks after the click returns (its name
    // first, its facts a task later): wait for both.
    const show = async (row, name, facts = '') => {
      await page.click(`#file-table tbody tr:nth-child(${row}) .file-button`);
      await page.waitForFunction(([n, f]) =>
        document.getElementById('article-file').textContent === n &&
          document.getElementById('article-facts').textContent.includes(f), [name, facts]);
    };
    await show(1, 'latin.txt', 'Read aswindows-1252');
    assert.match(await page.textContent('#article-facts'), /Read aswindows-1252(?!,)/);
    assert.equal(await page.textContent('mark.nl-quote'), 'We are closing,');
    await show(2, 'broken.txt', 'Read asutf-8');
    assert.match(await page.textContent('#article-facts'), /Read asutf-8, 1 invalid sequence repaired \(shown as �\)/);
    await page.click('#file-table tbody tr:nth-child(3) .file-button');
    assert.equal(await page.isVisible('#article-empty'), true);
    assert.match(await page.textContent('#article-empty'), /empty/);
    assert.equal(await page.textContent('#file-table tbody tr:nth-child(3) .file-status'), 'empty');
    assert.equal(await page.isVisible('#article-not-english'), false);
    // A text in another language is analysed, with a notice that newslens reads English only.
    await show(4, 'german.txt');
    assert.equal(await page.isVisible('#article-not-english'), true);
    assert.match(await page.textContent('#article-not-english'), /English only/);
    await context.close();
  });

  test('the chosen quote is marked in the table; a skip link passes the quotes of the text', async () => {
    const { page, context } = await openReady();
    await dropAll(page, [fileFrom(join(DATA_DIR, 'quotes.txt'))]);
    await page.click('#quote-table tbody tr:nth-child(2) .link-button');
    const marked = await page.$$eval('#quote-table tbody tr', (trs) =>
      trs.map((tr) => tr.getAttribute('aria-current')));
    assert.deepEqual(marked.map((m, i) => (m === 'true' ? i : -1)).filter((i) => i >= 0), [1]);
    // Keyboard: the link right before the text takes the focus to the panels' tabs.
    await page.focus('#export-csv');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.className), 'skip-link inline-skip');
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'tab-quotes');
    await context.close();
  });
});
