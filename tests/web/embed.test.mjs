// <newslens-article> embedded across origins, in headless Chromium: the package served by a
// "CDN" (127.0.0.1, with CORS) and used by host pages on another origin (localhost) whose
// elements are in the HTML before the module loads, under the Content-Security-Policies real
// embedding sites set. Each policy decides which engine the element can start: a blob: worker,
// the engine in the main thread from newslens.mjs + newslens.wasm, or newslens.single.mjs; or
// none, until the host gives one with useEngine().
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';

import { startServer } from '../../tools/serve.mjs';
import { HAVE_SEED, ROOT, SAMPLE, SEED, WEB_DIR, runCli } from '../support.mjs';
import { launchBrowser, openPage } from './browser.mjs';

const SITE = join(ROOT, 'build/embed-site');
const ARTICLE = HAVE_SEED ? SEED : SAMPLE;
const expected = JSON.parse(runCli(['analyze', '--format', 'json', ARTICLE]).stdout);

// The host's elements come before the script that defines them, as in a CMS template.
const elementsPage = (scriptUrl) => `<!doctype html>
<html lang="en"><meta charset="utf-8"><title>a news site</title>
<newslens-article id="from-file" src="article.txt"></newslens-article>
<newslens-article id="from-text">Council votes

“It is a start,” said Mayor Anna Berg. Critics said the plan was late.</newslens-article>
<script type="module" src="${scriptUrl}"></script>
</html>
`;

// Host policies, for a package served from `cdn` (an origin). Each allows the CDN's scripts and
// 'wasm-unsafe-eval' (without them nothing of newslens can run) and no inline script or style.
const policies = {
  // What a careful site sets: its own workers only (worker-src falls back to script-src, which
  // has no blob:), and the CDN may be fetched from.
  strict: (cdn) => `default-src 'self'; script-src 'self' ${cdn} 'wasm-unsafe-eval'; ` +
    `connect-src 'self' ${cdn}; style-src 'self'`,
  // Stricter: the CDN for scripts only, so not even newslens.wasm may be fetched from it.
  scriptsOnly: (cdn) => `default-src 'self'; script-src 'self' ${cdn} 'wasm-unsafe-eval'; style-src 'self'`,
  // A site that allows workers from blob: URLs.
  blobWorkers: (cdn) => `default-src 'self'; script-src 'self' ${cdn} 'wasm-unsafe-eval'; ` +
    `connect-src 'self' ${cdn}; worker-src 'self' blob:; style-src 'self'`,
};

// The console errors of a blocked step (Chromium's wording): what a host sees when its policy
// refuses a way of starting the engine, and nothing else may appear.
const BLOB_WORKER_REFUSED = /^Creating a worker from 'blob:http:\/\/localhost:\d+\/[-0-9a-f]+' violates the following Content Security Policy directive/;
const WASM_FETCH_REFUSED = [
  /^Connecting to 'http:\/\/127\.0\.0\.1:\d+\/newslens\.wasm' violates the following Content Security Policy directive/,
  /^Fetch API cannot load http:\/\/127\.0\.0\.1:\d+\/newslens\.wasm\. Refused to connect because it violates the document's Content Security Policy\.$/,
];

let browser;
let cdn;             // build/npm: the package as published
let cdnWithoutSingle;  // build/web/newslens: the page's copy, which has no newslens.single.mjs
const hosts = new Map();  // "policy cdn" → a host server with that policy

before(async () => {
  cdn = await startServer({ root: join(ROOT, 'build/npm'), csp: null, cors: '*' });
  cdnWithoutSingle = await startServer({ root: join(WEB_DIR, 'newslens'), csp: null, cors: '*' });
  rmSync(SITE, { recursive: true, force: true });
  mkdirSync(join(SITE, 'single'), { recursive: true });
  copyFileSync(ARTICLE, join(SITE, 'article.txt'));
  copyFileSync(join(ROOT, 'build/npm/newslens.single.mjs'), join(SITE, 'single/newslens.single.mjs'));
  writeFileSync(join(SITE, 'favicon.ico'), '');  // what a browser asks any site for
  writeFileSync(join(SITE, 'elements.html'), elementsPage(`${cdn.url}newslens-element.mjs`));
  writeFileSync(join(SITE, 'elements-without-single.html'),
                elementsPage(`${cdnWithoutSingle.url}newslens-element.mjs`));
  // A host that gives the element its engine in the script that imports the element.
  writeFileSync(join(SITE, 'host-engine.mjs'), `import { NewslensArticleElement } from '${cdn.url}newslens-element.mjs';
import { createNewslens } from '${cdn.url}newslens.single.mjs';
NewslensArticleElement.useEngine(createNewslens());
`);
  writeFileSync(join(SITE, 'host-engine.html'), elementsPage('host-engine.mjs'));
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  for (const server of [cdn, cdnWithoutSingle, ...hosts.values()]) server?.server.close();
});

/** `page` of the host site, served on localhost (another origin than the CDN's) under `policy`. */
async function openHostPage(policy, page, packageServer = cdn) {
  const cdnOrigin = new URL(packageServer.url).origin;
  const key = `${policy} ${cdnOrigin}`;
  if (!hosts.has(key)) hosts.set(key, await startServer({ root: SITE, csp: policies[policy](cdnOrigin) }));
  const { port } = new URL(hosts.get(key).url);
  return openPage(browser, `http://localhost:${port}/${page}`);
}

