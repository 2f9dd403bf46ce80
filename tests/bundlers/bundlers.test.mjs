// The npm package inside an app's bundle, as its users build one: tests/bundlers/app imports the
// engine, NewslensClient and <newslens-article> by package name, with build/npm installed in its
// node_modules/newslens. It is bundled with esbuild (the worker as a second entry point, the wasm
// copied beside) and with Vite (`vite build`, and its dev server with the app's vite.config.mjs),
// exactly as the README's "With a bundler" says; each result is served under the strict
// Content-Security-Policy and run in headless Chromium, where each way in must analyse an article
// as the package does in Node.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync,
         writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';

import { STRICT_CSP, startServer } from '../../tools/serve.mjs';
import { ROOT, SAMPLE } from '../support.mjs';
import { assertClean, launchBrowser, openPage } from '../web/browser.mjs';

const NPM = join(ROOT, 'build/npm');
const APP = join(ROOT, 'tests/bundlers/app');
const WORK = join(ROOT, 'build/bundlers');
const BIN = join(ROOT, 'node_modules/.bin');
const TEXT = readFileSync(SAMPLE, 'utf8');

const { createNewslens } = await import(join(NPM, 'newslens.mjs'));
const expected = (await createNewslens()).analyze(TEXT);

/** A fresh copy of the app in build/bundlers/NAME, with the package "installed" in it. */
function appCopy(name) {
  const dir = join(WORK, name);
  rmSync(dir, { recursive: true, force: true });
  cpSync(APP, dir, { recursive: true });
  cpSync(NPM, join(dir, 'node_modules/newslens'), { recursive: true });
  return dir;
}

/** Runs a bundler's command in `cwd`: it must succeed, and warn of nothing. */
function run(command, args, cwd) {
  const r = spawnSync(join(BIN, command), args, { cwd, encoding: 'utf8' });
  assert.equal(r.status, 0, `${command} ${args.join(' ')}:\n${r.stdout}${r.stderr}`);
  assert.equal(r.stdout + r.stderr, '', `${command} ${args.join(' ')}`);
}

/** What a browser asks any site for, so that its 404 is no console error. */
function addFavicon(dir) {
  writeFileSync(join(dir, 'favicon.ico'), '');
}

/** Bytes of JavaScript in a built folder, its subfolders included. */
function scriptBytes(dir) {
  let sum = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) sum += scriptBytes(path);
    else if (/\.m?js$/.test(entry.name)) sum += statSync(path).size;
  }
  return sum;
}

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

// The three ways in, each in a page of its own, against the app served at `url`.
function appChecks(site) {
  test('the engine (createNewslens) analyses an article in the page', async () => {
    const { page, context, record } = await openPage(browser, site.url);
    const analysis = await page.evaluate(async (text) => {
      const newslens = await window.app.createNewslens();
      return newslens.analyze(text);
    }, TEXT);
    assert.deepEqual(analysis, expected);
    assert.equal(record.requests.filter((r) => /\.wasm(\?|$)/.test(r)).length, 1);
    await assertClean(page, record, site.url);
    await context.close();
  });

  test('NewslensClient analyses an article in its worker', async () => {
    const { page, context, record } = await openPage(browser, site.url);
    const analysis = await page.evaluate(async (text) => {
      const client = new window.app.NewslensClient();
      try {
        return await client.analyze(text);
      } finally {
        client.terminate();
      }
    }, TEXT);
    assert.deepEqual(analysis, expected);
    await assertClean(page, record, site.url);
    await context.close();
  });

  test('<newslens-article> analyses and renders an article, through its own worker', async () => {
    const { page, context, record } = await openPage(browser, site.url);
    const shown = await page.evaluate(async (text) => {
      // Analyses that workers send back: the element's engine must be the bundled worker, not
      // one of its fallbacks in the main thread.
      let fromWorkers = 0;
      const PageWorker = window.Worker;
      window.Worker = class extends PageWorker {
        constructor(...args) {
          super(...args);
          this.addEventListener('message', (event) => {
            if (event.data?.result?.schema === 'newslens/1') fromWorkers += 1;
          });
        }
      };
      const element = document.createElement('newslens-article');
      element.textContent = text;
      const analysed = new Promise((resolve, reject) => {
        element.addEventListener('newslens-analyzed', resolve);
        element.addEventListener('newslens-error', (event) => reject(event.detail.error));
      });
      document.body.append(element);
      await analysed;
      return {
        analysis: element.analysis,
        quotes: element.shadowRoot.querySelectorAll('mark.nl-quote[tabindex="0"]').length,
        fromWorkers,
      };
    }, TEXT);
    assert.deepEqual(shown.analysis, expected);
    assert.equal(shown.quotes, expected.quotes.length);
    assert.equal(shown.fromWorkers, 1);
    await assertClean(page, record, site.url);
    await context.close();
  });
}

