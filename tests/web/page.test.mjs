// The page in headless Chromium (playwright-core driving Debian's /usr/bin/chromium), served with
// the strict Content-Security-Policy it must work under.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { chromium } from 'playwright-core';

import { startServer } from '../../tools/serve.mjs';
import { DATA_DIR, HAVE_SEED, SAMPLE, SEED, WEB_DIR } from '../support.mjs';

let browser, server, url;

before(async () => {
  ({ server, url } = await startServer({ root: WEB_DIR }));
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking',
           '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
});

after(async () => {
  await browser?.close();
  server?.close();
});

// A fresh page that records CSP violations, console errors and every request it makes.
async function openPage() {
  const context = await browser.newContext();
  const page = await context.newPage();
  const record = { requests: [], errors: [] };
  page.on('request', (request) => record.requests.push(request.url()));
  page.on('console', (message) => {
    if (message.type() === 'error') record.errors.push(message.text());
  });
  page.on('pageerror', (error) => record.errors.push(String(error)));
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__violations.push(`${event.violatedDirective}: ${event.blockedURI}`);
    });
  });
  await page.goto(url);
  await page.waitForFunction(() => document.getElementById('version').textContent !== '');
  return { page, context, record };
}

// Drops files on the drop zone through a synthetic DataTransfer, as a user's drag would.
async function dropFiles(page, files) {
  const payload = files.map(({ name, bytes, type }) => ({ name, type, data: [...bytes] }));
  await page.evaluate((files) => {
    const transfer = new DataTransfer();
    for (const f of files) {
      transfer.items.add(new File([new Uint8Array(f.data)], f.name, { type: f.type ?? '' }));
    }
    const zone = document.getElementById('drop-zone');
    zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    zone.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, payload);
}

function file(path, name = path.split('/').pop()) {
  return { name, bytes: readFileSync(path), type: 'text/plain' };
}

async function assertClean(page, record) {
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.deepEqual(record.errors, []);
  for (const request of record.requests) assert.ok(request.startsWith(url), `request to ${request}`);
}

describe('the page', () => {
  test('a dropped article shows its header and paragraphs with their roles', async () => {
    const { page, context, record } = await openPage();
    const article = HAVE_SEED ? file(SEED) : file(SAMPLE);
    await dropFiles(page, [article]);
    await page.waitForSelector('#article:not([hidden]) .paragraph');
    const roles = await page.$$eval('.paragraph', (ps) => ps.map((p) => p.dataset.role));
    const title = await page.textContent('.article-title');
    if (HAVE_SEED) {
      assert.deepEqual(roles, ['headline', 'caption', ...Array(13).fill('body')]);
      assert.equal(title, 'Trump says he and Putin could do something ‘significant’ in Ukraine');
    } else {
      assert.equal(roles[0], 'headline');
    }
    assert.match(await page.textContent('#status'), /Analyzed 1 file\./);
    await assertClean(page, record);
    await context.close();
  });

  test('several files at once, and a binary one that is reported while the others go on', async () => {
    const { page, context, record } = await openPage();
    const binary = { name: 'photo.jpg', bytes: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1]) };
    await dropFiles(page, [file(SAMPLE), binary, file(join(DATA_DIR, 'markdown.md'))]);
    await page.waitForFunction(() => /Analyzed 3 files\./.test(document.getElementById('status').textContent));
    const states = await page.$$eval('.file-state', (s) => s.map((x) => x.textContent));
    assert.equal(states.length, 3);
    assert.match(states[0], /^13 paragraphs/);
    assert.match(states[1], /^not a text file: NUL byte at byte offset 4/);
    assert.match(states[2], /paragraphs/);
    await assertClean(page, record);
    await context.close();
  });

  test('pasted text is analysed', async () => {
    const { page, context, record } = await openPage();
    await page.click('.paste summary');
    await page.fill('#paste-text', 'Pasted headline\n\n“It works,” she said.');
    await page.click('#paste-button');
    await page.waitForSelector('#article:not([hidden]) .paragraph');
    assert.equal(await page.textContent('.article-title'), 'Pasted headline');
    await assertClean(page, record);
    await context.close();
  });

  test('markup in a file is shown as text, never run', async () => {
    const { page, context, record } = await openPage();
    const xss = 'Warning\n\nThis file says <img src=x onerror="window.__xss = 1"> and ' +
                '<script>window.__xss = 2</script> in plain text.';
    await dropFiles(page, [{ name: 'xss.txt', bytes: Buffer.from(xss), type: 'text/plain' }]);
    await page.waitForSelector('#article:not([hidden]) .paragraph');
    assert.equal(await page.evaluate(() => window.__xss), undefined);
    assert.equal(await page.$$eval('#article img, #article script', (n) => n.length), 0);
    assert.match(await page.textContent('#article'), /<img src=x onerror="window.__xss = 1">/);
    await assertClean(page, record);
    await context.close();
  });
});