/** Waits until both elements show an article, and says what they show. */
async function renderedArticles(page) {
  await page.waitForFunction(() => [...document.querySelectorAll('newslens-article')]
    .every((e) => e.analysis !== null), null, { timeout: 20000 });
  return page.evaluate(() => {
    const fromFile = document.getElementById('from-file');
    const fromText = document.getElementById('from-text');
    return {
      fileMarks: [...fromFile.shadowRoot.querySelectorAll('mark.nl-quote[tabindex="0"]')]
        .map((m) => m.dataset.quote),
      textQuote: fromText.shadowRoot.querySelector('mark.nl-quote')?.textContent,
      textSpeaker: fromText.analysis.quotes[0]?.speaker?.name,
    };
  });
}

function assertBothRendered(shown) {
  assert.deepEqual(shown.fileMarks, expected.quotes.map((q) => q.id));
  assert.equal(shown.textQuote, 'It is a start,');
  assert.equal(shown.textSpeaker, 'Anna Berg');
}

/** Console errors and CSP violations, exactly those expected, in order. */
async function assertOnlyRefusals(page, record, { errors, violations }) {
  assert.equal(record.errors.length, errors.length, record.errors.join('\n'));
  record.errors.forEach((error, i) => assert.match(error, errors[i]));
  assert.deepEqual(await page.evaluate(() => window.__violations), violations);
}

/** The resources the page's main thread fetched (a worker's fetches are not among them). */
const mainThreadFetches = (page) =>
  page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname));
const requested = (record, name) => record.requests.filter((r) => r.endsWith(`/${name}`));

describe('<newslens-article> from another origin', () => {
  test('a strict host (no blob: workers): the engine in the main thread, from newslens.mjs', async () => {
    const { page, context, record } = await openHostPage('strict', 'elements.html');
    assertBothRendered(await renderedArticles(page));
    // The worker step failed at once; the blob: one was refused before anything was fetched.
    assert.deepEqual(requested(record, 'newslens-worker.mjs'), []);
    assert.ok((await mainThreadFetches(page)).includes('/newslens.wasm'));
    assert.deepEqual(requested(record, 'newslens.single.mjs'), []);
    await assertOnlyRefusals(page, record, { errors: [BLOB_WORKER_REFUSED], violations: ['worker-src: blob'] });
    await context.close();
  });

  test('a host allowing the CDN for scripts only: newslens.single.mjs', async () => {
    const { page, context, record } = await openHostPage('scriptsOnly', 'elements.html');
    assertBothRendered(await renderedArticles(page));
    assert.equal(requested(record, 'newslens.single.mjs').length, 1);
    await assertOnlyRefusals(page, record, {
      errors: [BLOB_WORKER_REFUSED, ...WASM_FETCH_REFUSED],
      violations: ['worker-src: blob', `connect-src: ${cdn.url}newslens.wasm`],
    });
    await context.close();
  });

  test('a host allowing blob: workers: the analysis stays off the main thread', async () => {
    const { page, context, record } = await openHostPage('blobWorkers', 'elements.html');
    assertBothRendered(await renderedArticles(page));
    assert.equal(requested(record, 'newslens-worker.mjs').length, 1);
    assert.equal(requested(record, 'newslens.wasm').length, 1);
    assert.ok(!(await mainThreadFetches(page)).includes('/newslens.wasm'));
    await assertOnlyRefusals(page, record, { errors: [], violations: [] });
    await context.close();
  });

  test('a host that calls useEngine() as it imports the element: its engine, and no other tried', async () => {
    const { page, context, record } = await openHostPage('strict', 'host-engine.html');
    assertBothRendered(await renderedArticles(page));
    assert.deepEqual(requested(record, 'newslens.wasm'), []);
    assert.deepEqual(requested(record, 'newslens-worker.mjs'), []);
    await assertOnlyRefusals(page, record, { errors: [], violations: [] });
    await context.close();
  });

  test('elements that found no engine render once the host calls useEngine()', async () => {
    // No blob: workers, no fetch from the CDN, no single-file build beside the element.
    const { page, context, record } = await openHostPage('scriptsOnly', 'elements-without-single.html',
                                                          cdnWithoutSingle);
    await page.waitForFunction(() => [...document.querySelectorAll('newslens-article')]
      .every((e) => e.shadowRoot.querySelector('.nl-error')), null, { timeout: 20000 });
    const shownError = await page.textContent('#from-text >> .nl-error');
    assert.match(shownError, /^newslens could not analyse this article: no engine could start \(module worker: .*; blob: worker: .*; newslens\.mjs: .*; newslens\.single\.mjs: .*\)$/);
    await assertOnlyRefusals(page, record, {
      errors: [BLOB_WORKER_REFUSED, ...WASM_FETCH_REFUSED, /404 \(Not Found\)$/],
      violations: ['worker-src: blob', `connect-src: ${cdnWithoutSingle.url}newslens.wasm`],
    });

    // The host's own copy of the single-file build, given after the elements failed.
    await page.evaluate(async (elementUrl) => {
      const { NewslensArticleElement } = await import(elementUrl);
      const { createNewslens } = await import('/single/newslens.single.mjs');
      NewslensArticleElement.useEngine(await createNewslens());
    }, `${cdnWithoutSingle.url}newslens-element.mjs`);
    assertBothRendered(await renderedArticles(page));
    assert.equal(await page.$('newslens-article >> .nl-error'), null);
    assert.equal(record.errors.length, 4, record.errors.join('\n'));
    await context.close();
  });
});