// Sanity of the expectation itself: the sample article has quotes to find.
assert.ok(expected.quotes.length > 5);

describe('esbuild: the worker as a second entry point, the wasm copied beside the bundle', () => {
  const site = {};
  before(async () => {
    const dir = appCopy('esbuild');
    run('esbuild', ['main.js', 'newslens-worker=newslens/worker', '--bundle', '--format=esm',
                    '--outdir=dist', '--out-extension:.js=.mjs', '--log-level=warning'], dir);
    copyFileSync(join(dir, 'node_modules/newslens/newslens.wasm'), join(dir, 'dist/newslens.wasm'));
    // The app's page, loading the bundle instead of the source.
    writeFileSync(join(dir, 'dist/index.html'),
                  readFileSync(join(dir, 'index.html'), 'utf8').replace('./main.js', './main.mjs'));
    addFavicon(join(dir, 'dist'));
    site.dir = join(dir, 'dist');
    Object.assign(site, await startServer({ root: site.dir }));
  });
  after(() => site.server?.close());

  test('bundles the app and the worker, without the single-file build', () => {
    assert.deepEqual(readdirSync(site.dir).sort(),
                     ['favicon.ico', 'index.html', 'main.mjs', 'newslens-worker.mjs', 'newslens.wasm']);
    // newslens.single.mjs (900 KB) is the element's last resort for pages that cannot run a
    // worker or fetch a .wasm; a bundle must not carry it.
    assert.ok(scriptBytes(site.dir) < 200_000, `${scriptBytes(site.dir)} bytes of JavaScript`);
  });

  appChecks(site);
});

describe('Vite: vite build, with no configuration', () => {
  const site = {};
  before(async () => {
    const dir = appCopy('vite');
    rmSync(join(dir, 'vite.config.mjs'));  // the build needs none
    run('vite', ['build', '--logLevel', 'warn'], dir);
    addFavicon(join(dir, 'dist'));
    site.dir = join(dir, 'dist');
    Object.assign(site, await startServer({ root: site.dir }));
  });
  after(() => site.server?.close());

  test('bundles the app and the worker, without the single-file build', () => {
    const assets = readdirSync(join(site.dir, 'assets'));
    assert.equal(assets.filter((f) => /^newslens-worker-.*\.js$/.test(f)).length, 1, assets.join(' '));
    assert.equal(assets.filter((f) => /\.wasm$/.test(f)).length, 1, assets.join(' '));
    assert.ok(scriptBytes(site.dir) < 200_000, `${scriptBytes(site.dir)} bytes of JavaScript`);
  });

  appChecks(site);
});

describe('Vite: the dev server, with the app\'s vite.config.mjs', () => {
  const site = {};
  before(async () => {
    const dir = appCopy('vite-dev');
    mkdirSync(join(dir, 'public'));
    addFavicon(join(dir, 'public'));
    const { createServer } = await import('vite');
    site.vite = await createServer({
      root: dir,
      logLevel: 'warn',
      server: { host: '127.0.0.1', port: 0, headers: { 'Content-Security-Policy': STRICT_CSP } },
    });
    await site.vite.listen();
    site.url = site.vite.resolvedUrls.local[0];
  });
  after(() => site.vite?.close());

  appChecks(site);
});
