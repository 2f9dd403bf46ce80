// Shared by the browser suites: headless Chromium (Debian's, driven by playwright-core), the
// served site and browser a suite runs against, pages that record every request, console error
// and CSP violation, and synthetic file drops.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';

import { startServer } from '../../tools/serve.mjs';

export async function launchBrowser() {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking',
           '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/**
 * The setup of a suite against one site, in one place so that every suite closes what it opened:
 * `before` serves `root` (with startServer's other options) and launches the browser, `after`
 * closes both. The returned {url, browser, server} are filled in by `before`, so read them in
 * tests and helpers, not when the module loads. The suite's own hooks, registered after this
 * call, run after these.
 */
export function useBrowserSuite({ root, ...serverOptions }) {
  const suite = { url: undefined, browser: undefined, server: undefined };
  before(async () => {
    ({ server: suite.server, url: suite.url } = await startServer({ root, ...serverOptions }));
    suite.browser = await launchBrowser();
  });
  after(async () => {
    await suite.browser?.close();
    suite.server?.close();
  });
  return suite;
}

/**
 * A fresh context and page at `url`. `record.requests` lists every request of the page and its
 * workers, `record.errors` console errors and uncaught exceptions, and window.__violations the
 * Content-Security-Policy violations.
 */
export async function openPage(browser, url, contextOptions = {}) {
  const context = await browser.newContext({ acceptDownloads: true, ...contextOptions });
  const page = await context.newPage();
  const record = { requests: [], errors: [], dialogs: [] };
  context.on('request', (request) => record.requests.push(request.url()));
  page.on('console', (message) => {
    if (message.type() === 'error') record.errors.push(message.text());
  });
  page.on('pageerror', (error) => record.errors.push(String(error)));
  page.on('dialog', (dialog) => {
    record.dialogs.push(dialog.message());
    dialog.dismiss();
  });
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__violations.push(`${event.violatedDirective}: ${event.blockedURI}`);
    });
  });
  await page.goto(url);
  return { page, context, record };
}

/** No CSP violation, no console error, no request outside `origin` (blob: downloads aside). */
export async function assertClean(page, record, origin) {
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.deepEqual(record.errors, []);
  for (const request of record.requests) {
    assert.ok(request.startsWith(origin) || request.startsWith(`blob:${origin}`),
              `unexpected request to ${request}`);
  }
}

/** Drops files on `selector` through a synthetic DataTransfer, as a user's drag would. */
export async function dropFiles(page, files, selector = '#drop-zone') {
  const payload = files.map(({ name, bytes, type, size }) =>
    ({ name, type, data: bytes ? [...bytes] : null, size: size ?? 0 }));
  await page.evaluate(({ files, selector }) => {
    const transfer = new DataTransfer();
    for (const f of files) {
      // A file given by size only is made in the page (zeros): a large one need not cross over.
      const data = f.data ? new Uint8Array(f.data) : new Uint8Array(f.size);
      transfer.items.add(new File([data], f.name, { type: f.type ?? '' }));
    }
    const zone = document.querySelector(selector);
    zone.dispatchEvent(new DragEvent('dragenter', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    zone.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, { files: payload, selector });
}

export function fileFrom(path, name = path.split('/').pop()) {
  return { name, bytes: readFileSync(path), type: 'text/plain' };
}

/** Clicks `selector` and resolves to the downloaded file's name and bytes. */
export async function downloadOf(page, selector) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  const stream = await download.createReadStream();
  const chunks = [];
  for await (const chunk of stream) chunks.push(chunk);
  return { name: download.suggestedFilename(), bytes: Buffer.concat(chunks) };
}

/**
 * Every visible text of the page — an element's own text nodes, and the labels CSS draws in
 * ::before and ::after (speaker badges, entity types, value labels) — with its contrast ratio
 * against the first opaque background behind it (the tooltip and hidden elements aside), as
 * [{what, ratio}]. Runs in the page: page.evaluate(textContrasts).
 */
export function textContrasts() {
  const parse = (c) => {
    const m = c.match(/rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)/);
    return m ? { rgb: [m[1], m[2], m[3]].map(Number), alpha: m[4] === undefined ? 1 : Number(m[4]) } : null;
  };
  const luminance = ([r, g, b]) => {
    const lin = (v) => { const s = v / 255; return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4; };
    return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
  };
  const backgroundOf = (el) => {
    for (let node = el; node; node = node.parentElement) {
      const bg = parse(getComputedStyle(node).backgroundColor);
      if (bg && bg.alpha === 1) return bg.rgb;
    }
    return [255, 255, 255];
  };
  const ratioOf = (fg, bg) => {
    const [a, b] = [luminance(fg), luminance(bg)].sort((x, y) => y - x);
    return (a + 0.05) / (b + 0.05);
  };
  const nameOf = (el) => `${el.tagName.toLowerCase()}.${el.className?.baseVal ?? el.className}`;
  const results = [];
  const elements = document.querySelectorAll('body *:not(script):not(style):not(title):not(desc)');
  for (const el of elements) {
    if (!el.checkVisibility?.() || el.closest('.nl-tooltip, .visually-hidden, [hidden]')) continue;
    if (el.getClientRects().length === 0) continue;
    const ownText = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim());
    if (ownText) {
      const style = getComputedStyle(el);
      const isSvgText = el instanceof SVGElement;
      const fg = parse(isSvgText ? style.fill : style.color)?.rgb;
      if (fg) {
        const bg = isSvgText && el.classList.contains('chart-badge-text')
          ? parse(getComputedStyle(el.previousElementSibling).fill).rgb : backgroundOf(el);
        results.push({ what: `${nameOf(el)} “${el.textContent.trim().slice(0, 30)}”`, ratio: ratioOf(fg, bg) });
      }
    }
    for (const pseudo of ['::before', '::after']) {
      const style = getComputedStyle(el, pseudo);
      const label = style.content.match(/^"(.+?)"/)?.[1];  // "PER" / "" → PER
      if (!label?.trim() || style.display === 'none') continue;
      const own = parse(style.backgroundColor);
      const bg = own && own.alpha === 1 ? own.rgb : backgroundOf(el);
      results.push({ what: `${nameOf(el)}${pseudo} “${label}”`, ratio: ratioOf(parse(style.color).rgb, bg) });
    }
  }
  return results;
}
