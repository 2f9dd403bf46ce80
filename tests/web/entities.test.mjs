// Entities and values on the page, in headless Chromium under the strict CSP: each mention's
// type label and colour, whom a pronoun means, choosing an entity (in the text, the Entities
// panel, the type key, a chart bar) to highlight exactly its mentions and list its quotes, the
// Values panel, and the contrast of every label in both themes. Expected values come from the
// CLI's analysis of the same file; its offsets are bytes and the page's UTF-16, so mentions are
// compared by count and text. A phone keeps the choice in view. Screenshots:
// build/screenshots/entities-{light,dark}.png.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';

import { HAVE_SEED, ROOT, SAMPLE, SEED, WEB_DIR, runCli } from '../support.mjs';
import { assertClean, dropFiles, fileFrom, openPage, textContrasts, useBrowserSuite } from './browser.mjs';

const { shortName } = await import(join(ROOT, 'build/npm/newslens-view.mjs'));

const SCREENSHOTS = join(ROOT, 'build/screenshots');
const suite = useBrowserSuite({ root: WEB_DIR });

function cliAnalysis(path) {
  const r = runCli(['analyze', '--format', 'json', '--plain', path]);
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout);
}

async function openArticle(path, contextOptions) {
  const opened = await openPage(suite.browser, suite.url, contextOptions);
  await opened.page.waitForFunction(() => document.getElementById('version').textContent !== '');
  await dropFiles(opened.page, [fileFrom(path)]);
  await opened.page.waitForFunction(() => /^Analysed 1 file\./.test(document.getElementById('status').textContent));
  return opened;
}

// The highlighted places in the text, in order: one entry per highlighted span (a span cut by
// a quote's edge is several <mark>s with one data-hit), with its text and its drawn label.
const HITS = () => {
  const spans = new Map();
  for (const mark of document.querySelectorAll('#article-text mark.nl-hit')) {
    const hit = spans.get(mark.dataset.hit) ?? { text: '', label: null };
    hit.text += mark.textContent;
    const content = getComputedStyle(mark, '::after').content.match(/^"(.+?)"/);
    if (content) hit.label = content[1];
    spans.set(mark.dataset.hit, hit);
  }
  return [...spans.values()];
};

const byStart = (a, b) => a.start - b.start;

// The mentions as the view draws them, from the CLI's analysis: where one mention holds
// another ("the Russian leader" holds "Russian"), the inner one is drawn and the outer one
// around it, in pieces. [{entity, kind, text}] in text order.
function drawnMentions(analysis, bytes) {
  const all = analysis.entities.flatMap((entity) => entity.mentions.map((m) => ({ ...m, entity })));
  const cuts = [...new Set(all.flatMap((m) => [m.start, m.end]))].sort((a, b) => a - b);
  const pieces = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [a, b] = [cuts[i], cuts[i + 1]];
    const inner = all.filter((m) => m.start <= a && m.end >= b).sort((x, y) => y.start - x.start)[0];
    if (!inner) continue;
    const last = pieces.at(-1);
    if (last?.mention === inner && last.end === a) last.end = b;
    else pieces.push({ mention: inner, start: a, end: b });
  }
  return pieces.map((p) => ({ entity: p.mention.entity, kind: p.mention.kind,
                              text: bytes.subarray(p.start, p.end).toString() }));
}
const mentionTexts = (entities) => entities.flatMap((e) => e.mentions).sort(byStart).map((m) => m.text);

// The selection shown above the tabs: heading, summary and the listed quotes' texts.
const SELECTION = () => {
  const section = document.getElementById('selection');
  return section.hidden ? null : {
    heading: document.getElementById('selection-heading').textContent,
    summary: document.getElementById('selection-summary').textContent,
    quotes: [...section.querySelectorAll('#selection-quotes button')].map((b) => b.textContent),
  };
};

// Whether the first highlighted place is in the window (the view scrolls it there, smoothly).
async function waitForFirstHitInView(page) {
  await page.waitForFunction(() => {
    const box = document.querySelector('mark.nl-hit')?.getBoundingClientRect();
    return box && box.top >= 0 && box.bottom <= innerHeight;
  });
}

describe('entities on the page', { skip: !HAVE_SEED && 'no ../shared/eval/seed' }, () => {
  let page, context, record, expected;
  const entity = (name) => expected.entities.find((e) => e.name === name);
  const quotesOf = (e) => expected.quotes.filter((q) => q.speaker?.entity === e.id).map((q) => q.text);

  before(async () => {
    expected = cliAnalysis(SEED);
    ({ page, context, record } = await openArticle(SEED));
  });
  after(() => context?.close());

  test('each type’s mentions carry their visible label and the type’s colour', async () => {
    const mentions = await page.$$eval('#article-text .nl-entity', (spans) => spans.map((span) => {
      const label = getComputedStyle(span, '::after');
      return { entity: span.dataset.entity, type: span.dataset.type, text: span.textContent,
               label: label.content.match(/^"(.+?)"/)?.[1] ?? null, labelColour: label.color,
               border: getComputedStyle(span).borderTopColor,
               background: getComputedStyle(span).backgroundColor };
    }));
    const keys = Object.fromEntries(await page.$$eval('.nl-type-key', (buttons) => buttons.map((b) =>
      [b.dataset.type, { chip: b.querySelector('.nl-type-chip').textContent,
                         colour: getComputedStyle(b.querySelector('.nl-type-chip')).color }])));
    // The key lists the article's types, in the legend's order, each with its label.
    const types = ['PER', 'ORG', 'LOC', 'MISC'].filter((t) => expected.entities.some((e) => e.type === t));
    assert.deepEqual(Object.keys(keys), types);
    for (const type of types) assert.equal(keys[type].chip, type);
    assert.equal(new Set(types.map((t) => keys[t].colour)).size, types.length, 'one colour per type');

    // Every mention the engine found is drawn, with its entity's type, label and colour.
    const all = drawnMentions(expected, readFileSync(SEED));
    assert.deepEqual(mentions.map((m) => m.text), all.map((m) => m.text));
    assert.ok(all.length >= expected.entities.reduce((n, e) => n + e.mentions.length, 0));
    for (const [i, m] of mentions.entries()) {
      const { entity: e, kind, text } = all[i];
      assert.equal(m.entity, e.id, text);
      assert.equal(m.type, e.type, text);
      // A name shows its type; a pronoun or description whom it means.
      assert.equal(m.label, kind === 'name' ? e.type : `→ ${shortName(e)}`, `${text} (${kind})`);
      assert.equal(m.labelColour, keys[e.type].colour, text);
      assert.equal(m.border, keys[e.type].colour, text);
      // Never a tint: tints are the speakers' quotes.
      assert.equal(m.background, 'rgba(0, 0, 0, 0)', text);
    }
    const he = mentions.find((m) => m.text === 'he');
    assert.equal(he.label, '→ Trump');
    // The labels are drawn, not written: the text of each paragraph is the article's.
    assert.ok(!(await page.textContent('#article-text .nl-text')).includes('PER'));
  });

  test('choosing a mention highlights exactly its entity’s mentions and lists its quotes', async () => {
    const putin = entity('Vladimir Putin');
    await page.click(`#article-text .nl-entity[data-entity="${putin.id}"] >> nth=1`);
    assert.deepEqual((await page.evaluate(HITS)).map((h) => h.text), mentionTexts([putin]));
    await waitForFirstHitInView(page);
    const selection = await page.evaluate(SELECTION);
    assert.deepEqual(selection, {
      heading: 'PER Vladimir Putin',
      summary: `${putin.mentions.length} mentions of Vladimir Putin highlighted. ${quotesOf(putin).length} quotes:`,
      quotes: quotesOf(putin),
    });
    assert.ok(quotesOf(putin).length >= 2);

    // A listed quote leads to the quote, and the highlight stays.
    const second = expected.quotes.filter((q) => q.speaker?.entity === putin.id)[1];
    await page.click('#selection-quotes li:nth-child(2) button');
    assert.equal(await page.evaluate(() => document.activeElement.dataset.quote), second.id);
    assert.equal((await page.evaluate(HITS)).length, putin.mentions.length);

    // Escape (here with the focus on the quote, in the text) clears.
    await page.keyboard.press('Escape');
    assert.deepEqual(await page.evaluate(HITS), []);
    assert.equal(await page.evaluate(SELECTION), null);

    // The keyboard: each entity's first mention is a tab stop; Enter chooses it.
    const trump = entity('Donald Trump');
    await page.focus(`.nl-entity[data-entity="${trump.id}"][tabindex="0"]`);
    assert.equal(await page.$$eval(`.nl-entity[data-entity="${trump.id}"][tabindex="0"]`, (s) => s.length), 1);
    await page.keyboard.press('Enter');
    assert.deepEqual((await page.evaluate(HITS)).map((h) => h.text), mentionTexts([trump]));
    assert.deepEqual((await page.evaluate(SELECTION)).quotes, quotesOf(trump));

    // Clear, above the tabs.
    await page.click('#selection-clear');
    assert.deepEqual(await page.evaluate(HITS), []);
    assert.equal(await page.evaluate(SELECTION), null);
    // The text is whole again: no piece was lost or moved by the wrapping.
    assert.equal(await page.$$eval('#article-text mark.nl-hit', (m) => m.length), 0);
    assert.deepEqual(await page.$$eval('#article-text .nl-entity', (s) => s.map((x) => x.textContent)),
                     drawnMentions(expected, readFileSync(SEED)).map((m) => m.text));
  });

  test('an entry of the Entities panel, a type key and a chart bar do the same', async () => {
    await page.click('#tab-entities');
    const ukraine = entity('Ukraine');
    await page.click(`#panel-entities button[data-entity="${ukraine.id}"]`);
    assert.deepEqual((await page.evaluate(HITS)).map((h) => h.text), mentionTexts([ukraine]));
    assert.deepEqual(await page.evaluate(SELECTION), {
      heading: 'LOC Ukraine',
      summary: `${ukraine.mentions.length} mentions of Ukraine highlighted. No quotes.`, quotes: [],
    });
    // Escape from the panel clears too.
    await page.keyboard.press('Escape');
    assert.equal(await page.evaluate(SELECTION), null);

    // A type: every mention of its entities, and the quotes of its speakers.
    const places = expected.entities.filter((e) => e.type === 'LOC');
    await page.click('.nl-type-key[data-type="LOC"]');
    assert.deepEqual((await page.evaluate(HITS)).map((h) => h.text), mentionTexts(places));
    assert.equal(await page.getAttribute('.nl-type-key[data-type="LOC"]', 'aria-pressed'), 'true');
    assert.equal((await page.evaluate(SELECTION)).heading, 'LOC Places');
    const people = expected.entities.filter((e) => e.type === 'PER');
    await page.click('.nl-type-key[data-type="PER"]');
    assert.equal(await page.getAttribute('.nl-type-key[data-type="LOC"]', 'aria-pressed'), 'false');
    assert.deepEqual((await page.evaluate(HITS)).map((h) => h.text), mentionTexts(people));
    assert.deepEqual((await page.evaluate(SELECTION)).quotes,
                     expected.quotes.filter((q) => q.speaker?.entity).map((q) => q.text));

    // A chart bar: the speaker's mentions and quotes; by click, and by Enter.
    await page.click('#tab-chart');
    const names = await page.$$eval('#panel-chart .chart-name', (t) => t.map((x) => x.textContent));
    const putin = entity('Vladimir Putin');
    await page.click(`#panel-chart .chart-row[data-row="${names.indexOf('Vladimir Putin')}"]`);
    assert.deepEqual((await page.evaluate(HITS)).map((h) => h.text), mentionTexts([putin]));
    assert.equal((await page.evaluate(SELECTION)).heading, 'VP Vladimir Putin');
    assert.deepEqual((await page.evaluate(SELECTION)).quotes, quotesOf(putin));
    const trump = entity('Donald Trump');
    await page.focus(`#panel-chart .chart-row[data-row="${names.indexOf('Donald Trump')}"]`);
    await page.keyboard.press('Enter');
    assert.deepEqual((await page.evaluate(HITS)).map((h) => h.text), mentionTexts([trump]));
    assert.deepEqual((await page.evaluate(SELECTION)).quotes, quotesOf(trump));
    await waitForFirstHitInView(page);
    await page.click('#selection-clear');
    await assertClean(page, record, suite.url);
  });
});

describe('on a phone', { skip: !HAVE_SEED && 'no seed' }, () => {
  test('a tapped mention shows its entity and its quotes at the bottom of the window', async () => {
    const expected = cliAnalysis(SEED);
    const { page, context } = await openArticle(SEED, { viewport: { width: 375, height: 812 }, hasTouch: true });
    const putin = expected.entities.find((e) => e.name === 'Vladimir Putin');
    await page.tap(`#article-text .nl-entity[data-entity="${putin.id}"] >> nth=3`);
    assert.equal((await page.evaluate(HITS)).length, putin.mentions.length);
    await waitForFirstHitInView(page);
    const box = await page.$eval('#selection', (s) => s.getBoundingClientRect().toJSON());
    assert.ok(box.top > 0 && box.bottom <= 812 && box.left === 0 && box.right === 375, JSON.stringify(box));
    assert.equal((await page.evaluate(SELECTION)).quotes.length,
                 expected.quotes.filter((q) => q.speaker?.entity === putin.id).length);
    const widths = await page.evaluate(() => [document.documentElement.scrollWidth, innerWidth]);
    assert.ok(widths[0] <= widths[1], `page is ${widths[0]} px wide in a ${widths[1]} px window`);
    await page.tap('#selection-clear');
    assert.equal(await page.evaluate(SELECTION), null);
    await context.close();
  });
});

describe('values on the page', () => {
  test('the Values panel lists the values by type, dates resolved, and highlights them', async () => {
    const expected = cliAnalysis(SAMPLE);
    const { page, context, record } = await openArticle(SAMPLE);
    await page.click('#tab-values');
    const entries = await page.$$eval('#panel-values .value-list li', (lis) => lis.map((li) => ({
      type: li.closest('.value-group').querySelector('h3').id.replace('values-', '').toUpperCase(),
      text: li.querySelector('.value-text').textContent,
      resolved: li.querySelector('.value-resolved')?.textContent ?? null,
      datetime: li.querySelector('time')?.dateTime ?? null,
    })));
    // One entry per value written the same way; every value of the analysis is in one.
    const distinct = [...new Map(expected.values.map((v) => [`${v.type} ${v.text} ${v.value}`, v])).values()];
    assert.equal(entries.length, distinct.length);
    for (const v of distinct) {
      const entry = entries.find((e) => e.type === v.type && e.text === v.text);
      assert.ok(entry, `${v.type} ${v.text}`);
      if (v.type === 'DATE') assert.equal(entry.datetime, v.value, v.text);
      assert.equal(entry.resolved, v.value === v.text && v.type !== 'DATE' ? null : v.value, v.text);
    }
    assert.ok(entries.some((e) => e.text === 'Friday' && e.datetime === '2026-03-13'));
    // Types in the panel's order: dates first.
    assert.equal(entries[0].type, 'DATE');

    // Each entry highlights its places, labelled with the type and the resolved value.
    for (const [i, entry] of entries.entries()) {
      await page.click(`#panel-values .value-list li >> nth=${i} >> button`);
      const places = expected.values.filter((v) => v.type === entry.type && v.text === entry.text);
      const hits = await page.evaluate(HITS);
      assert.deepEqual(hits, places.map((v) => ({ text: v.text, label: `${v.type} ${v.value}` })), entry.text);
      assert.equal((await page.evaluate(SELECTION)).heading, `${entry.type} ${entry.text}`);
    }
    await waitForFirstHitInView(page);
    await page.keyboard.press('Escape');
    assert.deepEqual(await page.evaluate(HITS), []);
    await assertClean(page, record, suite.url);
    await context.close();
  });
});

describe('contrast of the entity and value colours', { skip: !HAVE_SEED && 'no seed' }, () => {
  for (const colorScheme of ['light', 'dark']) {
    test(`labels, keys, highlights and panels are at least 4.5:1, boxes 3:1 (${colorScheme})`, async (t) => {
      const { page, context } = await openArticle(SEED, { colorScheme, viewport: { width: 1280, height: 900 } });
      const texts = [];
      // A value highlighted, with its label (the seed has dates).
      await page.click('#tab-values');
      await page.click('#panel-values .value-text >> nth=0');
      texts.push(...await page.evaluate(textContrasts));
      // An entity, with its quotes listed; then a type (its key pressed), on every tab.
      await page.click('.nl-entity[data-entity="e2"] >> nth=0');
      texts.push(...await page.evaluate(textContrasts));
      await page.click('.nl-type-key[data-type="PER"]');
      for (const tab of ['#tab-quotes', '#tab-entities', '#tab-chart', '#tab-values']) {
        await page.click(tab);
        texts.push(...await page.evaluate(textContrasts));
      }
      const labels = texts.filter((x) => /nl-entity.*::after|nl-type-chip|nl-hit/.test(x.what));
      assert.ok(labels.some((x) => /::after “PER”/.test(x.what)) && labels.some((x) => /nl-hit/.test(x.what)));
      const lowest = texts.reduce((a, b) => (b.ratio < a.ratio ? b : a));
      t.diagnostic(`lowest text contrast (${colorScheme}): ${lowest.ratio.toFixed(2)} — ${lowest.what}`);
      const lowestLabel = labels.reduce((a, b) => (b.ratio < a.ratio ? b : a));
      t.diagnostic(`lowest label contrast (${colorScheme}): ${lowestLabel.ratio.toFixed(2)} — ${lowestLabel.what}`);
      assert.deepEqual(texts.filter((x) => x.ratio < 4.5).map((x) => `${x.what}: ${x.ratio.toFixed(2)}`), []);

      // An entity's box is a graphic that identifies it: 3:1 against what is behind it.
      const boxes = await page.evaluate(entityBoxContrasts);
      assert.ok(boxes.length > 0);
      assert.deepEqual(boxes.filter((b) => b.ratio < 3).map((b) => `${b.what}: ${b.ratio.toFixed(2)}`), []);
      t.diagnostic(`lowest box contrast (${colorScheme}): ${Math.min(...boxes.map((b) => b.ratio)).toFixed(2)}`);

      mkdirSync(SCREENSHOTS, { recursive: true });
      await page.click('#tab-entities');
      await page.evaluate(() => scrollTo(0, document.getElementById('article').offsetTop));
      await page.screenshot({ path: join(SCREENSHOTS, `entities-${colorScheme}.png`) });
      await context.close();
    });
  }
});

// Each entity mention's border colour against the first opaque background behind it (a
// quote's tint or the page). Runs in the page.
function entityBoxContrasts() {
  const rgb = (c) => c.match(/[\d.]+/g).map(Number);
  const luminance = ([r, g, b]) => {
    const lin = (v) => { const s = v / 255; return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4; };
    return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
  };
  const backgroundOf = (el) => {
    for (let node = el; node; node = node.parentElement) {
      const c = getComputedStyle(node).backgroundColor;
      if (!c.startsWith('rgba') || rgb(c)[3] === 1) return rgb(c);
    }
    return [255, 255, 255];
  };
  return [...document.querySelectorAll('#article-text .nl-entity')].map((span) => {
    const [a, b] = [luminance(rgb(getComputedStyle(span).borderTopColor)), luminance(backgroundOf(span.parentElement))]
      .sort((x, y) => y - x);
    return { what: `${span.dataset.type} “${span.textContent}”`, ratio: (a + 0.05) / (b + 0.05) };
  });
}
